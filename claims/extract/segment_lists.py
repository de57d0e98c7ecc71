"""The comma-separated segments of a subject region: its commas, except those inside brackets or inside a
list that closes the region (a body's fields, places, parties, plural nouns)."""

from __future__ import annotations

import re


SEGMENT_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# English: a body's name listing its fields after "of"/"for"/"on" ("the Department for Environment, Food
# and Rural Affairs"), which closes the subject: its commas are no segment breaks.
FIELDS_LIST_CLOSING = re.compile(
    r"\b(?:of|for|on)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?\s*$")
# "The farmers, mainly from the Bekwai, Offinso and Ahafo Ano districts,": one list of places.
PLACES_LIST_CLOSING = re.compile(
    r"\b(?:from|in|of|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?"
    r"\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?"
    r"\s+(?:districts|regions|provinces|counties|states|communities|villages|towns|areas|municipalities|parishes|islands)\s*,?\s*$")
# "the union representing about 1,900 teachers, counselors and librarians": one list of plural nouns.
# "…, who leads the opposition Green, Liberal Democrat and Independent group,": one group of parties.
PARTIES_LIST_CLOSING = re.compile(
    r"\b(?:the|an?)\s+(?:[a-z]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?"
    r"\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?\s+(?:group|groups|alliance|coalition|bloc)\s*,?\s*$")
# ("Owners of shops, restaurants and rental cottages on Kestrel Island, North Carolina say": a modifier, where, a state)
PLURALS_LIST_CLOSING = re.compile(r"(?<=[a-z]s)(?:,\s+[a-z]{3,}s)+,?\s+(?:and|or)\s+(?:[a-z]{3,}\s+)?[a-z]{3,}s"
                                  r"(?:\s+(?:on|in|at|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                                  r"(?:\s*,?\s*$|(?=\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,?\s*$))")


# French: the same, bare plurals after a counted or quantified head ("une centaine de comédiens, metteurs en scène et
# techniciens affirment").
PLURALS_LIST_CLOSING_FR = re.compile(r"(?<=[a-zé]s)(?:,\s+[a-zà-ÿ]{3,}s(?:\s+(?:en|de|d['’])\s*[a-zà-ÿ]+)?)+,?\s+(?:et|ou)\s+"
                                     r"[a-zà-ÿ]{3,}s\s*,?\s*$")


def bracketed_commas_joined(segments: list[str]) -> list[str]:
    """SEGMENTS with those split at a comma inside brackets joined again."""
    joined: list[str] = []
    for segment in segments:
        if joined and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined
