"""French rules found on the copies studied in session 78. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_its_board_speaks_as_the_body_opening_the_sentence_past_an_apposition():
    text = ("Le musée fermera\n\nLe Musée de la forge et du charbon de Val-Dore, en Haute-Mauricie, fermera ses portes le "
            "31 décembre, a annoncé mercredi son conseil d'administration, invoquant un déficit de 240 000 dollars.\n")
    assert _speaker(text, "fermera ses portes") == "Musée de la forge et du charbon de Val-Dore"


def test_its_committee_speaks_as_the_body_opening_the_sentence():
    text = ("Le club se retire\n\nLe Handball Club des Trois-Rives (HCTR), pensionnaire de la première division depuis "
            "2009, se retire du championnat, a annoncé lundi son comité.\n")
    assert _speaker(text, "se retire du championnat") == "Handball Club des Trois-Rives"


def test_its_managers_with_no_body_opening_the_sentence_stay_as_written():
    text = ("Le club se retire\n\nLe Handball Club des Trois-Rives (HCTR) se retire du championnat, a annoncé lundi son "
            "comité.\n\nPlus de 3 000 hectares ont brûlé dans le parc d'Ambohitra, selon ses gestionnaires.\n")
    assert _speaker(text, "hectares ont brûlé") == "ses gestionnaires"


def test_the_same_bulletin_is_its_issuers():
    text = ("Choléra\n\nL'épidémie a fait 126 morts, a annoncé mercredi le ministère de la Santé publique dans un bulletin "
            "transmis à la presse. Selon le même bulletin, les districts de Kousseri et de Maroua sont les plus touchés.\n")
    assert _speaker(text, "les plus touchés") == "ministère de la Santé publique"


def test_a_bodys_name_keeps_its_second_field_after_et():
    text = "Saisie\n\nLes douaniers ont saisi un conteneur d'ivoire, a annoncé mercredi la Direction générale des douanes et droits indirects.\n"
    assert _speaker(text, "ont saisi un conteneur") == "Direction générale des douanes et droits indirects"


def test_a_bodys_noun_before_its_members_trade_opens_the_role():
    text = ("Sécheresse\n\nLe gouvernement distribuera 20 000 tonnes de céréales, mais les organisations paysannes jugent "
            "cette quantité « largement insuffisante ».\n")
    assert _speaker(text, "cette quantité") == "organisations paysannes"


def test_where_a_statement_was_read_out_is_no_part_of_its_author():
    text = ("Amende\n\nL'Agence de régulation des postes (ARP) a infligé lundi une amende à l'opérateur Savane Mobile. Selon un "
            "communiqué de l'agence lu mardi soir sur la télévision publique, le réseau « ne respecte pas les normes ».\n")
    assert _speaker(text, "ne respecte pas les normes") == "Agence de régulation des postes"


def test_an_overseas_public_channel_before_the_speaker_is_where_he_spoke():
    text = ("Sécheresse\n\n« J'ai déjà vendu 80 bêtes », a témoigné sur Polynésie 1re Teva Marere, éleveur à Taravao.\n")
    assert _speaker(text, "vendu 80 bêtes") == "Teva Marere"


def test_the_council_after_a_labour_court_named_in_full_is_that_court():
    text = ("Prud'hommes\n\nLe conseil de prud'hommes de Créteil a condamné mercredi la société Delta Appels à verser "
            "640 000 euros. Dans son jugement, le conseil estime que ces licenciements étaient « dépourvus de cause réelle "
            "et sérieuse ».\n")
    assert _speaker(text, "dépourvus de cause") == "conseil de prud'hommes de Créteil"


def test_the_management_of_a_port_named_by_its_kind_and_place_is_the_port():
    text = "Port\n\nLa direction du port autonome de Cotonou a rappelé que la réglementation est claire.\n"
    assert _speaker(text, "la réglementation est claire") == "port autonome de Cotonou"


def test_a_ruling_stays_the_court_of_appeals_when_a_labour_court_is_named_after_it():
    text = ("Appel\n\nLa cour d'appel de Douai a confirmé mardi le jugement du conseil de prud'hommes de Lens qui avait "
            "condamné en 2011 la société Norcap. Dans son arrêt, la cour estime que le motif économique « n'était pas "
            "établi ».\n")
    assert _speaker(text, "n'était pas établi") == "cour d'appel de Douai"
