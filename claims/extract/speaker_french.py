"""French ways of referring to a speaker already named, mixed into `ArticleSpeakers`: the gender
the article's words give a person (for il / elle), roles in other words (le conseiller fédéral X …
le chef du Département), a trial's defendant, possessives (ses auteurs, son entourage), documents
named again (l'étude), places standing for a ministry (Bercy)."""

from __future__ import annotations

import re

from claims.extract.lang import fr
from claims.extract.possessive_roles_fr import ROLE_OPENING as _ROLE_OPENING, STAFF_ROLES, of_fullest_role
from claims.extract.first_names import first_name_gender
from claims.extract.role_genders_fr import FEMININE_ROLES, KIN_ROLES, MASCULINE_ROLES, role_gender
from claims.extract.speakers import Lexicon, Mention, fold, role_in
from claims.extract.speaker_mentions import parse_mention
from claims.extract.short_form_names_fr import OF_BEFORE_ARTICLE
from claims.extract.speaker_organisations_fr import _BODY_SUBJECT
from claims.extract.types import SpeakerRef
from claims.extract.untied_roles_fr import only_person_named_before


# Trades a French copy names a company by once it spoke ("le gestionnaire du réseau", "l'exploitant").
_TRADE_EPITHETS = frozenset(("gestionnaire", "exploitant", "operateur", "transporteur", "constructeur", "assureur",
                             "bailleur", "distributeur", "fournisseur", "concessionnaire", "fabricant", "equipementier"))
# A role's article ("la ministre wallonne du Logement"), for the "de" it takes after a noun.
_ARTICLE_OPENING = re.compile(r"(les|le|la|l['’])\s*(?=\w)", re.IGNORECASE)
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
_SUBJECT_END = re.compile(r"[,;:«»“”]")
# A subject, then its document in apposition: "Le ministère, dans un ".
_INSIDE_DOCUMENT_BEFORE = re.compile(r"(?<=\S),\s+dans\s+(?:un|une|son|sa|leur)\s+$")
# The verb that put a document out, right before its noun: "a publié un ", "ont diffusé dimanche une ".
_RELEASED_BEFORE = re.compile(
    r"\s(?:a|ont|avait|avaient)\s+(?:publié|diffusé|rendu\s+public|transmis|adressé|envoyé|dévoilé|présenté)"
    r"(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:un|une|son|sa|leur)\s+$")
# Nouns that stand for whichever document the article named before ("selon le document", "le texte relève").
_GENERIC_DOCUMENTS = frozenset(("document", "texte"))
_DOCUMENT_WORDS = frozenset(fold(w) for w in fr.DOCUMENT_WORDS)  # ("la décision": no person)
_DOCUMENT_NOUN = re.compile(r"(?<![dD]['’])\b(?:" + "|".join(sorted(map(re.escape, fr.DOCUMENT_WORDS), key=len, reverse=True)) + r") ")
# A document noun, then a relative clause naming who put it out: "recommandations en urgence que le
# Contrôle général (CGLPL) a publiées".
_PUBLISHED_BY_RELATIVE = re.compile(
    r"\S+(?:[ \u00a0][a-zà-ÿ-]+){0,3}?[ \u00a0]+qu(?:e[ \u00a0]+|['’])(?P<author>(?:le|la|les|l['’])[ \u00a0]*[^,.;«»]{3,90}?)"
    r"(?:[ \u00a0]*\([^)]{1,15}\))?[ \u00a0]+(?:a|ont|avait|avaient)[ \u00a0]+(?:publié|rendu|diffusé|remis|présenté|dévoilé)")
_LEADING_ARTICLE = re.compile(r"^(?:les?|la|l['’])[ \u00a0]*")
# What a document is about, after its author: "un rapport de l'Office … sur l'achat de …".
# When the document was put out, between its participle and its author: "publié mardi par".
_DAY_BEFORE_AGENT = re.compile(r"\b(publiée?s?|diffusée?s?|réalisée?s?)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
                               r"(?:\s+(?:matin|soir|dernier|dernière))?\s+(?=par\s)")
# The verb after the document's author: "… de l'Observatoire régional de santé recense 412 cas".
_PREDICATE_AFTER_AUTHOR = re.compile(
    r"\s(?:a|ont|est|sont|fait|font|recense|recensent|dénombre|dénombrent|comptabilise|chiffre|évalue|estime|estiment|"
    r"indique|indiquent|montre|montrent|révèle|révèlent|signale|signalent|souligne|soulignent|confirme|confirment|"
    r"relève|relèvent|pointe|pointent|prévoit|prévoient)\s")
_TOPIC_AFTER_AUTHOR = re.compile(r"\s(?:sur|concernant|portant|consacrée?s?|à propos)\s")
# The noun of an apposition after a name: "X, urgentologue à …", "X, l'infirmière de garde".
_APPOSITION_NOUN = re.compile(r",[ \u00a0]+(?:(?:l['’]|le[ \u00a0]+|la[ \u00a0]+|une?[ \u00a0]+))?(?P<noun>[a-zà-ÿ-]+)\b")
# A French sports club's name: its kind ("Union sportive", "AS", "FC"), then capitalised words maybe joined by
# "de", "du", "des".
_SPORTS_CLUB_NAME = re.compile(
    r"(?<![\w-])(?:(?:Union|Association|Entente|Étoile|Avenir|Jeunesse|Amicale)[ \u00a0]+sportive|Football[ \u00a0]+[Cc]lub"
    r"|Stade|Olympique|Racing|Sporting|(?:AS|US|FC|SC|RC|ASM|AJ|EA|ES|SCO)(?=[ \u00a0]))"
    r"(?:[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+|d['’]|de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
_DEFENDANT_ROLES = frozenset(("prevenu", "prevenue", "accuse", "accusee"))
_PROSECUTED_BEFORE = re.compile(r"(?:\bcontre|[Ss]elon\s+l['’]accusation,)\s+$")
_PROSECUTED_AFTER = re.compile(r"(?:,[^.;:«»]{1,120}?)?,?\s+(?:(?:poursuivie?s?|jugée?s?|renvoyée?s?)\s+(?:pour|devant)\s"
                               # ("X, …, a comparu mardi devant le tribunal", "X, 58 ans, a reconnu mercredi devant le tribunal …")
                               r"|(?:a|avait)\s+comparu\b|compara(?:ît|issait)\b"
                               r"|(?:a|avait)\s+reconnu\s+(?:[a-zé]+\s+){0,2}devant\s+le\s+tribunal\b)")
# A first name closed by a surname's initial: "Jean-Claude H", "Cédric M" (its dot follows).
_INITIAL_CLOSING = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+ [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]$")
_OPENING_MARKS = re.compile(r"[«“]")
_CLOSING_MARKS = re.compile(r"[»”]")


def _last_match_start(pattern: re.Pattern, text: str, before: int) -> int:
    """Where the last match of PATTERN starting before BEFORE starts, else -1."""
    found = -1
    for match in pattern.finditer(text, 0, before):
        found = match.start()
    return found


def _inside_quotation(text: str, start: int, offset: int) -> bool:
    """Whether OFFSET lies inside a quotation opened after START (« », “ ” or straight marks)."""
    return len(_OPENING_MARKS.findall(text, start, offset)) > len(_CLOSING_MARKS.findall(text, start, offset)) \
        or text.count('"', start, offset) % 2 == 1


# A sentence opening with a definite role and the person's name in apposition: "Le Premier ministre, Henri Castel,".
_ROLE_IN_APPOSITION = re.compile(r"(?P<article>Le |La |L['’])(?P<role>[^,«»\n]{2,50}),\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)+,")
# A sentence opening with a definite role and no name: "Le chef de l'État entend …".
_FRENCH_POSSESSIVES = ("son ", "sa ", "ses ", "leur")
# What a person or a body produces, whose possessive names them as the source ("ses travaux").
_AUTHORS_WORK = frozenset(("auteurs", "auteur", "travaux", "recherches", "conclusions", "calculs", "estimations", "resultats"))
# An indefinite document closing a sentence, and an author named after it ("de l'Inserm", "par Ipsos").
_INDEFINITE_DOCUMENT = re.compile(r"(?<![\w'’])(?:une?|d['’]une?)\s+(?P<noun>[a-zà-ÿ]+)\b[^,;:«»]*$")
_AUTHOR_NAMED = re.compile(r"\b(?:de|du|des|d['’]|par)\s+(?:la\s+|l['’]|le\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_STUDY_NOUNS = frozenset(("etude", "travaux", "recherche", "recherches"))
_STUDY_DETERMINERS = frozenset(("une", "la", "cette", "ces", "les", "leurs", "leur"))
_PERSON_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+(?:de\s+|du\s+|von\s+|van\s+|le\s+|la\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})"
# Who led a study: "l'équipe de l'écologue X", "sous la direction de X", "X, qui a dirigé l'étude".
_STUDY_LEAD = re.compile(
    r"(?:[Ll]['’]équipe\s+(?:de\s+(?:l['’]|la\s+|le\s+)?|du\s+|d['’])(?:[a-zà-ÿ-]+\s+){0,2}|"
    r"sous\s+la\s+direction\s+(?:de\s+(?:l['’]|la\s+|le\s+)?|du\s+|d['’])(?:[a-zà-ÿ-]+\s+){0,2}|"
    r"(?:étude|travaux|recherches?)\s+(?:dirigée?s?|menée?s?|coordonnée?s?|conduite?s?)\s+par\s+(?:l['’]|la\s+|le\s+)?(?:[a-zà-ÿ-]+\s+){0,2}|"
    # "La principale autrice de l'étude, l'écologue X"
    r"(?:premi(?:er|ère)|principale?)\s+(?:co-?)?(?:auteur|autrice|auteure)\s+de\s+(?:l['’]étude|ces\s+travaux|cette\s+recherche),\s+"
    r"(?:(?:l['’]|la\s+|le\s+)?[a-zà-ÿ-]+\s+){0,2})"
    + _PERSON_NAME +
    r"|" + _PERSON_NAME.replace("?P<name>", "?P<name2>") +
    # ("X, chercheuse à l'IRD et première autrice de l'étude": after another apposition, too)
    r",\s+(?:[^,.;:«»\n]{1,60}?\s+et\s+)?(?:qui\s+a\s+(?:dirigé|coordonné|mené|conduit)|(?:premi(?:er|ère)\s+)?(?:co-?)?(?:auteur|autrice|auteure)\s+(?:principale?\s+)?de)\s+"
    r"(?:l['’]étude|ces\s+travaux|cette\s+recherche)")
_STUDY_BY_BODY = re.compile(r"(?:étude|travaux|recherches?)\s+(?:[a-zà-ÿ]+\s+){0,2}(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_STATEMENT_DOCUMENTS = frozenset(("communique", "declaration", "lettre", "courrier"))
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


# Who runs a place, after a possessive ("sa régie", "son exploitant"), and a place opening a sentence as its subject.
OPERATOR_NOUNS = frozenset(("regie", "exploitant", "gestionnaire"))
_PLACE_OPENING_SENTENCE = re.compile(
    r"(?P<article>Le|La|L['’])[ \u00a0]*(?P<np>[a-zà-ÿ-]{3,}(?:[ \u00a0]+(?:de[ \u00a0]+la|de|du|des|d['’])[ \u00a0]*"
    r"[\w'’-]+)*)[ \u00a0]+(?:va|verra|sera|a|est|ouvrira|fermera|accueillera|devra)\b")
_ASSOCIATION_NOUNS = frozenset(("association", "federation", "collectif"))
_CAPITALISED_WORD_CLOSING = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+$")


class FrenchReferences:
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

    def _possessed(self, mention: Mention, speaker: SpeakerRef, position: int, previous: SpeakerRef | None) -> SpeakerRef:
        """French "ses auteurs", "ses travaux": the work of whoever the previous sentence is about
        speaks as its author (the author a document of the previous sentence names, else the person
        just quoted in this paragraph); anything else, or an owner not found, keeps its possessive
        ("son homologue genevoise", "ses auteurs" of an unsigned study)."""
        if ", " in mention.text and mention.organisation and speaker.name in mention.text.split(", ", 1)[1]:
            return speaker  # "sa société d'exploitation, la régie des Neiges catalanes": the body in apposition
        words = mention.text.split()
        owned = SpeakerRef(" ".join([words[0].lower()] + words[1:]), speaker.mention, speaker.role, speaker.kind)
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        if len(words) == 2 and fold(words[1]) in self.lex.collective_heads:
            owner = self._role_opening_sentence(start, position)
            if owner is None and previous is not None and previous.kind == "person" and " " in previous.name \
                    and previous.name in text[start:position]:
                # "« … », a rétorqué Valérie Roux. Son entourage assure …"
                owner = ("d'" if fold(previous.name[0]) in "aeiouyh" else "de ") + previous.name
                if previous.name == previous.role and (article := _ARTICLE_OPENING.match(previous.mention or "")) is not None:
                    # "« … », a déclaré la ministre wallonne du Logement. Selon son cabinet": the role with its article
                    owner = OF_BEFORE_ARTICLE[article.group(1).lower()] + previous.name
            return owned if owner is None else SpeakerRef(f"{words[1]} {of_fullest_role(text, owner)}", speaker.mention,
                                                          speaker.role, speaker.kind)
        if len(words) == 2 and fold(words[1]) in OPERATOR_NOUNS and fold(words[0]) in ("son", "sa") \
                and (opening := _PLACE_OPENING_SENTENCE.match(text, max(start, text.rfind(". ", start, position) + 2))) is not None:
            # "Le port de plaisance des Minimes verra …, a annoncé sa régie": the régie of what the sentence opens on
            owner = OF_BEFORE_ARTICLE[opening.group("article").lower().replace("’", "'")] + opening.group("np")
            return SpeakerRef(f"{words[1]} {owner}", speaker.mention, speaker.role, "organisation")
        if 2 <= len(words) <= 3 and fold(words[1]) in self.lex.roles and fold(words[0]) in ("son", "sa") \
                and fold(words[1]) not in FEMININE_ROLES | MASCULINE_ROLES:  # (not "sa mère", a relative)
            body = self._body_opening_previous_sentence(start, position)
            if body is not None:  # "L'Union démocratique du centre n'a pas tranché. Son président a indiqué …"
                return SpeakerRef(f"{' '.join(words[1:])} {body}", speaker.mention, speaker.role, "person")
        if len(words) >= 2 and fold(words[0]) in ("son", "sa") and (hit := role_in(" ".join(words[1:]), self.lex)) is not None \
                and hit[0] == 0 and fold(words[1]) in STAFF_ROLES and (owner := self._role_opening_sentence(start, position)):
            # "La ministre doit … , a précisé son attaché de presse": the role of the sentence's subject
            return SpeakerRef(f"{' '.join(words[1:])} {of_fullest_role(text, owner)}", speaker.mention, speaker.role, "person")
        if len(words) != 2 or fold(words[1]) not in _AUTHORS_WORK:
            return owned
        stop = text.rfind(". ", start, position)
        if stop < 0:
            return owned
        opening = text.rfind(". ", start, stop)
        opening = start if opening < 0 else opening + 2
        sentence = text[opening:stop]
        if "»" in sentence or "”" in sentence:  # a quotation and its attribution: "« … », souligne X. D'après ses travaux"
            if previous is not None and previous.kind == "person" and " " in previous.name:
                return SpeakerRef(previous.name, speaker.mention, speaker.role, "person")
            return owned
        subject = _SUBJECT_END.split(sentence, 1)[0]
        document = parse_mention(subject, self.lex)
        if document is not None and document.text != subject and (document.name or document.role):
            # "Un sondage de l'institut X publié dimanche …": parse_mention gave the author
            return SpeakerRef(document.name or document.role, speaker.mention, speaker.role, "organisation")
        unsigned = _INDEFINITE_DOCUMENT.search(sentence)
        if unsigned is not None and self.lex.document_pattern is not None \
                and self.lex.document_pattern.match(f"une {unsigned.group('noun')} de la Cour"):
            described = sentence[unsigned.start("noun"):].strip()
            if not _AUTHOR_NAMED.search(sentence, unsigned.end("noun")):
                # "La réforme s'appuie sur une consultation menée auprès de 2 600 paroissiens. D'après ses
                # résultats, …": a document nobody signs speaks as itself
                return SpeakerRef(described, speaker.mention, speaker.role, "organisation")
            author = parse_mention("une " + described, self.lex)  # "… sur une étude de l'Observatoire X"
            if author is not None and (author.name or (author.role and author.role != unsigned.group("noun"))):
                return SpeakerRef(author.name or author.role, speaker.mention, speaker.role, "organisation")
        return owned

    def _body_opening_previous_sentence(self, start: int, position: int) -> str | None:
        """The organisation, with "de" before it, that is the subject opening the sentence before
        POSITION in its paragraph ("La Conférence des évêques de France n'a pas souhaité commenter."
        → "de la Conférence des évêques de France"), or None."""
        text = self.text
        stop = text.rfind(". ", start, position)
        if stop < 0:
            return None
        opening = text.rfind(". ", start, stop)
        opening = start if opening < 0 else opening + 2
        body = _BODY_SUBJECT.match(text, opening, stop + 1)
        if body is None:
            return None
        name = body.group("name")  # (a person's name never follows an article)
        return OF_BEFORE_ARTICLE[body.group("article").lower().replace("’", "'").rstrip()] + name

    def study_lead(self, mention: Mention) -> str | None:
        """French "selon une étude suisse", "ces travaux", "l'étude" with no author named: the one
        person the article says led it ("l'équipe de l'écologue Lena Roux a installé …", "sous la
        direction de X", "X, qui a dirigé l'étude", "X, autrice principale de l'étude")."""
        words = fold(mention.text).replace("’", "'").split()
        role = fold(mention.role or "").split()
        if self.lex.adjectival_names or not role or role[0] not in _STUDY_NOUNS or len(words) > 4 \
                or not (words[0] in _STUDY_DETERMINERS or words[0][:2] == "l'"):
            return None
        if _STUDY_BY_BODY.search(self.text):
            return None  # "une vaste étude de l'Inserm": the body it names speaks for it
        leads = {self.full_name(m.group(g), m.start(g)) for m in _STUDY_LEAD.finditer(self.text)
                 for g in ("name", "name2") if m.group(g)}
        return leads.pop() if len(leads) == 1 else None

    def _named_for_metonym(self, place: str) -> str | None:
        """The ministry a place stands for ("Bercy"), as the article names it, if it does."""
        for name in self.lex.metonyms[place]:
            at = self.text.find(name)
            if at >= 0:
                return self.text[at:at + len(name)]
        return None

    def _issuer_of_statement(self, mention: Mention, position: int, previous: SpeakerRef | None) -> SpeakerRef | None:
        """French: "selon le communiqué" with no author named is the statement of whoever was
        just reported speaking in this paragraph ("Orvalis a annoncé que … Selon le communiqué, …")."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or previous is None or not mention.role or not words \
                or fold(mention.role.split()[0]) not in _STATEMENT_DOCUMENTS or words[0] not in ("le", "la"):
            return None
        paragraph = self.text[self.text.rfind("\n", 0, position) + 1:position]
        return SpeakerRef(previous.name, mention.text, previous.role, previous.kind) if previous.name in paragraph else None

    def _may_be_a_body(self, previous: SpeakerRef, position: int) -> bool:
        """Whether the speaker just quoted may be a body: an organisation, or a capitalised one-word name
        no person of the article bears ("a indiqué Keolis")."""
        return previous.name[:1].isupper() and (
            previous.kind == "organisation" or " " not in previous.name and self.full_name(previous.name, position) == previous.name)

    def sports_club_named(self, mention: Mention) -> str | None:
        """French "le club": the one sports club the article names ("l'Union sportive du Val-de-Suize",
        "L'ASM Clermont Auvergne")."""
        if self.lex.adjectival_names or fold(mention.text.strip()) not in ("le club", "du club"):
            return None
        clubs = {m.group().replace("\u00a0", " ") for m in _SPORTS_CLUB_NAME.finditer(self.text)}
        return clubs.pop() if len(clubs) == 1 else None

    def body_by_its_trade(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """French "selon le gestionnaire d'infrastructure", "l'exploitant" right after a body spoke (in
        this paragraph or the one before): that body, when the article ties no person to the trade."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or previous is None or not words or not self._may_be_a_body(previous, position):
            return None
        head = words[1] if words[0] in ("le", "la") and len(words) > 1 else words[0][2:] if words[0].startswith("l'") else ""
        if head not in _TRADE_EPITHETS or any(r and r.split()[0] == head for _, r, _ in self.role_ties):
            return None
        since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
        return previous.name if previous.name in self.text[since:position] else None

    def company_speaking_in_paragraph(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """French "affirme l'entreprise", "selon la société" right after a company spoke under its
        name in this paragraph ("Tradora dit « prendre acte » … », affirme l'entreprise"): that
        company (a one-word name no person of the article bears), even when the article introduced
        another one with the noun ("le groupe chinois Hanxin"); "selon l'association" right after
        an association spoke the same way ("l'UFC-Que Choisir de l'Aveyron rappelle …")."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or previous is None or not self._may_be_a_body(previous, position) or not (
                    (len(words) == 2 and words[0] in ("le", "la")) or (len(words) == 1 and words[0].startswith("l'"))):
            return None
        head = words[-1].split("'")[-1]
        if head not in self.lex.companies and head not in _ASSOCIATION_NOUNS:
            return None
        if head in self.lex.companies and any(n == previous.name and noun not in self.lex.companies for _, noun, n in self.organisation_ties):
            return None  # "le syndicat Sud-Rail": no company
        paragraph = self.text[self.text.rfind("\n", 0, position) + 1:position]
        return previous.name if previous.name in paragraph else None

    def _author_of_document_named_before(self, mention: Mention, position: int) -> str | None:
        """French: the author of the document a definite document noun stands for ("l'étude" after
        "une vaste étude de l'Inserm publiée mardi"): the last time the article wrote that noun
        with its author, before POSITION."""
        words = mention.text.split()
        if self.lex.adjectival_names or len(words) > 2 or mention.role is None or " " in mention.role \
                or fold(words[0])[:2] not in ("l'", "le", "la"):
            return None
        noun = mention.role
        if self.lex.document_pattern is None or self.lex.document_pattern.match(f"une {noun} de la Cour") is None:
            return None  # not a document noun ("l'opposition", "le sélectionneur")
        nouns = _DOCUMENT_NOUN if noun in _GENERIC_DOCUMENTS else re.compile(re.escape(noun) + " ")
        at = _last_match_start(nouns, self.text, max(0, position - 1))
        while at > 0:
            if self.text[max(0, at - 4):at] in ("son ", "sa "):
                # "conclut la commissaire, X, dans son rapport annuel": the person the sentence named before it
                opening = max(self.text.rfind(". ", 0, at) + 2, self.text.rfind("\n", 0, at) + 1)
                owner = next((self.full_name(n, o) for o, _, n in reversed(self.person_mentions) if opening <= o < at), None)
                if owner is not None and " " in owner:
                    return owner
            stop = self.text.rfind(". ", 0, at)
            opening = max(stop + 2 if stop >= 0 else 0, self.text.rfind("\n", 0, at) + 1)
            if (inside := _INSIDE_DOCUMENT_BEFORE.search(self.text, max(opening, at - 80), at)) is not None \
                    and (issuer := parse_mention(self.text[opening:inside.start()], self.lex)) is not None \
                    and not issuer.pronoun and (issuer.organisation or issuer.name):
                return issuer.name or issuer.role  # "Le ministère, dans un communiqué daté du 10 mai, indique …"
            released = _RELEASED_BEFORE.search(self.text, max(0, at - 60), at)
            if released is not None:
                # "La préfecture a publié un communiqué dimanche. Le communiqué précise …": who published it
                stop = self.text.rfind(". ", 0, released.start())
                opening = max(stop + 2 if stop >= 0 else 0, self.text.rfind("\n", 0, released.start()) + 1)
                issuer = parse_mention(self.text[opening:released.start()], self.lex) if released.start() - opening <= 80 else None
                if issuer is not None and not issuer.pronoun and (issuer.name or issuer.role):
                    return issuer.name or issuer.role
            described = _SUBJECT_END.split(self.text[at:at + 160], 1)[0].split(".")[0]
            if (published := _PUBLISHED_BY_RELATIVE.match(self.text, at, at + 200)) is not None:
                # "les recommandations que le Contrôle général (CGLPL) a publiées": who published them
                issuer = _LEADING_ARTICLE.sub("", published.group("author")).replace("\u00a0", " ")
                if issuer[:1].isupper():
                    return issuer
            described = _TOPIC_AFTER_AUTHOR.split(described, 1)[0]  # "un rapport de l'Office … sur l'achat …"
            described = _DAY_BEFORE_AGENT.sub(r"\1 ", described)  # "le bulletin publié mardi par le Bureau …"
            described = _PREDICATE_AFTER_AUTHOR.split(described, 1)[0]  # "… de l'Observatoire de santé recense 412 cas"
            if self.lex.document_pattern.match("une " + described) is None:
                described = ""  # no author right after the noun ("des recommandations en urgence que …")
            author = parse_mention("une " + described, self.lex) if len(described.split()) >= 3 else None
            if author is not None and not author.pronoun and (author.name or (author.role and author.role != noun)):
                return author.name or author.role
            at = _last_match_start(nouns, self.text, at)
        return None

    def _role_opening_sentence(self, start: int, position: int) -> str | None:
        """The role, with "de" before it, of the person in apposition opening this sentence or the
        one before it ("Le chef de l'État, Hugues Roux, « … », indique son entourage" → "du chef de
        l'État"), from START (the paragraph start) on."""
        text = self.text
        here = max(start, text.rfind(". ", start, position) + 2 if text.rfind(". ", start, position) >= 0 else start)
        before = text.rfind(". ", start, max(start, here - 2))
        for opening in (here, before + 2 if before >= 0 else start):
            found = _ROLE_IN_APPOSITION.match(text, opening) or _ROLE_OPENING.match(text, opening)
            if found is not None and (hit := role_in(found.group("role"), self.lex)) is not None and hit[0] == 0:
                return OF_BEFORE_ARTICLE[found.group("article")[:2].lower().rstrip()] + found.group("role")
            if opening == start:
                break
        return None

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
            if offset >= start and not _inside_quotation(text, start, offset):
                found = (offset, name)
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
            if apposition is not None and apposition.group("noun") == noun:
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
        wanted = "f" if fold(mention.role or "").endswith("e") else "m"
        # "requis … contre Didier V., 58 ans, ancien gérant …, poursuivi pour escroquerie", "Selon l'accusation,
        # Alain D., 61 ans, a effectué …": the one person the prosecution names before POSITION
        prosecuted = {self.full_name(name, offset) for offset, end, name in self.person_mentions
                      if offset < position and " " in name and (
                          _PROSECUTED_BEFORE.search(self.text, max(0, offset - 30), offset)
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
                or head in _DOCUMENT_WORDS else self._untied_person_of_paragraph(words[0], position, previous))
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
