"""French speaker and span rules found on the copy studied in session 31: a passive after a quoted
subject is no inverted attribution, "Interrogée par X," before the subject a pronoun refers back to, an
object clitic ("lui", "leur") between the subject and its verb, a union's acronym opening its section's
name. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_passive_after_a_quoted_subject_is_no_attribution_after_the_quote():
    text = ("Titre\n\nLa direction du lycée conteste ces chiffres. Elle affirme que « la plupart des heures de cours » "
            "sont assurées depuis la rentrée.\n")
    claim = next(c for c in claims_of(text, "fr") if "heures de cours" in c.content)
    assert claim.kind == "mixed"
    assert claim.content == "« la plupart des heures de cours » sont assurées depuis la rentrée"
    assert claim.speaker is not None and claim.speaker.name == "direction"


def test_who_asked_opening_the_sentence_is_not_its_subject():
    text = ("Titre\n\nSollicitée par Le Courrier, la direction conteste ces chiffres. Elle affirme que « neuf postes sur dix » "
            "sont pourvus.\n")
    assert speaker_of(text, "neuf postes sur dix", "fr") == "direction"


def test_an_object_clitic_before_the_verb_is_not_its_subject():
    text = ("Titre\n\nLe prévenu, Julien M., nie les faits. La présidente, Hélène Castagné, lui fait remarquer que "
            "la caméra du tram montre un coup de pied.\n")
    assert speaker_of(text, "la caméra du tram", "fr") == "Hélène Castagné"


def test_a_unions_acronym_opens_the_name_of_its_branch():
    text = ("Titre\n\nLe syndicat CGT Métallurgie du Doubs a estimé dans un communiqué que la fermeture de l'usine "
            "était « une faute ».\n")
    assert speaker_of(text, "la fermeture de l'usine", "fr") == "CGT Métallurgie du Doubs"
