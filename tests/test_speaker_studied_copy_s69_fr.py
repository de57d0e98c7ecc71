"""French rules found on the copy studied in session 69 (sets own/fr-blind210 and own/fr-blind212).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_prevenir_inverted_after_the_statement_is_singular():
    text = "Le festival de bande dessinée pourrait disparaître en 2013, prévient son directeur.\n"
    assert speaker_of(text, "pourrait disparaître", "fr") == "le directeur du festival"


def test_a_plural_verb_before_a_singular_noun_phrase_still_takes_its_object():
    text = "Les marges, et non la fiscalité, expliquaient l'essentiel de l'écart entre les deux pays.\n"
    assert [c for c in claims_of(text) if c.kind != "assertion"] == []


def test_a_definite_role_head_before_a_bare_role_apposition_speaks():
    text = ("« On a passé la nuit à écoper », a raconté dimanche Paul Vuilleumier à l'arrivée. Le skipper de 41 ans, "
            "ingénieur dans une entreprise de Bienne, a estimé que son équipage avait fait la différence.\n\n"
            "Son rival, Marc Perrenoud, a déposé une réclamation. « Nous avons les traces GPS », a-t-il dit.\n")
    assert speaker_of(text, "son équipage", "fr") == "Paul Vuilleumier"


def test_the_company_a_headline_names_by_its_noun_is_the_one_the_lede_introduces_so():
    text = ("États-Unis : le courant ne sera pas rétabli avant dix jours, prévient un fournisseur\n\n"
            "1er novembre 2012. - Des milliers de foyers restaient privés d'électricité jeudi. Le principal fournisseur de "
            "la côte, Coastal Grid Power, a prévenu mercredi que le courant ne serait pas rétabli avant dix jours.\n")
    assert [c.speaker.name for c in claims_of(text) if c.kind != "assertion"] == ["Coastal Grid Power"] * 2


def test_an_epithet_is_the_person_tied_to_that_role_not_the_last_one_named():
    text = ("Le coureur belge Luc Vermeersch, 27 ans, a été contrôlé positif, a annoncé jeudi la fédération.\n\n"
            "« Nous sommes abasourdis », a déclaré le directeur sportif de l'équipe, Marc Dewaele. Il a indiqué que "
            "l'équipe avait écarté son coureur.\n\n"
            "Joint par Le Soir, le coureur a démenti tout dopage : « Je n'ai jamais pris d'EPO de ma vie. »\n")
    assert speaker_of(text, "jamais pris", "fr") == "Luc Vermeersch"


def test_elle_is_the_body_a_feminine_article_and_a_name_open_the_sentence_before_on():
    text = ("« L'eau devient rouge », a déclaré le porte-parole des manifestants, Alphonse Wénisso.\n\n"
            "La Somimac conteste toute pollution. Dans un communiqué, elle assure que les analyses « respectent les "
            "normes ».\n")
    assert speaker_of(text, "analyses", "fr") == "Somimac"


def test_a_title_after_the_article_is_no_body_opening_the_sentence():
    text = ("Le ministre de la Justice, Paul Ouédraogo, a visité la prison samedi.\n\n"
            "Le Garde des Sceaux a annoncé un nouveau quartier. Il a également indiqué que 60 % des détenus attendent "
            "leur jugement.\n")
    assert speaker_of(text, "60 %", "fr") != "Garde"
