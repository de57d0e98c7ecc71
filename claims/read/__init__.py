"""Reading articles from files, directories and stdin: `iter_articles`.

Bad input never raises: each unreadable file (or JSONL line) yields one InputError.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from claims.article import Article
from claims.errors import InputError
from claims.read.decode import MAX_ARTICLE_BYTES, NotText, decode_bytes, too_large_reason
from claims.read.files import STDIN, InputFile, iter_input_files, os_error_reason
from claims.read.html import article_from_html
from claims.read.jsonl import iter_jsonl
from claims.read.stream import PrefixedStream
from claims.read.text import article_from_text

__all__ = ["ArticleDefaults", "MAX_ARTICLE_BYTES", "FORMATS", "iter_articles"]

FORMATS = ("auto", "text", "html", "jsonl")
STDIN_SOURCE = "<stdin>"
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class ArticleDefaults:
    """Values for fields an input does not give itself; a language, when set, is forced."""

    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None


def iter_articles(
    paths: Sequence[str],
    *,
    fmt: str = "auto",
    defaults: ArticleDefaults = ArticleDefaults(),
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from `paths` (files, directories walked recursively, "-" for stdin).

    `fmt` other than "auto" reads every file in that format. `stdin` replaces
    sys.stdin's bytes (for tests and embedding).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        for result in _read_input(item, fmt, stdin):
            if isinstance(result, Article):
                _apply_defaults(result, defaults)
            yield result


def _read_input(item: InputFile, fmt: str, stdin: BinaryIO | None) -> Iterator[Article | InputError]:
    if item.format == "stdin":
        if stdin is None and sys.stdin is None:
            yield InputError(STDIN_SOURCE, "no standard input")
            return
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, fmt)
        return
    file_format = item.format if fmt == "auto" else fmt
    try:
        if item.regular and file_format != "jsonl":
            size = os.stat(item.path).st_size
            if size > MAX_ARTICLE_BYTES:
                yield InputError(item.path, too_large_reason(size))
                return
        with open(item.path, "rb") as stream:
            if file_format == "jsonl":
                yield from iter_jsonl(stream, item.path)
                return
            data = stream.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        yield InputError(item.path, os_error_reason(exc))
        return
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputError(item.path, too_large_reason(None))
        return
    yield _article_or_error(data, file_format, item.path, item.path)


def _read_stdin(stream: BinaryIO, fmt: str) -> Iterator[Article | InputError]:
    try:
        head = stream.read(_SNIFF_BYTES)
        file_format = fmt if fmt != "auto" else _sniff_format(head)
        if file_format == "jsonl":
            yield from iter_jsonl(PrefixedStream(head, stream), STDIN_SOURCE, path=STDIN)
            return
        data = head + stream.read(MAX_ARTICLE_BYTES + 1 - len(head))
    except OSError as exc:
        yield InputError(STDIN_SOURCE, os_error_reason(exc))
        return
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputError(STDIN_SOURCE, too_large_reason(None, "input"))
        return
    yield _article_or_error(data, file_format, STDIN_SOURCE, STDIN)


def _article_or_error(data: bytes, file_format: str, source: str, path: str) -> Article | InputError:
    try:
        text = decode_bytes(data, html=file_format == "html")
        if not text.strip():
            raise NotText("empty file")
        if file_format == "html":
            return article_from_html(text, path)
        return article_from_text(text, path, markdown=file_format == "markdown")
    except NotText as exc:
        return InputError(source, exc.reason)


def _sniff_format(head: bytes) -> str:
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if start == b"<":
        return "html"
    if start == b"{":
        return "jsonl"
    return "text"


def _apply_defaults(article: Article, defaults: ArticleDefaults) -> None:
    if article.outlet is None:
        article.outlet = defaults.outlet
    if article.url is None:
        article.url = defaults.url
    if article.published is None:
        article.published = defaults.published
    if defaults.language is not None:
        article.language = defaults.language
