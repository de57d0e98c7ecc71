"""English subjects of coordinated or interrupted clauses: the named subject of a sentence's first
verb ("X described … and said"), and two bodies joined across their relative clauses ("X, which
makes …, and Y which makes …, emphasized")."""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.extract.speaker_lexicon import Lexicon
from claims.extract.speaker_mentions import Mention, parse_mention

# A past-tense verb after a person's name and before the coordination ("X described … and said"; not the adjective
# of a second noun: "family lawyers and retired judges").
_FIRST_PAST_VERB = re.compile(r"(?<=[a-z\u00C0-\u024F] |, )(?:(?<!\band )(?<!\bor )[a-z]{3,}ed|said|told|wrote|spoke|gave|took|met|held|began|went|sent|made|brought)\b")
# "Kimberly-Clark, which makes Kleenex, and Solaris Paper which makes Sorbent,": two names, each with its relative clause.
_NAMES_JOINED_ACROSS_RELATIVES = re.compile(
    r"\s*(?P<first>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,4}),\s+(?:which|who)\s[^,;:]+,\s+and\s+"
    r"(?P<second>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,4})(?:,?\s+(?:which|who)\s[^,;:]+)?,?\s*")


def subject_of_first_verb(text: str, opening: int, end: int, lex: Lexicon,
                          find_subject: Callable[..., Mention | None], need_role: bool = True, named: bool = True) -> Mention | None:
    """"…, THA Chief Secretary Kwame Dillon-Roberts described … and said", "Opposition spokesman on
    energy Marvin Bethel-Gray accused … and said": the named person who is the subject of the
    sentence's first verb (not the first name in the sentence, which may be a place or a modifier); with
    NAMED false, the unnamed group or role that is ("About 200 growers blockaded …")."""
    verb = _FIRST_PAST_VERB.search(text, opening, end)
    if verb is None or '"' in text[opening:verb.start()] or "“" in text[opening:verb.start()]:
        return None
    mention = find_subject(text, opening, verb.start(), lex, opening)
    if not named:
        return mention if mention is not None and not mention.pronoun and mention.role and not mention.name else None
    if mention is None or mention.pronoun or not mention.name or need_role and not mention.role or mention.organisation:
        return None  # (NEED_ROLE: a role tells a person's name from a place's)
    return mention


def joined_relative_subjects(region: str, lex: Lexicon) -> Mention | None:
    """"Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper which makes Sorbent,
    emphasized": both named bodies speak together."""
    joined = _NAMES_JOINED_ACROSS_RELATIVES.fullmatch(region)
    if joined is None:
        return None
    first, second = parse_mention(joined.group("first"), lex), parse_mention(joined.group("second"), lex)
    if first is None or second is None or not first.name or not second.name or first.pronoun or second.pronoun:
        return None
    name = f"{first.name} and {second.name}"
    return Mention(name, name=name, organisation=first.organisation or second.organisation)
