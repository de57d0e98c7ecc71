"""English: a speaker's name cut down from the fuller one the article gives the same entity.

- The words written before a title's office belong to it ("the federal Environment Minister's
  office", not "Minister's office"), so does a country owning a name made only of the words of
  institutions every state has ("Ukraine's Air Force", "Russia's Defense Ministry"; not "Portugal's
  IPMA"); the same name used bare later stands for that fuller one.
- A definite common noun inside a role phrase ("a spokeswoman for the bank", "the airport's
  management") refers back to the one organisation named earlier with that noun as its head ("Bank
  of Munster", "… International Airport"); with two such names, nothing changes. An indefinite
  compound ("a police spokesman") names no particular body and stays. So does a body's capitalised
  head after a group ("Sources in the Board" → "sources in the … Sewerage Board").
- A description is the fuller one an earlier speaker was given ("Residents of the six societies" →
  "residents of six housing societies").
- Bare plural members speak for the one office named after them before ("prosecutors said" →
  "Federal Public Prosecutor's Office").
- A bench of named judges speaks for the court named before ("A bench of justice X and justice Y
  observed" → "Punjab and Haryana high court").
- A bare document noun ("the report") is the one document the article named more fully before
  ("a staff report").
- A document's possessive is no part of its authors' name ("its authors" → "authors").
Which body a bare noun ("the union", "the agency") stands for among those that speak before or
after it is read by `speaking_bodies_en`."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.lang.en import KNOWN_ACRONYMS, ORGANISATION_WORDS, SPELLING_VARIANTS
from claims.extract.state_names_en import one_named_as, one_state_named
from claims.extract.speaking_bodies_en import (
    DEFINITE_ARTICLE, GENERIC_BODY_NOUNS, LEADING_ARTICLE, MODIFIED_DESCRIPTION, VAGUE_MODIFIERS, body_named_next,
    body_sharing_a_modifier, body_that_spoke, only_body_before, previous_body, scopes_clash, to_pronouns_after,
)
from claims.extract.types import SpeakerRef
from claims.extract.bodies_by_kind_en import HOLDERS_OFFICE
from claims.extract.bodies_named_by_noun_en import (
    body_by_other_name, described_before, named_in_apposition, noun_of_name_before, office_of_plural, one_named,
    one_public_body_named, one_union_named, previous_body_described, unit_of_body_named,
)
from claims.extract.fuller_forms_en import (
    author_of_document_before, body_opening_with, body_with_initials, capitalised_office, completed_with_place,
    court_named_before, employer_in_sentence, fuller_description, fuller_of_short_name, fuller_with_owner, headline_body,
    one_county, one_name_closing_on, one_person_named_with, one_union_local, owned_office_before, with_corporate_designator,
)


# Role phrases that keep an organisation as a common noun.
_ROLE_FOR_SHORT_NAME = re.compile(
    r"(?P<role>(?:[a-z-]+\s+){0,2}(?:spokes(?:wo)?man|spokesperson|representative|lawyer|attorney)s?)"
    r"\s+(?P<prep>for|of)\s+(?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,3})")
_ROLE_FOR_NOUN = re.compile(
    r"(?P<role>(?:[a-z-]+\s+){0,2}(?:spokes(?:wo)?man|spokesperson|official|representative|officer|source|sources|"
    r"executive|director|adviser|advisor|member|members|staff|employee|employees|worker|workers))"
    r"\s+(?P<prep>for|of|at|from|with|in)\s+the\s+(?:[A-Z][a-z]+\s+)?(?P<noun>[a-z]+)")  # ("for the Crown corporation")
# "ministry spokesman", "agency official": a body's common noun, then a role in it.
_NOUN_THEN_ROLE = re.compile(
    r"(?P<noun>ministry|department|agency|authority|council|board|commission|office|company|firm|union|university|hospital"
    r"|directorate|secretariat|bureau|institute)"
    r"\s+(?P<role>spokes(?:wo)?man|spokesperson|official|officials|source|sources)")
# An international body's unit the lede describes ("the UN mission in the country"), named in full next ("The United
# Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) said").
_INTERNATIONAL_UNIT = re.compile(r"(?P<owner>United Nations|European Union|African Union|UN|EU|AU) (?P<noun>mission|agency|office|force)"
                                 r"(?: in (?:the country|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+))?")
_INTERNATIONAL_OWNERS = {"UN": "United Nations", "EU": "European Union", "AU": "African Union"}
# "directorate projections", "council figures": a body's figures, the body speaking.
_BODY_FIGURES = re.compile(r"(?P<noun>[a-z]+)\s+(?:figures|data|statistics|projections|estimates|forecasts)")
# A unit of a named body: "Australian Education Union's ACT branch", "Korean Metal Workers' Union Hanbit branch".
_UNIT_OF_BODY = re.compile(r"(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+?)(?:['’]s?)?\s+(?P<unit>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+(?:branch|chapter|section|wing))")
_OWNED_ROLE = re.compile(r"(?:the\s+)?(?P<noun>[a-z]+)['’]s\s+(?P<role>management|spokes(?:wo)?man|spokesperson|board|staff|officials?)")
# "its authors" (a study's): the group the article calls "the authors"; an owner that is a group
# of people stays ("their union": the workers').
# "Sources in the Board": a group inside a body called by the capitalised head of its name.
_GROUP_INSIDE_BODY = re.compile(
    r"(?P<group>[Ss]ources|[Oo]fficials|[Ss]taff|[Ee]mployees|[Ww]orkers|[Ee]ngineers|[Ii]nsiders)\s+"
    r"(?P<prep>in|at|of|from|within)\s+the\s+(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)")
# What a court hands down, speaking for it ("The ruling, dated November 29, found").
_RULINGS = frozenset(("ruling", "judgment", "judgement", "verdict"))
# A court speaks through its bench: "A bench of justice X and justice Y observed", "A division bench
# headed by Chief Justice X said".
_BENCH_BEFORE = re.compile(
    r"\b(?:A|The|a|the)\s+(?:[\w-]+\s+){0,2}(?:bench|panel\s+of\s+judges)\s+(?:of|headed\s+by|led\s+by|comprising)\s+[^.;]*$")
# A court's judges as a speaker ("The bench observed", "A three-judge bench ruled", "the three-judge panel found").
_JUDGES = re.compile(r"(?:(?:[\w-]+-judge|full|constitutional|appeal|appeals|two|three|five|seven|nine)\s+)?"
                     r"(?:bench|panel|judges|justices|(?<=judge )chamber)")
# "The panel of three judges found" after the court's ruling (not "a panel of three justices said": a panel introduced).
_PANEL_OF_JUDGES = re.compile(r"panel\s+of\s+(?:two|three|five|seven|nine)\s+(?:judges|justices)")
# A panel no name was found for, in an article about a court ("the three-member panel found"): the court's.
_COUNTED_PANEL = re.compile(r"[\w-]+-member\s+panel")
# How many sit on a body, before its noun ("the three-member tribunal"): no other body than the one its noun stands for.
_COUNTED_MEMBERS = re.compile(r"^\w+-(?:member|judge)\s+")
_POSSESSIVE_DETERMINER = re.compile(r"^its\s+(?=(?:authors|co-authors|researchers|scientists|editors)$)")
# The mark of a possessive ("the airport's").
_POSSESSIVE_MARK = re.compile(r"['’]")
# A body described by its owner and field, not named: "Government's product safety regulator",
# "emirate's education regulator".
_OWNED_DESCRIPTION = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z-]+['’]s\s+(?P<modifiers>(?:[a-z-]+\s+){0,2})(?P<noun>[a-z]+)")
_DOCUMENT_NOUNS = frozenset(("report", "study", "survey", "review", "audit", "analysis", "assessment", "document",
                             "letter", "statement", "filing", "memo", "plan", "papers"))
_STUDY_NOUNS = "(?:report|study|survey|review|audit|analysis|assessment|evaluation)"
_THEIR_OR_THE = re.compile(r"\s*(?:[Tt]he|[Tt]heir)\s+union\s*$")


# "The union representing the province's paramedics", "the union that represents 38 nurses".
_BODY_WITH_MODIFIER = re.compile(
    r"[Tt]he\s+(?P<description>(?P<noun>[a-z]+)\s+(?:representing|that\s+represents|which\s+represents)\s+\S.*)")



_COUNTY_UNIT = re.compile(r"county(?:['’]s)? (?P<unit>(?:planning|zoning|appraiser['’]s|assessor['’]s|clerk['’]s|treasurer['’]s"
                         r"|engineer['’]s)\b.*)")


_ACRONYM_THEN_SPOKESPERSON = re.compile(r"(?P<short>[A-Z][A-Za-z]{1,5}) (?P<role>spokesperson|spokesman|spokeswoman)")


# A public body's papers, which speak for it ("according to board documents").
# ("council traffic counts", "county budget documents", "a fire service review": what they counted or reviewed between)
_BODY_PAPERS = re.compile(r"(?:fire\s+|health\s+|ambulance\s+)?(?P<noun>board|council|commission|committee|agency|ministry|department|authority|county|district"
                          r"|trust|service)\s+(?:[a-z-]+\s+){0,2}(?:documents|records|figures|filings|papers|minutes|counts"
                          r"|data|statistics|report|review|memo|estimates|projections)")
# A budget, its papers or its report: the one council that sets it ("the budget papers", "The draft budget").
_BUDGET_PAPERS = re.compile(r"(?:(?:draft|proposed|annual)\s+)?budget(?:\s+(?:papers|report|documents|proposals|book))?")


# A state's body named by "the state" and its capitalised name ("according to the state Department of Human Services").
_STATE_S_BODY = re.compile(r"(?P<unit>state|province)(?:['’]s\s+(?P<body>(?:[a-z-]+\s+){0,3}(?:agency|department|office|authority|service"
                           r"|ministry|board|commission|police))|\s+(?P<government>government))")
# ("the county's Department of Public Health": the one county the article names; a state's department keeps its name)
_STATE_BODY = re.compile(r"\b[Tt]he\s+(?:state|(?P<unit>county)['’]s)\s+"
                         r"(?P<body>(?:Department|Ministry|Board|Agency|Office|Commission|Division|Bureau|Auditor|Attorney)\b)")
# An acronym alone, or its figures ("DOTD traffic counts").
_ACRONYM_OR_ITS_FIGURES = re.compile(r"(?P<short>[A-Z]{3,6}|[A-Z][a-z][A-Z]{1,2}|"  # ("DoI": its link in lower case)
                                     + "|".join(k for k in KNOWN_ACRONYMS if not k.isupper()) + r")(?:(?:\s+[a-z]+){0,2}\s+(?:data|figures|counts|statistics|records|documents))?")
# A body's people by a possessive ("its governors") and the body the sentence opens on, by its name ("Tamar Valley
# College, a further education college …, will close").
_ITS_PEOPLE = re.compile(r"its\s+(?P<people>governors|trustees|directors|owners|organi[sz]ers|managers)")
_NAME_OPENING_SENTENCE = re.compile(r"\s*(?:(?P<the>The)\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*)+)"
                                    r"(?=\s*[,(]|\s+(?:has|have|had|will|is|was|says|said)\b)")
_SURNAMES_OFFICE = re.compile(r"(?P<surname>[A-ZÀ-ÖØ-Þ][\w'’-]+)['’]s office")
# What a sentence opens on, which "its organisers" organise ("A petition started by parents has gathered …", "The Marches
# Larder Festival, which …, will be held …").
_ORGANISED_THING = re.compile(r"\s*(?:An?\s+(?P<thing>[a-z-]+(?:\s+(?!(?:started|launched|set|signed|calling|opposing|urging|demanding"
                              r"|asking|against|by|for|to|which|that|on|in|at|with)\b)[a-z-]+)?)\b(?!['’])"
                              r"|The\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)\b)")


def _mention_start(text: str, mention: str | None, draft) -> int:
    """Where the speaker's MENTION opens, else the claim's start: a description before it is another body's."""
    at = text.rfind(mention, 0, draft.position + len(mention)) if mention else -1
    return min(draft.start, at) if at >= 0 else draft.start


def _modifiers_with_owner(name: str, described: re.Match) -> set[str]:
    """The words of an owned description before its noun, with its owner when a common noun ("the airport's
    operator": {"airport's"}; "the Government's product safety regulator": {"product", "safety"})."""
    owner = _POSSESSIVE_MARK.split(name, maxsplit=1)[0]
    return set(described.group("modifiers").split()) | ({f"{owner}'s"} if owner.islower() else set())


def fuller_names(text: str, drafts, resolved: list[SpeakerRef | None]) -> None:
    fuller_of: dict[str, set[str]] = {}
    headline_noun: dict[str, str] = {}
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None:
            continue
        name = speaker.name
        if (speaker.mention or "").strip().lower() in ("his employer", "her employer", "their employer") \
                and (employer := employer_in_sentence(text, draft.sentence[0], draft.sentence[1])) is not None:
            resolved[i] = SpeakerRef(employer, speaker.mention, speaker.role, "organisation")  # "according to his employer"
            continue
        if (described := MODIFIED_DESCRIPTION.fullmatch(LEADING_ARTICLE.sub("", (speaker.mention or "").strip()))) is not None \
                and DEFINITE_ARTICLE.match(speaker.mention or "") and (named := previous_body_described(described, drafts, resolved, i, text)):
            resolved[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")
            continue
        if (_BENCH_BEFORE.search(text, draft.sentence[0], draft.position + 1) is not None
                or (_JUDGES.fullmatch(name) or _JUDGES.fullmatch(LEADING_ARTICLE.sub("", (speaker.mention or "").strip()))
                    or _COUNTED_PANEL.fullmatch(name) or name in _RULINGS
                    or DEFINITE_ARTICLE.match(speaker.mention or "") and _PANEL_OF_JUDGES.fullmatch(name))
                and LEADING_ARTICLE.match((speaker.mention or "").strip())) \
                and (court := court_named_before(text, draft.sentence[0])) is not None:
            # "A bench of justice X and justice Y observed", "The bench observed", "The ruling found": the court named before
            resolved[i] = SpeakerRef(court, speaker.mention, speaker.role, "organisation")
            continue
        if (state_body := _STATE_BODY.search(speaker.mention or "")) is not None and name.startswith(state_body.group("body")) \
                and (state := one_county(text) if state_body.group("unit") else one_state_named(text)) is not None:
            resolved[i] = SpeakerRef(f"{state} {name}", speaker.mention, speaker.role, "organisation")  # "the state Department of …"
            fuller_of.setdefault(name, set()).add(f"{state} {name}")  # (and "the department" after it)
            continue
        if (owned := _STATE_S_BODY.fullmatch(name)) is not None and (state := one_named_as(text, owned.group("unit"))) is not None:
            resolved[i] = SpeakerRef(f"{state} {owned.group('body') or owned.group('government')}", speaker.mention, speaker.role,
                                     "organisation")
            continue  # "the state's civil defence agency", "the state government": the one state the article names as such
        if (acronym := _ACRONYM_OR_ITS_FIGURES.fullmatch(name)) is not None and f"({acronym.group('short')})" not in text \
                and (body := body_with_initials(text, acronym.group("short")) or KNOWN_ACRONYMS.get(acronym.group("short"))) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "DOTD said", "DOTD traffic counts"
            continue
        if (speaker.mention or "").lower() in ("its organisers", "its organizers") and draft.sentence is not None \
                and (organised := _ORGANISED_THING.match(text, draft.sentence[0])) is not None:
            thing = organised.group("thing") or organised.group("name")
            resolved[i] = SpeakerRef(f"{speaker.mention.split()[1]} of the {thing}", speaker.mention, speaker.role, "organisation")
            continue  # "A petition started by parents has gathered …, according to its organisers": the petition's
        if (owned := _ITS_PEOPLE.fullmatch((speaker.mention or "").lower())) is not None and draft.sentence is not None \
                and speaker.name.lower() in (owned.group(), owned.group("people")) \
                and (opening := _NAME_OPENING_SENTENCE.match(text, draft.sentence[0])) is not None:
            the = "the " if opening.group("the") else ""
            resolved[i] = SpeakerRef(f"{owned.group('people')} of {the}{opening.group('name')}", speaker.mention, speaker.role,
                                     "organisation")
            # "Tamar Valley College, a further education college …, will close …, its governors confirmed" (unless named:
            # "its owners" of "Ruth and Dennis Kowalczyk")
            continue
        if (office := _SURNAMES_OFFICE.fullmatch(name)) is not None and (holder := one_person_named_with(text, office.group("surname"))):
            resolved[i] = SpeakerRef(f"office of {holder}", speaker.mention, speaker.role, "organisation")  # "Pitre's office"
            continue
        if (office := capitalised_office(speaker)) is not None:
            resolved[i] = SpeakerRef(office, speaker.mention, speaker.role, speaker.kind)  # "the Louisiana Legislative Auditor"
            continue
        if (owned := unit_of_body_named(text, speaker, max(draft.start, draft.position))) is not None:
            fuller_of.setdefault(name, set()).add(owned)  # (and "the committee" after it)
            resolved[i] = SpeakerRef(owned, speaker.mention, speaker.role, "organisation")
            continue
        if (owned := fuller_with_owner(speaker)) is not None:
            fuller_of.setdefault(name, set()).add(owned)
            resolved[i] = SpeakerRef(owned, speaker.mention, speaker.role, speaker.kind)
            continue
        if name in ("team", "club") and name == speaker.role and i > 0 and drafts[i - 1].paragraph == draft.paragraph \
                and resolved[i - 1] is not None and resolved[i - 1].kind == "organisation":
            resolved[i] = SpeakerRef(resolved[i - 1].name, speaker.mention, speaker.role, "organisation")  # "…, the Voyageurs said. The team …"
            continue
        if len(fuller_of.get(name, ())) == 1:  # (not with two countries' "Defense Ministry" named)
            resolved[i] = SpeakerRef(next(iter(fuller_of[name])), speaker.mention, speaker.role, speaker.kind)
            continue
        if (spoken := body_that_spoke(speaker, resolved[:i])) is not None:
            resolved[i] = SpeakerRef(spoken, speaker.mention, speaker.role, "organisation")
            continue
        if (county := _COUNTY_UNIT.fullmatch(name)) is not None and (named := one_county(text)) is not None:
            # "the county's planning staff", "the county appraiser's office": the one county the article names
            resolved[i] = SpeakerRef(f"{named} {county.group('unit')}", speaker.mention, speaker.role, speaker.kind)
            continue
        if (owner := _POSSESSIVE_DETERMINER.match(name)) is not None:
            resolved[i] = SpeakerRef(name[owner.end():], speaker.mention, speaker.role, speaker.kind)
            continue
        if (papers := _BODY_PAPERS.fullmatch(name)) is not None and (body := one_named(text, papers.group("noun"), draft.start)
                                                                      or one_named(text, papers.group("noun"), len(text))) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "According to board documents"
            continue
        if _BUDGET_PAPERS.fullmatch(name) and (body := one_named(text, "council", draft.start)) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "According to the budget papers"
            continue
        if (owned := _OWNED_ROLE.fullmatch(name)) is not None and owned.group("role") == "management" \
                and (body := one_named(text, owned.group("noun"), max(draft.start, draft.position)) or (
                    owned.group("noun") in GENERIC_BODY_NOUNS and previous_body(owned.group("noun"), drafts, resolved, i, text))):
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "the airport's management": the airport
            continue
        if _ROLE_FOR_NOUN.fullmatch(name) or _NOUN_THEN_ROLE.fullmatch(name) or owned is not None \
                or _ROLE_FOR_SHORT_NAME.fullmatch(name) or _ACRONYM_THEN_SPOKESPERSON.fullmatch(name) \
                or ((inside := _GROUP_INSIDE_BODY.fullmatch(LEADING_ARTICLE.sub("", (speaker.mention or "").strip()))) is not None
                    and name.casefold() in (inside.group("group").casefold(), inside.group().casefold())):
            # "A spokesperson for the trust", "a council spokesperson", "the group's spokesperson": an unnamed
            # person keeps the role as the article writes it, as the real annotations do ("Woolworths
            # spokesperson", "la porte-parole de la fédération" where the article names the federation)
            continue
        if name == "office" and DEFINITE_ARTICLE.match(speaker.mention or "") \
                and (owned := owned_office_before(text, draft.start)) is not None:
            resolved[i] = SpeakerRef(owned, speaker.mention, speaker.role, "organisation")  # "the office" of "the X's office"
            continue
        if " " not in name and name[:1].isupper() and not name.isupper() and (speaker.mention or "").strip() in (f"the {name}", f"The {name}") \
                and (whole := one_name_closing_on(text, name)) is not None:
            resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, speaker.kind)  # "the Ledger": "the Allen County Ledger"
            continue
        replaced = None
        if speaker.role == name and (office := office_of_plural(text, name, draft.start)) is not None:
            resolved[i] = SpeakerRef(office, speaker.mention, speaker.role, "organisation")
            continue
        elif speaker.role == name and (fuller := fuller_description(name, resolved[:i])) is not None:
            replaced = fuller
        elif draft.paragraph <= 1 and name.lower() in GENERIC_BODY_NOUNS and (speaker.mention or "").strip() == name:
            # "Sentinel Cement warns of …" / "Group says cheap clinker is …": the standfirst's body noun,
            # its article dropped, is the body the headline opens on (and so are the later claims given to it)
            if (body := headline_body(text)) is not None:
                headline_noun[name] = body
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
            continue
        elif name in headline_noun:
            resolved[i] = SpeakerRef(headline_noun[name], speaker.mention, speaker.role, "organisation")
            continue
        elif name in GENERIC_BODY_NOUNS and (modified := _BODY_WITH_MODIFIER.fullmatch((speaker.mention or "").strip())) is not None \
                and modified.group("noun") == name:
            # "The union representing the province's paramedics said": the body whose name has that head,
            # else the description, which is all the article says of it (no other body that spoke)
            replaced = one_named(text, name, draft.start) or named_in_apposition(text, name, draft.start) \
                or (name == "union" and (one_union_local(text) or one_union_named(text))) or modified.group("description")
            resolved[i] = SpeakerRef(replaced, speaker.mention, speaker.role, "organisation")
            continue
        elif name.endswith("union") and _THEIR_OR_THE.match(speaker.mention or "") \
                and (local := one_union_local(text) or one_union_named(text)) is not None:
            # "their union says": CUPE Local 8475; "their union announced" … "president of the River Valley Faculty Association"
            resolved[i] = SpeakerRef(local, speaker.mention, speaker.role, "organisation")
            continue
        elif (noun := _COUNTED_MEMBERS.sub("", name)) in GENERIC_BODY_NOUNS and DEFINITE_ARTICLE.match(speaker.mention or ""):
            # ("the three-member tribunal": its size, no other tribunal than the one the article named)
            replaced = one_named(text, noun, draft.start) or (
                noun in SPELLING_VARIANTS and one_named(text, SPELLING_VARIANTS[noun], draft.start)) \
                or named_in_apposition(text, noun, draft.start) or noun_of_name_before(text, noun, draft.start) or described_before(
                text, noun, _mention_start(text, speaker.mention, draft)) or previous_body(noun, drafts, resolved, i, text) or (
                one_public_body_named(text, draft.start) if noun == "agency" else None) or only_body_before(noun, resolved, i, text) \
                or body_sharing_a_modifier(drafts, resolved, i, {noun})
            if replaced is not None:
                resolved[i] = SpeakerRef(replaced, speaker.mention, speaker.role, "organisation")
                to_pronouns_after(drafts, resolved, i, name)  # ("The union said … It said …")
                continue
        elif (described := _OWNED_DESCRIPTION.fullmatch(name)) is not None and described.group("noun") in GENERIC_BODY_NOUNS \
                and DEFINITE_ARTICLE.match(speaker.mention or "") and HOLDERS_OFFICE.fullmatch(name) is None \
                and (named := body_named_next(drafts, resolved, i, described.group("noun"), _modifiers_with_owner(name, described),
                                              text)) is not None:
            # "…, the Government's product safety regulator said. / The Office for Product Safety and
            # Standards said …": the body the next paragraph names
            resolved[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")
            continue
        elif (unit := _INTERNATIONAL_UNIT.fullmatch(name)) is not None and DEFINITE_ARTICLE.match(speaker.mention or "") \
                and (named := body_named_next(drafts, resolved, i, unit.group("noun"), {unit.group("noun")}, text)) is not None \
                and named.startswith(_INTERNATIONAL_OWNERS.get(unit.group("owner"), unit.group("owner")) + " "):
            # "…, the UN mission in the country said. / The United Nations … Mission in Mali (MINUSMA) said": its full name
            resolved[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")
            continue
        elif (described := MODIFIED_DESCRIPTION.fullmatch(name)) is not None and described.group("noun") in GENERIC_BODY_NOUNS \
                and DEFINITE_ARTICLE.match(speaker.mention or "") \
                and (named := body_sharing_a_modifier(drafts, resolved, i, set(described.group("modifiers").split()) - VAGUE_MODIFIERS,
                                                      described.group("noun"))) \
                and not scopes_clash(name, named):
            # "…, the state fire service said. / The Sarawak Fire and Rescue Department said …": the body
            # that speaks next under a name holding the description's own word
            resolved[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")
            continue
        elif (figures := _BODY_FIGURES.fullmatch(name)) is not None and (body := one_named(text, figures.group("noun"), draft.start)
                                                                          or body_by_other_name(text, figures.group("noun"))):
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "directorate projections"
            continue
        elif (branch := _UNIT_OF_BODY.fullmatch(name)) is not None:
            # "Australian Education Union's ACT branch", "Korean Metal Workers' Union Hanbit branch"
            body = re.sub(r"['’]s$", "", branch.group("body"))
            replaced = f"{branch.group('unit')} of the {body}"
        elif name.lower() in _DOCUMENT_NOUNS:
            earlier = {s.name for s in resolved[:i] if s is not None and s.name.endswith(" " + name) and s.name.islower()}
            # ("The report found" after "an independent evaluation by Northlight Research": its one author, by another
            # noun; a standfirst's "Report says", before it)
            replaced = earlier.pop() if len(earlier) == 1 else author_of_document_before(text, name.lower(), drafts, resolved, i) \
                or author_of_document_before(text, _STUDY_NOUNS, drafts, resolved, i if draft.paragraph > 1 else len(drafts))
        elif speaker.kind == "organisation" and (completed := completed_with_place(text, name)) is not None:
            replaced = completed  # "the Tea Board said" after "the Tea Board of Kenya"
        elif _UNION_LOCAL.fullmatch(name) and len(whole := {m.group() for m in re.finditer(
                rf"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)* {re.escape(name)}(?![\w-])", text)
                if m.group()[:-len(name) - 1].split()[-1] in ORGANISATION_WORDS}) == 1:
            resolved[i] = SpeakerRef(whole.pop(), speaker.mention, speaker.role, "organisation")  # "Local 220" of "… Union Local 220"
            continue
        elif name[:1].isupper() and (designated := with_corporate_designator(text, name)) is not None:
            replaced = designated
        elif name[:1].isupper() and " " in name and len(name.split()) <= 3 and not is_first_name(name.split()[0]) \
                and _ORGANISATION_WORDS_LOWER.isdisjoint(name.lower().split()) and name.split()[-1] not in _PLACE_KINDS \
                and (fuller := fuller_of_short_name(text, name)) is not None:
            # "Red Fork" of "Red Fork Electric Cooperative" (not "… University" of "… University Staff Union")
            resolved[i] = SpeakerRef(fuller, speaker.mention, speaker.role, "organisation")
            continue
        elif speaker.kind == "person" and " " in name and (body := body_opening_with(name, resolved)) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
            continue
        if replaced is not None:
            resolved[i] = SpeakerRef(replaced, speaker.mention, speaker.role, speaker.kind)


# A union's local by its number alone ("Local 220").
_UNION_LOCAL = re.compile(r"Local \d{1,5}[A-Z]?")
_PLACE_KINDS = frozenset(("City", "County", "Town", "Township", "Village", "Borough", "Parish"))  # ("Cedar City": the city)
_ORGANISATION_WORDS_LOWER = frozenset(w.lower() for w in ORGANISATION_WORDS)
