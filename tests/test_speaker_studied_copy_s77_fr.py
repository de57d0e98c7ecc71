"""French rules found on the copies studied in session 77. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _claim(text: str, words: str):
    return next(c for c in claims_of(text, "fr") if words in c.content)


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_person_named_right_after_a_medium_given_by_its_kind_alone():
    text = ("Loyers\n\nLe conseil d'administration a voté la hausse, rapporte le quotidien L'Écho du Val. « On nous fait payer "
            "vingt ans de retard », a déclaré au quotidien Karim Ouazzani, l'un des administrateurs élus par les locataires.\n")
    assert _speaker(text, "vingt ans de retard") == "Karim Ouazzani"


def test_a_medium_and_a_title_then_a_person_keep_their_reading():
    text = ("Loyers\n\n« On nous fait payer vingt ans de retard », a déclaré au quotidien Libération Karim Ouazzani, "
            "l'un des administrateurs.\n")
    assert _speaker(text, "vingt ans de retard") == "Karim Ouazzani"


def test_an_inverted_subject_after_in_a_press_release():
    text = ("Avalanche\n\nL'un des deux skieurs a été retrouvé sans vie, a annoncé mercredi dans un communiqué la police "
            "cantonale, qui a appelé les randonneurs à la prudence.\n")
    assert _speaker(text, "retrouvé sans vie") == "police cantonale"


def test_a_quote_after_a_colon_closing_a_place_is_the_earlier_speakers():
    text = ("Incendies\n\nÀ Diouloulou, une apicultrice, Awa Diatta, a raconté avoir vu le feu « arriver en quelques "
            "minutes » sur les ruches de sa coopérative : « On n'a rien pu sauver. Il faudra trois ans pour tout refaire. »\n")
    assert _speaker(text, "rien pu sauver") == "Awa Diatta"


def test_a_long_inverted_body_then_selon_laquelle_speaks_twice():
    text = ("Abeilles\n\nDes échantillons de cire ont été prélevés dans douze ruchers, a indiqué la direction départementale "
            "de la protection des populations (DDPP) du Lot, selon laquelle les résultats ne seront pas connus avant la fin "
            "du mois.\n")
    body = "direction départementale de la protection des populations du Lot"
    assert _speaker(text, "prélevés dans douze ruchers") == body
    assert _speaker(text, "résultats ne seront pas connus") == body


def test_a_que_clause_then_a_colon_and_a_quotation_are_two_claims():
    text = ("Lycée\n\nUn élève de terminale a raconté qu'il passait déjà quarante minutes dans le car chaque matin : "
            "« Si la filière disparaît, mes frères devront partir en internat. »\n")
    clause = _claim(text, "quarante minutes")
    quote = _claim(text, "filière disparaît")
    assert (clause.kind, clause.content) == ("indirect", "il passait déjà quarante minutes dans le car chaque matin")
    assert quote.kind == "direct"
    assert clause.speaker.name == quote.speaker.name == "élève de terminale"


def test_a_companys_name_does_not_run_on_past_its_verb_in_the_headline():
    text = ("France : la compagnie Aviantis quittera l'aéroport de Tours à l'automne\n\n"
            "14 mars 2012. - La compagnie à bas coûts Aviantis cessera de desservir l'aéroport de Tours. La compagnie "
            "assure qu'elle « reste attachée au marché français ».\n")
    assert _speaker(text, "reste attachée") == "Aviantis"


def test_a_participle_qualifying_the_object_is_no_reporting_verb():
    text = ("Aéroport\n\nLe président de l'association des commerçants, Ismaël Koné, a salué « une excellente nouvelle », "
            "mais a jugé le tarif annoncé, 85 000 francs CFA l'aller simple, « hors de portée » de la plupart des "
            "commerçants.\n")
    claim = _claim(text, "hors de portée")
    assert claim.speaker.name == "Ismaël Koné"
    assert claim.content.startswith("le tarif annoncé")


def test_a_participle_with_its_agent_still_gives_the_agent():
    text = "Budget\n\nLe projet critiqué par le maire, Paul Deniau : « Il coûtera deux fois trop cher aux habitants. »\n"
    assert _speaker(text, "deux fois trop cher") == "Paul Deniau"


def test_he_after_a_sentence_opening_on_a_day_and_its_part():
    text = ("Procès\n\nL'un des deux cadres de la banque a affirmé qu'il avait « obéi aux ordres ». Dimanche en fin de "
            "journée, le procureur de la République a requis dix ans de prison. Dans son réquisitoire, il a affirmé que "
            "les factures révélaient « un système organisé ».\n")
    assert _speaker(text, "système organisé") == "procureur de la République"


def test_a_relative_clauses_que_after_an_inverted_subject_is_its_own():
    text = ("Tennis\n\nL'Omnium a terminé l'édition 2011 avec un déficit de 40 000 dollars, a reconnu son directeur, Michel "
            "Gauthier, qui a assuré que la Ville avait \"confirmé son appui\" pour 2013.\n")
    assert _speaker(text, "confirmé son appui") == "Michel Gauthier"
    assert _speaker(text, "déficit de 40 000 dollars") == "Michel Gauthier"


def test_a_body_of_members_takes_the_place_the_article_writes_after_it():
    text = ("Discipline\n\n18 avril 2012. - Le conseil de discipline de l'Ordre des ingénieurs du Québec a radié un ingénieur. "
            "Dans sa décision, le conseil conclut que l'ingénieur a fait preuve de négligence. L'Ordre des ingénieurs a "
            "rappelé mardi que ses membres doivent refuser tout mandat.\n")
    assert _speaker(text, "fait preuve de négligence") == "conseil de discipline de l'Ordre des ingénieurs du Québec"
    assert _speaker(text, "refuser tout mandat") == "Ordre des ingénieurs du Québec"


def test_the_opponent_is_the_one_the_contest_names():
    text = ("Tennis\n\n30 juillet 2012. - La Québécoise Julie Tremblay a remporté dimanche le tournoi en battant en finale "
            "l'Américaine Kelsey Dunn 6-4, 3-6, 6-2. Son adversaire a reconnu que la Québécoise avait \"mieux servi\".\n")
    assert _speaker(text, "mieux servi") == "Kelsey Dunn"


def test_an_ngo_named_by_its_kind_in_words_keeps_its_and():
    text = ("Togo : les maraîchers manifestent contre leur expulsion\n\n12 juin 2012. - Des maraîchers ont manifesté lundi à "
            "Lomé. L'organisation non gouvernementale Terre et Avenir Togo estime que le tracé de la route pourrait être "
            "déplacé.\n")
    assert _speaker(text, "tracé de la route") == "Terre et Avenir Togo"
    assert not [c for c in claims_of(text, "fr") if c.content.startswith("les maraîchers manifestent")]


def test_a_medium_that_comes_out_three_times_a_week_then_its_title_with_de_l():
    text = ("Grève\n\n« Si la grève dure encore deux semaines, on ne voit pas comment finir », a confié au trihebdomadaire "
            "L'Écho de l'Adamaoua un étudiant en troisième année de géographie.\n")
    assert _speaker(text, "Si la grève dure") == "étudiant en troisième année de géographie"


def test_people_in_a_complement_before_qui_affirment():
    text = ("Port\n\nLa décision fait suite à une semaine de manifestations de pêcheurs artisanaux, qui affirment que la "
            "nouvelle digue les prive de leur principal lieu d'échouage.\n")
    assert _speaker(text, "nouvelle digue") == "pêcheurs artisanaux"


def test_the_management_of_the_establishment_is_the_hospital_the_article_is_about():
    text = ("Maternité\n\n7 juin 2012. - La maternité du Centre hospitalier de l'Eau Noire, à Couvin, cessera toute activité "
            "le 30 septembre, a annoncé mercredi la direction de l'établissement. Les patientes seront orientées vers le "
            "centre hospitalier de Dinant.\n\nLa maternité a réalisé 290 accouchements en 2011, selon la direction de "
            "l'hôpital.\n")
    assert _speaker(text, "cessera toute activité") == "Centre hospitalier de l'Eau Noire"
    assert _speaker(text, "290 accouchements") == "Centre hospitalier de l'Eau Noire"


def test_its_management_after_a_body_opening_the_sentence_with_a_future():
    text = ("Dialyse\n\nLe réseau hospitalier Hainaut Santé fermera le 31 mars l'unité de dialyse de son site de Chimay, a "
            "confirmé mardi sa direction.\n")
    assert _speaker(text, "unité de dialyse") == "Hainaut Santé"
