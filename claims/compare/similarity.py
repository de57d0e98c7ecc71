"""Do two claims report the same statement? Speaker compatibility and content match."""

from __future__ import annotations

from functools import lru_cache

from claims.compare.facts import unmatched_dates, unmatched_numbers
from claims.compare.normalise import fold
from claims.compare.views import ClaimView
from claims.extract.names import organisation_key

SAME, COMPATIBLE, UNKNOWN, DIFFERENT = "same", "compatible", "unknown", "different"

# Same language, compatible speakers: shared content words and how much of the shorter is covered.
MIN_SHARED_WORDS = 3
MIN_CONTAINMENT = 0.7
MIN_DICE = 0.5
# Same language, different speakers: only near-identical wording groups them.
MIN_SHARED_WORDS_OTHER_SPEAKER = 6
MIN_DICE_OTHER_SPEAKER = 0.7
# Same speaker: a fragment of this many words, all found in the other version.
MIN_SHARED_WORDS_EXCERPT = 2
# French↔English: speaker known and compatible, language-neutral anchors agree.
MIN_SHARED_ANCHORS = 2
MIN_ANCHOR_JACCARD = 0.34
# Same speaker across languages, one shared number as the only anchor of both versions.
MIN_DISTINCTIVE_NUMBER = 100
SINGLE_NUMBER_SCORE = 0.3


def speaker_relation(a: ClaimView, b: ClaimView) -> str:
    """same / compatible (an organisation and its spokesperson) / unknown / different."""
    if a.speaker_id is None or b.speaker_id is None:
        return UNKNOWN
    if a.speaker_id == b.speaker_id or (a.speaker_key and a.speaker_key == b.speaker_key):
        return SAME
    if a.speaker_kind == b.speaker_kind == "organisation" and a.speaker_name and b.speaker_name \
            and organisation_key(a.speaker_name) == organisation_key(b.speaker_name):
        return SAME  # "Organisation mondiale de la santé" and "World Health Organization"
    for org, person in ((a, b), (b, a)):
        if org.speaker_kind == "organisation" and org.speaker_name:
            name = fold(org.speaker_name)
            if name and f" {name} " in f" {person.role_text()} ":
                return COMPATIBLE
    return DIFFERENT


# Scores by pair of view signatures: wire copy makes the same pair of versions recur.
_SCORES_MAX = 50_000
_scores: dict[tuple[int, int], float | None] = {}


def match_score(a: ClaimView, b: ClaimView) -> float | None:
    """A score in (0, 1] when `a` and `b` report the same statement, else None."""
    if a.article_id == b.article_id:
        return None
    if not (a.signature and b.signature):
        return _match_score(a, b)
    # A claim's mention and role only count against an organisation (its spokesperson).
    key = (
        a.signature if b.speaker_kind == "organisation" else a.coarse_signature,
        b.signature if a.speaker_kind == "organisation" else b.coarse_signature,
    )
    score = _scores.get(key, _UNKNOWN)
    if score is _UNKNOWN:
        if len(_scores) >= _SCORES_MAX:
            _scores.clear()
        score = _scores[key] = _match_score(a, b)
    return score


_UNKNOWN = object()


def _match_score(a: ClaimView, b: ClaimView) -> float | None:
    if a.article_id == b.article_id or a.attributed != b.attributed or not _may_match(a, b):
        return None
    relation = speaker_relation(a, b)
    said_a, said_b = a.said_on_date, b.said_on_date
    if said_a and said_b and not said_a.compatible(said_b) and relation != DIFFERENT:
        # Same speaker on different days: another statement, unless the wording is identical.
        return _same_language_score(a, b, MIN_SHARED_WORDS_OTHER_SPEAKER, 0.0, MIN_DICE_OTHER_SPEAKER)
    if a.language and a.language == b.language:
        if relation == DIFFERENT:
            score = _same_language_score(a, b, MIN_SHARED_WORDS_OTHER_SPEAKER, 0.0, MIN_DICE_OTHER_SPEAKER)
            # Two people saying near-identical words with other figures are two statements.
            return None if score is None or _facts_disagree(a, b) else score
        if not a.attributed and _name_different_subjects(a, b):
            return None
        score = _same_language_score(a, b, MIN_SHARED_WORDS, MIN_CONTAINMENT, MIN_DICE)
        if score is None and relation in (SAME, COMPATIBLE):
            return _excerpt_score(a, b)
        return score
    if relation not in (SAME, COMPATIBLE) and a.attributed:
        return None
    if relation == SAME and _one_distinctive_number(a, b):
        return SINGLE_NUMBER_SCORE  # "1 200 dockers ont été mis au chômage" / "1,200 dock workers were laid off"
    return _anchor_score(a, b)


def _may_match(a: ClaimView, b: ClaimView) -> bool:
    """A necessary condition of every score below, cheap enough to try first.

    Every wording score needs at least two shared words and a Dice coefficient of 0.5 or a
    containment of 0.7 (an excerpt's is 1); across languages, two shared anchors will do too.
    """
    va, vb = a.vocabulary, b.vocabulary
    if va and vb:
        shared = len(va & vb)
        if shared >= 2 and (4 * shared >= len(va) + len(vb) or 10 * shared >= 7 * min(len(va), len(vb))):
            return True
    if a.language and a.language == b.language:
        return False
    return len(a.anchor_set & b.anchor_set) >= MIN_SHARED_ANCHORS or _one_distinctive_number(a, b)


def _one_distinctive_number(a: ClaimView, b: ClaimView) -> bool:
    """Both versions anchor on one number, the same, and a large one: a translation's only
    language-neutral fact ("1 200 dockers" / "1,200 dock workers"), unlike "trois jours"."""
    if len(a.anchor_set) != 1 or a.anchor_set != b.anchor_set:
        return False
    (anchor,) = a.anchor_set
    return anchor[:3] == "\x1fn " and abs(float(anchor[3:])) >= MIN_DISTINCTIVE_NUMBER


def _name_different_subjects(a: ClaimView, b: ClaimView) -> bool:
    """Two outlets' own sentences that name things, none the same: "The Belorian parliament has
    153 members" and "The Ostrian parliament has 46 members" are two facts, not one told twice.
    Names compare by their first letters ("Russia's" / "Russian")."""
    stems_a, stems_b = _name_stems(a.anchor_set), _name_stems(b.anchor_set)
    return bool(stems_a) and bool(stems_b) and stems_a.isdisjoint(stems_b)


@lru_cache(maxsize=8192)
def _name_stems(anchors: frozenset[str]) -> frozenset[str]:
    # Anchors are tagged "\x1fc " (a capitalised word) or "\x1fe " (an entity's key), see views.
    return frozenset(anchor[3:3 + _NAME_STEM] for anchor in anchors if anchor[1] in "ce")


_NAME_STEM = 5


def _facts_disagree(a: ClaimView, b: ClaimView) -> bool:
    only_a, only_b = unmatched_numbers(a.facts, b.facts, True)
    if only_a and only_b:
        return True
    only_a, only_b = unmatched_dates(a.facts.dates, b.facts.dates)
    if only_a and only_b:
        return True
    return bool(a.said_on_date and b.said_on_date and not a.said_on_date.compatible(b.said_on_date))


def _same_language_score(a, b, min_shared, min_containment, min_dice) -> float | None:
    va, vb = a.vocabulary, b.vocabulary
    if not va or not vb:
        return None
    shared = len(va & vb)
    if shared < min_shared:
        return None
    dice = 2 * shared / (len(va) + len(vb))
    containment = shared / min(len(va), len(vb))
    if dice >= min_dice or (min_containment and containment >= min_containment):
        return max(dice, containment * 0.9)
    return None


def _excerpt_score(a: ClaimView, b: ClaimView) -> float | None:
    """A short fragment ("une décision historique") wholly inside the other version."""
    short, long = sorted((a.vocabulary, b.vocabulary), key=len)
    if len(short) >= MIN_SHARED_WORDS_EXCERPT and short <= long:
        return 0.5
    return None


def _anchor_score(a: ClaimView, b: ClaimView) -> float | None:
    xa, xb = a.anchors(), b.anchors()
    shared = len(xa & xb)
    if shared < MIN_SHARED_ANCHORS:
        return None
    jaccard = shared / len(xa | xb)
    return jaccard * 0.8 if jaccard >= MIN_ANCHOR_JACCARD else None
