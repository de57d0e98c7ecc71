"""People by role, mixed into `ArticleSpeakers` (`RoleLookups`): whom a role phrase names ("le sélectionneur",
"the vice minister", "le Norvégien"), and whether a person may hold a role."""

from __future__ import annotations

import re

from claims.extract.role_genders_fr import role_gender
from claims.extract.speakers import Mention, fold
from claims.extract.speaker_french import complement_elsewhere

FAMILY_ROLES = frozenset(("mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "widow", "widower"))
# English role words that say whose gender the person is ("The mother said" after "David and Louise Turpin").
ENGLISH_ROLE_GENDERS = {
    **dict.fromkeys(("mother", "wife", "daughter", "sister", "spokeswoman", "chairwoman", "congresswoman",
                     "businesswoman", "actress", "queen", "princess", "grandmother", "aunt", "niece", "widow"), "f"),
    **dict.fromkeys(("father", "husband", "son", "brother", "spokesman", "chairman", "congressman", "businessman",
                     "actor", "king", "prince", "grandfather", "uncle", "nephew", "widower"), "m"),
}
# French: "ancien", "ex-" before a role word, which name the same person as the role itself.
# The ending of a French nationality noun ("le Suédois", "la Norvégienne", "l'Allemand").
# Qualifiers that make a role someone else's ("le médecin légiste", "le médecin traitant" are not "le Dr X").
_OTHER_PRACTITIONERS = frozenset(("legiste", "traitant", "traitante"))
# Offices of their own whose first word is a bare role ("l'avocat général" pleads for the prosecution, not "son avocate, Me X").
_OFFICES_OF_THEIR_OWN = frozenset(("avocat general", "avocate generale"))
AGE_AFTER_NOUN_FR = re.compile(r"[ \u00a0]+de[ \u00a0]+\d{2,3}[ \u00a0]+ans$")
_NATIONALITY = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|and|ande|ol|ole|eque|ote|ene|isse|usse|grec|grecque|rbe|oate|gare|een|eenne)$")
_GUILLEMETS = re.compile(r"[«“][^»”]*[»”]|\"[^\"\n]*\"")  # (Belgian and Swiss copy: straight quotation marks)
_FORMER_BEFORE_ROLE = re.compile(r"^(?:ancien|ancienne|ex)[ -](?=\S)")
# A common noun owning an English role: "commission's chairman", "the club's manager".
_BODY_OWNER = re.compile(r"(?:the\s+)?([a-z]+)['’]s\s")
# A courtesy title right before a surname ("Mr Jagdeo", "Mme Roux").
_TITLE_RIGHT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mme|M)\.?[ \u00a0]$")


_NO_QUALIFIER = frozenset(("de", "du", "des", "en", "a", "au", "aux", "et", "chez", "pour", "sur", "general", "generale"))


def _qualifier(folded_role: str) -> str | None:
    """French: the adjective after a role's head ("palois" in "entraineur palois"), if any."""
    words = folded_role.split()
    if len(words) < 2 or words[1] in _NO_QUALIFIER or "'" in words[1] or not words[1].isalpha():
        return None
    return words[1]
# French: the body a role belongs to ("président du club", "président du tribunal").
ROLE_COMPLEMENT_FR = re.compile(r"\s(?:du|de la|de l'|des|d')\s*[a-z].*$")


def _demonym_gender(article: str, demonym: str) -> str:
    """French: the gender a demonym's article or, after "l'", its ending gives ("la Belge", "l'Italienne")."""
    if fold(article) in ("le", "la"):
        return "f" if fold(article) == "la" else "m"
    return "f" if demonym.endswith(("enne", "aise", "oise", "aine", "ande", "ine")) else "m"


# English: a role with its owner ("Quispe's lawyer"), and the owner of the role a name was tied to ("Palacios's lawyer, X").
_OWNED_ROLE_EN = re.compile(r"(?P<owner>[A-ZÀ-ÖØ-Þ][\w-]*)['’]s\s")
_OWNER_BEFORE_TIE_EN = re.compile(r"(?P<owner>[A-ZÀ-ÖØ-Þ][\w-]*)['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s*$")
# English: a word that opens a role's complement; the noun after it is not the role's head ("hired by the town").
_COMPLEMENT_OPENING_EN = re.compile(r"\b(?:of|for|at|in|from|by|with|to|on|the|a|an|who|whose)\s")
# English words before a role that do not qualify it ("Its claims manager": "its").
_NO_QUALIFIER_EN = frozenset(("its", "the", "a", "an", "his", "her", "their", "our", "new", "former", "acting", "interim"))


class RoleLookups:
    """People by role mixed into `ArticleSpeakers`: whom a role phrase names, and who may hold a role."""

    __slots__ = ()

    def by_role(self, role: str, position: int) -> str | None:
        key = fold(role)
        found = self._by_role_key(key, position)
        if found is None and self.lex.adjectival_names and " " in key:
            found = self._qualified_role_of_family(role, position)
        if found is None and not self.lex.adjectival_names and (former := _FORMER_BEFORE_ROLE.match(key)):
            found = self._by_role_key(key[former.end():], position)  # "l'ancienne ministre" for "l'ex-ministre de la Culture, X"
        if found is None and not self.lex.adjectival_names and " " not in key and key.endswith("e") \
                and (masculine := self._by_role_key(key[:-1], position)) is not None and self.gender_of(masculine) != "m":
            found = masculine  # "l'avocate" for "Me Claire Roux", whose title ties the role in its masculine form
        if found is not None and self.lex.adjectival_names and (owned := _OWNED_ROLE_EN.match(role)) is not None:
            tied_at = max((o for o, _, n in self.role_ties if n == found and o <= position), default=None)
            other = _OWNER_BEFORE_TIE_EN.search(self.text, max(0, tied_at - 60), tied_at) if tied_at is not None else None
            if other is not None and other.group("owner") != owned.group("owner"):
                return None  # "Quispe's lawyer" is not "Palacios's lawyer, Jorge Vílchez"
        return found

    def _qualified_role_of_family(self, role: str, position: int) -> str | None:
        """English: "the Fianna Fáil deputy" for "Ciaran Mulvey, a Fianna Fáil TD for …": the one
        person tied before POSITION to a role of the same family as ROLE's noun, whose naming
        sentence holds ROLE's qualifier."""
        words = role.split()
        noun, qualifier = fold(words[-1]), " ".join(words[:-1])
        family = self.lex.role_families.get(noun, frozenset()) | {noun}
        named = {n for o, r, n in self.role_ties if o <= position and r.split()[0] in family
                 and qualifier in self.text[o:o + 160].split(".")[0]}
        return named.pop() if len(named) == 1 else None

    def _qualified_otherwise(self, key: str, at: int, role: str) -> bool:
        """English: whether the words tying ROLE to the name at AT write another lower-case word before it than
        KEY has ("Its claims manager, X", tied as "manager", is not "the county's emergency manager")."""
        if not self.lex.adjectival_names:
            return False
        asked = key[:-len(role)].split()[-1]
        before, after = self.text[max(0, at - 60):at], self.text[at:at + 80]
        written = before if (found := before.lower().rfind(" " + role)) >= 0 else after
        found = found if found >= 0 else after.lower().find(" " + role)
        words = written[:found].split() if found > 0 else []
        return bool(words) and words[-1].isalpha() and words[-1].islower() and asked.isalpha() \
            and words[-1] not in _NO_QUALIFIER_EN and words[-1] != asked

    def _by_role_key(self, key: str, position: int) -> str | None:
        exact = [(o, n) for o, r, n in self.role_ties if r == key or key.endswith(" " + r) and not self._qualified_otherwise(key, o, r)]
        if not exact and self.lex.adjectival_names and " " not in key:
            # "the coach" for "head coach X" (not "the town" for "a structural engineer hired by the town, X")
            exact = [(o, n) for o, r, n in self.role_ties if r.endswith(" " + key) and not _COMPLEMENT_OPENING_EN.search(r, 0, len(r) - len(key))]
        if not exact and " " in key:
            # "le commissaire européen" for "le commissaire européen à la Pêche, Anders Lindqvist"
            exact = [(o, n) for o, r, n in self.role_ties if r.startswith(key + " ")]
        if not exact and not self.lex.adjectival_names and " " not in key and (family := self.lex.role_families.get(key)) \
                and not any(r.split()[0] == key for _, r, _ in self.role_ties) \
                and not any(start < position for start, _, _ in self.person_mentions) \
                and len(named := {n for _, r, n in self.role_ties if r.split()[0].split("-")[0] in family}) == 1:
            # a headline's "assure leur PDG" for "son président-directeur général, X": the one person tied to a
            # role of the same family, before anyone is named
            exact = [(o, n) for o, _, n in self.role_ties if n in named]
        if not exact:
            head = key.split()[0]
            heads = {n for o, r, n in self.role_ties if r.split()[0] == head}
            heads_before = {n for o, r, n in self.role_ties if r.split()[0] == head and o <= position}
            if len(heads) > 1 and len(heads_before) == 1 and len(key.split()) == 1:
                # "le porte-parole" before the article names a second spokesman: the one named so far.
                heads = heads_before
            if len(heads) == 1 and len(key.split()) == 1:
                # "le sélectionneur" for "le sélectionneur sud-africain X": named later with a
                # qualifier, the tie holds only before anyone is named (a headline, a standfirst);
                # after that, the role may be someone else ("le sélectionneur" of the home side).
                ahead = not any(start < position for start, _, _ in self.person_mentions)
                exact = [(o, n) for o, r, n in self.role_ties if r.split()[0] == head and (o <= position or ahead)]
                if exact:
                    self._bare_role_uses.setdefault(key, []).append((position, exact[-1][1]))
            elif len(key.split()) == 1 and (used := [n for at, n in self._bare_role_uses.get(key, ()) if at < position]):
                # "a reconnu le porte-parole" (the only one so far) … a second spokesman named … "le
                # porte-parole a démenti": the bare role still names whom the article already called so.
                return used[-1]
            elif len(key.split()) == 2 and key.split()[1] not in _OTHER_PRACTITIONERS and key not in _OFFICES_OF_THEIR_OWN \
                    and len({n for o, r, n in self.role_ties if r == head}) == 1:
                # "l'entraîneur rennais" for the one person tied to the bare role ("son entraîneur X").
                exact = [(o, n) for o, r, n in self.role_ties if r == head]
            elif len(key.split()) == 2 and self.lex.adjectival_names and len(
                    named := {n for o, r, n in self.role_ties if r.split()[0] == key.split()[-1]}) == 1:
                # English: "the vice minister" for "Vice Minister of Transport Carla Arce" (tied as
                # "minister of transport"): the one person whose role opens with the head noun
                exact = [(o, n) for o, r, n in self.role_ties if n in named]
        if not exact and not self.lex.adjectival_names and " " in key and key not in _OFFICES_OF_THEIR_OWN \
                and not any(start < position and " " in self.full_name(n, start) for start, _, n in self.person_mentions):
            # (a headline's "Bénin : …" names no one)
            # French "Le PDG du groupe assure …" in a standfirst that names no one yet: the first person
            # the body ties to a role of that head ("Son PDG, Arnaud Roux").
            head = key.split()[0]
            complement = ROLE_COMPLEMENT_FR.search(key)
            exact = [(o, n) for o, r, n in self.role_ties if r.split()[0] == head and o > position
                     and not (complement and (other := ROLE_COMPLEMENT_FR.search(r)) and other.group() != complement.group())][:1]
            # (not "Le président du tribunal" for "L'actuel président du club, X")
            if not exact and complement is not None:
                # a headline's "selon le patron des sucreries" for "le directeur général des Sucreries de l'Est réunionnais,
                # X": a role of the same family, the same body's noun opening its complement
                family = self.lex.role_families.get(fold(head), frozenset())
                exact = [(o, n) for o, r, n in self.role_ties if fold(r.split()[0]) in family and o > position
                         and (other := ROLE_COMPLEMENT_FR.search(fold(r))) is not None
                         and other.group().split()[:2] == fold(complement.group()).split()[:2]][:1]
        if not exact:
            return None
        before = [item for item in exact if item[0] <= position]
        if not before and not self.lex.adjectival_names and " " not in key \
                and (qualified := [(o, n) for o, r, n in self.role_ties if r.startswith(key + " ") and o <= position]):
            return qualified[-1][1]  # "Le maire a assuré" after "le maire d'Avezé, X", before "La maire, Y" is named
        return (before[-1] if before else exact[0])[1]

    def last_person_in_role(self, position: int, since: int, skip: list[tuple[int, int]], role: str) -> str | None:
        """The person a definite role phrase ("le dirigeant", "the filmmaker") most likely names:
        the nearest person before `position` (after `since`) tied to a role of the same family, or
        the very last person named when the article tied no role to them; else the last person
        tied to a role of that family anywhere before."""
        candidates = [
            (start, name) for start, end, name in self.person_mentions
            if since <= start and end <= position and not any(a <= start < b for a, b in skip)
            and name not in role.split()  # "the Vantor boss": the company the role names is no person
        ]
        owner = _BODY_OWNER.match(fold(role)) if self.lex.adjectival_names else None
        # English: a role a capitalised body qualifies ("the SIU director", "the NHS spokesperson")
        body_named = self.lex.adjectival_names and len(role.split()) >= 2 and role.split()[0][:1].isupper()
        body_word = fold(role.split()[0]) if body_named else ""
        k = 0  # people fully named, latest first ("Entretien", "Publié" are not)
        # ("a lancé l'élue": no man, whatever his role)
        gender = role_gender(self.role_head(role), self.lex) if not self.lex.adjectival_names \
            else ENGLISH_ROLE_GENDERS.get(fold(role).split()[-1]) if role.strip() else None
        for start, name in reversed(candidates):
            full = self.full_name(name, start)
            if " " not in full and not _TITLE_RIGHT_BEFORE.search(self.text, max(0, start - 6), start) \
                    or gender is not None and self.gender_of(full) not in (None, gender):
                continue  # (but "Mr Jagdeo told reporters. The vice president added": a surname after a title)
            k += 1
            if self.lex.adjectival_names and gender is not None and fold(role).strip() in FAMILY_ROLES \
                    and self.gender_of(full) == gender:
                return full  # "The mother said" after "David and Louise Turpin": the one woman of them
            if not self.may_hold_role(full, role):
                continue

            if body_named and body_word not in (self._role_of(full) or ""):
                # "the SIU director wrote" after "The man … identified as Darnell Whitfield", "The Sinn Féin deputy" after "a
                # Fianna Fáil TD": a person tied to that body's role, or no one
                continue
            if k == 1 or self._role_of(full) is not None:
                return full
        # Further back: the last person the article tied to a role of the same family.
        head = self.role_head(role)
        family = self.lex.role_families.get(head, ()) if head not in self.lex.exclusive_roles or fold(role) == head else ()
        qualifier = _qualifier(fold(role)) if not self.lex.adjectival_names else None
        # ("le président du tribunal" is no "président de la Société des pêcheurs")
        complement = ROLE_COMPLEMENT_FR.search(fold(role)) if not self.lex.adjectival_names else None
        tied = [n for o, r, n in self.role_ties if o <= position and r and r.split()[0] in family
                and (complement is None or (other := ROLE_COMPLEMENT_FR.search(fold(r))) is None or other.group() == complement.group())
                and (owner is None or owner.group(1) in r) and body_word in r
                and (qualifier is None or _qualifier(r) in (None, qualifier))  # ("l'entraîneur palois": not the "ruthénois" one)
                and (gender is None or self.gender_of(n) in (None, gender))]
        return tied[-1] if tied else None

    def _person_of_demonym(self, mention: Mention, position: int) -> str | None:
        """"a déclaré le Norvégien" for the person the article introduced as "le Norvégien Casper
        Ruud": the nearest before POSITION, else the first after."""
        words = AGE_AFTER_NOUN_FR.sub("", mention.text).split()  # "glisse le Belge de 52 ans"
        if len(words) > 2 or fold(words[0]).split("'")[0] not in ("le", "la", "l") or self.lex.adjectival_names:
            return None
        key = fold(AGE_AFTER_NOUN_FR.sub("", mention.name))
        tied = [(o, n) for o, r, n in self.role_ties if r == key]
        if not tied and (len(words) == 2 and words[0] in ("le", "la") or len(words) == 1 and words[0][:2] in ("l'", "l’")) \
                and _NATIONALITY.search(key) \
                and (person := self.last_person(self.text, position, since := self.text.rfind("\n", 0, position) + 1,
                                                [q.span() for q in _GUILLEMETS.finditer(self.text, since, position)])) \
                and " " in person[1]:
            return person[1]  # "« … », a reconnu le Suédois" right after "l'entraîneur de Kiel, Jonas Sundberg"
        if not tied and _NATIONALITY.search(key) and AGE_AFTER_NOUN_FR.search(mention.text) \
                and (person := self.headline_person()) is not None \
                and self.gender_of(person) in (None, _demonym_gender(words[0], key)):
            return person  # "a confié la Niçoise de 24 ans", no one named in her paragraph: the headline's épéiste
        before = [item for item in tied if item[0] <= position]
        return (before[-1] if before else tied[0])[1] if tied else None

    def family_tied_before(self, role: str, position: int) -> bool:
        """Whether someone named before POSITION holds a role of ROLE's family ("le sélectionneur
        … Didier Deschamps" before "le technicien"): then the role looks back, not ahead."""
        family = self.lex.role_families.get(fold(role).split()[0], ())
        return any(o <= position and r and r.split()[0] in family for o, r, _ in self.role_ties)

    def may_hold_role(self, name: str, role: str) -> bool:
        """Whether the person NAME can be the one a role phrase names: the role is one of the
        families that describe the same person in other words ("directeur" / "dirigeant",
        "réalisatrice" / "cinéaste"), and the article tied no role to them or one of that family."""
        head = self.role_head(role)
        family = self.lex.role_families.get(head)
        if family is None or head in self.lex.exclusive_roles and fold(role) != head:
            return False  # "the team", "l'avocate générale", "le médecin légiste": not a role the article's people share
        tied = [r for _, r, n in self.role_ties if n == name and r]
        if self.lex.adjectival_names and (owner := _BODY_OWNER.match(fold(role))) is not None \
                and not any(owner.group(1) in r for r in tied):
            return False  # "The commission's chairman" is not the aviation authority's director general
        if not self.lex.adjectival_names and complement_elsewhere(role, head, tied):
            return False  # "le directeur de cabinet du préfet" is not "le directeur de la coopérative"
        return not tied or any(r.split()[0] in family or r.split()[0] == head for r in tied)

    def _role_of(self, name: str) -> str | None:
        for _, role, tied in self.role_ties:
            if tied == name:
                return role
        return None
