"""French rules found on the copies studied in session 97. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n12 mars 2012. - Rien de neuf.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_an_anonymous_source_is_not_described_by_the_words_it_says():
    text = _article("Un banquier installé à Genève a estimé que rien n'était « réglé ». « Ce n'est pas "
                    "l'argent qui manque. C'est la confiance qui fait défaut », a-t-il déclaré sous couvert d'anonymat.")
    first, second = claims_of(text, "fr")
    assert second.speaker.name == first.speaker.name == "banquier installé à Genève"


def test_a_role_and_its_complement_then_the_name_after_pour():
    text = _article("Pour son président, le guide de haute montagne Paul Vernet-Rivaz, le recul du glacier est "
                    "désormais visible « d'une année à l'autre ».")
    assert _speaker(text, "le recul du glacier") == "Paul Vernet-Rivaz"


def test_one_of_a_group_named_in_apposition_speaks_as_that_body():
    text = _article("Les autorités slovaques attribuent la baisse à des groupes hostiles aux vaccins. L'un d'eux, "
                    "l'association Choix des Familles, a rejeté toute responsabilité et affirmé dans un communiqué que « les "
                    "familles ont le droit de choisir ».")
    assert _speaker(text, "les familles ont le droit") == "Choix des Familles"


def test_a_bracketed_short_form_of_a_translated_name_speaks_as_the_long_form():
    text = _article("La Force multinationale d'intervention conjointe (MNJTF) a suspendu ses patrouilles. Selon la MNJTF, "
                    "40 civils ont été tués depuis janvier.")
    assert _speaker(text, "40 civils ont été tués") == "Force multinationale d'intervention conjointe"


def test_a_short_form_alone_is_the_institute_not_its_unit_named_with_a_place():
    text = _article("Le blé résiste mieux à la sécheresse, a annoncé mardi l'Institut national de la recherche "
                    "agronomique (Inra). Les chercheurs de l'unité Inra de Colmar ont suivi 300 parcelles. Selon "
                    "l'Inra, la récolte pourrait baisser de 10 %.")
    assert _speaker(text, "la récolte pourrait baisser") == "Institut national de la recherche agronomique"


def test_a_role_of_a_short_form_takes_the_article_of_the_long_name_its_bracket_interrupts():
    text = _article("La station ne figure pas parmi celles retenues par le Conseil régional de l'audiovisuel (CRA) de la "
                    "province de Namur. Le CRA a défendu sa décision. « Toutes les candidatures ont été évaluées de la même "
                    "façon », a expliqué sa porte-parole à l'agence Belga, ajoutant que les radios écartées pouvaient faire "
                    "appel.")
    expected = "porte-parole du Conseil régional de l'audiovisuel"
    assert _speaker(text, "Toutes les candidatures") == expected
    assert _speaker(text, "les radios écartées") == expected


def test_a_possessive_object_of_the_verb_is_no_inverted_subject():
    text = _article("Son avocat, Me Paul Mercier, a annoncé son intention de faire appel, estimant que la condamnation "
                    "reposait « sur un seul témoignage ».")
    assert _speaker(text, "la condamnation reposait") == "Paul Mercier"


def test_a_rank_after_the_comma_of_an_apposition_opens_the_name():
    text = _article("« La houle a créé des courants très violents », a expliqué au quotidien Sud Ouest le chef des "
                    "sauveteurs CRS de Mimizan, l'adjudant-chef Rémi Darrigade.")
    assert _speaker(text, "La houle a créé") == "Rémi Darrigade"


def test_the_principal_defendant_is_a_noun_no_warning():
    text = _article("L'avocat du principal prévenu, Me Alain Fouché, a plaidé la relaxe en affirmant qu'« aucun témoin » "
                    "ne plaçait son client sur les lieux.")
    claim = next(c for c in claims_of(text, "fr") if "aucun témoin" in c.content)
    assert (claim.content, claim.speaker.name) == ("« aucun témoin » ne plaçait son client sur les lieux", "Alain Fouché")


def test_an_owned_event_is_nobody_a_pronoun_stands_for():
    text = _article("Hugo Lemaire a été éliminé en demi-finale. « Je suis déçu », a confié le nageur de 22 ans, qui "
                    "disputait ses premiers Jeux. Il a ajouté qu'il avait « déjà revu la course dix fois ».")
    assert _speaker(text, "déjà revu la course") == "Hugo Lemaire"


def test_pour_lequel_is_no_source():
    text = _article("Le tournoi par équipes, pour lequel la Belgique n'est pas qualifiée, débute samedi à Lyon.")
    assert claims_of(text, "fr") == []


def test_a_second_act_of_the_subject_before_selon_is_no_claim_of_the_source():
    text = _article("Le président de la fédération, Marc Aubry, a jugé la décision « définitive » et appelé à « tourner "
                    "la page », selon l'agence Belga.")
    assert [(c.content, c.speaker.name) for c in claims_of(text, "fr")] == [("la décision « définitive »", "Marc Aubry")]


def test_le_conseil_is_the_council_named_before():
    text = _article("Le cabinet de la ministre a expliqué que la décision reposait sur l'avis du Conseil de la danse, une "
                    "instance consultative. Dans cet avis, le conseil juge le projet de la compagnie « essoufflé ».")
    assert _speaker(text, "le projet de la compagnie") == "Conseil de la danse"
