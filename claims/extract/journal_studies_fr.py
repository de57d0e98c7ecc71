"""French: a study the article cites by the journal that published it ("Selon l'étude, publiée mardi
dans la revue Nature Geoscience, …") speaks as "l'étude publiée dans la revue Nature Geoscience",
not as one of its authors."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

_STUDY_IN_JOURNAL = re.compile(
    r"(?<![\w-])(?:[Ll]['’]|[Cc]ette\s+|[Uu]ne\s+)(?P<noun>étude|article)(?:\s+[a-zà-ÿ]+)?,?\s+"
    r"(?P<participle>publiée?)(?:\s+[^,.;«»]{1,40}?)?\s+dans\s+"
    r"(?P<venue>(?:la\s+revue|le\s+journal|la\s+publication)\s+"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-Ž][\w&'’.-]*(?:\s+(?:&|of|the|and|for|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-Ž][\w&'’.-]*))*)")


def studies_to_journals(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, the speaker of each claim a journal study makes in its own sentence."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or mention.pronoun or "étude" not in mention.text and "article" not in mention.text:
            continue
        start, end = draft.sentence
        found = _STUDY_IN_JOURNAL.search(text, start, end)
        if found is None:
            continue
        venue = re.sub(r"\s+", " ", found.group("venue"))
        name = f"{found.group('noun')} {found.group('participle')} dans {venue}"
        resolved[i] = SpeakerRef(name, mention.text, None, "organisation")
