"""French rules found on the copies studied in session 99. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n12 mars 2012. - Rien de neuf.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_body_named_by_its_noun_is_not_a_body_named_sentences_later():
    text = _article("La société concessionnaire a assuré mardi que les travaux commenceraient au printemps.",
                    "Plusieurs élus ont demandé un moratoire. Le groupe Avenir solidaire a réclamé un débat.")
    assert _speaker(text, "les travaux commenceraient") == "société concessionnaire"


def test_a_body_named_by_its_noun_then_its_name_in_apposition():
    text = _article("D'après l'entreprise chargée des travaux, la société Batimax Sahel, le chantier emploiera 200 "
                    "ouvriers.")
    assert _speaker(text, "le chantier emploiera") == "Batimax Sahel"


def test_an_inverted_subject_with_a_compound_first_name_after_an_adjunct():
    text = _article("« Le tracé coupe nos vignes en deux », a lancé jeudi au micro Jean-Marc Castellan, président du "
                    "syndicat viticole de Cotignac.")
    assert _speaker(text, "Le tracé coupe nos vignes") == "Jean-Marc Castellan"


def test_decried_a_noun_then_its_quoted_attribute_then_a_second_verb():
    text = _article("Les riverains, réunis devant la mairie de Saint-Avold, ont dénoncé une décision « prise dans le "
                    "dos des habitants » et réclament un référendum.")
    assert content_of(text, "dans le dos", "fr") == "une décision « prise dans le dos des habitants »"
    assert _speaker(text, "dans le dos") == "riverains"


def test_an_inverted_subject_then_a_long_occasion():
    text = _article("Le prix du ticket de bus sera ramené à un euro dès le 1er avril, a annoncé jeudi soir la "
                    "préfecture de la Guadeloupe à l'issue d'une longue réunion avec les collectifs contre la vie chère.")
    assert _speaker(text, "ticket de bus") == "préfecture de la Guadeloupe"


def test_a_statement_before_whom_after_a_long_adjunct():
    text = _article("Un entrepreneur de Laval a affirmé mardi devant la commission d'enquête sur l'industrie de la "
                    "construction qu'il avait versé des pots-de-vin pendant dix ans.")
    assert content_of(text, "pots-de-vin", "fr") == "il avait versé des pots-de-vin pendant dix ans"


def test_a_headline_clause_of_its_own_then_the_plural_subject():
    text = _article("Le comité Vent libre a dénoncé dimanche une campagne « déséquilibrée ».",
                    title="Suisse : les Valaisans approuvent le barrage de Rhodannaz, les opposants dénoncent une "
                          "campagne « déséquilibrée »")
    headline = next(c for c in claims_of(text, "fr") if c.start < text.index("\n") and "déséquilibrée" in c.content)
    assert headline.speaker.name == "opposants"
