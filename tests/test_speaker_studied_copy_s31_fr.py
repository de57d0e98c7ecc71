"""French speaker and span rules found on the copy studied in session 31: a passive after a quoted
subject is no inverted attribution, "Interrogée par X," before the subject a pronoun refers back to, an
object clitic ("lui", "leur") between the subject and its verb, a union's acronym opening its section's
name, "poursuivi pour" is no reporting verb, who questioned a person is not his role, a verb inside the
statement does not hide the speaker's second verb, who read a decision is not the court speaking in it, "Au
ministère de X, un cadre …" is one of its staff, "le gestionnaire d'infrastructure" right after a body spoke is that
body. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_passive_after_a_quoted_subject_is_no_attribution_after_the_quote():
    text = ("Titre\n\nLa direction du lycée conteste ces chiffres. Elle affirme que « la plupart des heures de cours » "
            "sont assurées depuis la rentrée.\n")
    claim = next(c for c in claims_of(text, "fr") if "heures de cours" in c.content)
    assert claim.kind == "mixed"
    assert claim.content == "« la plupart des heures de cours » sont assurées depuis la rentrée"
    assert claim.speaker is not None and claim.speaker.name == "direction du lycée"


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


def test_prosecuted_for_is_no_reporting_verb():
    text = ("Titre\n\nL'un des trois cadres de la banque, poursuivi pour abus de fonction, a affirmé que sa hiérarchie "
            "lui avait « imposé ces prêts ».\n")
    claim = next(c for c in claims_of(text, "fr") if "hiérarchie" in c.content)
    assert claim.content == "sa hiérarchie lui avait « imposé ces prêts »"
    assert claim.speaker is not None and claim.speaker.name == "un des trois cadres de la banque"


def test_who_questioned_a_person_is_not_his_role():
    text = ("Titre\n\nInterrogé lundi par la présidente de la chambre, Mourad Benali a nié les faits.\n\n"
            "L'audience est levée. Le jugement sera rendu le 12 décembre, a annoncé la présidente.\n")
    assert speaker_of(text, "Le jugement sera rendu", "fr") == "présidente"


def test_a_verb_inside_the_statement_does_not_hide_the_speakers_second_verb():
    text = ("Titre\n\nLe président du club a affirmé que la sécurité du stade relevait de la police, précisant que "
            "400 agents avaient été demandés.\n")
    contents = [c.content for c in claims_of(text, "fr")]
    assert "la sécurité du stade relevait de la police" in contents
    assert "400 agents avaient été demandés" in contents


def test_who_read_the_decision_is_not_the_court_that_speaks_in_it():
    text = ("Titre\n\nLe Conseil constitutionnel a annulé mercredi le scrutin de la circonscription.\n\n"
            "Dans sa décision, lue par le conseiller rapporteur Paul Essomba, la juridiction estime que les fraudes "
            "étaient « massives ».\n")
    assert speaker_of(text, "les fraudes", "fr") == "Conseil constitutionnel"


def test_one_of_the_staff_of_the_body_the_sentence_opens_at():
    text = ("Titre\n\nAu ministère des Finances, un cadre qui a requis l'anonymat indique que le versement a été "
            "« validé » par le Trésor.\n")
    assert speaker_of(text, "le versement", "fr") == "cadre du ministère des Finances"


def test_a_trade_epithet_right_after_a_body_spoke_is_that_body():
    text = ("Titre\n\nLa circulation est suspendue sur la ligne des Cévennes, a annoncé SNCF Réseau dans un communiqué.\n\n"
            "Selon le gestionnaire d'infrastructure, 900 traverses doivent être changées.\n\n"
            "Le trafic reprendra en avril, a indiqué Transdev. Selon l'exploitant, 30 cars de substitution circuleront.\n")
    assert speaker_of(text, "900 traverses", "fr") == "SNCF Réseau"
    assert speaker_of(text, "30 cars", "fr") == "Transdev"
