"""French impersonal attributions that name their source around "on": "…, a-t-on appris auprès de
la place Beauvau", "« … », fait-on valoir à Matignon", "…, indique-t-on dans l'entourage du
ministre", "…, a-t-on appris de source judiciaire", "Dans l'entourage du ministre, on assure que …".
The source is the speaker, not "on"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.speaker_phrases import clean_phrase
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.speaker_mentions import parse_mention

_VERB = r"[a-zà-ÿ]+(?:-t)?-on"
_PARTICIPLE = (r"(?:appris|indiqué|précisé|assuré|expliqué|confié|souligné|affirmé|ajouté|reconnu|estimé|"
               r"fait\s+valoir|fait\s+savoir|rappelé|confirmé|démenti|admis)")
# ", a-t-on appris auprès de X." / ", fait-on valoir à X." at the end of a sentence.
_TAIL = re.compile(
    rf",\s*(?P<cue>(?:a-t-on|avait-on|aurait-on)\s+{_PARTICIPLE}|(?:fait|faisait)-on\s+(?:valoir|savoir)|{_VERB}"
    # ", a appris Ouest-France auprès de la mairie", ", a appris l'AFP de source policière": the outlet only relays
    rf"|a\s+appris\s+(?:l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){{0,3}}(?=\s+(?:auprès|de\s+source)))"
    # ("ce lundi", "lundi soir", "hier matin", "encore mardi")
    rf"\s+(?:(?:ce\s+)?(?:mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|également)"
    rf"(?:\s+(?:matin|midi|soir|après-midi))?\s+){{0,2}}"
    rf"(?P<prep>auprès\s+d(?:e\s+|u\s+|es\s+|['’])|au\s+sein\s+d(?:e\s+|u\s+|es\s+|['’])|de\s+source\s+|à\s+|au\s+|aux\s+|dans\s+"
    rf"|du\s+côté\s+d(?:e\s+|u\s+|['’])|chez\s+)"
    rf"(?P<np>[^,.;!?«»]{{2,80}}?)\s*[.!?]?\s*$")


@dataclass(frozen=True, slots=True)
class ImpersonalSource:
    comma: int  # where the statement ends
    cue_start: int
    cue: str
    mention: Mention


def impersonal_source(text: str, s: int, e: int, lex: Lexicon) -> ImpersonalSource | None:
    """The impersonal attribution closing text[s:e], if any (a cheap test first: "-on")."""
    if text.find("-on ", s, e) == -1 and text.find(" appris ", s, e) == -1:
        return None
    match = _TAIL.search(text, s, e)
    if match is None:
        return None
    np = match.group("np").strip()
    if match.group("prep").startswith("de source"):
        np = "source " + np  # "de source judiciaire"
    first = fold(np.split()[0]) if np.split() else ""
    if first.rstrip("'’") in lex.bare_determiners or first[:2] == "l'" or np.startswith("source "):
        mention = Mention(np, role=clean_phrase(np, lex), organisation=True)  # "la place Beauvau", "l'entourage du ministre"
    else:
        mention = parse_mention(np, lex) or Mention(np, role=np, organisation=True)
    return ImpersonalSource(match.start(), match.start("cue"), match.group("cue"), mention)


# "Dans l'entourage du ministre, on assure que …", "À Matignon, on estime que …", "Chez Renault, on …",
# "De source proche du ministère, on indique que …".
_HEAD = re.compile(
    r"\s*(?P<prep>Dans\s+|À\s+|Au\s+|Aux\s+|Chez\s+|Du\s+côté\s+d(?:e\s+|u\s+|['’])|Au\s+sein\s+d(?:e\s+|u\s+|es\s+|['’])"
    r"|De\s+(?=sources?\s))"
    r"(?P<np>[^,.;!?«»]{2,80}?)(?:,\s*[^,.;!?«»]{2,60}?)?,\s*on\s+")  # (an apposition: "…, Bertrand Lachaume,")


_CONTRACTED = {"Au": "le", "Aux": "les"}


def impersonal_head(text: str, s: int, before: int, lex: Lexicon) -> Mention | None:
    """The place or circle named before "on" at the head of the sentence text[s:…], when "on" is
    the subject of the verb at BEFORE."""
    match = _HEAD.match(text, s, before)
    if match is None or "," in text[match.end():before]:
        return None
    np = match.group("np").strip()
    article = _CONTRACTED.get(match.group("prep").strip())
    if article is not None:
        np = f"{article} {np}"  # "Au ministère de l'Intérieur" → "le ministère de l'Intérieur"
    first = fold(np.split()[0]) if np.split() else ""
    if first.rstrip("'’") in lex.bare_determiners or first[:2] == "l'" or first in ("source", "sources"):
        return Mention(np, role=clean_phrase(np, lex), organisation=True)
    return parse_mention(np, lex) or Mention(np, role=np, organisation=True)
