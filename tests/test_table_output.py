"""Terminal tables: aligned columns, the wide column wraps, the others clip."""

from __future__ import annotations

import io

from claims.cli.output import print_table
from claims.cli.table import cell_width, clip, render_table, wrap


def test_wide_characters_take_two_columns_and_combining_marks_none():
    assert cell_width("Peskov") == 6
    assert cell_width("金正恩") == 6
    assert cell_width("e\u0301te\u0301") == 3


def test_clip_ends_with_an_ellipsis_only_when_text_was_cut():
    assert clip("Dmitry Peskov", 20) == "Dmitry Peskov"
    assert clip("Dmitry Peskov", 8) == "Dmitry …"
    assert clip("金正恩委員長", 7) == "金正恩…"


def test_wrap_breaks_at_spaces_and_splits_words_longer_than_the_line():
    assert wrap("le président russe a accepté", 12) == ["le président", "russe a", "accepté"]
    assert wrap("https://example.org/very/long/path ok", 10) == ["https://ex", "ample.org/", "very/long/", "path ok"]
    assert wrap("first paragraph\nsecond", 40) == ["first paragraph", "second"]


def test_table_aligns_columns_wraps_the_wide_one_and_clips_the_others():
    text = render_table(
        ("id", "speaker", "claim"),
        [("1", "Le porte-parole du Kremlin, Dmitri Peskov", "Le sommet entre les dirigeants était utile"),
         ("22", "Kim", "Oui")],
        wide="claim",
        width=54,
    )
    assert text.splitlines() == [
        "id  speaker                       claim",
        "──  ────────────────────────────  ────────────────────",
        "1   Le porte-parole du Kremlin,…  Le sommet entre les",
        "                                  dirigeants était",
        "                                  utile",
        "22  Kim                           Oui",
    ]


def test_narrow_cells_keep_their_line_breaks_and_clip_each_line():
    text = render_table(("a", "claim"), [("two  words\n" + "x" * 40, "y")], wide="claim", width=60)
    assert text.splitlines()[2:] == ["two words                     y", "x" * 27 + "…"]


def test_print_table_to_a_file_is_at_least_140_columns_wide_and_shows_no_markup():
    stream = io.StringIO()
    print_table(("id", "claim"), [(1, "[bold]not markup[/bold] " + "word " * 40)], file=stream)
    lines = stream.getvalue().splitlines()
    assert lines[2].startswith("1   [bold]not markup[/bold] word")
    assert max(len(line) for line in lines) <= 140
    assert max(len(line) for line in lines) > 120
