"""Quotations found by their marks: « », “ ”, „ “, " ", ‹ ›, ‘ ’ — nested, unbalanced, multi-paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A work's title in guillemets: a capital, a few words, no sentence punctuation ("« La Maison du fleuve »").
TITLE_IN_GUILLEMETS = re.compile(r"«[ \u00a0\u202f]*[A-ZÀ-ÖØ-Þ][^«»,.;:!?]{0,60}?[ \u00a0\u202f]*»")

# A work's title in English title case: capitalised words, maybe joined by short lower-case ones.
WORK_TITLE_EN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:a|an|the|of|and|or|for|with|to|in|on|at|by|from)\s+)*[A-Z0-9][\w'’-]*)+")
# Opening mark → closing marks it accepts.
_PAIRS = {"«": "»", "“": "”\"", "„": "“”", "‹": "›", "‘": "’", '"': '"', "'": "'"}
_DOUBLE_FAMILY = {"«", "“", "„", '"'}
# Every opening quotation mark.
OPENING_MARKS = frozenset(_PAIRS)
_SPACE = " \t\u00a0\u202f\u2009"
_MARK = re.compile("[«»“”„‹›‘’\"']")
# Two capitalised words, then a comma or "said": a name right after a mark ("'Mamosa Letsie, said").
_NAME_AFTER_MARK = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:,| said\b| says\b| told\b)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|in|on|to|from|near|off|across|around)\s$")
# A photo's credit ("Image: 'Ana Motuliki."): a name follows it.
_CREDIT_BEFORE = re.compile(r"\b(?:Image|Photo|Photograph|Picture|Credit)s?:\s$")


@dataclass(slots=True)
class Quote:
    """A top-level quotation; `content_start/end` exclude the marks and surrounding spaces."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None when unbalanced
    content_start: int
    content_end: int
    mark: str
    # Pieces when the quote continues over paragraphs.
    spans: list[tuple[int, int]] = field(default_factory=list)
    inner: int = 0  # nested quotations inside

    @property
    def end(self) -> int:
        """Offset just after the closing mark (or the content when unbalanced)."""
        return self.close + 1 if self.close is not None else self.content_end


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _SPACE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _SPACE or text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _opens_straight(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_letter(before) and before not in ".,;!?" and not after.isspace() or (before.isspace() and after.isalnum())


def _quotes_in_paragraph(text: str, start: int, end: int) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (mark, offset)
    inner_count = 0
    for mark in _MARK.finditer(text, start, end):
        i = mark.start()
        ch = mark.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in "'’" and before.isalnum() and after.isalnum():
            continue  # apostrophe (checked first: most marks in French text are apostrophes)
        if ch in "'’" and after == "s" and not text[i + 2:i + 3].isalnum():
            continue  # a possessive after an abbreviation's full stop: "B.C.'s Ministry of Forests"
        closing_match = next((k for k in range(len(stack) - 1, -1, -1) if ch in _PAIRS[stack[k][0]]), None)
        if ch in "'’" and _is_letter(before) and _is_letter(after):
            continue  # apostrophe
        if ch in "\"'" and stack and stack[-1][0] == ch and not (ch == '"' and before.isspace() and after.isalnum()):
            # (a straight double mark after a space and before a letter opens a nested quotation:
            # "The "plan" failed.")
            closing_match = len(stack) - 1
        elif ch in "\"'":
            if ch == "'" and not (not _is_letter(before) and after.isalpha()):
                continue
            if ch == '"' and not _opens_straight(text, i, start):
                if closing_match is None:
                    continue
            else:
                closing_match = None
        elif ch == "’" and (closing_match is None or _is_letter(after)):
            continue
        elif ch == "‘" and _is_letter(before):
            continue
        elif ch == "“" and closing_match is not None and stack[closing_match][0] == "„":
            pass
        elif ch in "«„‹‘“":
            closing_match = None

        if closing_match is not None:
            mark, opened = stack[closing_match]
            del stack[closing_match:]
            if not stack:
                cs, ce = _trim(text, opened + 1, i)
                if ce > cs:  # “,,”: marks around nothing quote nothing
                    found.append(Quote(opened, i, cs, ce, mark, [(cs, ce)], inner_count))
                inner_count = 0
            else:
                inner_count += 1
        elif ch in _PAIRS:
            stack.append((ch, i))
    if stack:
        mark, opened = stack[0]
        if mark in "'‘" and (_NAME_AFTER_MARK.match(text, opened + 1, end)
                             or _PLACE_PREPOSITION_BEFORE.search(text, max(start, opened - 8), opened)
                             or _CREDIT_BEFORE.search(text, max(start, opened - 14), opened)):
            # "Its chief executive, 'Mamosa Letsie, said": a name's leading apostrophe (Sesotho
            # 'Ma-, Hawaiian ‘okina; "hives at 'Ohonua") that nothing closes opens no quotation; read on after it
            return found + _quotes_in_paragraph(text, opened + 1, end)
        cs, ce = _trim(text, opened + 1, end)
        if ce > cs:
            found.append(Quote(opened, None, cs, ce, mark, [(cs, ce)], inner_count))
    return found


def find_quotes(text: str, paragraph_spans: list[tuple[int, int]]) -> list[Quote]:
    """Top-level quotations in reading order; an unclosed quote continued by the next paragraph's
    opening mark becomes one quote with several spans."""
    quotes: list[Quote] = []
    pending: Quote | None = None
    for start, end in paragraph_spans:
        para_quotes = _quotes_in_paragraph(text, start, end)
        if pending is not None:
            first = para_quotes[0] if para_quotes else None
            if first is not None and first.open == start and first.mark in _DOUBLE_FAMILY:
                pending.spans.extend(first.spans)
                pending.content_end = first.content_end
                pending.close = first.close
                pending.inner += first.inner
                para_quotes = para_quotes[1:]
                if first.close is None:
                    continue
            pending = None
        quotes.extend(para_quotes)
        if para_quotes and para_quotes[-1].close is None and para_quotes[-1].mark in _DOUBLE_FAMILY:
            pending = para_quotes[-1]
    return quotes


def quote_content(text: str, quote: Quote) -> str:
    return " ".join(text[s:e] for s, e in quote.spans)


def inside_quotation_marks(text: str, since: int, at: int) -> bool:
    """Whether AT falls inside a quotation opened after SINCE: its opening marks (« “ or a straight ") outnumber
    their closing ones there."""
    return text.count("«", since, at) + text.count("“", since, at) > text.count("»", since, at) + text.count("”", since, at) \
        or text.count('"', since, at) % 2 == 1
