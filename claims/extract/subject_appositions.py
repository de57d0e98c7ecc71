"""Appositions around a clause subject: the person named after a role's complement ("Le président
du groupe X, Hubert de Valmont,"), a group around a person ("le cabinet de la ministre"), the name
closing a segment before a role phrase; and the reporting verbs inside a subject's apposition ("X,
speaking at a rally, said", "One resident, who spoke on condition of anonymity, said"), which do not
end the subject of the verb after them; the name a described person gave ("A resident who gave her
surname as Wong")."""

from __future__ import annotations

import re

from claims.extract.speaker_mentions import parse_mention
from claims.extract.drafts import word_count
from claims.extract.speakers import PREPOSITION_BEFORE, Lexicon, Mention, fold, names_in

# English: a description, then the name its person gave ("who gave his name only as X", "who asked
# to be identified only as X", "identified only as X", "who uses the nom de guerre X").
_NAME_GIVEN_AS = re.compile(
    r"\s*(?P<described>(?:[^\s,]+\s+){0,8}?)(?:who\s+(?:(?:gave|would\s+(?:only\s+)?give|wanted\s+to\s+give|gives|only\s+gave)\s+"
    r"(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|given\s+|family\s+)?(?:names?|surname)\s+(?:only\s+)?as"
    r"|(?:only\s+)?(?:asked|wished|wanted|agreed)\s+to\s+be\s+(?:identified|known)\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+(?:first\s+|last\s+|sur)?name\s+)?(?:only\s+)?as"
    r"|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as|would\s+(?:only\s+)?be\s+identified\s+(?:only\s+)?as"
    r"|(?:uses|goes\s+by)\s+the\s+(?:nom\s+de\s+guerre|pseudonym|alias))"  # ("who uses the nom de guerre Ka Jamal")
    r"|(?:who\s+was\s+)?identified\s+only\s+(?:by\s+(?:his|her|their)\s+(?:first\s+|last\s+|sur)?name\s+)?as"
    # French: "le commandant d'une brigade, qui se fait appeler Abou Fares,"
    r"|qui\s+se\s+(?:fait|faisait)\s+appeler|qui\s+s['’]est\s+présentée?\s+sous\s+le\s+nom\s+d['’e]\s*)\s*(?P<name>.+?)\s*")
_PLACE_COMPLEMENT = re.compile(r"\s+(?:à|au|aux|de|du|des|en)\s+(?:l['’]|la\s+|le\s+|les\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?=,)")


def name_after_role_complement(region: str, name_end: int, later: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The name right after the organisation's name, or after one place complement of it
    ("du groupe Renaissance à l'Assemblée, Thibault …"): the candidate apposition."""
    if not later:
        return later
    place = _PLACE_COMPLEMENT.match(region, name_end)
    if place is not None and len(later) >= 2 and later[0][0] < place.end():
        return later[1:2]
    return later[:1]


def person_in_apposition(region: str, offset: int, name: str, following: list[tuple[int, str]], lex: Lexicon) -> bool:
    """The name of an organisation inside a role ("Le président du groupe Changer Paris, Hubert
    de Valmont,"): the person in apposition right after it is the one the role describes."""
    if not following or " " not in following[0][1]:
        return False
    place = _PLACE_COMPLEMENT.match(region, offset + len(name))
    if region[place.end() if place else offset + len(name):following[0][0]].strip() != ",":
        return False
    if {fold(w) for w in following[0][1].split()} & lex.organisations:
        return False
    return any(fold(w) in lex.roles for w in region[:offset].split()[-6:])


_COLLECTIVE_HEAD = re.compile(r"^\s*(?:[Ll]e|[Ll]es|[Ll]['’])\s*(?P<head>[\w-]+)\s+(?:de|du|des|d['’])", re.IGNORECASE)


def collective_before(segment: str, lex: Lexicon) -> Mention | None:
    """"le cabinet de la ministre": a group around the person whose name follows in apposition."""
    head = _COLLECTIVE_HEAD.match(segment) if lex.collective_heads else None
    if head is None or fold(head.group("head")) not in lex.collective_heads:
        return None
    return Mention(segment.strip(), role=segment[head.start("head"):].strip())


def role_then_its_complement(segment: str, mention: Mention, lex: Lexicon) -> bool:
    """French: SEGMENT opens with a role word (maybe after an article) and names something only in
    that role's complement ("coordinatrice laïque de la paroisse Saint-Martin")."""
    words = segment.split()
    if not mention.role or not words or mention.organisation and not mention.role:
        return False
    first = fold(words[0]).rstrip("'’")
    if first in lex.bare_determiners and len(words) > 1:
        first = fold(words[1])
    elif first[:2] == "l'":
        first = first[2:]
    head = fold(mention.role).split()[0]
    if first != head and len(words) > 2 and words[0].islower() and fold(words[1]) == head:
        first = head  # "managing director of Lerwick processor Holmsgarth Pelagic": a modifier, then the role
    elif first != head and len(words) > 3 and fold(words[0]) in lex.bare_determiners and words[1].islower() \
            and fold(words[2]) == head:
        first = head  # "the parliamentary candidate of the opposition X": its article and a modifier, then the role
    at = segment.find(mention.name)
    return (first in lex.roles or first.split("-")[0] in lex.roles) and head == first and at > 0 \
        and PREPOSITION_BEFORE.search(segment[:at].rstrip() + " ") is None and _COMPLEMENT_WORD.search(segment, 0, at) is not None


_ELIDED_NOUN = re.compile(r"[ld]['’][a-zà-ÿ]+")
# English nouns of a sports team, before its name in a role's complement: "coach of the Fijian side Nadroga Lions".
_TEAM_NOUNS_EN = frozenset(("side", "squad", "outfit"))


def named_after_organisation_noun(segment: str, name: str, lex: Lexicon) -> bool:
    """"… of the charity Electrical Safety First", "de l'association culturelle Lou Cigalon": NAME follows a
    common noun of organisations, maybe with its adjective; or, in French, any common noun after "du", "de la",
    "de l'" ("patron de l'hôtel Le Vieux Pont"): a thing's name, inside a complement."""
    before = segment[:segment.find(name)].split()
    if before and before[-1] in ("Le", "La", "Les"):
        before = before[:-1]  # "de l'hôtel Le Vieux Pont": the name's own article
    if not lex.adjectival_names and len(before) > 1 and (
            before[-1].islower() and before[-1].isalpha()
            and (before[-2] in ("du", "des") or before[-2] == "la" and len(before) > 2 and before[-3] == "de")
            or _ELIDED_NOUN.fullmatch(before[-1]) and (before[-1][0] == "d" or before[-2] == "de")):
        return True  # "patron de l'hôtel Le Vieux Pont", "patron du chalutier Saint-Vigor": a thing's name, in the complement
    # (English "of the non-governmental organisation Kunene Rhino Guardians": any body's noun in lower case)
    return bool(before) and (fold(before[-1]) in lex.organisation_nouns
                             or lex.adjectival_names and before[-1] in _TEAM_NOUNS_EN  # ("coach of the Fijian side X")
                             or lex.adjectival_names and before[-1].islower() and fold(before[-1]) in lex.organisations
                             or len(before) > 1 and before[-1].islower()
                             and fold(before[-2].split("'")[-1].split("’")[-1]) in lex.organisation_nouns)


_DEFINITE_ARTICLE = re.compile(r"^(?:[Ll]['’]|[Ll][ea]\s+|[Tt]he\s+)")


def names_a_person(segment: str, lex: Lexicon) -> bool:
    mention = parse_mention(segment, lex)
    # (a title or office before the name is still a person: "Councillor Joan Hirst", "L'économiste Youssef Lamrani")
    return mention is not None and bool(mention.name) and " " in mention.name and not mention.organisation \
        and not mention.pronoun and (mention.role is None or segment.strip().endswith(" " + mention.name)
                                     and fold(_DEFINITE_ARTICLE.sub("", segment.strip()).split()[0]) in lex.roles)


# English: ", an agronomist with seed company Prairie Boreal Genetics,": an indefinite role and where
# the person works, in apposition after the person's name.
_INDEFINITE_ROLE_AT_EN = re.compile(r"\s*an?\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)\s+(?:at|with|for|from|of)\s+\S")
_PROFESSION_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent")


def indefinite_role_at_en(segment: str, lex: Lexicon) -> bool:
    """English: SEGMENT is "a/an ROLE at/with/for … BODY", naming whom the person before it works for."""
    match = _INDEFINITE_ROLE_AT_EN.match(segment)
    return match is not None and (fold(match.group("role")) in lex.roles or match.group("role").endswith(_PROFESSION_ENDINGS))


_COMPLEMENT_WORD = re.compile(r"\s(?:de|du|des|d['’]|of|at|for|with)\s*")


_ONE_OF = frozenset(("l'un", "l’un", "l'une", "l’une"))


def is_apposition_role(phrase: str, lex: Lexicon) -> bool:
    """A short noun phrase opened by a determiner: "le successeur de Claude Erignac", "l'un des fournisseurs du groupe"."""
    words = phrase.split()
    return 1 < len(words) <= 8 and (fold(words[0]).rstrip("'’") in lex.bare_determiners or fold(words[0]) in _ONE_OF)


def name_closing(segment: str, lex: Lexicon) -> str | None:
    """The person's name that ends `segment`, if one does."""
    stripped = segment.rstrip()
    names = names_in(stripped, lex)
    if not names:
        return None
    offset, name = names[-1]
    if offset + len(name) != len(stripped) or " " not in name:
        return None
    if {fold(w) for w in name.split()} & lex.organisations:
        return None
    before = stripped[:offset].split()
    if len(before) >= 2 and before[-1] in ("and", "for", "of") and not lex.organisations.isdisjoint(fold(w) for w in before):
        return None  # "The Centre for Democracy and Human Rights": the end of a body's name
    return name


_PASSIVE_AGENT = re.compile(r"[ \u00a0]+par[ \u00a0]")


_RELATIVE_AFTER_AGENT = re.compile(r",\s*(?:qui|dont)\s[^,;:.!?«»]{1,80},$")


def participle_with_agent(text: str, start: int, end: int, verb: int) -> bool:
    """French: whether the reporting verb at START..END is a past participle with its agent, inside
    the subject of the verb at VERB ("Des habitants interrogés par l'AFP ont dit", "Une commerçante,
    interrogée par l'agence Reuters, a expliqué")."""
    agent = text[end:verb].rstrip()
    if (relative := _RELATIVE_AFTER_AGENT.search(agent)) is not None:
        agent = agent[:relative.start()]  # "Un mineur interrogé par l'AFP, qui n'a pas souhaité donner son nom, a expliqué"
    elif agent.endswith(",") and text[max(0, start - 3):start].rstrip().endswith(","):
        agent = agent[:-1]
    return text[start:end].rstrip().endswith(("é", "ée", "és", "ées")) and _PASSIVE_AGENT.match(text, end) is not None \
        and not any(c in agent for c in ",;:.!?«»")


# "in a statement posted on its website": a document's participle, no reporting verb of the sentence.
DOCUMENTS_BEFORE_PARTICIPLE = r"(?:statement|letter|video|message|note|release|post|notice)"
_DOCUMENT_BEFORE_PARTICIPLE = re.compile(r"\b" + DOCUMENTS_BEFORE_PARTICIPLE + r"\s+$")
_SUBJECT_DOCUMENT_BEFORE_PARTICIPLE = re.compile(r"(?:^|[.!?]\s+|\n)(?:A|An|The)\s+(?:[\w-]+\s+)?" + DOCUMENTS_BEFORE_PARTICIPLE + r"\s+$")
# A French relative clause between commas: ", dont le projet est contesté,", ", qui a longtemps critiqué …,".
_FRENCH_RELATIVE_OPENING = re.compile(r"\s*(?:qui|dont|que|qu['’]|où)\s[^,;:.!?«»]{0,80}$")
# English: a relative clause between commas whose verb comes later (", which investigated after the boy's family complained,").
_ENGLISH_RELATIVE_OPENING = re.compile(r"\s*(?:which|who)\s[^,;:.!?\"“”]{0,80}$")
_FRENCH_RELATIVE_RIGHT_BEFORE = re.compile(r"(?<=[a-zà-ÿ] )qui\s+(?:ne\s+|n['’])?$")
_DEFINING_RELATIVE_BEFORE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]\s+who\s+(?:had\s+|have\s+|has\s+)?$"
    r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]\s+who\s+[^,.;:\"“”]{1,60}\s+and\s+$")  # "who is being treated for cancer and asked that …"
# English: a relative clause's reason, up to a verb of its own ("who asked not to be named because the department had").
_REASON_IN_RELATIVE_BEFORE = re.compile(r"\swho\s[^,;:.]{1,60}\sbecause\s[^,;:.]{1,60}$")
_RELATIVE_OPENING_BEFORE = re.compile(
    # ", who argued …", ", and who asked …", ", the lawyer who argued the case for X, said", ", the largest of
    # the four unions that called the strike, said": a relative clause inside the apposition of the subject
    r",\s*(?:(?:and|but)\s+|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?)?(?:who|which|(?<=\s)that)\s+"
    r"(?:(?:has|had|have|also|later|previously|often|successfully|once|[a-z]+ly)\s+){0,2}$"  # ("which has consistently denied")
    # ", a researcher who discovered the server and reported it …, told", ", who spoke … but asked reporters not
    # to use her name, said": the relative's second verb
    # (", the non-profit that owns the lock and maintains …, said")
    r"|,\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?)?(?:who|which|(?<=\s)that)\s+(?:[\w'’-]+\s+){1,8}?(?:and|but|then)\s+$"
    # (", a charity whose volunteers maintain …, said")
    r"|,\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?)?whose\s+[\w'’-]+\s+(?:(?:has|had|have|also|often)\s+)?$", re.IGNORECASE)


# An indefinite or definite noun phrase opening the sentence, right before a participle.
_DESCRIBED_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[.!?][\"”]\s+)(?:An?|The|One|Another)\s+(?:[\w'’-]+\s+){1,4}$")


_LABEL_ONLY = re.compile(r"\s*(?:(?:an?|the)\s+)?[«“\"][^«»“”\"]{1,60}[»”\"](?:\s+[a-z][\w'’-]*){0,5}\s*,\s*")


# English reporting verbs that are also nouns, and a determiner opening their noun phrase ("A 2017 council report").
_NOUNS_AMONG_VERBS_EN = frozenset(("report", "reports", "claim", "claims"))
_DETERMINER_BEFORE_NOUN_EN = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,3}$")


def verb_inside_subject(text: str, language: str, cue, m) -> bool:
    """"X, speaking at a rally in Ohio, said", "X, giving evidence for Y, said": a participle between commas before the verb
    describes the subject, it does not end it."""
    if language == "en" and _RELATIVE_OPENING_BEFORE.search(text, max(0, cue.start() - 100), cue.start()) \
            and text[cue.end():m.start()].rstrip().endswith(","):
        return True  # "One resident, who spoke on condition of anonymity, said": a relative clause
    between = text[cue.end():m.start()]
    if language == "en" and cue.group("aux") is None and cue.group("verb").lower() in _NOUNS_AMONG_VERBS_EN \
            and _DETERMINER_BEFORE_NOUN_EN.search(text, max(0, cue.start() - 40), cue.start()) is not None:
        return True  # "A 2017 council report on flood protection had warned": a noun of the subject
    if language == "en" and cue.group("verb").lower() in ("call", "calls") and _LABEL_ONLY.fullmatch(between):
        return True  # "X, a group that campaigns against what it calls "wedding barn creep", said": a label's verb
    if language == "en" and _REASON_IN_RELATIVE_BEFORE.search(text, max(0, cue.start() - 120), cue.start()) \
            and (between.rstrip().endswith(",") and between.count(",") == 1 or "," not in between and word_count(between) <= 12):
        return True  # "A firefighter who asked not to be named because the department had asked members not to comment, said"
    if language == "en" and _DEFINING_RELATIVE_BEFORE.search(text, max(0, cue.start() - 90), cue.start()) \
            and ("," not in between and word_count(between) <= 12
                 or between.count(",") == 1 and between.rstrip().endswith(",") and word_count(between) <= 16):
        return True  # "Commuters who spoke to the Courier said", "a man who asked X not to name him, said"
    if language == "en" and cue.group("aux") is None and cue.group("verb").lower().endswith("ing") \
            and "," not in between and word_count(between) <= 8 \
            and _DESCRIBED_SUBJECT_BEFORE.search(text, max(0, cue.start() - 50), cue.start()) is not None:
        return True  # "A police official speaking on condition of anonymity said": a participle inside the subject
    between = text[cue.end():m.start()].rstrip() if language == "fr" else ""
    if between.endswith(",") and len(between) <= 80 and not any(c in between[:-1] for c in ",;:.!?") \
            and between.count("«") == between.count("»") and between[:1] not in ("»", "”"):
        # "La ministre X, dont le projet est contesté, a assuré", "X, qui a lancé un appel, estime": a verb inside a
        # relative clause (its object may be quoted: "La SNCF, qui juge la grève « illégale », a indiqué")
        comma = text.rfind(",", 0, cue.start())
        if comma >= 0 and _FRENCH_RELATIVE_OPENING.match(text, comma + 1, cue.start()):
            return True
        if comma >= 0 and _FRENCH_RELATIVE_RIGHT_BEFORE.search(text, max(comma, cue.start() - 12), cue.start()):
            return True  # ", gestionnaire du barrage de Naussac qui soutient le débit …, a indiqué": the relative's verb
    if language == "en" and text[cue.end():m.start()].strip() == "," \
            and (comma := text.rfind(",", max(0, cue.start() - 90), cue.start())) >= 0 \
            and _ENGLISH_RELATIVE_OPENING.match(text, comma + 1, cue.start()):
        return True  # "The IOPC, which investigated after the boy's family complained, said": the relative clause's verb
    if language == "en" and cue.group("aux") is None and cue.group("verb").lower().endswith("ed") \
            and _DOCUMENT_BEFORE_PARTICIPLE.search(text, max(0, cue.start() - 20), cue.start()) \
            and text[cue.end():m.start()].rstrip().endswith(","):
        return True  # "The company, in a statement posted on its website, said": the document's participle
    if language == "en" and cue.group("aux") is None and cue.group("verb").lower().endswith("ed") \
            and _SUBJECT_DOCUMENT_BEFORE_PARTICIPLE.search(text, max(0, cue.start() - 30), cue.start()) \
            and "," not in text[cue.end():m.start()] and word_count(text[cue.end():m.start()]) <= 12:
        return True  # "A notice posted at the mill's gate on Saturday said": the participle describes the subject
    return (
        language == "en" and cue.group("aux") is None and cue.group("verb").split()[0].lower().endswith(("ing", "ed"))
        and text[max(0, cue.start() - 3):cue.start()].rstrip().endswith(",") and text[cue.end():m.start()].rstrip().endswith(",")
    ) or (  # "Des négociants interrogés par l'agence ont estimé": who asked them, no verb of theirs
        language == "fr" and cue.group("aux") is None and participle_with_agent(text, cue.start(), cue.end(), m.start())
    ) or (  # "La BaFin, critiquée pour ne pas avoir détecté la fraude, a indiqué": a participle in apposition
        language == "fr" and cue.group("aux") is None and cue.group("verb").lower().endswith(("é", "ée", "és", "ées"))
        and text[max(0, cue.start() - 3):cue.start()].rstrip().endswith(",") and between.endswith(",")
        and not any(c in between[:-1] for c in ",;:.!?«»"))


def name_given(segment: str, previous: str, lex: Lexicon) -> Mention | None:
    """English: the person a description names by the name they gave ("A Hamad Town resident, who
    gave his name only as Abu Yousif,", "A resident who gave her surname as Wong"); PREVIOUS is the
    comma segment before SEGMENT, the description when SEGMENT opens on "who"."""
    given = _NAME_GIVEN_AS.fullmatch(segment)
    if given is None or not (given.group("described") or previous):
        return None
    named = parse_mention(given.group("name"), lex)
    if named is None or not named.name or named.pronoun:
        return None
    described = parse_mention(given.group("described") or previous, lex)
    text = segment.strip() if given.group("described") else f"{previous.strip()}, {segment.strip()}"
    return Mention(text, name=named.name, role=described.role if described is not None and not described.name else None)


# English: words up to the end of their clause.
_CLAUSE_WORDS_EN = re.compile(r"[^.;:!?]*")


def name_given_in_clause(chunk: str, lex: Lexicon) -> Mention | None:
    """English: the name a person described in CHUNK's clause gave, CHUNK the words after an inverted verb ("said one of
    them, a retired teacher who gave her name as Erzsébet."), else None."""
    segments = _CLAUSE_WORDS_EN.match(chunk).group().split(",")
    for k, segment in enumerate(segments):
        if " who " in segment and (given := name_given(segment, segments[k - 1] if k else "", lex)) is not None:
            return given
    return None
