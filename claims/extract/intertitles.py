"""Quoted intertitles: a heading made of a short quotation ("« Personne ne nous a consultés »")
that repeats words the article quotes with their attribution elsewhere (or, mostly, later). The annotation
conventions do not count them as claims (tests/fixtures/dev/own/README.md and the blind sets')."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft

_WORDS = re.compile(r"\w+")
_OPENING = ("«", "“", '"', "„")
_CLOSING = ("»", "”", '"', "“")
_LONGEST_HEADING = 12  # words
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def _folded_words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def without_repeated_intertitles(text: str, drafts: list[Draft], paras: list[tuple[int, int]]) -> list[Draft]:
    """DRAFTS without the unattributed quotations standing alone as a short paragraph (not the
    headline) that either read as a heading (no closing full stop) or whose words another claim
    quotes again."""
    headings = []
    for i, draft in enumerate(drafts):
        if draft.kind != "direct" or draft.mention is not None or draft.paragraph == 0 or draft.paragraph >= len(paras):
            continue
        start, end = paras[draft.paragraph]
        paragraph = text[start:end]
        if not paragraph.startswith(_OPENING) or not paragraph.endswith(_CLOSING) or draft.start < start or draft.end > end:
            continue
        words = _folded_words(paragraph)
        if words and words.count(" ") < _LONGEST_HEADING:
            headings.append((i, words))
    if not headings:
        return drafts
    # A heading does not end its sentence: no full stop before the closing mark ("« On alerte depuis deux ans »").
    dropped = {i for i, _ in headings if not _SENTENCE_END.search(text[drafts[i].start:drafts[i].end])}
    for i, words in headings:
        for j, other in enumerate(drafts):
            quoted = _folded_words(" ".join(text[a:b] for a, b in other.spans))
            if j != i and (words in quoted or (j > i and _mostly_within(words, quoted))):
                dropped.add(i)
                break
    return [d for i, d in enumerate(drafts) if i not in dropped]


def _mostly_within(heading: str, quoted: str) -> bool:
    """Whether four fifths of a heading's words (four words at least) are words of a later
    quotation: "« On alerte depuis deux ans »" before "« Ça fait deux ans qu'on alerte … »"."""
    words = heading.split()
    if len(words) < 4:
        return False
    later = set(quoted.split())
    return sum(w in later for w in words) * 5 >= len(words) * 4
