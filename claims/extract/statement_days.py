"""When each statement an article reports was made (`said_on`): a date of its sentence, of the sentence
before, of the occasion or the court hearing it was made at, or of the same speaker's statement before
(a headline's: of its speaker's first statement in the body); and `ByStart`, found items (numbers, dates) by offset."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from claims.extract.drafts import Draft
from claims.extract.reported_bounds import RELATIVE_GLOSS_OPENING_EN
from claims.extract.spans import SpanIndex
from claims.extract.types import DateMention, PartialDate, SpeakerRef

# A date a span starts or ends on ("since August", "depuis mars", "until Friday"): no day a statement was made.
_BOUNDS = r"(?:since|until|till|depuis|jusqu['’]\s*(?:au|à|en)?|dès)\s+(?:le\s+|l['’]|the\s+)?"
_BOUND_BEFORE = re.compile(rf"\b{_BOUNDS}$", re.IGNORECASE)
_BOUND_OPENING = re.compile(_BOUNDS, re.IGNORECASE)  # (the date's own words: "since August")
# A relative clause on the subject holding the date ("farmer X, who planted tomatoes in September, said"): its
# date tells when that happened, not when the statement was made.
_RELATIVE_BEFORE_DATE = re.compile(r",\s+(?:who|which|whose|qui|dont)\b[^,.;:]*$")
# (after the claim, "…, said Amina Juma, whose daughter started school in January": her daughter's date; but
# "…, said X, who spoke to reporters on Monday")
_SPEAKING_IN_RELATIVE = re.compile(r"\b(?:sp[eo]ak\w*|told|said|says|addressed|wrote|testified|a\s+déclaré|s['’]exprim\w*)\b")
# A date of when something was made ("a residents' group formed in September", "une association créée en mars"): not of the statement.
_MADE_BEFORE = re.compile(r"\b(?:formed|founded|created|established|built|opened|launched|set\s+up|elected|appointed|born"
                          r"|fondée?s?|créée?s?|élue?s?|nommée?s?|née?s?)\s+(?:(?:in|on|en|le)\s+)?$", re.IGNORECASE)
# A relative clause right after a claim's content: the article's gloss ("…, which in 2017 ordered …"),
# whose dates are not when the statement was made.
_GLOSS_AFTER = re.compile(RELATIVE_GLOSS_OPENING_EN)


_SOURCE_CUE_FR = re.compile(r"(?:[Ss]elon|[Dd]['’]après)\b")


def said_on(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None], all_dates: list[DateMention],
            published: date | None = None):
    """When each statement was made: the first date of its sentence that may say so (`_statement_dates`),
    none after publication; else a day in the sentence before that names the person speaking ("X gave
    evidence on Thursday. She said …"); else the day of the occasion it was made at ("a-t-il déclaré
    en séance"); else the same speaker's previous statement's, in that paragraph or the one before
    ("a ajouté M. Peskov", "Peskov said"). Another speaker's statement lends no date: the golds
    disagreed with that source four times in five."""
    dates = []
    content = SpanIndex(span for d in drafts for span in d.spans)
    dates_by_start = ByStart(all_dates)
    hearing = _hearing_day(text, dates_by_start, published)
    previous = None
    for draft, speaker in zip(drafts, speakers_of):
        found = [when for m in _statement_dates(text, draft, content, dates_by_start)
                 if not _after(when := _before_publication(m.date, published), published)]
        said_on = found[0] if found else None
        if said_on is None and speaker is not None and speaker.kind == "person":
            said_on = _day_of_the_sentence_before(text, draft, speaker, content, dates_by_start)
            if said_on is not None and _after(said_on, published):
                said_on = None  # "… set the trial for October 21. "…," the magistrate said.": the day to come
        if said_on is None:
            said_on = _day_of_the_occasion(text, draft, content, dates_by_start, published)
        if said_on is None and hearing is not None and draft.start > hearing[0] \
                and (_AT_THE_HEARING.search(text, *draft.sentence) or speaker is not None and _AT_THE_HEARING.search(speaker.mention or "")):
            said_on = hearing[1]  # a court report: what was said at the hearing the article dated, by its parties
        if said_on is None and previous is not None:
            p_draft, p_speaker, p_date = previous
            same_speaker = speaker is not None and p_speaker is not None and speaker.name == p_speaker.name
            if p_date is not None and same_speaker and draft.paragraph - p_draft.paragraph <= 1 \
                    and not (draft.cue and _SOURCE_CUE_FR.match(draft.cue)
                             and not (draft.mention and draft.mention.pronoun and draft.paragraph == p_draft.paragraph)):
                # (but "« … », a déclaré mardi X. Selon lui, la grève était suivie à 90 %": his, that day)
                said_on = p_date
        dates.append(said_on)
        previous = (draft, speaker, said_on)
    _headline_days(text, drafts, speakers_of, dates)
    return dates


def _headline_days(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None], dates: list) -> None:
    """A headline's statement undated in its own words is the one its speaker makes first in the body:
    it takes that statement's day (the golds agreed in 760 headlines out of 881)."""
    headline_end = text.find("\n")
    if headline_end < 0:
        return  # (a text of one line has no headline apart from its body)
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.start >= headline_end:
            break
        if dates[i] is not None or speaker is None:
            continue
        dates[i] = next((dates[j] for j in range(i + 1, len(drafts))
                         if drafts[j].start > headline_end and speakers_of[j] is not None and speakers_of[j].name == speaker.name), None)


# An occasion a statement was made at, which the article may have dated ("en séance", "at the session").
# (The lookahead lets the scan skip every other letter fast.)
_OCCASION = re.compile(
    r"(?=[eàldioabtjEÀLDIOABTJ])\b(?:en\s+séance|en\s+plénière|à\s+l['’]audience|à\s+la\s+barre|lors\s+de\s+(?:la|cette)\s+(?:même\s+)?"
    r"(?:présentation|séance|conférence|audience|réunion|cérémonie|rencontre|session|proclamation|plénière|visite)"
    r"|en\s+marge\s+de|à\s+l['’]issue\s+d(?:e|u|es)\b|lors\s+des\s+débats|au\s+cours\s+de\s+la\s+(?:séance|réunion|conférence)"
    r"|présente?s?\s+à\s+la\s+(?:réunion|séance|conférence|rencontre)|en\s+conseil\s+(?:municipal|communautaire|départemental|régional)"
    r"|à\s+la\s+sortie\s+de\s+(?:l['’]audience|la\s+réunion|la\s+séance)|a\s+plaidé"
    r"|(?:juste\s+)?(?:après|à)\s+l['’]arrivée|devant\s+les\s+(?:journalistes|députés|élus|sénateurs|juges|populations)"
    r"|at\s+the\s+(?:same\s+)?(?:session|hearing|meeting|briefing|news\s+conference|press\s+conference|ceremony|launch|event|forum|rally|summit"
    r"|workshop|town\s+hall|conference)"
    r"|(?:in|during)\s+(?:his|her|their|its)\s+(?:address|speech|remarks|testimony)\s+to\s+the|addressed\s+the"
    r"|during\s+the\s+(?:debate|meeting|hearing|session|public\s+comment)"
    r"|lors\s+d['’]une\s+(?:conférence|réunion|séance|audience|rencontre)|devant\s+(?:le|la)\s+(?:conseil|commission|tribunal|cour)"
    r"|in\s+(?:his|her|its|their)\s+ruling|(?:outside|after|before)\s+the\s+(?:court|hearing|vote|match|game|session|briefing|ruling"
    r"|verdict|sentencing|judgment|judgement|forum|rally|march)"
    r"|after\s+the\s+(?:[\w()]+\s+){0,5}meeting|at\s+a\s+(?:news\s+)?(?:briefing|press\s+conference|news\s+conference|hearing|meeting)"
    r"|at\s+the\s+(?:close|end|start|opening)\s+of\s+the\s+(?:hearing|meeting|session|trial)"
    r"|told\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:court|hearing|committee|meeting|session|councillors|council|lawmakers|jury"
    r"|commission|commissioners|board|panel|regulators|inquiry|tribunal|senators|forum|rally|summit|marchers|protesters|crowd|gathering))\b",
    re.IGNORECASE)


def _day_of_the_occasion(text: str, draft: Draft, content: SpanIndex, dates_by_start, published: date | None = None):
    """The last day named (outside any claim) before DRAFT in the article, when DRAFT's sentence says the
    statement was made at an occasion the article dated ("a-t-il déclaré en séance", "at the close of
    the hearing", "told the commission", "in her ruling"), else None; never a day more than
    `_OCCASION_DAYS` before publication (a date of the background, not of the occasion)."""
    s, e = draft.sentence
    if not any(not content.covers(m.start()) for m in _OCCASION.finditer(text, s, e)):
        return None
    day = _last_day(dates_by_start, content, 0, s)
    if day is not None and published is not None and day.year and (published - date(day.year, day.month, day.day)).days > _OCCASION_DAYS:
        return None
    return day


_OCCASION_DAYS = 21

# A court hearing the article reports: "was fined €2,500 at Sligo District Court on Monday", "pleaded guilty at
# Letterkenny District Court yesterday", "devant le tribunal correctionnel de Vannes mardi".
_COURT_HEARING = re.compile(
    r"\b(?:at|in|before)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+){0,4}(?:District|Circuit|Crown|Magistrates['’]?|Criminal|Superior"
    r"|Sheriff|Youth|Common\s+Pleas|Municipal)\s+Court\b"
    r"|\b(?:devant\s+le|[Ll]e)\s+tribunal\s+(?:correctionnel|judiciaire|de\s+police)\b"
    # "… admitted fraud at an earlier hearing and was sentenced on Thursday"
    r"|\b(?:was|were)\s+(?:sentenced|jailed|fined|convicted|acquitted|remanded)\b")
# Who speaks at a hearing, or what shows a statement was made there.
_AT_THE_HEARING = re.compile(
    r"\b(?:[Cc]ourt|[Jj]udge|[Ss]olicitor|[Cc]ounsel|[Bb]arrister|[Pp]rosecut\w*|[Dd]efen[cs]e|[Dd]efending|in\s+evidence|[Jj]ury|[Mm]agistrate"
    r"|[Ss]heriff|accused|[Dd]efendant|victim\s+impact|[Pp]rocureure?|[Aa]vocate?|[Pp]révenue?|[Jj]uge|[Pp]arquet|audience|tribunal)\b")
# How far around the court's name its day is looked for, in the same sentence.
_HEARING_WINDOW = 160


def _hearing_day(text: str, dates_by_start, published: date | None) -> tuple[int, PartialDate] | None:
    """Where the article first names the court hearing it reports and the day it names with it (same sentence,
    day precision, at most `_OCCASION_DAYS` before publication), else None."""
    if "Court" not in text and "tribunal" not in text:
        return None  # (most articles: no scan of the whole text)
    for court in _COURT_HEARING.finditer(text):  # (the first one named with a day: not a photo's caption)
        s = max(text.rfind("\n", 0, court.start()), text.rfind(". ", 0, court.start())) + 1
        e = min(x for x in (text.find("\n", court.end()), text.find(". ", court.end()), len(text)) if x >= 0)
        days = [m for m in dates_by_start.starting_in(max(s, court.start() - _HEARING_WINDOW), min(e, court.end() + _HEARING_WINDOW))
                if m.date.day]
        if days:
            break
    else:
        return None
    day = days[0].date
    if published is not None and day.year and not 0 <= (published - date(day.year, day.month, day.day)).days <= _OCCASION_DAYS:
        return None
    return court.start(), day


def _statement_dates(text: str, draft: Draft, content: SpanIndex, dates_by_start) -> list[DateMention]:
    """The dates of DRAFT's sentence that may say when it was made: outside any claim's content, no
    bound of a span ("since August"), no day of an event the speaker took part in ("a candidate in Sunday's
    election"), a year alone only between the verb and the content ("concluded in 2022 that", "selon une
    étude publiée l'an dernier, …"; elsewhere it dates something else)."""
    s, e = draft.sentence
    cue_at = text.find(draft.cue, s, e) if draft.cue else -1
    found = [m for m in dates_by_start.starting_in(s, e) if not content.covers(m.start)
             and (m.date.month is not None or 0 <= cue_at < m.start < draft.spans[0][0])
             and not _BOUND_BEFORE.search(text, max(0, m.start - 12), m.start) and not _BOUND_OPENING.match(m.text)
             and not _MADE_BEFORE.search(text, max(0, m.start - 16), m.start)
             and not (text.startswith(("'s ", "’s "), m.end) and text.endswith(" in ", 0, m.start))
             and not (0 <= cue_at and m.start < cue_at and _RELATIVE_BEFORE_DATE.search(text, max(s, m.start - 80), m.start))
             and not (m.start >= draft.end and (relative := _RELATIVE_BEFORE_DATE.search(text, max(s, m.start - 80), m.start))
                      and not _SPEAKING_IN_RELATIVE.search(relative.group()))]
    if found and _GLOSS_AFTER.match(text, draft.end):
        found = [m for m in found if m.start < draft.end]
    return found


def _after(when: PartialDate, published: date | None) -> bool:
    """Whether WHEN comes after the article was published ("le 1er décembre" in an article of 14 November):
    no day a statement it reports was made."""
    if published is None:
        return False
    if when.month is None:
        return when.year is not None and when.year > published.year
    year = when.year if when.year is not None else published.year
    return (year, when.month, when.day or 1) > (published.year, published.month, published.day)


def _before_publication(said_on: PartialDate, published: date | None) -> PartialDate:
    """"Said in June" in an article of November, a month too far back for the date's own reading to
    give it a year: a statement was made before the article, in the last such month (a month alone
    keeps no year when the article has no date)."""
    if said_on.month and said_on.day is None and published is not None and said_on.year is None:
        return PartialDate(published.year if said_on.month <= published.month else published.year - 1, said_on.month)
    return said_on


def _day_of_the_sentence_before(text: str, draft: Draft, speaker: SpeakerRef, content: SpanIndex, dates_by_start):
    """The last day named, outside any claim, in the sentence of the same paragraph right before DRAFT's
    when that sentence names the person speaking ("Fiona Dalgleish gave evidence on Thursday afternoon.
    She said …"), else None."""
    s = draft.sentence[0]
    opening = text.rfind("\n", 0, s) + 1
    before = text[opening:s].rstrip()
    stop = before.rfind(". ", 0, len(before) - 1)
    prior = opening + stop + 2 if stop >= 0 else opening
    if s - prior <= 5 or speaker.name.split()[-1] not in text[prior:s] and not (speaker.role and speaker.role in text[prior:s]):
        return None  # (named, or called by their role: "Lundi, … la prévenue s'est expliquée. « … », a-t-elle déclaré")
    return _last_day(dates_by_start, content, prior, s)


def _last_day(dates_by_start, content: SpanIndex, start: int, end: int) -> PartialDate | None:
    """The last date of day precision between START and END outside any claim's content, else None."""
    days = [m for m in dates_by_start.starting_in(start, end) if not content.covers(m.start) and m.date.day]
    return days[-1].date if days else None


class ByStart:
    """Found items (numbers, dates) sorted by offset, to pick those inside a span in log time."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def starting_in(self, start: int, end: int) -> list:
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.items[i:j]

    def inside(self, spans) -> list:
        found = []
        for s, e in spans:
            i = bisect_left(self.starts, s)
            while i < len(self.items) and self.items[i].start < e:
                if self.items[i].end <= e:
                    found.append(self.items[i])
                i += 1
        return found
