"""English: a document the article named before as a speaker speaks again by its noun alone ("The letter, signed by
the principal, Dr X, said …", "The audit, carried out by the audits division, found …"): it is the speaker the
document's first mention gave ("a state audit", "a letter sent to staff"), not whoever its apposition names."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.lang import en as english
from claims.extract.types import SpeakerRef

# The one-word nouns of documents (and "audit"), as alternatives of a pattern.
_NOUNS = "|".join([w for w in english.DOCUMENT_WORDS if " " not in w] + ["audit"])
# A sentence opening on a definite document noun, maybe with an apposition, then its verb.
_DOCUMENT_OPENING = re.compile(rf"The\s+(?P<noun>{_NOUNS})(?:,[^.;:\"“”]{{1,120}}?,)?\s+(?:also\s+)?(?P<verb>[a-z]+)\b")
# A document introduced with its modifiers: "a survey published on Wednesday by …" (not "The report's author").
_INTRODUCED = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}(?P<noun>{_NOUNS})\b(?!['’])")


def documents_named_before(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """Give, in SPEAKERS_OF, a claim whose sentence opens on "The <document>" and its verb the speaker of the last
    earlier claim the same document was named in."""
    for i, draft in enumerate(drafts):
        opening = _DOCUMENT_OPENING.match(text, draft.sentence[0])
        if opening is None or not draft.cue or opening.group("verb") != draft.cue.split()[-1].lower() \
                or opening.end() > draft.spans[0][0]:
            continue
        noun = opening.group("noun")
        earlier = next((said for d, said in zip(reversed(drafts[:i]), reversed(speakers_of[:i]))
                        if said is not None and _names(text, d, noun)), None)
        if earlier is not None and noun in earlier.name.lower().split():  # (the document itself, not its author)
            speakers_of[i] = SpeakerRef(earlier.name, text[opening.start():opening.start("verb")].strip(), earlier.role, earlier.kind)


def _names(text: str, draft: Draft, noun: str) -> bool:
    """Whether DRAFT's speaker, or its sentence, names a document NOUN ("according to a survey published by X")."""
    return draft.mention is not None and (noun in draft.mention.text.lower().split()
                                          or any(m.group("noun") == noun for m in _INTRODUCED.finditer(text, *draft.sentence)))
