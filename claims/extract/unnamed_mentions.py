"""Mentions that hold no name: a role, a group of people, a body or a document named by its common noun."""

from __future__ import annotations

import re

from claims.extract.group_phrases_en import group_noun, is_agent_noun, people_around_someone
from claims.extract.name_words import GROUP_COUNT_WORDS
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speaker_phrases import clean_phrase
from claims.extract.speakers import Mention
from claims.extract.state_names_en import country_demonym, names_a_country
from claims.extract.subject_openings_en import GROUP_NOUNS


# A group counted by a quantifier ("some residents", "plusieurs élus").
QUANTIFIERS = frozenset(("one", "some", "several", "many", "most", "two", "three", "four", "few", "un", "une",
                         "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "nombre"))
# French: a body by its noun, then its complement ("Le syndicat local des infirmières").
_BODY_OF_A_ROLE = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<head>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ-]+)?\s+(?:de|du|des|d['’])")
# English: someone unnamed, by an article or a count, then a complement.
_INDEFINITE_PERSON_WITH_COMPLEMENT = re.compile(
    # ("A worker who has been at the port for 22 years": a relative clause for complement)
    # ("A woman travelling to Vehari with her two children": a participle for complement)
    # ("Three women from a village near the Nepal border": a few counted)
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|(?i:" + GROUP_COUNT_WORDS + r"))\s+(?:[a-z\d][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:with|from|of|at|in|on|for|who|[a-z]{3,}ing)\s")
_GROUP_WITH_COMPLEMENT = re.compile(r"[A-Za-z]+\s+(?:at|in|of|from|on|near|across|who)\s", re.IGNORECASE)
# (or with a complement: "un étudiant en droit de l'université de Turin", "une vendeuse rencontrée à la gare de Vouvry")
_INDEFINITE_PERSON_WITH_RELATIVE_FR = re.compile(
    r"(?:[Uu]ne?|[Ll]['’]une?)\s+[a-zà-ÿ-]+\s+(?:qui\s|(?:en\s+[a-zà-ÿ-]+\s+)?(?:de|du|des|à|au|aux)\s|(?:en\s+[a-zà-ÿ-]+\s+)?d['’]"
    r"|(?:rencontré|interrogé|croisé|venu|installé|domicilié)e?s?\s)")
# A possessive ("The ILO's project office").
_POSSESSIVE_S = re.compile(r"\w['’]s\s")
# English: a body's unit, then the body named ("The provincial command of the Mozambique Republic Police").
_UNIT_OF_NAMED_BODY_EN = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}(?:command|office|headquarters|division|directorate|department|unit|bureau"
    # ("The health committee of the Nairobi City County Assembly")
    r"|secretariat|section|wing|branch|chapter|mission|delegation|committee|(?<=governing\s)body)\s+of\s+(?:the\s+)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*"
    r"(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*){0,6})(?:\s*\([A-Z]{2,8}\))?"
    # ("The governing body of Moorgate Sixth Form College in Rotherham": where the body is, no part of who speaks)
    r"(?P<place>\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,2})?)?\s*")
# English: the office of a role ("The office of the prime minister"): a body.
_OFFICE_OF_A_ROLE = re.compile(r"(?:[Tt]he\s+)?(?:office|cabinet|secretariat|press\s+office)\s+of\s+the\s+"
                               r"(?:[a-z][\w -]+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,3})")  # ("of the Labour Commissioner")
# English: an inquiry named by what it looks into ("An independent inquiry into the deaths of four patients at …").
_INQUIRY_INTO_EN = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<inquiry>(?:[a-z-]+\s+){0,2}(?:inquiry|investigation|inquest|probe))\s+into\s")
# English: the participle of a body's founding, then its founders ("a panel set up by the ministry").
_SET_UP_BY = re.compile(r"\s(?:set\s+up|appointed|established|created|formed|commissioned|convened)\s+by\s")
_POINTING_BACK = ("those", "these", "them", "it", "both", "they")
_APPOINTED_BODIES = ("panel", "inquiry", "task force", "taskforce", "tribunal")
# English: people by their trade at a place ("postal workers at the Jedburgh delivery office").
_GROUP_AT_A_PLACE_EN = re.compile(r"(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\s+(?:at|in|from)\s+the\s")
# English nouns of a body's people that take no plural "s" ("port staff said").
_COLLECTIVE_STAFF = frozenset(("staff", "personnel"))
# English: lower-case bodies a place's possessive owns ("Kingman's school district").
_PLACE_BODIES_EN = frozenset(("district", "council", "department", "board", "authority", "police", "government", "administration"))


def _long_organisation(segment: str, phrase: str, lex: Lexicon) -> Mention | None:
    """An institution with a long name after its article: "le ministère de l'Europe et des
    Affaires étrangères", "le Service départemental d'incendie et de secours"."""
    words = phrase.split()
    if not words or len(words) > 14 or fold(words[0]) not in lex.organisations and not (
            fold(words[0]) in ("service", "organisme", "etablissement") and len(words) >= 4):
        # ("le service départemental d'incendie et de secours de l'Aude", "l'organisme de défense et de gestion du X",
        # "l'établissement public territorial du bassin de la Dordogne")
        return None
    first = fold(segment.split()[0])
    if first.rstrip("'’") not in lex.bare_determiners and first[:2] != "l'":
        return None
    return Mention(segment, role=phrase, organisation=True)


def _someone_described_at_length(segment: str, phrase: str, lex: Lexicon) -> bool:
    """Whether SEGMENT (PHRASE cleaned) describes someone unnamed with a complement: "One driver with eight years
    on the job", "patients at several rural health posts in Chipata District", "Un docker qui travaille sur le
    port depuis vingt-deux ans"."""
    if not lex.adjectival_names:
        return _INDEFINITE_PERSON_WITH_RELATIVE_FR.match(segment) is not None and fold(segment.split()[1]) not in lex.organisations
    return _INDEFINITE_PERSON_WITH_COMPLEMENT.match(segment) is not None \
        or _GROUP_WITH_COMPLEMENT.match(phrase) is not None and fold(phrase.split()[0]) in GROUP_NOUNS


def _workers_at_a_place(phrase: str, lex: Lexicon) -> bool:
    """Whether PHRASE opens on people by their trade at a place ("postal workers at the Jedburgh delivery office")."""
    group = _GROUP_AT_A_PLACE_EN.match(phrase)
    return group is not None and (group_noun(group.group("noun"), lex) or is_agent_noun(group.group("noun")[:-1], lex))


def unnamed_mention(segment: str, role: str | None, lex: Lexicon) -> Mention | None:
    """The speaker SEGMENT names when it holds no name: ROLE, the role found in it, or a group, a body or a
    document by its common noun ("le syndicat local des infirmières", "An independent inquiry into …", "police")."""
    if role and not lex.adjectival_names and (body := _BODY_OF_A_ROLE.match(segment)) is not None \
            and fold(body.group("head")) in lex.organisations and fold(body.group("head")) not in lex.roles:
        # "Le syndicat local des infirmières": the body of the people its complement names
        return Mention(segment, role=clean_phrase(segment.split(",", 1)[0], lex), organisation=True)
    if role and lex.adjectival_names and _OFFICE_OF_A_ROLE.fullmatch(segment):
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "The office of the prime minister": a body
    if role:
        return Mention(segment, role=role)
    phrase = clean_phrase(segment, lex)
    if phrase and 6 < len(phrase.split()) <= 14 and _someone_described_at_length(segment, phrase, lex):
        return Mention(segment, role=phrase)
    if lex.adjectival_names and phrase and len(phrase.split()) > 6 and (inquiry := _INQUIRY_INTO_EN.match(segment)) is not None:
        return Mention(segment, role=inquiry.group("inquiry"), organisation=True)  # what it looks into is no part of who speaks
    if lex.adjectival_names and phrase and (unit := _UNIT_OF_NAMED_BODY_EN.fullmatch(segment)) is not None \
            and not lex.organisations.isdisjoint(fold(word) for word in unit.group("body").split()):
        # "The provincial command of the Mozambique Republic Police", "The electoral observation mission of the Organization
        # of American States (OAS)"
        return Mention(segment, role=clean_phrase(segment[:unit.start("place")], lex) if unit.group("place") else phrase, organisation=True)
    if lex.adjectival_names and phrase and (made := _SET_UP_BY.search(phrase)) is not None and len(phrase[:made.start()].split()) <= 6 \
            and (fold(phrase[:made.start()].split()[-1]) in lex.organisations or phrase[:made.start()].endswith(_APPOINTED_BODIES)):
        # "An independent review panel set up by those bodies": the panel (its founders only pointed back to)
        founders = phrase[made.end():].split()
        described = phrase[:made.start()] if founders[0] in _POINTING_BACK or founders[:2] in (["the", "two"], ["the", "three"]) else phrase
        return Mention(segment, role=described, organisation=True)
    if lex.adjectival_names and phrase and len(phrase.split()) <= 14 and phrase.split()[1:2] == ["of"] \
            and fold(phrase.split()[0]) in lex.organisation_nouns:
        # "The operator of a coal-fired power station in Calaca, Batangas": a body described by what it runs
        return Mention(segment, role=phrase, organisation=True)
    # ("L'un des deux cadres de la banque": one of a group and the group's complement)
    if not phrase or len(phrase.split()) > (8 if lex.adjectival_names and (_POSSESSIVE_S.search(phrase) or _workers_at_a_place(phrase, lex))
                                            or phrase.startswith(("un des ", "une des ")) else 6):
        return _long_organisation(segment, phrase, lex)  # (but "The ILO's project office in Doha": a body's unit)
    words = {fold(w) for w in phrase.split()} | {fold(w).rstrip("s") for w in phrase.split()}
    if words & lex.organisations or (lex.adjectival_names and fold(phrase.split()[-1]) in lex.management):
        return Mention(segment, role=phrase, organisation=True)  # ("The management said …, it said": a body)
    if lex.adjectival_names and 2 <= len(tokens := phrase.split()) <= 4 and (country_demonym(tokens[0]) or tokens[0].islower()) \
            and fold(tokens[-1]) in lex.organisation_nouns and all(w.islower() for w in tokens[1:]):
        # a headline's "Kenyan charity says", "Welsh rail operator says", "free-to-air channel says"
        return Mention(segment, role=phrase, organisation=True)
    first = fold(segment.split()[0]).rstrip("'’")
    words = phrase.split()
    if lex.adjectival_names and people_around_someone(phrase):
        return Mention(segment, role=phrase)  # "Moradi's team", "the senator's aides"
    if lex.adjectival_names and (len(words) <= 3 or len(words) <= 5 and words.count("and") == 1
                                 and all(part.endswith("s") for part in phrase.split(" and "))) \
            and all(w.isalpha() and w.islower() for w in words) and (words[-1].endswith("s") or words[-1] in _COLLECTIVE_STAFF):
        # "police", "local officials", "witnesses", "district staff", "health workers and patients"
        return Mention(segment, role=phrase)
    if lex.adjectival_names and 2 <= len(words) <= 4 and words[0].endswith(("'s", "’s")) and words[0][:1].isupper() \
            and all(w.isalpha() and w.islower() for w in words[1:]) and words[-1] in _PLACE_BODIES_EN:
        return Mention(segment, role=phrase, organisation=True)  # "Kingman's school district": a place's body
    if lex.adjectival_names and 2 <= len(words) <= 4 and words[0][-2:] in ("'s", "’s") and names_a_country(words[0][:-2]) \
            and all(w.isalpha() and w.islower() for w in words[1:]) and words[-1].endswith("s"):
        return Mention(segment, role=phrase)  # "Vietnam's rice exporters": a country's trade, by its plural
    if first in lex.bare_determiners or first in QUANTIFIERS or fold(segment.split()[0])[:2] in ("l'", "d'") \
            or first == "de" and fold(" ".join(segment.split()[1:2])) in ("nombreux", "nombreuses"):  # ("De nombreux forains")
        # A group or a thing named by a common noun: "les syndicats", "local media".
        return Mention(segment, role=phrase)
    return None
