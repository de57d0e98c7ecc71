"""French rules found on the copy studied in session 53 (Wikinews-texture sets of session 52).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, speaker_of


def test_a_participle_after_an_inverted_pronoun_and_its_adjunct_has_the_pronoun_speaker():
    text = ("Titre\n\nLe coureur a été suspendu deux ans, a annoncé jeudi l'agence Antidope Valais. La sanction, qui court "
            "jusqu'en mai 2014, est « proportionnée », a-t-elle précisé dans un communiqué, rappelant que l'analyse "
            "avait confirmé la présence d'EPO.\n")
    assert speaker_of(text, "présence d'EPO", "fr") == "Antidope Valais"


def test_an_anonymous_person_inside_what_someone_said_is_no_source():
    text = ("Titre\n\nLa planche était estimée à 150 000 euros.\n\nElle a été achetée par un collectionneur français qui "
            "souhaite rester anonyme, a précisé à l'agence Belga l'expert de la vente, Marc Vandeputte. « Deux acheteurs "
            "se sont disputé le lot jusqu'au bout », a-t-il raconté.\n")
    assert speaker_of(text, "Deux acheteurs", "fr") == "Marc Vandeputte"


def test_the_pronoun_interviewed_by_a_paper_is_the_person_the_paper_named():
    text = ("Titre\n\nDans la 3e circonscription de l'Orne, le député sortant Gaston Ferrandier a été éliminé dès le "
            "premier tour, rapporte le quotidien L'Écho du Bocage. Interrogé par le journal, il a dénoncé « une vague "
            "qui a tout emporté ».\n")
    assert speaker_of(text, "une vague", "fr") == "Gaston Ferrandier"


def test_a_reporting_verb_with_no_speaker_inside_a_selon_sentence_continues_the_source_claim():
    text = ("Titre\n\nLa géologue Claire Vassal dirige les analyses. Selon elle, la trajectoire reconstituée à partir de "
            "vidéos indique que l'objet provenait de la ceinture d'astéroïdes.\n")
    assert content_of(text, "trajectoire", "fr") == \
        "la trajectoire reconstituée à partir de vidéos indique que l'objet provenait de la ceinture d'astéroïdes"
    assert speaker_of(text, "ceinture", "fr") == "Claire Vassal"


def test_a_firm_and_its_sons_joined_by_an_ampersand_is_one_name():
    text = ("Titre\n\nUne planche originale a été adjugée samedi 410 000 euros, a annoncé dimanche la maison de ventes "
            "bruxelloise Verhaegen & Fils.\n")
    assert speaker_of(text, "planche originale", "fr") == "Verhaegen & Fils"


def test_a_newspaper_title_opening_on_a_number():
    text = "Titre\n\nLe projet a été rejeté dans les cinq communes, selon le quotidien lausannois 24 heures.\n"
    assert speaker_of(text, "rejeté", "fr") == "24 heures"


def test_the_camp_of_a_person_described_in_apposition_speaks():
    text = ("Titre\n\nLe camp d'Alain Bessaguet, ancien ministre, affirme que les résultats de trois fédérations n'ont pas "
            "été pris en compte.\n")
    assert speaker_of(text, "trois fédérations", "fr") == "camp d'Alain Bessaguet"


def test_the_presidency_of_the_council_is_no_bare_council():
    text = ("Titre\n\nLe texte sera soumis au Parlement sous la forme d'un projet de loi, a indiqué mercredi matin la "
            "présidence du Conseil.\n")
    assert speaker_of(text, "projet de loi", "fr") == "présidence du Conseil"


def test_a_state_body_by_its_bare_noun_is_the_one_named_with_its_nationality():
    text = ("Titre\n\nUn soldat de l'armée libanaise figure parmi les victimes.\n\nL'armée a annoncé dans un communiqué "
            "avoir renforcé ses positions, et affirmé que ses unités avaient arrêté une dizaine d'hommes armés.\n")
    assert speaker_of(text, "ses unités", "fr") == "armée libanaise"


def test_a_verb_after_a_state_body_is_no_nationality():
    text = ("Titre\n\nLa gendarmerie recommande la prudence. Le jeune homme a écoulé 600 faux billets, a indiqué la "
            "gendarmerie.\n")
    assert speaker_of(text, "faux billets", "fr") == "gendarmerie"


def test_a_headline_ministry_is_the_one_the_lede_names_in_full():
    text = ("Algérie : participation de 42,8 % aux élections locales, selon le ministère de l'Intérieur\n\n30 novembre "
            "2012. - Le taux de participation s'est établi à 42,8 %, a annoncé vendredi le ministère de l'Intérieur et "
            "des Collectivités locales.\n")
    assert speaker_of(text, "participation de 42,8", "fr") == "ministère de l'Intérieur et des Collectivités locales"
