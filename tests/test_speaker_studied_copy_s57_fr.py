"""French rules found on the copy studied in session 57 (Wikinews-texture sets of sessions 56 and 57).
Sentences and names invented for these tests."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from extract_support import speaker_of


def test_a_demonym_of_an_age_is_the_headline_person_when_her_paragraph_names_no_one():
    text = ("JO 2012 : la France conteste l'élimination de la judoka Léa Moreau\n\n"
            "2 août 2012. - La délégation française a déposé une réclamation après l'élimination de Léa Moreau.\n\n"
            "« L'arbitre s'est trompé », a déclaré l'entraîneur national, Didier Lacombe.\n\n"
            "En larmes mercredi, la Lyonnaise de 24 ans a confié qu'elle avait « tout donné ».\n")
    assert speaker_of(text, "tout donné", "fr") == "Léa Moreau"


def test_a_newspaper_named_like_a_demonym_is_no_headline_person():
    text = ("Sevran : le lycée Jean-Paul Roux bloqué par des élèves\n\n"
            "12 mars 2012. - Selon Le Parisien, trois jeunes ont été interpellés mercredi soir.\n")
    assert speaker_of(text, "trois jeunes", "fr") == "Le Parisien"


def test_the_new_holder_of_a_role_or_its_beaten_candidate_is_the_headline_person():
    text = ("Législatives : dans l'Indre, le dissident Paul Verdier l'emporte\n\n"
            "18 juin 2012. - Le conseiller régional Paul Verdier a remporté dimanche le second tour. Il devance "
            "l'avocate Claire Montbazon.\n\n"
            "« Les électeurs ont choisi », a déclaré dimanche soir le nouveau député.\n\n"
            "« Ce n'est qu'un au revoir », avait lancé le candidat malheureux en 2007.\n")
    assert speaker_of(text, "électeurs ont choisi", "fr") == "Paul Verdier"
    assert speaker_of(text, "qu'un au revoir", "fr") == "Paul Verdier"


def test_the_new_holder_of_a_role_of_another_gender_is_not_the_headline_person():
    text = ("Législatives : Paul Verdier battu dans l'Indre\n\n"
            "18 juin 2012. - Paul Verdier a perdu dimanche le second tour face à Claire Montbazon.\n\n"
            "« Les électeurs ont choisi », a déclaré dimanche soir la nouvelle députée.\n")
    assert speaker_of(text, "électeurs ont choisi", "fr") != "Paul Verdier"


def test_a_radio_named_with_its_lower_case_adjective_is_the_recipient():
    text = ("Titre\n\n12 mars 2012. - « On a entendu des tirs pendant une heure », a raconté à Radio France internationale "
            "un habitant du quartier d'Analakely.\n")
    assert speaker_of(text, "entendu des tirs", "fr") == "habitant du quartier d'Analakely"


def test_a_participle_after_an_inverted_subject_goes_on_with_that_subject():
    text = ("Titre\n\n12 mars 2012. - La police a dispersé les protestataires, a indiqué vendredi le ministère de "
            "l'Intérieur dans un communiqué, précisant que onze agents avaient été blessés.\n")
    assert speaker_of(text, "onze agents avaient été blessés", "fr") == "ministère de l'Intérieur"


def test_il_after_a_body_with_its_adjectives_or_complement_opening_the_sentence_before():
    text = ("Titre\n\n12 mars 2012. - Des cambrioleurs ont été arrêtés.\n\n"
            "Le Ministère public genevois a ouvert une instruction. Il a précisé que trois suspects étaient connus.\n\n"
            "Le ministère de l'Intérieur a ouvert une enquête. Il a indiqué que deux agents avaient été blessés.\n")
    assert speaker_of(text, "trois suspects étaient connus", "fr") == "Ministère public genevois"
    assert speaker_of(text, "deux agents avaient été blessés", "fr") == "ministère de l'Intérieur"


def test_a_verb_coordinated_inside_a_relative_clause_keeps_the_relatives_antecedent():
    text = ("Titre\n\n12 mars 2012. - Des camions ont été vidés.\n\n"
            "L'action a été revendiquée par le collectif Viticulteurs en colère du Gard, qui dénonce une « concurrence "
            "déloyale » et affirme que le vin espagnol est vendu « à perte ».\n")
    assert speaker_of(text, "vin espagnol est vendu", "fr") == "Viticulteurs en colère du Gard"


def test_a_headlines_ngo_and_the_organisation_are_the_ngo_the_body_names():
    text = ("Haïti : après Sandy, « le pire est à venir » pour les paysans, avertit une ONG\n\n"
            "30 octobre 2012. - Le bilan s'est alourdi à 54 morts, a annoncé lundi la Direction de la protection civile "
            "(DPC).\n\n"
            "« Nous avons perdu nos récoltes », a déclaré lundi à l'AFP Jean Estimé, coordinateur de l'ONG Terre "
            "Paysanne Haïti. Dans un communiqué publié mardi, l'organisation avertit que « le pire est à venir ».\n")
    assert speaker_of(text, "après Sandy", "fr") == "Terre Paysanne Haïti"
    assert [c.speaker.name for c in extract(Article(text, language="fr")).claims
            if c.content == "le pire est à venir"] == ["Terre Paysanne Haïti"]
