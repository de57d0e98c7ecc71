"""A headline that gives a speaker, a colon and what they said, with no quotation marks and no verb:
"Air Selangor: Water supply to be restored by Monday", "Brennick : la frontière rouvrira lundi".

The label before the colon is a speaker only when the body makes that name a speaker too (its
words are in the mention of a claim of the body): otherwise it is the headline's topic ("Ukraine
war: …", "Budget 2027 : …")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft, trim, word_count
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.triggers import word_opening

_LABEL = re.compile(r"(?P<label>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^:\n«»“”\"\d]{1,50}?)[ \u00a0]?:[ \u00a0]+(?P<content>[^\n«»“”\"]+)")


def written_in_lower_case(word: str, text: str, start: int) -> bool:
    """Whether the article writes WORD in lower case after START: a label the article uses as a common
    noun ("Rugby : …" over an article on "rugby à XV") is the headline's topic, no one's name."""
    lower = word.lower()  # (looked for as a string first: most labels are not, and each word's pattern is compiled)
    return text.find(lower, start) != -1 and re.search(rf"{word_opening(lower)}(?![\w-])", text[start:]) is not None


def _names_the_same(label: str, mention) -> bool:
    """A surname alone names the person whose full name ends with it ("Brennick", "Halvard Brennick");
    a name of two words or more is a speaker's name, or the end of it ("Air Selangor")."""
    name = fold(mention.name)
    if " " not in label:  # (not "Mayotte" for "Électricité de Mayotte": a place after "de")
        return not mention.organisation and " " in name and name.rsplit(None, 1)[-1] == fold(label) \
            and name.rsplit(None, 2)[-2] not in ("de", "du", "des", "of")
    if name.endswith(" " + fold(label)) and mention.name[:len(mention.name) - len(label)].split()[-1].islower():
        return False  # "Pays basque" of "la communauté d'agglomération Pays basque": the territory the body serves
    return name == fold(label) or name.endswith(" " + fold(label)) or f" {fold(label)} " in f" {name} "


def with_headline_label_claim(text: str, paras: list[tuple[int, int]], drafts: list[Draft], lex: Lexicon,
                              has_cue) -> list[Draft]:
    """DRAFTS, with the headline's "Speaker: statement" as an indirect claim when the body names
    that speaker as one. HAS_CUE(start, end) tells whether a reporting verb stands in the text."""
    if len(paras) < 2:
        return drafts
    start, end = paras[0]
    if any(d.start < end for d in drafts):
        return drafts
    found = _LABEL.fullmatch(text, start, end)
    if found is None or word_count(found.group("label")) > 5:
        return drafts
    mention = parse_mention(found.group("label"), lex)
    if mention is None or mention.pronoun or not mention.name \
            or " " not in mention.name and written_in_lower_case(mention.name, text, found.start("content")):
        return drafts
    named = [d.mention for d in drafts if d.mention is not None and d.mention.name and _names_the_same(mention.name, d.mention)]
    if not named:
        return drafts
    fullest = max(named, key=lambda m: len(m.name))  # "Air Selangor" → "Pengurusan Air Selangor Sdn Bhd"
    mention = Mention(mention.text, name=fullest.name, role=mention.role, organisation=fullest.organisation)
    cs, ce = trim(text, found.start("content"), found.end("content"))
    if word_count(text[cs:ce]) < 4 or has_cue(cs, ce):
        return drafts
    return [Draft("indirect", [(cs, ce)], ":", mention, found.start("label"), paragraph=0, sentence=(start, end))] + drafts
