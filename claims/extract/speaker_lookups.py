"""Name lookups mixed into `ArticleSpeakers`: fullest names and pronoun antecedents (people by role are
`role_lookups`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from claims.extract.first_names import is_first_name
from claims.extract.role_genders_fr import role_gender
from claims.extract.name_words import CONTINENT_ENDINGS, PLURAL_BODY_ENDINGS, portfolio_word
from claims.extract.speaker_phrases import introduced_as_body, named_after_body_noun
from claims.extract.speakers import PREPOSITION_BEFORE, Mention, fold, folded_words
from claims.extract.speaker_french import _end_of_next_paragraph
from claims.extract.speaker_scan import _one_edit_apart
from claims.extract.speech_recipients_fr import MEDIUM_BEFORE
from claims.extract.role_lookups import ROLE_COMPLEMENT_FR

_FRENCH_COMPLEMENTS = ("de", "du", "des", "d'", "d’")
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
_INITIAL_BEFORE_DOT = re.compile(r"(?:^|[\s(])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Dr|Mr|Mrs|Ms|Prof|St|Ste|Sf|Mt|Ft|M|Det|Supt|Insp|Maj)$")


# Offices one person does not hold together: the holder of one is never named by another.
SINGLE_OFFICES = frozenset(("prefet", "prefete", "maire", "depute", "deputee", "senateur", "senatrice",
                            "recteur", "rectrice", "doyen", "doyenne", "proviseur", "proviseure"))
# Roles of a trial's professionals (folded), which no party to it holds.
_COURT_PROFESSIONS = frozenset(("avocat", "avocate", "procureur", "procureure", "juge", "magistrat", "magistrate",
                                "lawyer", "attorney", "prosecutor", "judge"))


_COMPLEMENT_BEFORE = re.compile(r"\b(?:de\s+la|de|du|des)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)?$|\b(?:de\s+l|d)['’]$")
# A complement's noun before a name: "du syndicat des vins Côtes de Gascogne" (not "des chasseurs Jean Petit":
# a first name opens a person's name).
# (nor "à la conférence Saint-Vincent-de-Paul": where someone works)
_COMPLEMENT_NOUN_BEFORE = re.compile(r"\b(?:de\s+la|de|du|des|de\s+l['’]|d['’]|à\s+la|au|à\s+l['’])\s*(?:[a-zà-ÿ]{3,}|ONG)\s+$")  # ("de l'ONG Terre Sahel")


# French: a place's preposition right before a name ("depuis Tevragh Zeina jusqu'à l'hôpital"): a place, no person.
_PLACE_PREPOSITION_BEFORE_FR = re.compile(r"\b(?:depuis|jusqu['’]à|vers|dans|à|en)\s+$")
_REACHED_BY_BEFORE_FR = re.compile(
    r"\b(?:joint|interrog|cit|contact|sollicit)(?:e|é|ée|és|ées)?s?\s+(?:[a-zé]+\s+){0,2}par\s+(?:l['’]|la\s+|le\s+)?$")
_PLACE_PREPOSITION_BEFORE_EN = re.compile(r"\b(?:from|at|in|near)\s+(?:[A-Z][\w'’-]*\s+)?$")  # ("beads from Liang Watu Rua")
_ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


# Names listed before a name ("les banques que sont Belfius, ING, KBC, BNP Paribas Fortis"): one item of a list.
_LISTED_NAMES_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*,[ \u00a0]+){2,}(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*[ \u00a0]+)?$")


@lru_cache(maxsize=256)
def _counted_group(noun: str) -> re.Pattern:
    """"46 residents of the Lentekhi municipality": a group of NOUN counted and placed."""
    return re.compile(rf"\b\d[\d,]*\s+{noun}\s+(?:of|from|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
                      r"(?:\s+(?:municipality|district|village|town|county|region|province|area))?")


# A state's or country's short form closing a body's name: "Main Roads" + " WA".
_STATE_SUFFIX = re.compile(r" [A-Z]{2,3}")


def _credited(text: str, name: str) -> bool:
    """Whether the article credits NAME for a photo or its writing ("© RAM 05", "Image: Marco Zanon.",
    "Par la rédaction de X")."""
    return re.search(rf"(?:©|\b[Pp]hoto\s*:|\b[Ii]mage\s*:|\b[Pp]icture\s*:|\b[Cc]r[ée]dit(?:\s+photo)?\s*:|\brédaction\s+de)[ \u00a0]*"
                     rf"{re.escape(name)}(?![\w-])", text) is not None


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

    def person_before_in_full(self, text: str, draft, paras, gender: str | None) -> str | None:
        """The full name of the person last named before DRAFT's attribution, in its paragraph or the one before, of
        GENDER when given ("Lorna Cabahug's neighbour", "Le Vaudois s'est dit …"), else None."""
        since = paras[max(0, draft.paragraph - 1)][0] if draft.paragraph < len(paras) else 0
        found = self.last_person(text, draft.position, since, [], gender)
        person = self.full_name(found[1], found[0]) if found is not None else ""
        if gender is not None and person and self.gender_of(person) not in (None, gender):
            # "Dr. Martin Kehoe said … / … her parents said": the last of her gender the article named before
            found = self.last_person(text, draft.position, 0, [], gender)
            person = self.full_name(found[1], found[0]) if found is not None else ""
            person = person if self.gender_of(person) in (None, gender) else ""
        return person if " " in person and person[:1].isupper() else None

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
            and not _REACHED_BY_BEFORE_FR.search(text, max(0, start - 40), start)  # "joint par téléphone par L'Écho": the outlet
            # "a déclaré mardi à la radio privée Tambara FM le président …, X. Il a précisé": whom he told
            and not (not self.lex.adjectival_names and MEDIUM_BEFORE.search(text, max(0, start - 40), start))
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
                and not self.text.endswith((" and ", " or "), 0, m.start())  # ("Tanzanian and Canadian researchers": both)
            ]
        forms = {form for at, form in cached if (len(words) == 1 or at < position) and not (opening and form[:1].isupper())}
        if not forms and len(words) == 2:
            # "a lawsuit filed by 46 residents of the Lentekhi municipality … The residents had argued": that group
            counted = {m.group() for m in _counted_group(noun).finditer(self.text, 0, position)}
            return counted.pop() if len(counted) == 1 else None
        return f"{forms.pop()} {noun}" if len(forms) == 1 else None

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
                and not (self.lex.adjectival_names and (n.split()[-1] in PLURAL_BODY_ENDINGS  # ("Calder Valley Homes")
                                                        or n.split()[-1] in CONTINENT_ENDINGS))  # ("Baseball America")
                and not (not self.lex.adjectival_names and _PLACE_PREPOSITION_BEFORE_FR.search(self.text, max(0, o - 10), o))
                and not (self.lex.adjectival_names and _PLACE_PREPOSITION_BEFORE_EN.search(self.text, max(0, o - 20), o))
                and not (not self.lex.adjectival_names and (named_after_body_noun(self.text, o, self.lex)  # ("La région Grand Est")
                                                            # ("la société X", later "La direction d'X")
                                                            or introduced_as_body(self.text, self.full_name(n, o), self.lex)))
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
        if not self.lex.adjectival_names and (complement := ROLE_COMPLEMENT_FR.search(fold(role))) is not None and tied \
                and all((other := ROLE_COMPLEMENT_FR.search(fold(r))) is not None and other.group() != complement.group() for r in tied):
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
        if (self.lex.adjectival_names or head in SINGLE_OFFICES) and tied and all(family.isdisjoint(fold(r).split()) for r in tied):
            # (French "le préfet de la région du Poro a indiqué" before "son directeur régional, Adama Silué")
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
