"""Documents as speakers, in both languages: "un décompte de la préfecture", "a report by council
officers", "a survey of 2,400 residents carried out by the committee" speak as their author; "un
communiqué conjoint de la wilaya … et du ministère …" as both authors together."""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.extract.dates import month_names
from claims.extract.lang import en as english, fr as french
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speaker_phrases import clean_phrase
from claims.extract.speakers import Mention

# English: the participles that name who wrote a document ("The audit, carried out by the firm X,"; not
# "commissioned by": who paid for it).
AUTHORED_BY_EN = r"(?:carried\s+out|conducted|prepared|written|compiled|produced)\s+by"
_COMMISSIONED_BY = re.compile(r"\b(?:commissioned|funded|paid\s+for|ordered|requested)\s+by\s+(?:the\s+)?$")
# French: who paid for a document, after its topic ("un rapport d'expertise commandé par le CSE").
_COMMISSIONED_BY_FR = re.compile(r"\s(?:commandée?s?|commanditée?s?|financée?s?)\s+par\s")
# Who carried out a survey or a study, after its subject ("of 2,400 residents"), and when.
_PERFORMED_BY = re.compile(
    r"\b(?:carried\s+out|conducted|commissioned|adopted|réalisée?s?|menée?s?|effectuée?s?|commandée?s?|adoptée?s?|élaborée?s?"
    r"|rédigée?s?|votée?s?)\s+(?:by|par)\s+"
    r"(?P<author>\S.+?)(?:\s+(?:in|on|last|this|en|le|au)\s+(?:(?:early|late|mid-)\s*)?[\w-]+)?$")
# French: when, between the participle and its agent ("menée en septembre par l'Ifremer").
_WHEN_BEFORE_AGENT_FR = re.compile(r"\b((?:réalisée?s?|menée?s?|effectuée?s?|commandée?s?|conduite?s?))\s+(?:en|au\s+mois\s+d['’e])\s*[\w-]+\s+(?=par\s)")
# English: the occasion a document was presented at, closing its author's phrase.
_OCCASION_CLOSING_EN = re.compile(r"\s+(?:at|during)\s+(?:the|a|an|its|their|last\s+\w+'s)\s+(?:[\w-]+\s+)?"
                                  r"(?:meeting|hearing|session|briefing|conference|forum)\b.*$")
# A year or a month closing the author's phrase ("par l'agglomération en 2024", "by the council in March").
# The months' names in both languages, as a regex alternation.
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")
_WHEN_CLOSING = re.compile(rf"\s+(?:en|in|au\s+mois\s+de|début|fin|mi-)\s*(?:\d{{4}}|{MONTH_NAMES})(?:\s+\d{{4}})?\s*$")
# French: a second author after "et" ("… et du ministère de l'Équipement") and its article.
_AND_SECOND_AUTHOR = re.compile(r"\s+et\s+(?P<prep>du\s+|de\s+la\s+|de\s+l['’]|des\s+)(?=[a-zà-ÿ])")
# The article a body takes as a subject after "de" ("du ministère" → "le ministère"), by its preposition.
ARTICLE_OF = {"du": "le ", "de la": "la ", "de l'": "l'", "de l’": "l’", "des": "les "}
_PREPOSITION_CLOSING_FR = re.compile(r"\s(?P<prep>du|de\s+la|de\s+l['’]|des)\s*$")
# French: a document's topic noun, then its author ("d'effectifs du ministère de l'Éducation").
_TOPIC_THEN_AUTHOR_FR = re.compile(r"(?P<topic>[a-zà-ÿ-]{3,})\s+(?P<prep>du\s+|de\s+la\s+|de\s+l['’]|des\s+)(?P<author>\S.*)$")


_PARTICIPLE_ENDINGS_FR = ("é", "ée", "és", "ées", "ue", "ues", "ie", "ies", "ise", "ises", "ite", "ites")


def _joint_authors(written: str, lex: Lexicon) -> str | None:
    """French: two bodies named by their common nouns that wrote one document together ("la wilaya
    de la région X et du ministère de l'Équipement" → "wilaya de la région X et le ministère de
    l'Équipement"), or None."""
    if lex.adjectival_names:
        return None
    joint = _AND_SECOND_AUTHOR.search(written)
    if joint is None:
        return None
    first, second = written[:joint.start()].strip(), written[joint.end():].strip(" .")
    if fold(first.split()[0]).split("'")[-1] not in lex.organisations or fold(second.split()[0]) not in lex.organisations:
        return None
    article = ARTICLE_OF[" ".join(joint.group("prep").split())]
    return f"{first} et {article}{second}"


# A complement that is only a date ("du 28 octobre", "du 3 mars 2025", "of March 3"), or a time ("le bilan officiel
# de l'époque").
_DATE_ONLY = re.compile(
    r"(?:\d{1,2}(?:er)?\s+)?(?:" + "|".join(month_names(french.MONTHS) + [m.capitalize() for m in month_names(english.MONTHS)])
    + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|l['’]époque")


# An article, then a capitalised noun: a title's first words ("Le Courrier de l'Ouest").
# (also after the outlet's kind: "l'hebdomadaire Le Courrier de l'Ognon")
_CAPITALISED_AFTER_ARTICLE = re.compile(
    r"\s*(?:(?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+|[Tt]he\s+)(?:hebdomadaire|quotidien|journal|magazine|mensuel|revue|weekly|daily|newspaper)\s+)?"
    r"(?:Le|La|Les|The|[Ll]e|[Ll]a|[Ll]es|the)\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]")


# French: a document's kind after "de" with no article ("rapport d'inspection", "rapport d'activité"): no author.
_KIND_OF_DOCUMENT_FR = re.compile(r"(?:inspection|activité|enquête|évaluation|audit|expertise|étape|synthèse|gestion|autopsie)")
# English: what a document's "of" complement names when it is part of its kind ("an agreed statement of facts read
# in court", "a notice of appeal", "a memorandum of understanding"): no author.
_KIND_OF_DOCUMENT_EN = re.compile(r"(?:facts|claim|appeal|defence|defense|intent|understanding|findings|reasons)\b")


def document_author(segment: str, lex: Lexicon, parse_mention: Callable[[str, Lexicon], Mention | None]) -> Mention | None:
    """Who speaks for the document SEGMENT names with its author, or None when SEGMENT names none."""
    document = lex.document_pattern.match(segment) if lex.document_pattern is not None else None
    if document is None or _CAPITALISED_AFTER_ARTICLE.match(segment) is not None:
        return None  # (not "Le Courrier de l'Ouest", "The Courier of Montana": a newspaper's title)
    written = document.group("author") or document.group("author2")
    if lex.adjectival_names and _COMMISSIONED_BY.search(segment, 0, document.start("author" if document.group("author") else "author2")) \
            and not re.search(AUTHORED_BY_EN, written):  # (but "commissioned by the council and carried out by X": X)
        # "A transport assessment commissioned by the zoo": who paid for it, not who wrote it; the document speaks
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)
    if not lex.adjectival_names and (paid := _COMMISSIONED_BY_FR.search(written)) is not None \
            and written[:paid.start()].islower() and not _PERFORMED_BY.search(written, paid.end()):
        # "un rapport d'expertise commandé par le comité": no author named, the document speaks
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)
    if _KIND_OF_DOCUMENT_EN.match(written) if lex.adjectival_names else _KIND_OF_DOCUMENT_FR.fullmatch(written):
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "le rapport d'inspection": what it is
    if not lex.adjectival_names and " par " in written:
        written = _WHEN_BEFORE_AGENT_FR.sub(r"\1 ", written)
    if (performed := _PERFORMED_BY.search(written)) is not None:
        written = performed.group("author")  # "a survey of 2,400 residents carried out by the committee in September"
    if (when := _WHEN_CLOSING.search(written)) is not None and when.start() > 0:
        written = written[:when.start()]  # "le rapport publié par la préfecture en juin": when, no part of who
    if lex.adjectival_names and (occasion := _OCCASION_CLOSING_EN.search(written)) is not None:
        written = written[:occasion.start()]  # "a presentation by the business manager at the meeting": where it was given
    if not lex.adjectival_names and (topic := _TOPIC_THEN_AUTHOR_FR.match(written)) is not None \
            and fold(topic.group("topic")) not in lex.organisations and fold(topic.group("topic")) not in lex.roles \
            and (topic.group("author")[:1].isupper() or fold(topic.group("author").split()[0]) in lex.organisations):
        # "les prévisions d'effectifs du ministère de l'Éducation": what the document counts, then who made it
        written = ARTICLE_OF[" ".join(topic.group("prep").split())] + topic.group("author")
    if _DATE_ONLY.fullmatch(written.strip()) is not None:
        return None  # "l'arrêté préfectoral du 28 octobre", "the report of March 3": when, not who
    if (joint := _joint_authors(written, lex)) is not None:
        return Mention(segment, role=joint, organisation=True)  # "un communiqué conjoint de la wilaya … et du ministère …"
    author = parse_mention(written, lex)
    if author is not None and author.name and not lex.adjectival_names and written[:1].isupper() and written.startswith(author.name) \
            and (articled := parse_mention("le " + written, lex)) is not None and articled.name \
            and articled.name.startswith(author.name + " ") \
            and not (written[len(author.name):].split()[0].endswith(_PARTICIPLE_ENDINGS_FR)
                     and not written[len(author.name):].split()[0].endswith(("que", "ques"))):  # (not "Météo-France citée dans …")
        author = articled  # "le rapport du Secours catholique de la Drôme": "du" holds the article the name's tail needs
    if author is not None and not author.name and not author.organisation and not lex.adjectival_names and written[:1].islower() \
            and written == document.group("author") \
            and (prep := _PREPOSITION_CLOSING_FR.search(segment, 0, document.start("author"))) is not None \
            and (articled := parse_mention(ARTICLE_OF[" ".join(prep.group("prep").split())] + written, lex)) is not None \
            and articled.organisation:
        author = articled  # "un communiqué du conseil des ministres": the body, as its article reads it ("des ministres" is no role)
    if author is None and not lex.adjectival_names and written == document.group("author"):
        # "les données du ministère de la Santé et des Services sociaux": a long body's name needs its article
        linked = segment[segment.rfind(" ", 0, document.start("author") - 1) + 1:]
        author = parse_mention(linked, lex)
    if author is not None and not author.pronoun and (author.name or author.role):
        author.text = segment
        return author
    return None


# Where a clause can open: the text's start, after a sentence, a line break or a dateline's dash ("BEMIDJI — ").
_CLAUSE_OPENING = r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=— ))"
# English: who filed a court document ("The Lamingo, Rantya and Kabong communities filed the suit in
# September", "The Florida Mesa Ditch Co. filed its objection Oct. 27").
_FILED = re.compile(
    _CLAUSE_OPENING + r"(?P<filer>(?:The )?[A-Z][\w'’.&-]*(?:,? (?:and |of (?:the )?)?[A-Z][\w'’.&-]*){0,6}"
    r"(?: [a-z]+s)?)(?:, (?:a|an|the) [^.;:\"“”]{3,80}?,)? (?:(?:has|have|had) )?filed (?:the|a|an|its|their) (?:[a-z-]+ )?"
    r"(?P<document>suit|lawsuit|complaint|petition|objection|motion|appeal|application|claim|notice)\b")
# Who brought criminal charges ("Pennsylvania State Police on Monday charged the former treasurer",
# "Prosecutors in Dakota County, Minnesota charged the owner"): their criminal complaint speaks for them.
_CHARGED = re.compile(
    _CLAUSE_OPENING + r"(?P<filer>(?:The )?[A-Z][\w'’.&-]*(?: (?:of (?:the )?|in )?[A-Z][\w'’.&-]*){0,6})"
    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?,?)? (?:(?:on|last) [A-Z][a-z]+ )?(?:has |have |had )?charged (?:the|a|an|[A-Z])")
# "according to a notice the company filed with the state": the document, then who filed it.
_DOCUMENT_FILED_BY = re.compile(
    r"\b(?:a|an|the) (?:[a-z-]+ )?(?P<document>suit|lawsuit|complaint|petition|objection|motion|appeal|application|claim|notice)"
    r" (?:that )?(?P<filer>the [a-z]+|[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}) (?:(?:has|had) )?filed\b")
_FILED_NOUNS = {"suit": ("suit", "lawsuit"), "lawsuit": ("suit", "lawsuit"), "complaint": ("complaint", "suit", "lawsuit"),
                "petition": ("petition",), "objection": ("objection",), "motion": ("motion",), "appeal": ("appeal",),
                "notice": ("notice",)}


def filer_of_document(text: str, noun: str, position: int) -> str | None:
    """English "According to the suit", "According to the filing": who the article last said filed it before
    POSITION, else None."""
    if noun == "filing":
        kinds = None  # whatever was filed
    elif (kinds := _FILED_NOUNS.get(noun.removeprefix("criminal "))) is None:
        return None
    filers = [m for m in _FILED.finditer(text, 0, position) if kinds is None or m.group("document") in kinds]
    filers += [m for m in _DOCUMENT_FILED_BY.finditer(text, 0, position) if kinds is None or m.group("document") in kinds]
    if noun in ("complaint", "criminal complaint") and not filers:
        filers = list(_CHARGED.finditer(text, 0, position))  # the criminal complaint of who brought the charges
    filers = [m.group("filer") for m in sorted(filers, key=lambda m: m.start())]
    return filers[-1].removeprefix("The ") if filers else None
