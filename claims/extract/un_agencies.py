"""The United Nations agency an article names by its epithet ("l'agence onusienne", "the UN agency"): the UN agency
the article last named before it ("Selon le Programme alimentaire mondial (PAM), … L'agence onusienne a annoncé …"),
not a news agency nor the last body to speak."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from claims.extract.drafts import Draft
from claims.extract.speaker_lexicon import fold
from claims.extract.types import SpeakerRef


@cache
def _patterns(lang: ModuleType) -> tuple[re.Pattern, re.Pattern]:
    epithet = re.compile(r"(?:l['’]|le\s+|la\s+|cette\s+|cet\s+|the\s+|a\s+|this\s+)?(?:"
                         + "|".join(re.escape(fold(e)) for e in lang.UN_AGENCY_EPITHETS) + ")")
    body = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in lang.UN_BODY_NAMES) + r")(?![\w-])")
    return epithet, body


def un_agencies_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], lang: ModuleType) -> None:
    """Give, in RESOLVED, each claim said by the UN agency's epithet (LANG's UN_AGENCY_EPITHETS) the last UN agency
    (of LANG's UN_BODY_NAMES) named before it, or, in a headline, the first named after it."""
    epithet, body = _patterns(lang)
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or epithet.fullmatch(fold(mention.text.strip()).replace("’", "'")) is None:
            continue
        named = [m.group() for m in body.finditer(text, 0, draft.position)]
        if not named and draft.paragraph == 0 and (first := body.search(text, draft.position)) is not None:
            named = [first.group()]  # a headline's "UN agency says": the UN agency its lede names
        if named:
            speaker = resolved[i]
            resolved[i] = SpeakerRef(named[-1], mention.text, speaker.role if speaker is not None else None, "organisation")
