"""French rules found on the copies studied in session 80. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_deed_owned_up_to_then_a_source_after_is_the_source_s_statement_whole():
    text = ("Titre\n\nPlacé en garde à vue, le chauffeur a reconnu avoir pris la fuite, mais nie avoir visé les "
            "policiers, selon une source proche de l'enquête.\n")
    claims = claims_of(text)
    assert [(c.speaker.name, c.content) for c in claims] == [
        ("source proche de l'enquête", "Placé en garde à vue, le chauffeur a reconnu avoir pris la fuite, mais nie "
                                       "avoir visé les policiers")]


def test_what_someone_explained_then_a_source_after_stays_their_statement():
    text = ("Titre\n\nLe directeur de la compagnie, Aidan Moylan, a expliqué avoir choisi Brest pour « la capacité du "
            "chantier », selon Ouest-France.\n")
    assert _speaker(text, "avoir choisi Brest") == "Aidan Moylan"


def test_a_headline_s_ngo_is_the_lede_s_body_it_calls_a_non_governmental_organisation():
    text = ("Niger : des milliers d'éleveurs fuient le Nord, selon une ONG\n\n12 novembre 2012. - Des milliers d'éleveurs "
            "ont quitté les régions du Nord depuis l'été, selon l'Association pour le pastoralisme au Sahel (APS), une "
            "organisation non gouvernementale basée à Maradi.\n\nD'après l'ONG, 200 000 têtes de bétail auraient franchi "
            "la ligne de front depuis septembre.\n")
    assert _speaker(text, "des milliers d'éleveurs fuient") == "Association pour le pastoralisme au Sahel"
    assert _speaker(text, "200 000 têtes") == "Association pour le pastoralisme au Sahel"


def test_pour_after_a_conjunction_opening_the_sentence_introduces_a_source():
    text = ("Titre\n\nLes fédérations ont recommandé d'avancer les horaires. Mais pour Karim Benali, délégué du syndicat "
            "Bâtiment Solidaire, « beaucoup de petits patrons ne jouent pas le jeu ».\n")
    assert _speaker(text, "petits patrons") == "Karim Benali"
    text = "Titre\n\nLes horaires ont changé. Et pour le maire de Nîmes, la situation est devenue très grave cet été.\n"
    assert _speaker(text, "très grave") == "maire de Nîmes"
    text = "Titre\n\nLa cour a été saisie mais pour des faits de corruption qui remontent à 2010.\n"
    assert [c.kind for c in claims_of(text) if c.kind != "assertion"] == []


def test_an_appeal_after_a_verb_of_speech_is_no_claim():
    text = ("Titre\n\n« Nous réglerons ce problème en famille », a déclaré le colonel Amadou Keïta, avant d'appeler les "
            "gendarmes à « regagner leurs postes dans le calme ».\n")
    assert [c.content for c in claims_of(text) if c.kind != "assertion"] == ["Nous réglerons ce problème en famille"]


def test_a_document_s_author_named_with_a_list_of_its_fields_keeps_the_list():
    text = ("Titre\n\n29 novembre 2012. - Les classes comptent en moyenne 21,4 élèves, selon un rapport du Département "
            "de l'instruction, de la jeunesse et du sport (DIJS) publié mercredi. Le document relève que près d'une "
            "classe sur cinq dépasse le seuil de 25 élèves.\n")
    whole = "Département de l'instruction, de la jeunesse et du sport"
    assert _speaker(text, "21,4 élèves") == whole
    assert _speaker(text, "une classe sur cinq") == whole


def test_the_team_by_its_noun_is_the_one_team_the_article_names():
    text = ("Titre\n\nLe coureur Luca Brenner, membre de l'équipe continentale Rhône-Velo, a été contrôlé positif, a "
            "annoncé jeudi l'Union cycliste internationale.\n\nDans un communiqué, l'équipe valaisanne a assuré qu'elle "
            "n'avait jamais toléré le moindre écart.\n")
    assert _speaker(text, "le moindre écart") == "Rhône-Velo"
    text = ("Titre\n\nLe sélectionneur a retenu trois joueurs de l'équipe de France espoirs.\n\nDans un communiqué, "
            "l'équipe a assuré qu'elle n'avait jamais toléré le moindre écart.\n")
    assert _speaker(text, "le moindre écart") != "France"


def test_a_newspaper_named_with_a_capital_article_closes_the_adjunct_before_the_object():
    text = ("Titre\n\nLe joueur Levan Kobakhidze a reconnu dans un entretien au quotidien L'Avenir avoir « perdu [ses] "
            "nerfs ».\n")
    assert [c.content for c in claims_of(text) if c.kind != "assertion"] == ["avoir « perdu [ses] nerfs »"]


def test_tout_en_jugeant_a_quoted_judgement_is_a_claim_of_the_clause_s_subject():
    text = ("Titre\n\nLe préfet a annoncé l'envoi de 40 camions-citernes, tout en jugeant ce volume « très insuffisant "
            "au regard des besoins ».\n")
    assert [(c.kind, c.content) for c in claims_of(text) if c.kind != "assertion"][-1] == (
        "mixed", "ce volume « très insuffisant au regard des besoins »")
    text = "Titre\n\nLe ministre a rallié les chefs rebelles en leur promettant une « autonomie totale ».\n"
    assert [c.kind for c in claims_of(text) if c.kind != "assertion"] == []


def test_the_un_agency_by_its_epithet_is_the_un_agency_last_named():
    text = ("Titre\n\nSelon le Programme alimentaire mondial (PAM), le prix du mil a augmenté de 60 % en un an, a "
            "rapporté l'agence Reuters.\n\nL'agence onusienne a jugé ce volume « très insuffisant au regard des besoins ».\n")
    assert _speaker(text, "très insuffisant") == "Programme alimentaire mondial"


def test_the_two_bodies_are_both_bodies_the_article_named_together():
    text = ("Titre\n\n8 mars 2012. - Des centaines d'infirmières ont manifesté à Lyon, à l'appel de l'Union des "
            "infirmières salariées (UIS) et du Collectif Soigner en sécurité, pour réclamer une revalorisation.\n\n"
            "Les deux organisations ont annoncé que le mouvement serait reconduit « jusqu'à l'obtention d'un statut ».\n")
    assert _speaker(text, "serait reconduit") == "l'Union des infirmières salariées et le Collectif Soigner en sécurité"
    text = ("Titre\n\nLa région Grand Est et le canton de Bâle-Ville ont signé un accord prévoyant des trains entre la gare "
            "de Mulhouse et Bâle à partir de décembre 2027, ont annoncé mercredi les deux collectivités.\n")
    assert _speaker(text, "ont signé un accord") == "la région Grand Est et le canton de Bâle-Ville"


def test_a_player_named_by_position_is_the_player():
    text = ("Titre\n\nLa commission a suspendu pour vingt semaines le pilier géorgien du RC Wavre, Giorgi Beridze, après "
            "la bagarre.\n\nInterrogé par la RTBF, le secrétaire général de la fédération, Marc Delvaux, a rappelé que les "
            "sanctions étaient fixées par un barème.\n\nLe joueur a reconnu avoir « perdu [ses] nerfs ».\n")
    assert _speaker(text, "perdu [ses] nerfs") == "Giorgi Beridze"
