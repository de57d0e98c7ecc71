"""English: the words that open a subject before the speaker's name, and subjects that name a
group or an office rather than a person ("Artisanal fishermen in Chimbote", "the La Paz mayor's
office", "Commuters who spoke to the Courier")."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import Lexicon, fold

# (A list, not "-ly": "Kelly, the spokeswoman, said" opens on a name.)
SENTENCE_ADVERBS = (
    r"(?:Separately|Meanwhile|However|Elsewhere|Earlier|Later|Additionally|Similarly|Likewise|Nevertheless|"
    r"Nonetheless|Moreover|Furthermore|Besides|Overall|Instead|Still|Also|Previously|Subsequently|Consequently|"
    r"Accordingly|Initially|Finally|Eventually|Ultimately|Notably|Officially|Publicly|Privately|Recently|Currently|"
    r"Yesterday|Today|Now|Then)")
_SENTENCE_ADVERB = re.compile(SENTENCE_ADVERBS + r",\s+(?=\S)")
# When, before the subject, with or without a comma ("Hours later the Frente Regional del Sur said").
_TIME_LATER_OPENING = re.compile(r"\s*(?:Hours|Days|Minutes|Weeks|Months|Years|Moments|Shortly|Soon)\s+(?:later|afterwards|after|earlier)\s*,?\s+(?=\S)")
# A plural common noun opening a sentence, then a clause that defines the group ("Commuters who spoke
# to the Courier", "Parents interviewed by the Herald"); a name never takes a clause without a comma.
_GROUP_WITH_DEFINING_CLAUSE = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:men|ers|ors|ents|ants|ists|ians|ees|les|ies|ves|nts)|People|Families|Parents|Children|Locals"
    r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+\s+(?:groups|organi[sz]ations|associations|[a-z]+(?:men|ers|ors|ents|ants|ists|ians|ees)))"  # "Neighborhood groups that"
    r"\s+(?:who|that|interviewed|quoted|contacted|surveyed|polled|questioned|approached)\s+[^,]{3,80}")
# A counted group, then the clause that defines it ("Several tour operators who attended the launch",
# "Two patrol officers who spoke to the Journal on condition of anonymity").
_COUNTED_GROUP_WITH_DEFINING_CLAUSE = re.compile(
    r"(?:Several|Some|Many|Most|A\s+few|Two|Three|Four|Five|Six|Dozens\s+of|Hundreds\s+of)\s+(?:[a-z-]+\s+){0,2}[a-z]+s"
    r"\s+who\s+[^,]{3,100}")
# A counted group and where it was ("Several voters at the Belkuchi Pilot High School centre").
_COUNTED_GROUP_SOMEWHERE = re.compile(
    r"(?:Several|Some|Many|Most|Other|A\s+few|Two|Three|Four|Five|Dozens\s+of|Hundreds\s+of)\s+(?:[a-z-]+\s+)?[a-z]+s"
    r"\s+(?:at|in|from|near|outside|inside|on)\s+.{3,80}")
# ("Buyers in the 312-unit Crest Residences": a number may qualify the place; "Investigators with the state
# Department of Natural Resources": a level the body)
_GROUP_SOMEWHERE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{3,}s\s+(?:in|at|from|near|across|around|with)\s+(?:the\s+)?(?:\d[\w-]*\s+)?"
                              r"(?:(?:state|federal|provincial|county|city)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;]{1,60}")
GROUP_NOUNS = frozenset(("parents", "residents", "farmers", "villagers", "locals", "families", "voters", "commuters",
                          "passengers", "shopkeepers", "traders", "fishermen", "workers", "students", "pupils",
                          "buyers", "homebuyers", "homeowners", "tenants", "renters", "owners", "investors", "landlords",
                          "shareholders", "patients", "employees", "drivers", "miners", "vendors", "consumers", "fans",
                          "supporters", "users", "citizens", "occupants", "sellers", "nurses", "sources", "businesses"))
# A place, an office-holder and what belongs to the office ("the La Paz mayor's office").
_PLACE_OFFICE_HOLDER = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){1,3}(?:[a-z]+\s+)?(?P<holder>[A-Za-z]+)['’]s\s+"
    r"(?:office|department|team|staff|campaign|spokes(?:wo)?man|spokesperson)")
# A conjunction opening the sentence ("But fishers at X said") is no part of the subject.
_OPENING_CONJUNCTION = re.compile(r"(?:[Bb]ut|[Aa]nd|[Yy]et|Still)\s+(?=\S)")
# A capitalised adjective opening the sentence, then a plural group noun ("Artisanal
# fishermen in Chimbote", "Angry residents", "Migrant worker advocates"): a group, not a person named "Artisanal".
_ADJECTIVE_BEFORE_GROUP = re.compile(  # ("Twenty-two riders from four clubs", "Anti-mining campaigners")
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:-[a-z]+)?\s+(?:[a-z]+\s+)?[a-z]+(?:men|ers|ors|ents|ants|ists|ians|ees|ies|nts|ices|ews|ials|eams|oups|ades|ates)(?:\s+(?:in|at|of|from|on)\s+.+)?")


# "As one docker put it", "as a resident said", "One trader put it bluntly": the speaker inside a
# comment clause, without "as" and its verb.
_AS_SPEAKER_PUT_IT = re.compile(
    r"(?:[Aa]s\s+(?P<np>\S.*?)\s+(?:put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|observed|remarked|explained)"
    r"|(?P<np2>\S.*?)\s+puts?\s+it)(?:\s+[a-z]+ly|\s+this\s+way|\s+simply)?"
    # (the verb read apart: "As one docker" before "put it, …")
    r"|[Aa]s\s+(?P<np3>(?:one|an?|another)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)")


def speaker_of_comment_clause(segment: str) -> str | None:
    """The speaker's noun phrase when SEGMENT is a comment clause ("As one docker put it" → "one
    docker"), else None."""
    found = _AS_SPEAKER_PUT_IT.fullmatch(segment)
    return (found.group("np") or found.group("np2") or found.group("np3")) if found is not None else None


# Adverbs between a subject and its verb: "Trump later softened", "Berg then said".
_ADVERBS_CLOSING = re.compile(r"(?:\s+(?:also|later|then|first|again|now|still|subsequently|previously|earlier|initially|finally))+$")


def without_adverbs(segment: str) -> str:
    """SEGMENT without a sentence adverb and its comma ("Separately, the police"), an opening
    conjunction ("But fishers at …") or the adverbs closing it ("Trump later")."""
    if (adverb := _SENTENCE_ADVERB.match(segment) or _TIME_LATER_OPENING.match(segment)) is not None and segment[adverb.end():].strip():
        segment = segment[adverb.end():]
    if (conjunction := _OPENING_CONJUNCTION.match(segment)) is not None:
        segment = segment[conjunction.end():]
    return _ADVERBS_CLOSING.sub("", segment) or segment


def names_a_group_or_office(segment: str, lex: Lexicon) -> bool:
    """A group no name designates, named by what the words say of it, or an office named by its place."""
    if (office := _PLACE_OFFICE_HOLDER.fullmatch(segment)) is not None \
            and (office.group("holder").islower() or fold(office.group("holder")) in lex.roles):
        return True  # "the La Paz mayor's office", "The Louisiana Attorney General's office"
    if _GROUP_WITH_DEFINING_CLAUSE.fullmatch(segment) \
            or _COUNTED_GROUP_SOMEWHERE.fullmatch(segment) or _COUNTED_GROUP_WITH_DEFINING_CLAUSE.fullmatch(segment):
        return True
    first = segment.split()[0] if segment.split() else ""
    if _GROUP_SOMEWHERE.fullmatch(segment) and (fold(first[:-1]) in lex.roles or fold(first) in GROUP_NOUNS):
        return True  # "Parents in Khövsgöl", "Officials in Beijing": a group and its place
    return _ADJECTIVE_BEFORE_GROUP.fullmatch(segment) is not None and first not in lex.function_words \
        and fold(first) not in lex.roles


# "Adek figures", "Immigration Department data", "Council papers": the figures of a named body speak as that body.
_NAMED_BODY_FIGURES = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){0,6})\s+(?:figures|data|statistics|papers|documents|records)")


def figures_owner(segment: str) -> str | None:
    """The named body whose figures SEGMENT is ("Adek figures" → "Adek"), else None."""
    found = _NAMED_BODY_FIGURES.fullmatch(segment.strip())
    return found.group("owner") if found is not None else None
