"""Paragraphs and sentences of an article, as offset spans into its text, and where a sentence's
own words start after a kicker or dateline."""

from __future__ import annotations

import re

from claims.extract.lang import en as english
from claims.extract.legal_forms import DOTTED_LEGAL_FORMS

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence ends at . ! ? … (maybe followed by a closing mark) before a space and a capital,
# a digit or an opening quotation mark. Written "[.!?…][.!?…]*", not "[.!?…]+": a pattern that
# opens with a character class lets `re` skip to those characters (2x faster over a text).
# (French "… bien. » Selon l'association, …", "… de l'argent. » Il indique que …": a quotation closed, then a source
# phrase or a pronoun opening a sentence of its own; other sentences after such a quotation may still attribute it.
# "….»" with no space before its mark ends a sentence only where "… . »" does.)
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*(?:[”\"’')]?(?=\s+[«“\"„‹‘'(A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ0-9])"
                           r"|[ \u00a0\u202f]?»(?=\s+(?:Selon|D['’]après|Il|Elle|Ils|Elles)\s))")
# ""Who will pay?" Tom Reyes asked.": a question or an exclamation closing a quotation, then its
# speaker's name (maybe an apposition: "Tsetsegmaa, a mother of two,") and verb, is one sentence.
_ATTRIBUTION_NEXT = re.compile(
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*){0,3}(?:,[^,.!?\"“”\n]{1,100},)?\s+(?:said|says|asked|asks|added|adds|wrote|writes|told|replied|"
    r"exclaimed|shouted|wondered|demanded|continued|insisted|explained|warned|noted|tweeted|joked|quipped|yelled|cried|"
    # (or the past tense of any English reporting verb: "Tom Reyes lamented.")
    + "(?:" + "|".join(sorted({stem[:-1] if stem.endswith("e") else stem for stem in english.REPORTING_VERB_STEMS}, key=len, reverse=True))
    + r")e?d)\b")
# (an initial is a capital after no word character nor a slash: "42c/L." ends a sentence)
_ABBREVIATION = re.compile(
    r"(?:\b(?:M|MM|Mr|Mrs|Ms|Dr|Pr|St|Ste|Sf|Mt|Ft|Sr|Jr|Mgr|Me|Mme|Prof|Gen|Sen|Rep|Gov|Capt|Col|Lt|Sgt|Rev|Det|Supt|Insp|Cpl|Maj|Adm|Cmdr|Brig|Cllr|Clr|Engr|Atty|Hon|Barr|Pst|Asst|"
    r"No|Nos|vol|p|pp|art|av|J\.-C|etc|cf|ex|env|approx|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|vs)|(?<![\w/])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])\.$"
)

# Abbreviations that also end sentences ("at about 3 a.m. He said …"): the end when a pronoun or
# an article opens the next word.
# (and a company's dotted legal form: "operated by Carbones del Altiplano S.A.S. According to the agency, …")
_SENTENCE_FINAL_ABBREVIATION = re.compile(rf"(?:\b(?:a\.m|p\.m|etc|Inc|Ltd|Corp|Co|Jr)|U\.S|U\.K|{DOTTED_LEGAL_FORMS}"
                                          # ("Biology Paper II and Chichewa Paper I. The two papers …": a number)
                                          r"|\b(?:Paper|Part|Phase|War|Stage|Class|Category|Type|Grade|Level|Division|Tier"
                                          r"|Chapter|Section|Round|Book|Volume|Schedule|Annex|Appendix)\s[IVX])\.$")
# ("at about 3:15 a.m. Inspectors were …", "at about 3 a.m. “One minute …", "after 9 p.m. "I have …": any capitalised
# word but a day, a month or a time zone opens a sentence, and so does the pronoun "I")
_TIME_OF_DAY_CLOSING = re.compile(r"\b[ap]\.m\.$")
_CAPITAL_NEXT_NOT_A_TIME = re.compile(
    r"\s+[“\"]?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Eastern|Pacific|Central|Mountain|"
    r"Atlantic|Greenwich|Local)\b|[A-Z]{2,5}\b)(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]|I\s)")
_SENTENCE_OPENER_NEXT = re.compile(r"\s+(?:He|She|It|They|We|I|The|This|That|These|Those|But|One|Two|Three|A|An|In|On|At|After|Police|Officials|"
                                   r"According|Il|Elle|Ils|Elles|Le|La|Les|Selon|Son|Sa|Ses|Leur|Leurs|Ce|Cette|Cet)\s")
# A quotation opening on a capital ("l'analyse de l'échantillon B. « Mon client …»"): a sentence of its own.
_QUOTATION_OPENS_NEXT = re.compile(r"\s+[«“\"][ \u00a0\u202f]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# A capital letter after a common noun, no initial: "l'analyse de l'échantillon B. Son avocat …", "a plan B. The …".
_LETTER_AFTER_COMMON_NOUN = re.compile(r"(?<![\w'’-])(?!(?:de|du|des|von|van|der|den|da|do|dos|bin|ben|al|el|le|la)\s)"
                                       r"[a-zà-ÿ][\w'’-]*\s(?!M\.)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.$")  # (not "a résumé M. Le Bihan")

# A currency's short form before its amount ("Rs. 8,000", "Ksh. 500"): no sentence ends there.
_CURRENCY_SHORT_FORM = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{1,2}$")
AMOUNT_AFTER_FULL_STOP = re.compile(r"\.[ \u00a0]?\d")

# The social network X closing a sentence ("a réagi sur X.", "posted on X."): not an initial.
_NETWORK_X = re.compile(r"(?:\b(?:sur|on|via)|\bsocial|\bsociale)\s+X$")

# A live-blog timestamp or a rubric kicker opening a sentence: "14h05 — ", "SANTÉ - ", "DIRECT. ".
# An agency dateline too: "CARCASSONNE, 23 juil 2026 (AFP) - ", "LIMA, March 4, 2025 (Reuters) - ",
# "BERNE (Keystone-ATS) - ", "QUÉBEC — ", or what is left of one after an abbreviation ended a
# sentence ("RENO, Nev. (AP) — ").
_KICKER = re.compile(
    r"(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}:\d{2}|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ'’ .-]{1,40}?(?:,[^()\n,]{1,30}?){0,3}\s*(?:\([^()\n]{2,30}\))?"
    r"|\([^()\n]{2,30}\)"
    # "Lima (AFP) -", "Port-au-Prince (AFP) —", "Lima, le 4 mars 2025 (AFP) -", "Lima, Peru (AP) —": a
    # place in upper and lower case, maybe its country and date, then the agency in brackets
    r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,3}(?:,[^()\n,]{1,30}?){0,3}\s*\([^()\n]{2,30}\)"
    # a Wikinews date line: "16 novembre 2026. - ", "November 16, 2026 — "
    r"|(?:\d{1,2}(?:er)?\s+[a-zéû]{3,9}|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{2,8}\s+\d{1,2},?)\s+\d{4}\.?)"
    r"\s*(?:[—–]|--?)\s+")  # ("MOMBASA, Kenya, (KNA) -- ": two hyphens for a dash)
_DASH_THEN_SPACE = re.compile(r"[—–-](?=\s)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, whitespace trimmed."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


# The fewest characters of a lede: a shorter paragraph after the headline is a byline or a date line.
_SHORTEST_LEDE = 80


def lede(paras: list[tuple[int, int]], before: int | None = None) -> tuple[int, int] | None:
    """The article's lede among PARAS (before index BEFORE): the first paragraph after the headline long enough to
    be one, else None."""
    return next(((start, end) for start, end in paras[1:before] if end - start >= _SHORTEST_LEDE), None)


def sentences(text: str, start: int, end: int, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentences of text[start:end]; never split inside a protected span (a quotation)."""
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        if any(s < match.start() and match.end() < e for s, e in protected):
            continue
        if match.group().startswith(".") and AMOUNT_AFTER_FULL_STOP.match(text, match.start()) \
                and _CURRENCY_SHORT_FORM.search(text, max(start, match.start() - 4), match.start()):
            continue
        if match.group().startswith(".") and _ABBREVIATION.search(text, max(start, match.start() - 8), match.start() + 1) \
                and not _NETWORK_X.search(text, max(start, match.start() - 16), match.start()) and not (
                    _SENTENCE_OPENER_NEXT.match(text, match.end())
                    and _SENTENCE_FINAL_ABBREVIATION.search(text, max(start, match.start() - 12), match.start() + 1)
                    or letter_closes_sentence(text, match.start(), start)) \
                and not (_TIME_OF_DAY_CLOSING.search(text, max(start, match.start() - 4), match.start() + 1)
                         and _CAPITAL_NEXT_NOT_A_TIME.match(text, match.end())):
            continue
        if match.group()[-1] in "”\"" and match.group()[0] in "?!" and _ATTRIBUTION_NEXT.match(text, cut, end):
            continue
        spans.append((cursor, cut))
        cursor = cut
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return spans


def letter_closes_sentence(text: str, stop: int, start: int = 0) -> bool:
    """Whether the full stop at STOP, after a capital letter alone, ends a sentence: the letter follows a common noun
    and a sentence opener or a quotation follows ("l'analyse de l'échantillon B. Son avocat …"), so it is no initial."""
    return (_SENTENCE_OPENER_NEXT.match(text, stop + 1) is not None or _QUOTATION_OPENS_NEXT.match(text, stop + 1) is not None) \
        and _LETTER_AFTER_COMMON_NOUN.search(text, max(start, stop - 29), stop + 1) is not None


def sentence_opener(word: str) -> bool:
    """Whether WORD alone is a word that opens sentences ("Son", "The", "Police"), no name."""
    return _SENTENCE_OPENER_NEXT.fullmatch(f" {word} ") is not None


def after_kicker(text: str, s: int, e: int) -> int:
    """Where the words of the sentence text[s:e] start, past a timestamp, rubric or dateline."""
    if _DASH_THEN_SPACE.search(text, s, e) is None:
        return s  # (most sentences: every kicker closes on a dash and a space)
    kicker = _KICKER.match(text, s, e)
    return kicker.end() if kicker is not None and kicker.end() < e else s


# English full stops that may end a sentence, and the abbreviations whose full stop ends none
# ("starting Dec. 5", "St. Paul").
_SENTENCE_STOPS = (". ", '." ', ".” ")
_ABBREVIATION_BEFORE = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|St|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|No|Co|Corp|Inc|Ltd)|\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])$")


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding POSITION starts (after a line break or a full stop that is no abbreviation's)."""
    line = text.rfind("\n", 0, position) + 1
    end = position
    while True:
        start = max(text.rfind(stop, line, end) for stop in _SENTENCE_STOPS)
        if start == -1:
            return line
        if not _ABBREVIATION_BEFORE.search(text, max(line, start - 5), start):
            return start + (2 if text[start + 1] == " " else 3)
        end = start
