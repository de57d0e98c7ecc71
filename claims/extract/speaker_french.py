"""French ways of referring to a speaker already named, mixed into `ArticleSpeakers`: the gender
the article's words give a person (for il / elle), roles in other words (le conseiller fédéral X …
le chef du Département), a trial's defendant, possessives (ses auteurs, son entourage), documents
named again (l'étude), places standing for a ministry (Bercy). (The possessives, the bodies and the
documents are `speaker_french_possessives`, `speaker_french_bodies` and `speaker_french_documents`.)"""

from __future__ import annotations

import re

from claims.extract.quotes import inside_quotation_marks
from claims.extract.lang import fr
from claims.extract.first_names import first_name_gender
from claims.extract.role_genders_fr import KIN_ROLES, role_gender
from claims.extract.speakers import Lexicon, Mention, fold, role_in
from claims.extract.types import SpeakerRef
from claims.extract.untied_roles_fr import only_person_named_before
from claims.extract.speaker_phrases import introduced_as_body
from claims.extract.speaker_french_bodies import FrenchBodyReferences
from claims.extract.speaker_french_documents import FrenchDocumentReferences
from claims.extract.speaker_french_possessives import FrenchPossessiveReferences


# A lower-case complement of a role, naming no place or body ("de l'opposition", "de la majorité").
_LOWER_CASE_SIDE = re.compile(r"\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?:opposition|majorité)\b")
# The content words of a French role's complement ("de cabinet du préfet": "cabinet", "prefet"), folded.
_COMPLEMENT_WORDS = re.compile(r"(?<![\w'’-])(?!(?:de|du|des|la|le|les|l|d|et|en|au|aux)\b)[a-z][\w-]{2,}")

_DEFINITE_COMPLEMENT = re.compile(r"\s(?:du|des|de la|de l['’])\s*\w")


def complement_elsewhere(role: str, head: str, tied: list[str]) -> bool:
    """French: whether ROLE (headed by HEAD) has a complement that shares no word with any of the
    roles TIED to a person, each with a complement of its own ("directeur de cabinet du préfet"
    against "directeur de la coopérative Vergers du Périgord noir")."""
    rest = fold(role)[len(head):]
    if not _DEFINITE_COMPLEMENT.search(rest):
        return False  # ("la mère de famille", "le magistrat vert": an epithet, no body's complement)
    complement = set(_COMPLEMENT_WORDS.findall(rest))
    return bool(complement) and bool(tied) and all(
        _DEFINITE_COMPLEMENT.search(r) and not complement & set(r.split()) for r in tied)


def _end_of_next_paragraph(text: str, position: int) -> int:
    """Where the paragraph after the one holding POSITION ends."""
    end = text.find("\n", position)
    while 0 <= end < len(text) and text[end] in "\n \t\u00a0":
        end += 1
    if end < 0 or end >= len(text):
        return len(text)
    following = text.find("\n", end)
    return len(text) if following < 0 else following


# French: a person's name, up to three appositions, then what makes them the one on trial.
_ON_TRIAL_AFTER = re.compile(
    r"\.?(?:,[^,.;:«»\n]{1,60}){0,3},?\s+(?:(?:est|était|sera|a\s+été)\s+"
    r"(?P<part>accusée?|poursuivie?|jugée?|mise?\s+en\s+examen)|compara[iî]t|comparaissait|comparaîtra)\b")
# French "l'une des fondatrices", "un des porte-parole": one person holding a plural role.
_ONE_OF = (["l'un", "des"], ["l'une", "des"], ["un", "des"], ["une", "des"])
# A role's complement opening: "de l'ancien …", "du ", "des ".
_COMPLEMENT_OPENING = re.compile(r"\s+(?:de|du|des|d['’])(?:\s+(?:la|le|l['’]|les))?\s*$")


def _head_role(phrase: str, last: tuple[int, str], lex: Lexicon) -> tuple[int, str] | None:
    """French: the role word that heads PHRASE when the last role found (LAST) sits in its
    complement ("la veuve de l'ancien président", "le fils du président"), else None."""
    first = role_in(phrase, lex)
    if first is None or first[0] >= last[0]:
        return None
    low = fold(phrase)
    between = low[first[0] + len(first[1]):last[0]]
    if not _COMPLEMENT_OPENING.search(between) or len(between.split()) > 4:
        return None
    return first[0], low[first[0]:last[0] + len(last[1])]


# "au ", "à ", "à la ", "à l'" right before an outlet a speaker talked to.
_AUDIENCE_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:au|à|à\s+la|à\s+l['’])\s*"
                                          r"(?:(?<=au )(?:site|journal|quotidien|magazine)\s+|(?<=la )(?:radio|chaîne|télévision)\s+)?$")
_DOCUMENT_WORDS = frozenset(fold(w) for w in fr.DOCUMENT_WORDS)  # ("la décision": no person)
_PANELS = frozenset(("jury", "jurys"))  # ("Le jury a estimé que …": the panel, no person of the narration)
# The noun of an apposition after a name: "X, urgentologue à …", "X, l'infirmière de garde".
_APPOSITION_NOUN = re.compile(r",[ \u00a0]+(?:(?:l['’]|le[ \u00a0]+|la[ \u00a0]+|une?[ \u00a0]+))?(?P<noun>[a-zà-ÿ-]+)\b")
_VERB_NEXT = re.compile(r"[ \u00a0]+(?:a|ont|est|sont|avait|avaient|était|va|vont|aurait|affirme|estime|explique|assure|"
                        r"indique|déclare|raconte|confie|ajoute|précise|souligne|dit)\b")
_DEFENDANT_ROLES = frozenset(("prevenu", "prevenue", "accuse", "accusee"))
# French: the words before the name of someone prosecuted ("requis … contre X", "Selon l'accusation, X", "La cour
# d'assises a condamné jeudi soir à Strasbourg Karim Belkacem").
_PROSECUTED_BEFORE = re.compile(r"(?:\bcontre|[Ss]elon\s+l['’]accusation,|\b(?:condamné|acquitté)\b[^.;:«»,]{0,40})\s+$")
_PROSECUTED_AFTER = re.compile(r"(?:,[^.;:«»]{1,120}?)?,?\s+(?:(?:poursuivie?s?|jugée?s?|renvoyée?s?)\s+(?:pour|devant)\s"
                               # ("X, …, a comparu mardi devant le tribunal", "X, 58 ans, a reconnu mercredi devant le tribunal …")
                               r"|(?:a|avait)\s+comparu\b|compara(?:ît|issait)\b"
                               r"|(?:a|avait)\s+reconnu\s+(?:[a-zé]+\s+){0,2}devant\s+le\s+tribunal\b)")
# A first name closed by a surname's initial: "Jean-Claude H", "Cédric M" (its dot follows).
_INITIAL_CLOSING = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+ [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]$")
# ("le vigneron de 58 ans", "la productrice de troisième génération": who, no office's complement)
_AGE_AFTER_ROLE = re.compile(r"\s+(?:de|d'|agee?s?\s+de)\s*\d{1,3}\s+ans$|\s+de\s+(?:\d+e|[a-z]+i?eme|premiere|seconde)\s+generation$")
_PLACE_AFTER_ROLE = re.compile(r"[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|de|du|d['’])[ \u00a0]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*$")


def without_place(role: str) -> str:
    """ROLE without the place closing it: "l'élu de la Haute-Marne", "la résidente d'Iberville"."""
    return _PLACE_AFTER_ROLE.sub("", role)


# Nouns a French demonstrative turns into a reference to the person just named ("ce dernier",
# "cette spécialiste du climat", "ce proche du président"), besides role words.
_DEMONSTRATIVE_PERSON_NOUNS = frozenset(("dernier", "derniere", "proche", "specialiste", "homme", "femme", "jeune"))
_DEMONSTRATIVE_GENDERS = {"ce": "m", "cet": "m", "cette": "f", "celui": "m", "celle": "f"}
_CAPITALISED_WORD_CLOSING = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+$")


class FrenchReferences(FrenchPossessiveReferences, FrenchBodyReferences, FrenchDocumentReferences):
    """Mixed into `ArticleSpeakers` (its fields: `text`, `lex`, `role_ties`, `genders`)."""

    __slots__ = ()

    def _note_gender(self, name: str, gender: str | None) -> None:
        """Record what the article's words say of NAME's gender; contrary evidence leaves it unknown."""
        if gender is None:
            return
        known = self.genders.get(name)
        self.genders[name] = gender if known in (None, gender) else ""

    def gender_of(self, name: str) -> str | None:
        """What the article's words say of NAME's gender, else what its first name says."""
        known = self.genders.get(name)
        return first_name_gender(name) if known is None else known or None

    def _demonstrative_person(self, mention: Mention, position: int) -> str | None:
        """French "ce dernier", "cette spécialiste du climat": the person named last before
        POSITION (from the previous paragraph on) whose gender the demonstrative allows; None when
        the phrase is no demonstrative of a person or nobody fits."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or len(words) < 2 or len(words) > 7 or words[0] not in _DEMONSTRATIVE_GENDERS:
            return None
        if words[0] in ("celui", "celle") and words[1] != "qui":
            return None
        if words[1] not in _DEMONSTRATIVE_PERSON_NOUNS and words[1] not in self.lex.roles and words[1] != "qui":
            return None
        gender = _DEMONSTRATIVE_GENDERS[words[0]]
        text = self.text
        since = text.rfind("\n", 0, max(0, text.rfind("\n", 0, position) - 2)) + 1
        for start, end, name in reversed(self.person_mentions):
            if start < since:
                break
            if end > position or text.rfind("«", since, start) > text.rfind("»", since, start):
                continue  # (a name inside a quotation is not who the narration refers to)
            full = self.full_name(name, start)
            if " " in full and self.gender_of(full) in (None, gender):
                return full
        return None

    def without_party_label(self, name: str) -> str | None:
        """"le député Ecolo Samuel Roux": a capitalised word glued before a first name and a surname
        that the article also writes alone as a subject ("Ecolo et Groen ont dénoncé") is a party's
        or a group's label; the person is the last two words. None when NAME is no such run."""
        tokens = name.split()
        if len(tokens) != 3 or not all(t[:1].isupper() for t in tokens) or tokens[0].isupper():
            return None
        alone = re.compile(rf"(?<![\w-]){re.escape(tokens[0])}(?![\w-])(?!\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
        # (not the last word of another name: "Taher Abou Salem, un porte-parole" beside "cheikh Salem Abou Rayyan")
        return " ".join(tokens[1:]) if any(not _CAPITALISED_WORD_CLOSING.search(self.text, max(0, m.start() - 30), m.start())
                                           for m in alone.finditer(self.text)) else None

    def _audience_before(self, full: str, name: str) -> bool:
        """French: whether FULL is NAME glued to the outlet a statement was made to ("a confié au
        Parisien Sophie Marcellin", "explique à Libération Paul Roux"), one capitalised word that
        follows "au" / "à" wherever the article writes FULL."""
        extra = full[:len(full) - len(name)].strip()
        if not full.endswith(" " + name) or " " in extra:
            return False
        at = self.text.find(full)
        found = False
        while at >= 0:
            if not _AUDIENCE_PREPOSITION_BEFORE.search(self.text, max(0, at - 20), at):  # ("au site VnExpress Lê Thị Hoa")
                return False
            found = True
            at = self.text.find(full, at + 1)
        return found

    def person_in_narration(self, position: int) -> str | None:
        """The person last named outside quotation marks before POSITION, in its paragraph: whom
        "raconte ce père de famille" or "confie l'agriculteur" describes right after "Karim, 34 ans,
        attendait le bus" or "X a rencontré Yoshio Roux"."""
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        found = None
        for offset, end, name in self.person_mentions:
            if offset >= position:
                break
            if offset >= start and not inside_quotation_marks(text, start, offset) \
                    and not introduced_as_body(text, self.full_name(name, offset), self.lex):
                found = (offset, name)  # (not "la radio privée Kerkennah FM", "la société X": a body)
        return self.full_name(found[1], found[0]) if found is not None else None

    def _untied_person_of_paragraph(self, article: str, position: int, previous: SpeakerRef | None) -> str | None:
        person = self.person_in_narration(position) or only_person_named_before(self, position)
        if person is None or " " not in person or any(n == person for _, _, n in self.role_ties) \
                or (previous is not None and previous.name == person):
            return None
        gender = {"le": "m", "la": "f"}.get(article)
        return person if gender is None or self.gender_of(person) in (None, gender) else None

    def _person_described_as(self, noun: str, position: int) -> str | None:
        """The last person before POSITION whose name the article followed with NOUN in apposition
        ("Nathalie Roux, urgentologue à l'hôpital" for "l'urgentologue")."""
        text = self.text
        found = None
        for offset, end, name in self.person_mentions:
            if offset >= position:
                break
            apposition = _APPOSITION_NOUN.match(text, end)
            if apposition is not None and apposition.group("noun") == noun and not _VERB_NEXT.match(text, apposition.end()):
                # (not "Joint par la radio Kerkennah FM, le dessinateur a affirmé": the speaker's own words, no apposition)
                found = self.full_name(name, offset)
        return found

    def anonymised_defendant(self, mention: Mention, position: int) -> str | None:
        """French court reports name the defendant by first name and initial ("Jean-Claude H., 58
        ans"): "le prévenu", "l'accusée" the article ties to nobody is the first person so named
        before POSITION, else the one person fully named before it and tied to no role."""
        words = fold(mention.text).split()
        if len(words) != 2 and not (len(words) == 1 and words[0][:2] == "l'"):
            return None
        if fold(mention.role or "") not in _DEFENDANT_ROLES or any(r in _DEFENDANT_ROLES for _, r, _ in self.role_ties):
            return None
        for offset, end, name in self.person_mentions:
            if offset >= position:
                break
            if _INITIAL_CLOSING.search(name) and self.text[end:end + 1] == ".":
                return self.full_name(name, offset)
        wanted = "f" if fold(mention.role or "") in ("prevenue", "accusee") else "m"  # (folded, "accusé" ends with "e" too)
        # "requis … contre Didier V., 58 ans, ancien gérant …, poursuivi pour escroquerie", "Selon l'accusation,
        # Alain D., 61 ans, a effectué …": the one person the prosecution names before POSITION
        prosecuted = {self.full_name(name, offset) for offset, end, name in self.person_mentions
                      if offset < position and " " in name and (
                          _PROSECUTED_BEFORE.search(self.text, max(0, offset - 60), offset)
                          or _PROSECUTED_AFTER.match(self.text, end))}
        if len(prosecuted) == 1 and self.gender_of(person := prosecuted.pop()) in (None, wanted):
            return person
        # "Laurent Bérenger a écouté sans broncher … À la barre, le prévenu reconnaît": the one person
        # named before, whom the article ties to no role (and of the role's gender: not "Par Gaëlle X", a byline)
        person = self._only_untied_person_before(position)
        return person if person is None or self.gender_of(person) in (None, wanted) else None

    def untied_role_person(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """A definite role of no family that the article ties to nobody ("le commerçant", "l'habitante")
        for the person just named in this paragraph's narration, when no role is tied to them and they
        are not the speaker just quoted (who is someone else: "a dit X. Le négociateur a répondu")."""
        words = fold(mention.text).split()
        role = _AGE_AFTER_ROLE.sub("", fold(mention.role or "")).split()  # "le vigneron de 58 ans": the vine grower
        if len(role) > 1 and role[0] not in self.lex.roles:
            role = _AGE_AFTER_ROLE.sub("", fold(without_place(mention.role))).split()  # "la résidente d'Iberville"
        if len(role) > 2 and " ".join(role[:2]) in self.lex.roles and role[2] in ("du", "de", "des"):
            role = [" ".join(role[:2])]  # "le garde forestier du triage Broye-Vully": a two-word role and its complement
        elif len(role) > 2 and role[0] in self.lex.roles and (side := _LOWER_CASE_SIDE.search(mention.role or "")) is not None \
                and len(fold(mention.role[:side.start()]).split()) <= 2:
            role = fold(mention.role[:side.start()]).split()  # "le conseiller municipal de l'opposition": the side he sits on
        if not words or not role or len(role) > 2 or not (words[0] in ("le", "la") or words[0].startswith("l'")):
            return None
        head, lex = role[0], self.lex
        if head not in lex.roles and len(role) == 1 and head not in lex.organisations:
            # "X, urgentologue à …" … "l'urgentologue"; "X, 67 ans, habite au troisième. « … », raconte la
            # retraitée": the person of this paragraph, given no role, and of the article's gender
            return self._person_described_as(mention.role, position) or (
                None if head in lex.organisation_nouns or head in lex.companies or head in lex.collective_heads
                or head in _DOCUMENT_WORDS or head in _PANELS else self._untied_person_of_paragraph(words[0], position, previous))
        family = lex.role_families.get(head, frozenset((head,)))
        if head not in lex.roles or head in lex.exclusive_roles or any(r.split()[:1] == [head] for _, r, _ in self.role_ties) \
                or (head in lex.role_families and any(r.split()[0] in family for _, r, _ in self.role_ties if r)):
            return None  # ("le vigneron" where no one is tied to a role of its family: the person of the narration)
        person = self.person_in_narration(position)
        if person is None or any(n == person for _, _, n in self.role_ties) or (previous is not None and previous.name == person):
            return None
        return person

    def may_be_called(self, name: str, role: str) -> bool:
        """French: whether the person just quoted, NAME, may be called by ROLE in the next breath
        ("le conseiller fédéral X" … "le chef du Département", "X" … "la mère de famille"): ROLE is
        a role word, and no role the article tied to them belongs to a family ROLE is not in."""
        lex = self.lex
        head = fold(role).split()[0] if role.strip() else ""
        if lex.adjectival_names or head not in lex.roles or head in lex.exclusive_roles:
            return False  # ("le prévenu", "le médecin légiste": someone of their own)
        family = lex.role_families.get(head, frozenset((head,)))
        gender = role_gender(head, lex)
        tied_roles = [r for _, r, n in self.role_ties if n == name and r]
        roles = [r.split()[0] for r in tied_roles]
        if not roles:
            return False  # "a déclaré Anne Dubois. Le ministre a rappelé …": someone else
        if complement_elsewhere(role, head, tied_roles):
            return False  # "le directeur de cabinet du préfet" after "le directeur de la coopérative, X"
        if head not in KIN_ROLES and any(tied in KIN_ROLES for tied in roles):
            return False  # "la sœur du disparu, X" is not "le négociateur"
        for tied in roles:
            if tied in family:
                continue
            if tied in lex.role_families or tied in lex.exclusive_roles:
                return False
            if gender is not None and role_gender(tied, lex) not in (None, gender):
                return False  # "la veuve de …, X" is not "le négociateur"
        return True
