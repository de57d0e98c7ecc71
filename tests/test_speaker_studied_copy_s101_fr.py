"""French rules found in session 101 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_club_named_after_a_place_then_its_president():
    text = _article("Le président du Yacht-Club Baie d'Authie, Hervé Deschamps, a assuré que le bateau était "
                    "« parfaitement entretenu ».")
    assert _speaker(text, "le bateau était") == "Hervé Deschamps"


def test_two_adjectives_of_one_name_after_an_inverted_verb():
    text = _article("L'épicentre a été localisé en mer, à 40 kilomètres des côtes, a précisé l'Observatoire "
                    "volcanologique et sismologique de Guadeloupe.")
    assert _speaker(text, "L'épicentre a été localisé") == "Observatoire volcanologique et sismologique de Guadeloupe"


def test_the_photographer_named_before():
    text = _article("12 mars 2012. - Le tribunal de Nantes a condamné mardi la société Clic Média à verser 9 000 euros au "
                    "photographe nantais Loïc Berthou, dont elle avait reproduit 40 clichés sans autorisation.",
                    "« Je vis de mes images. C'était insupportable », a déclaré à l'AFP le photographe.")
    assert _speaker(text, "Je vis de mes images") == "Loïc Berthou"


def test_an_overseas_channel_is_no_company():
    text = _article("24 janvier 2012. - Le cyclone Ilona s'éloignait de La Réunion après avoir privé d'électricité 60 000 "
                    "foyers, a annoncé mardi la préfecture de La Réunion.",
                    "Le maire de Saint-Benoît, Patrice Hoarau, a dénoncé sur Réunion 1re « l'abandon » des quartiers des hauts.",
                    "La compagnie d'électricité a indiqué que les foyers seraient rebranchés d'ici mercredi.",
                    title="La Réunion : le cyclone Ilona s'éloigne")
    assert _speaker(text, "les foyers seraient rebranchés") == "compagnie d'électricité"


def test_the_occasion_is_no_part_of_the_body():
    text = _article("14 mars 2012. - Le quotidien régional Le Réveil du Cher va supprimer 30 postes sur 200, a annoncé mardi "
                    "l'intersyndicale du journal à l'issue d'un comité d'entreprise extraordinaire à Bourges.",
                    "Les élus s'inquiètent. L'intersyndicale a appelé à une grève jeudi.",
                    title="France : le quotidien Le Réveil du Cher va supprimer 30 postes, selon l'intersyndicale")
    assert _speaker(text, "le quotidien Le Réveil du Cher va supprimer") == "intersyndicale du journal"


def test_the_spokesman_not_the_description_of_his_company():
    text = _article("12 mars 2012. - Le chantier du tramway est suspendu, a indiqué la société Archéo-Est.",
                    "La communauté urbaine affirme que la mise en service n'est pas remise en cause. Un porte-parole "
                    "d'Lorraine TP Réseaux, l'entreprise chargée du génie civil, a en revanche estimé que le chantier "
                    "accuserait « au minimum deux mois de retard ».")
    assert _speaker(text, "le chantier accuserait") == "porte-parole d'Lorraine TP Réseaux"


def test_and_other_inside_a_bodys_name():
    text = _article("13 mars 2012. - Les réfugiés rentrent.",
                    "La Commission nationale des terres et autres biens (CNTB) a assuré que chaque rapatrié « sera réinstallé "
                    "sur ses terres ou indemnisé ».")
    assert _speaker(text, "chaque rapatrié") == "Commission nationale des terres et autres biens"


def test_a_surname_opening_a_sentence_before_a_relative_clause():
    text = _article("24 mai 2012. - Le procureur Alphonse Habimana a requis vingt ans de prison contre Évariste Mugenzi, "
                    "ancien bourgmestre.",
                    "Mugenzi, qui a nié les faits tout au long du procès, a pris brièvement la parole à la fin de l'audience. "
                    "« Je n'ai tué personne », a-t-il dit.")
    assert _speaker(text, "Je n'ai tué personne") == "Évariste Mugenzi"
