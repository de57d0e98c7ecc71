"""Who speaks: the noun phrase around a reporting verb (its subject; the words after an inverted
verb are `inverted_subjects`), parsed into a `Mention`."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import ANONYMITY_CLAUSE, COUNTING_WORD
from claims.extract.clause_starts import has_clear_verb_en
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.institution_names import complement_conjunct, quoted_body_name
from claims.extract.one_of_them_fr import SHARE_OF_THEM
from claims.extract.subject_appositions import name_after_role_complement, name_given, person_in_apposition
from claims.extract.group_phrases_en import GROUP_OF_PLACES, group_from_institution, modifier_before_name
from claims.extract.name_tails import FEDERAL_DEPARTMENT_FR, organisation_tail
from claims.extract.speaker_phrases import clean_phrase
from claims.extract.speakers import PREPOSITION_BEFORE, Lexicon, Mention, fold, names_in
from claims.extract.subject_only_fr import gathered_or_restricted_subject_fr, opening_subject_fr, relative_antecedent_fr
from claims.extract.mention_shapes import NAME_WITH_LISTED_PORTFOLIOS
from claims.extract.speaker_mentions import parse_mention
from claims.extract.coordinated_subjects_en import joined_relative_subjects, subject_of_first_verb
from claims.extract.opening_subjects_en import ROLE_SUBJECT_BEFORE_VERB, english_opening_subject
from claims.extract.speaker_whole_phrases_en import cause_name_at, leading_whole_phrase
from claims.extract.triggers import fold_case
from claims.extract.subject_segments import fronted_description_fr, subject_of_segments, without_trailing_auxiliaries

_WORDS = re.compile(r"[\w’'\-]+")
_NAME_AS_MODIFIER = re.compile(r"[ \u00a0](?P<noun>[a-z][a-z-]+)\b")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A time adjunct opening a sentence without a comma before the subject.
_LEADING_TIME = re.compile(
    r"(?:The\s+(?:next|following|previous)\s+(?:day|week|month|morning|afternoon|evening|night)|"
    r"That\s+(?:day|week|morning|afternoon|evening|night)|Later\s+that\s+\w+|Last\s+(?:week|month|year|night)|"
    r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s+(?:morning|afternoon|evening|night)(?=\s+[a-z]))?"
    r"(?:\s+(?:on|in|via)\s+(?:Twitter|Facebook|Instagram|television|TV|radio))?"
    # "On Thursday officials reported …": a lower-case subject too, not a coordination
    r"\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?!(?:and|or|to|that|as)\b)[a-z]{3,}\b)")
# French: a body's noun, then a name holding "et" ("l'association Causses et Cévennes vivantes").
_BODY_NAMED_X_AND_Y_FR = re.compile(
    r"\b(?:association|collectif|comité|fédération|syndicat|coopérative|société|entreprise|groupe|fondation|mouvement)"
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*\s+et\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]", re.IGNORECASE)
_NAME_AND_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_POSSESSIVE_FOLLOWERS = re.compile(r"(?:his|her|their)\s+[a-z]+s")
# English: two modifiers of one plural noun opening the sentence ("Tour and dive operators in Palau").
_SENTENCE_FIRST_MODIFIER = re.compile(r"\s*[A-Z][a-z]+\s+and\s+")
_LOWER_CASE_PLURAL_HEAD = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]+[^s\W]s(?:\s+(?:in|at|from|on|across)\s|\s*$)")
_SHARED_HEAD_MODIFIER = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z-]+\s+")
_NAME_ONLY = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*){0,3}\s*")

_ONE_OF_THEM = re.compile(r"\b[Oo]ne\s+of\s+(?:them|those)\s*$")  # one speaker of the group, not the group
# (English ", where …", ", when …": a relative clause of place or time has its own subject, "…, where branch
# secretary Kylie Baird said")
_CLAUSE_BREAK = re.compile(r"[;:]\s|\s[–—-]\s|,\s+(?:where|when)\s+(?=[A-Z]|the\s|[a-z]+s\s+(?:said|say|told)\b|[a-z]+s\s*$)")
# "According to Reuters, traders in London said …": the source relays, the clause's subject speaks.
SOURCE_PHRASE = r"(?:[Aa]ccording\s+to|[Ss]elon|[Dd]['’]après)\s+[^,;:«»\"“]{1,80}"
_SOURCE_OPENING = re.compile(SOURCE_PHRASE + r",\s*")
# French: a noun phrase and "que" before a subject that is a definite role or a name ("Une proposition
# que la maire dit …", "Un projet que Paul Roux juge …"), not "plus que", "ainsi que".
_OBJECT_RELATIVE = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-zà-ÿ][^,;:«»\"“”]{2,60}?(?<!\bplus)(?<!\bmoins)(?<!\bainsi)(?<!\btant)(?<!\bautant)(?<!\bbien)"
    r"\s+(?:que\s+|qu['’])(?=(?:le|la|les)\s|l['’]\w|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\w)")
_COORDINATION_END = re.compile(r"\b(?:and|et|but|mais)\s*$", re.IGNORECASE)
_LAST_CONJUNCT = re.compile(r"\b(?:and|et|but|mais)\s+(?P<np>[^,]+?)\s*$", re.IGNORECASE)
_RELATIVE_END = re.compile(r"(?:,?\s+(?:qui|who|which|that|Qui|Who|Which|That))\s*$")  # (not "the WHO")
_RELATIVE_WORDS = ("qui", "who", "which", "that")
# English: an object relative clause and its subject right before the verb ("figures that doctors say …").
_EN_RELATIVE_SUBJECT = re.compile(r"(?<=[a-z] )that\s+(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*$")
# A verb, then its object closing the region: "contacted the ministry", "met Ana Lopez"; a source phrase
# ("according to the parliament’s media office, which said …").
_OBJECT_BEFORE_RELATIVE = re.compile(
    r"\b(?:[a-z]{2,}ed|met|told|wrote|sent|saw|interviewed|[Aa]ccording\s+to)\s+(?P<np>(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,3})\s*$")
# A body's name after "from", "by" or "with" closing the region, maybe with its short form.
_BODY_AFTER_PREPOSITION = re.compile(
    r"\b(?:from|by|with|to|against)\s+(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*(?:\s+\d{1,5})?"
    r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*){0,8})"
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,9}\))?\s*$")
# A plural group after "to" or "for" closing the region: "a win to property owners".
_GROUP_AFTER_PREPOSITION = re.compile(r"\b(?:to|for)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z]{3,}(?<!s)s)\s*$")
_LEADING_ADJUNCT = re.compile(
    r"\s*(?:In|On|At|During|After|Before|Following|Despite|Amid|From|Under|Since|Although|While|When|As|Dans|Lors|"
    r"Après|Avant|Pendant|Malgré|Depuis|À|Au|Aux|En|Chez)\s[^,]{0,120},")
# French: "Par la voix de son avocate, Me X, la société a fait valoir": the voice, then the subject.
_FRONTED_VOICE_FR = re.compile(r"\s*Par\s+la\s+voix\s+d(?:e|u|['’])[^,]{1,80},(?:\s*(?:Me|Maître|M\.|Mme)\s[^,]{1,60},)?")


# French: "Celle qui …", "Celui qui …" as a subject: the person just named (speaker_french).
_WHO_OPENING = re.compile(r"\s*(?P<who>(?:Celle|Celui|celle|celui)\s+qui)\s+[^,;:«»]{3,120}\s*$")


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))


# "…, with the latter (yesterday) confirming": the end of a region before an absolute participle.
_WITH_FORMER_OR_LATTER = re.compile(r",?\s+with\s+the\s+(former|latter)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)

# "were described by", "has been praised by the": a passive verb's agent comes next.
# (not "was quoted/cited by the Guardian as saying": the outlet only relays the subject's words)
_PASSIVE_AGENT_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?!quoted\b|cited\b)\w+(?:ed|en)\s+by\s+(?:the\s+)?$")


def former_or_latter(which: str, names, before: int, lex: Lexicon) -> Mention | None:
    """"… by the FAA and the NTSB, with the latter confirming": of the last two names (offset,
    name) before offset BEFORE, the second ("latter") or the first ("former")."""
    named = [item for item in names if item[0] < before]
    if len(named) < 2:
        return None
    name = named[-1 if which.lower() == "latter" else -2][1]
    return parse_mention(name, lex) or Mention(name, name=name)


# "…, with Ann Lee of Leeds calling …", "… and Tom Reyes calling …": a participle with a subject of its own.
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_VERB_AFTER_PHRASE = re.compile(r"\s(?:[a-z]+ed|said|says|told|has|have|had|was|were|is|are|will|would)\b")


# A dateline's place in capitals, maybe its day, and a colon opening the paragraph ("SHILLONG, Nov 2:").
_CAPITALS_DATELINE = re.compile(
    r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{2,30}(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?:\s")


_TRAILING_YEAR_FR = re.compile(r"\s+en\s+\d{4}\s*$")
# A body's short form in brackets before the comma of an apposition or a place ("the Tourism Confederation of
# Tanzania (TCT), Mr X,", "l'Organisation mondiale de la santé (OMS) au Gabon, le Dr X,"; not "(COFEK) however").
_SHORT_FORM_IN_BRACKETS = re.compile(r" \([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z&.-]{1,11}\)(?=,|\s+(?:au|aux|en|à|in|at|for)\s)")


def first_named(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The first person or organisation named in text[start:end] outside quotation marks."""
    region = text[start:end]
    depth = 0
    masked = []
    for ch in region:
        if ch in "«“":
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        masked.append(" " if depth or ch in "»”" else ch)
    masked_region = "".join(masked)
    if "(" in masked_region:
        # "the Tourism Confederation of Tanzania (TCT), Mr X,", "Le représentant de l'Organisation mondiale de la santé
        # (OMS) au Gabon, le Dr X,"
        masked_region = _SHORT_FORM_IN_BRACKETS.sub("", masked_region)
    if (dateline := _CAPITALS_DATELINE.match(masked_region)) is not None:
        masked_region = " " * dateline.end() + masked_region[dateline.end():]  # "KARACHI: The State Bank of Pakistan …"
    lead = _LEADING_ADJUNCT.match(masked_region)
    if lead:  # "In a statement posted to her Twitter account, X wrote …": not in the adjunct
        masked_region = " " * lead.end() + masked_region[lead.end():]
    if lex.adjectival_names and (whole := leading_whole_phrase(masked_region)) is not None:
        return parse_mention(whole, lex)  # "A spokesperson for X and Y said …, adding that …": the whole phrase
    names = names_in(masked_region, lex)
    if len(names) >= 2 and (which := _WITH_FORMER_OR_LATTER.search(masked_region)) is not None:
        referred = former_or_latter(which.group(1), names, which.start(), lex)
        if referred is not None:
            return referred
    for offset, name in names[1:]:
        if _PASSIVE_AGENT_BEFORE.search(masked_region, max(0, offset - 40), offset):
            # "Election results were described by Johnson as …, saying": the agent is the subject.
            return parse_mention(name, lex) or Mention(name, name=name)
    if lex.adjectival_names and names and " " not in names[0][1] and not masked_region[:names[0][0]].strip() \
            and _LOWER_WORD_NEXT.match(masked_region, names[0][0] + len(names[0][1])):
        # "Senior officials at the department, …, acknowledged … and said": a capitalised
        # adjective opening the sentence, then the subject's noun
        phrase = masked_region[names[0][0]:].split(",", 1)[0]
        phrase = _VERB_AFTER_PHRASE.split(phrase, 1)[0]
        mention = parse_mention(phrase, lex)
        if mention is not None and mention.role and not mention.name and not mention.pronoun:
            return mention
        if mention is not None and mention.name and len(names) >= 2 and mention.name in names[1][1]:
            stop = names[1][0]
            if (title := _WORD_BEFORE.search(masked_region, 0, stop)) is not None and title.group(1).rstrip(".") in lex.titles:
                stop = title.start(1)  # ("… director Father Tomasz Nowicki": the title before the name)
            if modifier_before_name(masked_region, names[0][0] + len(names[0][1]), stop, lex):
                return mention  # "Museum director Father Tomasz Nowicki described … and said": the person
    # "Présente lundi au palais Jacques-Cœur, la maire de Bourges, X, a estimé … et a rappelé": what the subject was
    opening = masked_region.split(",", 1)[0]
    described_until = len(opening) if not lex.adjectival_names and "," in masked_region and fronted_description_fr(opening) else 0
    for i, (offset, name) in enumerate(names):
        if offset < described_until:
            continue
        if lex.adjectival_names and " " not in name and not PREPOSITION_BEFORE.search(masked_region[:offset]) \
                and (cause := cause_name_at(masked_region, offset, lex)) is not None:
            return Mention(cause, name=cause, organisation=True)  # "Citizens for a Better Environment called …"
        if masked_region[offset + len(name):offset + len(name) + 1] in ("'", "’") and i + 1 < len(names):
            continue  # "The Netherlands’ defence minister, Jeroen de Wit": the possessor is not the subject
        if (" " not in name or lex.adjectival_names) and i + 1 < len(names) \
                and modifier_before_name(masked_region, offset + len(name), names[i + 1][0], lex):
            continue  # "Presidential physician Sean Conley": a capitalised modifier, a noun, then the name
        if not PREPOSITION_BEFORE.search(masked_region[:offset]):
            modified = _NAME_AS_MODIFIER.match(masked_region, offset + len(name))
            if modified is not None and fold(modified.group("noun")) in lex.organisations \
                    and _DEFINITE_BEFORE.search(masked_region, max(0, offset - 4), offset):
                # "The Biden campaign criticized …": the name only modifies the subject noun.
                mention = parse_mention(masked_region[offset:modified.end()], lex)
                if mention is not None:
                    return mention
            if " " not in name and i + 1 < len(names) and " " in names[i + 1][1] \
                    and not masked_region[offset + len(name):names[i + 1][0]].strip(", "):
                return Mention(names[i + 1][1], name=names[i + 1][1])  # "a Republican, Mark Amodei,"
            if i + 1 < len(names) and fold(name.split()[-1]) in lex.roles \
                    and (gap := masked_region[offset + len(name):names[i + 1][0]]).startswith(", ") \
                    and all(t.rstrip(".") in lex.titles for t in gap[2:].split()):
                return Mention(names[i + 1][1], name=names[i + 1][1])  # "The Chief Medical Officer, Dr. Sando K. Wesseh,"
            following = name_after_role_complement(masked_region, offset + len(name), names[i + 1:])
            if person_in_apposition(masked_region, offset, name, following, lex):
                # "Le président du groupe Changer Paris, Hubert de Valmont,", "… du groupe X à l'Assemblée, Y,"
                return Mention(following[0][1], name=following[0][1])
            if lex.adjectival_names and i + 1 < len(names) and masked_region[offset + len(name):names[i + 1][0]] == " and ":
                name = masked_region[offset:names[i + 1][0] + len(names[i + 1][1])]  # "High Court of England and Wales"
            if lex.adjectival_names and (body := _NAMED_BODY_OF.match(masked_region, offset + len(name))) is not None \
                    and fold(body.group().split()[-1]) in lex.organisations and fold(name.split()[-1]) not in lex.roles:
                name += body.group()  # "Botswana Sectors of Educators Trade Union"
            organisation = lex.adjectival_names and not lex.organisations.isdisjoint(fold(w) for w in name.split())
            if organisation:
                name += organisation_tail(masked_region, offset + len(name), name, lex)  # "Department of Trade and Industry"
            if organisation and (phrase := _ORGANISATION_PHRASE_AFTER.match(masked_region, offset + len(name))) is not None:
                # "The UN human rights office in South America urged …, saying": the office, not the UN
                mention = parse_mention(masked_region[offset:phrase.end()], lex)
                if mention is not None and mention.name and mention.name.startswith(name + " "):
                    return mention
            if organisation and name.endswith(" Court") and (seat := _COURT_SEAT.match(masked_region, offset + len(name))):
                name += seat.group()  # "the High Court in Nairobi, ruling that …": a court is named with its seat
            # ("la Confédération paysanne du Cantal juge … et estime": a body's head, resolved to its whole name)
            organisation = organisation or not lex.adjectival_names and " " not in name and fold(name) in lex.organisations
            return Mention(name, name=name, organisation=organisation)  # ("the Las Vegas Review-Journal … saying")
    return None


# " of Educators Trade Union": the capitalised rest of a body's name after "of".
_NAMED_BODY_OF = re.compile(r" of(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){1,5}")
# A word or two quoted inside the subject's apposition: "Ikaika Pua, one of the three "no" votes, called".
_QUOTED_WORD_INSIDE = re.compile(r"[a-z]\s+[«“\"]\s*[a-z][\w'’-]*(?:\s+[\w'’-]+)?\s*[»”\"]$")  # (not a nickname)
# A label quoted inside the subject's apposition: "X, a group that campaigns against what it calls "wedding barn creep", said".
_LABEL_INSIDE = re.compile(r"(?:(?<=\bcal)l|(?<=\bcall)s)\s+(?:(?:an?|the)\s+)?[«“\"]\s*[a-z][^«»“”\"]{0,60}[»”\"]$")
_TITLE_APPOSITION = re.compile(r",\s*(?:(?:en)?titled|called|intitulée?s?)\s+(?:[«“\"][^«»“”\"]{1,120}[»”\"]|['‘][^'‘’]{1,120}['’])\s*,?\s*$")
# A title in quotation marks between commas, capitalised and with no full stop (a work's, not a statement).
_BARE_TITLE_APPOSITION = re.compile(r",\s*[«“\"]\s*[A-Z][^«»“”\".!?]{1,100}[»”\"]\s*,\s*$")
# A work's title after its author's role, and what the work is: "author of "Leaving the Rock", a history of resettlement".
_WORK_OF_AUTHOR = re.compile(r"\b(?:author|co-author|writer|director|editor|producer)\s+of\s+(?P<title>[«“\"][^«»“”\"]{1,80}[»”\"])"
                             r"(?:,\s+(?:a|an)\s+[^,«»“”\"]{1,60}(?=,))?")
_QUOTE_MARKS = re.compile(r"[«»“”\"]")
_TITLE_IN_RELATIVE = re.compile(r",\s+(?:dont|qui|which|whose)\s[^,«»“”\"]{1,60}(?P<title>[«“]\s*[^«»“”\"]{1,40}\s*[»”])[^,«»“”\"]{0,60},\s*$")
_PHRASE_GOES_ON = re.compile(r"\s*(?:at|in|on|to|for|with|from|by|of|and)\s")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_COURT_SEAT = re.compile(r" in [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?(?=[\s,.;])")
# English: lower-case words and a place completing an organisation's name, up to the verb.
_ORGANISATION_PHRASE_AFTER = re.compile(
    r"(?:\s+(?!(?:also|then|later|now|first|again|still|has|have|had|was|were|is|are|will|would|did|does|said|says|told"
    r"|it|he|she|they|we|and|but)\b)"
    r"[a-z][\w-]*(?<!ly)){1,4}(?:\s+(?:in|for|of|on)(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){1,3})?"
    r"(?=\s+(?:[a-z]{3,}ed|has|have|had|was|were|is|are|says|said)\b)")  # (not "red")
# English: a subordinate clause's subject right before its verb, no comma ("… as No 10 insists").
_EN_SUBORDINATE_SUBJECT = re.compile(
    r"(?<!such)(?<!well)\s(?:as|while|because|whereas|where|although|though|after|before|until|once)\s+"
    # (or a body's capitalised name of up to eight words: "after the Bauchi State Ministry of Health complained")
    r"(?P<np>(?:[\w'’.()-]+\s+){0,4}[\w'’.()-]+\s*|(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for)){1,7}\s*)$")
# English: a body, its relative clause, then the verb ("The association, which says it …, said"): the
# body (not "Kimberly-Clark, which makes Kleenex, and Solaris Paper …, emphasized": two subjects).
_HEAD_BEFORE_RELATIVE = re.compile(r"\s*(?P<np>[^,;:\"“”]{2,80}?),\s+which\s(?:(?!,\s+and\s)[^;:\"“”]|\"[^\"]{1,60}\"|“[^”]{1,60}”)*,\s*$")
# English: a subject noun phrase and its relative clause, no comma ("A pilot who did not want to be
# named because he feared … told", "One parent whose two children sail with the trust told"): the head
# before "who".
# English: a subject, its verb in the present and what it did, then a comma before "says" (a headline's "X cuts
# rates, says …").
_SUBJECT_ACTED_THEN_SAYS = re.compile(
    r"\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s+(?!(?:is|was|has|does|says)\b)[a-z]{3,}s\s+[^,;:\"“”]{2,80},\s*")
# English: a personal pronoun opening the sentence as its subject, then its verb.
_PRONOUN_OPENING_EN = re.compile(r"\s*(He|She|They|It|We)\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|d|s)\b")
# English: an unnamed body described by what it does ("The union that represents the deputies", "The
# union representing TriMet's drivers"): the whole description, the clause's verb no subject of its own.
_BODY_DESCRIBED_BY_ITS_WORK = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+)\s+(?:(?:that|which)\s+[a-z]+s|[a-z]{3,}ing)\s+[^,;:\"“”]{2,70}?)\s*")


# (not "company", "firm": a company the article names later is who speaks, "The company that runs the ferry")
_DESCRIBED_BODY_NOUNS = frozenset(("union", "group", "association", "charity", "federation", "nonprofit", "coalition",
                                   "organisation", "organization", "campaign", "network"))


def body_described_by_its_work(region: str, lex: Lexicon) -> Mention | None:
    """English: REGION is an unnamed body and the clause saying what it does ("The union that represents
    the deputies"), else None."""
    if region.lstrip()[:1] not in "TtAa" or (body := _BODY_DESCRIBED_BY_ITS_WORK.fullmatch(region)) is None \
            or body.group("noun") not in _DESCRIBED_BODY_NOUNS:
        return None
    return Mention(body.group().strip(), role=body.group("np"), organisation=True)


_HEAD_BEFORE_WHO = re.compile(r"\s*(?P<np>(?:A|An|One|The|Another)\s+[^,;:\"“”]{1,50}?)\s+who(?:se)?\s[^,;:\"“”]+$")
_INDEFINITE_OPENINGS = ("A ", "An ", "Another ", "One ", "a ", "an ", "another ", "one ")
# English: an adjunct opening the sentence before its subject ("During public comment, a woman whose son …").
_OPENING_ADJUNCT_EN = re.compile(r"\s*(?:During|At|In|On|After|Before|Outside|Inside)\s[^,;:\"“”]{2,50},\s*")
_HEAD_BEFORE_WHO_AFTER_ADJUNCT = re.compile(r"\s*(?P<np>(?:a|an|one|another)\s+[^,;:\"“”]{1,50}?)\s+who(?:se)?\s[^,;:\"“”]+$")
# French: a passive's agent, then the relative pronoun the reporting verb follows ("lancée par la Synergie …, qui affirme").
_AGENT_THEN_QUI_FR = re.compile(r"\bpar\s+(?P<np>(?:la|le|les|l['’])\s*[^,;:.()]{3,90}?)(?:\s*\([^()]{2,12}\))?\s*,\s*qui\s*$")
# English: an indefinite description, then its relative clause between commas ("One woman, who had
# travelled from Molo with her son, said").
_HEAD_THEN_WHO_BETWEEN_COMMAS = re.compile(r"\s*(?P<np>(?:A|An|One|Another)\s+[^,;:\"“”]{1,40}?),\s+who\s[^,;:\"“”]+,\s*$")
# English: a participle phrase opening the sentence ("Reading the verdict, presiding judge X said").
_FRONTED_GERUND = re.compile(r"[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|its|to|at|on|in|from|with|after|before)\s[^,;:\"“”]{1,60},\s*(?=\S)")
_TIME_CLOSING = re.compile(r"\s+(?:this\s+(?:morning|afternoon|evening|week)|last\s+\w+|on\s+[A-Z][a-z]+day|yesterday|today|earlier)\s*$")
# What a description's relative clause may not hold: a reason, a time clause, a quotation, a number list.
_RELATIVE_CLAUSE_BREAK = re.compile(r"\s(?:because|since|when|while|after|before|although|though|but)\s|[\"“”(]")


# English: an indefinite description (a place in apposition, a relative clause of its own), then a
# clause asking for anonymity, maybe its reason, closing the subject ("A police officer at the District
# Police Office, Banke, who spoke on condition of anonymity,", "A maintenance worker who was among the
# first at the scene, and who asked not to be named because …,").
_DESCRIBED_BEFORE_ANONYMITY = re.compile(
    r"\s*(?:A|An|One|Another)\s+[^,;:()\"“”]{2,80}?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,2})?"
    r"(?:,?\s+who\s+(?!asked|wished|wanted|preferred|requested|declined|refused|did|does|would|spoke|cannot|sought"
    r"|was\s+not|were\s+not|is\s+not|are\s+not|has\s+not|have\s+not)[^,;:\"“”]{1,80}?)?(?=,?\s+(?:and\s+)?who\s)")
_REASON_CLOSING_SUBJECT = re.compile(r"(?:,?\s+(?:because|as|since|for\s+fear|to\s+(?:protect|avoid|keep))\s[^;:\"“”]{1,120}?)?\s*,?\s*")


def _described_before_anonymity(region: str, lex: Lexicon) -> Mention | None:
    """The description closed by a clause asking for anonymity (see `_DESCRIBED_BEFORE_ANONYMITY`)."""
    described = _DESCRIBED_BEFORE_ANONYMITY.match(region)
    if described is None or (clause := ANONYMITY_CLAUSE.match(region, described.end())) is None \
            or _REASON_CLOSING_SUBJECT.fullmatch(region, clause.end()) is None:
        return None
    phrase = described.group().strip(" ,")
    return Mention(phrase, role=clean_phrase(phrase, lex))


def _described_with_relative(region: str, head: re.Match, mention: Mention, lex: Lexicon) -> Mention | None:
    """A person described, not named, with the relative clause that defines them ("A farmer who
    attended the meeting", "One woman, who had travelled from Molo with her son,"): the guidelines keep
    the fullest description, without a counting word ("One", "Another") or the time the clause ends on
    ("who contacted the show this morning"). Not a clause asking for anonymity, which
    anonymous_speakers_en keeps in its own way, nor a long or broken one."""
    if mention.organisation or not head.group("np").startswith(_INDEFINITE_OPENINGS) \
            or ANONYMITY_CLAUSE.match(region, head.end("np")) is not None:
        return None
    relative = _TIME_CLOSING.sub("", region[head.end("np"):].strip(" ,"))
    if count_words(relative) > 14 or _RELATIVE_CLAUSE_BREAK.search(relative) is not None:
        return None
    described = COUNTING_WORD.sub("", clean_phrase(head.group("np"), lex))
    return Mention(region[head.start("np"):].strip(" ,"), role=f"{described} {relative.lstrip(', ')}")


_WH_WORDS = frozenset(("what", "which", "who", "whom", "whose", "that", "how", "where", "when", "why"))
_ENGLISH_QUANTIFIERS = frozenset(("several", "some", "many", "most", "others", "all", "both", "few", "each", "one", "two", "three"))
# English lower-case words only ("sealing division", "school boards").
_BARE_LOWER_CASE_NOUNS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")
# One to three words closing on a plural, nothing else: "Counties", "Local farmers".
_PLURAL_NOUNS_ONLY = re.compile(r"\s*(?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]+s\s*")
# French quantifiers that open a subject of their own without a determiner ("et plusieurs élus").
_FRENCH_QUANTIFIERS = frozenset(("plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses", "tous", "toutes",
                                  "chacun", "chacune", "aucun", "aucune", "beaucoup", "autres", "ceux", "celles", "celui", "celle"))


def _bare_noun_conjunct(phrase: str, lex: Lexicon) -> bool:
    """French: whether PHRASE, after "et", opens with a bare lower-case noun ("et transitaires de Côte
    d'Ivoire"): a French subject of its own takes a determiner, so the noun shares the one before it."""
    first = phrase.split()[0] if phrase.split() else ""
    return first[:1].islower() and first.isalpha() and first not in lex.function_words and fold(first) not in lex.pronouns \
        and fold(first) not in lex.bare_determiners and first not in _FRENCH_QUANTIFIERS


# The name someone gave, closing the subject: "un étudiant qui s'est présenté sous le nom de Wang a déclaré", "a student
# who gave his name as Li said".
_GIVEN_NAME_CLOSING = re.compile(
    r"(?:qui[ \u00a0]+s['’]est[ \u00a0]+présentée?[ \u00a0]+sous[ \u00a0]+le[ \u00a0]+(?:nom|prénom)[ \u00a0]+(?:de[ \u00a0]+|d['’])"
    r"|who[ \u00a0]+gave[ \u00a0]+(?:only[ \u00a0]+)?(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+)?name[ \u00a0]+as[ \u00a0]+)"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?)[ \u00a0]*,?[ \u00a0]*$")


def find_subject(text: str, start: int, end: int, lex: Lexicon, sentence_start: int | None = None) -> Mention | None:
    """The clause subject right before a reporting verb, with its apposition."""
    region = text[start:end]
    if ("nom" in region or "name" in region) and (given := _GIVEN_NAME_CLOSING.search(without_trailing_auxiliaries(region))) is not None:
        return Mention(given.group(), name=given.group("name"))  # "un étudiant qui s'est présenté sous le nom de Wang a déclaré"
    if ("titled" in region or "called" in region or "intitul" in region) and (title := _TITLE_APPOSITION.search(region)) is not None:
        # "A report by X, titled “…”, found": the title is no speaker (nor its colon a clause break)
        region = region[:title.start()] + region[title.end():]
    elif region.rstrip().endswith(("”,", "»,", '",')) and (title := _BARE_TITLE_APPOSITION.search(region)) is not None:
        region = region[:title.start()]  # "A 2025 study by X, “Who Stays: Teacher Turnover in Rural Alaska”, found": its title
    if ("latter" in region or "former" in region) and (which := _WITH_FORMER_OR_LATTER.search(region)) is not None:
        referred = former_or_latter(which.group(1), names_in(region, lex), which.start(), lex)
        if referred is not None:
            return referred
    if lex.adjectival_names and region.rstrip().endswith(",") and (head := _HEAD_BEFORE_RELATIVE.match(region)) is not None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "The All Island Rural Teachers' Association, which says it represents … provinces, said"
    if lex.adjectival_names and (body := body_described_by_its_work(region, lex)) is not None:
        return body
    if lex.adjectival_names and region.rstrip().endswith(",") and (acted := _SUBJECT_ACTED_THEN_SAYS.fullmatch(region)) is not None \
            and (mention := parse_mention(acted.group("np"), lex)) is not None and mention.role and not mention.pronoun:
        return mention  # "Iceland's central bank cuts interest rate to record low, says …": the first verb's subject
    if not lex.adjectival_names and region.rstrip().endswith("qui") and (agent := _AGENT_THEN_QUI_FR.search(region)) is not None \
            and (mention := parse_mention(agent.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "La grève a été lancée par la Synergie des enseignants du Haut-Katanga (SEHK), qui affirme"
    if not lex.adjectival_names and (who := _WHO_OPENING.match(region)) is not None:
        return Mention(who.group("who"), role=who.group("who").lower())  # "Celle qui préside la région … a promis"
    if not lex.adjectival_names and (quoted := quoted_body_name(without_trailing_auxiliaries(region))) is not None:
        return Mention(quoted[0], name=quoted[1], organisation=True)  # "Le collectif « Stop Bétonnage » estime"
    if lex.adjectival_names and region[:1] in "AO " and " who " in region and (described := _described_before_anonymity(region, lex)):
        return described
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(region)), default=0)
    if region[cut:cut + 1] in ("A", "S", "D", "a", "s", "d") and (source := _SOURCE_OPENING.match(region, cut)) is not None:
        cut = source.end()
    # (not "A resident, who gave his name only as Abu Yousif,", "who identified himself as X": the name given, read below)
    if lex.adjectival_names and ", who " in region and (head := _HEAD_THEN_WHO_BETWEEN_COMMAS.match(region, cut)) is not None \
            and name_given(region[head.end("np"):].strip(" ,"), head.group("np"), lex) is None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and mention.role and not mention.name \
            and not mention.pronoun and (described := _described_with_relative(region, head, mention, lex)) is not None:
        return described  # "One woman, who had travelled from Molo with her son, said"
    after_adjunct = None  # where the subject opens after an adjunct ("During public comment, a woman whose son …")
    if lex.adjectival_names and " who" in region and (adjunct := _OPENING_ADJUNCT_EN.match(region, cut)) is not None:
        after_adjunct = adjunct.end()  # (only read before "who" and "whose" below)
    elif lex.adjectival_names and " who" in region and cut == 0 and text[max(0, start - 2):start].strip() == ",":
        after_adjunct = 0
    if lex.adjectival_names and " who " in region and (head := _HEAD_BEFORE_WHO.match(region, cut) or (
            after_adjunct is not None and _HEAD_BEFORE_WHO_AFTER_ADJUNCT.match(region, after_adjunct))):
        if (given := name_given(region[cut:], "", lex)) is not None:
            return given
        mention = parse_mention(head.group("np"), lex)
        if mention is not None and mention.role and not mention.name and not mention.pronoun:
            return _described_with_relative(region, head, mention, lex) or mention
    if lex.adjectival_names and " whose " in region and (head := _HEAD_BEFORE_WHO.match(region, cut) or (
            after_adjunct is not None and _HEAD_BEFORE_WHO_AFTER_ADJUNCT.match(region, after_adjunct))) \
            and (mention := parse_mention(head.group("np"), lex)) is not None and mention.role and not mention.name \
            and not mention.pronoun and (described := _described_with_relative(region, head, mention, lex)) is not None:
        return described  # "One parent whose two children sail with the trust told"
    if lex.adjectival_names and (subordinate := _EN_SUBORDINATE_SUBJECT.search(region, cut)) is not None:
        cut = subordinate.start("np")  # "Labour MPs threaten rebellion as No 10 insists …": the clause's own subject
    if not lex.adjectival_names and (relative := _OBJECT_RELATIVE.search(region, cut)) is not None:
        cut = relative.end()  # "Une proposition que la maire dit avoir …": the relative clause's own subject
    region = without_trailing_auxiliaries(region[cut:])  # "The United States had not, as of …, announced"
    if not lex.adjectival_names and region.rstrip()[-1:].isdigit() and (year := _TRAILING_YEAR_FR.search(region)) is not None:
        region = region[:year.start()]  # "Un audit commandé par la région en 2023 concluait": when, no part of who
    if region[:1] in "TLOE" and (time := _LEADING_TIME.match(region)) is not None:
        region = region[time.end():]  # "The next day on Twitter West accused …"
    # The end-anchored patterns below are searched only where a match can start (each search
    # would otherwise try every position of the region).
    if _COORDINATION_END.search(region, max(0, len(region.rstrip()) - len("mais"))):
        # "X called … and said": the first verb's subject
        opening = start if sentence_start is None else sentence_start
        named = None
        if not lex.adjectival_names:
            opening, named = opening_subject_fr(text, opening, end, lex)
        if lex.adjectival_names and named is None and (pronoun := _PRONOUN_OPENING_EN.match(text, opening, end)) is not None:
            return Mention(pronoun.group(1), pronoun=True)  # "He told Lusa that …, but insisted that …": he, not Lusa
        if lex.adjectival_names and named is None:
            named = english_opening_subject(text, opening, end, lex)
        if named is None and lex.adjectival_names:
            named = subject_of_first_verb(text, opening, end, lex, find_subject)
        named = named or first_named(text, opening, end, lex)
        if named is None and lex.adjectival_names and (subject := ROLE_SUBJECT_BEFORE_VERB.match(text, opening, end)):
            named = parse_mention(subject.group("np"), lex)  # "A spokeswoman for the ministry declined to comment but said …"
            if named is not None and (named.pronoun or not named.role):
                named = None
        if named is None and lex.adjectival_names and (lead := _LEADING_ADJUNCT.match(text, opening, end)) is not None:
            # "In a statement issued through his agent, he thanked the players and said …": the
            # subject comes after the adjunct, never in it
            after = text[lead.end():end].split(None, 1)
            if after and fold(after[0]) in lex.pronouns:
                return Mention(after[0].lower(), pronoun=True)
            opening = lead.end() + len(text[lead.end():end]) - len(text[lead.end():end].lstrip())
            named = english_opening_subject(text, opening, end, lex)  # "In a letter …, the processor blamed … and said"
        if named is None and lex.adjectival_names and text[opening:opening + 1].isupper():
            # "Lawyers for the family filed a complaint and said …": a bare plural subject, up to its verb
            phrase = _VERB_AFTER_PHRASE.split(text[opening:end].split(",", 1)[0], 1)[0]
            named = parse_mention(phrase, lex) if count_words(phrase) <= 8 else None
            if named is not None and (named.pronoun or named.name or not named.role):
                named = None
        return named
    if fold_case(region.rstrip()[-len("which"):]).endswith(_RELATIVE_WORDS):
        personal = region.rstrip()[-3:].lower() == "who"
        region = _RELATIVE_END.sub("", region)
        if not lex.adjectival_names and (antecedent_fr := relative_antecedent_fr(region, lex)) is not None:
            return antecedent_fr
        if lex.adjectival_names and (antecedent := _OBJECT_BEFORE_RELATIVE.search(region)) is not None:
            # "Wikinews contacted the ministry, which said …": the noun phrase the relative follows
            mention = parse_mention(antecedent.group("np"), lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role):
                return mention
        if lex.adjectival_names and (antecedent := _BODY_AFTER_PREPOSITION.search(region)) is not None \
                and (mention := parse_mention(antecedent.group("np"), lex)) is not None and mention.name \
                and (mention.organisation or personal and is_first_name(mention.name.split()[0])):
            # "advice from the International Council for the Exploration of the Sea (ICES), which said …", "the money went
            # to John Smith, who said …"
            return mention
        if lex.adjectival_names and (antecedent := _GROUP_AFTER_PREPOSITION.search(region)) is not None \
                and (mention := parse_mention(antecedent.group("np"), lex)) is not None and mention.role and not mention.name:
            return mention  # "handing a win to property owners who argued …": that group
    if lex.adjectival_names and "that " in region and (relative := _EN_RELATIVE_SUBJECT.search(region)) is not None \
            and ANONYMITY_CLAUSE.search(region) is None:  # (not "A voter who asked that her name not be used")
        # "official figures that doctors say show …": the relative clause's own subject speaks
        mention = parse_mention(relative.group("np"), lex)
        if mention is not None and (mention.name or mention.role or mention.pronoun):
            return mention
    if not lex.adjectival_names and (described := gathered_or_restricted_subject_fr(region, lex)) is not None:
        return described  # "Les organisateurs, réunis au sein de la Coordination …", "Un marchand d'art qui a suivi la vente"
    if lex.adjectival_names and ", and " in region and (joined := joined_relative_subjects(region, lex)) is not None:
        return joined  # "Kimberly-Clark, which makes …, and Solaris Paper which makes …, emphasized"
    after_conjunction = _LAST_CONJUNCT.search(region, region.rfind(",") + 1)  # no comma in a match
    if after_conjunction and lex.adjectival_names and after_conjunction.group().lower().startswith(("et ", "mais ")):
        after_conjunction = None  # "The Bureau National de Gestion des Risques et des Catastrophes": a French name
    if after_conjunction and _NAME_AND_NAME.search(region, max(0, after_conjunction.start() - 30), after_conjunction.start() + 8):
        after_conjunction = None  # "Rogaland Fire and Rescue": one name
    if after_conjunction and not lex.adjectival_names and region.rstrip().endswith(" Canada") \
            and FEDERAL_DEPARTMENT_FR.search(region, max(0, after_conjunction.start() - 40)) is not None:
        after_conjunction = None  # "Emploi et Développement social Canada": one department
    if after_conjunction and not lex.adjectival_names \
            and _BODY_NAMED_X_AND_Y_FR.search(region, max(0, after_conjunction.start() - 60), after_conjunction.start() + 8):
        after_conjunction = None  # "L'association Causses et Cévennes vivantes": one name
    if after_conjunction and lex.adjectival_names and "," in region and NAME_WITH_LISTED_PORTFOLIOS.search(region.rstrip()):
        after_conjunction = None  # "the Department of Agriculture, Food and the Marine": one name
    if after_conjunction and lex.adjectival_names and start == sentence_start \
            and _SENTENCE_FIRST_MODIFIER.fullmatch(region, 0, after_conjunction.start("np")) \
            and first_name_gender(region.split()[0]) is None and _LOWER_CASE_PLURAL_HEAD.match(after_conjunction.group("np")):
        return Mention(region.strip(), role=clean_phrase(region, lex))  # "Tour and dive operators in Palau say": one noun
    if after_conjunction and lex.adjectival_names and _BARE_LOWER_CASE_NOUNS.fullmatch(after_conjunction.group("np")) \
            and region[:after_conjunction.start()].rstrip()[-1:].islower() \
            and not has_clear_verb_en(region, 0, after_conjunction.start()) \
            and lex.bare_determiners.isdisjoint(folded := [fold(w) for w in after_conjunction.group("np").split()]) \
            and lex.pronouns.isdisjoint(folded) and _ENGLISH_QUANTIFIERS.isdisjoint(folded) \
            and _WH_WORDS.isdisjoint(folded):  # (not "a shortage of aircraft and what it")
        np = after_conjunction.group("np").split()
        if not np[-1].endswith("s"):
            after_conjunction = None  # "the Government of Nunavut's fisheries and sealing division": no subject without its determiner
        elif _PLURAL_NOUNS_ONLY.fullmatch(region[:after_conjunction.start()]):
            # "Counties and school boards warn …": one group of two kinds
            return Mention(region.strip(), role=clean_phrase(region, lex))
    if after_conjunction and not lex.adjectival_names and (complement_conjunct(
            after_conjunction.group("np"), region[:after_conjunction.start()], lex.organisations)
            or _bare_noun_conjunct(after_conjunction.group("np"), lex)):
        # "le ministère de l'Éducation et de la Culture", "le Syndicat des dockers et transitaires de …": one name
        after_conjunction = None
    if after_conjunction and lex.adjectival_names and _POSSESSIVE_FOLLOWERS.fullmatch(after_conjunction.group("np")) \
            and _NAME_ONLY.fullmatch(region, region.rfind(",") + 1, after_conjunction.start()):
        after_conjunction = None  # "Trump and his supporters": together
    if after_conjunction and lex.adjectival_names and group_from_institution(region[region.rfind(",") + 1:].lstrip(), lex):
        after_conjunction = None  # "scientists from X University and the Y Institute": one group
    if after_conjunction and lex.adjectival_names and _SHARED_HEAD_MODIFIER.fullmatch(region, region.rfind(",") + 1, after_conjunction.start()) \
            and fold(region[region.rfind(",") + 1:].split()[0]) not in lex.pronouns \
            and (whole := parse_mention(region[region.rfind(",") + 1:].strip(), lex)) is not None and whole.role and not whole.name:
        after_conjunction = None  # "State and federal election officials": one noun, two modifiers
    if after_conjunction and count_words(after_conjunction.group("np")) <= 4:
        region = after_conjunction.group("np")  # "… and several said", "… et le ministre a ajouté"
    if not lex.adjectival_names and region[:4] in ("Par ", " Par") and (voice := _FRONTED_VOICE_FR.match(region)) is not None \
            and region[voice.end():].strip():
        region = region[voice.end():]
    if lex.adjectival_names and region[:1].isupper() and (gerund := _FRONTED_GERUND.match(region)) is not None \
            and "," not in region[gerund.end():]:  # (not "Replying to the Leader of the Opposition, X, the Minister said")
        region = region[gerund.end():]  # "Reading the verdict, presiding judge X said": the subject after the participle
    if "of " in region and (work := _WORK_OF_AUTHOR.search(region)) is not None:
        region = region[:work.start("title")] + "a work" + region[work.end():]  # "…, author of "Leaving the Rock", a history of …,"
    for closing in "»”\"":
        if closing not in region:
            continue
        if (quoted := _QUOTED_WORD_INSIDE.search(region, 0, region.rfind(closing) + 1)
                or _LABEL_INSIDE.search(region, 0, region.rfind(closing) + 1)) is not None:
            region = region[:quoted.start() + 1] + _QUOTE_MARKS.sub(" ", quoted.group()[1:]) + region[quoted.end():]
        elif (relative := _TITLE_IN_RELATIVE.search(region)) is not None:
            region = region[:relative.start("title")] + _QUOTE_MARKS.sub(" ", relative.group("title")) + region[relative.end("title"):]
            # "Le groupe Orties Blanches, dont l'album “Marée basse” est sorti en septembre,": a title inside the relative
        elif not _PHRASE_GOES_ON.match(region, region.rfind(closing) + 1):
            region = region[region.rfind(closing) + 1:]  # (not "X, which bought "The Glassworks" at Y, said")
    last_word = region.split()[-1].lower() if region.split() else ""
    if last_word in lex.pronouns and len(region.split()) > 1 and not (_ONE_OF_THEM if lex.adjectival_names else SHARE_OF_THEM).search(region):
        return Mention(last_word, pronoun=True)  # "… a plan he called …"
    if last_word[:3] in ("qu'", "qu’") and last_word[3:] in lex.pronouns:
        return Mention(last_word[3:], pronoun=True)  # "l'idée d'un registre, qu'elle juge « … »": she judges
    if lex.adjectival_names and "," in region and GROUP_OF_PLACES.fullmatch(group := region.strip().rstrip(",").rstrip()):
        return parse_mention(group, lex)  # "RESIDENTS of Bonne Aventure, Gasparillo, say": one group
    return subject_of_segments(text, start, end, region, lex, sentence_start)
