"""French: a pronoun never goes to a person of the other gender; when nobody of its gender is
known nearby, it goes to the last person named whose gender the article does not contradict."""

from __future__ import annotations

from extract_support import claims_of


def test_masculine_pronoun_skips_the_prosecutor_for_the_defendant_named_before():
    found = claims_of(
        "Procès à Rouen\n\n"
        "Marc-Antoine Dubosc, 61 ans, ancien gérant d'une association de pêche, a été condamné mardi.\n\n"
        "«Il a pillé une caisse commune», a lancé la procureure, Sandrine Lemaire, qui avait requis un an.\n\n"
        "À la barre, le retraité a reconnu les faits. «J'ai perdu la tête», a-t-il expliqué.")
    assert [c.speaker.name for c in found][-1] == "Marc-Antoine Dubosc"


def test_the_elected_official_is_the_councillor_just_named_in_her_office():
    found = claims_of(
        "« Les réseaux étaient mal cartographiés », a expliqué Maëlle Kervella, vice-présidente de la "
        "métropole chargée des transports. L'élue a également reconnu que le chantier avait pris du retard.")
    assert [c.speaker.name for c in found] == ["Maëlle Kervella", "Maëlle Kervella"]


def test_the_claims_own_subject_is_not_the_pronouns_antecedent():
    found = claims_of(
        "Fondée en 2020, Aérolis n'a livré aucun appareil. Son président, Lars Nyberg, a salué une commande "
        "« historique » auprès de l'agence TT. L'entreprise compte désormais 90 appareils en commande, "
        "a-t-il indiqué.")
    assert [c.speaker.name for c in found][-1] == "Lars Nyberg"


def test_a_first_name_gives_the_gender_the_article_does_not():
    found = claims_of(
        "Vote au conseil\n\n"
        "Pierre Valcourt et Sophie Arnaud siègent au conseil depuis 2020.\n\n"
        "Sophie Arnaud a voté contre le budget.\n\n"
        "« Nous n'avons pas été consultés », a-t-il regretté.")
    assert [c.speaker.name if c.speaker else None for c in found][-1] == "Pierre Valcourt"


def test_an_english_pronoun_skips_the_person_whose_first_name_is_of_the_other_gender():
    found = claims_of(
        "Council vote\n\n"
        "Peter Vance and Susan Ardley have sat on the council since 2020.\n\n"
        "Susan Ardley voted against the budget.\n\n"
        '"We were never consulted," he said.', "en")
    assert [c.speaker.name if c.speaker else None for c in found][-1] == "Peter Vance"
