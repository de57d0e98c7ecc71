"""French rules found in session 100 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def test_before_which_place_then_the_inverted_subject_after_an_indefinite_article():
    text = _article("« On ne voit plus les enseignants depuis un mois », s'indignait devant une école du quartier de "
                    "Bab Doukkala un père de famille, qui a refusé de donner son nom.")
    assert _speaker(text, "On ne voit plus les enseignants") == "père de famille"


def test_a_shop_named_with_au():
    text = _article("Le grand magasin Aux Quatre Saisons, installé depuis 1952 à Vannes, fermera le 31 mars, a annoncé mardi sa "
                    "direction.")
    assert _speaker(text, "fermera le 31 mars") == "Aux Quatre Saisons"


def test_the_time_of_day_between_the_inverted_verb_and_its_subject():
    text = _article("Le stade municipal fermera ses portes le 1er mars pour des travaux, a annoncé dans la soirée la "
                    "mairie de Rodez.",
                    "La piscine rouvrira en avril, a précisé en fin de journée la communauté de communes.")
    assert _speaker(text, "Le stade municipal fermera") == "mairie de Rodez"
    assert _speaker(text, "La piscine rouvrira") == "communauté de communes"


def test_the_role_a_person_was_designated_to_in_the_headline():
    text = _article("« Nous porterons ces idées dans tout le pays », a déclaré dimanche soir la candidate devant ses "
                    "partisans.",
                    title="France : Claire Vasseur désignée candidate du Parti fédéraliste")
    assert _speaker(text, "Nous porterons ces idées") == "Claire Vasseur"


def test_her_entourage_after_she_spoke_in_the_paragraph():
    text = _article("Claire Vasseur a remporté dimanche la primaire du Parti fédéraliste avec 61 % des voix.",
                    "« Nous porterons ces idées », a déclaré la candidate. Elle a assuré que sa campagne serait sobre. "
                    "Selon son entourage, elle présentera son équipe la semaine prochaine.",
                    title="France : Claire Vasseur désignée candidate du Parti fédéraliste")
    assert _speaker(text, "elle présentera son équipe") == "entourage de Claire Vasseur"
    assert [c.speaker.name for c in claims_of(text, "fr") if "sobre" in c.content] == ["Claire Vasseur"]


def test_an_outlet_then_a_demonstrative_subject():
    text = _article("L'épave a été repérée en juillet par un plongeur amateur, Gilles Ferrandi, qui a déclaré sa découverte. "
                    "« J'ai d'abord cru à un tas de rochers », a raconté au Petit Varois ce moniteur de plongée de 38 ans.")
    assert _speaker(text, "un tas de rochers") == "Gilles Ferrandi"


def test_a_radio_without_its_article_then_the_name():
    text = _article("« Le train n'a pas freiné, il y avait du sang partout », a déclaré à Radio Plata Sur Jorge Ibarra, "
                    "un passager du premier wagon.")
    assert _speaker(text, "Le train n'a pas freiné") == "Jorge Ibarra"


def test_the_name_after_the_outlet_that_asked():
    text = _article("« On ne peut plus épargner », a lancé lundi soir une manifestante interrogée par le quotidien La Nación, "
                    "Marta Quiroga, une retraitée de 70 ans.")
    assert _speaker(text, "On ne peut plus épargner") == "Marta Quiroga"


def test_an_inspector_with_a_long_complement():
    text = _article("Interrogé par le quotidien Le Courrier vendéen, l'inspecteur de l'Éducation nationale de la "
                    "circonscription a expliqué que la mesure s'inscrivait dans « un rééquilibrage » entre les écoles.")
    assert _speaker(text, "un rééquilibrage") == "inspecteur de l'Éducation nationale de la circonscription"


def test_a_nouns_participle_is_no_reporting_verb():
    text = _article("« Nous ne fermons jamais une classe de gaieté de cœur », a déclaré le maire.",
                    "Le conseil municipal, qui a adopté mercredi soir à l'unanimité une motion demandant le maintien de la "
                    "classe, rappelle que la commune a investi 400 000 euros dans l'école.")
    assert _speaker(text, "la commune a investi") == "conseil municipal"
