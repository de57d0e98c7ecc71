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


def test_pour_and_an_infinitive_is_a_purpose_not_a_source():
    text = _article("Pour enrayer le mouvement, la région finance depuis 2010 des « épiceries solidaires » communales, qui "
                    "associent épicerie et dépôt de pain.")
    assert claims_of(text, "fr") == []


def test_a_participle_of_settling_and_its_street_in_apposition():
    text = _article("Le cordonnier Julien Marsac, installé rue Dufresne depuis 1998, a affirmé que ses ventes avaient "
                    "baissé de moitié.")
    assert _speaker(text, "ses ventes avaient") == "Julien Marsac"


def test_countries_listed_with_their_articles_are_no_antecedent_of_il():
    text = _article("Les réservations ont chuté de moitié, a affirmé lundi le président du syndicat hôtelier, Karim Haddad. "
                    "La baisse suit les consignes de l'Arabie saoudite, du Qatar, Oman et du Koweït.",
                    "« Sans eux, la saison est perdue », a-t-il déclaré.")
    assert _speaker(text, "la saison est perdue") == "Karim Haddad"


def test_a_second_verb_of_the_subject_after_a_closed_relative_clause():
    text = _article("Sa déléguée, Odile Ferrand, a dénoncé les sites de vente en ligne, qui livrent gratuitement, "
                    "et a affirmé que la marge d'un libraire ne dépassait pas 1 %.")
    assert _speaker(text, "la marge d'un libraire") == "Odile Ferrand"


def test_an_inverted_subject_with_its_short_form_then_the_survey_it_published():
    text = _article("Sur les 410 locaux du centre-ville, 52 étaient vides à la fin de 2011, indique la chambre de commerce et "
                    "d'industrie (CCI) de la Vienne dans son observatoire annuel, publié jeudi.")
    assert _speaker(text, "52 étaient vides") == "chambre de commerce et d'industrie de la Vienne"
