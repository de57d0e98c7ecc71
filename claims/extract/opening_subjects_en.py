"""English: the subject that opens a sentence before its verb, when it is a pronoun, "the" and a
common noun, an indefinite role phrase or an office and its holder: that subject speaks for the
sentence's later verbs ("It issued an alert for Córdoba and said …"), before any name in the clause."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import Lexicon
from claims.extract.speaker_mentions import Mention, parse_mention
from claims.extract.state_names_en import PLACE_AFTER_A_TOWN

# A sentence opening with a definite common noun and its verb: "The embassy declined …", "Australia's
# maritime regulator has barred …".
DEFINITE_NOUN_SUBJECT = re.compile(
    r"(?P<np>(?:[Tt]he|This|That|Its|Their|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,2}['’]s)\s+(?:(?:[a-z]|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\w*-[a-z])[\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:(?:also|later|then|now|first|quickly|subsequently|previously|initially)\s+)?"
    r"(?:[a-z]+ed|has|have|had|was|were|is|are|did|does|will|would|said|says|told)\b)")  # (not "The agency said rain")
# English: "the" and a unit of a named body, an apposition, then the verb ("The board of Dyffryn Foods, a cheese and
# butter maker based in Carmarthenshire, has rejected").
_UNIT_OF_NAME_THEN_APPOSITION = re.compile(
    r"(?P<np>[Tt]he\s+[a-z]+\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*){0,4}),\s+"
    r"(?:an?|the)\s+[^,;.]{3,80},\s+(?:has|have|had|[a-z]+ed)\b")
# English: an indefinite or counted role phrase opening the sentence, up to its first verb
# ("A spokeswoman for the ministry declined …", "Two officials familiar with the plan confirmed …", "A KFA
# official confirmed …").
ROLE_SUBJECT_BEFORE_VERB = re.compile(
    r"(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|The)\s+(?:[A-Z]{2,6}\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,8}?)"
    # ("A private dialysis centre in San Fernando, Trinidad and Tobago says": the place's country; "A judge of the
    # Provincial Court of Saskatchewan in Regina on Tuesday stayed": the day before the verb)
    r"(?=(?:,\s+who\s[^,.;:]{1,80},|,\s+" + PLACE_AFTER_A_TOWN + r",?)?(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:(?:also|later|then|first)\s+)?(?:[a-z]{3,}ed|has|had|was|were|is|are|did|would|could|told|said|says|spoke|wrote|gave|took|met)\b)")
# An office and its holder, then the verb: "Banff and Buchan MSP Karen Adie described".
_CAPITALISED_SUBJECT_THEN_VERB = re.compile(r"(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){1,7})\s+(?:[a-z]{3,}ed|said|told)\b")
# A role, then the person in apposition, then the verb ("The branch's president, Ann Lee, said").
_ROLE_THEN_NAME_THEN_VERB = re.compile(
    r"(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,.;:\n]{2,80}?[a-z],\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3})),"
    r"\s+(?:[a-z]{3,}ed|said|says|told)\b")
# A body's whole name opening the sentence, maybe after its kind ("The environment group Save the Fitzroy
# Alliance said"), its linking words inside, then its verb.
_NAMED_BODY_THEN_VERB = re.compile(
    r"(?P<np>(?:The\s+(?:[a-z]+\s+){0,2}?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){1,8})"
    r"\s+(?:(?:also|later|then)\s+)?(?:[a-z]{3,}ed|said|says|told)\b")
# A bare plural noun opening the sentence, maybe a day after it, then its verb: "Lawmakers on Tuesday refused …".
# (or its complement first: "Officials of at least four clubs in the league told …")
_BARE_PLURAL_THEN_VERB = re.compile(
    # ("Nurses and other health workers at Phebe Hospital began a strike, saying …": two kinds, an irregular past)
    r"(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{3,}s(?:\s+and\s+(?:other\s+)?(?:[a-z]+\s+)?[a-z]{3,}s)?(?:\s+(?:of|from|at|in)\s+[^,;:.]{1,80}?)?)"
    r"\s+(?:on\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+day\s+)?"
    r"(?:[a-z]{3,}ed|have|had|were|did|told|said|began|went|held|took|came|left|kept|stood|met|sent|wrote|gave|made)\b")
# A time or place adjunct opening the sentence, before its subject ("In October, ", "On Monday, ").
# ("Immediately after the ruling, …": an adverb and its preposition)
FRONTED_ADJUNCT = re.compile(r"(?:In|On|At|During|After|Before|Last|Earlier|Later|Since|Outside|[A-Z][a-z]{2,}ing"
                             r"|[A-Z][a-z]+ly\s+(?:after|before|following|during))\s[^,;:.\"“”]{1,80},\s+(?=\S)")
# A lower-case noun phrase, then its verb, after such an adjunct: "commission advocacy staff recommended".
_LOWER_CASE_SUBJECT_THEN_VERB = re.compile(r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:[a-z]{3,}ed|have|had|were|did|told|said)\b")
_PRONOUN_THEN_VERB = re.compile(r"(?P<np>It|He|She|They)\s+(?:(?:also|later|then|first)\s+)?(?:[a-z]{3,}ed|has|had|was|were|did|would|could|[a-z]+s)\b")


def english_opening_subject(text: str, opening: int, end: int, lex: Lexicon) -> Mention | None:
    """An English sentence opening with a pronoun or "the" and a common noun before its verb: that
    subject, before any name in the clause ("It issued an alert for Córdoba and said …", "The
    embassy declined the request and said …")."""
    if (fronted := FRONTED_ADJUNCT.match(text, opening, end)) is not None:
        opening = fronted.end()  # "In written testimony filed in October, commission advocacy staff recommended …"
        if (bare := _LOWER_CASE_SUBJECT_THEN_VERB.match(text, opening, end)) is not None \
                and (mention := parse_mention(bare.group("np"), lex)) is not None and mention.role and not (mention.name or mention.pronoun):
            return mention
    if (subject := _PRONOUN_THEN_VERB.match(text, opening, end)) is None:
        subject = DEFINITE_NOUN_SUBJECT.match(text, opening, end)
    if subject is not None:
        return parse_mention(subject.group("np"), lex)
    if (unit := _UNIT_OF_NAME_THEN_APPOSITION.match(text, opening, end)) is not None \
            and (mention := parse_mention(unit.group("np"), lex)) is not None and not mention.pronoun:
        return mention  # "The board of Dyffryn Foods, a cheese maker based in …, has rejected …, saying": the board
    if (role := ROLE_SUBJECT_BEFORE_VERB.match(text, opening, end)) is not None \
            and (mention := parse_mention(role.group("np"), lex)) is not None and mention.role and not (mention.name or mention.pronoun):
        return mention  # "… but a group of telecom customers has filed a lawsuit arguing …"
    if (plural := _BARE_PLURAL_THEN_VERB.match(text, opening, end)) is not None \
            and (mention := parse_mention(plural.group("np"), lex)) is not None and mention.role and not (mention.name or mention.pronoun):
        return mention  # "Lawmakers on Tuesday refused to debate the plan, arguing …"
    if (named := _NAMED_BODY_THEN_VERB.match(text, opening, end)) is not None \
            and (mention := parse_mention(named.group("np"), lex)) is not None and mention.name and mention.organisation:
        return mention  # "The Chamber of Industries of Uruguay said … that …, arguing …": the body's whole name
    if (apposed := _ROLE_THEN_NAME_THEN_VERB.match(text, opening, end)) is not None \
            and (mention := parse_mention(apposed.group("np"), lex)) is not None and mention.name == apposed.group("name"):
        return mention  # "Federated Farmers' Waikato president, Grant Roskill, said … and warned …": the person
    if (titled := _CAPITALISED_SUBJECT_THEN_VERB.match(text, opening, end)) is not None \
            and (mention := parse_mention(titled.group("np"), lex)) is not None and mention.name and mention.role:
        return mention  # "Banff and Buchan MSP Karen Adie described … and said": an office, then the person
    return None
