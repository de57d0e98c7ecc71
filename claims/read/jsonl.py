"""JSON Lines: one article per line, read line by line with a per-line size limit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from claims.article import Article
from claims.errors import InputError
from claims.read.decode import MAX_ARTICLE_BYTES, NotText, decode_bytes, looks_binary, too_large_reason
from claims.read.fields import language_code, one_line, parse_iso_date
from claims.read.html import article_from_html
from claims.read.stream import PrefixedStream
from claims.read.text import article_from_text

_READ_CHUNK = 1024 * 1024
_BINARY_SNIFF_BYTES = 8192
_MAX_VALUE_SHOWN = 40
_STRING_FIELDS = ("text", "html", "url", "outlet", "title", "language", "byline")


class _BadRecord(Exception):
    pass


def iter_jsonl(stream: BinaryIO, source: str, *, path: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines stream; a bad line yields an InputError with its line number.

    `source` names the input in errors; `path` (default `source`) prefixes Article.path,
    which is "PATH:LINE" for each record.
    """
    path = source if path is None else path
    head = stream.read(_BINARY_SNIFF_BYTES)
    if looks_binary(head):
        yield InputError(source, "binary file, not text")
        return
    records = 0
    for number, raw in _lines(PrefixedStream(head, stream)):
        if isinstance(raw, int):
            yield InputError(source, too_large_reason(raw, "line"), line=number)
            records += 1
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        records += 1
        try:
            yield _record_article(raw, f"{path}:{number}")
        except (_BadRecord, NotText) as exc:
            yield InputError(source, str(exc), line=number)
    if records == 0:
        yield InputError(source, "empty file")


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | int]]:
    """(line number, bytes) per line; (line number, size) for a line over the limit, unread."""
    number = 0
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            size = len(line)
            while True:
                rest = stream.readline(_READ_CHUNK)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, size
        else:
            yield number, line


def _record_article(raw: bytes, article_path: str) -> Article:
    try:
        line = decode_bytes(raw)
    except NotText:
        raise _BadRecord("binary data, not text") from None
    try:
        record = json.loads(line.rstrip())
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}") from None
    except RecursionError:
        raise _BadRecord("invalid JSON: nested too deeply") from None
    except ValueError as exc:
        raise _BadRecord(f"invalid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise _BadRecord(f"not a JSON object but {_json_type(record)}")
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _BadRecord(f"{name}: not a string but {_json_type(value)}")
    text, markup = record.get("text"), record.get("html")
    if text is None and markup is None:
        raise _BadRecord("no text or html field")
    if text is not None:
        try:
            article = article_from_text(text, article_path)
        except NotText:
            raise _BadRecord("text is empty") from None
    else:
        article = article_from_html(markup, article_path)
    if record.get("title"):
        article.title = one_line(record["title"]) or article.title
    for name in ("url", "outlet", "byline"):
        value = one_line(record.get(name) or "")
        if value:
            setattr(article, name, value)
    published = record.get("published")
    if published is not None:
        parsed = parse_iso_date(published) if isinstance(published, str) else None
        if parsed is None:
            raise _BadRecord(f"published: not a date {_shown(published)}")
        article.published = parsed
    language = record.get("language")
    if language:
        code = language_code(language)
        if code is None:
            raise _BadRecord(f"language: not a language code {_shown(language)}")
        article.language = code
    return article


def _shown(value: object) -> str:
    shown = repr(value) if isinstance(value, str) else json.dumps(value)
    return shown if len(shown) <= _MAX_VALUE_SHOWN else shown[: _MAX_VALUE_SHOWN - 1] + "…"


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else "a string"
