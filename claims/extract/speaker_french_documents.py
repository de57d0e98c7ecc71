"""French documents named again, mixed into `ArticleSpeakers` through `FrenchReferences`: who led "l'étude",
issued "le communiqué", or put out the report the article named before ("selon le document")."""

from __future__ import annotations

import re

from claims.extract.lang import fr
from claims.extract.speakers import Mention, fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.types import SpeakerRef


SUBJECT_END = re.compile(r"[,;:«»“”]")
# A subject, then its document in apposition: "Le ministère, dans un ".
_INSIDE_DOCUMENT_BEFORE = re.compile(r"(?<=\S),\s+dans\s+(?:un|une|son|sa|leur)\s+$")
# The verb that put a document out, right before its noun: "a publié un ", "ont diffusé dimanche une ".
_RELEASED_BEFORE = re.compile(
    r"\s(?:a|ont|avait|avaient)\s+(?:publié|diffusé|rendu\s+public|transmis|adressé|envoyé|dévoilé|présenté)"
    r"(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:un|une|son|sa|leur)\s+$")
# Nouns that stand for whichever document the article named before ("selon le document", "le texte relève").
_GENERIC_DOCUMENTS = frozenset(("document", "texte"))
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


def _last_match_start(pattern: re.Pattern, text: str, before: int) -> int:
    """Where the last match of PATTERN starting before BEFORE starts, else -1."""
    found = -1
    for match in pattern.finditer(text, 0, before):
        found = match.start()
    return found
# A sentence opening on an indefinite document ("Une lettre ouverte signée par …").
_DOCUMENT_OPENING_SENTENCE = re.compile(r"\s*(?:Une?|Des)\s+(?P<noun>[a-zà-ÿ]+)\s")
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
# "le texte", "le document" after "dans un communiqué" in the paragraph: that statement.
_DOCUMENTS_STANDING_FOR_A_STATEMENT = frozenset(("texte", "document"))
_STATEMENT_PUT_OUT = re.compile(r"\b(?:dans|par)\s+(?:un|une|son|sa|leur)\s+(?:communiqué|déclaration|lettre|courrier)\b")


class FrenchDocumentReferences:
    """The documents of `FrenchReferences`: who led a study ("l'étude"), issued a statement or
    put out the document the article names again."""

    __slots__ = ()

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

    def _issuer_of_statement(self, mention: Mention, position: int, previous: SpeakerRef | None) -> SpeakerRef | None:
        """French: "selon le communiqué" with no author named is the statement of whoever was
        just reported speaking in this paragraph ("Orvalis a annoncé que … Selon le communiqué, …")."""
        words = fold(mention.text).split()
        noun = fold(mention.role.split()[0]) if mention.role else ""
        if self.lex.adjectival_names or previous is None or not words or words[0] not in ("le", "la") \
                or noun not in _STATEMENT_DOCUMENTS and noun not in _DOCUMENTS_STANDING_FOR_A_STATEMENT:
            return None
        paragraph = self.text[self.text.rfind("\n", 0, position) + 1:position]
        if noun in _DOCUMENTS_STANDING_FOR_A_STATEMENT and _STATEMENT_PUT_OUT.search(paragraph) is None:
            return None  # ("le texte" of a bill: no statement)
        return SpeakerRef(previous.name, mention.text, previous.role, previous.kind) if previous.name in paragraph else None

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
        at = nearest = _last_match_start(nouns, self.text, max(0, position - 1))
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
            described = SUBJECT_END.split(self.text[at:at + 160], 1)[0].split(".")[0]
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
            if noun in _GENERIC_DOCUMENTS and at == nearest and (opened := _DOCUMENT_OPENING_SENTENCE.match(self.text, opening)) is not None \
                    and opened.end("noun") == at + len(opened.group("noun")) and self.text.find(". ", at, position) == self.text.rfind(". ", 0, position):
                # "Une lettre ouverte signée par plus de 300 artistes … a été adressée mercredi à la ministre. Le texte
                # qualifie …": the document the sentence before opens on, by no author it names
                return " ".join(SUBJECT_END.split(self.text[at:at + 160], 1)[0].split())
            at = _last_match_start(nouns, self.text, at)
        return None
