"""French rules found on the copies studied in session 74. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _speaker(text: str, words: str, language: str = "fr") -> str | None:
    found = next(c for c in claims_of(text, language) if words in c.content)
    return found.speaker.name if found.speaker else None


def test_a_spokesperson_named_in_apposition_after_selon():
    text = ("Namur\n\nLe parquet de Namur ne conteste pas ces chiffres. Selon son porte-parole, le substitut Régis Dethier, "
            "les excès de vitesse représentent « près des deux tiers » des dossiers.\n")
    assert _speaker(text, "excès de vitesse") == "Régis Dethier"


def test_the_magistrate_is_the_court_president_just_quoted_not_the_deputy_named_next():
    text = ("Liège\n\n12 mars 2012. - Le tribunal manque de juges, a révélé mardi le président du tribunal de police de Liège, "
            "Marc Verhaegen. « Nous sommes débordés », a-t-il déclaré.\n\n"
            "« Un automobiliste flashé sait qu'il ne sera jamais jugé », a regretté le magistrat.\n\n"
            "Selon son porte-parole, le substitut Régis Dethier, les radars représentent « près des deux tiers » des dossiers.\n")
    assert _speaker(text, "jamais jugé") == "Marc Verhaegen"


def test_a_plural_group_with_its_complement_after_a_fronted_participle_is_who_ils_stands_for():
    text = ("IUT\n\n26 septembre 2012. - Réunis mardi à Lyon, les présidents des conservatoires régionaux de musique (CRR) "
            "ont réclamé au ministère le rétablissement des budgets. Dans une motion, ils estiment que les conservatoires "
            "sont « asphyxiés ».\n")
    assert _speaker(text, "asphyxiés") == "présidents des conservatoires régionaux de musique"


def test_a_plural_group_with_its_complement_is_who_they_stands_for_in_english_too():
    text = ("Music\n\nThe heads of the regional music schools demanded the return of their budgets. In a motion, they said "
            "the schools were \"suffocating\".\n")
    assert _speaker(text, "suffocating", "en") == "heads of the regional music schools"


def test_a_headline_s_group_by_its_possessive_is_the_lede_s_group():
    text = ("France : les conservatoires « asphyxiés », selon leurs présidents\n\n"
            "26 septembre 2012. - Réunis mardi à Lyon, les présidents des conservatoires régionaux de musique (CRR) "
            "ont réclamé au ministère le rétablissement des budgets. Dans une motion, ils estiment que les conservatoires "
            "sont « asphyxiés » par les régions.\n")
    assert _speaker(text, "conservatoires « asphyxiés »") == "présidents des conservatoires régionaux de musique"


def test_the_judge_is_the_unnamed_judge_of_the_lede_not_the_plaintiff_named_next():
    text = ("Cirques\n\n18 juillet 2012. - Le juge des référés du tribunal administratif de Montpellier a suspendu mardi "
            "l'arrêté de la ville. Dans son ordonnance, le juge estime que la commune « n'a pas démontré » un trouble.\n\n"
            "Le directeur du cirque Zavatta, Gino Zavatta, qui avait saisi la justice, s'est dit « soulagé ».\n")
    assert _speaker(text, "n'a pas démontré") == "juge des référés du tribunal administratif de Montpellier"


def test_le_meme_jour_is_when_not_who_after_an_inverted_verb():
    text = ("Gabon\n\n27 septembre 2012. - Les sages-femmes ont entamé lundi une grève, a indiqué mercredi leur syndicat. "
            "Seules les urgences sont assurées, a précisé le même jour à l'AFP la secrétaire générale du syndicat, "
            "Odile Mba.\n")
    assert _speaker(text, "Seules les urgences") == "Odile Mba"


def test_a_participle_after_an_inverted_body_whose_sentence_opens_on_a_thing():
    text = ("Feu\n\nLe feu, qui s'est déclaré vers 2 h 30, n'a fait aucun blessé, a précisé la gendarmerie dans un "
            "communiqué, ajoutant qu'une enquête avait été ouverte.\n")
    assert _speaker(text, "une enquête") == "gendarmerie"


def test_a_participle_after_an_inverted_bare_body_whose_sentence_opens_on_a_body_is_that_body_s():
    text = "Usine\n\nLe groupe a fermé l'usine, a affirmé la direction, ajoutant qu'une enquête avait été ouverte.\n"
    assert _speaker(text, "une enquête") == "groupe"


def test_a_participle_after_police_said_in_english():
    text = "Fire\n\nThe fire caused no injuries, police said in a statement, adding that an inquiry had been opened.\n"
    assert _speaker(text, "an inquiry", "en") == "police"


def test_a_broadcaster_after_a_la_radio_is_no_one_il_stands_for():
    text = ("Valais\n\n« Nous ne pouvons pas exclure une rupture », a déclaré mercredi à la Radio Télévision Suisse le "
            "président de la commune, Marc-Henri Zufferey. Il a précisé que les familles étaient logées chez des proches.\n")
    assert _speaker(text, "logées chez des proches") == "Marc-Henri Zufferey"


def test_no_participle_of_residence_left_dangling_in_a_role():
    text = "Collège\n\n« Nos enfants n'ont plus d'école », s'indigne une mère d'élève établie à Lausanne, jointe par 24 heures.\n"
    assert _speaker(text, "plus d'école") == "mère d'élève"


def test_la_direction_is_the_maker_opening_the_sentence_after_what_it_makes():
    text = ("Usine\n\n25 janvier 2012. - Le fabricant allemand de pièces automobiles Kerntal va fermer d'ici la fin de "
            "l'année son usine de Gosselies, qui emploie 430 personnes, a annoncé mardi la direction.\n")
    assert _speaker(text, "va fermer") == "Kerntal"


def test_la_direction_is_the_festival_opening_the_sentence_before_its_relative_clause():
    text = ("Festival\n\n15 juillet 2012. - Le Paléo Rock Festival, qui s'est achevé samedi soir, a accueilli 240 000 "
            "visiteurs, a annoncé dimanche la direction.\n")
    assert _speaker(text, "240 000 visiteurs") == "Paléo Rock Festival"


def test_a_body_s_noun_holding_a_bracket_never_breaks_the_lookup():
    text = "«Nous», a déclaré Vladimir Poutine. , selon They «Nous», a déclaré Vladimir Poutine.\n’ a estimé , selon Le ministère[ "
    assert claims_of(text, "fr") is not None and claims_of(text, "en") is not None
