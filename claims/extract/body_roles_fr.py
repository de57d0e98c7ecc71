"""French: a body the article first describes by a role noun in apposition ("le gestionnaire du
réseau ferré italien, Rete Ferroviaria Italiana") is the speaker that noun names later ("Le
gestionnaire a précisé que …"); a company named once with its legal form ("Voltrad GmbH") speaks
under that fullest name wherever the article drops the form."""

from __future__ import annotations

import re

from claims.extract.speakers import COMPANY_DESIGNATORS, fold
from claims.extract.types import SpeakerRef


_ARTICLE = re.compile(r"^(?:l['’]|les?\s+|la\s+)")


def _head(phrase: str | None) -> str:
    """The first noun of a role or a mention ("le gestionnaire du réseau …" → "gestionnaire")."""
    words = _ARTICLE.sub("", fold(phrase or "").strip()).split()
    return words[0] if words else ""


def bodies_by_their_role(resolved: list[SpeakerRef | None]) -> None:
    """A role noun left unresolved ("le gestionnaire") after an organisation that spoke under a role
    with that noun for head: that organisation."""
    described: dict[str, set[str]] = {}
    bodies_named = {s.name for s in resolved if s is not None and s.kind == "organisation"}
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        if speaker.name in bodies_named and speaker.name != speaker.role and speaker.name[:1].isupper() \
                and (speaker.role or speaker.mention or "")[:1].islower():
            described.setdefault(_head(speaker.role or speaker.mention), set()).add(speaker.name)
        elif speaker.name == speaker.role and " " not in speaker.name.strip() \
                and len(bodies := described.get(_head(speaker.role), set())) == 1:
            resolved[i] = SpeakerRef(next(iter(bodies)), speaker.mention, speaker.role, "organisation")


def companies_with_their_legal_form(text: str, resolved: list[SpeakerRef | None]) -> None:
    """"Voltrad" where the article also writes "Voltrad GmbH": the fullest name."""
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.kind != "organisation" or " " in speaker.name or not speaker.name[:1].isupper():
            continue
        forms = {m.group(1) for m in re.finditer(rf"\b{re.escape(speaker.name)}[ \u00a0]+([A-Z][\w.]*)", text)
                 if m.group(1).rstrip(".") in COMPANY_DESIGNATORS}
        if len(forms) == 1:
            resolved[i] = SpeakerRef(f"{speaker.name} {forms.pop()}", speaker.mention, speaker.role, speaker.kind)
