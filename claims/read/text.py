"""Plain text and Markdown articles."""

from __future__ import annotations

import re

from claims.article import Article
from claims.read.decode import NotText, normalise_newlines
from claims.read.fields import one_line

MAX_HEADLINE_CHARS = 200
_MARKDOWN_TITLE = re.compile(r"#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*")
_NOT_HEADLINE_ENDINGS = (".", ",", ";", ":")
_LETTER = re.compile(r"[^\W\d_]")


def clean_text(text: str) -> str:
    """Article text as stored: \\n newlines, no BOM, no trailing whitespace; else unchanged."""
    text = normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.rstrip()
    if not text:
        raise NotText("empty file")
    return text


def article_from_text(text: str, path: str, *, markdown: bool = False) -> Article:
    text = clean_text(text)
    return Article(text=text, title=headline_of(text, markdown=markdown), path=path)


def headline_of(text: str, *, markdown: bool = False) -> str | None:
    """The first line when it reads as a headline (short, no final period) and more text follows."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if markdown:
        match = _MARKDOWN_TITLE.fullmatch(first)
        if match:
            return one_line(match.group(1))
    if not newline or not rest.strip():
        return None
    if len(first) > MAX_HEADLINE_CHARS or first.endswith(_NOT_HEADLINE_ENDINGS):
        return None
    if not _LETTER.search(first):
        return None
    return one_line(first)
