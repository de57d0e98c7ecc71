"""Speaker mentions: proper names in a phrase, and the `Mention` a short noun phrase makes
(name, role, pronoun, organisation). The table of one article's speakers is in `speaker_table`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from claims.extract.regex_trie import trie_pattern

# A capitalised word or an initial. The first character class comes first, unalternated, so that
# the regex engine can skip quickly to capitals when scanning a whole article.
_CAP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ](?:[\w’'\-]*\w|(?<=[A-ZÀ-ÖØ-Þ])\.?)"
_PARTICLE = r"(?:de|du|des|d['’]|von|van|der|den|ter|al-|el-|al|el|ben|bin|da|do|dos|di|y|la|le|of)"
_NAME = re.compile(rf"{_CAP}(?:(?:[ \u00a0]+|-)(?:{_PARTICLE}[ \u00a0]*)*(?:{_CAP}))*")
_PARTICLE_RE = re.compile(_PARTICLE)
PARTICLE_ANY_CASE = re.compile(_PARTICLE, re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[\w’'\-]+\.?")
_PARENS = re.compile(r"\s*\([^)]*\)")
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:de|du|des|of|for|at|from|by|on|in|to|during|with|into|after|before|à|au|aux|sur|chez|pendant|lors|avec|contre|against|devant|pour|par|dans|en|sous|vers|entre|parmi|selon|under|near|between|among|via)\s+(?:(?:la|le|les|the)\s+|l['’])?|d['’])$", re.IGNORECASE)
_QUANTIFIERS = frozenset(("one", "some", "several", "many", "most", "two", "three", "four", "few", "un", "une",
                          "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "nombre"))
_AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive form."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(slots=True, eq=False)  # hashed by identity: one per language, cached
class Lexicon:
    titles: frozenset[str]
    roles: frozenset[str]  # folded
    organisations: frozenset[str]
    determiners: frozenset[str]
    bare_determiners: frozenset[str]  # determiners without their apostrophe ("l'" → "l")
    pronouns: frozenset[str]
    function_words: frozenset[str]
    stops: frozenset[str]
    role_pattern: re.Pattern
    adjectival_names: bool  # "Saudi officials": a capitalised adjective before a noun (English)
    companies: frozenset[str]  # folded common nouns for a company ("entreprise", "company")
    management: frozenset[str]  # folded words for a company's management ("direction")
    organisation_nouns: frozenset[str]  # folded nouns that introduce an organisation's name
    organisation_nouns_lower: frozenset[str]  # the same, lower case as written (a quick test)


@lru_cache(maxsize=None)
def lexicon(module: ModuleType) -> Lexicon:
    return Lexicon(
        frozenset(t.rstrip(".") for t in module.TITLES),
        frozenset(fold(r) for r in module.ROLE_WORDS),
        frozenset(fold(o) for o in module.ORGANISATION_WORDS),
        frozenset(fold(d) for d in module.DETERMINERS),
        frozenset(fold(d).rstrip("'’") for d in module.DETERMINERS),
        frozenset(module.PERSON_PRONOUNS),
        frozenset(module.CAPITALISED_FUNCTION_WORDS),
        frozenset(fold(w) for w in module.SPEAKER_PHRASE_STOPS),
        re.compile(
            r"(?<![\w-])(?:" + trie_pattern({fold(r) for r in module.ROLE_WORDS}) + r")s?(?![\w-])"
        ),
        module.__name__.endswith(".en"),
        frozenset(fold(w) for w in module.COMPANY_WORDS),
        frozenset(fold(w) for w in module.MANAGEMENT_WORDS),
        frozenset(fold(w) for w in module.ORGANISATION_NOUNS),
        frozenset(w.lower() for w in module.ORGANISATION_NOUNS),
    )


@dataclass(slots=True)
class Mention:
    """What the words next to a claim say about its speaker, before coreference."""

    text: str
    name: str | None = None  # a proper name as written (title removed)
    role: str | None = None
    pronoun: bool = False
    organisation: bool = False


@lru_cache(maxsize=8192)
def _strip_function_words(name: str, lex: Lexicon) -> str:
    tokens = name.split()
    while tokens and (tokens[0] in lex.function_words or tokens[0].rstrip(".") in lex.titles):
        tokens.pop(0)
    while tokens and fold(tokens[0]) in lex.roles:
        tokens.pop(0)
    return " ".join(tokens)


@lru_cache(maxsize=4096)
def names_in(segment: str, lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """Proper names in a phrase, with their offsets; roles and titles split off."""
    return tuple(_names_in(segment, lex))


def clear_caches() -> None:
    """Forget the phrases parsed so far (timing tools: each timed article starts cold)."""
    names_in.cache_clear()
    _parse_mention.cache_clear()
    _strip_function_words.cache_clear()


def _names_in(segment: str, lex: Lexicon) -> list[tuple[int, str]]:
    found = []
    roles, titles, function_words = lex.roles, lex.titles, lex.function_words
    for match in _NAME.finditer(segment):
        raw = match.group()
        base = match.start()
        if " " not in raw and "\u00a0" not in raw and "'" not in raw and "’" not in raw:
            # One word, no possessive (three names in four): the general case below, shortened.
            if raw in function_words or fold(raw) in roles or raw.rstrip(".") in titles:
                continue
            name = raw.rstrip(".").strip("-")
            if len(name) > 1 and not name.isdigit():
                found.append((base + raw.find(name), name))
            continue
        possessive = list(_POSSESSIVE.finditer(raw))
        if possessive:
            base += possessive[-1].end()
            raw = raw[possessive[-1].end():].strip()
            if not raw:
                continue
        # A capitalised role word inside the run ("United States President Donald Trump") ends what precedes it.
        tokens = raw.split()
        cut = 0
        for i, token in enumerate(tokens):
            if fold(token) in lex.roles or token.rstrip(".") in lex.titles:
                cut = i + 1
        if len(tokens) > 2 and tokens[0].isupper() and len(tokens[0]) > 1 and tokens[0].isalpha() and not cut:
            cut = 1  # "LFI Louis Boyard", "AFP Jean-Philippe Magnen": an acronym glued to a name
        if cut and cut < len(tokens):
            if _PARTICLE_RE.fullmatch(tokens[cut]):
                # "PDG de HP France": an organisation complement; "Mayor of London Sadiq Khan": a
                # place, then the person.
                if len(tokens) - cut - 2 < 2:
                    continue
                cut += 2
            raw = " ".join(tokens[cut:])
        elif cut:
            continue
        if not cut and len(tokens) >= 4 and _PARTICLE_RE.fullmatch(tokens[1]) and tokens[2][:1].isupper():
            raw = " ".join(tokens[2:])  # "Assassinat de Antoine Sollacaro": a headline noun, then the name
            tokens = tokens[2:]
        if " of " in raw:
            left = raw.split(" of ")[0]
            if len(left.split()) >= 2 and not ({fold(w) for w in left.split()} & lex.organisations):
                raw = left  # "Lucy Fischer of The Times"
                tokens = raw.split()
        person_after_place = False
        if not cut and len(tokens) >= 3 and PREPOSITION_BEFORE.search(segment[max(0, base - 12):base]):
            # "of Scotland Nicola Sturgeon", "to the United Nations Nikki Haley": a place or an
            # organisation, then the person's first name and surname.
            keep = 3 if PARTICLE_ANY_CASE.fullmatch(tokens[-2]) else 2
            if not ({fold(w) for w in tokens} & lex.organisations):
                raw = " ".join(tokens[-keep:])
                person_after_place = True
        name = _strip_function_words(raw, lex).rstrip(".").strip("-")
        if name and (len(name) > 1) and not name.isdigit():
            offset = base + match.group()[base - match.start():].find(name.split()[0])
            found.append((offset, name))
    return found


def role_in(segment: str, lex: Lexicon, last: bool = False) -> tuple[int, str] | None:
    low = fold(segment)
    hits = list(lex.role_pattern.finditer(low)) if last else [lex.role_pattern.search(low)]
    if not hits or hits[-1] is None:
        return None
    m = hits[-1]
    return (m.start(), m.group())


def clean_phrase(phrase: str, lex: Lexicon) -> str:
    phrase = _PARENS.sub("", phrase).strip(" ,;:.«»\"“”")
    words = phrase.split()
    while words and fold(words[0]).rstrip("'’") in lex.bare_determiners:
        words.pop(0)
    if words and fold(words[0])[:2] in ("l'", "d'"):
        words[0] = words[0][2:]
    return " ".join(words)


def parse_mention(segment: str, lex: Lexicon) -> Mention | None:
    """The speaker named by a short noun phrase (a clause subject or the words after an inverted verb).
    A new `Mention` on each call: callers may complete it (`find_subject` does)."""
    parsed = _parse_mention(segment, lex)
    if parsed is None:
        return None
    return Mention(parsed.text, parsed.name, parsed.role, parsed.pronoun, parsed.organisation)


@lru_cache(maxsize=8192)
def _parse_mention(segment: str, lex: Lexicon) -> Mention | None:
    """`parse_mention`, cached: the same phrases come back within an article (each candidate
    segment is parsed by several rules) and across articles (the same people and roles)."""
    segment = _PARENS.sub("", segment).strip(" ,;:«»\"“”")
    if not segment:
        return None
    first = segment.split()[0]
    if first.lower() in lex.pronouns or first.lower().removeprefix("-t-").removeprefix("-") in lex.pronouns:
        return Mention(segment, pronoun=True)
    names = [(o, n) for o, n in names_in(segment, lex)]
    # A name after a preposition ("PDG de HP France", "Lucy Fischer of The Times") is not the speaker
    # when another name is there.
    primary = [(o, n) for o, n in names if not PREPOSITION_BEFORE.search(segment[:o])]
    role_first = role_in(segment, lex)
    if role_first is not None:
        # "ex-députée UMP", "PDG de HP": an acronym after a role is its complement, not a person.
        primary = [(o, n) for o, n in primary if not (n.isupper() and o > role_first[0])]
    by_name = [(o, n) for o, n in names if _AGENT_BEFORE.search(segment[:o])]
    if by_name:
        primary = by_name
    role_hit = role_first
    role = None
    if role_hit is not None:
        start = role_hit[0]
        if fold(segment.split()[0]) in _QUANTIFIERS and not primary:
            start = 0  # "One interviewee", "Some of the protesters"
        end = len(segment)
        for o, n in primary:
            if o > start:
                end = o
                break
        role = clean_phrase(segment[start:end], lex) or None
        if role and len(role.split()) > 8:
            role = " ".join(role.split()[:8])
    if lex.adjectival_names and len(primary) == 1 and " " not in primary[0][1] and (role_hit is None or role_hit[0] > primary[0][0]):
        after = segment[segment.find(primary[0][1]) + len(primary[0][1]):].split()
        if len(after) == 1 and after[0].isalpha() and after[0].islower():
            # "Saudi officials", "Russian media": an adjective, not a name.
            return Mention(segment, role=clean_phrase(segment, lex))
    if primary:
        name = primary[0][1] if role_hit is None or primary[0][0] > role_hit[0] else primary[-1][1]
        low_words = {fold(w) for w in name.split()}
        before = segment[: segment.find(name)].strip()
        organisation = bool(low_words & lex.organisations) or name.isupper() or (
            before != "" and fold(before.split()[-1]).rstrip("'’") in lex.bare_determiners and role is None
        )
        if organisation and role is None:
            tail = segment[segment.find(name) + len(name):].split()
            if tail and tail[0][:1].islower() and len(tail) <= 6:
                # "la Banque centrale européenne", "l'Institut pour l'étude de la guerre"
                name = f"{name} {' '.join(tail)}".rstrip(" .;:")
        return Mention(segment, name=name, role=role, organisation=organisation)
    if role:
        return Mention(segment, role=role)
    phrase = clean_phrase(segment, lex)
    if not phrase or len(phrase.split()) > 6:
        return None
    words = {fold(w) for w in phrase.split()} | {fold(w).rstrip("s") for w in phrase.split()}
    if words & lex.organisations:
        return Mention(segment, role=phrase, organisation=True)
    first = fold(segment.split()[0]).rstrip("'’")
    words = phrase.split()
    if lex.adjectival_names and len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and words[-1].endswith("s"):
        return Mention(segment, role=phrase)  # "police", "local officials", "witnesses"
    if first in lex.bare_determiners or first in _QUANTIFIERS or fold(segment.split()[0])[:2] in ("l'", "d'"):
        # A group or a thing named by a common noun: "les syndicats", "local media".
        return Mention(segment, role=phrase)
    return None
