"""French rules found on the copies studied in session 75. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _speaker(text: str, words: str) -> str | None:
    found = next(c for c in claims_of(text, "fr") if words in c.content)
    return found.speaker.name if found.speaker else None


def test_a_participle_opening_the_sentence_on_a_day_is_no_name():
    text = ("Procès\n\nLe procès de Marc Dubied s'est ouvert mardi.\n\nEntendu mercredi après-midi, le prévenu a reconnu "
            "des retards. « J'ai payé les fournisseurs en retard, jamais volé », a-t-il déclaré.\n")
    assert _speaker(text, "jamais volé") == "Marc Dubied"


def test_pour_a_body_then_an_agency_relaying_it_gives_the_body():
    text = ("Fromage\n\nPour la Fédération des fromagers du Jura (FFJ), qui regroupe 90 membres, il s'agit d'« un accident » "
            "qui ne doit pas nuire à toute la filière, rapporte l'ATS.\n")
    assert _speaker(text, "un accident") == "Fédération des fromagers du Jura"


def test_pour_a_thing_then_a_body_inverted_still_gives_the_body():
    text = ("Impôts\n\nPour un pavillon moyen, la hausse atteindra 80 euros par an, estime l'Union des propriétaires "
            "du Cher.\n")
    assert _speaker(text, "la hausse") == "Union des propriétaires du Cher"


def test_a_ministry_listing_its_portfolios_before_its_short_form():
    text = ("Fromage\n\nLe ministère de l'Agriculture, des Pêches et de l'Alimentation du Nouveau-Brunswick (MAPANB) a "
            "ordonné le retrait de deux lots.\n\nSelon le MAPANB, 31 fromageries de la province fabriquent des fromages au "
            "lait cru.\n")
    assert _speaker(text, "31 fromageries") == ("ministère de l'Agriculture, des Pêches et de l'Alimentation du "
                                                 "Nouveau-Brunswick")


def test_a_documents_date_is_no_part_of_who_speaks():
    text = ("EHPAD\n\nLa maison de retraite Les Glycines présente des « manquements graves », selon un rapport d'inspection "
            "de l'Agence régionale de santé de Bretagne daté du 4 juillet, dont l'AFP a obtenu copie.\n")
    assert _speaker(text, "manquements graves") == "rapport d'inspection de l'Agence régionale de santé de Bretagne"


def test_a_headline_union_is_the_union_the_lede_names():
    text = ("Lycées : dix classes fermées en Limousin, selon un syndicat\n\n16 février 2012. - Dix classes fermeront à la "
            "rentrée, a affirmé mercredi l'Union des enseignants du Limousin (UEL), qui appelle à la grève.\n")
    assert _speaker(text, "dix classes fermées") == "Union des enseignants du Limousin"


def test_a_possessive_role_is_the_person_later_named_in_apposition_to_it():
    text = ("Prud'hommes\n\n27 juin 2012. - Le conseil de prud'hommes de Caen a requalifié mardi les contrats de neuf guides, "
            "a-t-on appris auprès de leur avocat.\n\n« C'est une victoire », a déclaré mardi leur avocat, Me Paul Vasseur.\n")
    assert _speaker(text, "requalifié mardi") == "Paul Vasseur"


def test_a_possessive_role_named_by_no_one_stays_a_role():
    text = ("Prud'hommes\n\n27 juin 2012. - Le conseil de prud'hommes de Caen a requalifié mardi les contrats de neuf guides, "
            "a-t-on appris auprès de leur avocat.\n\n« C'est une victoire », a déclaré mardi un guide, Paul Vasseur.\n")
    assert _speaker(text, "requalifié mardi") == "leur avocat"


def test_a_headline_role_alone_is_the_ledes_role_of_its_place():
    text = ("Canada : des lits manquent à l'hôpital de Bathurst, selon l'ombudsman\n\n23 août 2012. - Des patients dorment "
            "dans les couloirs, affirme l'ombudsman de la Nouvelle-Écosse dans un rapport rendu public mercredi.\n")
    assert _speaker(text, "des lits manquent") == "ombudsman de la Nouvelle-Écosse"


def test_the_management_of_the_establishment_named_with_its_short_form():
    text = ("Grève\n\n10 mai 2012. - Le personnel du centre hospitalier spécialisé (CHS) du Vinatier, à Lyon, a cessé le "
            "travail mercredi. L'aide-soignante souffre d'une fracture du poignet, a indiqué la direction de "
            "l'établissement.\n")
    assert _speaker(text, "fracture du poignet") == "centre hospitalier spécialisé du Vinatier"


def test_the_group_is_the_one_opening_the_sentence_after_a_dateline():
    text = ("Belgique : la biscuiterie Delvaux rachetée\n\n4 avril 2012. - Le groupe suisse Bergkeks a conclu un accord pour "
            "racheter la biscuiterie Delvaux, fondée en 1931 à Namur, a indiqué mardi le groupe dans un communiqué.\n")
    assert _speaker(text, "conclu un accord") == "Bergkeks"


def test_a_participle_opening_a_sentence_is_no_article_and_noun():
    text = ("Festival\n\n17 septembre 2012. - Le festival Mizik est reporté, a annoncé samedi l'association organisatrice, "
            "Tsara Feo.\n\nLancé en 2010, le festival avait attiré 9 000 spectateurs l'an dernier, selon ses organisateurs.\n")
    assert _speaker(text, "9 000 spectateurs") == "Tsara Feo"


def test_organisers_with_no_organiser_named_stay_organisers():
    text = "Festival\n\nLancé en 2010, le festival avait attiré 9 000 spectateurs l'an dernier, selon ses organisateurs.\n"
    assert _speaker(text, "9 000 spectateurs") == "ses organisateurs"


def test_a_relative_of_an_indefinite_apposition_names_no_speaker():
    text = ("Cameroun\n\nLe Front des démocrates du Wouri (FDW), un petit parti d'opposition dont M. Ndedi est proche, "
            "dénonce pour sa part un « règlement de comptes » au sein du parti au pouvoir.\n")
    assert _speaker(text, "règlement de comptes") == "Front des démocrates du Wouri"


def test_a_plural_noun_ending_like_a_second_person_verb_is_no_cue():
    text = "Bobigny\n\nLes trois juges ont affirmé lundi que près de 900 mesures attendent d'être exécutées.\n"
    claims = claims_of(text, "fr")
    assert [(c.cue, c.speaker.name) for c in claims] == [("ont affirmé", "juges")]
