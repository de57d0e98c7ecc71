"""French: a study the article cites by the journal that published it ("Selon l'étude, publiée mardi
dans la revue Nature Geoscience, …") speaks as "l'étude publiée dans la revue Nature Geoscience",
not as one of its authors."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.speaker_lexicon import fold
from claims.extract.types import SpeakerRef

_STUDY_ALONE = re.compile(r"(?:[Ll]['’]|[Uu]ne\s+|[Cc]ette\s+)étude")
_STUDY_IN_JOURNAL = re.compile(
    r"(?<![\w-])(?:[Ll]['’]|[Cc]ette\s+|[Uu]ne\s+)(?P<noun>étude|article)(?:\s+[a-zà-ÿ]+)?,?\s+"
    r"(?P<participle>publiée?)(?:\s+[^,.;«»]{1,40}?)?\s+dans\s+"
    r"(?P<venue>(?:la\s+revue|le\s+journal|la\s+publication)\s+"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:&|of|the|and|for|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*))*)")


def studies_to_journals(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, the speaker of each claim a journal study makes: in its own sentence
    (also when the sentence names the study's authors by a description only: "par une équipe
    internationale de chercheurs"), or as "l'étude" of an article that cites one journal study."""
    only: str | None = None
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or mention.pronoun:
            continue
        start, end = draft.sentence
        found = _STUDY_IN_JOURNAL.search(text, start, end)
        if "étude" not in mention.text and "article" not in mention.text:
            speaker = resolved[i]
            if found is None or speaker is None or speaker.name[:1].isupper() \
                    or not text.startswith(f"par {mention.text}", found.end() + 1):
                continue  # (but "publiée … par une équipe internationale de chercheurs": the study speaks)
        if found is None and _STUDY_ALONE.fullmatch(mention.text.strip()) and (resolved[i] is None or fold(resolved[i].name) == "etude"):
            if only is None:
                venues = {_journal_study(m) for m in _STUDY_IN_JOURNAL.finditer(text) if m.group("noun") == "étude"}
                only = venues.pop() if len(venues) == 1 else ""
            if only:
                resolved[i] = SpeakerRef(only, mention.text, None, "organisation")  # "Selon l'étude, …" later on
            continue
        if found is not None:
            resolved[i] = SpeakerRef(_journal_study(found), mention.text, None, "organisation")


def _journal_study(found: re.Match) -> str:
    venue = " ".join(found.group("venue").split())
    return f"{found.group('noun')} {found.group('participle')} dans {venue}"
