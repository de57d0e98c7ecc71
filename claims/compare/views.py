"""`ClaimView`: what comparison needs to know about one stored claim."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import count

from claims.compare.facts import Facts, parse_facts
from claims.compare.normalise import capitalised_words, content_words_of, fold, words
from claims.extract.types import PartialDate


@dataclass(slots=True)
class ClaimView:
    id: int
    article_id: int
    kind: str
    content: str
    language: str | None = None
    outlet: str | None = None
    published: str | None = None
    said_on: str | None = None
    speaker_id: int | None = None
    speaker_key: str | None = None
    speaker_name: str | None = None
    speaker_kind: str | None = None
    mention: str | None = None
    role: str | None = None
    cited_sources: tuple[str, ...] = ()
    group_id: int | None = None
    facts: Facts = field(default_factory=Facts)
    words: list[str] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)
    said_on_date: PartialDate | None = None
    keys: frozenset = frozenset()  # vocabulary and anchors, for blocking
    anchor_set: frozenset = frozenset()
    # Equal signatures: the two claims compare the same way with any other claim.
    signature: int = 0
    # The same without mention and role, which only count against an organisation speaker.
    coarse_signature: int = 0
    # The full date it was said on, else the article's publication date (grouping's time window).
    day: date | None = None

    @property
    def attributed(self) -> bool:
        return self.kind != "assertion"

    @property
    def speaker_label(self) -> str:
        return self.speaker_name or self.mention or "?"

    @property
    def outlet_label(self) -> str:
        return self.outlet or f"article {self.article_id}"

    def anchors(self) -> frozenset[str]:
        """Language-neutral facts: entity keys, capitalised names, numbers, dates."""
        return self.anchor_set

    def role_text(self) -> str:
        return fold(" ".join(x for x in (self.role, self.mention, self.speaker_name) if x))


def _name_anchors(content: str) -> frozenset[str]:
    """Capitalised names, tagged so that no anchor equals a word (blocking mixes both)."""
    return frozenset(["\x1fc " + w for w in capitalised_words(content)])


def _fact_anchors(facts: Facts) -> frozenset[str]:
    """Entity keys, numbers and dates, tagged like the names so that all anchors sort together."""
    out = {"\x1fe " + k for k in facts.entity_keys}
    out |= {"\x1fn " + f"{n.value:g}" for n in facts.numbers}
    out |= {"\x1fd " + d.date.iso() for d in facts.dates}
    return frozenset(out)


# What a view derives from its text, facts and date, shared by every claim with the same
# three values (wire copy repeats them across outlets). Least recently used entries go first.
_DERIVED_MAX = 5_000
_CONTENT_MAX = 2_000
_FACTS_MAX = 4_096
_SIGNATURES_MAX = 30_000
_signatures: dict = {}


def _derive(content: str, facts_raw, said_on: str | None) -> tuple:
    facts_key = facts_raw if isinstance(facts_raw, str) or facts_raw is None else _dumps(facts_raw)
    return _derived(content, facts_key, said_on)


@lru_cache(maxsize=_DERIVED_MAX)
def _derived(content: str, facts_key: str | None, said_on: str | None) -> tuple:
    ws, vocabulary, name_anchors = _of_content(content)
    facts, fact_anchors = _facts(facts_key)
    if facts.entities:
        # "Corée du Nord" anchors as its entity's key ("north korea"), the same in both
        # languages; its words as written ("coree", "nord") would only dilute a translation's match.
        entity_words = {"\x1fc " + w for entity in facts.entities for w in words(entity)}
        name_anchors = name_anchors - entity_words
    anchor_set = name_anchors | fact_anchors if fact_anchors else name_anchors
    return (facts, ws, vocabulary, _said_on_date(said_on), vocabulary | anchor_set,
            anchor_set, (content, facts_key, said_on))


# A PartialDate is frozen: one per distinct value will do.
_said_on_date = lru_cache(maxsize=4096)(PartialDate.parse)


# A text often comes with several facts or dates (the same quote dated differently), close
# together: 1,000 entries miss 7 % more than 5,000 on 1,000 bench articles.
@lru_cache(maxsize=_CONTENT_MAX)
def _of_content(content: str) -> tuple[list[str], frozenset[str], frozenset[str]]:
    ws = words(content)
    return ws, frozenset(content_words_of(ws)), _name_anchors(content)


@lru_cache(maxsize=_FACTS_MAX)
def _facts(facts_key: str | None) -> tuple[Facts, frozenset[str]]:
    """Facts from their stored JSON (far fewer distinct than claims: most lists are empty)."""
    if facts_key is None:
        facts = parse_facts(None)
    else:
        import json

        facts = parse_facts(json.loads(facts_key))
    return facts, _fact_anchors(facts)


def _dumps(raw) -> str:
    import json

    return json.dumps(raw, sort_keys=True)


def claim_day(said_on: str | None, published: str | None) -> date | None:
    """The day of a full `said_on` date, else the publication day."""
    said = said_on if said_on and len(said_on) == 10 and said_on[:1].isdigit() else None
    return _parse_day(said) or _parse_day(published)


@lru_cache(maxsize=65536)
def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _signature(key: tuple) -> int:
    """A small integer naming `key` (never reused, even after the table is cleared)."""
    found = _signatures.get(key)
    if found is None:
        if len(_signatures) >= _SIGNATURES_MAX:
            _signatures.clear()
        found = _signatures[key] = next(_signature_numbers)
    return found


_signature_numbers = count(1)


def make_view(row: dict, cited_sources=()) -> ClaimView:
    """A view from a row with the columns selected by `claims.compare.queries.CLAIM_COLUMNS`."""
    content = row["content"] or ""
    facts, ws, vocabulary, said_on_date, keys, anchor_set, derived_key = _derive(
        content, row.get("facts"), row.get("said_on")
    )
    get = row.get
    # Positional, in the order of ClaimView's fields: keywords cost 2 µs more per view (~1 % of ingest).
    view = ClaimView(
        row["id"], row["article_id"], row["kind"], content, get("language"), get("outlet"),
        get("published"), get("said_on"), get("speaker_id"), get("speaker_key"), get("speaker_name"),
        get("speaker_kind"), get("mention"), get("role"), tuple(cited_sources), get("group_id"),
        facts, ws, vocabulary, said_on_date, keys, anchor_set,
    )
    view.day = claim_day(view.said_on, view.published)
    # Everything `match_score` and the detectors read of a claim. A speaker's key says all its id
    # does to them (same key, same speaker): one article's "police" signs as another's.
    coarse = (derived_key, view.kind, view.language, None if view.speaker_key else view.speaker_id,
              view.speaker_key, view.speaker_name, view.speaker_kind)
    view.coarse_signature = _signature(coarse)
    view.signature = _signature((coarse, view.mention, view.role))
    return view
