"""French rules found on the copies studied in session 86. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_the_collective_two_paragraphs_on_is_the_collective_the_article_named_not_a_nearer_word():
    text = ("Titre\n\n3 mai 2013. - Le porte-parole du Collectif des infirmiers des hôpitaux d'État, Paul Mbarga, a affirmé "
            "mardi que la grève était suivie.\n\nLe ministère de la Santé a qualifié la grève d'« illégale ».\n\nLe Gabon "
            "compte six hôpitaux d'État, qui emploient 9 000 infirmiers. Selon le collectif, un poste sur cinq est vacant.\n")
    assert _speaker(text, "un poste sur cinq") == "Collectif des infirmiers des hôpitaux d'État"


def test_a_united_nations_operation_is_a_body_with_its_whole_name():
    text = ("Titre\n\nL'Opération des Nations unies au Soudan du Sud (Onuss) a salué dans un communiqué « le calme » "
            "du scrutin.\n")
    assert _speaker(text, "le calme") == "Opération des Nations unies au Soudan du Sud"


def test_the_high_court_is_the_court_the_article_named_the_conseil_detat_among_them():
    text = ("Titre\n\n14 février 2013. - Le Conseil d'État a annulé mercredi le permis de construire d'un parc éolien. "
            "Dans sa décision, la haute juridiction relève que les éoliennes « seraient visibles » depuis le cloître.\n")
    assert _speaker(text, "seraient visibles") == "Conseil d'État"


def test_who_obtained_a_copy_of_the_ruling_is_not_the_court_speaking():
    text = ("Titre\n\n29 mai 2013. - La Cour suprême a annulé une loi sur la grève. Dans sa décision, rendue mardi et dont "
            "l'AFP a obtenu une copie, la juridiction estime que « le droit de grève est un droit fondamental ».\n")
    assert _speaker(text, "droit fondamental") == "Cour suprême"


def test_the_management_again_in_the_next_sentence_is_the_body_it_managed_not_a_company_named_by_its_kind():
    text = ("Titre\n\n6 février 2013. - Le port a confié son terminal à la société Atlantic Box Terminal (ABT).\n\n"
            "La direction du Port autonome de Conakry a assuré dans un communiqué qu'« aucun docker ne perdra son emploi ». "
            "Selon la direction, l'investissement d'ABT doit doubler la capacité du terminal.\n")
    assert _speaker(text, "doit doubler la capacité") == "Port autonome de Conakry"


def test_where_the_body_is_between_the_role_and_the_name_leaves_the_person_speaking():
    text = ("Titre\n\nLe directeur de l'école Les Marmottes, à Verbier, Luc Favre, a rejeté toute entente, assurant que les "
            "tarifs suivaient « les recommandations » de l'association. « Nous suivons un barème commun », a-t-il déclaré.\n")
    assert _speaker(text, "les tarifs suivaient") == "Luc Favre"
    assert _speaker(text, "barème commun") == "Luc Favre"


def test_a_ministrys_directorate_keeps_its_name_with_direction():
    text = ("Titre\n\n17 janvier 2013. - Deux masques ont été volés au musée de Porto-Novo, a annoncé mercredi la direction "
            "des Arts et du Patrimoine du ministère de la Culture.\n")
    assert _speaker(text, "Deux masques") == "direction des Arts et du Patrimoine du ministère de la Culture"


def test_the_station_named_between_the_verb_and_que_leaves_the_statement_whole():
    text = ("Titre\n\nLe porte-parole du ministère de l'Élevage a assuré jeudi sur les ondes de la radio privée Sud FM que "
            "les premières distributions commenceraient « dès la fin du mois ».\n")
    claim = next(c for c in claims_of(text, "fr") if "premières distributions" in c.content)
    assert claim.content.startswith("les premières distributions")
    assert claim.speaker.name == "porte-parole du ministère de l'Élevage"


def test_a_quotation_interrupted_by_its_attribution_is_one_claim_with_narrow_no_break_spaces_too():
    text = ("Titre\n\nÀ Bulle, on redoute une baisse du prix du lait. «\u202fSi le prix descend encore, des fermes fermeront "
            "d'ici deux ans\u202f», a averti Marc Overney, producteur de lait à Charmey. «\u202fLes jeunes ne veulent plus "
            "reprendre.\u202f»\n")
    claims = [c for c in claims_of(text, "fr") if c.kind == "direct"]
    assert len(claims) == 1
    assert "Les jeunes ne veulent plus" in claims[0].content and claims[0].speaker.name == "Marc Overney"


def test_a_plan_judged_with_a_short_quoted_verdict_is_a_claim_from_the_thing_judged():
    text = ("Titre\n\nLe gouvernement a annoncé la semaine dernière un plan d'urgence.\n\nL'ONG Terres du Sahel juge pour sa part "
            "ce plan « insuffisant et tardif ».\n")
    claim = next(c for c in claims_of(text, "fr") if "insuffisant" in c.content)
    assert (claim.content, claim.speaker.name) == ("ce plan « insuffisant et tardif »", "Terres du Sahel")


def test_a_plan_named_in_guillemets_without_a_verb_of_judgement_is_still_no_claim():
    text = ("Titre\n\nLe gouvernement a annoncé un plan.\n\nL'association Terres du Sahel soutient pour sa part le plan "
            "« zéro déchet dans les villages ».\n")
    assert not [c for c in claims_of(text, "fr") if "zéro déchet" in c.content]


def test_its_spokesperson_after_the_body_opening_the_same_sentence_is_that_bodys():
    text = ("Titre\n\n10 janvier 2013. - La Commission de la concurrence (Comco) a ouvert une enquête sur les tarifs des "
            "guides de montagne, a annoncé mercredi son porte-parole.\n")
    assert _speaker(text, "a ouvert une enquête") == "porte-parole de la Commission de la concurrence"


def test_narrow_no_break_spaces_read_as_no_break_spaces_and_contents_keep_the_articles_own_characters():
    def claims_with(space: str):
        text = (f"Titre\n\nPour l'économiste Karim Haddad, le problème est structurel{space}: «{space}Tant que les pertes "
                f"dépasseront 35{space}%, chaque cargaison ne fera que repousser la prochaine coupure.{space}»\n")
        return [(c.kind, c.content.replace(space, " "), c.speaker.name if c.speaker else None)
                for c in claims_of(text, "fr")], claims_of(text, "fr")
    plain, _ = claims_with("\u00a0")
    narrow, raw = claims_with("\u202f")
    assert narrow == plain
    assert any("\u202f" in c.content for c in raw)  # (the article's own characters, not the rules' reading of them)


def test_a_ministry_by_its_seat_reads_the_same_with_a_typographic_apostrophe():
    for apostrophe in ("'", "’"):
        text = (f"Titre\n\nLe Quai d{apostrophe}Orsay ferme vendredi ses ambassades dans vingt pays. « Nous ne voulons prendre "
                f"aucun risque », a expliqué jeudi le porte-parole adjoint du Quai d{apostrophe}Orsay lors du point de presse.\n")
        assert _speaker(text, "aucun risque") == f"porte-parole adjoint du Quai d{apostrophe}Orsay"
