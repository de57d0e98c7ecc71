"""Paths: files, directories (recursive, sorted), stdin, unreadable paths, symlinks."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from claims.article import Article
from claims.read import iter_articles

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def outcome(results) -> list[str]:
    return [result.path if isinstance(result, Article) else f"ERROR {result}" for result in results]


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    (root / "z.txt").write_text("Z texte.", encoding="utf-8")
    (root / "b" / "2.md").write_text("# B2\n\nTexte.", encoding="utf-8")
    (root / "b" / "1.HTML").write_text("<p>B1 texte.</p>", encoding="utf-8")
    (root / "a" / "x.jsonl").write_text('{"text": "X1."}\n{"text": "X2."}\n', encoding="utf-8")
    (root / "a" / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (root / "a" / "README").write_text("not an article extension", encoding="utf-8")
    (root / "b" / "README.md").write_text("# About these files\n\nDocumentation.", encoding="utf-8")
    (root / "LICENSE.txt").write_text("Licence terms.", encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / ".git" / "config.txt").write_text("hidden dir", encoding="utf-8")
    return root


def test_directory_is_walked_recursively_in_sorted_order(corpus):
    assert outcome(iter_articles([str(corpus)])) == [
        f"{corpus}/a/x.jsonl:1",
        f"{corpus}/a/x.jsonl:2",
        f"{corpus}/b/1.HTML",
        f"{corpus}/b/2.md",
        f"{corpus}/z.txt",
    ]


def test_paths_keep_the_form_they_were_given_in(corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    assert outcome(iter_articles(["b/", "z.txt"])) == ["b/1.HTML", "b/2.md", "z.txt"]


def test_explicit_files_are_read_whatever_their_name(corpus):
    results = list(iter_articles([str(corpus / "a" / "README"), str(corpus / ".hidden.txt"), str(corpus / "LICENSE.txt")]))
    assert [result.text for result in results] == ["not an article extension", "hidden", "Licence terms."]


def test_missing_path_is_one_error_and_the_rest_is_read(corpus):
    missing = corpus / "nope.txt"
    assert outcome(iter_articles([str(missing), str(corpus / "z.txt")])) == [
        f"ERROR {missing}: no such file or directory",
        f"{corpus}/z.txt",
    ]


def test_symlink_loop_in_a_directory_is_reported_once_and_does_not_hang(corpus):
    (corpus / "b" / "back").symlink_to(corpus, target_is_directory=True)
    (corpus / "self").symlink_to(corpus / "self")
    results = outcome(iter_articles([str(corpus)]))
    assert results == [
        f"{corpus}/a/x.jsonl:1",
        f"{corpus}/a/x.jsonl:2",
        f"{corpus}/b/1.HTML",
        f"{corpus}/b/2.md",
        f"ERROR {corpus}/b/back: symbolic link loop",
        f"ERROR {corpus}/self: symbolic link loop",
        f"{corpus}/z.txt",
    ]


def test_directory_reached_twice_through_links_is_read_once(corpus):
    (corpus / "c").symlink_to(corpus / "b", target_is_directory=True)
    assert outcome(iter_articles([str(corpus)])).count(f"{corpus}/b/2.md") == 1
    assert not any(path.startswith(f"{corpus}/c/") for path in outcome(iter_articles([str(corpus)])))


def test_explicit_symlink_loop_is_an_error(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert outcome(iter_articles([str(loop)])) == [f"ERROR {loop}: symbolic link loop"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_file_without_read_permission_is_reported(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Texte.", encoding="utf-8")
    path.chmod(0)
    assert outcome(iter_articles([str(path)])) == [f"ERROR {path}: permission denied"]


def test_permission_denied_on_open_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Texte.", encoding="utf-8")
    real_open = open

    def denying_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", denying_open)
    assert outcome(iter_articles([str(path)])) == [f"ERROR {path}: permission denied"]


def test_unlistable_directory_is_reported_and_its_siblings_read(corpus, monkeypatch):
    real_listdir = os.listdir

    def denying_listdir(path):
        if str(path).endswith("/a"):
            raise PermissionError(13, "Permission denied", path)
        return real_listdir(path)

    monkeypatch.setattr("claims.read.files.os.listdir", denying_listdir)
    assert outcome(iter_articles([str(corpus)])) == [
        f"ERROR {corpus}/a: permission denied",
        f"{corpus}/b/1.HTML",
        f"{corpus}/b/2.md",
        f"{corpus}/z.txt",
    ]


def test_fifo_in_a_directory_is_skipped_without_blocking(corpus):
    os.mkfifo(corpus / "pipe.txt")
    assert f"{corpus}/z.txt" in outcome(iter_articles([str(corpus)]))


def test_fifo_given_by_name_is_read_like_a_file(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write():
        with open(fifo, "wb") as stream:
            stream.write("Titre\n\nTexte venu d'un tube.".encode())

    writer = threading.Thread(target=write)
    writer.start()
    [article] = iter_articles([str(fifo)])
    writer.join()
    assert (article.title, article.text) == ("Titre", "Titre\n\nTexte venu d'un tube.")


@pytest.mark.parametrize(
    ("data", "expected_text"),
    [
        ("Titre\n\nUn texte.\n".encode(), "Titre\n\nUn texte."),
        ("  <html><body><p>Un paragraphe.</p></body></html>".encode(), "Un paragraphe."),
        ('\ufeff{"text": "Une ligne."}\n'.encode(), "Une ligne."),
    ],
)
def test_stdin_format_is_sniffed(data, expected_text):
    [article] = iter_articles(["-"], stdin=io.BytesIO(data))
    assert article.text == expected_text
    assert article.path in ("-", "-:1")


def test_stdin_format_option_wins_over_sniffing():
    [article] = iter_articles(["-"], fmt="text", stdin=io.BytesIO(b"<p>balises</p>"))
    assert article.text == "<p>balises</p>"
    assert article.path == "-"


def test_stdin_errors_name_stdin():
    assert outcome(iter_articles(["-"], stdin=io.BytesIO(b"  \n"))) == ["ERROR <stdin>: empty file"]


def test_stdin_defaults_to_the_process_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b"Un texte venu de stdin."))
    monkeypatch.setattr("sys.stdin", fake)
    [article] = iter_articles(["-"])
    assert article.text == "Un texte venu de stdin."


def test_mixed_inputs_keep_the_order_given(corpus):
    results = outcome(iter_articles([str(corpus / "z.txt"), "-", str(corpus / "b")], stdin=io.BytesIO(b"Stdin.")))
    assert results == [f"{corpus}/z.txt", "-", f"{corpus}/b/1.HTML", f"{corpus}/b/2.md"]
