"""JSON Lines input: one article per line, errors with line numbers, other lines still read."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from claims.article import Article
from claims.errors import InputError
from claims.read import ArticleDefaults, iter_articles

FIXTURES = Path(__file__).parent / "fixtures" / "read"
JSONL = FIXTURES / "articles.jsonl"


def test_good_and_bad_lines_each_give_one_result_in_order():
    results = list(iter_articles([str(JSONL)]))
    assert [type(result).__name__ for result in results] == [
        "Article", "Article", "InputError", "InputError", "InputError", "InputError", "Article",
    ]
    assert [str(result) for result in results if isinstance(result, InputError)] == [
        f"{JSONL}:4: invalid JSON: Unterminated string starting at column 10",
        f"{JSONL}:5: no text or html field",
        f"{JSONL}:6: published: not a date 'yesterday'",
        f"{JSONL}:7: not a JSON object but a list",
    ]
    assert [result.line for result in results if isinstance(result, InputError)] == [4, 5, 6, 7]


def test_text_record_fields():
    first = next(iter_articles([str(JSONL)]))
    assert first == Article(
        text="Le maire a annoncé lundi la fermeture du pont.\nIl rouvrira en mai, a-t-il précisé.",
        title="Le pont ferme",
        outlet="Le Courrier",
        url="https://example.org/pont",
        published=date(2024, 3, 4),
        language="fr",
        byline="Jean Dupont",
        path=f"{JSONL}:1",
    )


def test_html_record_is_parsed_and_record_fields_win():
    html_article = list(iter_articles([str(JSONL)]))[1]
    assert html_article.text == "Bridge closes\n\nThe mayor said on Monday the bridge would close."
    assert html_article.title == "Bridge closes"
    assert html_article.outlet == "Daily Wire Copy"
    assert html_article.language == "en"
    assert html_article.published == date(2024, 3, 4)
    assert html_article.path == f"{JSONL}:3"


def test_language_tags_are_reduced_and_defaults_fill_the_rest():
    defaults = ArticleDefaults(outlet="Fil", url=None, published=date(2024, 5, 6), language=None)
    last = list(iter_articles([str(JSONL)], defaults=defaults))[-1]
    assert (last.language, last.outlet, last.published) == ("en", "Fil", date(2024, 5, 6))


def write_lines(tmp_path, *lines: str) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def errors_of(path) -> list[str]:
    return [str(result) for result in iter_articles([str(path)]) if isinstance(result, InputError)]


def test_field_type_and_value_errors(tmp_path):
    path = write_lines(
        tmp_path,
        '{"text": 5}',
        '{"text": "  "}',
        '{"text": "Un texte.", "published": 20240101}',
        '{"text": "Un texte.", "language": "français"}',
        '{"html": "<p></p>"}',
        '{"text": "Un texte.", "published": "2024-02-30"}',
        '{"text": "Un texte.", "published": null, "url": null}',
    )
    assert errors_of(path) == [
        f"{path}:1: text: not a string but a number",
        f"{path}:2: text is empty",
        f"{path}:3: published: not a date 20240101",
        f"{path}:4: language: not a language code 'français'",
        f"{path}:5: no article text in the HTML",
        f"{path}:6: published: not a date '2024-02-30'",
    ]


def test_iso_datetime_gives_its_calendar_date(tmp_path):
    path = write_lines(tmp_path, '{"text": "Un texte.", "published": "2024-03-04T23:30:00-05:00"}')
    [article] = iter_articles([str(path)])
    assert article.published == date(2024, 3, 4)


def test_blank_lines_are_skipped_and_line_numbers_count_them(tmp_path):
    path = write_lines(tmp_path, "", "   ", '{"text": "Un texte."}', "", "{")
    results = list(iter_articles([str(path)]))
    assert results[0].path == f"{path}:3"
    assert str(results[1]) == f"{path}:5: invalid JSON: Expecting property name enclosed in double quotes at column 2"


def test_file_with_only_blank_lines_is_empty(tmp_path):
    path = write_lines(tmp_path, "", "  ")
    assert errors_of(path) == [f"{path}: empty file"]


def test_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "Premier."}\r\n{"text": "Second."}\r\n')
    assert [article.text for article in iter_articles([str(path)])] == ["Premier.", "Second."]


def test_cp1252_line_is_decoded(tmp_path):
    path = tmp_path / "cp.jsonl"
    path.write_bytes('{"text": "L’été"}\n'.encode("cp1252"))
    assert [article.text for article in iter_articles([str(path)])] == ["L’été"]


def test_jsonl_from_stdin_sniffed_by_its_brace():
    stream = io.BytesIO(b'{"text": "Premier."}\n{"text": "Second."}\n{oops\n')
    results = list(iter_articles(["-"], stdin=stream))
    assert [result.path for result in results[:2]] == ["-:1", "-:2"]
    assert str(results[2]) == "<stdin>:3: invalid JSON: Expecting property name enclosed in double quotes at column 2"


def test_format_option_forces_jsonl(tmp_path):
    path = tmp_path / "records.txt"
    path.write_text('{"text": "Un texte."}\n', encoding="utf-8")
    [article] = iter_articles([str(path)], fmt="jsonl")
    assert article.text == "Un texte."
