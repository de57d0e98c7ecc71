"""French rules found on the copies studied in session 79. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_d_apres_midi_is_no_source():
    found = claims_of("Titre\n\nLe blocage du marché a été levé en fin d'après-midi après une rencontre avec le sous-préfet.\n")
    assert [c for c in found if c.kind != "assertion"] == []
    assert _speaker("Titre\n\nD'après le sous-préfet, le blocage a été levé en fin d'après-midi.\n", "le blocage") == "sous-préfet"


def test_an_indefinite_speaker_keeps_where_they_came_from_not_how_or_where_they_were_stuck():
    assert _speaker("Titre\n\n« J'ai jeté deux tonnes de concombres », a raconté un producteur de Vieux-Fort venu avec "
                    "son tracteur.\n", "deux tonnes") == "producteur de Vieux-Fort"
    assert _speaker("Titre\n\n« Nous avions réservé il y a six mois », a dit un abonné venu de Maastricht.\n",
                    "réservé") == "abonné venu de Maastricht"


def test_a_quotation_resumed_after_a_long_attribution_with_its_occasion_is_one_claim():
    text = ("Titre\n\n« Le feu est contenu sur son flanc est », a déclaré mardi matin le commandant des opérations, "
            "Paul Aymon, lors d'un point de presse à Sion, « mais nous ne pouvons pas exclure une reprise si le vent "
            "tourne ».\n")
    found = claims_of(text)
    assert [(c.content, c.speaker.name) for c in found] == [
        ("Le feu est contenu sur son flanc est mais nous ne pouvons pas exclure une reprise si le vent tourne", "Paul Aymon")]


def test_the_winner_speaking_is_the_person_the_article_had_win_just_before():
    text = ("Titre\n\nLe skipper Yann Kerhervé (Ar Mor Énergie) a remporté lundi la Transat des Îles. Il devance le "
            "Rochelais Paul Guérin.\n\n« Je n'ai presque pas dormi depuis les Canaries », a confié le vainqueur sur le "
            "ponton. Il a ajouté qu'il comptait « repartir l'an prochain ».\n")
    assert _speaker(text, "presque pas dormi") == "Yann Kerhervé"
    assert _speaker(text, "repartir") == "Yann Kerhervé"


def test_selon_a_document_then_its_participle_and_day_closes_the_sentence():
    found = claims_of("Titre\n\nLe service a reçu 1 094 réclamations en 2011, soit 12 % de plus que l'année précédente, "
                      "selon le rapport annuel du médiateur, remis mercredi au président de la Chambre des députés.\n")
    assert [c.content for c in found if c.kind != "assertion"] == [
        "Le service a reçu 1 094 réclamations en 2011, soit 12 % de plus que l'année précédente"]


def test_a_body_s_territory_after_en_is_part_of_its_name_after_an_inverted_verb():
    for body in ("le collectif Scènes d'été en Bretagne", "le haut-commissariat de la République en Polynésie française",
                 "la communauté de communes du Haut-Limousin en Marche"):
        found = claims_of(f"Titre\n\nLes pluies ont emporté deux ponts, a indiqué lundi {body}.\n")
        assert [c.speaker.mention for c in found] == [body], body
    found = claims_of("Titre\n\nLes pluies ont cessé, a indiqué le président de la Région en conférence de presse.\n")
    assert [c.speaker.name for c in found] == ["président de la Région"]


def test_a_headline_s_mediator_is_the_mediator_the_lede_names():
    text = ("Charleroi : le médiateur communal dénonce des « lenteurs administratives »\n\n18 octobre 2012. - Le médiateur "
            "de la Ville de Charleroi, Jacques Delvaux, a présenté mercredi son rapport annuel.\n")
    assert _speaker(text, "lenteurs") == "Jacques Delvaux"


def test_a_body_named_with_a_town_after_a_and_its_capitalised_article_opening_the_sentence():
    found = claims_of("Titre\n\nL'association Vivre à Magny dénonce un projet « démesuré » dans un courrier au maire. "
                      "L'Université Laval a annoncé lundi qu'elle fermerait son campus de Lévis.\n")
    assert [(c.speaker.name, c.speaker.kind) for c in found] == [
        ("Vivre à Magny", "organisation"), ("Université Laval", "organisation")]
    assert [c.speaker.name for c in claims_of("Titre\n\nL'Oréal a annoncé lundi qu'il fermerait son usine.\n")] == ["L'Oréal"]


def test_the_laureate_is_who_won_by_the_passive_and_of_her_gender_over_the_headline_s_person():
    text = ("Suisse : Laure Favre bat le record national du 800 mètres\n\n24 août 2012. - La Vaudoise Laure Favre a battu "
            "jeudi le record de Suisse du 800 mètres. La course a été remportée par la Kényane Ruth Kiprono en 1 min 57 s "
            "90. « Le public poussait tellement fort », a plaisanté la lauréate.\n")
    assert _speaker(text, "Le public poussait") == "Ruth Kiprono"
    text = ("Ski : Léa Morand remporte la Traversée\n\n30 janvier 2012. - La fondeuse Léa Morand a remporté dimanche la "
            "Traversée. Chez les hommes, le Neuchâtelois Yann Perret s'est imposé au sprint.\n\n« J'ai attaqué dans la "
            "dernière montée », a déclaré la lauréate à l'arrivée.\n")
    assert _speaker(text, "dernière montée") == "Léa Morand"


def test_a_relative_clause_with_a_quoted_object_stays_inside_the_subject():
    text = "Titre\n\nLa SNCF, qui juge la grève « illégale », a indiqué que seul un TGV sur deux circulait.\n"
    assert _speaker(text, "seul un TGV") == "SNCF"
