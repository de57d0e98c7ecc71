"""`ClaimView`: what comparison needs to know about one stored claim."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    @property
    def attributed(self) -> bool:
        return self.kind != "assertion"

    @property
    def speaker_label(self) -> str:
        return self.speaker_name or self.mention or "?"

    @property
    def outlet_label(self) -> str:
        return self.outlet or f"article {self.article_id}"

    def anchors(self) -> set[tuple[str, str]]:
        """Language-neutral facts: entity keys, capitalised names, numbers, dates."""
        out = {("e", k) for k in self.facts.entity_keys}
        out |= {("c", w) for w in capitalised_words(self.content)}
        out |= {("n", f"{n.value:g}") for n in self.facts.numbers}
        out |= {("d", d.date.iso()) for d in self.facts.dates}
        return out

    def role_text(self) -> str:
        return fold(" ".join(x for x in (self.role, self.mention, self.speaker_name) if x))


def make_view(row: dict, cited_sources=()) -> ClaimView:
    """A view from a row with the columns selected by `claims.compare.queries.CLAIM_COLUMNS`."""
    facts = row.get("facts")
    if isinstance(facts, str):
        import json

        facts = json.loads(facts)
    content = row["content"] or ""
    view = ClaimView(
        id=row["id"],
        article_id=row["article_id"],
        kind=row["kind"],
        content=content,
        language=row.get("language"),
        outlet=row.get("outlet"),
        published=row.get("published"),
        said_on=row.get("said_on"),
        speaker_id=row.get("speaker_id"),
        speaker_key=row.get("speaker_key"),
        speaker_name=row.get("speaker_name"),
        speaker_kind=row.get("speaker_kind"),
        mention=row.get("mention"),
        role=row.get("role"),
        cited_sources=tuple(cited_sources),
        group_id=row.get("group_id"),
        facts=parse_facts(facts),
        words=words(content),
        said_on_date=PartialDate.parse(row.get("said_on")),
    )
    view.vocabulary = content_words_of(view.words)
    view.keys = frozenset(view.vocabulary | view.anchors())
    return view
