"""The first person or organisation named in a region outside quotation marks, and which of two names
"the former" or "the latter" is."""

from __future__ import annotations

import re

from claims.extract.subject_appositions import name_after_role_complement, person_in_apposition
from claims.extract.group_phrases_en import modifier_before_name
from claims.extract.mention_names import national_body
from claims.extract.described_subjects_en import count_words
from claims.extract.speakers import PREPOSITION_BEFORE, Lexicon, Mention, fold, names_in
from claims.extract.name_tails import organisation_tail
from claims.extract.name_words import NUMBER_WORDS
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speaker_whole_phrases_en import cause_name_at, leading_whole_phrase
from claims.extract.subject_region_edges import fronted_description_fr


# French: capitalised words joined by "pour" or "sans" in one name ("Énergies pour Tous", "Reporters sans Frontières").
_LINKED_CAPITALS_FR = re.compile(r"[ \u00a0]+(?:pour|sans)[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*")
_NAME_AS_MODIFIER = re.compile(r"[ \u00a0](?P<noun>[a-z][a-z-]+)\b")
# The article before a name that only modifies the noun after it ("The Biden campaign", "A High Court judge").
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
# English prepositions that open a fronted adjunct ("Outside the courthouse, she told …").
OPENING_PREPOSITIONS_EN = "In|On|At|During|After|Before|Following|Despite|Amid|From|Under|Outside|Inside|Throughout|Across|Within|Since"
LEADING_ADJUNCT = re.compile(
    rf"\s*(?:{OPENING_PREPOSITIONS_EN}|Although|While|When|As|Dans|Lors|"
    r"Après|Avant|Pendant|Malgré|Depuis|À|Au|Aux|En|Chez)\s[^,]{0,120},")


# "…, with the latter (yesterday) confirming": the end of a region before an absolute participle.
WITH_FORMER_OR_LATTER = re.compile(r",?\s+with\s+the\s+(former|latter)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)

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
_PRESENT_VERB = re.compile(r" [a-z]+s\b")
# (not the adjective of a second noun: "family lawyers and retired judges")
VERB_AFTER_PHRASE = re.compile(r"\s(?:(?<!\band\s)(?<!\bor\s)[a-z]+ed|said|says|told|held|began|has|have|had|was|were|is|are|will|would|did|does|do"
                               r"|could|can|may)\b")
# A participle and its preposition opening the sentence ("Speaking to local radio, he …"): how, before the subject.
_PARTICIPLE_ADJUNCT = re.compile(r"[A-Z][a-z]+ing\s+(?:to|with|at|on|in|after|before|from|during|outside)\b")


def group_up_to_verb(text: str, start: int, end: int, lex: Lexicon, longest: int) -> tuple[str, Mention] | None:
    """The group a role names from START up to its verb (or the first comma, before END), with its phrase, when
    that phrase holds at most LONGEST words: "Lawyers for the family filed …", "Dairy farmers in X are selling …"."""
    phrase = VERB_AFTER_PHRASE.split(text[start:end].split(",", 1)[0], 1)[0]
    if count_words(phrase) > longest or _PARTICIPLE_ADJUNCT.match(phrase):
        return None  # (not "Speaking to local radio, he described …": how he spoke, before the subject)
    group = parse_mention(phrase, lex)
    if group is None or group.pronoun or group.name or not group.role:
        return None
    return phrase, group


# A dateline's place in capitals, maybe its day, and a colon opening the paragraph ("SHILLONG, Nov 2:").
_CAPITALS_DATELINE = re.compile(
    r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{2,30}(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?:\s")
# A body's short form in brackets before the comma of an apposition or a place ("the Tourism Confederation of
# Tanzania (TCT), Mr X,", "l'Organisation mondiale de la santé (OMS) au Gabon, le Dr X,"; not "(COFEK) however").
_SHORT_FORM_IN_BRACKETS = re.compile(r" \([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z&.-]{1,11}\)(?=,|\s+(?:au|aux|en|à|in|at|for)\s)")

# A group's name for itself, in quotation marks ("calling itself “Tawjihi Families”", "se faisant appeler « X »").
_SELF_NAMED = re.compile(r"\b(?:calling\s+(?:itself|themselves)|se\s+faisant\s+appeler)\s+[“«][\s\u00a0\u202f]?([^”»]{2,60}?)[\s\u00a0\u202f]?[”»]")


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
    for own_name in _SELF_NAMED.finditer(region) if "calling" in region or "appeler" in region else ():
        # "A group of parents calling itself “Tawjihi Families” said": the name it gave itself, inside its marks
        masked_region = masked_region[:own_name.start(1)] + own_name.group(1) + masked_region[own_name.end(1):]
    if "(" in masked_region:
        # "the Tourism Confederation of Tanzania (TCT), Mr X,", "Le représentant de l'Organisation mondiale de la santé
        # (OMS) au Gabon, le Dr X,"
        masked_region = _SHORT_FORM_IN_BRACKETS.sub("", masked_region)
    if (dateline := _CAPITALS_DATELINE.match(masked_region)) is not None:
        masked_region = " " * dateline.end() + masked_region[dateline.end():]  # "KARACHI: The State Bank of Pakistan …"
    lead = LEADING_ADJUNCT.match(masked_region)
    if lead:  # "In a statement posted to her Twitter account, X wrote …": not in the adjunct
        masked_region = " " * lead.end() + masked_region[lead.end():]
    if lex.adjectival_names and (whole := leading_whole_phrase(masked_region)) is not None:
        return parse_mention(whole, lex)  # "A spokesperson for X and Y said …, adding that …": the whole phrase
    names = names_in(masked_region, lex)
    if len(names) >= 2 and (which := WITH_FORMER_OR_LATTER.search(masked_region)) is not None:
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
        phrase = VERB_AFTER_PHRASE.split(phrase, 1)[0]
        mention = parse_mention(phrase, lex)
        if mention is not None and mention.role and not mention.name and not mention.pronoun:
            return mention
        for verb in _PRESENT_VERB.finditer(phrase):
            # a headline's verb in the present: "Cornish coastguard team stands down, saying …"
            subject = parse_mention(phrase[:verb.start()], lex)
            if subject is not None and subject.role and not subject.name and not subject.pronoun:
                return subject
        if mention is not None and mention.name and len(names) >= 2 and mention.name in names[1][1]:
            stop = names[1][0]
            if (title := _WORD_BEFORE.search(masked_region, 0, stop)) is not None and title.group(1).rstrip(".") in lex.titles:
                stop = title.start(1)  # ("… director Father Tomasz Nowicki": the title before the name)
            if modifier_before_name(masked_region, names[0][0] + len(names[0][1]), stop, lex):
                return mention  # "Museum director Father Tomasz Nowicki described … and said": the person
    # "Présente lundi au palais Jacques-Cœur, la maire de Bourges, X, a estimé … et a rappelé": what the subject was
    opening = masked_region.split(",", 1)[0]
    described_until = len(opening) if not lex.adjectival_names and "," in masked_region and fronted_description_fr(opening) else 0
    governed_end = -1  # where the last name governed by a preposition ends
    for i, (offset, name) in enumerate(names):
        if offset < described_until or lex.adjectival_names and name in NUMBER_WORDS:
            continue  # ("Four former … officers have filed …, alleging": a count, no name)
        if PREPOSITION_BEFORE.search(masked_region[:offset]) \
                or lex.adjectival_names and governed_end >= 0 and masked_region[governed_end:offset] in (" and ", " or ", " & "):
            governed_end = offset + len(name)  # "The water regulator for England and Wales, Ofwat,": neither place
        if lex.adjectival_names and " " not in name and governed_end != offset + len(name) \
                and (cause := cause_name_at(masked_region, offset, lex)) is not None:
            return Mention(cause, name=cause, organisation=True)  # "Citizens for a Better Environment called …"
        if masked_region[offset + len(name):offset + len(name) + 1] in ("'", "’") and i + 1 < len(names):
            continue  # "The Netherlands’ defence minister, Jeroen de Wit": the possessor is not the subject
        if (" " not in name or lex.adjectival_names) and i + 1 < len(names) \
                and modifier_before_name(masked_region, offset + len(name), names[i + 1][0], lex):
            continue  # "Presidential physician Sean Conley": a capitalised modifier, a noun, then the name
        if governed_end != offset + len(name):
            modified = _NAME_AS_MODIFIER.match(masked_region, offset + len(name))
            if modified is not None and fold(modified.group("noun")) in lex.organisations \
                    and _DEFINITE_BEFORE.search(masked_region, max(0, offset - 4), offset):
                # "The Biden campaign criticized …": the name only modifies the subject noun.
                mention = parse_mention(masked_region[offset:modified.end()], lex)
                if mention is not None:
                    return mention
            if lex.adjectival_names and modified is not None and fold(modified.group("noun")) in lex.roles \
                    and (article := _INDEFINITE_BEFORE.search(masked_region, max(0, offset - 4), offset)) is not None \
                    and (mention := parse_mention(masked_region[article.start():modified.end()], lex)) is not None and mention.role:
                return mention  # "A High Court judge in Manchester yesterday dismissed …, ruling": the judge, no court
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
            if not lex.adjectival_names and (linked := _LINKED_CAPITALS_FR.match(masked_region, offset + len(name))) is not None:
                name += linked.group()  # "L'ONG Énergies pour Tous, …, rappelle … et juge": one name
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
            organisation = organisation or not lex.adjectival_names and " " not in name and fold(name) in lex.organisations \
                or lex.adjectival_names and national_body(name, lex)  # ("Cricket Fiji yesterday withdrew …, saying")
            return Mention(name, name=name, organisation=organisation)  # ("the Las Vegas Review-Journal … saying")
    return None


# " of Educators Trade Union": the capitalised rest of a body's name after "of".
_NAMED_BODY_OF = re.compile(r" of(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){1,5}")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_COURT_SEAT = re.compile(r" in [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?(?=[\s,.;])")
# English: lower-case words and a place completing an organisation's name, up to the verb.
_ORGANISATION_PHRASE_AFTER = re.compile(
    r"(?:\s+(?!(?:also|then|later|now|first|again|still|has|have|had|was|were|is|are|will|would|did|does|said|says|told"
    r"|it|he|she|they|we|and|but)\b)"
    r"[a-z][\w-]*(?<!ly)){1,4}(?:\s+(?:in|for|of|on)(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){1,3})?"
    r"(?=\s+(?:[a-z]{3,}ed|has|have|had|was|were|is|are|says|said)\b)")  # (not "red")
