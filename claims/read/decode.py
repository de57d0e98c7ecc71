"""Bytes to text: encoding detection, binary detection, size limit, newline normalisation."""

from __future__ import annotations

import codecs
import re

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
_MEGABYTE = 1024 * 1024

# Share of control characters above which content is taken for binary data.
_MAX_CONTROL_SHARE = 0.05
_BINARY_SAMPLE_CHARS = 64 * 1024
# Well-formed non-ASCII characters needed per invalid byte to read damaged bytes as UTF-8.
_MIN_UTF8_PER_ERROR = 4

# C0 and C1 control characters other than tab, newline, vertical tab, form feed, carriage return.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_C0_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_CONTROLS_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_NEWLINES = re.compile(r"\r\n?")
# A charset declared in the first bytes of an HTML page (<meta charset="..."> or http-equiv).
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)

# Codecs a page could name that are not character sets of documents.
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"})

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotText(Exception):
    """The content cannot be read as an article; `reason` is the user-facing explanation."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def format_megabytes(size: int) -> str:
    return f"{size / _MEGABYTE:.1f} MB"


def too_large_reason(size: int | None, what: str = "file") -> str:
    """The reason given for content over MAX_ARTICLE_BYTES (`size` None: size unknown)."""
    limit = f"{MAX_ARTICLE_BYTES / _MEGABYTE:g} MB"
    if size is None:
        return f"{what} is over {limit}; the limit for one article is {limit}"
    return f"{what} is {format_megabytes(size)}; the limit for one article is {limit}"


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode article bytes to text with newlines normalised to \\n.

    UTF-8 (BOM optional), UTF-16/32 with a BOM, else for HTML the charset the page
    declares, else cp1252, else latin-1. Raises NotText for binary content.
    """
    text = _plain_utf8_text(data)
    if text is None:
        text = _decode(data, html=html)
        sample = text[:_BINARY_SAMPLE_CHARS]
        if "\x00" in sample or _looks_binary(sample):
            raise NotText("binary file, not text")
    return normalise_newlines(text)


def _plain_utf8_text(data: bytes) -> str | None:
    """The common case, fast: DATA decoded when it is UTF-8 without a byte-order mark, no
    longer than the binary sample, and clearly text; else None (the general path decides).

    Control characters are counted on the bytes, which is much faster than a regex over
    the text: in UTF-8, C0 controls are their own bytes and C1 controls are \xc2\x80-\x9f.
    """
    if len(data) > _BINARY_SAMPLE_CHARS or b"\x00" in data or any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    controls = len(data) - len(data.translate(None, _C0_CONTROL_BYTES)) + len(_C1_CONTROLS_UTF8.findall(data))
    if controls and controls / len(text) > _MAX_CONTROL_SHARE:
        return None
    return text


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def looks_binary(head: bytes) -> bool:
    """Test on the first bytes of a file read in pieces (JSONL): NULs or many control characters."""
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    return b"\x00" in head or _looks_binary(head.decode("utf-8", errors="replace"))


def _looks_binary(sample: str) -> bool:
    if not sample:
        return False
    controls = len(_CONTROL_CHARS.findall(sample))
    return controls / len(sample) > _MAX_CONTROL_SHARE


def _decode(data: bytes, *, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise NotText(f"invalid {encoding.upper()} text after its byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except (UnicodeError, LookupError, ValueError):
                pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few bad bytes, which become U+FFFD; None when it is not UTF-8 at all.

    In cp1252 or latin-1 text, byte sequences that happen to be valid multi-byte UTF-8 are
    rare, so many well-formed non-ASCII characters and few errors mean UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    well_formed = len(text) - len(text.encode("ascii", errors="ignore")) - errors
    return text if well_formed >= _MIN_UTF8_PER_ERROR * errors else None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data, 0, 4096)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages declaring UTF-8, ASCII or latin-1 whose bytes are not UTF-8 are cp1252 in practice.
    if codec.startswith("utf") or codec in ("ascii", "iso8859-1") or codec in _NOT_CHARSETS:
        return None
    return codec
