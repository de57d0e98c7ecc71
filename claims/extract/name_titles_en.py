"""English: a title no list knows, written before a person's name, shown to be one by the article.

Offices and ranks vary with every country's copy ("Supervisor Dana Kowalczyk", "SSP Nihal Ratnayake",
"Attorney-at-Law Chathura Amarasinghe"); the lexicon cannot list them all, but the article gives
them away. The first word of a person's name is a title when it is not a listed first name and:
- it is an acronym of capitals ("SSP", "DIG"), a hyphenated compound with lower-case words inside
  ("Attorney-at-Law") or opening on a role ("Judge-rapporteur"), or a word with an ending only
  occupations have ("Dermatologist"), before a first name and a surname;
- or it has an agent noun's ending ("-or", "-er", "-ist", "-ian", …) before a first name and a
  surname, and the article also writes it in lower case ("the board's supervisors") or the name
  after it opens with a listed first name ("Trucker Luis Ortega").
A title written before a bare surname ("SSP Ratnayake") leaves the surname, which stands for the one
person of the article with that surname and a fuller name."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.group_phrases_en import AGENT_NOUN_ENDINGS
from claims.extract.lang.en import ROLE_WORDS
from claims.extract.speaker_lexicon import Lexicon, folded_words
from claims.extract.name_words import INSTITUTION_PREFIXES, PLURAL_BODY_ENDINGS
from claims.extract.speaker_phrases import role_in
from claims.extract.state_names_en import COUNTRY_NAMES, PLACES_AFTER_A_TOWN
from claims.extract.types import SpeakerRef

_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,5}")
_HYPHENATED_OFFICE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:-[a-z]+)+-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+")
# (a title also ends like "-person", "-ee", "-ary", "-eon": "Chairperson", "Trustee", "Secretary", "Surgeon")
_AGENT_ENDINGS = AGENT_NOUN_ENDINGS + ("person", "ee", "ary", "eon")


# Endings only occupations have ("Dermatologist", "Paediatrician", "Psychiatrist", "Photographer").
_OCCUPATION_ENDINGS = ("ologist", "ician", "iatrist", "ographer")
_ROLES = frozenset(role for role in ROLE_WORDS if " " not in role)
# A body's acronym before its region ("HSE Mid West", "NHS Greater Glasgow"): no title before a name.
_REGION_WORDS = frozenset(("North", "South", "East", "West", "Mid", "Central", "Greater", "Northern", "Southern", "Eastern", "Western"))


def _written_in_lower_case(word: str, text: str) -> bool:
    lower = word.lower()
    return lower in text and re.search(rf"\b{re.escape(lower)}s?\b", text) is not None


def _is_title(word: str, text: str, following: str = "") -> bool:
    if is_first_name(word):
        return False
    if _ACRONYM.fullmatch(word) or _HYPHENATED_OFFICE.fullmatch(word) or word.lower().endswith(_OCCUPATION_ENDINGS) \
            or "-" in word and word.split("-")[0].lower() in _ROLES:  # ("Dermatologist Dewi Anggraini", "Judge-rapporteur")
        return True
    if len(word) <= 6 and word.lower().endswith("eer"):
        return False  # "Naseer", "Sameer", "Zaheer": a first name; the trades are longer ("Engineer", "Volunteer")
    return len(word) >= 4 and word.lower().endswith(_AGENT_ENDINGS) and (
        _written_in_lower_case(word, text) or is_first_name(following))  # ("Trucker Luis Ortega")


def titles_off_names(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Drop from person speakers' names the title the article shows to be one (in place)."""
    renamed: dict[str, str] = {}
    bodies = {s.name for s in resolved if s is not None and s.kind == "organisation"}
    for speaker in resolved:
        if speaker is None or speaker.kind != "person" or speaker.name in renamed:
            continue
        words = speaker.name.split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words) and _is_title(words[0], text, words[1]) \
                and speaker.name not in bodies and _REGION_WORDS.isdisjoint(words[1:]) and words[-1] not in PLURAL_BODY_ENDINGS \
                and words[0] not in INSTITUTION_PREFIXES and f"({words[0]})" not in text \
                and not (_ACRONYM.fullmatch(words[0]) and words[-1] in PLACES_AFTER_A_TOWN) and words[-1] not in COUNTRY_NAMES:
            # (nor "NSW Fair Trading": a state's body; nor "CILIP Cymru Wales": a body's branch in a nation;
            # nor "SEND Families Together Lancashire" where the article spelt
            # out "(SEND)": a short form, no title)
            # (not "the advocacy group TB Voices Eswatini": a group's name; nor "HSE Mid West": a body's region; nor
            # "SA Power Networks": a body's plural noun closing it; nor "Water Safety Ireland": no surname is a country)
            renamed[speaker.name] = " ".join(words[1:])
    people = {renamed.get(s.name, s.name) for s in resolved if s is not None and s.kind == "person"}
    for speaker in resolved:
        if speaker is None or speaker.kind != "person" or speaker.name in renamed:
            continue
        words = speaker.name.split()
        if len(words) == 2 and words[1][:1].isupper() and _is_title(words[0], text):
            # "SSP Ratnayake" after "SSP Nihal Ratnayake": the one fuller name with that surname
            fuller = {name for name in people if name.endswith(" " + words[1]) and name != speaker.name
                      and f"{words[0]} {name}" in text}
            if len(fuller) == 1:
                renamed[speaker.name] = fuller.pop()
    if not renamed:
        return
    for i, speaker in enumerate(resolved):
        if speaker is not None and speaker.name in renamed:
            resolved[i] = SpeakerRef(renamed[speaker.name], speaker.mention, speaker.role, speaker.kind)


def person_closing_a_title(segment: str, offset: int, name: str, lex: Lexicon) -> bool:
    """Whether NAME, at OFFSET in SEGMENT after "of the" and a body's noun, is the person holding the title
    that opens SEGMENT with no article ("Deputy chair of the agency Yerlan Sadykov"), not the body's name
    ("an analyst at the firm Capital Economics")."""
    return segment[:1].isupper() and offset + len(name) == len(segment) and 2 <= len(name.split()) <= 3 \
        and lex.organisations.isdisjoint(folded_words(name)) and (role := role_in(segment, lex)) is not None and role[0] == 0
