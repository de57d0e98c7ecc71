"""French quotation and source layouts of press copy, for `SentenceReader`: a quotation that is a
sentence of its own, an incise inside the marks, a multi-paragraph quotation attributed after its
last piece, appositions after "selon X" / "pour X", live-blog timestamps and datelines, impersonal
sources ("a-t-on appris auprès de X")."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_fr import without_anonymity
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.lang import fr
from claims.extract.impersonal import ImpersonalSource, impersonal_head
from claims.extract.quotes import Quote
from claims.extract.speakers import Mention, fold
from claims.extract.speaker_phrases import clean_phrase
from claims.extract.speaker_mentions import parse_mention
from claims.extract.inverted_subjects import MEDIUM_KINDS_FR, mention_after
from claims.extract.first_named import first_named
from claims.extract.cues import is_weak
from claims.extract.source_appositions import SourceAppositions, is_kind_then_name


# English "In his view, …", "in their words": the owner is the source.
_OWN_VIEW = re.compile(r"(?:his|her|their)\s+(?:view|opinion|words)", re.IGNORECASE)
# A French adjunct that closes a mixed claim even so: "…, en référence à …", "… en conformité avec …".
# ("en raison de …", "en cas de …", "en pleine période de …" give the statement's cause, condition or
# time: they stay.)
# (not "en juin 2025", "en Europe centrale": when or where the statement says; nor "lors du conseil des 15
# et 16 décembre": only "lors" of the speaking, "lors d'une conférence de presse", is the article's; "lors
# de la prochaine réunion" is the statement's)
_FRENCH_ADJUNCT_TAIL = re.compile(
    r"\s*,?\s*(?:en(?!\s+(?:raison|cas|pleine?|dépit|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|\d{4})\b|(?-i:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])))|selon|d['’]après|alors|tandis)\b"
    r"|\s*,?\s*lors\s+(?:(?!prochaine?\b)[\w'’-]+\s+){0,3}?(?:conférence|point|entretien|interview|discours|déclaration|intervention|"
    r"réunion|séance|audience|débat|émission|visite|meeting)\b",
    re.IGNORECASE)
# A quotation and its inverted attribution closing the sentence before: "« … », a raconté X, une infirmière."
_ATTRIBUTED_QUOTE_BEFORE = re.compile(r"[»”][ \u00a0]*,[ \u00a0]+[a-zà-ÿ-]+(?:-t)?-?[^.!?«»\n]{0,200}[.!?][ \u00a0]*$")
_REPORTED_CLAUSE = re.compile(r"\squ(?:e\s|['’])")
_RELATIVE_CLOSING = re.compile(r",\s+(?:qui|dont)\s[^,«»]*$")
_CLEFT = re.compile(r"C['’]est\b|Ce\s+sont\b")  # ("C'est par ces mots que le maire, X, a ouvert …")
_PARTICIPLE_OPENER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:é|ée|és|ées|ie|ant)\b")
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# The end of an incise inside the marks: "…, tranche-t-elle. " or "…, explique-t-il, ".
_INCISE_END = re.compile(r"[^.,;!?«»\n]{0,60}?[.,;]\s+(?=\S)")


# Where a quotation resumes after the speaker an incise named, its sentence going on (« A, a résumé la maire,
# X, mais elle … »).
_QUOTE_RESUMES_WITH_CONJUNCTION = re.compile(r",\s+(?=(?:mais|et|car|donc|parce\s+que|puisque|pourtant|sauf|sinon|même\s+si)\s)")
# (or with the quoted sentence's verb: « Ce prix, a déclaré la réalisatrice, appartient à tous … »)
# (not a noun in apposition to the speaker: "…, président de la communauté de communes")
_QUOTE_RESUMES_WITH_VERB = re.compile(r",\s+(?=(?:est|sont|a|ont|sera|seront|était|doit|doivent|peut|peuvent|[a-zà-ÿ]{3,}(?:ent|ait|aient|era|eront))"
                                      r"\s+(?!de\s|du\s|des\s|d['’]))")
_GERUND_AFTER_SUBJECT = re.compile(r"\s+en\s+[a-zà-ÿ]{2,}ant\b")
_COMMISSIONED_BY_FR = re.compile(r"\s(?:commandée?s?|commanditée?s?|financée?s?)\s+par\s")
_AND_WHEN_PUBLISHED_FR = re.compile(
    r"\s+et\s+(?:publiée?s?|parue?s?|diffusée?s?|présentée?s?|dévoilée?s?|rendue?s?\s+publi|remise?s?|transmise?s?)\b.*$", re.S)
_AUTHOR_BEFORE_FR = re.compile(r"\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?:[a-zà-ÿ]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


# "le dernier rapport sur le marché locatif de la SCHL": a document, maybe its topic, then the body that wrote it.
_DOCUMENT_OF_NAMED_BODY = re.compile(
    r"(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?)\s*(?:[a-zà-ÿ-]+\s+)?(?:" + "|".join(map(re.escape, fr.DOCUMENT_WORDS)) + r")\b(?:(?!\s(?:de|du|des|d['’]|par)\s)[^,;:«»()]){0,60}?"  # (a topic, no body of its own: "sur le marché locatif")
    r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*)")
# "son budget", "ses propres estimations": a document named through its owner.
_OWN_DOCUMENT = re.compile(r"\s*(?:son|sa|ses|leur|leurs)\s+(?:propres?\s+|dernier\s+|dernière\s+|derniers\s+|dernières\s+)?(?P<noun>[\w-]+)", re.IGNORECASE)
# ("d'après ses résultats": a survey's or a count's results, the owner no speaker of its own)
_FRENCH_DOCUMENTS = frozenset(fold(w) for w in fr.DOCUMENT_WORDS) - {"resultats"}
# The sentence's subject named right before ", selon laquelle": "(. )L'association Tortues du Maroni, ".
_BODY_OPENING_THE_SENTENCE = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))(?P<np>(?:L['’]|La |Le |Les )?[a-zà-ÿ]*\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,.;:!?«»\n]{1,60}),\s*$")
# A paper named by its kind right before ", selon lequel": "l'hebdomadaire local Le Sérésien, ".
_OUTLET_NAMED_RIGHT_BEFORE = re.compile(
    r"(?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+)(?P<np>" + MEDIUM_KINDS_FR + r"(?:\s+[a-zà-ÿ-]+){0,2}"
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:d['’]|de\s+|du\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*),\s*$")
# The relative pronoun after "pour" / "selon" / "d'après": "pour qui", "selon lequel".
_RELATIVE_SOURCE = re.compile(r"(qui|lequel|laquelle|lesquels|lesquelles|whom)\s+", re.IGNORECASE)
# A French clause's auxiliary: the clause before it has its verb.
_FINITE_AUXILIARY = re.compile(r"\s(?:a|ont|avait|avaient|est|sont|était|étaient)\s+[a-zà-ÿ]")


_SUBJECT_PRONOUN_OPENING = re.compile(r"(?:Il|Elle|Ils|Elles)\s+(?!y\s)")
# Words that open a clause before "pour X," ("Mais pour Karim Belkacem, « … »").
_CLAUSE_OPENING_CONJUNCTIONS = frozenset(("mais", "et", "or", "enfin", "toutefois", "cependant", "pourtant", "en revanche"))


class FrenchQuotes(SourceAppositions):
    """Mixed into `SentenceReader` (its attributes: `text`, `language`, `pats`, `lex`, `_attributed_tails`,
    `_tail_attribution`)."""

    __slots__ = ()

    def _impersonal_sources(self, source: ImpersonalSource | None, drafts: list[Draft], s: int, e: int,
                            quotes: list[Quote], paragraph: int) -> list[Draft]:
        """French "on" statements whose source is named: after the statement ("…, a-t-on appris
        auprès de X") or at the head of the sentence ("Dans l'entourage de X, on assure que …")."""
        if self.language != "fr":
            return drafts
        if source is not None:
            drafts = self._with_impersonal_source(source, drafts, s, e, quotes, paragraph)
        for draft in drafts:  # "on" is the subject: whatever was read before it is not
            if not draft.inherit and draft.cue is not None and draft.position > s:
                draft.mention = impersonal_head(self.text, s, draft.position, self.lex) or draft.mention
        return drafts

    def _with_impersonal_source(self, source: ImpersonalSource, drafts: list[Draft], s: int, e: int,
                                quotes: list[Quote], paragraph: int) -> list[Draft]:
        """The statement before "…, a-t-on appris auprès de X" is X's: drafts attributed by the
        tail (or covering the statement) give way to one claim of X."""
        text = self.text
        kept = [d for d in drafts if d.position < source.comma and d.end <= source.comma and not (
            d.start >= s and d.cue is None)]
        prior = max([d.end for d in kept] + [s])
        start, end = trim(text, prior, source.comma)
        if word_count(text[start:end]) < 3:
            return drafts
        whole = [q for q in quotes if q.open <= start + 1 and q.end >= end - 1]
        if whole:
            draft = Draft("direct", list(whole[0].spans), source.cue, source.mention, source.cue_start, paragraph=paragraph)
        else:
            kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
            draft = Draft(kind, [(start, end)], source.cue, source.mention, source.cue_start, paragraph=paragraph)
        draft.sentence = (s, e)
        return [d for d in kept if d.end <= start] + [draft]

    def _standalone_quote(self, s: int, e: int, quotes: list[Quote], paragraph: int) -> tuple[Draft, int] | None:
        """« Nous ne reculerons pas. » La formule, prononcée par la ministre X, … — a quotation that
        is a sentence of its own, then a sentence that names its speaker (or nobody: the quotation
        then continues the previous speaker). Returns the quotation's draft and where the rest starts."""
        if self.language != "fr" or not quotes or quotes[0].close is None or quotes[0].open > s + 1:
            return None
        q = quotes[0]
        text = self.text
        if q.end >= e or not _ENDS_SENTENCE.search(text, q.content_start, q.close) or word_count(text[q.content_start:q.content_end]) < 3:
            return None
        rest = q.end
        while rest < e and text[rest].isspace():
            rest += 1
        if rest >= e or not text[rest].isupper():
            return None
        if (inside := self._incise_draft(q, paragraph)) is not None:
            inside.sentence = (s, q.end)  # « A, a réagi X, président de … B » Il …: the quotation names its speaker
            return inside, rest
        stop = _SENTENCE_STOP.search(text, rest, e)
        opener = _PARTICIPLE_OPENER.match(text, rest)  # "Rencontrée à …, Josiane, 72 ans, …"
        until = stop.end() if stop else e
        if not _CLEFT.match(text, rest) and (reported := _REPORTED_CLAUSE.search(text, rest, until)) is not None:
            until = reported.start()  # "L'entreprise a indiqué qu'elle saisirait le Conseil d'État": no name of the clause speaks
        # ("« … » Il a accusé Buenos Aires de …": the sentence's subject is the pronoun, its names are no speaker; "« A »,
        # a raconté X. « B » Le Croissant-Rouge a indiqué …": B goes on with the quotation X said before)
        named = first_named(text, opener.end() if opener else rest, until, self.lex) \
            if not _SUBJECT_PRONOUN_OPENING.match(text, rest) \
            and not _ATTRIBUTED_QUOTE_BEFORE.search(text, max(text.rfind("\n", 0, s) + 1, s - 300), s) else None
        if named is not None:
            draft = Draft("direct", list(q.spans), None, named, rest, paragraph=paragraph)
        else:
            draft = Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        draft.sentence = (s, q.end)
        return draft, rest

    def _quote_attributed_after_its_end(self, q: Quote, paragraph: int) -> Draft | None:
        """A quotation running over paragraphs whose attribution follows its last piece
        (« A …¶« B », a averti X.): X speaks for all of it."""
        text = self.text
        line_end = text.find("\n", q.end)
        tail_end = len(text) if line_end == -1 else line_end
        stop = _SENTENCE_STOP.search(text, q.end, tail_end)
        tail_end = stop.end() if stop is not None else tail_end
        attribution = self._tail_attribution(q, tail_end, list(self.pats.finditer(text, q.end, tail_end)))
        if attribution is None or attribution[1] is None:
            return None
        m, mention, pos = attribution
        self._attributed_tails.add(m.start())
        return Draft("direct", list(q.spans), m.group(), mention, pos, paragraph=paragraph)

    def _incise_draft(self, q: Quote, paragraph: int) -> Draft | None:
        """The quotation's draft when an attribution inside its marks names who speaks, after a
        comma: « A, a-t-il affirmé à Radio X. B », « A, lance Dominique Vanhove, délégué CGT. B »."""
        text = self.text
        for incise in self.pats.finditer(text, q.content_start, q.content_end):
            if text[max(0, incise.start() - 2):incise.start()].strip() != ",":
                continue
            if incise.group("pron") or "-" in (incise.group("aux") or ""):
                return Draft("direct", self._around_incise(q, incise), incise.group(),
                             Mention(incise.group(), pronoun=True), incise.start(), paragraph=paragraph)
            named = self._named_incise(q, incise)
            if named is not None:
                return Draft("direct", self._around_incise(q, incise, named[1]), incise.group(), named[0],
                             incise.start(), paragraph=paragraph)
        return None

    def _named_incise(self, q: Quote, incise) -> tuple[Mention, int] | None:
        """The speaker named by an inverted verb inside the marks, when a sentence of the quote
        follows: (mention, where the quotation resumes)."""
        if self.language != "fr":
            return None
        weak = is_weak(incise.group("verb"), self.pats)  # (« A, tonne Karine Ducrocq. B »: a weak verb naming a person)
        stop = _SENTENCE_STOP.search(self.text, incise.end(), q.content_end)
        resumed = _QUOTE_RESUMES_WITH_CONJUNCTION.search(self.text, incise.end(), stop.start() if stop else q.content_end)
        if resumed is not None and word_count(self.text[incise.end():resumed.start()]) <= 16:
            # « A, a résumé la maire, X, jointe par téléphone, mais elle … »: the sentence goes on after the speaker
            mention, _ = mention_after(self.text, incise.end(), resumed.start(), self.lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role and not weak):
                return mention, resumed.end()
        subject_first = self.text[q.content_start:incise.start()]
        verb_resumes = _QUOTE_RESUMES_WITH_VERB.search(self.text, incise.end(), stop.start() if stop else q.content_end)
        if verb_resumes is not None and word_count(subject_first) <= 6 and word_count(self.text[incise.end():verb_resumes.start()]) <= 10:
            # « Ce prix, a déclaré la réalisatrice en recevant son trophée, appartient à tous … »: the quoted sentence's
            # subject, the incise, then its verb
            gerund = _GERUND_AFTER_SUBJECT.search(self.text, incise.end(), verb_resumes.start())
            mention, _ = mention_after(self.text, incise.end(), gerund.start() if gerund else verb_resumes.start(), self.lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role and not weak):
                return mention, verb_resumes.end()
        between = _RELATIVE_CLOSING.sub("", self.text[incise.end():stop.start()]) if stop is not None else ""
        # (not counting "…, qui a demandé à ne pas être nommée par crainte de représailles"; nor, with no verb of its own,
        # "…, Pierre-Yves Lamarre, lors d'une conférence de presse jeudi devant l'établissement")
        if stop is None or word_count(between) > (24 if _FINITE_AUXILIARY.search(" " + between) is None else 14):
            return None
        mention, _ = mention_after(self.text, incise.end(), stop.start(), self.lex)
        if mention is None or mention.pronoun or not (mention.name and not (weak and mention.organisation) or mention.role and not weak):
            return None  # a role too: « A, a reconnu le technicien breton. B »
        return mention, stop.end()

    def _around_incise(self, q: Quote, incise, resume_at: int | None = None) -> list[tuple[int, int]]:
        """The pieces of a quotation around its attribution inside the marks (« A, tranche-t-elle.
        B »): A and B, not the incise."""
        text = self.text
        if self.language != "fr":
            return list(q.spans)
        if resume_at is None:
            resume = _INCISE_END.match(text, incise.end())
            resume_at = resume.end() if resume is not None else None
        spans = []
        for a, b in q.spans:
            if a < incise.start() < b and resume_at is not None and resume_at < b:
                cut = text.rfind(",", a, incise.start())
                while resume_at < b and text[resume_at].isspace():
                    resume_at += 1
                spans.extend([trim(text, a, cut), (resume_at, b)])
            else:
                spans.append((a, b))
        return [span for span in spans if span[1] > span[0]]

    def _pour_inside_clause(self, source, s: int) -> bool:
        """"pour" introduces a source only at the head of a clause ("Pour X, …"), not inside one
        ("la cour compétente pour les affaires de terrorisme")."""
        if source.group().strip().lower() != "pour":
            return False
        prefix = self.text[s:source.start()].strip()
        if prefix.endswith(",") and len(prefix.split()) > 6 and _FINITE_AUXILIARY.search(prefix):
            return True  # "la société a vendu … à des particuliers, pour des montants …": the clause's adjunct
        # (but "Mais pour Karim Belkacem, « … »": a conjunction opening the clause)
        return bool(prefix) and not prefix.endswith((",", ":")) and prefix.lower() not in _CLAUSE_OPENING_CONJUNCTIONS

    def _relative_source(self, source, limit: int) -> tuple[Mention, int] | None:
        """"…, Nadège Roux, pour qui le texte « … »", "selon lequel": the relative pronoun stands
        for the person just named (resolved like a pronoun); the clause starts after it."""
        relative = _RELATIVE_SOURCE.match(self.text, source.end(), limit)
        if relative is None or not self.text[:source.start()].rstrip().endswith(","):
            return None
        if (antecedent := _BODY_OPENING_THE_SENTENCE.search(self.text, max(0, source.start() - 80), source.start())) is not None \
                and (body := parse_mention(antecedent.group("np"), self.lex)) is not None and body.name and not body.pronoun:
            return body, relative.end()  # "L'association Tortues du Maroni, selon laquelle …": the body just named
        if (outlet := _OUTLET_NAMED_RIGHT_BEFORE.search(self.text, max(0, source.start() - 80), source.start())) is not None \
                and (paper := parse_mention(outlet.group("np"), self.lex)) is not None and paper.name and not paper.pronoun:
            return paper, relative.end()  # "les révélations de l'hebdomadaire local Le Sérésien, selon lequel …": that paper
        return Mention(relative.group(1), pronoun=True), relative.end()

    def _source_mention(self, source, np: str) -> Mention | None:
        """The source after "selon" / "d'après": also a long common-noun phrase ("selon des
        travaux menés sur près de 18 000 enfants"), which `parse_mention` leaves to subjects;
        "selon son rapport", "d'après ses propres estimations": the owner, resolved as a pronoun."""
        if self.language == "fr":
            np = without_anonymity(np)  # "selon un sinistré de Melreux qui a requis l'anonymat": the description
            np = _AND_WHEN_PUBLISHED_FR.sub("", np)  # "d'après une étude commandée par la Région et publiée en juin"
            if (commissioned := _COMMISSIONED_BY_FR.search(np)) is not None and _AUTHOR_BEFORE_FR.search(np, 0, commissioned.start()):
                # "d'après une étude du cabinet X commandée par la Région": X wrote it (but "une étude commandée par la
                # Commission", no author named, is the document)
                np = np[:commissioned.start()]
        owned = _OWN_DOCUMENT.match(np) if self.language == "fr" else None
        if owned is not None and (fold(owned.group("noun")) in _FRENCH_DOCUMENTS or owned.group("noun") == "yeux"):
            return Mention(np.strip(), pronoun=True)
        if self.language == "en" and (np.strip().lower() == "her" or _OWN_VIEW.fullmatch(np.strip())):
            # "According to her, …" ("her" alone reads as a determiner), "In his view, …": the owner
            return Mention(np.strip(), pronoun=True)
        if self.language == "fr" and ", " in np and is_kind_then_name((apposed := np.split(", ", 1)[1]).split(), self.lex) \
                and (body := parse_mention(apposed, self.lex)) is not None and body.name:
            return Mention(np.strip(), name=body.name, role=body.role, organisation=True)  # "l'exploitant, la compagnie X"
        mention = parse_mention(np, self.lex)
        if self.language == "fr" and (mention is None or mention.name is None) and (authored := _DOCUMENT_OF_NAMED_BODY.fullmatch(np.strip())):
            # "selon le dernier rapport sur le marché locatif de la SCHL": the document's author
            author = authored.group("author")
            return Mention(np.strip(), name=author, organisation=" " not in author or not self.lex.organisations.isdisjoint(
                fold(w) for w in author.split()))
        if mention is not None or self.language != "fr" or source.group().strip().lower() == "pour":
            return mention
        words = np.split()
        # (longer when the name lists what the body covers: "la direction régionale des entreprises, de la concurrence, …")
        if 1 < len(words) <= (20 if np.count(",") >= 2 else 12) and fold(words[0]).rstrip("'’") in self.lex.bare_determiners:
            return Mention(np.strip(), role=clean_phrase(np, self.lex))
        return None

    def _french_clause_goes_on(self, tail: str) -> bool:
        """French copy keeps a quoted fragment's clause to its end ("a agi dans « un état de
        panique » après une dispute sur un mur"): only a new clause or incise cuts it."""
        return self.language == "fr" and _FRENCH_ADJUNCT_TAIL.match(tail) is None
