"""Discrepancies inside one statement group, each with its evidence.

Each detector defines when two versions conflict. The versions of a group are
split into clusters that agree; the largest cluster is the reference, and every
other cluster yields one discrepancy naming the reference and the odd versions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from claims.compare.facts import unmatched_dates, unmatched_numbers
from claims.compare.normalise import (
    NEGATION_WORDS, capitalised_words, excerpt_pieces, fold, is_excerpt, words,
)
from claims.compare.similarity import DIFFERENT, speaker_relation
from claims.compare.views import ClaimView
from claims.compare.worddiff import changed_words, word_diff as _word_diff

TYPES = (
    "speaker_mismatch",
    "quote_wording",
    "number_mismatch",
    "date_mismatch",
    "entity_mismatch",
    "negation_mismatch",
    "source_unsupported",
)
SEVERITY = {
    "speaker_mismatch": "high",
    "number_mismatch": "high",
    "date_mismatch": "high",
    "entity_mismatch": "high",
    "negation_mismatch": "high",
    "quote_wording": "medium",
    "source_unsupported": "medium",
}


@lru_cache(maxsize=8192)
def _cached_diff(a: str, b: str) -> tuple:
    return tuple(_word_diff(a, b))


def word_diff(a: str, b: str) -> list[dict]:
    return [dict(op) for op in _cached_diff(a, b)]


@dataclass(slots=True)
class Found:
    type: str
    claim_ids: list[int]
    summary: str
    evidence: dict = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return SEVERITY[self.type]


def _same_language(a: ClaimView, b: ClaimView) -> bool:
    return bool(a.language) and a.language == b.language


def speakers_conflict(a: ClaimView, b: ClaimView) -> bool:
    """Different speakers, named differently (the same words resolved apart is not the outlets' doing)."""
    if a.mention and b.mention and fold(a.mention) == fold(b.mention):
        return False
    return speaker_relation(a, b) == DIFFERENT


def numbers_conflict(a: ClaimView, b: ClaimView) -> bool:
    only_a, only_b = unmatched_numbers(a.facts, b.facts, _same_language(a, b))
    return bool(only_a and only_b)


def dates_conflict(a: ClaimView, b: ClaimView) -> bool:
    sa, sb = a.said_on_date, b.said_on_date
    if sa and sb and not sa.compatible(sb):
        return True
    only_a, only_b = unmatched_dates(a.facts.dates, b.facts.dates)
    return bool(only_a and only_b)


def entities_conflict(a: ClaimView, b: ClaimView) -> bool:
    """A named entity swapped for another where the wording otherwise lines up."""
    if not _same_language(a, b) or a.words == b.words:
        return False
    keys_a, keys_b = set(a.facts.entity_keys), set(b.facts.entity_keys)
    only_a = [e for e, k in zip(a.facts.entities, a.facts.entity_keys) if k not in keys_b]
    only_b = [e for e, k in zip(b.facts.entities, b.facts.entity_keys) if k not in keys_a]
    names_a, names_b = _names(a.content), _names(b.content)
    # Without an entity or a name on each side only, nothing can have been swapped (no diff needed).
    if not (only_a and only_b) and not (names_a - names_b and names_b - names_a):
        return False
    ops = word_diff(a.content, b.content)
    return _extracted_entity_swapped(only_a, only_b, ops) or _name_swapped(names_a, names_b, ops)


@lru_cache(maxsize=16384)
def _names(content: str) -> frozenset[str]:
    return frozenset(capitalised_words(content, skip_first=True))


def _extracted_entity_swapped(only_a: list[str], only_b: list[str], ops: list[dict]) -> bool:
    if not only_a or not only_b:
        return False
    removed, added = map(set, changed_words(ops))
    return any(set(words(e)) & removed for e in only_a) and any(
        set(words(e)) & added for e in only_b
    )


def _name_swapped(names_a: frozenset[str], names_b: frozenset[str], ops: list[dict]) -> bool:
    """A capitalised name replaced by another one at the same place in the sentence."""
    for op in ops:
        if op["op"] != "replace":
            continue
        gone = [w for w in capitalised_words(op["a"]) if w in names_a and w not in names_b]
        new = [w for w in capitalised_words(op["b"]) if w in names_b and w not in names_a]
        if gone and new:
            return True
    return False


def negation_conflict(a: ClaimView, b: ClaimView) -> bool:
    """One version negates the other: negation words added or removed on one side only."""
    if not _same_language(a, b) or a.words == b.words:
        return False
    if NEGATION_WORDS.isdisjoint(a.words) and NEGATION_WORDS.isdisjoint(b.words):
        return False  # the diff could neither add nor remove a negation word
    removed, added = changed_words(word_diff(a.content, b.content))
    neg_removed = any(w in NEGATION_WORDS for w in removed)
    neg_added = any(w in NEGATION_WORDS for w in added)
    return neg_removed != neg_added


_NUMBER_SCALE = frozenset(
    "mille thousand million millions milliard milliards billion billions pour cent percent per".split()
)


def _without_numbers(ws: list[str]) -> list[str]:
    """Words minus numbers and their scale words ("30 000" = "trente mille")."""
    out, after_number = [], False
    for w in ws:
        if w[:1].isdigit() or (after_number and w in _NUMBER_SCALE):
            after_number = True
            continue
        after_number = False
        out.append(w)
    return out


def _wording_differs(a: ClaimView, b: ClaimView) -> bool:
    if a.kind != "direct" or b.kind != "direct" or not _same_language(a, b):
        return False
    # Numbers both versions carry are compared as numbers, not as words.
    strip = _without_numbers if a.facts.numbers and b.facts.numbers else list
    wa, wb = strip(a.words), strip(b.words)
    if wa == wb:
        return False
    short, long = (a, wb) if len(wa) <= len(wb) else (b, wa)
    pieces = [strip(p) for p in excerpt_pieces(short.content)]
    return not is_excerpt([p for p in pieces if p], long)


FACT_CONFLICTS: dict[str, Callable[[ClaimView, ClaimView], bool]] = {
    "speaker_mismatch": speakers_conflict,
    "number_mismatch": numbers_conflict,
    "date_mismatch": dates_conflict,
    "entity_mismatch": entities_conflict,
    "negation_mismatch": negation_conflict,
}


def split_versions(claims: list[ClaimView], conflict, weight=None) -> list[list[ClaimView]]:
    """Clusters of versions agreeing with their fullest member (its head), largest first.

    Comparing with the fullest version lets two different excerpts of one quote, or two
    versions each omitting a different number, agree. `weight(claim)`: how many identical
    versions `claim` stands for (1 by default).
    """
    clusters = _clusters(sorted(claims, key=_fullest_first), conflict)
    weight = weight or (lambda c: 1)
    return sorted(clusters, key=lambda c: (-sum(weight(m) for m in c), min(m.id for m in c)))


def _clusters(fullest_first: list[ClaimView], conflict) -> list[list[ClaimView]]:
    """`split_versions`' clusters, in order of creation, of versions already fullest first."""
    clusters: list[list[ClaimView]] = []
    for claim in fullest_first:
        for cluster in clusters:
            if not conflict(cluster[0], claim):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    return clusters


def _fullest_first(c: ClaimView) -> tuple[int, int]:
    return (-_richness(c), c.id)


def _richness(c: ClaimView) -> int:
    return len(c.words) + len(c.facts.numbers) + len(c.facts.dates) + len(c.facts.entities)


# Which versions take part in a type's vote: those that say something it compares.
_HAS_OPINION: dict[str, Callable[[ClaimView], bool]] = {
    "speaker_mismatch": lambda c: c.speaker_id is not None,
    "number_mismatch": lambda c: bool(c.facts.numbers),
    "date_mismatch": lambda c: bool(c.facts.dates) or c.said_on is not None,
    "entity_mismatch": lambda c: bool(c.facts.entities) or bool(_names(c.content)),
    "negation_mismatch": lambda c: True,
    "quote_wording": lambda c: c.kind == "direct",
}


def detect_in_group(claims: list[ClaimView]) -> list[Found]:
    """Every discrepancy between the versions of one statement (one claim per article).

    Identical versions (same signature: wording, facts, speaker, date) always agree and fall
    in the same cluster, so the pairwise work runs over distinct versions only; each
    stands for its copies.
    """
    copies: dict[int, list[ClaimView]] = {}
    for c in sorted(claims, key=_claim_id):
        copies.setdefault(c.signature or -c.id, []).append(c)
    if len(copies) < 2:
        return []  # a single version: every type puts its copies in one cluster
    # In the order `split_versions` visits them, so that each type's voters keep it.
    versions = sorted((same[0] for same in copies.values()), key=_fullest_first)
    copies_of = {same[0].id: same for same in copies.values()}
    found: list[Found] = []
    for kind, conflict in _CONFLICTS_IN_ORDER:
        voters = [c for c in versions if _HAS_OPINION[kind](c)]
        if len(voters) > 1:  # one voter, however many copies, is one cluster
            found += _report(kind, voters, conflict, copies_of)
    return found


def _claim_id(c: ClaimView) -> int:
    return c.id


# Conflicts by (type, signature, signature): a group is checked again each time it grows,
# and wire copy makes the same pairs of versions recur across groups. Bounded: cleared when full.
_CONFLICTS_MAX = 100_000
_conflicts: dict[tuple[str, int, int], bool] = {}


def _remembered(kind: str, conflict):
    def check(a: ClaimView, b: ClaimView) -> bool:
        if not (a.signature and b.signature):
            return conflict(a, b)
        key = (kind, a.signature, b.signature)
        found = _conflicts.get(key)
        if found is None:
            if len(_conflicts) >= _CONFLICTS_MAX:
                _conflicts.clear()
            found = _conflicts[key] = conflict(a, b)
        return found

    return check


_REMEMBERED_CONFLICTS = {kind: _remembered(kind, conflict) for kind, conflict in FACT_CONFLICTS.items()}


def _wording_conflict(a: ClaimView, b: ClaimView) -> bool:
    # A changed number, date, name or negation is reported as such, not twice.
    return _wording_differs(a, b) and not any(
        conflict(a, b) for kind, conflict in _REMEMBERED_CONFLICTS.items() if kind != "speaker_mismatch"
    )


_remembered_wording_conflict = _remembered("quote_wording", _wording_conflict)
_CONFLICTS_IN_ORDER = (*_REMEMBERED_CONFLICTS.items(), ("quote_wording", _remembered_wording_conflict))


def _report(kind, voters, conflict, copies_of) -> list[Found]:
    """The discrepancies of one type among `voters` (distinct versions, fullest first)."""
    clusters = _clusters(voters, conflict)
    if len(clusters) == 1:
        return []
    clusters.sort(key=lambda c: (-sum(len(copies_of[m.id]) for m in c), min(m.id for m in c)))
    out = []
    reference = clusters[0]
    for odd in clusters[1:]:
        # Show the odd version beside a version in its own language when there is one.
        ref = next(
            (r for r in reference if _same_language(r, odd[0]) and conflict(r, odd[0])),
            reference[0],
        )
        odd_conflicting = [o for o in odd if conflict(ref, o)]
        if not odd_conflicting:
            continue
        odd_conflicting = sorted(
            (c for o in odd_conflicting for c in copies_of[o.id]), key=_fullest_first
        )
        n_reference = sum(len(copies_of[r.id]) for r in reference)
        out.append(_describe(kind, ref, odd_conflicting, n_reference))
    return out


def _describe(kind: str, ref: ClaimView, odd: list[ClaimView], n_reference: int) -> Found:
    claims = [ref, *odd]
    versions = [_version_evidence(kind, c) for c in claims]
    evidence: dict = {"reference_claim_id": ref.id, "versions": versions}
    first = odd[0]
    if _same_language(ref, first):
        evidence["diff"] = word_diff(ref.content, first.content)
    odd_outlets = ", ".join(dict.fromkeys(o.outlet_label for o in odd))
    others = "" if n_reference == 1 else f" and {n_reference - 1} other version(s)"
    odd_value, ref_value = _differing_values(kind, first, ref)
    summary = f"{odd_outlets}: {odd_value} vs {ref.outlet_label}{others}: {ref_value}"
    if kind != "speaker_mismatch" and ref.attributed:
        summary += f" ({ref.speaker_label})"
    return Found(kind, [c.id for c in claims], f"{_LABEL[kind]}: {summary}", evidence)


_LABEL = {
    "speaker_mismatch": "Speaker differs",
    "number_mismatch": "Numbers differ",
    "date_mismatch": "Dates differ",
    "entity_mismatch": "Named entity differs",
    "negation_mismatch": "Negation differs",
    "quote_wording": "Quote wording differs",
}


def _differing_values(kind: str, odd: ClaimView, ref: ClaimView) -> tuple[str, str]:
    """What each side says, limited to the values that differ when they are facts."""
    if kind == "number_mismatch":
        only_odd, only_ref = unmatched_numbers(odd.facts, ref.facts, _same_language(odd, ref))
        return ", ".join(n.text for n in only_odd), ", ".join(n.text for n in only_ref)
    if kind == "date_mismatch":
        so, sr = odd.said_on_date, ref.said_on_date
        if so and sr and not so.compatible(sr):
            return f"said on {odd.said_on}", f"said on {ref.said_on}"
        only_odd, only_ref = unmatched_dates(odd.facts.dates, ref.facts.dates)
        return ", ".join(d.text for d in only_odd), ", ".join(d.text for d in only_ref)
    if kind == "entity_mismatch":
        keys_o, keys_r = set(odd.facts.entity_keys), set(ref.facts.entity_keys)
        only_odd = [e for e, k in zip(odd.facts.entities, odd.facts.entity_keys) if k not in keys_r]
        only_ref = [e for e, k in zip(ref.facts.entities, ref.facts.entity_keys) if k not in keys_o]
        if not (only_odd and only_ref):
            names_o = capitalised_words(odd.content, skip_first=True)
            names_r = capitalised_words(ref.content, skip_first=True)
            only_odd = [w for w in names_o if w not in names_r]
            only_ref = [w for w in names_r if w not in names_o]
        return ", ".join(only_odd), ", ".join(only_ref)
    return _value_text(kind, odd), _value_text(kind, ref)


def _value_text(kind: str, c: ClaimView) -> str:
    if kind == "speaker_mismatch":
        return c.speaker_label
    if kind == "number_mismatch":
        return ", ".join(n.text for n in c.facts.numbers)
    if kind == "date_mismatch":
        dates = [d.text for d in c.facts.dates]
        if c.said_on:
            dates.insert(0, f"said on {c.said_on}")
        return ", ".join(dates)
    if kind == "entity_mismatch":
        return ", ".join(c.facts.entities)
    if kind == "negation_mismatch":
        neg = any(w in NEGATION_WORDS for w in c.words)
        return "negative" if neg else "affirmative"
    return _shorten(c.content)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _version_evidence(kind: str, c: ClaimView) -> dict:
    item: dict = {"claim_id": c.id, "outlet": c.outlet, "text": c.content}
    if kind == "speaker_mismatch":
        item.update(speaker=c.speaker_name, mention=c.mention, role=c.role)
    elif kind == "number_mismatch":
        item["numbers"] = [
            {"value": n.value, "unit": n.unit, "text": n.text} for n in c.facts.numbers
        ]
    elif kind == "date_mismatch":
        item["said_on"] = c.said_on
        item["dates"] = [{"iso": d.date.iso(), "text": d.text} for d in c.facts.dates]
    elif kind == "entity_mismatch":
        item["entities"] = list(c.facts.entities)
    elif kind == "negation_mismatch":
        item["negated"] = any(w in NEGATION_WORDS for w in c.words)
    return item


def detect_unsupported(
    claim: ClaimView, group_article_ids: set[int], coverage: dict[str, list[dict]]
) -> Found | None:
    """`claim` cites sources whose own articles on the story (`coverage`) all lack it.

    `coverage` maps each cited source to its articles on the story in the claim's language
    ({"id", "title", "outlet"}). When one cited source has no such article, the claim may
    come from it: nothing can be said.
    """
    if not claim.attributed or not coverage or not all(coverage.values()):
        return None
    checked = coverage
    if fold(claim.outlet or "") in {fold(s) for s in checked}:
        return None
    source_article_ids = {a["id"] for arts in checked.values() for a in arts}
    if source_article_ids & group_article_ids:
        return None
    names = ", ".join(checked)
    summary = (
        f"Not in the cited source: {claim.outlet_label} cites {names}, but "
        f"{'its' if len(checked) == 1 else 'their'} {len(source_article_ids)} article(s) on the "
        f"story do not carry this claim ({claim.speaker_label}: {_shorten(claim.content)})"
    )
    evidence = {
        "sources": list(checked),
        "source_articles": [a for arts in checked.values() for a in arts],
        "text": claim.content,
        "outlet": claim.outlet,
    }
    return Found("source_unsupported", [claim.id], summary, evidence)
