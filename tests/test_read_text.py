"""Plain text and Markdown articles: text kept as in the file, title, decoding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claims.article import Article
from claims.errors import InputError
from claims.read import ArticleDefaults, iter_articles

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def read_one(path, **options) -> Article | InputError:
    results = list(iter_articles([str(path)], **options))
    assert len(results) == 1, results
    return results[0]


def test_text_file_keeps_text_and_takes_headline_as_title():
    article = read_one(FIXTURES / "story.txt")
    assert isinstance(article, Article)
    assert article.title == "Le port de Brest rouvre après la tempête"
    assert article.text == (FIXTURES / "story.txt").read_text(encoding="utf-8").rstrip()
    assert article.text.startswith("Le port de Brest rouvre après la tempête\n\nLe port de commerce")
    assert article.path == str(FIXTURES / "story.txt")


def test_markdown_title_line_gives_title_and_text_is_unchanged():
    article = read_one(FIXTURES / "story.md")
    assert article.title == "Storm closes Brest harbour"
    assert article.text.startswith("# Storm closes Brest harbour\n\nThe harbour authority said on Thursday that *all*")


def test_newlines_bom_and_trailing_whitespace_are_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfTitre court\r\n\r\nPremier paragraphe.\rSecond.  \r\n\t\n")
    article = read_one(path)
    assert article.text == "Titre court\n\nPremier paragraphe.\nSecond."
    assert article.title == "Titre court"


def test_leading_whitespace_and_inner_spacing_are_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n  Le texte  commence ici.\n", encoding="utf-8")
    assert read_one(path).text == "\n  Le texte  commence ici."


def test_first_line_is_not_a_title_when_it_ends_with_a_period_or_is_long(tmp_path):
    sentence = tmp_path / "sentence.txt"
    sentence.write_text("Le Kremlin a confirmé la rencontre.\nM. Peskov l'a dit.\n", encoding="utf-8")
    assert read_one(sentence).title is None
    long_line = tmp_path / "long.txt"
    long_line.write_text("mot " * 60 + "\nsuite\n", encoding="utf-8")
    assert read_one(long_line).title is None
    alone = tmp_path / "alone.txt"
    alone.write_text("Une seule ligne sans point\n", encoding="utf-8")
    assert read_one(alone).title is None


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Élection à Québec\n\nLe maire a été réélu.".encode("utf-16"))
    article = read_one(path)
    assert article.text == "Élection à Québec\n\nLe maire a été réélu."


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("« L’été sera chaud », a déclaré le ministre – 5 € de plus.".encode("cp1252"))
    assert read_one(path).text == "« L’été sera chaud », a déclaré le ministre – 5 € de plus."


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 \x81 du matin, a dit le patron.")
    assert read_one(path).text == "Café \x81 du matin, a dit le patron."


def test_defaults_fill_missing_fields_and_language_is_forced():
    defaults = ArticleDefaults(outlet="Ouest Matin", url="https://example.org/a", published=date(2024, 1, 2), language="fr")
    article = read_one(FIXTURES / "story.txt", defaults=defaults)
    assert (article.outlet, article.url, article.published, article.language) == (
        "Ouest Matin", "https://example.org/a", date(2024, 1, 2), "fr",
    )


def test_format_option_reads_any_file_as_text():
    article = read_one(FIXTURES / "page.html", fmt="text")
    assert article.text.startswith("<!DOCTYPE html>")


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    path = tmp_path / "damaged.txt"
    path.write_bytes("Le ministre a déclaré à l'été « très bien » ".encode() + b"\xff" + " fin.".encode())
    assert read_one(path).text == "Le ministre a déclaré à l'été « très bien » \ufffd fin."
