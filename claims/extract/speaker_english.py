"""English ways of referring to a speaker already named, mixed into `ArticleSpeakers`: the age the
article gave a person ("Tomasz Wrobel, 54, …" … "the 54-year-old said") and their party
("Joel Baptiste, a Democrat from Ohio" … "the Democrat said")."""

from __future__ import annotations

import re

from claims.extract.speakers import Mention, fold

# Right after a name: ", 54," / ", 54 ," (an age in apposition).
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*(?:,|\.|\s+(?:was|is|has|had|said|told)\b)")
# Right before a name: "54-year-old Tomasz Wrobel", "the 54-year-old striker Mateo Olivas".
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
_AGE_EPITHET = re.compile(r"(\d{1,3})-year-old")
# ", a Democrat from Ohio" / ", the Republican senator": a party word opening the apposition.
_PARTY_AFTER_NAME = re.compile(r",\s+(?:an?|the)\s+([A-Z][a-z]+)\b")
# "Democrat Joel Baptiste", "Republican Sen. Dale Whitacre", "Tory MP Ann Leigh".
_PARTY_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][a-z]{1,3}\.\s+|[A-Za-z]+\s+)?$")
_DEFINITE = frozenset(("the",))


class EnglishReferences:
    """Mixed into `ArticleSpeakers` (its fields: `lex`, `role_ties`, `person_mentions`)."""

    __slots__ = ()

    def _note_english_epithets(self, offset: int, name: str, before: str, after: str) -> None:
        """Tie the age and the party the words around NAME (at OFFSET) give it."""
        age = _AGE_AFTER_NAME.match(after) or _AGE_BEFORE_NAME.search(before, max(0, len(before) - 40))
        if age is not None:
            self.role_ties.append((offset, f"{age.group(1)}-year-old", name))
        party = _PARTY_AFTER_NAME.match(after) or _PARTY_BEFORE_NAME.search(before, max(0, len(before) - 30))
        if party is not None and fold(party.group(1)) in self.lex.party_labels:
            self.role_ties.append((offset, fold(party.group(1)), name))

    def english_epithet_person(self, mention: Mention, position: int) -> str | None:
        """The person "the 54-year-old" or "the Democrat" names: the one the article gave that age
        or party, before POSITION if any; an age never given names the person last fully named."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) not in _DEFINITE:
            return None
        if mention.role is not None and _AGE_EPITHET.fullmatch(mention.role):
            key = mention.role
            tied = self._tied_before(key, position)
            if tied is not None:
                return tied
            return self._last_named_without_other_age(key, position)
        if mention.name is not None and fold(mention.name) in self.lex.party_labels:
            return self._tied_before(fold(mention.name), position)
        return None

    def _tied_before(self, key: str, position: int) -> str | None:
        tied = [(o, n) for o, r, n in self.role_ties if r == key]
        before = [item for item in tied if item[0] <= position]
        return (before[-1] if before else tied[0])[1] if tied else None

    def _last_named_without_other_age(self, age: str, position: int) -> str | None:
        aged = {n: r for _, r, n in self.role_ties if _AGE_EPITHET.fullmatch(r)}
        for start, end, name in reversed(self.person_mentions):
            if end > position:
                continue
            full = self.full_name(name, start)
            if " " in full and aged.get(full, age) == age:
                return full
        return None
