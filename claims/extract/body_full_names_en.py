"""English names of a body that the article writes in full elsewhere, mixed into `ArticleSpeakers` through
`EnglishPhraseReferences`: the one name closing on a head noun ("the front": "Quillabamba Defence Front"), the
one longer name of a short one ("Energy Ministry"), the one police force, a place's body ("the city
government"), the football club the article names most."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from claims.extract.first_names import is_first_name
from claims.extract.fuller_forms_en import completed_with_place
from claims.extract.lang.en import SPELLING_VARIANTS
from claims.extract.mention_shapes import CAPITALISED_EN_NAME_LINKS
from claims.extract.name_tails import organisation_tail
from claims.extract.speakers import Mention, fold, folded_words, with_mission_country
from claims.extract.speaker_organisations import (
    bodies_under_other_heads, names_a_town, names_an_office_holder, without_owner,
)
from claims.extract.state_names_en import country_demonym
from claims.extract.speaking_bodies_en import city_government, named_in_apposition, scopes_clash

# The words after "Police" that name a force ("Maldives Police Service"), no other body.
_POLICE_BODY_WORDS = ("Service", "Department", "Force", "Administration", "Agency")
# A police force named by its place: "Maldives Police Service", "Lexington Police Department", "Yokote police",
# "Tyrol state police", "the Uganda Police Force's marine unit" (not the "Police Integrity Commission", which oversees one).
_NAMED_POLICE_FORCE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){1,4}(?:(?:state|provincial|prefectural|federal|"
    r"regional|city|county|municipal|national)[ \u00a0]+)?(?:Police(?:[ \u00a0]+(?:" + "|".join(_POLICE_BODY_WORDS) + "))?"
    r"|police|Constabulary(?:[ \u00a0]+Force)?))(?![\w-]|['’](?!s\b))(?![ \u00a0]+(?:Integrity|Commission|Complaints|Ombudsman|Conduct|Authority|Oversight|Review|Standards|Accountability|Federation|Association|Union|officer|officers|chief|spokes))")


def _a_countrys_police(words: list[str]) -> bool:
    """Whether WORDS are a demonym and "police" ("Jamaican police"): a country's force by its epithet, no name."""
    return len(words) == 2 and words[1] == "police" and country_demonym(words[0])


_KINDS_OF_POLICE = frozenset(("riot", "traffic", "transport", "border", "military", "secret", "mounted", "local", "armed",
                              "tourist", "judicial", "municipal", "national", "federal", "state", "provincial", "regional",
                              "city", "county", "city's", "religious", "morality"))
# Up to three capitalised words right before a position ("Tallinn " before "city government").
_CAPITALISED_WORDS_CLOSING = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){1,3}$")
_SENTENCE_OPENING_WORDS = frozenset(("The", "A", "An", "In", "On", "At", "But", "And", "Its", "Their", "Meanwhile"))
# Common nouns closing the name of a public body, which the article may use alone for it ("the Board").
_GENERIC_BODY_HEADS = frozenset((
    "board", "authority", "agency", "council", "commission", "committee", "department", "ministry", "trust",
    "corporation", "institute", "union", "association", "federation", "bureau", "directorate", "tribunal"))
# ("the state's nonpartisan fiscal office": a described body's head word, its name elsewhere)
_DESCRIBED_BODY_HEADS = _GENERIC_BODY_HEADS | {"office"}
_PLACE_POSSESSIVES = frozenset(f"{place}{mark}s" for place in ("island", "state", "country", "city", "province", "territory",
                                                                "county", "region", "nation", "town") for mark in "'’")
_BODY_HEAD_WORDS = frozenset(("Department", "Agency", "Authority", "Service", "Office", "Ministry", "Commission", "Council",
                              "Institute", "Board", "Directorate"))


# A body's name in a second language right after its first, before its short form: "NZ Transport Agency" +
# " Waka Kotahi" + " (NZTA)".
_SECOND_LANGUAGE_NAME = r"((?: [A-ZĀĒĪŌŪ][\w'’āēīōū-]*){1,4})(?= \()"


class EnglishBodyFullNames:
    """The bodies of `EnglishPhraseReferences` named in full elsewhere in the article: "the front" for
    "Quillabamba Defence Front", "Energy Ministry" for "the Energy and Infrastructure Ministry", "police" for
    the one police force named, "the club" for the football club named most."""

    __slots__ = ()

    def club_named(self, mention: Mention) -> str | None:
        """English "the club": the football club named by its town and its ending ("Norwich City"), the one
        the article names most ("Norwich City" beside a rival named once)."""
        if not self.lex.adjectival_names or fold(mention.text.strip()) != "the club":
            return None
        clubs = Counter(m.group().split(None, 1)[1] if m.group().split()[0] in self.common_words else m.group()
                        for m in _CLUB_NAME.finditer(self.text))
        ranked = clubs.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def body_with_head_word(self, name: str) -> str | None:
        """"Civil Protection" where the article also writes "the national Civil Protection Department":
        the one fuller name that only adds a body's head word, else None (never for a person's name)."""
        words = name.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or fold(words[-1]) in self.lex.organisations \
                or is_first_name(words[0]) or len(words) == 1 and name.isupper():
            return None  # (not "FIFA" for "the Bureau of the FIFA Council": an acronym names the body, a council is a part)
        if words[-1] in _CLUB_NAME_ENDINGS and _CLUB_WORDS.search(self.text):
            return None  # "Norwich City" is the club, "Norwich City Council" another body
        bodies = set()
        at = self.text.find(name + " ")
        while at != -1:  # (a plain search: this runs for every speaker's name)
            head = self.text[at + len(name) + 1:at + len(name) + 14].split(" ", 1)[0].rstrip(".,;:")
            if head in _BODY_HEAD_WORDS and not self.text[at - 1:at].isalnum():
                bodies.add(f"{name} {head}")
            at = self.text.find(name + " ", at + 1)
        return bodies.pop() if len(bodies) == 1 else None

    def fuller_body_name(self, name: str) -> str | None:
        """"Energy Ministry" where the article also writes "the Energy and Infrastructure Ministry":
        the one longer name with the same first and last words (an organisation word), else None."""
        words = name.split()
        if (name.lower() == "police" or _a_countrys_police(words)) and (force := self._one_named_police_force()) is not None:
            return force  # "police said" after "The Maldives Police Service (MPS) has suspended …"; a headline's "Jamaican police"
        lowered = name[:1].lower() + name[1:]  # ("Prefectural police said": the sentence's capital)
        if 2 <= len(words) <= 3 and lowered.islower() and fold(words[-1]) in self.lex.organisations \
                and (placed := self._placed_body(lowered)) is not None:
            return placed  # "the city government" after "the Tallinn city government"
        if len(words) == 2 and words[0] in _PLACE_POSSESSIVES and fold(words[1]) in self.lex.organisations \
                and (whole := self.organisation_with_head(words[1])) is not None:
            return whole  # "the island's government" where the article names the "St Helena Government"
        if len(words) == 2 and words[1] == "government" and words[0][:1].isupper() and f"Government of {words[0]}" in self.text:
            return f"Government of {words[0]}"  # "the Yukon government" where the article wrote "the Government of Yukon"
        if 3 <= len(words) <= 5 and words[-1] in _DESCRIBED_BODY_HEADS and words[-2].isalpha() and words[-2].islower() \
                and (whole := self.organisation_with_head(f"{words[-2]} {words[-1]}")) is not None \
                and not scopes_clash(name, whole):
            # "state's nonpartisan fiscal office" where the article names the "Joint Fiscal Office" (not "the
            # municipal electoral commission" where it names the "National Electoral Commission")
            return whole
        if (len(words) == 1 or len(words) == 2 and words[1].islower()) and fold(words[-1]) in _GENERIC_BODY_HEADS \
                and all(w.isalpha() for w in words) and (whole := self.organisation_with_head(fold(name))) is not None:
            return whole  # "the Board", "Town council" after "… Water Supply and Sewerage Board", "X Town Council"
        if (body := self.body_with_head_word(name)) is not None:
            return body
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1] != "Court" \
                and (national := self.with_demonym(name)) is not None:
            # "The Coast Guard said" after "according to the Italian Coast Guard" (but a court keeps its own name:
            # "the Austrian Constitutional Court" is the "Constitutional Court")
            return national
        if len(words) != 2 or fold(words[-1]) not in self.lex.organisations or not words[0][:1].isupper():
            return None
        key = ("fuller", name)
        if key not in self.english_cache:
            found = {m.group() for m in _fuller_body(words[0], words[-1]).finditer(self.text)}
            # ("the Tea Association" of "the Tea Association of Malawi", not of "… Tea Growers Association")
            self.english_cache[key] = completed_with_place(self.text, name) or (found.pop() if len(found) == 1 else None)
        return self.english_cache[key]

    def _one_named_police_force(self) -> str | None:
        """The one police force the article names ("Maldives Police Service", "Yokote police"), else None."""
        if ("police",) not in self.english_cache:
            found = set()
            for m in _NAMED_POLICE_FORCE.finditer(self.text):
                words = self._without_opening_words(m.group("name").split())
                if len(words) >= 3 and words[0].endswith(("'s", "’s")):
                    words = words[1:]  # "Brazil's Federal Police": the country owns the force, no part of its name
                if len(words) >= 2 and fold(words[0]) not in _KINDS_OF_POLICE and not _LINKED_HEAD.search(m.group("name")) \
                        and not _a_countrys_police(words):
                    # (not "Riot police cleared the square", nor "Jamaicans Against Police Excess", nor a headline's
                    # "Jamaican police", which stands for the force named)
                    found.add(" ".join(words))
            self.english_cache[("police",)] = found.pop() if len(found) == 1 else None
        return self.english_cache[("police",)]

    def _without_opening_words(self, words: list[str]) -> list[str]:
        """WORDS, a capitalised run, without the article, determiner or function word opening it ("The
        Tallinn", "Some local press")."""
        while words and (words[0] in _SENTENCE_OPENING_WORDS or words[0] in self.lex.function_words
                         or fold(words[0]) in self.lex.bare_determiners):
            words = words[1:]
        return words

    def _placed_body(self, name: str) -> str | None:
        """The one capitalised place the article writes before the lower-case body NAME ("Tallinn" + "city
        government", "Akita" + "prefectural police"), with NAME; else None."""
        key = ("placed", name)
        if key not in self.english_cache:
            found = set()
            at = self.text.find(name)
            while at != -1:  # (a plain search, no pattern compiled for each name)
                end, at = at + len(name), self.text.find(name, at + 1)
                before = _CAPITALISED_WORDS_CLOSING.search(self.text, max(0, end - len(name) - 80), end - len(name))
                if before is None or self.text[end:end + 1].isalnum():
                    continue
                words = self._without_opening_words(before.group().split())  # "The Tallinn city government"
                if words and not words[-1].endswith(("'s", "’s")):  # (not "Lebanon's central bank": the country owns it)
                    found.add(" ".join(words))
            self.english_cache[key] = f"{found.pop()} {name}" if len(found) == 1 else None
        return self.english_cache[key]

    def organisation_with_head(self, noun: str) -> str | None:
        """The one capitalised name of two words or more the article ends with NOUN capitalised
        ("Quillabamba Defence Front" for "the front"), or None when it names none or several."""
        cache = self.english_cache
        if ("head", noun) in cache:
            return cache["head", noun]
        if noun == "city" and (government := city_government(self.text)) is not None:
            cache["head", noun] = government  # "the City of Kigali", "the mayor of Regina": the city's government
            return government
        if noun.isalpha() and (described := named_in_apposition(self.text, noun)) is not None:
            cache["head", noun] = described  # "Rupsha Fibre Industries Ltd, a private jute spinning mill": "the mill"
            return described
        if len(other := {name for _, name in bodies_under_other_heads(noun, self.text)}) == 1:
            cache["head", noun] = other.pop()  # "the district": "Albuquerque Public Schools", not "International District"
            return cache["head", noun]
        head = " ".join(word[:1].upper() + word[1:] for word in noun.split())  # ("town council" → "Town Council")
        if head not in self.text and noun in SPELLING_VARIANTS:
            head = SPELLING_VARIANTS[noun].capitalize()  # "the centre" where the article writes "… Center"
        found = {
            name for _, name in self.full_names
            if name.endswith(" " + head) and not name.split()[0] in self.lex.function_words and not _LINKED_HEAD.search(name)
        }
        # ("National Center" + " for Communicable Diseases": the name goes on past its head; not looked for,
        # capital by capital, in an article that never writes the head)
        named = list(_named_with_head(head).finditer(self.text)) if head in self.text else []
        towns = {m.group(1) for m in named if names_a_town(self.text, m.start(1), m.end(1))}  # ("in Port Union, Newfoundland")
        found |= {m.group(1) + (organisation_tail(self.text, m.end(1), m.group(1), self.lex) or self._name_word_after(m.end(1)))
                  for m in named if m.group(1) not in towns
                  and not _POSSESSIVE_BEFORE.search(self.text, max(0, m.start() - 6), m.start())  # (not "its Central Bank Rate")
                  and not _CAPITALISED_NOUN_NEXT.match(self.text, m.end(1))  # (nor "Iowa Hospital Association": no hospital)
                  and not _LINKED_HEAD.search(m.group(1))  # (nor "Jamaicans Against Police Excess": no police)
                  and not (noun == "city" and (run := _CAPITALISED_RUN_NEXT.match(self.text, m.end(1))) is not None
                           and self.lex.organisations.isdisjoint(fold(w) for w in run.group().split()))}
        # (not "Queen City" of the charity "Queen City Open Door"; but "Cedar City" of "Cedar City Police Department")
        found = {with_mission_country(self.text, without_owner(name)) for name in found}
        found = {name for name in found if " " in name}
        found = {_with_its_complement(self.text, name) for name in found
                 if not names_an_office_holder(name[:name.find(head)].split(), self.lex)}  # (not "Deputy Commissioner of Police")
        if noun.endswith("s"):
            # ("the drivers", "… of the Ikhwezi Truck Drivers' Association": the people, not the body they own)
            found = {name for name in found if re.search(re.escape(name) + r"(?!\w|['’])", self.text)}
        found = {name for name in found if not any(other.endswith(" " + name) for other in found)}  # "Defence Front"
        if len(found) == 1:
            # "NZ Transport Agency Waka Kotahi": the name the article gave it, a second language's after its head
            name = found.pop()
            second = re.search(re.escape(name) + _SECOND_LANGUAGE_NAME, self.text)
            if second is not None and self.lex.organisations.isdisjoint(words := folded_words(second.group(1))) \
                    and self.lex.roles.isdisjoint(words):
                name += second.group(1)
            found = {name}
        cache["head", noun] = found.pop() if len(found) == 1 else None
        if cache["head", noun] is None and not found and len(words := noun.split()) == 2 and words[0].isalpha():
            # "the fire service": "Lancashire Fire and Rescue Service", its modifier inside the name
            inside = {m.group(1) for m in _named_with_head(words[1].capitalize()).finditer(self.text)
                      if f" {words[0].capitalize()} " in f" {m.group(1)} " and not m.group(1).startswith(words[0].capitalize())}
            cache["head", noun] = inside.pop() if len(inside) == 1 else None
        if cache["head", noun] is None and not found and noun.isalpha() and not noun.endswith("s"):
            cache["head", noun] = self.organisation_with_head(noun + "s")  # "the railway": "Uzbekistan Railways"
        return cache["head", noun]

    def _name_word_after(self, end: int) -> str:
        """" Schiphol" after "Amsterdam Airport": one more capitalised word closing the name, not a
        person's first name, a function word, an organisation's word or the start of another name."""
        word = _ONE_NAME_WORD_AFTER.match(self.text, end)
        if word is not None and word.group(1) == "Victoria":
            return word.group()  # "Planning Panels Victoria", "EPA Victoria": the state, a first name too, closes the name
        if word is not None and word.group(1) in _POLICE_BODY_WORDS and self.text.endswith("Police", 0, end):
            return word.group()  # "Barbados Police Service": the force's own word, no other body
        if word is None or word.group(1) in self.lex.function_words or is_first_name(word.group(1)) \
                or fold(word.group(1)) in self.lex.organisations:
            return ""  # (but "Greater Manchester Police Federation": another body)
        return word.group()


@lru_cache(maxsize=128)
def _fuller_body(first: str, last: str) -> re.Pattern:
    # (the first word, then the lookbehind "(?<![\w-])" before it: a pattern opening with a word is searched quickly)
    return re.compile(rf"{re.escape(first)}(?<![\w-]{re.escape(first)})(?:\s+(?:and|&|of|for|the)|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){{1,5}}\s+{re.escape(last)}\b")


_ONE_NAME_WORD_AFTER = re.compile(r" ([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z][\w'’-]*)(?![\w'’-]| [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")


_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)[ \u00a0]+$")


_CLUB_NAME_ENDINGS = frozenset(("City", "United", "Town", "County", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers"))
_CLUB_WORDS = re.compile(r"\b(?:club|football|stadium|supporters)\b")
# A club named by its town and its ending (not "Norwich City Council": a capitalised word after it).
_CLUB_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:" + "|".join(sorted(_CLUB_NAME_ENDINGS) + ["FC"])
                        + r")(?![\w-]| [A-Z])")
_CAPITALISED_RUN_NEXT = re.compile(r"(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
# A body's head noun after another one, which it only qualifies ("Iowa Hospital Association").
_CAPITALISED_NOUN_NEXT = re.compile(
    r"[ \u00a0]+(?:Association|Federation|Council|Board|Foundation|Union|Society|Trust|Alliance|Network|Committee)\b")
# A head after a capitalised linking word ("Jamaicans Against Police"): the name's object, not its head.
_LINKED_HEAD = re.compile(rf"\b(?:{CAPITALISED_EN_NAME_LINKS}) \w+$")


@lru_cache(maxsize=128)
def _named_with_head(head: str) -> re.Pattern:
    # (r"(?<![\w-])(?!The\s)(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]…){1,6}" with its assertions after the first capital: `re` skips to capitals)
    return re.compile(
        # ("Lake of the Woods Community Health Board": "of the" inside a place's name; not "Members of the X Union")
        rf"([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?<![\w-].)(?!(?<=T)he\s)[\w'’-]*"
        rf"(?:(?<!s)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+|[ \u00a0]+(?:(?:and|of|for|with)[ \u00a0]+)?)"
        rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+(?:(?:and|of|for|with)[ \u00a0]+)?){{0,5}}"
        rf"{re.escape(head)})\b")


def _with_its_complement(text: str, name: str) -> str:
    """NAME with the capitalised "of" complement the article always writes after it ("the gallery": the "Red River
    Gallery of Art"), else NAME."""
    if name + " of " not in text:
        return name
    written = {m.group() for m in re.finditer(re.escape(name) + r"(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?(?![\w'’-])", text)}
    return written.pop() if len(written) == 1 else name
