"""Reported speech: reporting verb + que/that in every tense and inverted form, selon / according to,
mixed claims, headlines; demands and narration are not claims."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract


def claims_of(text: str, lang: str = "fr"):
    return [c for c in extract(Article(text, language=lang)).claims if c.kind != "assertion"]


def only(text: str, lang: str = "fr"):
    found = claims_of(text, lang)
    assert len(found) == 1, [(c.kind, c.content) for c in found]
    return found[0]


def test_french_reporting_verbs_in_several_tenses():
    for verb in ("a déclaré", "affirme", "avait assuré", "a également confirmé", "estime", "a rappelé",
                 "a reconnu", "a souligné", "vient d'annoncer", "a précisé"):
        claim = only(f"Le ministre Paul Martin {verb} que la réforme serait votée avant l'été.")
        assert claim.kind == "indirect", verb
        assert claim.content == "la réforme serait votée avant l'été", verb
        assert claim.speaker.name == "Paul Martin", verb


def test_french_inverted_attributions():
    claim = only("La réforme sera votée avant l'été, a indiqué le ministre Paul Martin.")
    assert claim.content == "La réforme sera votée avant l'été"
    assert claim.speaker.name == "Paul Martin"
    claim = only("Le ministre Paul Martin était à Lyon. La réforme sera votée avant l'été, ajoute-t-il.")
    assert claim.speaker.name == "Paul Martin"


def test_english_reporting_verbs_with_and_without_that():
    claim = only("Mayor Ann Lee said on Tuesday that the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    assert claim.speaker.name == "Ann Lee"
    claim = only("Mayor Ann Lee said the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    claim = only("Ann Lee told Reuters that the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    claim = only("The bridge would reopen in May, said Ann Lee.", "en")
    assert claim.content == "The bridge would reopen in May"
    assert claim.speaker.name == "Ann Lee"
    claim = only("The bridge would reopen in May, Ann Lee said.", "en")
    assert claim.speaker.name == "Ann Lee"


def test_selon_and_according_to():
    claim = only("Selon la police, 3 000 personnes ont défilé dans le centre-ville.")
    assert claim.kind == "indirect"
    assert claim.content == "3 000 personnes ont défilé dans le centre-ville"
    assert claim.speaker.name.lower() == "police"
    claim = only("D'après le ministre Paul Martin, la réforme sera votée avant l'été.")
    assert claim.speaker.name == "Paul Martin"
    claim = only("Les pluies pourraient durer deux jours, selon Météo-France.")
    assert claim.content == "Les pluies pourraient durer deux jours"
    assert claim.speaker.name == "Météo-France"
    claim = only("According to the ministry, 40 people were injured in the blast.", "en")
    assert claim.content == "40 people were injured in the blast"
    claim = only("Forty people were injured in the blast, according to police.", "en")
    assert claim.content == "Forty people were injured in the blast"


def test_mixed_claims_keep_the_quoted_fragment():
    claim = only("Le président Paul Martin a salué le « renforcement de la coopération » entre les deux pays.")
    assert claim.kind == "mixed"
    assert "« renforcement de la coopération »" in claim.content
    claim = only('Senator Ann Lee said the plan was "dead on arrival" in the Senate.', "en")
    assert claim.kind == "mixed"
    assert claim.content == 'the plan was "dead on arrival" in the Senate'


def test_headline_claims_count():
    text = "Grève : les syndicats affirment que 60 % des enseignants ont cessé le travail\n\nLe mouvement continue."
    claim = only(text)
    assert claim.content == "60 % des enseignants ont cessé le travail"
    assert claim.speaker.name == "syndicats"


def test_narration_and_capitalised_nouns_are_not_claims():
    assert claims_of("Le président est arrivé à Moscou pour une visite de deux jours.") == []
    assert claims_of("Reports on the crash vary widely between outlets and witnesses.", "en") == []
    assert claims_of("The United States is a large country with many states.", "en") == []
