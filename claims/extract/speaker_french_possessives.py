"""French possessives, mixed into `ArticleSpeakers` through `FrenchReferences`: the owner of "ses auteurs",
"son entourage", "sa régie" (the person or body the sentence before opens with, or the speaker just quoted)."""

from __future__ import annotations

import re

from claims.extract.possessive_roles_fr import ROLE_OPENING as _ROLE_OPENING, STAFF_ROLES, of_fullest_role
from claims.extract.role_genders_fr import FEMININE_ROLES, MASCULINE_ROLES
from claims.extract.speakers import Mention, fold, role_in
from claims.extract.speaker_mentions import parse_mention
from claims.extract.short_form_names_fr import OF_BEFORE_ARTICLE
from claims.extract.speaker_organisations_fr import _BODY_SUBJECT
from claims.extract.types import SpeakerRef
from claims.extract.speaker_french_documents import SUBJECT_END


# A role's article ("la ministre wallonne du Logement"), for the "de" it takes after a noun.
_ARTICLE_OPENING = re.compile(r"(les|le|la|l['’])\s*(?=\w)", re.IGNORECASE)


# A sentence opening with a definite role and the person's name in apposition: "Le Premier ministre, Henri Castel,".
_ROLE_IN_APPOSITION = re.compile(r"(?P<article>Le |La |L['’])(?P<role>[^,«»\n]{2,50}),\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)+,")
# A sentence opening with a definite role and no name: "Le chef de l'État entend …".
_FRENCH_POSSESSIVES = ("son ", "sa ", "ses ", "leur")
# A participle's clause fronted before the subject: "Arrivé troisième avec 20,7 % des voix, ".
_FRONTED_PARTICIPLE_CLAUSE = re.compile(r"(?!Côté\s)[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s"
                                        r"(?:[^,.;:«»\n]|(?<=\d)[,.](?=\d)){2,80},\s+")  # ("avec 20,7 % des voix")
_NAME_IN_APPOSITION_AFTER_ROLE = re.compile(_ROLE_IN_APPOSITION.pattern.replace("(?P<article>Le |La |L['’])", "(?:le |la |l['’])"))
# (the role with its adjective, then the verb: "le candidat nassérien n'a pas reconnu")
_ROLE_OPENING_AFTER_CLAUSE = re.compile(
    r"(?P<article>le |la |l['’])(?P<role>[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ-]+(?:ien|ienne|iste|ain|aine|ais|aise|al|ale|el|elle|if|ive|é|ée))?)"
    r"\s+(?:n['’]|ne\s|a\s|avait\s|est\s|était\s|ont\s|s['’]|se\s)")
# What a person or a body produces, whose possessive names them as the source ("ses travaux").
_AUTHORS_WORK = frozenset(("auteurs", "auteur", "travaux", "recherches", "conclusions", "calculs", "estimations", "resultats"))
# An indefinite document closing a sentence, and an author named after it ("de l'Inserm", "par Ipsos").
_INDEFINITE_DOCUMENT = re.compile(r"(?<![\w'’])(?:une?|d['’]une?)\s+(?P<noun>[a-zà-ÿ]+)\b[^,;:«»]*$")
_AUTHOR_NAMED = re.compile(r"\b(?:de|du|des|d['’]|par)\s+(?:la\s+|l['’]|le\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


# An indefinite description in apposition after the possessive's noun: "son voisin, un cultivateur".
_INDEFINITE_APPOSITION = re.compile(r",\s+(?:une?)\s+(?P<description>[^,]+)$")
# Who runs a place, after a possessive ("sa régie", "son exploitant"), and a place opening a sentence as its subject.
OPERATOR_NOUNS = frozenset(("regie", "exploitant", "gestionnaire"))
_PLACE_OPENING_SENTENCE = re.compile(
    r"(?P<article>Le|La|L['’])[ \u00a0]*(?P<np>[a-zà-ÿ-]{3,}(?:[ \u00a0]+(?:de[ \u00a0]+la|de|du|des|d['’])[ \u00a0]*"
    r"[\w'’-]+)*)[ \u00a0]+(?:va|verra|sera|a|est|ouvrira|fermera|accueillera|devra)\b")


class FrenchPossessiveReferences:
    """The possessives of `FrenchReferences`: whose "ses auteurs", "son entourage", "sa régie" or
    "ses travaux" the copy means."""

    __slots__ = ()

    def _possessed(self, mention: Mention, speaker: SpeakerRef, position: int, previous: SpeakerRef | None) -> SpeakerRef:
        """French "ses auteurs", "ses travaux": the work of whoever the previous sentence is about
        speaks as its author (the author a document of the previous sentence names, else the person
        just quoted in this paragraph); anything else, or an owner not found, keeps its possessive
        ("son homologue genevoise", "ses auteurs" of an unsigned study)."""
        if (apposed := _INDEFINITE_APPOSITION.search(mention.text)) is not None:
            # "a ajouté son voisin, un cultivateur qui …": whose neighbour goes unsaid, the apposition says who
            return SpeakerRef(apposed.group("description"), speaker.mention, speaker.role, speaker.kind)
        if ", " in mention.text and mention.organisation and speaker.name in mention.text.split(", ", 1)[1]:
            return speaker  # "sa société d'exploitation, la régie des Neiges catalanes": the body in apposition
        words = mention.text.split()
        owned = SpeakerRef(" ".join([words[0].lower()] + words[1:]), speaker.mention, speaker.role, speaker.kind)
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        if len(words) == 2 and fold(words[1]) in self.lex.collective_heads:
            owner = self._role_opening_sentence(start, position)
            if owner is None and previous is not None and previous.kind == "person" and " " in previous.name \
                    and (previous.name in text[start:position] or previous.mention and previous.mention in text[start:position]):
                # "« … », a rétorqué Valérie Roux. Son entourage assure …" (or "Elle a assuré … Selon son entourage")
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
            # ("La Commission de la concurrence (Comco) a ouvert une enquête …, a annoncé son porte-parole": this sentence's)
            body = self._body_opening_previous_sentence(start, position) or self._body_opening_sentence(start, position)
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
        subject = SUBJECT_END.split(sentence, 1)[0]
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
        stop = self.text.rfind(". ", start, position)
        return None if stop < 0 else self._body_opening_sentence(start, stop)

    def _body_opening_sentence(self, start: int, stop: int) -> str | None:
        """The organisation, with "de" before it, that is the subject opening the sentence of STOP (from
        START, the paragraph's start, on), or None."""
        text = self.text
        opening = text.rfind(". ", start, stop)
        opening = start if opening < 0 else opening + 2
        body = _BODY_SUBJECT.match(text, opening, stop + 1)
        if body is None:
            return None
        name = body.group("name")  # (a person's name never follows an article)
        return OF_BEFORE_ARTICLE[body.group("article").lower().replace("’", "'").rstrip()] + name

    def _role_opening_sentence(self, start: int, position: int) -> str | None:
        """The role, with "de" before it, of the person in apposition opening this sentence or the
        one before it ("Le chef de l'État, Hugues Roux, « … », indique son entourage" → "du chef de
        l'État"), from START (the paragraph start) on."""
        text = self.text
        here = max(start, text.rfind(". ", start, position) + 2 if text.rfind(". ", start, position) >= 0 else start)
        before = text.rfind(". ", start, max(start, here - 2))
        for opening in (here, before + 2 if before >= 0 else start):
            found = _ROLE_IN_APPOSITION.match(text, opening) or _ROLE_OPENING.match(text, opening)
            if found is None and (fronted := _FRONTED_PARTICIPLE_CLAUSE.match(text, opening)) is not None \
                    and _NAME_IN_APPOSITION_AFTER_ROLE.match(text, fronted.end()) is None:
                # "Arrivé troisième, le candidat nassérien …" (not "Côté politique, le ministre, Olivier X,": a name)
                found = _ROLE_OPENING_AFTER_CLAUSE.match(text, fronted.end())
            if found is not None and (hit := role_in(found.group("role"), self.lex)) is not None and hit[0] == 0:
                return OF_BEFORE_ARTICLE[found.group("article")[:2].lower().rstrip()] + found.group("role")
            if opening == start:
                break
        return None
