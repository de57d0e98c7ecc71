"""French rules found on the copies studied in session 77. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _claim(text: str, words: str):
    return next(c for c in claims_of(text, "fr") if words in c.content)


def _speaker(text: str, words: str) -> str | None:
    found = _claim(text, words)
    return found.speaker.name if found.speaker else None


def test_a_person_named_right_after_a_medium_given_by_its_kind_alone():
    text = ("Loyers\n\nLe conseil d'administration a voté la hausse, rapporte le quotidien L'Écho du Val. « On nous fait payer "
            "vingt ans de retard », a déclaré au quotidien Karim Ouazzani, l'un des administrateurs élus par les locataires.\n")
    assert _speaker(text, "vingt ans de retard") == "Karim Ouazzani"


def test_a_medium_and_a_title_then_a_person_keep_their_reading():
    text = ("Loyers\n\n« On nous fait payer vingt ans de retard », a déclaré au quotidien Libération Karim Ouazzani, "
            "l'un des administrateurs.\n")
    assert _speaker(text, "vingt ans de retard") == "Karim Ouazzani"


def test_an_inverted_subject_after_in_a_press_release():
    text = ("Avalanche\n\nL'un des deux skieurs a été retrouvé sans vie, a annoncé mercredi dans un communiqué la police "
            "cantonale, qui a appelé les randonneurs à la prudence.\n")
    assert _speaker(text, "retrouvé sans vie") == "police cantonale"


def test_a_quote_after_a_colon_closing_a_place_is_the_earlier_speakers():
    text = ("Incendies\n\nÀ Diouloulou, une apicultrice, Awa Diatta, a raconté avoir vu le feu « arriver en quelques "
            "minutes » sur les ruches de sa coopérative : « On n'a rien pu sauver. Il faudra trois ans pour tout refaire. »\n")
    assert _speaker(text, "rien pu sauver") == "Awa Diatta"


def test_a_long_inverted_body_then_selon_laquelle_speaks_twice():
    text = ("Abeilles\n\nDes échantillons de cire ont été prélevés dans douze ruchers, a indiqué la direction départementale "
            "de la protection des populations (DDPP) du Lot, selon laquelle les résultats ne seront pas connus avant la fin "
            "du mois.\n")
    body = "direction départementale de la protection des populations du Lot"
    assert _speaker(text, "prélevés dans douze ruchers") == body
    assert _speaker(text, "résultats ne seront pas connus") == body


def test_a_que_clause_then_a_colon_and_a_quotation_are_two_claims():
    text = ("Lycée\n\nUn élève de terminale a raconté qu'il passait déjà quarante minutes dans le car chaque matin : "
            "« Si la filière disparaît, mes frères devront partir en internat. »\n")
    clause = _claim(text, "quarante minutes")
    quote = _claim(text, "filière disparaît")
    assert (clause.kind, clause.content) == ("indirect", "il passait déjà quarante minutes dans le car chaque matin")
    assert quote.kind == "direct"
    assert clause.speaker.name == quote.speaker.name == "élève de terminale"


def test_a_companys_name_does_not_run_on_past_its_verb_in_the_headline():
    text = ("France : la compagnie Aviantis quittera l'aéroport de Tours à l'automne\n\n"
            "14 mars 2012. - La compagnie à bas coûts Aviantis cessera de desservir l'aéroport de Tours. La compagnie "
            "assure qu'elle « reste attachée au marché français ».\n")
    assert _speaker(text, "reste attachée") == "Aviantis"


def test_a_participle_qualifying_the_object_is_no_reporting_verb():
    text = ("Aéroport\n\nLe président de l'association des commerçants, Ismaël Koné, a salué « une excellente nouvelle », "
            "mais a jugé le tarif annoncé, 85 000 francs CFA l'aller simple, « hors de portée » de la plupart des "
            "commerçants.\n")
    claim = _claim(text, "hors de portée")
    assert claim.speaker.name == "Ismaël Koné"
    assert claim.content.startswith("le tarif annoncé")


def test_a_participle_with_its_agent_still_gives_the_agent():
    text = "Budget\n\nLe projet critiqué par le maire, Paul Deniau : « Il coûtera deux fois trop cher aux habitants. »\n"
    assert _speaker(text, "deux fois trop cher") == "Paul Deniau"


def test_he_after_a_sentence_opening_on_a_day_and_its_part():
    text = ("Procès\n\nL'un des deux cadres de la banque a affirmé qu'il avait « obéi aux ordres ». Dimanche en fin de "
            "journée, le procureur de la République a requis dix ans de prison. Dans son réquisitoire, il a affirmé que "
            "les factures révélaient « un système organisé ».\n")
    assert _speaker(text, "système organisé") == "procureur de la République"
