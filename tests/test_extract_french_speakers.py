"""French speakers as agency rewrites name them: an epithet behind an elided article ("l'élu",
"l'édile", "l'économiste") for the person just named, the person in apposition after an
organisation inside a role ("le président du groupe Changer Paris, Hubert de Valmont")."""

from __future__ import annotations

from extract_support import claims_of


def test_epithet_behind_an_elided_article_names_the_person_just_named():
    found = claims_of(
        "Le maire de Jargeau, Didier Fontenelle, a confirmé que deux digues avaient été renforcées.\n\n"
        "« Les digues tiennent pour l'instant. On a travaillé toute la nuit », explique l'élu, qui a ouvert "
        "le gymnase municipal.")
    assert [c.speaker.name for c in found] == ["Didier Fontenelle", "Didier Fontenelle"]
    found = claims_of(
        "La rue sera fermée en 2027, a annoncé mardi la maire de Paris, Agnès Vidal-Moreau. « Rivoli est "
        "devenue l'axe cyclable le plus fréquenté d'Europe », a déclaré l'édile socialiste.")
    assert [c.speaker.name for c in found] == ["Agnès Vidal-Moreau", "Agnès Vidal-Moreau"]


def test_epithet_of_another_role_family_is_not_the_person_just_named():
    found = claims_of(
        "Le maire de Jargeau, Didier Fontenelle, a confirmé que deux digues avaient été renforcées. "
        "« Le risque reste élevé pour la nuit prochaine », a prévenu l'hydrologue.")
    assert found[-1].speaker.name != "Didier Fontenelle"


def test_epithet_skips_names_quoted_inside_the_statement():
    found = claims_of(
        "La chercheuse Anne Morel, de l'université de Lyon, a présenté l'étude. « Je remercie Paul Durand "
        "pour ses relevés, ils sont essentiels », a déclaré l'économiste.")
    assert found[-1].speaker.name == "Anne Morel"


def test_person_in_apposition_after_an_organisation_inside_a_role():
    found = claims_of(
        "Le président du groupe Changer Paris, Hubert de Valmont, a dénoncé une décision « prise sans étude "
        "sérieuse » et estimé que les commerçants allaient « payer la facture ».")
    assert [c.speaker.name for c in found] == ["Hubert de Valmont", "Hubert de Valmont"]


def test_epithet_in_a_standfirst_names_the_person_of_the_headline():
    found = claims_of(
        "Laure Morin : « La hausse des taux a fait plus de dégâts que l'inflation »\n\n"
        "Entretien. Pour l'économiste, directrice de recherche au CNRS, les ménages modestes ont payé deux fois "
        "la crise.")
    assert [c.speaker.name for c in found] == ["Laure Morin", "Laure Morin"]


def test_institution_with_a_long_name_speaks_under_its_full_name():
    claim = claims_of(
        "« Nous ne commenterons pas ces discussions », a fait savoir le ministère de l'Europe et des Affaires "
        "étrangères dans un communiqué.")[0]
    assert claim.speaker.name == "ministère de l'Europe et des Affaires étrangères"
    claim = claims_of(
        "Un pompier a été légèrement blessé à Sully-sur-Loire, a indiqué le Service départemental d'incendie et "
        "de secours (Sdis).")[0]
    assert claim.speaker.name == "Service départemental d'incendie et de secours"


def test_two_people_joined_by_et_stay_apart():
    claim = claims_of("« Le projet est mort », ont déclaré le maire Paul Roux et son adjointe Anne Vidal.")[0]
    assert claim.speaker.name != "Paul Roux et son adjointe Anne Vidal"


def test_organisation_introduced_by_a_common_noun_keeps_its_whole_name():
    claim = claims_of("Six journalistes sont détenus au Niger, d'après l'organisation Reporters sans frontières.")[0]
    assert claim.speaker.name == "Reporters sans frontières"
