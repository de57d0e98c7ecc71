"""A nickname in quotation marks between a first name and a surname ("Desmond 'Lucky' Okafor",
"Marcus “Tiny” Bell") is a word of the person's name, not a quotation: no claim of its own, and the
fullest name keeps it."""

from __future__ import annotations

import re

from claims.extract.quotes import Quote

_NICKNAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*)?")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*[ \u00a0]$")
_SURNAME_AFTER = re.compile(r"[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


def is_nickname(text: str, quote: Quote) -> bool:
    """Whether QUOTE is one or two capitalised words right between two capitalised words."""
    if quote.close is None or quote.close - quote.open > 25:
        return False
    return _NICKNAME.fullmatch(text, quote.open + 1, quote.close) is not None \
        and _FIRST_NAME_BEFORE.search(text, max(0, quote.open - 30), quote.open) is not None \
        and _SURNAME_AFTER.match(text, quote.close + 1) is not None


def without_nicknames(text: str, quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if not is_nickname(text, q)]
