"""Paragraphs and sentences of an article, as offset spans into its text."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence ends at . ! ? … (maybe followed by a closing mark) before a space and a capital,
# a digit or an opening quotation mark.
_SENTENCE_END = re.compile(r"[.!?…]+[»”\"’)]?(?=\s+[«“\"„‹‘(A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:M|MM|Mr|Mrs|Ms|Dr|Pr|St|Sr|Jr|Mgr|Me|Mme|Prof|Gen|Sen|Rep|Gov|Capt|Col|Lt|Sgt|Rev|"
    r"No|Nos|vol|p|pp|art|av|J\.-C|etc|cf|ex|env|approx|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|vs)|\b[A-Z]|\b[A-Z]\.[A-Z])\.$"
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, whitespace trimmed."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def sentences(text: str, start: int, end: int, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentences of text[start:end]; never split inside a protected span (a quotation)."""
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        if any(s < match.start() and match.end() < e for s, e in protected):
            continue
        if match.group().startswith(".") and _ABBREVIATION.search(text, max(start, match.start() - 8), match.start() + 1):
            continue
        spans.append((cursor, cut))
        cursor = cut
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return spans
