"""French: "les deux organisations" speaking after the article named two bodies together ("à l'appel de l'Union
nationale des sages-femmes salariées (UNSFS) et du Collectif Naître en sécurité", "La région Bourgogne-Franche-Comté et
le canton du Jura ont signé …") is both bodies, as the article named them."""

from __future__ import annotations

import re

from claims.extract.document_authors import ARTICLE_OF
from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

_COUNTED_BODIES = re.compile(r"(?:les|ces)\s+deux\s+(?:organisations|syndicats|associations|collectifs|structures|collectivités"
                             r"|entreprises|sociétés|fédérations|institutions|instances|centrales|partis)", re.IGNORECASE)
_ARTICLE = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|la\s+|le\s+|les\s+|l['’])"
# Two bodies joined by "et", each opening on its article and its capitalised name, the first up to its short form.
_TWO_BODIES = re.compile(
    r"(?<![\w'’])(?P<first>(?i:" + _ARTICLE + r")(?:[a-zà-ÿ-]+\s+){0,2}[A-ZÀ-ÖØ-Þ][^,;:.()«»\n]{0,80}?)(?:\s+\([\w&.-]{2,12}\))?"
    r"(?:,\s+[^,;:.()«»\n]{1,40},)?"  # ("Les Vignerons du Razès, à Limoux, et Terres de Pieusse")
    r"\s+et\s+(?P<second>" + _ARTICLE + r"?(?:[a-zà-ÿ-]+\s+){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,6}?)"
    r"(?=\s*[,;:.(]|\s+(?:ont|avaient|fusionneront|vont)\b)")
# A word no body's name holds: a place's or a time's preposition, a number ("la gare de Belfort et Bienne à partir de 2027").
_NO_NAME_WORD = re.compile(r"\d|\s(?:à|au|aux|pour|dans|sur|depuis|entre|avec|après|avant|vers)\s")
# A capitalised article opening a name after its kind ("les caves coopératives Les Vignerons du Razès").
_NAME_WITH_ITS_ARTICLE = re.compile(r"\s((?:Les|Le|La|L['’])\s?[A-ZÀ-ÖØ-Þ])")
# "de" and its article before a name ("du Collectif …", "de l'Union …"): document_authors.ARTICLE_OF gives the subject's.
_LINKING_PREPOSITION = re.compile(r"(?:de\s+la|de\s+l['’]|du|des)(?:\s+|(?<=['’]))")


def _as_subject(name: str) -> str:
    """"du Collectif Naître en sécurité" → "le Collectif Naître en sécurité", "La région X" opening a sentence → "la
    région X": the name with its article as a subject's."""
    if (link := _LINKING_PREPOSITION.match(name)) is not None:
        return ARTICLE_OF[" ".join(link.group().split())] + name[link.end():]
    if (opening := re.match(r"(?:Les|La|Le)\s(?=[a-zà-ÿ])|L['’](?=[a-zà-ÿ])", name)) is not None:
        return opening.group().lower() + name[opening.end():]
    return name


def joint_bodies_to_both(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Give, in RESOLVED, each claim of "les deux organisations" the two bodies the article last named together before
    it, and so each claim the same generic name was given ("le communiqué")."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or _COUNTED_BODIES.fullmatch(mention.text.strip()) is None:
            continue
        pairs = [m for m in _TWO_BODIES.finditer(text, 0, draft.position) if _NO_NAME_WORD.search(m.group("second")) is None]
        if not pairs:
            continue
        pair = pairs[-1]
        first = pair.group("first").strip()
        if (named := _NAME_WITH_ITS_ARTICLE.search(first)) is not None:
            first = first[named.start(1):]  # "les caves coopératives Les Vignerons du Razès": the name, not its kind
        name = f"{_as_subject(first)} et {_as_subject(pair.group('second').strip())}"
        generic = resolved[i].name if resolved[i] is not None else None
        for j, other in enumerate(resolved):  # (and "le communiqué" read as the same two)
            if j == i or other is not None and generic is not None and other.name == generic:
                resolved[j] = SpeakerRef(name, drafts[j].mention.text if drafts[j].mention else mention.text,
                                         other.role if other is not None else None, "organisation")
