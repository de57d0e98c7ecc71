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
