"""French rules found on the copies studied in session 98. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n12 mars 2012. - Rien de neuf.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_jurist_of_a_university_then_his_name():
    text = _article("Le statut permet de saisir la Cour pénale internationale, a souligné un juriste de l'université "
                    "An-Najah, Samir Khalidi.")
    assert _speaker(text, "Cour pénale internationale") == "Samir Khalidi"


def test_a_gerund_after_an_indefinite_inverted_subject_and_its_relative_clause():
    text = _article("L'incendie était maîtrisé dimanche soir, a indiqué lundi un porte-parole de la compagnie "
                    "pétrolière, qui exploite le site, ajoutant que la production reprendrait « dans deux jours ».")
    assert _speaker(text, "la production reprendrait") == "porte-parole de la compagnie pétrolière"


def test_a_quotation_right_after_its_verb_then_an_outlet_that_reports_it():
    text = _article("À Naplouse, un porte-parole du comité, Walid Haddad, a salué « une journée historique », rapporte "
                    "la chaîne Al-Mayadeen.")
    assert _speaker(text, "journée historique") == "Walid Haddad"


def test_a_judgement_with_its_quoted_attribute_then_an_outlet_that_reports_it():
    text = _article("Le maire, Paul Verdier, a jugé la réforme « bâclée », rapporte Le Progrès.")
    assert _speaker(text, "bâclée") == "Paul Verdier"


def test_a_clause_then_an_outlet_that_reports_it_stays_the_speakers():
    text = _article("La direction a jugé que la route était « signalée », rapporte L'Équipe.")
    assert _speaker(text, "signalée") == "direction"
    assert len(claims_of(text, "fr")) == 1


def test_a_newspaper_title_with_an_elided_link_then_the_person():
    text = _article("« Les truites meurent par centaines », a affirmé au quotidien L'Écho d'Armagnac Rémi Baylac, "
                    "président de l'association Gers vivant.")
    assert _speaker(text, "truites meurent") == "Rémi Baylac"


def test_a_decree_and_the_day_it_was_taken():
    text = _article("La pêche a été suspendue. Cette interdiction sera réexaminée lundi, précise l'arrêté municipal pris "
                    "mardi, consulté par le quotidien La Voix du Lot.")
    assert _speaker(text, "réexaminée lundi") == "arrêté municipal"


def test_a_source_closing_its_clause_before_a_semicolon():
    text = _article("Près de 40 % des agents ont suivi la grève, selon l'intersyndicale ; la direction a fait état de "
                    "15 % de grévistes.")
    assert _speaker(text, "ont suivi la grève") == "intersyndicale"


def test_a_share_of_a_number_after_dont_is_no_relative_clause():
    text = _article("Le plan prévoit 2 400 logements, dont 800 logements sociaux, a précisé la communauté d'agglomération.")
    assert _speaker(text, "2 400 logements") == "communauté d'agglomération"


def test_a_plan_hailed_with_a_quoted_relative_clause():
    text = _article("Son président, Yves Le Bihan, a salué un plan « qui va dans le bon sens ».")
    assert _speaker(text, "bon sens") == "Yves Le Bihan"


def test_a_subject_and_its_apposition_then_a_reflexive_verb_is_a_statement():
    text = _article("Le solde, négatif pour la première fois depuis 2005, s'explique par la fermeture de quarante classes, "
                    "a indiqué l'inspecteur d'académie, Marc Delorme.")
    assert _speaker(text, "fermeture de quarante classes") == "Marc Delorme"


def test_a_source_and_its_apposition_then_the_town():
    text = _article("Le prix du kilo de lavande a baissé d'un tiers en deux ans, selon Joël Fabre, directeur de la "
                    "coopérative des Baronnies, à Nyons.")
    assert _speaker(text, "prix du kilo") == "Joël Fabre"
