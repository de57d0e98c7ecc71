"""French: a body named by a possessive and its kind ("a annoncé son équipe", "selon sa fédération"), or by its
kind alone after a definite article ("Le festival a annoncé"), is the one body of that kind the article names: after
the kind ("de l'équipe Alpes Énergie") or with the kind capitalised as its head ("La Fédération congolaise de boxe")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

_OWNED_KIND = re.compile(r"(?P<owner>(?:son|sa|ses|leur)[ \u00a0]+)?(?P<kind>équipe|formation|club|fédération|syndicat|parti|association|festival)")
_BARE_KINDS = frozenset(("festival",))
_DEFINITE = re.compile(r"(?:[Ll]e|[Ll]a)[ \u00a0]|[Ll]['’]")
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+(?:(?:de|du|des|en|sur|et)[ \u00a0]+|d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,4}"
# A sports club by the words its name opens on ("Union sportive du Haut-Quercy", "Stade rochelais", "Racing Club de Lens").
_SPORTS_CLUB = re.compile(r"(?<![\w-])(?P<name>(?:Union|Association)[ \u00a0]+sportive[ \u00a0]+(?:de|du|des)[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*"
                          r"|(?:Stade|Racing[ \u00a0]+Club|Olympique|Sporting[ \u00a0]+Club)[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+|d['’])?[\w'’-]+)")
_LOWER = r"(?!(?:de|du|des)[ \u00a0])[a-zà-ÿ-]{3,}"


def _named(text: str, kind: str) -> list[tuple[int, str]]:
    """The bodies TEXT names as a KIND, with their offsets: after it ("l'équipe Alpes Énergie") or under it
    capitalised ("Fédération congolaise de boxe")."""
    after = re.compile(rf"\b(?:[Ll]['’]|[Ll]e[ \u00a0]+|[Ll]a[ \u00a0]+|[Dd]u[ \u00a0]+){kind}[ \u00a0]+(?P<name>{_NAME})")
    headed = re.compile(rf"(?<![\w'’-])(?P<name>{kind.capitalize()}(?:[ \u00a0]+{_LOWER}){{1,2}}"
                        rf"(?:[ \u00a0]+(?:de|du|des)[ \u00a0]+{_LOWER}|[ \u00a0]+d['’]{_LOWER})?)")
    patterns = (after, headed, _SPORTS_CLUB) if kind == "club" else (after, headed)
    return [(m.start(), m.group("name")) for pattern in patterns for m in pattern.finditer(text)]


def owned_bodies_named(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker a possessive and a body's kind name with the one such body the article
    names before the claim (else the one it names at all)."""
    for i, speaker in enumerate(resolved):
        owned = _OWNED_KIND.fullmatch(speaker.name) if speaker is not None else None
        if owned is None or not owned.group("owner") and (owned.group("kind") not in _BARE_KINDS or not _DEFINITE.match(speaker.mention or "")):
            continue  # (a bare kind only after a definite article: "Le festival a annoncé", not "un festival"; a match has two clubs)
        named = _named(text, owned.group("kind"))
        found = {name for at, name in named if at < drafts[i].position} or {name for _, name in named}
        if len(found) == 1:
            resolved[i] = SpeakerRef(found.pop(), speaker.mention, speaker.role, "organisation")
