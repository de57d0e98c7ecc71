"""English documents as speakers: the body that wrote a statement or owns an estimate speaks for it
("A UN statement", "the Kremlin's statement", "NEA data", "A police statement", "the company's
2025 estimate"); a statement posted to an account speaks as itself ("a statement posted to his
official Twitter account")."""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.extract.lang import en as english
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speaker_phrases import clean_phrase
from claims.extract.speakers import Mention

_AUTHORED_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,3})(?:['’]s)?\s+(?:press\s+)?"
    r"(?:statement|release|letter|communiqué|notice)"
    # "NEA data", "ONS figures": statistics under their publisher's short form, no article
    r"|(?:(?:[Tt]he|[Nn]ew|[Ll]atest)\s+)?(?P<publisher>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6})(?:['’]s)?\s+(?:(?:new|latest|weekly|monthly|official)\s+)?"
    r"(?:data|figures|statistics)")

_POSTED_DOCUMENT = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:statement|post|message|video|letter|note)\s+(?:posted|published|shared|released)\s+(?:to|on)\s+"
    r"(?:his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:account|page|channel|feed|website)")
_BODY_OWNED_DOCUMENT = re.compile(
    r"(?P<body>[Tt]he\s+(?:[a-z]+\s+)?(?P<owner>[a-z]+))['’]s\s+(?:[\w-]+\s+){0,4}"
    r"(?:estimate|estimates|report|study|figures|data|statement|forecast|filing|survey|analysis|review|count"
    r"|application|submission|proposal|description|business\s+case|balance\s+sheet|accounts|records|website|presentation|resolution|release|audit|papers|minutes)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][^,;]{0,80})?")  # ("The firm's application to the Peak District National Park Authority")
# "a presentation posted on the district's website": the site's owner
_POSTED_ON_OWNERS_SITE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:presentation|document|statement|notice|report|plan|post|video)\s+"
    r"(?:posted|published)\s+(?:on|to)\s+(?P<body>the\s+(?P<owner>[a-z]+))['’]s\s+(?:website|site|page|account)"
    # "A notice posted at the mill's main gate": the owner of the gate
    r"|(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:notice|statement|letter|note|memo)\s+(?:posted|pasted|put\s+up|displayed|pinned)\s+"
    r"(?:at|on|outside|to)\s+(?P<premises>the\s+(?P<premises_owner>[a-z]+))['’]s\s+(?:[\w-]+\s+)?(?:gates?|entrance|doors?|office|premises|notice\s+board)"
    r"(?:\s+(?:on|in|late|early)\s.*)?")
_DOCUMENT_NOUN = "(?:" + "|".join(sorted(english.DOCUMENT_WORDS, key=len, reverse=True)) + ")"
# "the Ministry's 2026 work programme", "The INMO's daily Trolley Watch figures": a named body's document
_NAMED_BODY_OWNED_DOCUMENT = re.compile(
    r"(?P<body>(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,5})"
    r"['’]s\s+(?:[\w-]+\s+){0,4}" + _DOCUMENT_NOUN
    + r"(?:\s+(?:on|about|into)\s+[^,;:]{1,60})?")  # ("the Auditor-General's report on Limpopo municipalities")
# "municipality figures reported by KUNA", "police data seen by the BBC": the owner's, not the relay's
_RELAYED_BODY_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[a-z]+)\s+" + _DOCUMENT_NOUN + r"\s+(?:reported|carried|cited|quoted|relayed|seen|obtained)\s+by\s+\S.*")
# "the Uganda Police Force Annual Crime Report for 2025": a document's title opening on its author's name
_TITLED_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<words>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){2,9}"
    r"(?:\s+(?:report|survey|review|bulletin|statement|index|data|figures))?)"
    r"(?:\s+(?:for|of)\s+(?:\d{4}(?:[/-]\d{2,4})?|the\s+[\w\s-]+))?")
# "figures the utility presented at a public meeting", "data that the ministry released": who made them
_DOCUMENT_MADE_BY = re.compile(
    r"(?:(?:the|new|its|their|an?)\s+)?(?:[a-z-]+\s+)?" + _DOCUMENT_NOUN + r"\s+(?:that\s+)?"
    r"(?P<author>(?:[Tt]he\s+)?(?:[a-z-]+\s+)?[a-z]+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,4})\s+"
    r"(?:presented|published|released|compiled|provided|shared|submitted|filed|produced|gave|sent|issued)\b.*")
# "A police statement", "the police summary of facts": a body's common noun, then its document (not "government
# figures", which no one body speaks for).
_COMMON_AUTHOR_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?P<author>[a-z]+)\s+(?:press\s+|news\s+)?(?:" + _DOCUMENT_NOUN + "|communiqué|notification)"
    r"(?:\s+(?:conducted|issued|released|published|posted|presented|prepared|sent|dated)\s.*)?")  # ("a city survey conducted in May")
# Places and works that own documents as bodies do, though "the port said" is rarer than "the agency said".
_DOCUMENT_OWNERS = frozenset(("port", "band", "city", "county", "town", "village", "tribe", "nation", "school",
                              "university", "college", "mill", "plant", "factory", "airport", "clinic", "district"))
_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "ic", "ch", "an", "i")  # ("A Chinese statement": no author named)


# A document and whom it was sent to ("A report to the EA's board", "the district’s annual report to the … Commission").
_DOCUMENT_TO_RECIPIENT = re.compile(
    r"(?P<document>.+?\b(?:report|letter|submission|memo|statement|application|complaint|presentation|filing|notice|petition))"
    r"\s+to\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*|[a-z]+['’]s)(?:\s.*)?")


# A document, whom it was for, then its author ("A report to councillors by the council's chief executive").
_DOCUMENT_TO_THEN_BY = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:report|letter|memo|submission|presentation|paper)\s+to\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?by\s+(?P<author>.+)")


# When a document was sent or dated, closing its phrase ("on October 28", "on Tuesday", "last week").
_DATE_CLOSING = re.compile(
    r"\s+(?:on\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\."
    r"|Oct\.|Nov\.|Dec\.)\s+\d{1,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month))$")
_DOCUMENT_NOUN_IN = re.compile(r"\b(?:report|letter|memo|statement|notice|email|e-mail|release|filing|submission|presentation)\b")
# Where the article found the document ("A police crash analysis report cited in the findings"): no part of who speaks.
_WHERE_CITED_CLOSING = re.compile(r"\s+(?:cited|quoted|referred\s+to|mentioned|summarised|summarized)\s+in\s+(?:the|a|an|its|their|his|her)\s+[\w'’ -]{1,50}$")

# "An independent review of the fatal police shooting of Darnell Hughes in Dayton, Ohio": the review speaks, not the
# person its subject names
_DOCUMENT_ABOUT_A_PERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<document>(?:[a-z-]+\s+){0,2}(?:review|inquiry|investigation|report|audit|inquest))\s+(?:of|into|on)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:death|deaths|killing|shooting|murder|disappearance|arrest|detention|treatment|dismissal"
    r"|conduct|case)\s+of\s+(?:\d{1,3}-year-old\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*")


def document_about_a_person(segment: str) -> Mention | None:
    """The document SEGMENT names by what it is about when that names a person ("An independent
    review of the fatal police shooting of Darnell Hughes": "independent review"), else None."""
    if (about := _DOCUMENT_ABOUT_A_PERSON.fullmatch(segment)) is not None:
        return Mention(segment, role=about.group("document"), organisation=True)
    return None


def document_maker(segment: str, lex: Lexicon, parse_mention: Callable[[str, Lexicon], Mention | None]) -> Mention | None:
    """Who made the document SEGMENT names with its maker in an object relative ("figures the
    utility presented at a public meeting"), or None."""
    if (made := _DOCUMENT_MADE_BY.fullmatch(segment)) is not None \
            and (author := parse_mention(made.group("author"), lex)) is not None \
            and (author.organisation or author.name or author.role or author.pronoun):
        return author  # (its own words, "the utility", for the body they stand for; "figures it presented": its referent)
    return None


def english_document_speaker(segment: str, lex: Lexicon, parse_mention: Callable[[str, Lexicon], Mention | None]) -> Mention | None:
    """Who speaks for the document SEGMENT names, or None when SEGMENT names no such document."""
    if (dated := _DATE_CLOSING.search(segment)) is not None and _DOCUMENT_NOUN_IN.search(segment, 0, dated.start()) \
            and (document := parse_mention(segment[:dated.start()], lex)) is not None and not document.pronoun:
        document.text = segment
        return document  # "a letter sent to patients on October 28": when, no part of who
    if (cited := _WHERE_CITED_CLOSING.search(segment)) is not None and _DOCUMENT_NOUN_IN.search(segment, 0, cited.start()) \
            and (document := parse_mention(segment[:cited.start()], lex)) is not None and not document.pronoun:
        document.text = segment
        return document
    if " to " in segment and " by " in segment and (sent := _DOCUMENT_TO_THEN_BY.fullmatch(segment)) is not None \
            and (author := parse_mention(sent.group("author"), lex)) is not None and not author.pronoun:
        return Mention(segment, author.name, author.role, False, author.organisation)  # "A report to councillors by X": X's
    if " to " in segment and (sent := _DOCUMENT_TO_RECIPIENT.fullmatch(segment)) is not None \
            and (document := parse_mention(sent.group("document"), lex)) is not None and not document.pronoun \
            and (document.name or "'s " in sent.group("document") or "’s " in sent.group("document")):
        # "the district’s annual report to the Public Service Commission": its author's, not whom it went to (but "A
        # report to the trust's board": no author, the phrase as written)
        document.text = segment
        return document
    if (authored := _AUTHORED_DOCUMENT.fullmatch(segment)) is not None \
            and not (authored.group("author") or "").endswith(_DEMONYM_ENDINGS):
        author = parse_mention(authored.group("author") or authored.group("publisher"), lex)
        if author is not None and author.name and not author.pronoun:
            author.text = segment
            return author
    if _POSTED_DOCUMENT.fullmatch(segment) is not None:
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)
    if (posted := _POSTED_ON_OWNERS_SITE.fullmatch(segment)) is not None:
        return parse_mention(posted.group("body") or posted.group("premises"), lex)
    if (owned := _BODY_OWNED_DOCUMENT.fullmatch(segment)) is not None \
            and (fold(owned.group("owner")) in lex.companies or fold(owned.group("owner")) in lex.organisations
                 or fold(owned.group("owner")) in _DOCUMENT_OWNERS):
        return parse_mention(owned.group("body"), lex)
    if (named := _NAMED_BODY_OWNED_DOCUMENT.fullmatch(segment)) is not None \
            and (owner := parse_mention(named.group("body"), lex)) is not None and not owner.pronoun \
            and (owner.organisation or owner.role or owner.name):
        # ("the Auditor General's latest annual report", "Manx Care's own figures")
        owner.text = segment
        return owner
    if (titled := _TITLED_DOCUMENT.fullmatch(segment)) is not None and (author := _author_of_title(titled.group("words"), lex)):
        return Mention(segment, name=author, organisation=True)
    if (relayed := _RELAYED_BODY_DOCUMENT.fullmatch(segment)) is not None \
            and (fold(relayed.group("owner")) in lex.organisations or fold(relayed.group("owner")) in lex.companies):
        return Mention(segment, role=relayed.group("owner"), organisation=True)
    if (common := _COMMON_AUTHOR_DOCUMENT.fullmatch(segment)) is not None and fold(common.group("author")) in ("news", "press", "media"):
        return Mention(segment, role=clean_phrase(segment, lex))  # "a news release": what kind of release, no author
    if common is not None and fold(common.group("author")) in lex.organisations:
        return Mention(segment, role=common.group("author"), organisation=True)
    if common is not None and fold(common.group("author")) in _DOCUMENT_OWNERS:
        return parse_mention("the " + common.group("author"), lex)  # "a band news release": the band the article named
    return None


def _author_of_title(title: str, lex: Lexicon) -> str | None:
    """The body's name that opens a document's TITLE closing on a document's noun ("Uganda Police
    Force" in "Uganda Police Force Annual Crime Report"), else None."""
    words = title.split()
    if fold(words[-1]) not in english.DOCUMENT_WORDS:
        return None
    if words[-1].islower() and len(words) >= 3 and any(fold(w) in lex.organisations for w in words[:-1]):
        return " ".join(words[:-1])  # "Bureau of Health Information figures": no title, the body's whole name
    for end in range(len(words) - 2, 1, -1):
        if fold(words[end]) in ("of", "for", "and"):
            continue
        if fold(words[end - 1]) in lex.organisations or end >= 3 and words[end - 2] == "of" and fold(words[end - 3]) in lex.organisations:
            return " ".join(words[:end])  # ("Bank of Uganda Monetary Policy Statement")
    return None
