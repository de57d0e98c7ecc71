"""French: what someone sees in a thing, quoted ("X y voit « un signal désastreux »", "X voit dans
cette mission « la preuve … »"), and "voit" that reports nothing (sight, or a view with no quotation)."""

from __future__ import annotations

from extract_support import claims_of


def test_a_quoted_view_of_a_thing_is_a_mixed_claim_of_its_subject():
    for text, speaker, content in (
        ("Le comédien Pierre Dumoulin, qui a joué sur cette scène, y voit « un signal désastreux pour toute la "
         "création bruxelloise ».", "Pierre Dumoulin", "« un signal désastreux pour toute la création bruxelloise »"),
        ("Le Centre national d'études spatiales, qui a financé l'un des instruments, voit dans cette mission "
         "« la preuve qu'un petit satellite peut fournir des mesures de qualité ».", "Centre national d'études spatiales",
         "« la preuve qu'un petit satellite peut fournir des mesures de qualité »"),
        ("Michèle Darrigade, présidente du groupe d'opposition, y voit au contraire « une mise sous tutelle des "
         "petites communes ».", "Michèle Darrigade", "« une mise sous tutelle des petites communes »"),
        ("Sa présidente, Cécile Dargent, y voit une « double peine » pour les pisciculteurs.", "Cécile Dargent",
         "une « double peine » pour les pisciculteurs"),
    ):
        assert [(c.kind, c.speaker.name, c.content) for c in claims_of(text)] == [("mixed", speaker, content)], text


def test_voit_as_sight_or_with_no_quotation_reports_nothing():
    for text in ("L'opposition, elle, y voit une manœuvre électoraliste à l'approche des municipales.",
                 "On y voit une pensionnaire de 89 ans, secouée lors de sa toilette.",
                 "Le maire voit « Les Misérables » au théâtre municipal samedi.",
                 "Depuis la digue, on voit dans la baie des dizaines de voiliers."):
        assert [c.kind for c in claims_of(text)] in ([], ["assertion"]), text
