"""French rules found on the copies studied in session 76. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _claim(text: str, words: str):
    return next(c for c in claims_of(text, "fr") if words in c.content)


def _speaker(text: str, words: str) -> str | None:
    found = _claim(text, words)
    return found.speaker.name if found.speaker else None


def test_a_short_form_for_a_long_name_holding_commas_and_an_adjective_that_gives_no_letter():
    text = ("Radio\n\nLes juges estiment que le Département fédéral de l'environnement, des transports, de l'énergie et de "
            "la communication (DETEC) a mal examiné le dossier. Le DETEC a indiqué que la station pourrait continuer à "
            "émettre.\n")
    assert _speaker(text, "continuer à émettre") == ("Département fédéral de l'environnement, des transports, de l'énergie "
                                                     "et de la communication")


def test_a_statement_of_the_council_of_ministers_is_the_councils_not_the_ministers():
    text = ("Crues\n\nLe gouvernement a débloqué une enveloppe d'urgence de 500 millions, a indiqué un communiqué du conseil "
            "des ministres publié mercredi soir.\n")
    assert _speaker(text, "enveloppe d'urgence") == "conseil des ministres"


def test_alors_qu_then_a_second_speaker_and_a_quoted_verdict():
    text = ("Grève\n\nLes usagers semblaient partagés. « C'est dommage pour les enfants », a regretté une mère de famille, "
            "alors qu'un retraité jugeait la grève « justifiée, vu l'état des bibliothèques ».\n")
    assert _speaker(text, "dommage pour les enfants") == "mère de famille"
    assert _speaker(text, "justifiée") == "retraité"


def test_a_headlines_civil_protection_is_the_one_the_lede_names_with_its_nationality():
    text = ("Bénin : les inondations ont fait quatorze morts, selon la protection civile\n\n"
            "27 septembre 2012. - Au moins quatorze personnes ont péri, a annoncé mercredi la protection civile béninoise.\n")
    assert _speaker(text, "quatorze morts") == "protection civile béninoise"


def test_pour_x_then_a_thing_named_by_a_demonstrative_that_recalls_a_quotation():
    text = ("Crues\n\nPour le géologue Urs Baumgartner, de l'Université de Berne, ces crues rappellent que « les digues "
            "ont été construites pour un climat qui n'existe plus ».\n")
    found = _claim(text, "les digues")
    assert (found.kind, found.speaker.name) == ("mixed", "Urs Baumgartner")
    assert found.content == ("ces crues rappellent que « les digues ont été construites pour un climat qui n'existe plus »")


def test_pour_x_then_people_named_by_a_demonstrative_are_no_thing_the_source_reads():
    text = ("Crues\n\nPour le géologue Urs Baumgartner, ces riverains rappellent que les digues sont trop basses.\n")
    assert not _claim(text, "trop basses").content.startswith("ces riverains")


def test_a_pianist_named_with_her_instrument():
    text = ("Concert\n\nLa pianiste Léa Marchetti, 17 ans, a déclaré : « J'ai pleuré, puis j'ai pensé à ma grand-mère. »\n")
    found = _claim(text, "J'ai pleuré")
    assert (found.speaker.name, found.speaker.role) == ("Léa Marchetti", "pianiste")


def test_a_proof_not_made_is_no_statement_inside_the_sources_claim():
    text = ("Prud'hommes\n\nSelon le jugement, dont l'AFP a obtenu copie, l'entreprise n'a pas démontré que la fermeture de son "
            "site était justifiée par des difficultés économiques.\n")
    claims = claims_of(text, "fr")
    assert [(c.speaker.name, c.content.split()[0]) for c in claims] == [("jugement", "l'entreprise")]


def test_selon_x_then_alors_que_attributes_the_clause_before_the_source():
    text = ("Vins\n\nLes importations de vin ont atteint 180 millions de litres en 2011, selon l'Office fédéral de "
            "l'agriculture (OFAG), alors que la consommation globale recule depuis dix ans.\n")
    found = _claim(text, "180 millions")
    assert (found.speaker.name, found.content) == ("Office fédéral de l'agriculture",
                                                   "Les importations de vin ont atteint 180 millions de litres en 2011")


def test_the_management_of_a_body_named_by_a_capitalised_kind_and_lower_case_words_before_its_short_form():
    text = ("Grève\n\nLes chauffeurs de la Régie intercommunale des transports marcinellois (RITM) ont cessé le travail "
            "mardi.\n\nLa direction de la régie a qualifié l'arrêt de travail d'« incompréhensible ».\n")
    assert _speaker(text, "incompréhensible") == "Régie intercommunale des transports marcinellois"



def test_a_kinds_name_going_on_after_its_short_form_is_not_cut_at_the_bracket():
    text = ("Grève\n\nLes chauffeurs de la Régie des transports (RT) Charleroi ont cessé le travail mardi.\n\n"
            "La direction de la régie a qualifié l'arrêt de travail d'« incompréhensible ».\n")
    assert _speaker(text, "incompréhensible") != "Régie des transports"
