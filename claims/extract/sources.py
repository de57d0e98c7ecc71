"""Cited sources, photo credits, bylines and boilerplate lines of an article.

An agency cited for the content ("D'après AFP, Reuters", "(AFP)", "Avec AFP", "— Reuters",
"MOSCOW (Reuters) -", "selon l'agence Reuters", "told Reuters") is a cited source. An agency
crediting an image ("Photo : Reuters", "AFP PHOTO", "© AFP", a caption line ending with the
agency) is a photo credit, never a cited source. `excluded` lists the spans (bylines, credit
lines, captions, page furniture) that must never yield claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from claims.extract.lang import en, fr
from claims.extract.names import fold
from claims.extract.regex_trie import trie_pattern
from claims.extract.segments import paragraphs
from claims.extract.triggers import fold_case, lowered, lowered_article, positions

# Canonical name → the ways articles write it (case-sensitive; acronyms stay upper case).
KNOWN_AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "agence France-Presse", "agence France Presse", "France-Presse", "France Presse"),
    "Reuters": ("Reuters", "Thomson Reuters", "REUTERS"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News"),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "KCNA Watch": ("KCNA Watch",),
    "TASS": ("TASS", "Tass", "ITAR-TASS", "Itar-Tass"),
    "RIA Novosti": ("RIA Novosti", "RIA-Novosti", "Ria Novosti"),
    "Interfax": ("Interfax", "Interfax-Ukraine"),
    "Xinhua": ("Xinhua", "Chine nouvelle"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "agence Anadolu"),
    "Belga": ("Belga",),
    "Keystone-ATS": ("Keystone-ATS", "Keystone ATS", "ATS"),
    "Bloomberg": ("Bloomberg",),
    "UPI": ("UPI", "United Press International"),
    "PA": ("PA", "PA Media", "Press Association"),
    "ANP": ("ANP",),
    "Notimex": ("Notimex",),
    "Sputnik": ("Sputnik",),
    "Europa Press": ("Europa Press",),
    "Agerpres": ("Agerpres",),
    "PAP": ("PAP",),
    "CTK": ("CTK", "ČTK"),
    "MTI": ("MTI",),
    "BTA": ("BTA",),
    "APA": ("APA",),
    "Lusa": ("Lusa",),
    "NTB": ("NTB",),
    "TT": ("TT",),
    "Ritzau": ("Ritzau",),
    "STT": ("STT",),
    "Jiji": ("Jiji", "Jiji Press"),
    "IRNA": ("IRNA",),
    "WAFA": ("WAFA", "Wafa"),
    "MENA": ("MENA",),
    "Prensa Latina": ("Prensa Latina",),
    "Ukrinform": ("Ukrinform",),
    "UNIAN": ("UNIAN",),
    "BelTA": ("BelTA",),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI",),
    "AAP": ("AAP", "Australian Associated Press"),
    "SANA": ("SANA",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "ABC": ("ABC",),
    "BBC": ("BBC",),
    "CNN": ("CNN",),
}

# The agencies by their usual names, as a text names them.
_AGENCY_NAMES = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, KNOWN_AGENCIES), key=len, reverse=True)) + r")\b")


def last_agency_named(text: str, position: int) -> str | None:
    """The news agency (by its usual name) that TEXT names last before POSITION."""
    last = None
    for last in _AGENCY_NAMES.finditer(text, 0, position):
        pass
    return last.group() if last is not None else None


_CASE_FOLDED_ARTICLES = re.compile(
    r"^(?:l['’]\s*|la\s+|le\s+|the\s+)?(?:agence|agency|news agency)?(?:\s+de\s+presse)?\s*", re.I
)
_RES = (fr, en)


@dataclass(slots=True)
class Credits:
    cited_sources: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    byline: str | None = None
    excluded: list[tuple[int, int]] = field(default_factory=list)


def _apostrophes(words) -> set[str]:
    return {v for w in words for v in (w, w.replace("'", "’"), w.replace("’", "'"))}


_FOLDED = {fold(v): canon for canon, variants in KNOWN_AGENCIES.items() for v in (canon, *variants)}


def canonical_source(name: str, extra_agencies: Sequence[str] = ()) -> str | None:
    """"l'agence Reuters" → "Reuters", "Agence France-Presse" → "AFP"; None if unknown."""
    cleaned = name.strip().strip("()[].,;:")
    for candidate in (cleaned, _CASE_FOLDED_ARTICLES.sub("", cleaned)):
        folded = fold(candidate)
        if folded in _FOLDED:
            return _FOLDED[folded]
        for extra in extra_agencies:
            if fold(extra) == folded:
                return extra
    return None


# Phrases (both languages: pages mix them) around an agency name that make it a cited source.
_CITE_BEFORE_WORDS = _apostrophes(w for r in _RES for w in r.AGENCY_CITE_BEFORE)
_CITE_BEFORE = re.compile(
    rf"(?:{trie_pattern(_CITE_BEFORE_WORDS)})"
    r"\s+(?:[a-zà-ÿ'’-]+\s+){0,5}?(?:l['’]\s*)?$",
    re.I,
)
# Where a _CITE_BEFORE match can start, on lower-cased text.
_CITE_BEFORE_ANCHOR = re.compile(trie_pattern({fold_case(w) for w in _CITE_BEFORE_WORDS}))
_CITE_AFTER = re.compile(
    r"^(?:\s+(?:news\s+agency|agency|photographers?|correspondents?|journalists?))?\s*,?\s*"
    rf"(?:{trie_pattern(_apostrophes(w for r in _RES for w in r.AGENCY_CITE_AFTER))})(?![\w])",
    re.I,
)
_BOILERPLATE_PATTERN = rf"(?:{'|'.join(p for r in _RES for p in r.BOILERPLATE)})\s*[.:]?"
# Matched case-sensitively on the lower-cased line (the patterns are lower case): `re` then rejects
# most alternatives on their first letter, which IGNORECASE prevents; IGNORECASE on the line itself
# when lower-casing would move offsets.
_BOILERPLATE = re.compile(_BOILERPLATE_PATTERN)
_BOILERPLATE_ANY_CASE = re.compile(_BOILERPLATE_PATTERN, re.I)
# Also boilerplate, tried only in articles that hold its key word (it scans the whole line).
_CONTRIBUTED = re.compile(r".*contributed (?:to this report|reporting).*\s*[.:]?", re.I)
_CREDIT_MARKERS = _apostrophes(m for r in _RES for m in r.CREDIT_MARKERS)
_CREDIT_MARKER = trie_pattern(_CREDIT_MARKERS)
_CAPTION = re.compile(trie_pattern(_apostrophes(m for r in _RES for m in r.CAPTION_MARKERS)), re.I)
_SOURCE_PREFIX = "(?i:" + trie_pattern(_apostrophes(p for r in _RES for p in r.BYLINE_SOURCE_PREFIXES)) + ")"
_BYLINE_PREFIX = "(?i:" + trie_pattern(_apostrophes(p for r in _RES for p in r.BYLINE_PREFIXES)) + ")"
# A person's name in a byline: two to five capitalised words ("Huyen Le", "Jean-Yves Le Drian").
_PERSON = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+(?:de|du|da|van|von|der|le|la|di|al|el|bin)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){1,4}"
_INITIALS = r"[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+"
# A source list under its heading ("Sources", "Références"): an entry names the outlet an article
# is based on, "« Maroc : quatre morts dans un déraillement » — AFP, 8 novembre 2026", ""Court
# halts port deal" — Daily Mirror (Sri Lanka), November 23, 2026", "(en) « Vote survived », Reuters, 11 novembre 2026".
_SOURCES_HEADING = re.compile(r"(?i:sources?|r[ée]f[ée]rences)[ \u00a0]*:?")
_SOURCE_ENTRY = re.compile(
    r"(?:\([a-z]{2,3}\)[ \u00a0]*)?(?:«[^«»\n]{3,300}»|\"[^\"\n]{3,300}\"|“[^“”\n]{3,300}”)[ \u00a0]*[—–,-][ \u00a0]*"
    r"(?P<outlet>[^\W\d_][^,()\n]{1,80}?)[ \u00a0]*(?:\([^()\n]{1,40}\))?[ \u00a0]*(?:,[^\n]{0,40})?")
# Caption lines are short; a long paragraph ending with a credit keeps its text.
MAX_CAPTION_CHARS = 400
# Bylines, source lines and page furniture fit on a short line.
MAX_SHORT_LINE = 160
# A photo credit is read at the end of a line only.
MAX_CREDIT_CHARS = 120
_CREDIT_WORDS = {m.lower().split()[0] for r in _RES for m in r.CREDIT_MARKERS} | {"getty"}
# Without the words that hold another ("photos", "crédits"): the key tests find the same lines.
_CREDIT_KEYS = tuple(sorted(k for k in _CREDIT_WORDS if not any(o != k and o in k for o in _CREDIT_WORDS)))


class _Agencies:
    """Compiled patterns for the known agencies plus the user's extra ones."""

    def __init__(self, extra: tuple[str, ...]) -> None:
        self.extra = extra
        variants = {v for canon, vs in KNOWN_AGENCIES.items() for v in (canon, *vs)} | set(extra)
        ag = rf"(?<![\w-])(?:{trie_pattern(variants)})(?![\w-])"
        self.agency = re.compile(ag)
        art = r"(?:(?:l['’]\s*|la\s+|le\s+|the\s+)?(?:[Aa]gence\s+(?:de\s+presse\s+)?)?)"
        lst = rf"{art}{ag}(?:\s*(?:[,/&+]|\bet\b|\band\b)\s*{art}{ag})*"
        self.list_only = re.compile(rf"\(?\s*{lst}\s*\)?\s*\.?")
        self.byline_with_sources = re.compile(
            rf"(?P<name>{_PERSON}|{_INITIALS})\s*[,(\[]\s*(?:(?:{_SOURCE_PREFIX})\s*:?\s*)?(?P<src>{lst})\s*[)\]]?\s*\.?"
        )
        self.prefixed_sources = re.compile(rf"(?:{_SOURCE_PREFIX})\s*:?\s*(?P<src>{lst})\s*\.?")
        self.dashed_sources = re.compile(rf"[—–-]+\s*(?P<src>{lst})\s*\.?")
        self.byline = re.compile(
            rf"(?:{_BYLINE_PREFIX})\s+(?P<name>{_PERSON}(?:\s*(?:,|\bet\b|\band\b)\s*{_PERSON})*)"
            rf"(?:\s*(?:,|\bavec\b|\bwith\b|\bfor\b|\bpour\b|\bet\b|\band\b|[(\[])\s*(?P<src>{lst})\s*[)\]]?)?\s*\.?",
        )
        self.dateline = re.compile(
            rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){{0,3}}\s*(?:,\s*[^()\n]{{1,30}}?)?\s*)?"
            rf"\((?P<src>{lst})\)\s*[-–—:]+\s*"
        )
        self.trailing_sources = re.compile(rf"\(\s*(?P<src>{lst})\s*\)\s*\.?\s*$")
        who = r"(?P<who>[^()\n:«»“”\"]{1,80}?)"  # (no quotation mark: "« Je vis de mes images », a déclaré …" is no credit)
        self.credit_tail = re.compile(
            rf"(?:^|(?<=[\s(.,;|–—-]))(?:\(\s*)?(?:{_CREDIT_MARKER})\s*[:：/]?\s*{who}\s*\)?\s*\.?\s*$"
            rf"|(?:^|(?<=[\s(.,;|–—-]))(?:\(\s*)?(?P<who2>{ag}\s+(?:PHOTO|Photo|photo|IMAGE)(?:\s*/\s*[^()\n]{{1,60}}?)?)\s*\)?\s*\.?\s*$"
            rf"|(?:^|(?<=[\s(.,;|–—-]))(?:\(\s*)?(?P<who3>{ag}\s*/\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s*){{1,4}})\)?\s*\.?\s*$"
            rf"|(?:^|(?<=[\s(.,;|–—-]))(?P<who4>(?:{ag}\s+via\s+)?Getty Images|AFP via Getty Images)\s*\.?\s*$",
            re.I,
        )
        self.copyright = re.compile(rf"©\s*(?P<who>{ag}|[^\n,;()]{{1,40}})")
        # Where a credit_tail match can start, on lower-cased text (see credit_tail_search).
        self.credit_anchor = re.compile(
            trie_pattern({fold_case(w) for w in (*_CREDIT_MARKERS, *variants, "getty images")})
        )
        # Any variant anywhere, as case-sensitive scans that `re` runs quickly: one for the
        # names starting with a capital letter, rare in text, one per other name ("dpa"), run
        # only when the text holds it.
        capitalised = {v for v in variants if v[:1].isupper()}
        self.capitalised = re.compile(trie_pattern(capitalised))
        self.uncapitalised = {v: re.compile(re.escape(v)) for v in sorted(variants - capitalised)}

    def positions(self, text: str) -> list[int]:
        """Start offsets of agency names."""
        scans = [self.capitalised] + [scan for name, scan in self.uncapitalised.items() if name in text]
        hits = sorted({p for scan in scans for p in positions(scan, text, 0)})
        return [p for p in hits if self.agency.match(text, p)]

    def credit_tail_search(self, line: str, tail_at: int) -> re.Match | None:
        """`credit_tail.search(line, tail_at)`, trying only where a marker, an agency or
        "Getty Images" starts (or the "(" before one)."""
        low = lowered(line, tail_at, len(line))
        if low is None:
            return self.credit_tail.search(line, tail_at)
        starts = set()
        for p in positions(self.credit_anchor, low, tail_at):
            starts.add(p)
            before = line[tail_at:p].rstrip()  # "(" and spaces may open the credit
            if before.endswith("("):
                starts.add(tail_at + len(before) - 1)
        for p in sorted(starts):
            m = self.credit_tail.match(line, p)
            if m:
                return m
        return None

    def names(self, text: str) -> list[str]:
        out = []
        for m in self.agency.finditer(text):
            canon = canonical_source(m.group(), self.extra)
            if canon and canon not in out:
                out.append(canon)
        return out


@lru_cache(maxsize=32)
def _agencies(extra: tuple[str, ...]) -> _Agencies:
    return _Agencies(extra)


def _add(target: list[str], names: list[str]) -> None:
    for n in names:
        if n not in target:
            target.append(n)


def _credit_names(ag: _Agencies, who: str) -> list[str]:
    """Agencies named in a photo credit, else the credit itself ("Photo : John Doe")."""
    names = ag.names(who)
    if names:
        return names
    who = who.strip(" .,;/")
    if who and len(who.split()) <= 6 and who[:1].isupper():
        return [who]
    return []


def _boilerplate(line: str, folded: str | None, s: int, e: int) -> bool:
    """Whether the line text[s:e] is page furniture; `folded`: the lower-cased text, if any."""
    if folded is None:
        return _BOILERPLATE_ANY_CASE.fullmatch(line) is not None
    return _BOILERPLATE.fullmatch(folded, s, e) is not None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def find_credits(
    text: str, lang: str, extra_agencies: Sequence[str] = (), lines: Sequence[tuple[int, int]] | None = None,
) -> Credits:
    """Cited sources, photo credits, byline and excluded spans of a whole article text.
    `lines`: the text's `segments.paragraphs`, if already known."""
    ag = _agencies(tuple(extra_agencies))
    credits = Credits()
    excluded: list[tuple[int, int]] = []
    photo_lines: list[tuple[int, int]] = []
    if lines is None:
        lines = paragraphs(text)
    edge = {i for i in range(len(lines)) if i < 4 or i >= len(lines) - 4}
    positions = ag.positions(text)
    folded = lowered_article(text, 0, len(text))
    # text.lower(): `folded` itself unless it had "ı" or "ſ" mapped (see triggers.lowered)
    lowered_text = folded if folded is not None and "ı" not in text and "ſ" not in text else text.lower()
    credit_keys = [k for k in _CREDIT_KEYS if k in lowered_text]
    same_offsets = len(lowered_text) == len(text)
    contributed_possible = folded is None or "contributed" in folded
    source_list = False
    for index, (s, e) in enumerate(lines):
        line = text[s:e]
        if source_list and (entry := _SOURCE_ENTRY.fullmatch(line)) is not None:
            outlet = entry.group("outlet").strip()
            _add(credits.cited_sources, [canonical_source(outlet, ag.extra) or outlet])
            excluded.append((s, e))
            continue
        source_list = source_list or _SOURCES_HEADING.fullmatch(line) is not None
        short = len(line) <= MAX_SHORT_LINE
        if short and (_boilerplate(line, folded, s, e) or (contributed_possible and _CONTRIBUTED.fullmatch(line))):
            excluded.append((s, e))
            continue
        at = bisect_left(positions, s)
        has_agency = at < len(positions) and positions[at] < e
        m = ag.byline_with_sources.fullmatch(line) if short and has_agency and index in edge else None
        if m:
            name = m.group("name")
            if not re.fullmatch(_INITIALS, name) and canonical_source(name, ag.extra) is None:
                credits.byline = credits.byline or name.strip()
            _add(credits.cited_sources, ag.names(m.group("src")))
            excluded.append((s, e))
            continue
        m = short and has_agency and (
            ag.prefixed_sources.fullmatch(line) or ag.dashed_sources.fullmatch(line) or ag.list_only.fullmatch(line)
        )
        if m:
            _add(credits.cited_sources, ag.names(line))
            excluded.append((s, e))
            continue
        m = ag.byline.fullmatch(line) if short and index in edge else None
        if m:
            names = m.group("name")
            if canonical_source(names, ag.extra):
                _add(credits.cited_sources, ag.names(names))
            else:
                credits.byline = credits.byline or names.strip()
            if m.group("src"):
                _add(credits.cited_sources, ag.names(m.group("src")))
            excluded.append((s, e))
            continue
        tail_at = max(0, len(line) - MAX_CREDIT_CHARS)
        if has_agency or not credit_keys:
            maybe_credit = has_agency
        else:
            tail = lowered_text[s + tail_at:e] if same_offsets else line[tail_at:].lower()
            maybe_credit = any(k in tail for k in credit_keys)
        m = ag.credit_tail_search(line, tail_at) if maybe_credit else None
        if m:
            who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4") or ""
            names = _credit_names(ag, who)
            if names:
                _add(credits.photo_credits, names)
                if len(line) <= MAX_CAPTION_CHARS:
                    excluded.append((s, e))
                    photo_lines.append((s, e))
                else:
                    excluded.append((s + m.start(), e))
                continue
        for cm in ag.copyright.finditer(line) if "©" in line else ():
            _add(credits.photo_credits, _credit_names(ag, cm.group("who")))
            excluded.append((s + cm.start(), s + cm.end()))
        m = ag.trailing_sources.search(line, tail_at) if has_agency and line.rstrip(" .").endswith(")") else None
        if m:
            if _CAPTION.search(line[: m.start()]) and len(line) <= MAX_CAPTION_CHARS:
                _add(credits.photo_credits, ag.names(m.group("src")))
                excluded.append((s, e))
                photo_lines.append((s, e))
                continue
            _add(credits.cited_sources, ag.names(m.group("src")))
            excluded.append((s + m.start(), e))
        m = ag.dateline.match(line) if has_agency else None
        if m:
            _add(credits.cited_sources, ag.names(m.group("src")))
            excluded.append((s, s + m.end()))
    _find_cited_in_text(text, ag, credits, photo_lines, positions)
    credits.excluded = _merge(excluded)
    return credits


def _find_cited_in_text(text: str, ag: _Agencies, credits: Credits, photo_lines, positions) -> None:
    """"selon l'agence Reuters", "a-t-il déclaré à l'AFP", "told Reuters", "AFP reported"."""
    for position in positions:
        m = ag.agency.match(text, position)
        if any(s <= m.start() < e for s, e in photo_lines):
            continue
        before = text[max(0, m.start() - 60): m.start()]
        after = text[m.end(): m.end() + 60]
        if _cited_before(before) or _CITE_AFTER.match(after):
            canon = canonical_source(m.group(), ag.extra)
            if canon:
                _add(credits.cited_sources, [canon])


def _cited_before(before: str) -> bool:
    """`_CITE_BEFORE.search(before)`, trying only where one of its phrases starts."""
    low = lowered(before, 0, len(before))
    if low is None:
        return _CITE_BEFORE.search(before) is not None
    return any(_CITE_BEFORE.match(before, p) for p in positions(_CITE_BEFORE_ANCHOR, low, 0))
