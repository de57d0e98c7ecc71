"""French rules found on the copy studied in session 62 (set own/fr-blind195). Sentences and names invented
for these tests."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from extract_support import speaker_of


def test_a_nationality_after_pour_le_is_no_part_of_the_name():
    text = "Pour l'équipe, c'est réglé. Pour le Savoyard Julien Marcoux, « la course est jouée ».\n"
    assert speaker_of(text, "la course est jouée", "fr") == "Julien Marcoux"


def test_an_inverted_verb_closing_the_sentence_reports_what_the_analyses_revealed():
    text = ("Les prélèvements effectués dans la laverie Bonnot ont révélé une concentration de nitrates « 40 fois "
            "supérieure » au seuil réglementaire, a indiqué mercredi la préfecture de l'Orne.\n")
    claims = [c for c in extract(Article(text, language="fr")).claims if c.kind != "assertion"]
    assert [(c.kind, c.speaker.name, c.content[:28]) for c in claims] == \
        [("mixed", "préfecture de l'Orne", "Les prélèvements effectués d")]


def test_a_participle_after_selon_s_noun_does_not_hide_the_claim():
    text = ("Les cambrioleurs sont entrés par une fenêtre du rez-de-chaussée, selon les premiers éléments de "
            "l'enquête, confiée à la brigade de recherches de Vesoul.\n")
    assert speaker_of(text, "sont entrés par une fenêtre", "fr") == "premiers éléments de l'enquête"
