"""Subjects of the sentence before a claim. A plural pronoun ("they", "ils", "elles") introducing a
claim stands for the group named by a plural common noun opening its sentence or the sentence
before ("The stores were reluctant …, they said"; "Les enquêteurs privilégient … Ils estiment que
…"); an unattributed quotation right after a sentence a person's name opens is that person's
("Didier, lui, ne se voit plus ailleurs. « … »")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extract.drafts import Draft
from claims.extract.group_phrases_en import TEAM_INTRODUCED
from claims.extract.segments import sentences

if TYPE_CHECKING:
    from claims.extract.speaker_table import ArticleSpeakers

_PLURAL_PRONOUNS = frozenset(("they", "their", "ils", "elles", "eux"))  # ("selon eux")
# ("The porters, most of whom belong to the X union, struck …, which they said …": an apposition between commas)
_PLURAL_SUBJECT = re.compile(
    r"(?:The|These|Those|Les|Ces)\s+(?P<np>(?:[a-zà-ÿ-]+\s+){0,2}[a-zà-ÿ-]+[sx])(?:,[^,.;]{1,100},)?\s+"
    r"(?:were|are|have|had|did|do|struck|went|took|held|met|won|lost|ont|sont|avaient|étaient|[a-zà-ÿ]+(?:ed|ent|aient))\b")
# French: a plural group with its complement, after a fronted phrase ("Réunis mardi à Paris, les directeurs des instituts
# universitaires de technologie (IUT) ont réclamé …").
_PLURAL_SUBJECT_WITH_COMPLEMENT_FR = re.compile(
    r"(?:\d{1,2}\s+[a-zéû]+\s+\d{4}\.\s+-\s+)?(?:[^,.;]{1,60},\s+)?(?:[Ll]es|[Cc]es)\s+"
    r"(?P<np>(?:[a-zà-ÿ-]+\s+){0,2}[a-zà-ÿ-]+[sx]\s+(?:des|du|de\s+la|de\s+l['’]|d['’]|de)\s*[\w'’-]+(?:\s+[\w'’-]+){0,5}?)"
    r"(?:\s*\([^)]{1,15}\))?\s+(?:ont|sont|avaient|étaient|[a-zà-ÿ]+(?:ent|aient))\b")
# English: a sentence opening with a plural group ("The officers", "Planning officers", "X Council's planning
# officers"), an apposition between
# commas, then its verb.
_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?:The\s+(?P<np>[a-z-]+s(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?)|(?P<bare>[A-Z][a-z-]+\s+[a-z-]+s)"
    r"|(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)['’]s\s+(?P<owned>(?:[a-z-]+\s+)?[a-z-]+s))(?:,[^,.;]{1,100},)?\s+"
    r"(?:were|are|have|had|did|do|[a-z]+ed)\b", re.MULTILINE)
# English: a counted group opening the sentence, then its verb in the past ("About 300 journalists and media workers
# gathered").
# ("Several hundred farmers gathered": the count in words belongs to the group's description)
_COUNTED_GROUP_OPENING = re.compile(
    r"(?:(?:(?:About|Around|Some|Nearly|Over|More\s+than|Up\s+to|At\s+least)\s+)?(?:\d[\d,]*|[Hh]undreds\s+of|[Tt]housands\s+of|"
    r"[Dd]ozens\s+of)|(?P<several>(?:Several|A\s+few)\s+(?:hundred|thousand|dozen)))"
    r"\s+(?P<np>(?!(?:were|was|are|is|have|had|has)\b)[a-z][a-z-]*(?:\s+(?:and\s+)?(?!(?:were|was|are|is|have|had|has)\b)[a-z][a-z-]*){0,3}"
    # ("Hundreds of residents of Orangi Town and Baldia Town in Karachi, Pakistan blocked …": where they live is theirs)
    r"(?:\s+(?:of|from)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:\s+and\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)?)?)"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)?)?\s+(?:[a-z]+ed|met|went|came|took|held)\b")
# English: a group named by a bare plural noun of people opening the sentence ("Protesters blocked …"; not a
# surname, "Williams")
# ("Rights groups have long criticised …": a group noun after its kind, a perfect and its adverb)
# ("Dairy farmers in the Argentine province of Córdoba poured …": a modifier first, where they are from after; "Council
# planning officers had recommended …": two)
_BARE_GROUP_OPENING = re.compile(r"(?P<np>(?:(?:[A-Z][a-z-]+(?:\s+[a-z-]+){1,2}|[A-Z][a-z-]+)(?:ers|ents|ists|ians|ees|ors|ants|ials|ics|ives|urses)"
                                 # ("Nurses and midwives at Kamuzu Central Hospital in Lilongwe stopped work …")
                                 r"(?:\s+and\s+[a-z-]+(?:ers|ents|ists|ians|ees|ors|ants|ials|ics|ives|urses))?"
                                 r"|[A-Z][a-z-]+\s+groups)(?:\s+(?:in|from|of|at)\s+[^,.;]{1,60}?)?)"
                                 r"\s+(?:(?:have|had)\s+(?:long\s+|repeatedly\s+|also\s+)?)?(?:[a-z]+ed|met|went|came|took|held)\b")
_SENTENCE_END = re.compile(r"[.!?]\s")


def _group_opening(text: str, start: int, end: int) -> str | None:
    """The group of people a counted or bare plural noun names at START, then its verb ("About 300 journalists
    gathered", "Several hundred farmers met", "Protesters blocked"), else None."""
    if (counted := _COUNTED_GROUP_OPENING.match(text, start, end)) is not None:
        if counted.group("several"):
            return text[counted.start("several"):counted.end("np")].lower()  # "Several hundred farmers gathered …"
        return counted.group("np")
    if (bare := _BARE_GROUP_OPENING.match(text, start, end)) is not None:
        return bare.group("np")[:1].lower() + bare.group("np")[1:]
    return None


def plural_subject(text: str, draft: Draft) -> str | None:
    """The plural noun phrase opening the sentence of a claim introduced by "they"/"ils"/"elles",
    when that sentence's subject is a group named by a common noun ("The stores were …")."""
    if draft.mention is None or draft.mention.text.split()[0].lower().removeprefix("-t-").removeprefix("-") not in _PLURAL_PRONOUNS:
        return None
    they = draft.mention.text.split()[0].lower() in ("they", "their")  # ("Their report to the committee found")
    s, _ = draft.sentence
    match = _PLURAL_SUBJECT.match(text, s, draft.position)
    if match is None and draft.mention.text.split()[0] in ("Ils", "Elles", "ils", "elles"):
        # "Les enquêteurs privilégient la piste criminelle. Ils estiment que …": the group opening
        # the sentence before, in the same paragraph ("Réunis mardi à Paris, les directeurs des IUT ont réclamé …
        # Dans une motion, ils estiment que …": after a fronted phrase, with its complement)
        stop = text.rfind(". ", 0, max(0, s - 2))
        before = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, s) + 1)
        match = (_PLURAL_SUBJECT.match(text, before, s) or _PLURAL_SUBJECT_WITH_COMPLEMENT_FR.match(text, before, s)) \
            if before < s else None
    if match is None and they \
            and (team := TEAM_INTRODUCED.match(text, s, draft.position)) is not None:
        return team.group("team")  # "A team of X has found …, which they say are …": the team
    if match is None and they \
            and (group := _group_opening(text, s, draft.position)) is not None:
        return group  # "About 300 journalists and media workers gathered …, which they say …"
    if match is None and they:
        # "The rebels, many of them …, have tabled an amendment. In a letter …, they say …": the
        # plural subject of the sentence before, in the same paragraph.
        paragraph = text.rfind("\n", 0, s) + 1
        plural_subjects = [m for m in _PLURAL_SUBJECT_BEFORE.finditer(text, paragraph, s)]
        stop = text.rfind(". ", paragraph, max(paragraph, s - 2))
        before = stop + 2 if stop >= 0 else paragraph
        if before < s and (group := _group_opening(text, before, s)) is not None:
            return group  # "Hundreds of residents blocked roads yesterday. They said …"
        if plural_subjects and not _SENTENCE_END.search(text, plural_subjects[-1].end(), max(plural_subjects[-1].end(), s - 2)):
            subject = plural_subjects[-1]
            if subject.group("owned"):
                return f"{subject.group('owned')} of {subject.group('owner')}"  # "Swindon Borough Council’s planning officers"
            return subject.group("np") or subject.group("bare").lower()
    return match.group("np") if match else None


_CAPITALISED_OPENING = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?=[ \u00a0,])")


def person_opening_sentence_before(text: str, speakers: ArticleSpeakers, draft: Draft, paras) -> tuple[int, str] | None:
    """The person whose name opens the sentence right before the quotation of DRAFT, in its
    paragraph ("Didier, lui, ne se voit plus ailleurs. « … »"): (offset, full name), else None."""
    quote_start = draft.spans[0][0]
    paragraph_start = paras[draft.paragraph][0] if draft.paragraph < len(paras) else 0
    before = text[paragraph_start:quote_start].rstrip(" \u00a0«“\"")
    if not before.endswith((".", "!", "?")) or any(mark in before for mark in "«»“”\""):
        return None
    opening = sentences(text, paragraph_start, paragraph_start + len(before))[-1][0]
    named = _CAPITALISED_OPENING.match(text, opening, quote_start)
    if named is None:
        return None
    for offset, end, name in speakers.person_mentions:
        if offset == opening and end < quote_start or offset < opening and name == named.group():
            # (a name opening a sentence is a person's when the article named them so elsewhere)
            return opening, speakers.full_name(name, offset)
    return None
