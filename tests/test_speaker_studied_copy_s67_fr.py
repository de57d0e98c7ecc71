"""French rules found on the copy studied in session 67 (sets own/fr-blind203, own/fr-blind205 and own/fr-blind206).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, only, speaker_of


def test_the_skipper_is_the_skipper_named_in_the_paragraph_before():
    text = ("Le skipper brestois Loïc Quéméner, qui occupait la troisième place, a démâté dans la nuit, a annoncé la "
            "direction de course.\n\n"
            "« J'ai entendu un grand craquement », a raconté le skipper lors d'une vacation radio.\n")
    assert speaker_of(text, "grand craquement", "fr") == "Loïc Quéméner"


def test_a_gerund_with_no_comma_in_a_que_clause_belongs_to_the_clause():
    text = ("Le directeur de course, Hervé Kerlan, a estimé que le skipper avait « pris la bonne décision » en "
            "renonçant à rallier les Açores.\n")
    assert only(text, "fr").content == "le skipper avait « pris la bonne décision » en renonçant à rallier les Açores"


def test_a_gerund_of_the_speakers_own_act_stays_out_of_the_quoted_object():
    text = ("Le président russe a salué le « renforcement de la coopération » en accueillant son homologue dans un "
            "spatioport le 13 septembre.\n")
    assert only(text, "fr").content == "le « renforcement de la coopération »"


def test_tout_en_opens_the_speakers_second_act():
    text = "Le syndicat a salué « une victoire » tout en répétant qu'il ne signerait pas l'accord.\n"
    assert {claim.content for claim in claims_of(text, "fr")} == {"« une victoire »", "il ne signerait pas l'accord"}


def test_the_radio_that_reached_the_speaker_by_telephone_is_no_speaker():
    text = ("Le tribunal de Sousse a condamné lundi le caricaturiste Nabil Gharsalli, 29 ans, à trois mois de prison.\n\n"
            "Joint par téléphone par la radio privée Sahel FM, le dessinateur a affirmé que son dessin visait « une "
            "politique, pas une personne ».\n")
    assert speaker_of(text, "son dessin visait", "fr") == "Nabil Gharsalli"


def test_a_university_hospital_is_one_body_not_an_academic():
    text = "Un coureur est mort dimanche, a confirmé lundi le Centre hospitalier universitaire de Rimouski (CHUR).\n"
    assert speaker_of(text, "coureur est mort", "fr") == "Centre hospitalier universitaire de Rimouski"


def test_an_academic_is_still_a_role():
    text = "Un universitaire de Rimouski, Paul Gagnon, a affirmé que la course devait être déplacée.\n"
    assert speaker_of(text, "course devait être déplacée", "fr") == "Paul Gagnon"


def test_a_company_the_article_introduced_by_its_noun_is_no_person_for_a_role():
    text = ("Gabon : la grève réduit de moitié la production, selon le syndicat\n\n"
            "28 novembre 2012. - La grève lancée lundi par l'Union des travailleurs de la Ngounié (UTN) a réduit de "
            "moitié la production de la société Ngounié Offshore Gabon, a affirmé mardi le secrétaire général du "
            "syndicat, Paul Mba Ondo.\n\n"
            "Le syndicat réclame l'alignement des salaires. \"Nous gagnons trois fois moins\", a déclaré le responsable "
            "syndical.\n\n"
            "La direction d'Ngounié Offshore Gabon conteste ces chiffres.\n")
    assert speaker_of(text, "trois fois moins", "fr") != "Ngounié Offshore Gabon"


def test_the_management_speaks_as_the_maker_named_with_what_it_makes():
    text = ("Le fabricant de radiateurs en fonte Calorest va fermer son usine de Hayange, a annoncé lundi la direction "
            "lors d'un comité d'entreprise.\n")
    assert speaker_of(text, "va fermer son usine", "fr") == "Calorest"
