"""French speaker and span rules found on the copy studied in session 38: trades' works as companies
("la conserverie", "l'armement", "l'équipementier"), a quotation that resumes after its speaker with
a conjunction, a source's bare apposition closing the sentence, "elle" for a body called "la
direction", a weekday's date before an inverted subject, "la collectivité" for the local authority
that just spoke, a sentence after a quotation in the same paragraph, a participle after an inverted
pronoun, a demonym that names no body, a name inside straight quotation marks, a person named after
the noun of what they own, a "pour" inside a word or a relative clause, and an anonymity clause
that ends on whom the source spoke to. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import content_of, speaker_of


def _content(text: str, words: str) -> str:
    return content_of(text, words, "fr")


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


@pytest.mark.parametrize("introduced, noun", [
    ("La direction de la conserverie Kerhervé, installée à Douarnenez depuis 1898, a présenté un plan de sauvegarde.", "la direction"),
    ("Le tribunal a placé en redressement l'armement Kerjean, qui exploite six chalutiers.", "La direction"),
])
def test_the_management_of_a_trade_works_is_the_company(introduced, noun):
    text = f"Titre\n\nUn premier paragraphe.\n\n{introduced} Selon {noun.lower()}, les coûts de production ont augmenté de 28 %.\n"
    assert _speaker(text, "coûts de production") in ("conserverie Kerhervé", "armement Kerjean", "Kerhervé", "Kerjean")


def test_the_company_an_equipment_maker_introduced():
    text = ("Titre\n\nUn premier paragraphe.\n\nL'équipementier automobile Vermont Thermique va fermer son usine de "
            "Saint-Quentin (Aisne) d'ici l'été 2027, a annoncé lundi l'entreprise.\n")
    assert _speaker(text, "usine de Saint-Quentin") == "Vermont Thermique"


def test_a_quotation_resumes_after_its_speaker_with_a_conjunction():
    text = ("Titre\n\nUn premier paragraphe.\n\n« L'île n'est pas coupée du monde, a résumé la maire, Maëlle Le Gall, "
            "jointe par téléphone, mais elle commence à en avoir l'impression. La boulangerie tient. »\n")
    assert _content(text, "coupée") == ("L'île n'est pas coupée du monde mais elle commence à en avoir l'impression. "
                                       "La boulangerie tient.")
    assert _speaker(text, "coupée") == "Maëlle Le Gall"


def test_a_source_bare_apposition_closes_the_sentence():
    text = ("Titre\n\nUn premier paragraphe.\n\nLa criée a vu transiter 24 000 tonnes de poisson en 2025, selon Lorient "
            "Agglomération, propriétaire des installations.\n")
    assert _content(text, "24 000") == "La criée a vu transiter 24 000 tonnes de poisson en 2025"
    assert _speaker(text, "24 000") == "Lorient Agglomération"


def test_elle_for_a_body_the_text_called_la_direction():
    text = ("Titre\n\nLes urgences du centre hospitalier de Cornouaille, à Quimper, fermeront la nuit, a annoncé lundi la "
            "direction de l'établissement. Selon elle, sept postes de médecin sont vacants.\n")
    assert _speaker(text, "sept postes") == _speaker(text, "fermeront")
    assert _speaker(text, "sept postes") != "Quimper"


def test_a_weekday_date_before_an_inverted_subject_and_the_collectivity_that_just_spoke():
    text = ("Titre\n\nUn premier paragraphe.\n\nLe téléphérique ne reprendra pas son service avant le 14 décembre, a annoncé "
            "lundi 23 novembre Brest métropole. Selon la collectivité, une usure anormale d'une poulie a été détectée.\n")
    assert _speaker(text, "téléphérique") == "Brest métropole"
    assert _speaker(text, "poulie") == "Brest métropole"


def test_a_sentence_after_a_quotation_and_a_participle_after_an_inverted_pronoun():
    text = ("Titre\n\nUn premier paragraphe.\n\n« Aucune donnée n'a été dérobée, a assuré le directeur adjoint, Philippe "
            "Caron, lors d'un point presse. Mais nous ne pouvons pas l'exclure. » L'Agence nationale de la sécurité des "
            "systèmes d'information a été saisie, a-t-il ajouté, précisant qu'une plainte avait été déposée.\n")
    assert _content(text, "Agence nationale") == "L'Agence nationale de la sécurité des systèmes d'information a été saisie"
    assert _speaker(text, "Agence nationale") == "Philippe Caron"
    assert _speaker(text, "une plainte") == "Philippe Caron"


def test_a_participle_after_an_incise_is_a_claim_of_its_own():
    text = ("Titre\n\nUn premier paragraphe.\n\n« On ne peut pas rivaliser », reconnaît la directrice des soins, Christine "
            "Lamy. Les patients seront réorientés vers Libramont, a-t-elle précisé, assurant qu'aucun service d'urgence "
            "n'était menacé.\n")
    assert _content(text, "réorientés") == "Les patients seront réorientés vers Libramont"
    assert _content(text, "aucun service") == "aucun service d'urgence n'était menacé"
    assert _speaker(text, "aucun service") == "Christine Lamy"


def test_a_demonym_names_no_body():
    text = ("Titre\n\nUn premier paragraphe.\n\nPropriétaire d'un appartement rue de l'Yser, Marc Lebon, un Bruxellois, "
            "ne décolère pas.\n\nLe collège communal a fait savoir mardi qu'une exonération serait prévue pour les "
            "logements sociaux.\n")
    assert _speaker(text, "exonération") != "Bruxellois"


def test_the_farmer_is_the_owner_of_the_farm_named_before_the_straight_quotation():
    text = ("Titre\n\nUn premier paragraphe.\n\nSur l'exploitation de Bertrand Lemaire, à Vermand, 40 hectares de "
            "betteraves attendent encore d'être arrachés. \"D'habitude, on a fini le 15 novembre. Cette année, je ne sais "
            "pas si on finira avant Noël\", constate l'agriculteur.\n")
    assert _speaker(text, "avant Noël") == "Bertrand Lemaire"


def test_a_source_opening_the_sentence_before_a_relative_clause_with_pour():
    text = ("Titre\n\nUn premier paragraphe.\n\nPour la CFDT Santé Sociaux de la Somme, qui réclame des moyens "
            "supplémentaires pour le service informatique, « l'hôpital a été prévenu à plusieurs reprises de ses "
            "failles depuis 2024 ».\n")
    assert _speaker(text, "prévenu") == "la CFDT Santé Sociaux de la Somme"


def test_pour_inside_a_word_is_no_source():
    text = ("Titre\n\nUn premier paragraphe.\n\nSelon le prévisionniste Laurent Roussel, les vagues pourraient atteindre "
            "« 5 à 6 mètres » à la Grande-Chaloupe samedi matin.\n")
    assert _content(text, "mètres") == "les vagues pourraient atteindre « 5 à 6 mètres » à la Grande-Chaloupe samedi matin"


def test_an_anonymous_source_who_spoke_to_an_agency():
    text = ("Titre\n\nUn premier paragraphe.\n\nSelon un géologue du Service géologique (SERGEO) qui s'est exprimé sous "
            "couvert d'anonymat auprès de l'Agence bolivienne d'information, la zone avait été classée « à très haut "
            "risque » dès 2019.\n")
    assert _speaker(text, "haut risque") == "géologue du Service géologique"


def test_a_survey_among_pharmacies_speaks_as_its_author():
    text = ("Titre\n\nUn premier paragraphe.\n\nD'après un sondage réalisé par l'Union des syndicats de pharmaciens (USPO) du Grand Est auprès "
            "de 214 officines entre le 28 octobre et le 2 novembre, 38 % des répondants déclarent avoir reçu moins de la "
            "moitié de leur commande.\n")
    assert _content(text, "38 %") == "38 % des répondants déclarent avoir reçu moins de la moitié de leur commande"
    assert _speaker(text, "38 %").startswith("Union des syndicats de pharmaciens")

