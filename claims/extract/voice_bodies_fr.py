"""French "Le Rassemblement national, par la voix de X, a annoncé qu'il voterait contre": when the
reported clause opens on a pronoun that takes up the body ("qu'il", "qu'elle", "qu'ils"), the body
states its own position and speaks; otherwise the person it speaks through does (`subjects`)."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.lang import fr as french
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import lexicon
from claims.extract.types import SpeakerRef

# The body, its spokesperson after "par la voix de", then a verb whose clause opens on a pronoun.
_BODY_THROUGH_VOICE = re.compile(
    r"(?P<body>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|[Ll]['’])[^,.;:«»\n]{1,80}?),[ \u00a0]+par[ \u00a0]+(?:la[ \u00a0]+voix|l['’]intermédiaire)"
    r"[ \u00a0]+(?:de|du|des|d['’])[^;:.«»\n]{1,80}?,[ \u00a0]+(?:a|ont)(?:[ \u00a0]+[a-zà-ÿ]+){1,2}[ \u00a0]+"
    r"qu['’](?P<pronoun>il|elle|ils|elles)\b")
# The body's gender and number, from its article, for the pronoun to agree with.
_PRONOUNS_OF_ARTICLE = {"le": ("il",), "la": ("elle",), "les": ("ils", "elles"), "l": ("il", "elle")}
_LEX = lexicon(french)


def bodies_speaking_through_a_voice(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Give, in RESOLVED, each such claim to the body."""
    for i, draft in enumerate(drafts):
        start, end = draft.sentence
        found = _BODY_THROUGH_VOICE.match(text, start, end)
        if found is None or not found.end() - len(found.group("pronoun")) <= draft.start <= found.end():
            continue
        article = found.group("body").split()[0].lower().replace("’", "'").split("'")[0]
        if found.group("pronoun") not in _PRONOUNS_OF_ARTICLE.get(article, ("il", "elle", "ils", "elles")):
            continue
        body = parse_mention(found.group("body"), _LEX)
        if body is None or body.pronoun or not (body.name or body.role):
            continue
        mention = resolved[i].mention if resolved[i] is not None else found.group("body")
        resolved[i] = SpeakerRef(body.name or body.role, mention, None, "organisation")
