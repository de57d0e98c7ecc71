"""People and sources the article refers to through someone or something else it named: "son
homologue" (the other person named with the speaker just quoted), "cette source" (the source it
described with an indefinite), "sa fondatrice" (the person who founded the body)."""

from __future__ import annotations

import re

from claims.extract.drafts import word_count
from claims.extract.speaker_lexicon import fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import Mention, names_in
from claims.extract.types import SpeakerRef

_COUNTERPART = re.compile(r"(?:[Ss]on|[Ss]a|[Hh]is|[Hh]er)\s+(?:homologue|counterpart)(?:\s+[a-zà-ÿ-]+)?")
DEMONSTRATIVES = frozenset(("this", "that", "ce", "cet", "cette"))
# What ends the description of an anonymous speaker introduced by an indefinite ("Une source
# diplomatique algérienne contactée par TSA conteste", "a source close to the talks, who"): a
# participle, a relative word, a punctuation mark.
_DESCRIPTION_END = re.compile(r"[,.;:!?«»\"“”()]|\s(?:[a-zà-ÿ]+(?:ée?s?|ed)|qui|que|dont|who|that|which|said|says|told)(?![\w’'-])")
# French: a body by its name, after an article or "de" ("un signalement du Centre pour l'égalité des chances").
_BODY_NAMED_AS_COMPLEMENT_FR = re.compile(
    r"(?<![\w’'-])(?:du|de\s+la|de\s+l['’]|des|le|la|l['’])\s*(?P<name>(?:Centre|Comité|Conseil|Association|Union|Fédération|"
    r"Collectif|Syndicat|Office|Institut|Observatoire|Ligue|Mouvement|Fondation|Agence|Autorité)\b[^,.;:()«»\d]{0,60}?)"
    r"(?=\s*[,.;(]|\s+(?:qui|a|ont|avait)\b)")
# French: a person introduced by an indefinite and a one-word role, maybe as a passive's agent ("repérés par un joggeur").
_INDEFINITE_PERSON_FR = re.compile(r"(?<![\w’'-])(?P<agent>par\s+)?(?:un|une)\s+(?P<noun>[a-zà-ÿ-]{3,})(?![\w’'-])")


# "sa fondatrice", "its founder", and the words that tie the founder's name to the body.
_FOUNDER = re.compile(r"(?:[Ss]on|[Ss]a|[Ii]ts|[Hh]is|[Hh]er)\s+(?:fondat(?:eur|rice)|cré(?:ateur|atrice)|founder|co-founder)")
_FOUNDED_BY = re.compile(r"\b(?:fondée?s?|créée?s?|founded|created|set\s+up)\b[^.;!?«»\n]{0,60}?\b(?:par|by)\s")


class RelatedPeople:
    """Mixin of ArticleSpeakers (uses `text`, `lex`, `full_names`, `person_mentions`)."""

    def _counterpart_of(self, mention: Mention, previous: SpeakerRef | None) -> str | None:
        """"son homologue ghanéen", "his counterpart" right after a person spoke: the one other
        person named in full in the sentence that first named the speaker just quoted
        ("les ministres des deux pays, Kwame Asante-Boadu pour le Ghana et Akouvi Dzidzienyo …")."""
        if previous is None or previous.kind != "person" or not _COUNTERPART.fullmatch(mention.text.strip()):
            return None
        first = next((o for o, n in self.full_names if n == previous.name), None)
        if first is None:
            return None
        start = max(self.text.rfind(". ", 0, first), self.text.rfind("\n", 0, first)) + 1
        end = min((i for i in (self.text.find(". ", first), self.text.find("\n", first)) if i != -1), default=len(self.text))
        people = {(o, n) for o, _, n in self.person_mentions if start <= o < end}
        others = {n for o, n in self.full_names if (o, n) in people and n != previous.name and " " in n}
        return others.pop() if len(others) == 1 else None

    def _founder(self, mention: Mention, position: int) -> str | None:
        """"sa fondatrice", "its founder": the person the article says founded or created a body,
        last before POSITION ("fondé il y a un an par l'ancienne biologiste Sigrún Ólafsdóttir")."""
        if not _FOUNDER.fullmatch(mention.text.strip()):
            return None
        found = None
        for founded in _FOUNDED_BY.finditer(self.text, max(0, position - 800), position):
            found = founded
        if found is None:
            return None
        after = self.text[found.end():found.end() + 80]
        people = [n for _, n in names_in(after, self.lex) if " " in n and fold(n.split()[0]) not in self.lex.organisations]
        return people[0] if people else None

    def _latter_introduced(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """French "ce dernier", "cette dernière" after "… ont été repérés par un joggeur.": the person the paragraph
        introduced last with an indefinite role, when the speaker just quoted has not been named since; else None."""
        if fold(mention.text) not in ("ce dernier", "cette derniere") or previous is None:
            return None
        opening = self.text.rfind("\n", 0, position) + 1
        quoted = max(self.text.rfind(mark, opening, position) for mark in ("«", "“", '"'))
        found = None  # (before the quotation the verb closes: not "un gros chien" inside it)
        for found in _INDEFINITE_PERSON_FR.finditer(self.text, opening, quoted if quoted != -1 else position):
            pass
        if found is None or not found.group("agent") and fold(found.group("noun")) not in self.lex.roles \
                or previous.name.split()[-1] in self.text[found.end():position]:
            return None
        return found.group("noun")

    def _latter_body(self, mention: Mention, position: int) -> str | None:
        """French "Ce dernier a salué …" opening a sentence after "… un signalement du Centre pour l'égalité des chances.":
        the body the sentence before named last, by its name; else None."""
        if fold(mention.text) not in ("ce dernier", "cette derniere"):
            return None
        before = self.text.rfind(". ", 0, position)
        if before == -1 or self.text[before + 2:position].strip(" \u00a0").lower() not in ("ce dernier", "cette dernière"):
            return None  # (opening its sentence only)
        since = max(self.text.rfind(". ", 0, before), self.text.rfind("\n", 0, before)) + 1
        found = None
        for found in _BODY_NAMED_AS_COMPLEMENT_FR.finditer(self.text, since, before + 1):
            pass
        return " ".join(found.group("name").split()) if found is not None else None

    def _indefinite_introduction(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """"cette source", "this source" when the speaker just quoted is no such source: the
        description of the last source the article introduced with an indefinite in the 600
        characters before ("Une source diplomatique algérienne contactée par …"), else None."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) not in DEMONSTRATIVES or fold(words[1]) not in ("source", "sources"):
            return None
        if previous is not None and previous.role and fold(previous.role).split()[0] == fold(words[1]):
            return None  # the source just quoted
        found = None
        for intro in re.finditer(rf"(?<![\w’'])(?:[Uu]ne?|[Dd]es|[Aa]n?|[Oo]ne)\s+{words[1]}\b", self.text[max(0, position - 600):position]):
            found = intro
        if found is None:
            return None
        start = max(0, position - 600) + found.start()
        end = _DESCRIPTION_END.search(self.text, start + len(found.group()), position)
        if end is None or word_count(self.text[start:end.start()]) > 7:
            return None
        described = parse_mention(self.text[start:end.start()], self.lex)
        return described.role if described is not None and described.role and not described.name else None

