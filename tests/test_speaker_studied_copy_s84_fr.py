"""French rules found on the copies studied in session 84. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_paper_named_with_de_and_its_place_then_the_person_after_an_inverted_verb():
    text = ("Titre\n\n« L'eau est montée d'un coup pendant la nuit », a raconté à L'Écho de Cilaos Josiane Hoarau, 58 ans, "
            "dont la case a été inondée.\n")
    assert _speaker(text, "montée d'un coup") == "Josiane Hoarau"


def test_ce_dernier_is_the_passives_agent_introduced_after_the_last_speaker():
    text = ("Titre\n\nSelon le directeur du refuge, Paul Gérard, la porte a été forcée. « Quelqu'un est entré de nuit », "
            "a-t-il affirmé.\n\nLes deux chiens ont été retrouvés lundi par une promeneuse. « J'ai d'abord cru à un "
            "renard », a raconté cette dernière au quotidien L'Avenir.\n")
    assert _speaker(text, "cru à un renard") == "promeneuse"


def test_ce_dernier_stays_the_speaker_named_after_the_agent():
    text = ("Titre\n\nLes deux chiens ont été retrouvés lundi par une promeneuse, a indiqué le directeur du refuge, Paul "
            "Gérard. « Quelqu'un est entré de nuit », a affirmé ce dernier.\n")
    assert _speaker(text, "entré de nuit") == "Paul Gérard"


def test_an_ngo_and_its_nationality_introduce_its_name():
    text = "Titre\n\nL'ONG suisse Miel solidaire estime que la sécheresse aggrave la situation des apiculteurs.\n"
    assert _speaker(text, "sécheresse aggrave") == "Miel solidaire"


def test_the_avocat_general_is_not_the_defendants_lawyer():
    text = ("Titre\n\nJeudi matin, l'avocat général avait requis douze ans de réclusion, estimant que l'accusé avait agi "
            "« par jalousie ».\n\n« Mon client ne voulait pas tuer », a plaidé son avocate, Me Claire Ravenel.\n")
    assert _speaker(text, "par jalousie") == "avocat général"
    assert _speaker(text, "ne voulait pas tuer") == "Claire Ravenel"


def test_another_body_of_a_kind_is_the_body_named_in_apposition():
    text = ("Titre\n\nUn autre syndicat, l'Union des personnels hospitaliers (UPH), a refusé de s'associer à la grève, "
            "estimant que le mouvement « pénalise d'abord les patients ».\n")
    assert _speaker(text, "pénalise d'abord") == "Union des personnels hospitaliers"


def test_a_headline_role_is_the_person_of_that_role_whose_quotation_it_echoes():
    text = ("Belgique : « Nous n'avons rien caché à la ligue », affirme le président du HC Ourthe-Amblève\n\n"
            "12 mars 2013. - Le HC Ourthe-Amblève a été exclu du championnat.\n\n"
            "« Les licences des deux joueurs ont été envoyées à la ligue en septembre. Nous n'avons rien caché », a déclaré "
            "mardi le président du club, Marc Delvaux.\n")
    assert _speaker(text, "rien caché à la ligue") == "Marc Delvaux"


def test_a_headline_role_stays_when_the_echo_comes_from_another_role():
    text = ("Belgique : « Nous n'avons rien caché à la ligue », affirme le président du HC Ourthe-Amblève\n\n"
            "12 mars 2013. - Le HC Ourthe-Amblève a été exclu du championnat.\n\n"
            "« Les licences des deux joueurs ont été envoyées à la ligue en septembre. Nous n'avons rien caché », a déclaré "
            "mardi l'entraîneur du club, Marc Delvaux.\n")
    assert _speaker(text, "rien caché à la ligue") != "Marc Delvaux"
