"""French bodies whose name lists its complements ("la Direction générale de la concurrence, de la
consommation et de la répression des fraudes", "le ministère de l'Éducation nationale, de la
Jeunesse et des Sports"): a comma inside the list does not end the name, so the speaker is the whole
name, and a "selon …" claim starts after it."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft, trim
from claims.extract.types import SpeakerRef

# A name closed by a complement ("… de la concurrence"), as the speaker's name ends.
_ENDS_ON_COMPLEMENT = re.compile(r"\b(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[\wÀ-ÿ'’-]+(?:\s+[a-zà-ÿ-]+)?$")
# The rest of the list: ", de la consommation et de la répression des fraudes", up to a clause mark.
_LISTED_REST = re.compile(
    r",[ \u00a0]+(?P<rest>(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des)[ \u00a0]*[^,;:.()«»\n]{2,60}?"
    r"(?:,[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des)[ \u00a0]*[^,;:.()«»\n]{2,60}?)*"
    r"[ \u00a0]+et[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’])[ \u00a0]*[^,;:.()«»\n]{2,60}?)"
    r"(?=[ \u00a0]*(?:[,;:.(]|$)|[ \u00a0]+(?:a|ont|avait|est|indique|estime|précise|affirme|annonce|rappelle)\b)")


# A name's whole list of complements, to the mention's end: " de la formation, de la jeunesse et de la culture".
_COMPLEMENT = r"[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’])[ \u00a0]*[^,;:.()«»\n]{2,60}?"
_LISTED_COMPLEMENTS = re.compile(_COMPLEMENT + r"(?:," + _COMPLEMENT + r")*[ \u00a0]+et" + _COMPLEMENT + r"[ \u00a0]*")
_SOURCE_BEFORE = re.compile(r",?[ \u00a0]+(?:selon|d['’]après)[ \u00a0]+$")


def listed_names_in_full(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Give each speaker cut at the first comma of its name's list the whole name, in RESOLVED,
    and start a claim that began inside the list after it."""
    whole_names: dict[str, str] = {}
    for i, draft in enumerate(drafts):
        speaker, mention = resolved[i], draft.mention
        if speaker is not None and mention is not None and speaker.name[:1].isupper() and " " not in speaker.name \
                and (at := mention.text.find(speaker.name + " ")) != -1 \
                and _LISTED_COMPLEMENTS.fullmatch(mention.text, at + len(speaker.name)) is not None:
            # "selon un rapport du Département de la formation, de la jeunesse et de la culture": the mention holds the list
            resolved[i] = SpeakerRef(mention.text[at:].rstrip(), speaker.mention, speaker.role, "organisation")
            whole_names[speaker.name] = resolved[i].name
            continue
        if speaker is None or mention is None or mention.pronoun \
                or not (speaker.name[:1].isupper() or speaker.kind == "organisation") \
                or not speaker.name.endswith(mention.text.rstrip()[-12:]) or not _ENDS_ON_COMPLEMENT.search(speaker.name):
            continue
        start, end = draft.sentence
        at = text.find(mention.text, start, end)
        if at < 0:
            continue
        listed = _LISTED_REST.match(text, at + len(mention.text.rstrip()))
        if listed is None:
            continue
        rest = " ".join(listed.group("rest").split())
        resolved[i] = SpeakerRef(f"{speaker.name}, {rest}", speaker.mention, speaker.role, "organisation")
        whole_names[speaker.name] = resolved[i].name
        first_start, first_end = draft.spans[0]
        if listed.start("rest") <= first_start < listed.end("rest"):  # "selon X, de la …, le rappel …"
            after = trim(text, listed.end("rest"), first_end)
            source = _SOURCE_BEFORE.search(text, start, at)
            if after[0] >= after[1] and source is not None:  # "Le rappel concerne 40 magasins, selon X, de la …"
                after = trim(text, start, source.start())
            if after[0] < after[1]:
                draft.spans[0] = after
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        whole = whole_names.get(speaker.name) or next(
            (w for w in whole_names.values() if w.startswith(speaker.name + ",")), None)  # ("Département de la formation")
        if whole is not None:  # "le département" resolved to the cut name
            resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, speaker.kind)
