"""Parsing the words next to a claim into the `Mention` of its speaker: the phrase shapes read whole here
(their patterns in `mention_shapes`), the names and roles of any other phrase in `mention_names`."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.document_authors import document_author
from claims.extract.first_names import is_first_name
from claims.extract.name_words import GROUP_COUNT_WORDS, MUNICIPALITY_NOUNS
from claims.extract.document_mentions_en import document_about_a_person, document_maker, english_document_speaker
from claims.extract.body_mentions_fr import BODY_SEATED, PRESS_TITLE, answering_agent, regional_body, unit_of_named_body
from claims.extract.group_phrases_en import (
    GROUP_OF_PLACES, ROLE_AT_A_PLACE_NOUN, group_from_institution, group_noun, is_agent_noun,
)
from claims.extract.institution_names import listed_body_closing, listed_body_name, organisation_running_on, quoted_body_name
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speaker_whole_phrases_en import body_gathered_for_a_cause, kept_whole, named_unit_of_body, organisation_alias
from claims.extract.subject_openings_en import figures_owner, names_a_group_or_office, speaker_of_comment_clause, without_adverbs
from claims.extract.sources import canonical_source
from claims.extract.mention_names import NAMED_BODY_IN_PLACES, OWNER_BEFORE, mention_from_names
from claims.extract.name_contexts import ITALIAN_TITLE
from claims.extract.speaker_phrases import PARENS, RELAYED_BY, UNNAMED_SOURCES, clean_phrase, role_in
from claims.extract.speakers import Mention, names_in
from claims.extract.mention_shapes import (
    AGENCY_CLOSING, AGE_BEFORE_NAME, ANALYSIS_OF_OTHERS_DATA_EN, BANKS_CREDIT, NAMES_CLOSING_IN_LOWER_CASE_FR, NUMBERED_OUTLET, BARE_PARTICIPLE_CLOSING_FR, BARE_PLURAL,
    BARE_PLURAL_EN, BODY_FOR_A_PLACE, BODY_THEN_MODIFIER, BOTH, BRANCH_THEN_NAME_EN, CAPITALISED_BODY_HEAD_FR,
    COLLEAGUES_OF_FR, COLLECTIVE_OPENING, COMMON_BODY_HEADS_FR, COMPANY_MANAGEMENT, COMPLEMENT_WORD_FR,
    COUNSEL_FOR_OPENING, DAY_CLOSING_FR, DENIED_BY_FR, ELECTED_WHEN_FR, ENGLISH_BODY_DESCRIPTION, EN_NAME_LINKS,
    FRENCH_DESCRIBED_THEN_RELATIVE, FRENCH_INDEFINITE_DESCRIPTION, FRENCH_RELATIVE, GENERAL_BODY, GENERAL_BODY_EN,
    GENERAL_BODY_HEADS, GROUP_NOUN_THEN_NAME, GROUP_OF_COUNTED, INDEFINITE_DEMONYM_FR, INDEFINITE_DESCRIPTION,
    INDEFINITE_WHOSE, ITS_DOCUMENT, LEADING_DAY_FR, LEDE_CAPITALS, LINKED_NAME_OWNING_ROLE,
    LISTED_BODY_THEN_SPOKESPERSON, LOWER_CASE_OWNER_OPENING, MADE_VERBS_EN, NAMED_BODYS_BRANCH,
    NAMED_BODYS_MANAGEMENT_EN, NAMED_BODYS_OFFICER, NAMED_BODYS_REGIONAL_OFFICE, NAMED_BODYS_UNIT,
    NAME_ACROSS_ADJECTIVES, NAME_IN_APPOSITION_AFTER, NAME_THEN_ROLE, NAME_WITH_LISTED_PORTFOLIOS, NGO_THEN_NAME_FR,
    OBJECT_OF_A_REDUCED_RELATIVE_EN, OF_CAPITALISED, OWNED_ROLE_THEN_BODY_FR, PAPERS_FOR_MEETING_EN,
    PEOPLE_DESCRIBED_EN, PERSON_OF_NAMED_BODY_EN, PLACE_PAPER_THEN_TITLE_EN, PRESS_TITLE_ALONE_EN, PLURAL_GROUP_DESCRIBED_EN,
    PLURAL_KIND_BEFORE_NAMES,
    PRESENTED_AT_MEETING_FR, PRESS_NOUN_AND_ADJECTIVE_FR, PRESS_TITLE_WITH_NUMBER, PUBLISHED_IN,
    MET_BY_OUTLET_FR, RELATIVE_PASSIVE_CLOSING, REPORT_TO_COUNCIL, SEEN_BY_OUTLET_FR, SITE_OF_OWNER_EN, ACCOUNT_OF_BODY_EN,
    SITE_OF_OWNER_FR, TOWN_BODY,
    TRAILING_COORDINATION, TRAILING_DAY_EN, UNDER_FOI_EN, VOICE_POSTED_IN_EN, without_recipient_fr,
    AT_A_NAMED_PLACE_EN, AUTHOR_AFTER_EN, DOCUMENT_ABOUT_EN, name_apposed_after_outlet,
)

_TIME_AFTER_FIRST_EN = re.compile(
    r"(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|hours?|weeks?|months?)\s+(?:after|before)\s+(?=\S)")
# An office named by two fields and its holder's title: "the Information and Privacy Commissioner".
_OFFICE_OF_TWO_FIELDS_EN = re.compile(
    r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?\s+(?:Commissioner|Ombudsman|Ombudsperson|Auditor|Registrar|Inspector|Controller|Regulator))\s*")


# English: a share of a group opening a subject ("More than a third of the departments that answered", "Half of the
# farmers who replied").
_SHARE_OF_GROUP_EN = re.compile(
    r"(?:(?:More|Less|Fewer)\s+than\s+|Nearly\s+|Almost\s+|About\s+|Around\s+|Over\s+|Roughly\s+)?(?i:a\s+|one\s+)?"
    r"(?i:half|third|quarter|fifth|two-thirds|three-quarters|majority)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<group>[a-z][\w-]*s(?:\s+(?:who|that)\s+[a-z]+ed)?)")


# English: a paper's name, then the kind of paper it is ("the Kompas newspaper", "The New Vision newspaper").
_PRESS_KINDS_EN = ("newspaper", "daily", "tabloid")
_NAME_THEN_PRESS_KIND_EN = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:newspaper|daily|tabloid)")


def parse_mention(segment: str, lex: Lexicon) -> Mention | None:
    """The speaker named by a short noun phrase (a clause subject or the words after an inverted verb).
    A new `Mention` each call (callers complete theirs), parsed once per phrase: the passes of one
    sentence ask again for the same subject."""
    if "–" in segment and _DASH_IN_A_WORD.search(segment):
        return _dashes_restored(segment, parse_mention(_DASH_IN_A_WORD.sub("-", segment), lex))
    parsed = _parsed_mention(segment, lex)
    return None if parsed is None else Mention(parsed.text, parsed.name, parsed.role, parsed.pronoun, parsed.organisation)


# An en dash joining two words of one name ("Saguenay–Lac-Saint-Jean", "University of Wisconsin–Madison"): read as a
# hyphen, then given back in the words of the mention.
_DASH_IN_A_WORD = re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])")


def _dashes_restored(segment: str, mention: Mention | None) -> Mention | None:
    if mention is None:
        return None
    hyphenated = _DASH_IN_A_WORD.sub("-", segment)

    def restored(words: str | None) -> str | None:
        at = hyphenated.find(words) if words else -1
        return words if at < 0 else segment[at:at + len(words)]

    mention.text, mention.name, mention.role = restored(mention.text), restored(mention.name), restored(mention.role)
    return mention


_BASED_AFTER_ROLE_OF = re.compile(r"\b[a-z]+\s+(?:of|for|at|with)\s+the\s+(?P<based>[A-Z][\w'’.-]*-based\s+)(?=[A-Z])")
_BARE_BODY_NOUNS_EN = frozenset(("railway", "railroad", "airline", "insurer", "carrier", "regulator", "watchdog"))
_BARE_BODY_EN = re.compile(r"(?:governing|sports?|health|industry|peak|professional|trade|medical|regulatory|advisory|oversight|"
                           r"statutory|umbrella|conservation|farming|farmers'?|tourism|heritage|arts|charity|charities) body")


# A name with "and" in it, then its initials in brackets: "Resources Safety and Health Queensland (RSHQ)".
# ("Science and Advice for Scottish Agriculture (SASA)": the initials of its capitalised words)
_NAME_WITH_AND_THEN_INITIALS = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+)+and\s+(?:[A-Z][\w'’-]*\s*)+(?:(?:for|of|on)\s+(?:[A-Z][\w'’-]*\s*)+)?)\((?P<short>[A-Z]{3,8})\)")
# English: an office in title case, then its initials in brackets ("the National Coordinator for Disaster Reduction (CONRED)").
_OFFICE_NAME_THEN_INITIALS_EN = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:National|Federal|State|Provincial|Regional|Executive|General)\s+[A-Z][a-z]+(?:\s+(?:for|of|on)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}))\s*\([A-Z]{3,8}\)")
# English: "a Dane", "an Australian", "a 24-year-old Eritrean": one capitalised noun after an indefinite article (a
# people's, a party's member), maybe after an age.
_INDEFINITE_CAPITALISED_NOUN = re.compile(r"(?:a|an)\s+(?:\d{1,3}-year-old\s+)?[A-Z][a-z]{2,}")

# English: a document a person or a group wrote, by its possessive ("His report", "Their report to the committee").
_PEOPLES_DOCUMENT_EN = re.compile(r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:report|study|findings|analysis|review"
                                  r"|assessment|submission|affidavit|filing|petition|survey|research|audit)(?:\s+(?:to|for|on|into)\s+[^,;:]*)?")
# English: figures an outlet obtained, no author named ("Figures obtained by the Highland Ledger").
_RELAYED_FIGURES_EN = re.compile(r"\s*(?:[Nn]ew\s+|[Oo]fficial\s+)?(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]ecords)\s*")


# English: a surname opening on its lower-case particle, alone ("du Plessis", "van der Merwe").
_PARTICLE_SURNAME_EN = re.compile(r"(?:du|de|van|von|le|la|da|di|dos|del|della)(?:\s+(?:der|den|de|la))?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+")


# English: a capitalised adjective and a plural noun opening the sentence, then the clause defining them ("Small businesses
# that rely on the post").
_GROUP_THEN_DEFINING_CLAUSE_EN = re.compile(r"(?P<head>[A-Z][a-z]+\s+[a-z]+s)\s+(?:that|who)\s+[a-z][^,;:]*")


# French: the statement an inverted subject issued, then the subject ("dans un communiqué l'entreprise").
_MEDIUM_THEN_SUBJECT_FR = re.compile(r"(?:dans\s+)?(?:un|son|leur)\s+communiqué\s+(?P<np>(?:l['’]|le\s+|la\s+|les\s+)\S.*)")
# English: a count, then a body's capitalised name and the plural of a role ("Four former Calgary Police Service officers").
_COUNTED_MEMBERS_OF_NAMED_BODY_EN = re.compile(
    r"(?:" + "|".join(f"[{word[0]}{word[0].lower()}]{word[1:]}" for word in GROUP_COUNT_WORDS.split("|")) + r"|\d+)\s+"
    r"(?:(?:former|current|serving|retired|senior|off-duty)\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?P<noun>[a-z]{3,}s)")
# French newspapers whose title is a number and a noun ("24 heures", "20 minutes").
_NUMBERED_TITLES_FR = frozenset(("24 heures", "24 Heures", "20 minutes", "20 Minutes"))

# English: a body's initials in brackets, then the country or province it serves ("(ACC) of the Maldives", "(ACE) of
# Pakistan's Sindh province").
_INITIALS_THEN_COUNTRY_EN = re.compile(r"\s*\([A-Z]{2,6}\)\s+of\s+(?:the\s+)?[A-Z][^,;:()]*$")


@lru_cache(maxsize=1024)
def _parsed_mention(segment: str, lex: Lexicon) -> Mention | None:
    if lex.adjectival_names and _PARTICLE_SURNAME_EN.fullmatch(segment.strip()):
        return Mention(segment.strip(), name=segment.strip())  # '"…," du Plessis said.'
    if lex.adjectival_names and segment.endswith(_PRESS_KINDS_EN) and (paper := _NAME_THEN_PRESS_KIND_EN.fullmatch(segment.strip())):
        return Mention(segment.strip(), name=paper.group("name"), organisation=True)  # "the Kompas newspaper": the paper's name
    if lex.adjectival_names and " and " in segment and "(" in segment and (initials := _NAME_WITH_AND_THEN_INITIALS.search(segment)) \
            and "".join(w[0] for w in initials.group("name").split() if w[0].isupper()) == initials.group("short") \
            and not segment[initials.end():].strip(" ,") \
            and ((before := segment[:initials.start()].strip()) in ("", "the", "The") or before.endswith(",")):
        # (one body, not two joined by "and"; not "Kiril Dimitrov, chair of the Energy and Water Regulatory Commission (EWRC)")
        return Mention(PARENS.sub("", segment).strip(" ,;:«»\"“”"), name=initials.group("name").strip(), organisation=True)
    if lex.adjectival_names and "(" in segment and (titled := _OFFICE_NAME_THEN_INITIALS_EN.fullmatch(segment.strip())) is not None \
            and not any(is_first_name(word) for word in titled.group("name").split()):
        # "the National Coordinator for Disaster Reduction (CONRED)": an office in title case with its initials is a body
        # (not "Health Minister Ann Lee (FG)": a person and her party)
        return Mention(PARENS.sub("", segment).strip(), name=titled.group("name"), organisation=True)
    if lex.adjectival_names and "(" in segment and (country := _INITIALS_THEN_COUNTRY_EN.search(segment)) is not None:
        segment = segment[:country.start()]  # "The Anti-Corruption Commission (ACC) of the Maldives": the body's name, then where
    segment = (PARENS.sub("", segment) if "(" in segment else segment).strip(" ,;:«»\"“”")
    if not lex.adjectival_names and segment[:1].isdigit() and segment in _NUMBERED_TITLES_FR:
        return Mention(segment, name=segment, organisation=True)  # "Selon 24 heures": the Lausanne daily, no duration
    if not lex.adjectival_names and segment[:1] in "lmjvsdhc" and (day := LEADING_DAY_FR.match(segment)) is not None:
        segment = segment[day.end():]
    if lex.adjectival_names and segment[:1] in "aoAOtfsd123456789" and (after := _TIME_AFTER_FIRST_EN.match(segment)) is not None:
        segment = segment[after.end():]  # "a day after a report by X (found)": when, then the subject
    if lex.adjectival_names and "-based " in segment and (based := _BASED_AFTER_ROLE_OF.search(segment)) is not None \
            and (mention := _parsed_mention(segment[:based.start("based")] + segment[based.end():], lex)) is not None:
        # "coordinator of the Accra-based Citizens Against Galamsey coalition": where the body is, no part of a name
        return Mention(segment, mention.name, mention.role, mention.pronoun, mention.organisation)
    if lex.adjectival_names and (" that " in segment or " who " in segment) \
            and (restricted := _GROUP_THEN_DEFINING_CLAUSE_EN.fullmatch(segment)) is not None \
            and (head := _parsed_mention(restricted.group("head"), lex)) is not None and head.role and not head.name and not head.pronoun:
        return Mention(segment, role=segment)  # "Small businesses that rely on the post for parcels": the group they define
    if lex.adjectival_names and (segment in _BARE_BODY_NOUNS_EN or segment.endswith(" body") and _BARE_BODY_EN.fullmatch(segment)):
        return Mention(segment, role=segment, organisation=True)  # a headline's "…, railway says …": the body by its noun
    if not lex.adjectival_names and "ONG" in segment and (ngo := NGO_THEN_NAME_FR.fullmatch(segment)) is not None:
        return Mention(segment, name=ngo.group("name"), organisation=True)  # "l'ONG de défense des droits de l'homme Memorial"
    if lex.adjectival_names and ", " in segment and (branch := BRANCH_THEN_NAME_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=branch.group("name"), organisation=True)  # "Transparency International's Latvian branch, Delna"
    if lex.adjectival_names and " of the " in segment and (of_body := PERSON_OF_NAMED_BODY_EN.fullmatch(segment)) is not None \
            and of_body.group("noun") in lex.organisation_nouns_lower:
        # "Joint administrator Fiona Carmichael of the firm, Blackwood Reid": the person, the firm named after its noun
        if (person := _parsed_mention(f"{of_body.group('person')} of the {of_body.group('noun')} {of_body.group('body')}", lex)):
            return Mention(segment, person.name, person.role, person.pronoun, person.organisation)
    if lex.adjectival_names and segment[:1] in "TFSENtfsen123456789" and (counted := _COUNTED_MEMBERS_OF_NAMED_BODY_EN.fullmatch(segment)) \
            and fold(counted.group("noun"))[:-1] in lex.roles:
        return Mention(segment, role=segment)  # "Four former Calgary Police Service officers": the group, not the service
    if lex.adjectival_names and segment[:1] in "Tt" and (paper := PRESS_TITLE_ALONE_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=paper.group("title"), organisation=True)  # "According to The Star": the paper, no star
    if lex.adjectival_names and (paper := PLACE_PAPER_THEN_TITLE_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=paper.group("title"), organisation=True)  # "the Maputo weekly O Observador": its title
    if lex.adjectival_names and "management" in segment and (managed := NAMED_BODYS_MANAGEMENT_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=managed.group("body"), organisation=True)  # "MoravaRail's management said": the company
    if not lex.adjectival_names and "communiqué " in segment and (medium := _MEDIUM_THEN_SUBJECT_FR.fullmatch(segment)) is not None:
        return _parsed_mention(medium.group("np"), lex)  # "a précisé dans un communiqué l'entreprise, qui": the company
    if not lex.adjectival_names and segment[:3] == "élu" and ELECTED_WHEN_FR.match(segment):
        return None  # "…, élu en 2024 après la démission de X,": when and how someone was elected, no speaker
    if not lex.adjectival_names and segment.endswith(("é", "ée", "és", "ées", "u", "ue", "is", "ise", "ises")) \
            and (bare := BARE_PARTICIPLE_CLOSING_FR.search(segment)) is not None:
        segment = segment[:bare.start()]  # "Un rapport de l'agence de l'eau Rhin-Meuse publié [en 2023]": its date went
    if lex.adjectival_names and "day" in segment and (when := TRAILING_DAY_EN.search(segment)) is not None \
            and not segment[:when.start()].endswith(("ed", "ing")) and not segment.split(None, 1)[0].endswith(("ed", "ing")):
        # "a memo sent to employees on Friday", "A court in southern Moldova on Wednesday": when, no part of who
        # (not ", sitting by video link in London on Saturday,": a participle's clause, no speaker)
        # (but "a report by the auditor general released on Monday" is read whole, its participle with it)
        segment = segment[:when.start()]
    if lex.adjectival_names and "nformation" in segment and (request := UNDER_FOI_EN.search(segment)) is not None:
        segment = segment[:request.start()]  # "figures released by the Ministry of Defence under the Freedom of Information Act"
    if lex.adjectival_names and segment[:1] in "AaTt" and (about := DOCUMENT_ABOUT_EN.match(segment)) is not None \
            and AUTHOR_AFTER_EN.search(segment, about.end()) is None and AT_A_NAMED_PLACE_EN.search(segment, about.end()):
        # "An independent review of stroke care at Withybush General Hospital": the review speaks, the hospital is
        # what it looked at (a review of what no institution names is read whole)
        return Mention(segment, role=about.group("document"), organisation=True)
    if lex.adjectival_names and "meeting" in segment and (papers := PAPERS_FOR_MEETING_EN.fullmatch(segment.strip())):
        if papers.group("owner"):
            return parse_mention(papers.group("owner"), lex)
        if (body := parse_mention(papers.group("body"), lex)) is not None and body.name and body.organisation:
            return Mention(segment, name=body.name, organisation=True)  # the papers of a named body's meeting
    relay = RELAYED_BY.search(segment)
    if relay is not None and not lex.adjectival_names and BARE_PLURAL.fullmatch(segment, 0, relay.start()):
        # "des témoins cités par l'AFP": who they are, the outlet only relays; "des commerçants interrogés par
        # l'ANP", "des habitants joints par téléphone": who they are, how they were asked
        role = segment[:relay.start()] if relay.group().lstrip().startswith("cit") else segment
        return Mention(segment, role=role.split(None, 1)[1])
    if relay is not None and lex.adjectival_names and BARE_PLURAL_EN.fullmatch(segment, 0, relay.start()) \
            and not relay.group().lstrip().lower().startswith("reported"):  # (not "municipality figures reported by KUNA")
        return Mention(segment, role=clean_phrase(segment, lex))  # "Parents interviewed by the news site Ikon.mn"
    if relay is not None and lex.adjectival_names and relay.group().lstrip().startswith("obtained") \
            and _RELAYED_FIGURES_EN.fullmatch(segment, 0, relay.start()) is not None:
        return Mention(segment, role=clean_phrase(segment, lex))  # "Figures obtained by the Highland Ledger": the document speaks
    if relay is not None and relay.start() > 0:
        # "un analyste cité par l'agence Reuters", "a draft seen by Reuters": the outlet only relays.
        segment = TRAILING_COORDINATION.sub("", segment[:relay.start()]) \
            + name_apposed_after_outlet(segment, relay.end(), lex)  # ("déposés au greffe et consultés par X")
    if not lex.adjectival_names and (met := MET_BY_OUTLET_FR.search(segment)) is not None and met.start() > 0:
        # "Un motard rencontré … par le quotidien X": who was met, the outlet only relays
        segment = segment[:met.start()] + name_apposed_after_outlet(segment, met.end(), lex)
    if not lex.adjectival_names and (" qu" in segment) and ("consult" in segment or "obten" in segment or "procur" in segment
                                                           or " lu" in segment) \
            and (seen := SEEN_BY_OUTLET_FR.search(segment)) is not None and seen.start() > 0:
        segment = segment[:seen.start()]  # "le projet de délibération que la woxx a pu consulter": the document speaks
    if not lex.adjectival_names:
        segment = without_recipient_fr(segment)  # "le rapport de la commission remis lundi au ministre": who received it
    if lex.adjectival_names and (reported := REPORT_TO_COUNCIL.fullmatch(segment.strip())) is not None:
        noun = "council" if reported.group("noun") else reported.group("owner")
        return Mention(segment, role=noun, organisation=True)  # resolved as "A council report" is
    published = PUBLISHED_IN.search(segment)
    if published is not None and not lex.adjectival_names and PRESENTED_AT_MEETING_FR.match(segment, published.start()) \
            and not any(of.group("word")[:1].isupper() or fold(of.group("word")) in lex.organisations
                        for of in COMPLEMENT_WORD_FR.finditer(segment, 0, published.start())):
        # "le rapport présenté en séance", "… présenté aux élus lundi": no author, the whole phrase names it (not its day)
        whole = DAY_CLOSING_FR.sub("", segment.strip())
        return Mention(whole, role=clean_phrase(whole, lex), organisation=True)
    if (published is not None or lex.adjectival_names and segment.endswith(MADE_VERBS_EN)) and lex.adjectival_names \
            and (maker := document_maker(segment, lex, parse_mention)) is not None:
        return maker  # "figures the utility presented at a public meeting": who presented them
    if published is not None and published.start() > 0 and RELATIVE_PASSIVE_CLOSING.search(segment, 0, published.start()) is None:
        # "the study published in the journal Marine Frontiers": where it appeared, not who speaks (but "A worker
        # who was released on Monday night": a person's clause).
        segment = segment[:published.start()]
    if not segment or not segment.split():  # (only spaces and line breaks left)
        return None
    if lex.adjectival_names and segment[:2] in ("a ", "an") and OBJECT_OF_A_REDUCED_RELATIVE_EN.fullmatch(segment):
        return None  # "…, a figure the department did not dispute": what the department did not dispute, no speaker
    if lex.adjectival_names and " in " in segment and (posted := VOICE_POSTED_IN_EN.fullmatch(segment)) is not None:
        # "A Coast Guard spokesperson in Juneau": the body's voice where it is posted, no body named "Coast Guard" alone
        return Mention(segment, role=f"{posted.group('voice')} for {posted.group('body')} {posted.group('place')}")
    if lex.adjectival_names and segment[:9] == "speaking ":
        return None  # ", speaking on condition of anonymity because the firm advises Corvane,": how, no one else
    if lex.adjectival_names and (segment[:7] == "People " and PEOPLE_DESCRIBED_EN.fullmatch(segment)
                                 or PLURAL_GROUP_DESCRIBED_EN.fullmatch(segment)):
        return Mention(segment, role=segment)  # "People living near RAF Coningsby say": who they are, no name
    if not lex.adjectival_names and " par " in segment and (denied := DENIED_BY_FR.fullmatch(segment)) is not None \
            and (agent := parse_mention(denied.group("agent"), lex)) is not None and (agent.name or agent.role) and not agent.pronoun:
        return agent  # "Une version démentie par le maire, qui assure que …": the agent speaks
    if (numbered := NUMBERED_OUTLET.fullmatch(segment)) is not None:
        return Mention(segment, name=numbered.group("title"), organisation=True)
    if segment[-1:].isalpha() and (numbered := PRESS_TITLE_WITH_NUMBER.fullmatch(segment)) is not None:
        # "selon le quotidien 24 heures", "the newspaper 20 Minutes": a title that opens with a number
        return Mention(segment, name=numbered.group("title"), organisation=True)
    if lex.adjectival_names and "General " in segment and (general := GENERAL_BODY_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=general.group("name"), organisation=True)  # "Rwanda's Directorate General of Immigration …"
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and NAMED_BODYS_BRANCH.fullmatch(segment) is not None:
        # "The Victorian Farmers Federation's Mallee branch": the branch of the body, named as such
        return Mention(segment, name=re.sub(r"^[Tt]he\s+", "", segment.strip()), organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (owned := NAMED_BODYS_OFFICER.fullmatch(segment.strip())) \
            and not lex.organisations.isdisjoint(fold(w) for w in owned.group("owner").split()) \
            and role_in(owned.group("office"), lex) is not None:
        # "Redcar and Cleveland Council's cabinet member for economic growth": an officer of the body, no name
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (counsel := COUNSEL_FOR_OPENING.fullmatch(segment.strip())) is not None:
        # "Lawyers for Tinjar Agro Plantation said": the company's lawyers, capitalised by the sentence, no body's name
        return Mention(segment, role=counsel.group("group").lower() + segment.strip()[len(counsel.group("group")):])
    if lex.adjectival_names and ("'s " in segment or "’s " in segment or " bosses" in segment) \
            and (managed := COMPANY_MANAGEMENT.fullmatch(segment.strip())) is not None \
            and fold(noun := managed.group("noun") or managed.group("bare")) in lex.companies:
        # "the company's management said", "Company bosses said": the company speaks (resolved as "the company" is)
        return Mention(managed.group("company") or f"the {noun.lower()}", role=noun.lower(), organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (office := NAMED_BODYS_REGIONAL_OFFICE.fullmatch(segment.strip())) \
            and not lex.organisations.isdisjoint(fold(w) for w in office.group("owner").split()):
        return Mention(segment, name=office.group("owner"), organisation=True)  # "… Commission's Eastern Cape office": the Commission
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (unit := NAMED_BODYS_UNIT.fullmatch(segment.strip())) is not None \
            and not lex.organisations.isdisjoint(fold(w) for w in unit.group("owner").split()) \
            and not (" of " in unit.group("owner") and role_in(unit.group("owner").split(" of ")[0], lex) is not None
                     and lex.organisations.isdisjoint(fold(w) for w in unit.group("owner").split(" of ")[0].split())):
        # (not "Detective Constable Sam Urchfont of Wiltshire Police’s rural crime team": a person of the body)
        # "Stoke-on-Trent City Council's trading standards team": the unit of the body, named as such
        the = "the " if unit.group("the") else ""
        return Mention(segment, name=f"{unit.group('unit')} of {the}{unit.group('owner')}", organisation=True)
    if lex.adjectival_names and segment[:4].isupper() and "," not in segment and (first := segment.split(None, 1)[0]).isalpha() and first.isupper() \
            and len(first) >= 4 and group_noun(first, lex):
        # "FISHERMEN in Castletownbere have warned": a lede's first word in capitals, a group noun
        lowered = parse_mention(first.lower() + segment[len(first):], lex)
        if lowered is not None:
            lowered.text = segment
        return lowered
    if lex.adjectival_names and segment[-1:].isupper() and (capitals := LEDE_CAPITALS.fullmatch(segment)) is not None \
            and ((noun := capitals.group("noun").lower()) in lex.roles or noun in lex.companies or noun in lex.organisation_nouns
                 or is_agent_noun(noun, lex)):
        return parse_mention(segment[:capitals.start("noun")] + noun, lex)  # "A DEVELOPER says": a lede's noun in capitals
    if not lex.adjectival_names and (head := CAPITALISED_BODY_HEAD_FR.fullmatch(segment)) is not None \
            and fold(head.group("head")) in COMMON_BODY_HEADS_FR:
        # "Selon le Ministère" after "Le ministère des Transports …": the body's common noun, capitalised
        return parse_mention(segment[:head.start("head")] + head.group("head").lower(), lex)
    if lex.adjectival_names and (group := GROUP_NOUN_THEN_NAME.fullmatch(segment)) is not None \
            and [n for _, n in names_in(group.group("name"), lex)] != [group.group("name")]:
        return Mention(segment, name=group.group("name"), organisation=True)  # "The advocacy group Justice Now Jamaica"
    if "gen" in segment and (agency := AGENCY_CLOSING.fullmatch(segment)) is not None and canonical_source(agency.group("name")) is not None:
        return Mention(segment, name=agency.group("name"), organisation=True)  # "l'agence allemande dpa": the agency
    if (press := PRESS_TITLE.fullmatch(segment)) is not None:
        return Mention(segment, name=press.group("title"), organisation=True)  # "le quotidien néerlandais De Telegraaf"
    if not lex.adjectival_names and (press := PRESS_NOUN_AND_ADJECTIVE_FR.fullmatch(segment)) is not None:
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "le quotidien sportif": no sportsman
    if not lex.adjectival_names and (seated := BODY_SEATED.fullmatch(segment)) is not None \
            and (fold(seated.group("noun")) in lex.organisation_nouns or fold(seated.group("noun")) in lex.companies):
        # "l'instance basée à Aigle": the body the noun stands for, where it sits no part of the mention
        return Mention(segment[:seated.end("noun")], role=seated.group("noun"), organisation=True)
    if not lex.adjectival_names and (relative := FRENCH_RELATIVE.search(segment)) is not None \
            and (segment[:relative.start()].split()[-1][:1].isupper() or OF_CAPITALISED.search(segment, 0, relative.start())) \
            and (head := parse_mention(segment[:relative.start()], lex)) is not None and (head.name or head.organisation):
        # "les données de Santé publique France que le JDD a pu consulter", "un rapport de l'Inspection
        # générale des affaires sociales que Le Monde a consulté"
        head.text = segment
        return head
    if not lex.adjectival_names and (described := INDEFINITE_DEMONYM_FR.fullmatch(segment)) is not None \
            and fold(described.group("noun")) not in lex.organisations and fold(described.group("noun")) not in lex.organisation_nouns:
        return Mention(segment, role=clean_phrase(segment, lex))  # "un Français installé dans la province depuis 2004": who, no name
    if not lex.adjectival_names and (answered := answering_agent(segment)) is not None \
            and (agent := parse_mention(answered, lex)) is not None:
        agent.text = segment
        return agent  # "Une information démentie par l'entreprise, qui affirme que …": the company speaks
    if not lex.adjectival_names and "«" in segment and (quoted := quoted_body_name(segment)) is not None:
        return Mention(segment, name=quoted[1], organisation=True)  # "selon le comité « Touche pas à mon hôpital »"
    if not lex.adjectival_names and (unit := unit_of_named_body(segment)) is not None:
        return Mention(segment, name=unit, organisation=True)  # "la délégation régionale de la Direction générale des élections"
    if not lex.adjectival_names and (regional := regional_body(segment)) is not None:
        return Mention(segment, name=regional, organisation=True)  # "l'agence régionale de santé Centre-Val de Loire"
    if lex.adjectival_names and (body := BODY_THEN_MODIFIER.fullmatch(segment)) is not None \
            and fold(body.group("noun")) in lex.organisations and (head := parse_mention(body.group("np"), lex)) is not None:
        head.text = segment  # "the health board running it", "the company that owns the mine": the body
        return head
    if lex.adjectival_names and (alias := organisation_alias(segment) or named_unit_of_body(segment)) is not None:
        return Mention(segment, name=alias, organisation=True)  # "No 10 insists …": Downing Street; "The Ohio chapter of …"
    if lex.adjectival_names and " for " in segment and (body := BODY_FOR_A_PLACE.fullmatch(segment)) is not None \
            and not any(w in lex.roles or w in lex.organisations
                        for w in (fold(body.group("kind")), fold(body.group("kind")).removesuffix("s"))) \
            and body.group("kind") not in lex.titles and fold(body.group("place")) not in lex.portfolios:
        return Mention(segment, name=body.group("name"), organisation=True)  # "Transport for London", "Homes for Scotland"
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and LOWER_CASE_OWNER_OPENING.match(segment) \
            and (owned := parse_mention("the " + segment[0].lower() + segment[1:], lex)) is not None and owned.role and not owned.name:
        # "world football's governing body", "European football's governing body": a role its owner opens, no article
        return Mention(segment, role=clean_phrase(segment, lex), organisation=owned.organisation)
    if lex.adjectival_names:
        segment = without_adverbs(segment)  # "Separately, …", "But …", "… later": no part of the speaker
        if (commenter := speaker_of_comment_clause(segment)) is not None:
            segment = commenter  # "As one docker put it": "one docker"
        if (owner := figures_owner(segment)) is not None and (body := parse_mention(owner, lex)) is not None and body.name:
            return Mention(segment, name=body.name, organisation=True)  # "according to Adek figures", "Council papers"
        if names_a_group_or_office(segment, lex):
            return Mention(segment, role=clean_phrase(segment, lex))
        if (cause := body_gathered_for_a_cause(segment, lex)) is not None:
            return Mention(segment, name=cause, organisation=True)  # "Citizens for a Better Environment"
    if lex.adjectival_names and "," in segment and (listed_name := listed_body_name(segment)) is not None:
        return Mention(segment, name=listed_name, organisation=True)  # "The Rail, Tram and Bus Union"
    if lex.adjectival_names and "," in segment and (staff := LISTED_BODY_THEN_SPOKESPERSON.fullmatch(segment)) is not None \
            and (listed := NAME_WITH_LISTED_PORTFOLIOS.fullmatch(staff.group("body"))) is not None \
            and fold(listed.group("head")) in lex.organisations:
        # "A Department of Biodiversity, Conservation and Attractions spokesperson": the body's, its portfolios listed
        return Mention(segment, role=f"{staff.group('role')} for the {staff.group('body')}", organisation=False)
    if lex.adjectival_names and "," in segment and (listed := NAME_WITH_LISTED_PORTFOLIOS.search(segment)) is not None \
            and "," in listed.group() and fold(listed.group("head")) in lex.organisations:
        # "the Ministry of Culture, Tourism and Antiquities": one body whose portfolios are listed
        before = segment[:listed.start()].strip()
        if not before or before in ("the", "The") or OWNER_BEFORE.fullmatch(before + " "):
            return Mention(segment, name=listed.group(), organisation=True)  # (also "Iraq's Ministry of …")
        if role_in(before, lex) is not None:
            return Mention(segment, role=clean_phrase(segment, lex))  # "a spokesperson for the Department of …, … and …"
    if lex.adjectival_names and (owned := LINKED_NAME_OWNING_ROLE.fullmatch(segment)) is not None \
            and fold(owned.group("role")) in lex.roles:
        return Mention(segment, role=clean_phrase(segment, lex))  # "the Bahamas Chamber of Commerce and … Confederation's chairman"
    if lex.adjectival_names and "," in segment and (listed_at := listed_body_closing(segment)) \
            and role_in(segment[:listed_at], lex) is not None:
        # "the Tanga branch secretary of the Tanzania Mines, Energy, Construction and Allied Workers Union"
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (places := GROUP_OF_PLACES.fullmatch(segment)) is not None and group_noun(places.group("noun"), lex):
        return Mention(segment, role=clean_phrase(segment, lex))  # "Residents of Herstelling and Farm on the East Bank of Demerara"
    if lex.adjectival_names and ROLE_AT_A_PLACE_NOUN.fullmatch(segment):
        return Mention(segment, role=clean_phrase(segment, lex))  # "An economist at a Dar es Salaam brokerage": no name
    if lex.adjectival_names and GROUP_OF_COUNTED.fullmatch(segment):
        return Mention(segment, role=clean_phrase(segment, lex))  # "A group of 14 Senate Democrats": the group
    if lex.adjectival_names and (office := _OFFICE_OF_TWO_FIELDS_EN.fullmatch(segment)) is not None:
        return Mention(segment, role=office.group("office"))  # "Saskatchewan's Information and Privacy Commissioner"
    if lex.adjectival_names and kept_whole(segment, lex.roles):
        # "a spokesperson for the Department for Business and Trade", "A source close to …", "Another Labour MP"
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (kind := PLURAL_KIND_BEFORE_NAMES.match(segment)) is not None \
            and fold(kind.group("noun")[:-1]) in lex.companies | lex.organisation_nouns \
            and (first := fold(segment[kind.end():].split()[0])) not in lex.organisations \
            and first not in lex.organisation_nouns and first not in lex.function_words and first not in EN_NAME_LINKS:
        # "Retailers Shoprite and Pick n Pay": the kind of the bodies named, not a word of their names
        # (unlike "Doctors Without Borders", "Teachers Union": people's nouns, a link or a body's noun next)
        named = parse_mention(segment[kind.end():], lex)
        if named is not None and named.name:
            return Mention(segment, name=segment[kind.end():].strip() if " and " in segment else named.name,
                           role=kind.group("noun").lower(), organisation=True)
    if lex.adjectival_names and "-year-old" in segment:
        segment = AGE_BEFORE_NAME.sub("", segment, count=1)  # "47-year-old Matovič's office": the age describes
    if lex.adjectival_names and ("both" in segment or "Both" in segment):
        segment = BOTH.sub("", segment) or segment  # "Both Ann Lee and Tom Reyes", "Lee and Reyes both"
    if lex.adjectival_names and " of " in segment and (analysis := ANALYSIS_OF_OTHERS_DATA_EN.fullmatch(segment.strip())) is not None:
        if (analyst := parse_mention(analysis.group("author"), lex)) is not None:
            analyst.text = segment
            return analyst  # "PA Media analysis of NHS England figures": who analysed them
    if lex.adjectival_names and " of " in segment and (about := document_about_a_person(segment)) is not None:
        return about
    if (author := document_author(segment, lex, parse_mention)) is not None:
        return author  # "un décompte de la préfecture", "a report by council officers": the document's author speaks
    if lex.adjectival_names and (document := english_document_speaker(segment, lex, parse_mention)) is not None:
        return document  # "A UN statement", "the company's 2025 estimate", "a statement posted to his account"
    if lex.adjectival_names and segment[:1].isupper() and (share := _SHARE_OF_GROUP_EN.fullmatch(segment)) is not None:
        return Mention(segment, role=share.group("group"))  # "More than a third of the departments that answered said": that group
    if lex.adjectival_names and (INDEFINITE_DESCRIPTION.fullmatch(segment) or INDEFINITE_WHOSE.fullmatch(segment)):
        return Mention(segment, role=clean_phrase(segment, lex))  # "a Sofia-based election monitor": no name
    first = segment.split()[0]
    if lex.adjectival_names and segment.lower() == "her":
        return Mention(segment, pronoun=True)  # "according to her" (elsewhere "her" is a possessive)
    if (first.lower() in lex.pronouns or first.lower().removeprefix("-t-").removeprefix("-") in lex.pronouns) \
            and (lex.adjectival_names or not ITALIAN_TITLE.match(segment)):
        return Mention(segment, pronoun=True)
    if lex.adjectival_names and first == "its" and ITS_DOCUMENT.fullmatch(segment):
        return Mention(segment, pronoun=True, organisation=True)  # "its un-audited financial statements disclosed on …"
    if lex.adjectival_names and segment.lower() in ("its board of trustees", "its board of directors"):
        return Mention(segment, pronoun=True, organisation=True)  # "…, its board of trustees announced": the body's board, as "its board"
    if lex.adjectival_names and segment.lower() in ("its owner", "its owners", "its new owners"):
        return Mention(segment, pronoun=True, organisation=True)  # "…, its owners have confirmed": the company, as "its operator"
    if lex.adjectival_names and first in ("its", "their") and len(owned := segment.split()[1:]) >= 2 \
            and all(word[:1].isupper() for word in owned) and fold(owned[-1]) in lex.organisations \
            and (body := parse_mention(" ".join(owned), lex)) is not None and body.name:
        body.text = segment
        return body  # "after its Privileges Committee found that": the committee, by its name
    if first.lower() in lex.organisation_pronouns and len(segment.split()) <= 3 and not (
        lex.adjectival_names and len(segment.split()) > 1 and role_in(segment, lex) is not None
    ):  # (English "its chief executive": a person in a role, below)
        return Mention(segment, pronoun=True, organisation=True)  # "It", "its forecast"
    if lex.adjectival_names and (owned := _PEOPLES_DOCUMENT_EN.fullmatch(segment.strip())) is not None:
        return Mention(owned.group("owner"), pronoun=True)  # "Their report to the committee found": the people before wrote it
    if lex.adjectival_names and segment.isalpha() and segment.islower() and (segment in lex.organisation_nouns or segment in MUNICIPALITY_NOUNS
                                                                             or segment == "opposition"):
        # a headline's "…, operator says", "…, town says", "…; opposition says": no article
        return Mention(segment, role=segment, organisation=True)
    if lex.adjectival_names and _INDEFINITE_CAPITALISED_NOUN.fullmatch(segment) is not None:
        return Mention(segment, role=segment.split(None, 1)[1])  # "Morten Holm, a Dane, told": a people's noun, no name
    if lex.adjectival_names and UNNAMED_SOURCES.match(segment):
        # "people familiar with the matter", "two sources close to the talks": unnamed, but a speaker.
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.collective_heads and (group := COLLECTIVE_OPENING.match(segment)) is not None \
            and fold(group.group("head")) in lex.collective_heads and not NAME_IN_APPOSITION_AFTER.search(segment):
        # "l'entourage du président", "le cabinet du ministre de l'Intérieur": the group speaks, under its whole phrase
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and (town_body := TOWN_BODY.match(segment)) is not None:
        return Mention(segment, name=town_body.group(), organisation=True)  # "Brest métropole a confirmé"
    if not lex.adjectival_names and (named := NAME_THEN_ROLE.fullmatch(segment)) is not None \
            and (hit := role_in(named.group("role"), lex)) is not None and hit[0] == 0 \
            and lex.organisations.isdisjoint(fold(w) for w in named.group("name").split()):
        return Mention(segment, name=named.group("name"), role=named.group("role").strip())  # "X, le président de …"
    if not lex.adjectival_names and (general := GENERAL_BODY.fullmatch(segment)) is not None \
            and (fold(general.group("head")) in lex.organisations or fold(general.group("head")) in GENERAL_BODY_HEADS):
        # "le parquet général", "le Secrétariat général": a body, "général" is no role of its own
        return Mention(segment, role=general.group("body"), organisation=True)
    if lex.adjectival_names and group_from_institution(segment, lex):
        # "scientists from China's Tsinghua University and the Chinese Academy of Sciences": the group speaks (not where
        # the body is: "Nurses at X Hospital in Ennis, County Clare, Ireland")
        role = clean_phrase(segment, lex)
        return Mention(segment, role=placed.group("role") if (placed := NAMED_BODY_IN_PLACES.fullmatch(role)) else role)
    if not lex.adjectival_names and segment in NAMES_CLOSING_IN_LOWER_CASE_FR:
        return Mention(segment, name=segment, organisation=True)  # "selon Pôle emploi"
    if not lex.adjectival_names and (joined := NAME_ACROSS_ADJECTIVES.fullmatch(segment)) is not None \
            and (joined.group("name").split()[0] not in lex.function_words or joined.group("name").startswith(BANKS_CREDIT)) \
            and not {fold(w) for w in joined.group("lower").split()} & (
                lex.stops | lex.roles | lex.bare_determiners | lex.organisation_nouns | lex.organisations):
        # "Santé publique France", "Médecins du monde France": one organisation's name across lower-case words
        return Mention(segment, name=joined.group("name"), organisation=True)
    if not lex.adjectival_names and (running_on := organisation_running_on(segment, lex)) is not None:
        return running_on
    if not lex.adjectival_names and (site := SITE_OF_OWNER_FR.fullmatch(segment)) is not None \
            and (owner := parse_mention(site.group("owner"), lex)) is not None and (owner.name or owner.role) \
            and not owner.pronoun:
        # "le site Info-pannes d'Hydro-Québec", "le compte Facebook de la mairie": the owner publishes
        return Mention(segment, name=owner.name, role=owner.role, organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (site := SITE_OF_OWNER_EN.fullmatch(segment.strip())) \
            and (owner := parse_mention(site.group("owner"), lex)) is not None and owner.name and owner.organisation:
        return Mention(segment, name=owner.name, organisation=True)  # "Thurrock Council’s planning portal": the council publishes
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (account := ACCOUNT_OF_BODY_EN.fullmatch(segment.strip())) \
            and fold(account.group("owner")) in lex.organisations:
        return Mention(segment, role=account.group("owner"), organisation=True)  # "the league's official Twitter account": the league
    if lex.adjectival_names and ENGLISH_BODY_DESCRIPTION.fullmatch(segment) is not None:
        # "a joint venture between X and Y", "a unit of X": what the body is, not who speaks
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and (colleagues := COLLEAGUES_OF_FR.fullmatch(segment)) is not None:
        return Mention(segment, name=colleagues.group("outlet"), organisation=True)  # "Nos confrères de Presse Océan"
    if not lex.adjectival_names and (FRENCH_INDEFINITE_DESCRIPTION.fullmatch(segment) is not None
                                     or FRENCH_DESCRIBED_THEN_RELATIVE.fullmatch(segment) is not None):
        # "un distributeur agréé de la zone de Hassi Bounif": someone the article does not name,
        # whatever the noun (the place or body in the complement is not who speaks); "un soudeur intérimaire
        # qui habite Saint-Brevin": the whole description, nor the place in its relative clause
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and ", " in segment and (owned := OWNED_ROLE_THEN_BODY_FR.fullmatch(segment.strip())) is not None \
            and (body := parse_mention(owned.group("body"), lex)) is not None and body.organisation and not body.pronoun:
        # "sa société d'exploitation, la régie des Neiges catalanes": the body in apposition to its owner's role
        return Mention(segment, name=body.name, role=body.role, organisation=True)
    return mention_from_names(segment, lex)
