"""French: a body's management that speaks ("a annoncé la direction de l'établissement", "selon sa
direction") is named as that management of the body the article names: "la direction du centre
hospitalier de Saintonge", not the body alone."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.role_genders_fr import body_gender
from claims.extract.short_form_names_fr import of_as_written
from claims.extract.types import SpeakerRef

# "la direction", "sa direction générale", "la direction de l'hôpital", "La direction du groupe X"
_MANAGEMENT_MENTION = re.compile(
    r"(?:[Ll]a|[Ss]a)[ \u00a0]+(?P<head>direction(?:[ \u00a0]+générale)?)"
    r"(?:[ \u00a0]+(?P<of>de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])(?P<noun>[\w-]+).*)?", re.DOTALL)
# What goes on speaking for the management just named: "Selon elle", "a-t-elle ajouté", "selon la même source".
_CARRIES_ON = re.compile(r"(?i:(?:la\s+)?même\s+source|(?:.*-t-)?elle(?:\s+\w+)?)")
_VOWEL_START = re.compile(r"^[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Üaeiouyh]")


def managements_kept(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, a body given for a management's mention with that body's management,
    and that body in the claims right after that only carry on with it ("selon elle")."""
    management_of: dict[str, str] = {}
    for i, draft in enumerate(drafts):
        speaker, mention = resolved[i], draft.mention
        if speaker is None or mention is None or speaker.kind == "person":
            continue
        found = _MANAGEMENT_MENTION.fullmatch(mention.text.strip())
        if found is None:
            if speaker.name in management_of and _CARRIES_ON.fullmatch(mention.text.strip()):
                resolved[i] = SpeakerRef(management_of[speaker.name], speaker.mention, speaker.role, "organisation")
            else:
                management_of.clear()
            continue
        if speaker.name.lower().startswith("direction"):
            continue
        body = speaker.name
        if body.isupper() and len(fuller := {m.group() for m in re.finditer(
                rf"(?<![\w-]){re.escape(body)}[ \u00a0]+(?:de[ \u00a0]+|d['’])[A-ZÀ-ÖØ-Þ][\w'’-]*", text)}) == 1:
            body = fuller.pop()  # "la direction générale du CHU" after "au CHU de Montval"
        if body in mention.text:  # "La direction de Kessler Antriebe": as written
            name = " ".join(mention.text.split()[1:])
        else:
            head = " ".join(found.group("head").split())
            name = f"{head} {_of(text, body, found)}{body}"
        resolved[i] = SpeakerRef(name, speaker.mention, speaker.role, "organisation")
        management_of = {speaker.name: name}


def _of(text: str, body: str, mention: re.Match) -> str:
    """"de" and its article before BODY: the mention's own when it names BODY's first word ("la
    direction du CHU" → "du CHU de Nantes"), else the article's, else the one its noun takes."""
    if mention.group("noun") is not None and mention.group("noun").lower() == body.split()[0].lower():
        return " ".join(mention.group("of").split()) + ("" if mention.group("of").rstrip().endswith(("'", "’")) else " ")
    return of_as_written(text, body) or _of_by_noun(body)


def _of_by_noun(body: str) -> str:
    """"de" and the article a body named by a common noun takes when the article never writes one
    ("du centre hospitalier universitaire de Caen", "de la verrerie Sambrover"); plain "de" before a name."""
    if _VOWEL_START.match(body):
        return "d'" if body[:1].isupper() else "de l'"
    if body[:1].isupper():
        return "de "
    head = body.split()[0]
    gender = body_gender(head) or ("f" if head.endswith("ie") else None)
    return {"m": "du ", "f": "de la "}.get(gender, "de ")
