"""HTML pages to articles with the standard library's html.parser.

The parser keeps no stack of open elements: skipped regions and captures count only
their own tag, so memory does not grow with nesting depth (100,000 levels parse fine).
Input is first made safe for html.parser (see html_rules.safe_markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from claims.article import Article
from claims.read import html_rules as rules
from claims.read.decode import NotText
from claims.read.fields import language_code, one_line, parse_page_date

_HTML_SPACES = re.compile(r"[ \t\n\r\f]+")
# A block whose text is mostly link text is a menu, a list of related links or "source" line.
_MAX_LINK_SHARE = 0.5
# Tags that may open a capture whatever their attributes.
_CAPTURE_TAGS = frozenset({"title", "figure", "figcaption", "a"})


@dataclass(slots=True)
class _Block:
    tag: str
    text: str
    link_chars: int
    date_chars: int  # text inside <time>: a block made only of it is a dateline, not content
    group: int | None  # which top-level <article> holds it
    in_main: bool
    body: int | None  # which element marked as the article body (class "entry-content"...) holds it
    lead: bool  # a standfirst (class "chapo", "standfirst"...)


@dataclass(slots=True)
class _Region:
    """An open element whose end tag we wait for: a skipped region or a text capture."""

    tag: str
    kind: str
    diverts: bool = True  # its text is kept out of the article body
    depth: int = 1
    parts: list[str] = field(default_factory=list)
    credits_before: int = 0
    chars: int = 0


@dataclass(slots=True)
class PageContent:
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    language: str | None
    byline: str | None
    photo_credits: list[str]


class _PageParser(HTMLParser):
    def __init__(self, *, drop_furniture: bool = True):
        super().__init__(convert_charrefs=True)
        self.drop_furniture = drop_furniture
        self.blocks: list[_Block] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.html_lang: str | None = None
        self.title_tag: str | None = None
        self.time_dates: list[str] = []
        self.json_ld_dates: list[str] = []
        self.credits: list[str] = []
        self.bylines: list[str] = []
        self.author_links: list[str] = []
        self._skip: _Region | None = None
        self._captures: list[_Region] = []
        self._parts: list[str | None] = []  # None marks a <br>
        self._block_tag = "div"
        self._link_chars = 0
        self._link_depth = 0
        self._date_chars = 0
        self._time_depth = 0
        self._article_depth = 0
        self._article_count = 0
        self._main_depth = 0
        self._body: _Region | None = None
        self._body_count = 0
        self._lead_block = False

    # -- html.parser callbacks -------------------------------------------------

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        skip = self._skip
        if skip is not None:
            if tag == skip.tag:
                skip.depth += 1
            return
        attrs: dict[str, str] = {}
        for name, value in attr_list:
            attrs.setdefault(name, value or "")
        self._read_metadata(tag, attrs)
        if tag in rules.VOID_TAGS:
            if tag == "br":
                self._add_line_break()
            elif tag == "hr":
                self._flush()
            return
        if tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self._skip = _Region(tag, "json-ld")
            return
        words = rules.attribute_words(attrs)
        if tag in rules.SKIPPED_TAGS or (self.drop_furniture and rules.is_furniture(tag, attrs, words)):
            if tag in rules.BLOCK_TAGS:
                self._flush()
            self._skip = _Region(tag, "skip")
            return
        for capture in self._captures:
            if capture.tag == tag:
                capture.depth += 1
        if tag in rules.BLOCK_TAGS:
            self._flush()
            self._block_tag = tag
            self._lead_block = not words.isdisjoint(rules.LEAD_WORDS)
        body = self._body
        if body is not None:
            if body.tag == tag:
                body.depth += 1
        elif rules.is_article_body(attrs):
            self._flush()
            self._body_count += 1
            self._body = _Region(tag, "body")
        if tag in rules.BLOCK_TAGS:
            if tag == "article":
                if self._article_depth == 0:
                    self._article_count += 1
                self._article_depth += 1
            elif tag == "main":
                self._main_depth += 1
        if tag == "a":
            self._link_depth += 1
        elif tag == "time":
            self._time_depth += 1
        elif tag in ("td", "th"):
            self._add_text(" ")
        self._open_capture(tag, attrs, words)

    def handle_endtag(self, tag: str) -> None:
        skip = self._skip
        if skip is not None:
            if tag == skip.tag:
                skip.depth -= 1
                if skip.depth == 0:
                    self._skip = None
                    if skip.kind == "json-ld":
                        self.json_ld_dates.extend(rules.JSON_LD_DATE.findall("".join(skip.parts)))
            return
        if tag in rules.BLOCK_TAGS:
            self._flush()
            self._block_tag = "div"
            self._lead_block = False
        body = self._body
        if body is not None and body.tag == tag:
            body.depth -= 1
            if body.depth == 0:
                self._flush()
                self._body = None
        if tag in rules.BLOCK_TAGS:
            if tag == "article" and self._article_depth:
                self._article_depth -= 1
            elif tag == "main" and self._main_depth:
                self._main_depth -= 1
        elif tag == "a" and self._link_depth:
            self._link_depth -= 1
        elif tag == "time" and self._time_depth:
            self._time_depth -= 1
        if self._captures:
            self._close_captures(tag)

    def handle_data(self, data: str) -> None:
        skip = self._skip
        if skip is not None:
            if skip.kind == "json-ld" and skip.chars < rules.MAX_JSON_LD_CHARS:
                skip.parts.append(data)
                skip.chars += len(data)
            return
        self._add_text(data)

    # -- text ------------------------------------------------------------------

    def _add_text(self, data: str) -> None:
        diverted = False
        for capture in self._captures:
            capture.parts.append(data)
            diverted = diverted or capture.diverts
        if diverted:
            return
        self._parts.append(data)
        if self._link_depth:
            self._link_chars += len(one_line(data))
        if self._time_depth:
            self._date_chars += len(one_line(data))

    def _add_line_break(self) -> None:
        if self._captures:
            self._add_text(" ")
        else:
            self._parts.append(None)

    def _flush(self) -> None:
        if not self._parts:
            return
        lines: list[str] = []
        current: list[str] = []
        for part in self._parts + [None]:
            if part is None:
                line = _HTML_SPACES.sub(" ", "".join(current)).strip()
                if line:
                    lines.append(line)
                current = []
            else:
                current.append(part)
        self._parts = []
        text = "\n".join(lines)
        if text:
            group = self._article_count if self._article_depth else None
            self.blocks.append(
                _Block(
                    self._block_tag, text, self._link_chars, self._date_chars, group, self._main_depth > 0,
                    self._body_count if self._body is not None else None, self._lead_block,
                )
            )
        self._link_chars = 0
        self._date_chars = 0

    # -- captures: captions, credits, bylines, title -------------------------------

    def _open_capture(self, tag: str, attrs: dict[str, str], words: frozenset[str]) -> None:
        if not words and tag not in _CAPTURE_TAGS:
            return
        kinds = {capture.kind for capture in self._captures}
        if tag == "title":
            if self.title_tag is None and not kinds:
                self._captures.append(_Region(tag, "title"))
            return
        if not self.drop_furniture:
            return
        if "caption" not in kinds and (tag in ("figure", "figcaption") or not words.isdisjoint(rules.CAPTION_WORDS)):
            self._captures.append(_Region(tag, "caption", credits_before=len(self.credits)))
        elif "credit" not in kinds and not words.isdisjoint(rules.CREDIT_WORDS):
            self._captures.append(_Region(tag, "credit"))
        elif kinds <= {"meta"} and not words.isdisjoint(rules.BYLINE_WORDS):
            self._captures.append(_Region(tag, "byline"))
        elif not kinds and not words.isdisjoint(rules.META_WORDS):
            self._captures.append(_Region(tag, "meta"))
        elif tag == "a" and "author" in attrs.get("rel", "").lower().split() and "author-link" not in kinds:
            self._captures.append(_Region(tag, "author-link", diverts=False))

    def _close_captures(self, tag: str) -> None:
        still_open = []
        for capture in self._captures:
            if capture.tag == tag:
                capture.depth -= 1
                if capture.depth == 0:
                    self._finish_capture(capture)
                    continue
            still_open.append(capture)
        self._captures = still_open

    def _finish_capture(self, capture: _Region) -> None:
        text = one_line("".join(capture.parts))
        if capture.kind == "title":
            self.title_tag = text
        elif not text:
            return
        elif capture.kind == "caption":
            if len(self.credits) == capture.credits_before:
                match = rules.CAPTION_CREDIT.search(text[-rules.MAX_CREDIT_TAIL_CHARS:])
                if match:
                    self.credits.append(match.group(1).strip())
        elif capture.kind == "credit":
            credit = rules.CREDIT_LABEL.sub("", text).strip()
            if credit:
                self.credits.append(credit)
        elif capture.kind == "byline":
            self.bylines.append(rules.BYLINE_LABEL.sub("", text).strip())
        elif capture.kind == "author-link":
            self.author_links.append(text)

    # -- metadata ---------------------------------------------------------------

    def _read_metadata(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "meta":
            content = attrs.get("content")
            if content is None:
                return
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            if key:
                self.meta.setdefault(key.strip().lower(), content)
        elif tag == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
                self.canonical = self.canonical or attrs["href"]
        elif tag == "html":
            lang = attrs.get("lang") or attrs.get("xml:lang")
            if lang and self.html_lang is None:
                self.html_lang = lang
        elif tag == "time":
            value = attrs.get("datetime")
            if value:
                if "pubdate" in attrs or attrs.get("itemprop", "").lower() == "datepublished":
                    self.time_dates.insert(0, value)
                elif len(self.time_dates) < 8:
                    self.time_dates.append(value)

    def close(self) -> None:
        super().close()
        self._flush()


def read_page(markup: str) -> PageContent:
    """Article text and metadata of an HTML page. Raises NotText when it has no text."""
    markup = rules.safe_markup(markup)
    parser = _parse(markup, drop_furniture=True)
    text = _article_text(parser.blocks)
    if not text:
        # Rules meant for page furniture removed everything: read the page as it is.
        parser = _parse(markup, drop_furniture=False)
        text = _article_text(parser.blocks)
    if not text:
        raise NotText("no article text in the HTML")
    return PageContent(
        text=text,
        title=_title(parser),
        outlet=_first_meta(parser, rules.OUTLET_KEYS),
        url=parser.canonical or _first_meta(parser, rules.URL_KEYS),
        published=_published(parser),
        language=_language(parser),
        byline=_byline(parser),
        photo_credits=list(dict.fromkeys(credit for credit in parser.credits if credit)),
    )


def article_from_html(markup: str, path: str) -> Article:
    page = read_page(markup)
    return Article(
        text=page.text,
        title=page.title,
        outlet=page.outlet,
        url=page.url,
        published=page.published,
        language=page.language,
        byline=page.byline,
        path=path,
        photo_credits=page.photo_credits,
    )


def _parse(markup: str, *, drop_furniture: bool) -> _PageParser:
    parser = _PageParser(drop_furniture=drop_furniture)
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError as exc:  # html.parser's way of rejecting some malformed declarations
        raise NotText(f"cannot parse HTML: {exc}") from None
    return parser


def _article_text(blocks: list[_Block]) -> str:
    kept = [
        block for block in blocks
        if (block.tag in rules.HEADING_TAGS or block.link_chars <= _MAX_LINK_SHARE * len(block.text))
        and block.date_chars < len(block.text)
    ]
    selected = (
        _largest_group(kept, "body")
        or _largest_group(kept, "group")
        or [block for block in kept if block.in_main]
        or kept
    )
    # Headline and standfirst often sit just before the element holding the body.
    first_chosen = next((index for index, block in enumerate(kept) if block is selected[0]), 0) if selected else 0
    before = [block for block in kept[:first_chosen] if block.lead]
    headline = next((block for block in kept if block.tag == "h1"), None)
    if headline is not None and not any(block is headline for block in selected):
        before = [headline, *(block for block in before if block is not headline)]
    selected = [*before, *selected]
    return "\n\n".join(block.text for block in selected)


def _largest_group(blocks: list[_Block], attribute: str) -> list[_Block]:
    sizes: dict[int, int] = {}
    for block in blocks:
        key = getattr(block, attribute)
        if key is not None:
            sizes[key] = sizes.get(key, 0) + len(block.text)
    if not sizes:
        return []
    best = max(sizes, key=sizes.__getitem__)
    return [block for block in blocks if getattr(block, attribute) == best]


def _first_meta(parser: _PageParser, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = one_line(parser.meta.get(key, ""))
        if value:
            return value
    return None


def _title(parser: _PageParser) -> str | None:
    headline = next((block.text for block in parser.blocks if block.tag == "h1"), None)
    return _first_meta(parser, rules.TITLE_KEYS) or (one_line(headline) if headline else None) or parser.title_tag or None


def _published(parser: _PageParser) -> date | None:
    candidates = [parser.meta.get(rules.DATE_KEYS[0], ""), *parser.json_ld_dates]
    candidates += [parser.meta.get(key, "") for key in rules.DATE_KEYS[1:]]
    candidates += parser.time_dates
    for value in candidates:
        if value:
            parsed = parse_page_date(value)
            if parsed is not None:
                return parsed
    return None


def _language(parser: _PageParser) -> str | None:
    for value in (parser.html_lang, *(parser.meta.get(key) for key in rules.LANGUAGE_KEYS)):
        if value:
            code = language_code(value)
            if code:
                return code
    return None


def _byline(parser: _PageParser) -> str | None:
    for key in rules.AUTHOR_KEYS:
        value = one_line(parser.meta.get(key, ""))
        if value and "://" not in value:
            return value
    for value in (*parser.author_links, *parser.bylines):
        if value:
            return value
    return None
