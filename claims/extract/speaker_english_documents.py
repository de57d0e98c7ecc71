"""English documents that speak, mixed into `ArticleSpeakers` through `EnglishReferences`: the person who
led or wrote a study, the subject that issued "the statement"."""

from __future__ import annotations

import re

from claims.extract.group_phrases_en import TEAM_INTRODUCED
from claims.extract.segments import sentence_start
from claims.extract.speakers import Mention, fold, names_in
from claims.extract.subjects import find_subject
from claims.extract.speaker_english_people import DEFINITE


# "The ministry issued a statement …" … "the statement said": who put the document out (a coroner who
# "handed down her findings" … "according to the findings": who made them).
_DOCUMENT_NOUNS = ("statement", "letter", "release", "memo", "notice", "report", "summary", "analysis", "review", "assessment",
                   "forecast", "outlook", "bulletin", "filing", "findings", "judgment", "judgement", "ruling")
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|released|published|put\s+out|sent|posted|made\s+public|handed\s+down|delivered)\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_DOCUMENT_NOUNS) + r")\b")
_IN_DOCUMENT_SUBJECT = re.compile(
    r"\b[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_DOCUMENT_NOUNS) + r"),?\s+"
    r"(?P<subject>[^,.;:\"“”]{2,80}?)\s+(?:said|says|stated|announced|added|wrote|confirmed)\b")
# "the Corps said in its monthly forecast": who spoke in the document, anywhere earlier in the article.
_SAID_IN_DOCUMENT = re.compile(
    r"\s(?:said|says|stated|announced|warned|wrote)\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(_DOCUMENT_NOUNS) + r")\b")
# "the company told the Bombay Stock Exchange": a filing, which "the filing" then stands for.
_TOLD_AN_EXCHANGE = re.compile(r"\s(?:told|informed|notified)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,3}(?:[Ss]tock\s+)?[Ee]xchange\b")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=[^.!?\n]*$)")


# "a study … conducted by MIT professor Dr Ann Lee and other researchers", "research led by Ann Lee":
# the person whose work the study is; the study, the research or the paper then speaks as them.
STUDY_SUBJECT = re.compile(r"(?:The|This|That)\s+(?:new\s+)?(?P<noun>study|research|paper)\b")
STUDY_NOUNS = frozenset(("study", "research", "paper", "research paper", "findings"))
_STUDY_CONDUCTED_BY = re.compile(
    r"\b(?:study|research|paper|survey|experiment)\b[^.;\n]{0,120}?\b(?:conducted|led|authored|carried\s+out)\s+by\s+"
    r"(?P<by>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?[^.;\n]{3,100})")
# "The lead author, Dr Ann Lee, said", "Ann Lee, an ecologist and the study's lead author", a sentence
# opening on "Lead author Ann Lee, …": the person a study's leading role is given to is its author
# too (not '"…," said lead author Ann Lee', a title inside a quote's attribution, where the study keeps
# speaking for itself: our annotated sets split on that one, five for the author, two for the study).
_LEAD_AUTHOR_BEFORE_NAME = re.compile(
    r"(?:\b[Tt]he\s+(?:(?:study|paper|research)['’]s\s+)?|(?:^|(?<=[.!?]\s)|(?<=\n))(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))(?:[Ll]ead|[Pp]rincipal|[Ss]enior|[Ff]irst)\s+(?:author|researcher|investigator)"
    r"(?:\s+of\s+the\s+(?:study|paper|research))?,?\s+"
    r"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<by>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,.;\n]{2,60})")
_LEAD_AUTHOR_AFTER_NAME = re.compile(
    r"(?P<by>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3}),[^.;\n]{0,100}?\b(?:the\s+)?(?:(?:study|paper|research)['’]s\s+)?"
    r"(?:lead|principal|senior|first)\s+(?:author|researcher|investigator)\b")

# "by Halvorsen University's Centre for Outbreak Analysis": a name after a possessive or inside an
# organisation's complement is no author.
_OWNED_OR_COMPLEMENT_BEFORE = re.compile(r"['’]s\b|\b(?:for|of|on|in|at)\s+$")


class EnglishDocumentReferences:
    """The documents of `EnglishReferences`: who led a study, who issued "the statement"."""

    __slots__ = ()

    def study_author(self, name: str) -> str | None:
        """The person the article says conducted or led the study (or research, or paper) that NAME
        folds to; None when NAME is no such noun or the article ties the study to nobody."""
        if fold(name) not in STUDY_NOUNS:
            return None
        cache = self.english_cache
        if "study_author" not in cache:
            cache["study_author"] = None
            persons = {n for _, _, n in self.person_mentions}
            ties = [*_STUDY_CONDUCTED_BY.finditer(self.text), *_LEAD_AUTHOR_BEFORE_NAME.finditer(self.text),
                    *_LEAD_AUTHOR_AFTER_NAME.finditer(self.text)]
            for tie in ties:
                by = tie.group("by")
                people = [n for at, n in names_in(by, self.lex) if " " in n and n in persons
                          and not _OWNED_OR_COMPLEMENT_BEFORE.search(by, 0, at)]
                if people:
                    cache["study_author"] = self.full_name(people[0], tie.start("by"))
                    break
        return cache["study_author"]

    def team_introduced(self, mention: Mention, position: int) -> str | None:
        """"The team reported …" after "A team of Indonesian and Australian archaeologists has found …": the
        one team the article introduced before POSITION, as it introduced it."""
        if fold(mention.text) not in ("the team", "the research team"):
            return None
        teams = {m.group("team") for m in TEAM_INTRODUCED.finditer(self.text, 0, position)}
        return teams.pop() if len(teams) == 1 else None

    def statement_issuer(self, mention: Mention, position: int) -> tuple[Mention, int] | None:
        """"The ministry issued a statement on Monday. … "…," the statement said": the subject
        that issued the last document of that noun before POSITION (in this paragraph or the one
        before), and where it was named."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) not in DEFINITE or fold(words[1]) not in _DOCUMENT_NOUNS:
            return None
        text = self.text
        paragraph = text.rfind("\n", 0, position)
        since = max(0, text.rfind("\n", 0, max(0, paragraph - 1)))
        issued = [m for m in _ISSUED_DOCUMENT.finditer(text, since, position) if m.group("noun") == fold(words[1])]
        opening = [m for m in _IN_DOCUMENT_SUBJECT.finditer(text, since, position) if m.group("noun") == fold(words[1])]
        if opening and (not issued or opening[-1].start() > issued[-1].start()):
            # "In a release, the Board said …" … "According to the release": who spoke in it
            subject = find_subject(text, opening[-1].start("subject"), opening[-1].end("subject"), self.lex,
                                   opening[-1].start("subject"))
            if subject is not None and not subject.pronoun and (subject.name or subject.role):
                return subject, opening[-1].start("subject")
        if not issued:
            said_in = [m for m in _SAID_IN_DOCUMENT.finditer(text, 0, since) if m.group("noun") == fold(words[1])]
            if not said_in and fold(words[1]) == "filing":
                said_in = list(_TOLD_AN_EXCHANGE.finditer(text, since, position))  # "…, the company told the Bombay Stock Exchange"
            if not said_in:
                return None
            # "… the U.S. Army Corps of Engineers said in its monthly forecast on Monday." … "according to the forecast"
            verb = said_in[-1].start()
            start = sentence_start(text, verb)
            if (comma := text.rfind(", ", start, verb)) != -1 and not any(c in text[comma:verb] for c in "\"“”") \
                    and (after := find_subject(text, comma + 2, verb, self.lex, comma + 2)) is not None \
                    and not after.pronoun and (after.name or after.role):
                return after, comma + 2  # "Acme will close its plant, the company told the stock exchange": after the claim
        else:
            verb = issued[-1].start()
            opening = _SENTENCE_START_BEFORE.search(text, since, verb)
            start = opening.end() if opening is not None else since
        subject = find_subject(text, start, verb, self.lex, start)
        if subject is None or subject.pronoun or not (subject.name or subject.role):
            return None
        return subject, verb
