"""French: "La présidence de l'université conteste ces chiffres. Dans un communiqué publié jeudi, elle assure que …":
a pronoun in the sentence right after one whose subject is a body named by its lower-case noun and complement is
that body, not a person quoted earlier."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_fr import FULL_NAME
from claims.extract.drafts import Draft
from claims.extract.subject_only_fr import OPENING_PRONOUN_FR
from claims.extract.types import SpeakerRef

# A sentence opening on a body's lower-case noun and its complement, then its verb: "La présidence de l'université
# conteste", "La direction de la compagnie a expliqué".
# ("L'agence régionale de santé de Bourgogne a déclenché": an elided article, an adjective after the noun)
_BODY_NOUN_SUBJECT = re.compile(
    r"(?P<article>La|Le|L['’])\s*(?P<np>(?P<noun>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ]+(?:al|ale|aux|ales|el|elle|ique|ien|ienne))?"
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[\w'’-]+){1,3})"
    r"\s+(?:a\s+|avait\s+|n['’]\s*)?[a-zà-ÿ]{3,}\b")
# The nouns of such bodies, by the pronoun that stands for them.
_BODY_HEADS = {"elle": frozenset(("présidence", "direction", "mairie", "préfecture", "municipalité", "compagnie", "société",
                                  "université", "fédération", "commission", "agence", "association", "chambre", "cour")),
               "il": frozenset(("rectorat", "ministère", "conseil", "syndicat", "comité", "tribunal", "parquet", "groupe"))}
# The pronoun that agrees with a body's article (an elided one leaves it to the noun).
_ARTICLE_PRONOUNS = {"La": "elle", "Le": "il"}


def pronouns_after_body_subjects(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Give, in RESOLVED, "il" or "elle" resolved to a named person the body whose noun and complement open the
    sentence before, in its paragraph, when the pronoun agrees with the body's article and nobody is named in between."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        pronoun = mention.text.lower().split("-")[-1] if mention is not None and mention.pronoun else None
        if mention is None and (opener := OPENING_PRONOUN_FR.match(text, draft.sentence[0])) is not None:
            # "Elle a demandé … et rappelé que …": the sentence's subject, the coordinated verb having no mention of its own
            pronoun = opener.group("pronoun").lower()
        if pronoun not in _BODY_HEADS or resolved[i] is None or resolved[i].kind != "person" or " " not in resolved[i].name:
            continue  # (only over a person quoted before: the rules that gave a body know its name better)
        start = draft.sentence[0]
        paragraph = text.rfind("\n", 0, start) + 1
        stop = text.rfind(". ", paragraph, start)
        if stop < 0 or text[stop + 2:start].strip():
            continue
        opening = text.rfind(". ", paragraph, stop)
        body = _BODY_NOUN_SUBJECT.match(text, paragraph if opening < 0 else opening + 2, stop)
        if body is None or _ARTICLE_PRONOUNS.get(body.group("article"), pronoun) != pronoun \
                or body.group("noun") not in _BODY_HEADS[pronoun] \
                or FULL_NAME.search(text, body.end(), max(body.end(), draft.position)):
            continue
        resolved[i] = SpeakerRef(" ".join(body.group("np").split()), mention.text if mention is not None else pronoun, None,
                                 "organisation")
