"""French: a body introduced by its kind ("l'association Terra e Vida", "le collectif des riverains
Saint-Jean Village") is named by the whole capitalised run after that kind, foreign connectors
("e", "y", "i", "&", "and", "und", "of") included; a speaker cut to a piece of that run is the run."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.triggers import anchored_finditer, prefix_offsets, word_starts_before
from claims.extract.types import SpeakerRef

_KINDS = ("association", "collectif", "fondation", "société", "compagnie", "entreprise", "groupe", "coopérative", "ONG", "mouvement",
          "fédération", "syndicat", "club", "plateforme", "réseau", "start-up", "firme")
_KIND = rf"(?:{'|'.join(_KINDS)})"
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*"
# ("(?<![\w-])(?:[Ll]['’]|[Ll][ae]\s+|[Uu]ne?\s+)" with each branch opening with its letter: faster over a whole text)
_BODY_AFTER_KIND = re.compile(
    rf"(?:L(?<![\w-].)(?:['’]|[ae]\s+)|l(?<![\w-].)(?:['’]|[ae]\s+)|U(?<![\w-].)ne?\s+|u(?<![\w-].)ne?\s+|d(?<![\w-].)u\s+){_KIND}"
    r"(?:\s+(?:des|de|du|d['’])\s*[a-zà-ÿ-]+)?"  # "l'association des commerçants …"
    # (the name between guillemets, maybe, and closing on its number: "le collectif « Navetteurs 162 »")
    rf"\s+(?:[«“]\s*)?(?P<run>{_CAPITALISED}(?:\s+(?:(?:e|y|i|&|and|und|of)\s+)?{_CAPITALISED})*(?:\s+\d{{1,4}}(?![\w,.]))?)")


def _only_inside(text: str, piece: str, run: str) -> bool:
    """Whether PIECE occurs in the text only as a part of RUN ("Centre Vie" of "Brest Centre Vie";
    not "Brest", the town, written alone too)."""
    alone = len(re.findall(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", text))
    return alone <= text.count(run) * f" {run} ".count(f" {piece} ")


def _bodies_after_kinds(text: str):
    """`_BODY_AFTER_KIND.finditer(text)`, tried only at the word before each kind's noun (found by `str.find`):
    opening on a determiner's letter, the pattern is otherwise tried at every "l", "u" and "d" of the text."""
    starts = sorted({start for at in prefix_offsets(text, _KINDS) for start in word_starts_before(text, at, 1, 0)})
    return anchored_finditer(_BODY_AFTER_KIND, text, starts, len(text))


def bodies_after_their_kind(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker whose name is a piece of a body's capitalised run with
    that run, when the article introduces exactly one such run containing it."""
    runs = {re.sub(r"\s+", " ", m.group("run")) for m in _bodies_after_kinds(text)}
    runs = {r for r in runs if " " in r}
    if not runs:
        return
    for i, speaker in enumerate(resolved):
        if speaker is None or not speaker.name[:1].isupper():
            continue
        name = f" {speaker.name} "
        wider = [r for r in runs if name in f" {r} " and r != speaker.name]
        if len(wider) == 1 and _only_inside(text, speaker.name, wider[0]):
            resolved[i] = SpeakerRef(wider[0], speaker.mention, speaker.role, "organisation")


# Who runs a site or a project, named by a possessive: "selon ses promoteurs", "son exploitant".
_OWNERS_OF_A_SITE = re.compile(
    r"(?:son|sa|ses|leurs?)\s+(?:promoteurs?|exploitants?|exploitantes?|propriétaires?|gestionnaires?|concepteurs?|porteurs\s+de\s+projet)",
    re.IGNORECASE)


def site_owners_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, the speaker "ses promoteurs" / "son exploitant" of a site with the one
    body its sentence introduces by its kind ("l'usine de la société X …, selon ses promoteurs" → X)."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or _OWNERS_OF_A_SITE.fullmatch(mention.text.strip()) is None:
            continue
        start, end = draft.sentence
        bodies = {re.sub(r"\s+", " ", m.group("run")) for m in _BODY_AFTER_KIND.finditer(text, start, end)}
        if len(bodies) == 1:
            resolved[i] = SpeakerRef(bodies.pop(), mention.text, None, "organisation")

