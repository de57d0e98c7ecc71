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
