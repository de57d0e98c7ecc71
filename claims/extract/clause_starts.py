"""Where a reported clause without que/that starts after a reporting verb, and whether it reads
as a statement: the audience of "told" and time or place adjuncts to skip (English), the words a
clause can start with (English), a perfect infinitive (French), signs of a finite verb."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[\w’'\-]+")
_CLAUSE_STARTERS = {
    "en": {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an",
           "his", "her", "its", "their", "our", "some", "all", "no", "both", "one", "two", "more", "most",
           "many", "several", "people", "nobody", "everyone"},
}
_NOT_CLAUSE_STARTERS_EN = frozenset((
    "to", "for", "about", "of", "in", "on", "at", "by", "with", "from", "into", "so", "nothing", "something",
    "goodbye", "hello", "thanks", "sorry", "yes", "no", "as", "than", "after", "before", "during", "while",
    "when", "if", "whether", "why", "how", "what", "was", "were", "is", "are", "be", "been", "had", "has",
    "have", "would", "will", "could", "should", "can", "may", "might", "must", "did", "do", "does", "not",
    "and", "or", "but", "again", "too", "also", "up", "out", "off", "over", "through", "via", "per",
))
_EN_QUANTITY = re.compile(
    r"(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|about|around|nearly|almost|over|up\s+to)\s+"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million))", re.IGNORECASE)
# "affirme avoir abattu": a French statement without "que".
FR_PERFECT_INFINITIVE = re.compile(r"\s*(?:n['’])?(?:avoir|être)\s+\w", re.IGNORECASE)
# Who was told: "told reporters", "told Reuters".
EN_AUDIENCE = re.compile(
    r"\s*(?:(?:the\s+|local\s+|a\s+)?(?:reporters|journalists|media|press|crowd|audience|interviewer|"
    r"news\s+conference|press\s+conference)|him|her|them|us|me|(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    r"(?:\s+(?:today|yesterday|on\s+\w+day))?,?\s+",
)
# Time and place adjuncts between a verb and its clause: "said on Monday", "said in a statement".
EN_ADJUNCT = re.compile(
    r"\s*(?:(?:on|last|late|early)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|"
    r"this\s+(?:morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)|"
    r"earlier|later|previously|also|too|in\s+(?:a|an|the|his|her|their|its)\s+[\w\s-]{1,40}?(?=,|\s+(?:that|he|she|it|they|the|a)\b)|"
    r"at\s+(?:a|an|the)\s+[\w\s-]{1,30}?(?=,|\s+(?:that|he|she|it|they|the|a)\b)),?\s+",
    re.IGNORECASE,
)
# A clause ending on one of these has lost its verb ("where records predicted it would be").
AUXILIARIES = frozenset(("be", "been", "is", "are", "was", "were", "would", "will", "could", "can", "should", "may",
                         "might", "must", "do", "does", "did", "has", "have", "had"))
# Some sign of a finite verb in a clause with no "that": an auxiliary, a past or a present in -s.
EN_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|has|have|had|will|would|could|can|should|may|might|must|shall|do|does|did|"
    r"won't|can't|isn't|aren't|wasn't|weren't|went|came|made|took|gave|got|saw|knew|left|lost|won|began|became|"
    r"ran|kept|held|brought|fell|rose|grew|sent|spent|built|paid|met|led|put|set|cut|hit|let|said|told|found|"
    r"thought|felt|meant|stood|sold|bought|caught|taught|fought|brought|wrote|drove|flew|threw|broke|chose|"
    r"spoke|stole|froze|woke|wore|tore|swore|shot|slept|fled|struck|hung|sang|rang|sank|swam)\b|"
    r"[a-z]{2,}ed\b|(?<!\d\s)\b[a-z]{2,}[^s'’ ]s\b|n['’]t\b", re.IGNORECASE)

# A finite verb beyond doubt (no present in -s, which plural nouns look like).
EN_CLEAR_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)\b|\b[a-z]{3,}ed\b")


def clause_can_start_en(text: str, pos: int) -> bool:
    """Whether an English reported clause can start at `pos` (after "said")."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    match = _WORDS.match(text, pos)
    if not match:
        return False
    word = match.group()
    low = word.lower()
    if low in _CLAUSE_STARTERS["en"] or word[:1].isupper() or word[:1].isdigit() or _EN_QUANTITY.match(text, pos):
        return True
    return low not in _NOT_CLAUSE_STARTERS_EN and not low.endswith("ly")

# Time and place adjuncts between a French verb and its object: "a dénoncé dans un communiqué une
# « provocation »", "a salué sur le réseau social X « une étape »", "a affirmé mardi avoir …".
FR_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:dans|sur|via|devant|depuis|lors\s+d['’]\w+)\s+(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs|des|du)\s+|l['’])?"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)"
    r"(?:\s+(?:soir|matin|après-midi))?"
    # "dénonce de son côté « une fuite en avant »": an adverb of the narration, not of the statement.
    r"|de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux)|également|aussi|encore|"
    r"toutefois|pourtant|néanmoins|cependant|par\s+ailleurs|en\s+outre|notamment|surtout|ainsi),?"
    r"(?=\s+(?:un|une|le|la|les|des|du|son|sa|ses|leur|leurs|l['’]|«|“|avoir|être|n['’]avoir|de\s+[«“])(?![\w’'-]))",
    re.IGNORECASE)
