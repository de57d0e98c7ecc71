"""Hostile and broken inputs: one clear error each, good inputs still read, memory bounded."""

from __future__ import annotations

import io
import subprocess
import sys
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.article import Article
from claims.errors import InputError
from claims.read import MAX_ARTICLE_BYTES, iter_articles
from claims.read.html import read_page

DEEP = 100_000


def outcome(results) -> list[str]:
    return [result.path if isinstance(result, Article) else f"ERROR {result}" for result in results]


@pytest.fixture
def hostile(tmp_path):
    files = {
        "01-good.txt": "Le préfet a annoncé la réouverture du port.".encode(),
        "02-empty.txt": b"",
        "03-blank.md": b"  \n\t\r\n",
        "04-binary.txt": bytes(range(256)) * 40,
        "05-cp1252.txt": "« Nous réouvrirons », a-t-il déclaré.".encode("cp1252"),
        "06-scripts.html": (
            "<html><head><script>" + "var x = '<p>script</p>';" * 2000 + "</script>"
            "<style>" + "p { color: red }" * 2000 + "</style></head>"
            "<body><script>document.write('<p>x</p>')</script><p>Le texte réel.</p>"
            "<script src='a.js'></script></body></html>"
        ).encode(),
        "07-deep.html": ("<html><body>" + "<div>" * DEEP + "<p>Au fond.</p>" + "</div>" * DEEP + "</body></html>").encode(),
        "08-bad.jsonl": b'{"text": "Bon."}\n{"text": \n\n{"text": "Encore bon."}\n{"html": 3}\n',
        "09-good.html": "<h1>Titre</h1><p>Un paragraphe.</p>".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with open(tmp_path / "10-huge.txt", "wb") as stream:
        stream.truncate(20 * 1024 * 1024)  # sparse: 20 MB without writing them
    (tmp_path / "11-loop").symlink_to(tmp_path, target_is_directory=True)
    return tmp_path


def test_each_bad_input_gives_one_clear_error_and_good_ones_are_read(hostile):
    missing = hostile / "12-missing.txt"
    results = outcome(iter_articles([str(hostile), str(missing)]))
    assert results == [
        f"{hostile}/01-good.txt",
        f"ERROR {hostile}/02-empty.txt: empty file",
        f"ERROR {hostile}/03-blank.md: empty file",
        f"ERROR {hostile}/04-binary.txt: binary file, not text",
        f"{hostile}/05-cp1252.txt",
        f"{hostile}/06-scripts.html",
        f"{hostile}/07-deep.html",
        f"{hostile}/08-bad.jsonl:1",
        f"ERROR {hostile}/08-bad.jsonl:2: invalid JSON: Expecting value at column 9",
        f"{hostile}/08-bad.jsonl:4",
        f"ERROR {hostile}/08-bad.jsonl:5: html: not a string but a number",
        f"{hostile}/09-good.html",
        f"ERROR {hostile}/10-huge.txt: file is 20.0 MB; the limit for one article is 5 MB",
        f"ERROR {hostile}/11-loop: symbolic link loop",
        f"ERROR {missing}: no such file or directory",
    ]


def test_decoded_and_parsed_texts_of_hostile_mix(hostile):
    texts = {result.path.rsplit("/", 1)[-1]: result.text for result in iter_articles([str(hostile)]) if isinstance(result, Article)}
    assert texts["05-cp1252.txt"] == "« Nous réouvrirons », a-t-il déclaré."
    assert texts["06-scripts.html"] == "Le texte réel."
    assert texts["07-deep.html"] == "Au fond."


def test_oversized_file_is_refused_before_it_is_read(hostile):
    tracemalloc.start()
    try:
        [error] = iter_articles([str(hostile / "10-huge.txt")])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(error, InputError)
    assert peak < 1024 * 1024


def test_deep_nesting_parses_in_bounded_memory(hostile):
    # In a fresh process, so that the peak resident size is this read's. VmHWM, not
    # ru_maxrss: Linux carries ru_maxrss over from the forking parent (pytest) across exec.
    script = (
        "import sys\n"
        "from claims.read import iter_articles\n"
        "[article] = iter_articles([sys.argv[1]])\n"
        "assert article.text == 'Au fond.', article\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(hostile / "07-deep.html")], capture_output=True, text=True, check=True
    )
    peak_kib = int(done.stdout)
    # The page is 1.1 MB; the interpreter and imports take about 20 MB.
    assert peak_kib < 100 * 1024


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("div", "Avant.\n\nFin."),
        ("p", "Avant.\n\nFin."),
        ("figure", "Avant."),  # caption text
        ("nav", "Avant."),
        ("article", "Fin."),  # the article's text only
        ("a", "Avant."),  # a block made of link text
        ("span class='credit'", "Avant."),
        ("section class='byline'", "Avant."),
    ],
)
def test_unclosed_deep_nesting_of_every_kind_of_element(tag, expected):
    markup = "<p>Avant.</p>" + f"<{tag}>" * 20_000 + "Fin."
    assert read_page(markup).text == expected


def test_oversized_stdin_is_refused():
    stream = io.BytesIO(b"a" * (MAX_ARTICLE_BYTES + 10))
    assert outcome(iter_articles(["-"], stdin=stream)) == ["ERROR <stdin>: input is over 5 MB; the limit for one article is 5 MB"]


def test_oversized_jsonl_line_is_refused_and_the_next_line_read(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as stream:
        stream.write(b'{"text": "' + b"a" * (6 * 1024 * 1024) + b'"}\n{"text": "Suite."}\n')
    assert outcome(iter_articles([str(path)])) == [
        f"ERROR {path}:1: line is 6.0 MB; the limit for one article is 5 MB",
        f"{path}:2",
    ]


def test_binary_jsonl_file_is_one_error(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 50)
    assert outcome(iter_articles([str(path)])) == [f"ERROR {path}: binary file, not text"]


def test_deeply_nested_json_is_a_line_error(tmp_path):
    path = tmp_path / "nested.jsonl"
    path.write_text("[" * 200_000 + "]" * 200_000 + '\n{"text": "Ok."}\n', encoding="utf-8")
    assert outcome(iter_articles([str(path)])) == [
        f"ERROR {path}:1: invalid JSON: nested too deeply",
        f"{path}:2",
    ]


def test_invalid_utf16_after_bom_is_reported(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfe" + b"a\x00\x00\xd8")  # lone surrogate
    assert outcome(iter_articles([str(path)])) == [f"ERROR {path}: invalid UTF-16-LE text after its byte-order mark"]


def test_text_with_many_control_characters_is_binary(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"text \x01\x02\x03\x04\x05\x06\x07\x08 " * 100)
    assert outcome(iter_articles([str(path)])) == [f"ERROR {path}: binary file, not text"]


# Inputs that make Python 3.11's html.parser rescan to the end of the document for each
# '<' (quadratic: minutes at this size) or raise AssertionError. They must parse quickly.
PATHOLOGICAL = {
    "open end tags": "</" * 200_000,
    "open start tags": "<a" * 200_000,
    "bare declarations": "<!" * 200_000,
    "processing instructions": "<?" * 200_000,
    "marked sections": "<![" * 100_000,
    "unclosed comments": "<!--x>" * 100_000,
    "unclosed script": "<script>" + "a</scrip" * 100_000,
    "unclosed attribute": "<p title='" + "x" * 400_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_markup_neither_raises_nor_hangs(tmp_path, name):
    path = tmp_path / "bad.html"
    path.write_text("<p>Début.</p>" + PATHOLOGICAL[name], encoding="utf-8")
    [result] = iter_articles([str(path)])
    assert isinstance(result, Article)
    assert result.text.startswith("Début.")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/!?-[]&;#\"'= abpdivscript\n")), max_size=300))
def test_any_markup_soup_reads_without_raising(soup):
    try:
        result = read_page(soup)
    except Exception as exc:  # only the documented refusal is allowed
        from claims.read.decode import NotText

        assert isinstance(exc, NotText)
    else:
        assert result.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl"]))
def test_any_bytes_in_any_format_give_articles_or_input_errors(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("any") / name
    path.write_bytes(data)
    for result in iter_articles([str(path)]):
        assert isinstance(result, (Article, InputError))
        if isinstance(result, Article):
            assert result.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_html_reads_without_raising(text):
    try:
        read_page(text)
    except Exception as exc:
        from claims.read.decode import NotText

        assert isinstance(exc, NotText)


def test_page_declaring_a_codec_that_is_not_a_charset_falls_back(tmp_path):
    path = tmp_path / "idna.html"
    path.write_bytes(b'<meta charset="idna"><p>caf\xe9</p>')
    [article] = iter_articles([str(path)])
    assert article.text == "café"


def test_closed_stdin_is_an_input_error(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    assert outcome(iter_articles(["-"])) == ["ERROR <stdin>: no standard input"]
