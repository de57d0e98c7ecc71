"""French "L'un d'eux affirme …", "l'une d'elles raconte …": one member of the group of people the
narration just counted ("17 rescapés y étaient soignés", "Deux autres anciens salariés …"), named
by that group's noun in the singular ("rescapé", "ancien salarié"); "une trentaine d'entre eux": that
share of the group the sentence before opens with ("Les riverains du chemin X, eux, …")."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_fr import _PERSON_NOUNS, _PERSON_SUFFIXES
from claims.extract.speakers import Lexicon, fold

ONE_OF_THEM = re.compile(r"(?:l['’])?(?:un|une)\s+(?:d['’]entre\s+)?(?:d['’])?(?:eux|elles)", re.IGNORECASE)
# A counted plural group: a number or a quantifier, maybe "autres", then one or two plural words.
_COUNTED_GROUP = re.compile(
    r"(?<![\w'’])(?:\d+|[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Ss]ept|[Hh]uit|[Dd]ix|[Pp]lusieurs|[Qq]uelques)"
    r"\s+(?:autres\s+)?(?P<group>[a-zà-ÿ-]{3,}s(?:\s+[a-zà-ÿ-]{3,}s)?)(?![\w'’-])"
    r"(?P<complement>\s+(?:d['’]|de\s+)[a-zà-ÿ-]{3,}(?![\w'’-]))?")


def one_of_counted_group(text: str, position: int, lex: Lexicon) -> str | None:
    """The singular noun of the last group of people counted in the 300 characters before POSITION."""
    found = None
    for group in _COUNTED_GROUP.finditer(text, max(0, position - 300), position):
        if found is None or text[max(0, group.start() - 5):group.start()] != "dont ":
            found = group  # (not "17 rescapés …, dont quatre enfants": a part of the group)
    if found is None:
        return None
    words = [w[:-1] for w in found.group("group").split()]
    noun = words[-1]
    if found.group("complement"):
        words.append(found.group("complement").strip())  # "membres d'équipage"
    # ("rescapés", "blessés": a participle counted is people)
    if not (fold(noun) in lex.roles or noun in _PERSON_NOUNS or noun.endswith(_PERSON_SUFFIXES) or noun.endswith("é")) \
            or fold(noun) in lex.organisations:
        return None
    return " ".join(words)


# "une trentaine d'entre eux", "une dizaine d'entre elles" (closing a subject).
SHARE_OF_THEM = re.compile(r"(?:une\s+)?(?P<share>[a-zà-ÿ]+aine)\s+d['’](?:entre\s+)?(?:eux|elles)\s*$", re.IGNORECASE)
# A plural group opening a sentence, up to its comma or its verb: "Les riverains du chemin X, eux, …".
_GROUP_OPENING = re.compile(
    r"(?:^|(?<=[.!?»\n])\s*)(?:Les|Des)\s+(?P<group>[a-zà-ÿ-]+[sx](?:\s+(?:du|des|de|d['’])\s*[^,.;:!?«»\n]{1,50}?)?)"
    r"(?=,|\s+(?:s['’]|se\s+|ne\s+|n['’])?(?:ont|sont|[a-zà-ÿ]+ent)\b)", re.MULTILINE)


def share_of_group(text: str, position: int, share: str) -> str | None:
    """"trentaine de riverains du chemin X": SHARE of the last group opening a sentence in the 300
    characters before POSITION."""
    found = None
    for found in _GROUP_OPENING.finditer(text, max(0, position - 300), position):
        pass
    if found is None:
        return None
    group = found.group("group")
    link = "d'" if group[:1] in "aeiouyhàâéèêîôû" else "de "
    return share.lower() + " " + link + group
