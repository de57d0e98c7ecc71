"""French speaker phrases end where the name ends ("Daniel ole Ntimama" is one name): not at a coordination
left by a relay ("déposés au greffe et consultés par X"), not after a participle of date ("datant de
2023"); an organisation's name goes on past its lower-case complement ("la Chambre de commerce et
d'industrie de Lyon")."""

from __future__ import annotations

from extract_support import claims_of, speaker_of_last


def test_a_coordination_before_the_relay_is_no_part_of_the_source():
    assert speaker_of_last("Selon les statuts déposés en préfecture et consultés par Ouest-France, le club compte "
                           "400 adhérents.") == "statuts déposés en préfecture"


def test_a_participle_of_date_after_the_source_is_no_part_of_it():
    assert speaker_of_last("Le marché pèse 2 milliards d'euros, selon une estimation de l'Organisation mondiale du "
                           "commerce datant de 2021.") == "Organisation mondiale du commerce"


def test_a_pronoun_after_a_chamber_of_commerce_is_its_whole_name():
    assert speaker_of_last("La Chambre de commerce et d'industrie de Lyon a réagi par communiqué. Elle affirme que le "
                           "gel des taxes est « attendu ».") == "Chambre de commerce et d'industrie de Lyon"


def test_a_maasai_particle_stays_inside_the_name():
    assert speaker_of_last("« Nos enfants marchent six kilomètres pour l'eau », a déclaré à l'AFP Daniel ole Ntimama, "
                           "un ancien du village.") == "Daniel ole Ntimama"


def test_a_relative_clause_after_a_body_with_a_lower_case_end_is_no_part_of_it():
    assert speaker_of_last("Selon un rapport de l'Inspection générale des affaires sociales que Le Monde a pu consulter, "
                           "la clinique a facturé des actes fictifs.") == "Inspection générale des affaires sociales"


def test_two_complements_of_a_ministry_are_no_person_s_particle_and_name():
    assert speaker_of_last("Le ministère de la Santé de la Catalogne a indiqué que 1 340 opérations avaient été "
                           "reportées.") == "ministère de la Santé de la Catalogne"


def test_college_and_consortium_head_a_body_s_name():
    assert speaker_of_last("Le Collège officiel des médecins de Barcelone a estimé mardi qu'un médecin sur cinq "
                           "exerçait à l'étranger.") == "Collège officiel des médecins de Barcelone"
    assert speaker_of_last("Une marée haute a inondé samedi le centre historique, a annoncé le Consortium Venezia "
                           "Nuova, chargé des barrières.") == "Consortium Venezia Nuova"


def test_second_member_of_a_ministry_s_complement_is_no_name_of_its_own():
    found = claims_of("La Regideso produit 700 000 mètres cubes d'eau par jour, d'après les chiffres du ministère des "
                      "Ressources hydrauliques et Électricité.")
    assert found[0].speaker.name == "ministère des Ressources hydrauliques et Électricité"


def test_a_bare_noun_after_et_shares_the_bodys_name():
    # (a French subject of its own takes a determiner: "et transitaires" goes on naming the union)
    assert speaker_of_last("Titre\n\nLe Syndicat des dockers et transitaires de Côte d'Ivoire a indiqué que la grève "
                           "continuerait jusqu'à vendredi.") == "Syndicat des dockers et transitaires de Côte d'Ivoire"


def test_a_determiner_after_et_still_opens_a_subject_of_its_own():
    assert speaker_of_last("Titre\n\nLe texte a été voté en commission et le ministre a affirmé que le projet "
                           "était prêt.") == "ministre"


def test_ce_and_a_weekday_after_an_inverted_subject_say_when():
    assert speaker_of_last("Titre\n\nL'école de Bananier restera fermée jusqu'à nouvel ordre, a annoncé le maire "
                           "ce jeudi.") == "maire"
    assert speaker_of_last("Titre\n\nL'école de Bananier restera fermée jusqu'à nouvel ordre, a annoncé la préfecture "
                           "ce matin.") == "préfecture"


def test_a_name_after_an_adjunct_without_article_is_the_inverted_subject():
    claim = claims_of("Titre\n\n« On perd encore un litre sur trois dans les canalisations, c'est vingt ans de "
                      "sous-investissement », a lancé lundi en conseil municipal Patrick Fontaine, conseiller "
                      "d'opposition.")[0]
    assert claim.speaker.name == "Patrick Fontaine"


def test_a_general_department_keeps_its_complement():
    assert speaker_of_last("Titre\n\nSelon le Département général de l'irrigation, le débit moyen du fleuve Mendoza "
                           "a reculé de 28 % en quinze ans.") == "Département général de l'irrigation"


def test_an_ampersand_joins_a_sites_name():
    assert speaker_of_last("Titre\n\nC'est le troisième démâtage depuis le départ, selon le décompte du site spécialisé "
                           "Tip & Shaft.") == "Tip & Shaft"


def test_an_adverb_opening_a_paragraph_is_no_body_for_a_noun_to_stand_for():
    assert speaker_of_last("Titre\n\nLa régie La Tamponnaise des eaux l'a annoncé ce lundi.\n\nConcrètement, l'eau sera "
                           "coupée de 21 heures à 5 heures à Trois-Mares. Selon la régie, 14 000 abonnés sont "
                           "concernés.") == "régie"


def test_the_catalan_i_joins_two_surnames():
    assert speaker_of_last("Titre\n\nLa consellera Núria Soler i Vidal a affirmé que les mesures n'avaient montré "
                           "aucune concentration dangereuse.") == "Núria Soler i Vidal"


def test_mama_is_an_honorific_before_a_name():
    assert speaker_of_last("Titre\n\n« Nous payons nos factures chaque mois, mais l'eau ne coule plus », déplore Mama "
                           "Thérèse Mbuyi, commerçante.") == "Thérèse Mbuyi"
