"""French rules found on the copy studied in session 60 (sets own/fr-blind189 to own/fr-blind192).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, speaker_of


def test_a_participle_after_et_shares_the_first_verb_s_subject_not_the_outlet_told():
    text = ("Un porte-parole de l'association a confirmé à l'agence Reuters la réception de la plainte et indiqué "
            "qu'elle serait examinée « dans les vingt-quatre heures ».\n")
    assert speaker_of(text, "vingt-quatre heures", "fr") == "porte-parole de l'association"


def test_a_possessive_and_a_body_s_kind_are_the_one_body_of_that_kind_named():
    text = ("Boxe : le Congolais Paul Mbala a été « volé », selon sa fédération\n\n"
            "3 août 2012. - La Fédération congolaise de boxe a déposé jeudi une réclamation.\n")
    assert speaker_of(text, "volé", "fr") == "Fédération congolaise de boxe"


def test_his_team_is_the_team_named_before_the_claim_not_a_rival_named_after():
    text = ("9 juillet 2012. - Le coureur Julien Marcel, de l'équipe Alpes Énergie, souffre d'une fracture de la "
            "clavicule, a annoncé lundi son équipe.\n\n"
            "« Il n'a rien pu faire », a estimé le directeur sportif de l'équipe Flandria Cycling, Koen Verst.\n")
    assert speaker_of(text, "fracture de la clavicule", "fr") == "Alpes Énergie"


def test_a_sports_club_by_its_name_is_his_club():
    text = ("Rugby : un pilier suspendu pour dopage, son club dénonce une sanction « disproportionnée »\n\n"
            "22 novembre 2012. - L'agence a suspendu le pilier fidjien de l'Union sportive du Haut-Pays (USHP), "
            "Isi Vatu.\n")
    assert speaker_of(text, "disproportionnée", "fr") == "Union sportive du Haut-Pays"


def test_the_agency_is_the_body_named_with_an_elided_article():
    text = ("L'Agence française de lutte contre le dopage (AFLD) a suspendu pour deux ans le pilier de l'Union "
            "sportive du Haut-Pays (USHP), Isi Vatu, a annoncé mercredi l'agence dans une décision.\n")
    assert speaker_of(text, "suspendu pour deux ans", "fr") == "Agence française de lutte contre le dopage"


def test_an_aged_description_is_the_person_of_its_family_not_the_president_just_quoted():
    text = ("22 novembre 2012. - L'agence a suspendu le pilier fidjien de l'Union sportive du Haut-Pays, Isi Vatu.\n\n"
            "« Ce n'est pas un tricheur », a déclaré le président du club, Francis Delm.\n\n"
            "Dans un entretien, le joueur de 29 ans a reconnu avoir pris ce médicament « pour une cheville gonflée ».\n")
    assert speaker_of(text, "cheville gonflée", "fr") == "Isi Vatu"


def test_an_athlete_is_the_judoka_named_before_not_the_team_doctor():
    text = ("31 juillet 2012. - Le judoka québécois Samuel Berger a déclaré forfait après s'être blessé au genou.\n\n"
            "Selon le médecin de l'équipe, le docteur Luc Parad, les examens ont révélé une rupture du ligament.\n\n"
            "Sur son compte Twitter, l'athlète de 26 ans s'est dit « anéanti ».\n")
    assert speaker_of(text, "anéanti", "fr") == "Samuel Berger"


def test_a_verb_ending_like_an_adjective_is_no_part_of_a_prefecture_s_name():
    text = ("Concert annulé, la sécurité « ne pouvait être garantie » selon la préfecture\n\n"
            "18 novembre 2012. - Dans un communiqué, la préfecture d'Abidjan explique que l'organisateur n'avait pas "
            "présenté de plan.\n")
    assert speaker_of(text, "ne pouvait être garantie", "fr") == "préfecture d'Abidjan"


def test_an_outlet_relaying_a_clause_with_a_quotation_is_not_its_speaker():
    text = "La direction de course a jugé que la route avait été « correctement signalée », rapporte L'Équipe.\n"
    assert speaker_of(text, "correctement signalée", "fr") == "direction de course"
    assert content_of(text, "correctement signalée", "fr") == "la route avait été « correctement signalée »"


def test_a_prefect_s_district_stays_with_the_office_a_pronoun_refers_to():
    text = ("Le préfet du district de Morges a ouvert une enquête. Selon lui, les structures avaient été "
            "contrôlées.\n")
    assert speaker_of(text, "structures avaient", "fr") == "préfet du district de Morges"


def test_the_festival_is_the_festival_named_before():
    text = ("Le festival Lac en Scène a été interrompu samedi. Le festival a annoncé dimanche soir que les billets "
            "seraient remboursés.\n")
    assert speaker_of(text, "billets seraient", "fr") == "Lac en Scène"
