"""Name lookups mixed into `ArticleSpeakers`: fullest names, people by role, pronoun antecedents."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from claims.extract.first_names import is_first_name
from claims.extract.role_genders_fr import role_gender
from claims.extract.name_words import portfolio_word
from claims.extract.speaker_phrases import TERRITORY_BEFORE_FR
from claims.extract.speakers import PREPOSITION_BEFORE, Mention, fold, folded_words
from claims.extract.speaker_french import _end_of_next_paragraph, complement_elsewhere
from claims.extract.speaker_scan import _one_edit_apart

FAMILY_ROLES = frozenset(("mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "widow", "widower"))
# English role words that say whose gender the person is ("The mother said" after "David and Louise Turpin").
ENGLISH_ROLE_GENDERS = {
    **dict.fromkeys(("mother", "wife", "daughter", "sister", "spokeswoman", "chairwoman", "congresswoman",
                     "businesswoman", "actress", "queen", "princess", "grandmother", "aunt", "niece", "widow"), "f"),
    **dict.fromkeys(("father", "husband", "son", "brother", "spokesman", "chairman", "congressman", "businessman",
                     "actor", "king", "prince", "grandfather", "uncle", "nephew", "widower"), "m"),
}

_FRENCH_COMPLEMENTS = ("de", "du", "des", "d'", "d’")
# French: "ancien", "ex-" before a role word, which name the same person as the role itself.
# The ending of a French nationality noun ("le Suédois", "la Norvégienne", "l'Allemand").
# Qualifiers that make a role someone else's ("le médecin légiste", "le médecin traitant" are not "le Dr X").
_OTHER_PRACTITIONERS = frozenset(("legiste", "traitant", "traitante"))
_AGE_AFTER_DEMONYM = re.compile(r"[ \u00a0]+de[ \u00a0]+\d{2,3}[ \u00a0]+ans$")
_NATIONALITY = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|and|ande|ol|ole|eque|ote|ene|isse|usse|grec|grecque|rbe|oate|gare|een|eenne)$")
_GUILLEMETS = re.compile(r"[«“][^»”]*[»”]|\"[^\"\n]*\"")  # (Belgian and Swiss copy: straight quotation marks)
_FORMER_BEFORE_ROLE = re.compile(r"^(?:ancien|ancienne|ex)[ -](?=\S)")
# A determiner, then a one-word name modifying a medium's noun: "In a brief Facebook post, she wrote"
# (no one a pronoun refers to).
_MEDIUM_MODIFIER_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}$")
_MEDIUM_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:post|account|page|video|message|statement|interview|broadcast|livestream|"
                                r"thread|story|reel|update|comment|op-ed|column|podcast|channel|chat)\b")
# An example named in a list ("dinosaurs such as Brachiosaurus"): no one a pronoun refers to either.
_EXAMPLE_BEFORE = re.compile(r"\bsuch\s+as\s+$")
# Whom a speaker told ("… told The Yomiuri Shimbun that …"): who listened, not who speaks next.
_TOLD_BEFORE = re.compile(r"\btold\s+(?:[Tt]he\s+)?$")
_SPEAKING_TO_BEFORE = re.compile(r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+to\s+(?:[Tt]he\s+)?$")
# Lower-case body nouns that qualify a group of people ("council officers", "hospital staff").
_QUALIFYING_BODY_NOUNS = frozenset(("council", "county", "city", "government", "hospital", "school", "company", "ministry",
                                    "department", "union", "club", "port", "airport", "police", "army", "court"))
# A closing list of the article's sources ("Sources", "Références"): what it names is not the story's.
SOURCES_HEADING = re.compile(r"\n(?:Sources?|Références)[ \t]*\n", re.MULTILINE)
_THAT_AFTER = re.compile(r"\s+that\b")
# A common noun owning an English role: "commission's chairman", "the club's manager".
_BODY_OWNER = re.compile(r"(?:the\s+)?([a-z]+)['’]s\s")
# A courtesy title right before a surname ("Mr Jagdeo", "Mme Roux").
_TITLE_RIGHT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mme|M)\.?[ \u00a0]$")
_INITIAL_BEFORE_DOT = re.compile(r"(?:^|[\s(])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Dr|Mr|Mrs|Ms|Prof|St|Ste|Sf|Mt|Ft|M|Det|Supt|Insp|Maj)$")


# Offices one person does not hold together: the holder of one is never named by another.
SINGLE_OFFICES = frozenset(("prefet", "prefete", "maire", "depute", "deputee", "senateur", "senatrice"))
# Roles of a trial's professionals (folded), which no party to it holds.
_COURT_PROFESSIONS = frozenset(("avocat", "avocate", "procureur", "procureure", "juge", "magistrat", "magistrate",
                                "lawyer", "attorney", "prosecutor", "judge"))


_COMPLEMENT_BEFORE = re.compile(r"\b(?:de\s+la|de|du|des)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)?$|\b(?:de\s+l|d)['’]$")
# A complement's noun before a name: "du syndicat des vins Côtes de Gascogne" (not "des chasseurs Jean Petit":
# a first name opens a person's name).
# (nor "à la conférence Saint-Vincent-de-Paul": where someone works)
_COMPLEMENT_NOUN_BEFORE = re.compile(r"\b(?:de\s+la|de|du|des|de\s+l['’]|d['’]|à\s+la|au|à\s+l['’])\s*[a-zà-ÿ]{3,}\s+$")


# French: a place's preposition right before a name ("depuis Tevragh Zeina jusqu'à l'hôpital"): a place, no person.
_PLACE_PREPOSITION_BEFORE_FR = re.compile(r"\b(?:depuis|jusqu['’]à|vers|dans|à|en)\s+$")
_ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


# Names listed before a name ("les banques que sont Belfius, ING, KBC, BNP Paribas Fortis"): one item of a list.
_LISTED_NAMES_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*,[ \u00a0]+){2,}(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*[ \u00a0]+)?$")


_NO_QUALIFIER = frozenset(("de", "du", "des", "en", "a", "au", "aux", "et", "chez", "pour", "sur", "general", "generale"))


def _qualifier(folded_role: str) -> str | None:
    """French: the adjective after a role's head ("palois" in "entraineur palois"), if any."""
    words = folded_role.split()
    if len(words) < 2 or words[1] in _NO_QUALIFIER or "'" in words[1] or not words[1].isalpha():
        return None
    return words[1]


@lru_cache(maxsize=256)
def _counted_group(noun: str) -> re.Pattern:
    """"46 residents of the Lentekhi municipality": a group of NOUN counted and placed."""
    return re.compile(rf"\b\d[\d,]*\s+{noun}\s+(?:of|from|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
                      r"(?:\s+(?:municipality|district|village|town|county|region|province|area))?")


# A state's or country's short form closing a body's name: "Main Roads" + " WA".
_STATE_SUFFIX = re.compile(r" [A-Z]{2,3}")
# French: the body a role belongs to ("président du club", "président du tribunal").
_ROLE_COMPLEMENT_FR = re.compile(r"\s(?:du|de la|de l'|des|d')\s*[a-z].*$")


def _credited(text: str, name: str) -> bool:
    """Whether the article credits NAME for a photo or its writing ("© RAM 05", "Par la rédaction de X")."""
    return re.search(rf"(?:©|\b[Pp]hoto\s*:|\b[Cc]rédit(?:\s+photo)?\s*:|\brédaction\s+de)[ \u00a0]*{re.escape(name)}(?![\w-])", text) is not None


# A personal title: "M. Vialar" is a man, whatever company carries his surname.
_PERSONAL_TITLE = r"(?:M\.?|Mme|Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)"
_PERSONAL_TITLE_BEFORE = re.compile(rf"\b{_PERSONAL_TITLE}[ \u00a0]+$")
PERSONAL_TITLE_OPENING = re.compile(rf"{_PERSONAL_TITLE}[ \u00a0]+")
_PLACE_OPENINGS = frozenset(("Massif", "Mont", "Monts", "Pays", "Côte", "Golfe", "Val", "Vallée", "Lac", "Plateau", "Bassin",
                             "Pic", "Col", "Cap", "Île", "Grand", "Haute", "Haut", "Basse", "Bas", "Mount", "Lake", "Cape"))
# Countries whose names read as a person's two names.
_COUNTRIES_OF_SEVERAL_WORDS = frozenset((
    "Sri Lanka", "New Zealand", "South Africa", "South Korea", "North Korea", "South Sudan", "Costa Rica", "Saudi Arabia",
    "El Salvador", "Burkina Faso", "Sierra Leone", "Puerto Rico", "Porto Rico", "Hong Kong", "San Marino", "Cabo Verde",
    "Cape Verde", "Timor Leste", "Papua New Guinea", "Trinidad and Tobago", "Ivory Coast"))


def _named_after_body_noun(text: str, position: int, lex) -> bool:
    """Whether the name at POSITION follows a body's lower-case noun ("La région Grand Est", "l'entreprise Verdalys")."""
    before = text[max(0, position - 30):position].split()
    return bool(before) and before[-1].islower() and fold(before[-1]) in lex.organisation_nouns \
        or TERRITORY_BEFORE_FR.search(text, max(0, position - 16), position) is not None


class NameLookups:
    __slots__ = ()

    def full_name(self, name: str, position: int) -> str:
        """The fullest name in the article containing `name`'s words, preferring mentions before
        `position`, in its most frequent spelling."""
        full = self._fullest(name, position)
        return self.variants.get(full, full)

    def _fullest(self, name: str, position: int) -> str:
        key = tuple(fold(w) for w in name.split())
        if not key:
            return name
        if self._by_word is None:
            offsets: dict[str, list[int]] = {}
            for offset, full in self.full_names:
                offsets.setdefault(full, []).append(offset)
            self._by_word = {}
            for full, at in offsets.items():
                words = folded_words(full)
                for word in set(words):
                    self._by_word.setdefault(word, []).append((sorted(at), full, words))
        if len(key) == 1 and key[0] not in self._by_word:
            # "Obaidli" (from "al-Obaidli said") for "Mohammed Hassan al-Obaidli"
            key = next(((prefixed,) for article in _ARABIC_ARTICLES if (prefixed := article + key[0]) in self._by_word), key)
        before, after = [], []
        for at, full, words in self._by_word.get(key[0], ()):
            if len(words) > len(key) and any(c.isdigit() for c in words[-1]) and words[-1] not in key:
                continue  # "An Alpenflug Airbus A320 at …", "France 24": a model's or a channel's name, no fuller "Alpenflug"
            if len(words) >= len(key) and any(words[i:i + len(key)] == key for i in range(len(words) - len(key) + 1)):
                # Of each name, only its last mention before POSITION or its first after counts.
                i = bisect_right(at, position)
                if i:
                    before.append((len(words), at[i - 1], full))
                if i < len(at):
                    after.append((len(words), at[i], full))
        pool = before or after
        if len(key) == 1 and (surnamed := [item for item in pool if folded_words(item[2])[0] != key[0]]):
            pool = surnamed  # "Whitlock" after "Dana Whitlock of the firm Whitlock Sears": the surname, not the firm
        if len(key) == 1 and len(before) >= 2:
            # "Trump" after "Donald Trump … Melania Trump … Ivanka Trump": a surname alone is the
            # person the article introduced first, not the relative named last
            people = [(at[0], full, words[0]) for at, full, words in self._by_word[key[0]] if words[0] != key[0]]
            if len({given for _, _, given in people}) >= 2:
                return min(people)[1]
        if not pool:
            if len(key) == 1 and key[0].isalpha():  # "Saree" for "Yahya Sarea": one letter changed
                near = [full for _, full in self.full_names if _one_edit_apart(key[0], folded_words(full)[-1])]
                if len(set(near)) == 1:
                    return near[0]
            return name
        best = max(pool, key=lambda item: (item[0], item[1] if pool is before else -item[1]))[2]
        if pool is before and best == name and (state := next((full for _, _, full in after if full.startswith(name + " ")
                                                                and _STATE_SUFFIX.fullmatch(full, len(name))), None)):
            return state  # "Main Roads says …" in a standfirst, "Main Roads WA confirmed …" in the body
        return best

    def _titled_full_name(self, name: str, start: int) -> str:
        """The full name of NAME written at START; after "M." or "Mme", the person's, not a company's that
        carries the surname ("M. Vialar" after "Fromageries Vialar … Étienne Vialar")."""
        full = self.full_name(name, start)
        if _PERSONAL_TITLE_BEFORE.search(self.text, max(0, start - 9), start):
            return self.titled_person(name, full, start)
        return full

    def titled_person(self, surname: str, full: str, position: int) -> str:
        """FULL, the full name found for SURNAME written after a personal title at POSITION; when no first name
        opens FULL (a company's), the person the article names in full with SURNAME and a known first name,
        the last before POSITION or else the first after."""
        if full == surname or " " in surname or is_first_name(full.split()[0]):
            return full
        people = [(o, name) for o, name in self.full_names if name.endswith(" " + surname) and is_first_name(name.split()[0])]
        before = [item for item in people if item[0] < position]
        return max(before)[1] if before else min(people)[1] if people else full

    def _fuller_from(self, name: str, position: int) -> str:
        """French: the nearest fuller name (before POSITION, else after) that opens with the one
        word NAME and goes on with its complement ("Métropole de Lyon")."""
        fuller = [(o, n) for o, n in self.full_names if n.startswith(name + " ")
                  and n.split()[1].startswith(_FRENCH_COMPLEMENTS)]
        before = [item for item in fuller if item[0] <= position]
        return (before[-1] if before else fuller[0])[1] if fuller else name

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

    def _by_role_key(self, key: str, position: int) -> str | None:
        exact = [(o, n) for o, r, n in self.role_ties if r == key or key.endswith(" " + r)]
        if not exact and self.lex.adjectival_names and " " not in key:
            exact = [(o, n) for o, r, n in self.role_ties if r.endswith(" " + key)]  # "the coach" for "head coach X"
        if not exact and " " in key:
            # "le commissaire européen" for "le commissaire européen à la Pêche, Anders Lindqvist"
            exact = [(o, n) for o, r, n in self.role_ties if r.startswith(key + " ")]
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
            elif len(key.split()) == 2 and key.split()[1] not in _OTHER_PRACTITIONERS \
                    and len({n for o, r, n in self.role_ties if r == head}) == 1:
                # "l'entraîneur rennais" for the one person tied to the bare role ("son entraîneur X").
                exact = [(o, n) for o, r, n in self.role_ties if r == head]
            elif len(key.split()) == 2 and self.lex.adjectival_names and len(
                    named := {n for o, r, n in self.role_ties if r.split()[0] == key.split()[-1]}) == 1:
                # English: "the vice minister" for "Vice Minister of Transport Carla Arce" (tied as
                # "minister of transport"): the one person whose role opens with the head noun
                exact = [(o, n) for o, r, n in self.role_ties if n in named]
        if not exact and not self.lex.adjectival_names and " " in key \
                and not any(start < position and " " in self.full_name(n, start) for start, _, n in self.person_mentions):
            # (a headline's "Bénin : …" names no one)
            # French "Le PDG du groupe assure …" in a standfirst that names no one yet: the first person
            # the body ties to a role of that head ("Son PDG, Arnaud Roux").
            head = key.split()[0]
            complement = _ROLE_COMPLEMENT_FR.search(key)
            exact = [(o, n) for o, r, n in self.role_ties if r.split()[0] == head and o > position
                     and not (complement and (other := _ROLE_COMPLEMENT_FR.search(r)) and other.group() != complement.group())][:1]
            # (not "Le président du tribunal" for "L'actuel président du club, X")
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

            if k == 1 or self._role_of(full) is not None:
                return full
        # Further back: the last person the article tied to a role of the same family.
        head = self.role_head(role)
        family = self.lex.role_families.get(head, ()) if head not in self.lex.exclusive_roles or fold(role) == head else ()
        qualifier = _qualifier(fold(role)) if not self.lex.adjectival_names else None
        tied = [n for o, r, n in self.role_ties if o <= position and r and r.split()[0] in family
                and (owner is None or owner.group(1) in r)
                and (qualifier is None or _qualifier(r) in (None, qualifier))  # ("l'entraîneur palois": not the "ruthénois" one)
                and (gender is None or self.gender_of(n) in (None, gender))]
        return tied[-1] if tied else None

    def last_person(self, text: str, position: int, since: int, skip: list[tuple[int, int]],
                    gender: str | None = None) -> tuple[int, str] | None:
        """The person a pronoun most likely refers to: in the nearest sentence before `position`
        (after `since`) that names someone outside claim contents, the first person named there
        (subjects come first)."""
        candidates = [
            (start, name) for start, end, name in self.person_mentions
            if since <= start and end <= position and not any(a <= start < b for a, b in skip)
            and not (" " not in name and (_MEDIUM_MODIFIER_BEFORE.search(text, max(0, start - 30), start)
                                          and _MEDIUM_NOUN_AFTER.match(text, end)
                                          or _EXAMPLE_BEFORE.search(text, max(0, start - 10), start)))
            and not (_TOLD_BEFORE.search(text, max(0, start - 10), start) and _THAT_AFTER.match(text, end))
            and not _SPEAKING_TO_BEFORE.search(text, max(0, start - 16), start)  # "Speaking to Pirate FM, she said": whom to
        ]
        if not candidates:
            main = self.main_person() if self.lex.adjectival_names else None
            return (position, main) if main is not None else None
        last_start = candidates[-1][0]
        stop = text.rfind(". ", since, last_start)
        while stop > since and _INITIAL_BEFORE_DOT.search(text, max(since, stop - 5), stop):
            stop = text.rfind(". ", since, stop)  # "Harold J. MacNamara", "Sen. Kellerman": not a sentence end
        sentence_start = max(stop, text.rfind("\n", since, last_start), since)
        in_sentence = [(start, self._titled_full_name(name, start)) for start, name in candidates if start >= sentence_start]
        if self.lex.adjectival_names and len(in_sentence) > 1:
            # "Minister of State for Transport and the Environment Farah Nadia": a one-word complement
            # of a title after its preposition is no person
            # (nor a name closing on a portfolio or a role: "… Fisheries Resources Surveillance (PSDKP) Agus Priyanto",
            # "The Settlement Commandant for X, Robert Anguyo,"; but "Diane Pickering": a first name and a surname)
            named = [(start, name) for start, name in in_sentence
                     if (" " in name and is_first_name(name.split()[0]) or not PREPOSITION_BEFORE.search(text, max(0, start - 12), start))
                     and (name.count(" ") == 1 and is_first_name(name.split()[0])
                          or not portfolio_word(name.split()[-1], self.lex) and fold(name.split()[-1]) not in self.lex.roles)]
            if any(" " in name and is_first_name(name.split()[0]) for _, name in named):
                # ("member for Samlesbury and Walton, Councillor Diane Pickup": one word the article never completes
                # is no person beside one named in full)
                named = [(start, name) for start, name in named if " " in name]
            in_sentence = named or in_sentence
        elif not self.lex.adjectival_names and len(in_sentence) > 1:
            # "Le président de l'Étoile de Mbalmayo, Paul-Marie Ondoua, …": a name after a preposition is
            # the role's complement, the person in apposition is the subject
            named = [(start, name) for start, name in in_sentence if not _COMPLEMENT_BEFORE.search(text, max(0, start - 30), start)
                     and not (_COMPLEMENT_NOUN_BEFORE.search(text, max(0, start - 30), start) and not is_first_name(name.split()[0]))]
            if any(" " in name for _, name in named):
                # ("du groupe d'opposition Marseille d'abord, Christophe Aubanel": one word the article never
                # completes is no person beside one fully named)
                named = [(start, name) for start, name in named if " " in name]
            in_sentence = named or in_sentence
        if gender is not None and in_sentence and self.gender_of(in_sentence[0][1]) not in (None, gender):
            # "La maire, X, a reçu le préfet Y. « … », a-t-il déclaré": the first of the pronoun's gender
            # in that sentence, else the last one named before it.
            agreeing = [(start, name) for start, name in in_sentence if self.gender_of(name) in (None, gender)]
            if not agreeing:
                agreeing = [(start, full) for start, name in reversed(candidates)
                            if " " in (full := self.full_name(name, start)) and self.gender_of(full) in (None, gender)]
            if agreeing:
                return agreeing[0]
        return in_sentence[0] if in_sentence else None

    def main_person(self) -> str | None:
        """The person a profile or an interview is about (English): named at least three times and
        at least twice as often as anyone else, so a "she" far from any name is them."""
        if self._main is None:
            counts: dict[str, int] = {}
            for start, _, name in self.person_mentions:
                full = self.full_name(name, start)
                if " " in full:
                    counts[full] = counts.get(full, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: -item[1])
            top = ranked[0] if ranked and ranked[0][1] >= 3 else None
            self._main = top[0] if top and (len(ranked) == 1 or top[1] >= 2 * ranked[1][1]) else ""
        return self._main or None

    def qualified_group(self, mention: Mention, position: int) -> str | None:
        """The one qualified form the article gives a bare plural group ("officials" → "German
        officials", "police" → "Northamptonshire police"), if it gives exactly one (English); before
        POSITION for a definite group ("the senators" is no "GOP senators" the article names later)."""
        words = mention.text.split()
        if not self.lex.adjectival_names or len(words) > 2 or (len(words) == 2 and words[0].lower() != "the"):
            return None
        noun = words[-1]
        opening = len(words) == 1 and noun[:1].isupper() and noun[1:].islower()
        if opening:
            noun = noun.lower()  # "Officers said" opening a sentence: only a body's noun qualifies it ("council officers")
        if not noun.islower() or not (noun == "police" or (noun.endswith("s") and noun[:-1] in self.lex.roles)):
            return None
        cached = self._groups.get(noun)
        if cached is None:
            cached = self._groups[noun] = [
                (m.start(), m.group(1)) for m in re.finditer(rf"\b([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+|[a-z]+) {noun}\b", self.text)
                if m.group(1) not in self.lex.function_words and fold(m.group(1)) not in self.lex.roles
                and m.group(1) not in self.common_words  # "Fire officials said": a common noun
                # ("a report by council officers": a body's lower-case noun qualifies them too)
                and (m.group(1)[:1].isupper() or m.group(1) in _QUALIFYING_BODY_NOUNS)
            ]
        forms = {form for at, form in cached if (len(words) == 1 or at < position) and not (opening and form[:1].isupper())}
        if not forms and len(words) == 2:
            # "a lawsuit filed by 46 residents of the Lentekhi municipality … The residents had argued": that group
            counted = {m.group() for m in _counted_group(noun).finditer(self.text, 0, position)}
            return counted.pop() if len(counted) == 1 else None
        return f"{forms.pop()} {noun}" if len(forms) == 1 else None

    def _person_of_demonym(self, mention: Mention, position: int) -> str | None:
        """"a déclaré le Norvégien" for the person the article introduced as "le Norvégien Casper
        Ruud": the nearest before POSITION, else the first after."""
        words = _AGE_AFTER_DEMONYM.sub("", mention.text).split()  # "glisse le Belge de 52 ans"
        if len(words) > 2 or fold(words[0]).split("'")[0] not in ("le", "la", "l") or self.lex.adjectival_names:
            return None
        key = fold(_AGE_AFTER_DEMONYM.sub("", mention.name))
        tied = [(o, n) for o, r, n in self.role_ties if r == key]
        if not tied and (len(words) == 2 and words[0] in ("le", "la") or len(words) == 1 and words[0][:2] in ("l'", "l’")) \
                and _NATIONALITY.search(key) \
                and (person := self.last_person(self.text, position, since := self.text.rfind("\n", 0, position) + 1,
                                                [q.span() for q in _GUILLEMETS.finditer(self.text, since, position)])) \
                and " " in person[1]:
            return person[1]  # "« … », a reconnu le Suédois" right after "l'entraîneur de Kiel, Jonas Sundberg"
        before = [item for item in tied if item[0] <= position]
        return (before[-1] if before else tied[0])[1] if tied else None

    def family_tied_before(self, role: str, position: int) -> bool:
        """Whether someone named before POSITION holds a role of ROLE's family ("le sélectionneur
        … Didier Deschamps" before "le technicien"): then the role looks back, not ahead."""
        family = self.lex.role_families.get(fold(role).split()[0], ())
        return any(o <= position and r and r.split()[0] in family for o, r, _ in self.role_ties)

    def _only_person_near(self, position: int, reach: int = 250, role: str | None = None) -> str | None:
        """"Le ministre du Redressement productif a déclaré … Arnaud Montebourg reconnaît …": a
        role the article never ties to a name stands for the one person fully named right after it
        (not a lawyer the article names after a party's role: "Le prévenu a reconnu … Selon son
        avocate, Me X")."""
        if not self.lex.adjectival_names and not any(o < position and " " in n for o, _, n in self.person_mentions):
            # A headline or a standfirst, before anyone is named: up to the end of the next paragraph.
            reach = max(reach, _end_of_next_paragraph(self.text, position) - position)
        if (heading := SOURCES_HEADING.search(self.text, position, position + reach)) is not None:
            reach = heading.start() - position  # (not "— RNZ Pacific, November 6": a source's title)
        near = {self.full_name(n, o) for o, _, n in self.person_mentions
                if 0 < o - position <= reach and " " in n and not n[:1].islower() and not n.split()[-1].isupper()
                and " of " not in n  # ("the minister told the House of Representatives": no person)
                and not (not self.lex.adjectival_names and _PLACE_PREPOSITION_BEFORE_FR.search(self.text, max(0, o - 10), o))
                and not (not self.lex.adjectival_names and _named_after_body_noun(self.text, o, self.lex))  # ("La région Grand Est")
                and n.split()[0] not in _PLACE_OPENINGS  # ("des routes Massif Central")
                and n not in _COUNTRIES_OF_SEVERAL_WORDS  # ("The doctor told the paper … kits to Sri Lanka")
                and not (self.lex.adjectival_names and _TOLD_BEFORE.search(self.text, max(0, o - 10), o))  # ("told Cornwall Live")
                and not _credited(self.text, n)  # ("Crédit photo : Fréquence Mistral": the outlet, in its footer too)
                and not _LISTED_NAMES_BEFORE.search(self.text, max(0, o - 60), o)}  # ("Belfius, ING, KBC, BNP Paribas Fortis et AXA")
        if role is None or len(near) != 1:
            return near.pop() if len(near) == 1 else None
        head = self.role_head(role)
        if not self.lex.adjectival_names and (gender := role_gender(head, self.lex)) is not None \
                and self.gender_of(next(iter(near))) not in (None, gender):
            return None  # "a poursuivi la présidente de la commission" before "Didier Castellini"
        tied = [r for _, r, n in self.role_ties if n in near and r]  # the roles tied to that one person
        if not self.lex.adjectival_names and (complement := _ROLE_COMPLEMENT_FR.search(fold(role))) is not None and tied \
                and all((other := _ROLE_COMPLEMENT_FR.search(fold(r))) is not None and other.group() != complement.group() for r in tied):
            return None  # "Le président du tribunal" before "L'actuel président du club, X": another body's
        if head not in _COURT_PROFESSIONS and any(r.split()[0] in _COURT_PROFESSIONS for r in tied):
            return None  # a lawyer, a prosecutor or a judge is never the party the role names
        if head in _COURT_PROFESSIONS and any(r.split()[0] not in _COURT_PROFESSIONS for r in tied):
            return None  # "le juge des référés a estimé" before "Gilles Barthélemy, président de Rouler en Isère"
        if head in SINGLE_OFFICES and any(r.split()[0] in SINGLE_OFFICES and r.split()[0] != head for r in tied):
            return None  # "Le préfet des Ardennes a indiqué …" before "le maire, Bernard Coulon": another office holder
        if any(not self.lex.exclusive_roles.isdisjoint(fold(r).split()) and head not in fold(r).split() for r in tied):
            return None  # "a écrit le joueur" before "L'ancien arbitre international anglais Robert Ashdown": a referee
        if head.startswith(("spokes", "porte-parole")) and any(not fold(r).startswith(("spokes", "porte-parole")) for r in tied):
            return None  # "the spokesman of the Ministry of Health said" before "Paramount Chief Musa Gbondo"
        family = self.lex.role_families.get(head, frozenset()) | {head}
        if self.lex.adjectival_names and tied and all(family.isdisjoint(fold(r).split()) for r in tied):
            # "the Auditor General's report" before "The chairperson of …, Hellen Nabukeera"; "The mayor … said"
            # before "Mark Ellis, the county's emergency manager": another office
            return None
        return near.pop()

    def _only_untied_person_before(self, position: int) -> str | None:
        """The one person fully named before POSITION, when the article ties them to no role."""
        tied = {n for _, _, n in self.role_ties}
        named = {full for o, _, n in self.person_mentions if o < position and " " in (full := self.full_name(n, o))
                 and -1 < self.text.find(full) < position}  # (not "Zanzibar" of a headline, "Zanzibar Leo" in the sources)
        return named.pop() if len(named) == 1 and not named & tied else None

    def _surname_with_article(self, mention: Mention, position: int) -> str | None:
        """"affirme Le Floch" after "Erwan Le Floch": a capitalised article that belongs to a
        person's surname the article wrote in full, not an organisation's article."""
        words = mention.text.split()
        if mention.role is not None or len(words) < 2 or " " in mention.name or words[-1] != mention.name:
            return None
        surname = f"{words[-2]} {mention.name}"
        if not words[-2][:1].isupper():
            return None
        full = self._fullest(surname, position)
        # (not "La DRAM a indiqué" after "selon la DRAM": the same words, no fuller name)
        return self.variants.get(full, full) if fold(full) != fold(surname) else None

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
