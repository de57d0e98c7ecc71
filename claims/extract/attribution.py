"""Attributed statements in one sentence: quotations with their attribution, reported speech
(reporting verb + clause), `selon X` / `according to X`. Produces drafts; speakers are resolved later."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.cues import Cue, CuePatterns, SourcesBefore, VerbHits, is_weak
from claims.extract.quotes import Quote
from claims.extract.speakers import RELAYED_BY, Lexicon, Mention, fold, parse_mention
from claims.extract.subjects import find_subject, first_named, mention_after

_WORDS = re.compile(r"[\w’'\-]+")
# Lower-case words that may sit inside a speaker's noun phrase.
_NP_WORDS = frozenset(("of", "for", "and", "other", "young",
                       "local", "senior", "former", "new", "chief", "deputy", "acting", "s"))
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?P<np>(?:[\w’'-]+\s+){1,5}?)(?:also\s+)?$", re.IGNORECASE)
# A direct object between the verb and "que" makes "que" a relative pronoun: "demandant aux
# clients de réintroduire les codes qu'ils utilisaient".
_OBJECT_BEFORE_QUE = re.compile(
    r"(?<!\bà)(?<!\bau)(?<!\baux)(?<!\bsur)(?<!\bdans)(?<!\bdevant)(?<!\blors)(?<!\bde)(?<!\bd')(?<!\ben)(?<!\bpour)"
    r"(?<!\bpar)(?<!\bavec)(?<!\bto)(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bafter)(?<!\bbefore)(?<!\bduring)"
    r"(?<!\bfrom)(?<!\bwith)(?<!\bfor)(?<!\bby)(?<!\bover)(?<!\baprès)(?<!\bavant)(?<!\bpendant)(?<!\blors\sde)"
    r"\s+(?:les|des|un|une|the|a|an)\s+\w", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\b(?:and|et|but|mais)|,)\s*$", re.IGNORECASE)
# The conjunction or comma opening the next reported clause: "… et pense que", "…, and said".
_NEXT_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:et|and|mais|but)\s+(?:\S+\s+){0,4}$|[,;]\s*(?:\S+\s+){0,4}$")
# "se sont félicités du résultat": an object, not an inverted subject.
_PREPOSITION_FIRST = re.compile(r"\s*(?:du|de|des|d['’]|of|for|with|about|on|in|pour|par|sur|contre)\b", re.IGNORECASE)
# ", mais a cependant réitéré …": a second predicate of the same subject, not part of the statement.
_CONTRAST = re.compile(
    r",\s+(?:mais|but)\s+(?:a|ont|avait|est|has|have|had|did|was|is|also|aussi|également|then|ensuite)\b", re.IGNORECASE)
# What may follow the last quotation of a mixed claim without belonging to it.
_ADJUNCT_START = re.compile(
    r"\s*(?:,|(?:en|dans|à|au|aux|pour|avec|lors|après|avant|pendant|selon|where|when|while|in|at|with|for|after|"
    r"before|during|according)\b)", re.IGNORECASE)
_MIXED_TAIL_WORDS = 4
_COMPLEMENTISER_NEXT = re.compile(r"\s*(?:that\b|que\b|qu['’])", re.IGNORECASE)
_CAPITALISED_CUE_FIRST = re.compile(
    r"\s*(?:Said|Says|Added|Adds|Remarked|Wrote|Writes|Explained|Noted|Stated|Declared|Commented|Observed|"
    r"Continued|Concluded|Recalled|Warned|Replied|Answered|Responded|Tweeted|Quipped|Insisted|Argued)"
    r"(?=\s+(?P<np>[^\s.!?:;,][^.!?:;]{0,90}?)\s*[,:]\s*$)")
_SUBJECT_ONLY = re.compile(
    r"(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Le|La|Les|L['’]|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs)"
    r"\s*[\w’'-]+(?:\s+[\w’'-]+){0,2}")
_QUOTED_PREDICATE = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|did|"
    r"est|sont|était|étaient|a|ont|avait|sera|serait|va|vont|doit|peut)\b")
_WITH_SUBJECT = re.compile(r"\b(?:with|avec)\s+(?P<np>(?:[\w’'.-]+\s+){0,4}[\w’'.-]+)\s+$", re.IGNORECASE)
_RELATIVE_APPOSITION = re.compile(r",\s*(?:who|whom|whose|which|qui|que|dont)\b[^,]*,?", re.IGNORECASE)
_AUXILIARIES = frozenset(("be", "been", "is", "are", "was", "were", "would", "will", "could", "can", "should", "may",
                          "might", "must", "do", "does", "did", "has", "have", "had"))
# Some sign of a finite verb in a clause with no "that": an auxiliary, a past or a present in -s.
_EN_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|has|have|had|will|would|could|can|should|may|might|must|shall|do|does|did|"
    r"won't|can't|isn't|aren't|wasn't|weren't|went|came|made|took|gave|got|saw|knew|left|lost|won|began|became|"
    r"ran|kept|held|brought|fell|rose|grew|sent|spent|built|paid|met|led|put|set|cut|hit|let|said|told|found|"
    r"thought|felt|meant|stood|sold|bought|caught|taught|fought|brought|wrote|drove|flew|threw|broke|chose|"
    r"spoke|stole|froze|woke|wore|tore|swore|shot|slept|fled|struck|hung|sang|rang|sank|swam)\b|"
    r"[a-z]{2,}ed\b|(?<!\d\s)\b[a-z]{2,}[^s'’ ]s\b|n['’]t\b", re.IGNORECASE)
# The verbs of "X reported (that) Y said …": Y is the speaker.
_SPEECH_VERBS = {
    "en": frozenset(("said", "says", "say", "told", "tells", "added", "stated", "claimed", "confirmed")),
    "fr": frozenset(("dit", "déclaré", "affirmé", "ajouté", "indiqué", "confirmé", "assuré", "déclare", "affirme",
                     "indique", "confirme", "assure")),
}
_FINITE_HINT = {
    "en": re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does)\b|\w+ed\b"),
    "fr": re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront)\b|\w+(?:ait|aient)\b"),
}
# "according to a tweet on Monday by X", "selon un communiqué publié par X": the agent is the source.
_DOCUMENT_BY = re.compile(
    r"\s*(?:a|an|the|his|her|its|their|un|une|le|la|l['’]|son|sa|leur)\s*(?:[\w’'-]+[\s,]+){1,6}?(?:by|par)\s+(?=\S)",
    re.IGNORECASE)
_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"„]")
_GERUND_BREAK = re.compile(r"(?:,?\s+en\s+\w+ant\b|,\s+(?:while|whereas|as\s+well\s+as)\b)")
_TRAILING_PUNCT = " \t\u00a0.,;:!?"
_CLAUSE_STARTERS = {
    "en": {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an",
           "his", "her", "its", "their", "our", "some", "all", "no", "both", "one", "two", "more", "most",
           "many", "several", "people", "nobody", "everyone"},
}
_NOT_CLAUSE_STARTERS_EN = frozenset((
    "to", "for", "about", "of", "in", "on", "at", "by", "with", "from", "into", "so", "nothing", "something",
    "goodbye", "hello", "thanks", "sorry", "yes", "no", "as", "than", "after", "before", "during", "while",
    "when", "if", "whether", "why", "how", "what", "was", "were", "is", "are", "be", "been", "had", "has",
    "have", "would", "will", "could", "should", "can", "may", "might", "must", "did", "do", "does", "not",
    "and", "or", "but", "again", "too", "also", "up", "out", "off", "over", "through", "via", "per",
))
_EN_QUANTITY = re.compile(
    r"(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|about|around|nearly|almost|over|up\s+to)\s+"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million))", re.IGNORECASE)
_FR_PERFECT_INFINITIVE = re.compile(r"\s*(?:n['’])?(?:avoir|être)\s+\w", re.IGNORECASE)
_EN_AUDIENCE = re.compile(
    r"\s*(?:(?:the\s+|local\s+|a\s+)?(?:reporters|journalists|media|press|crowd|audience|interviewer|"
    r"news\s+conference|press\s+conference)|him|her|them|us|me|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    r"(?:\s+(?:today|yesterday|on\s+\w+day))?,?\s+",
)
_EN_ADJUNCT = re.compile(
    r"\s*(?:(?:on|last|late|early)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|"
    r"this\s+(?:morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)|"
    r"earlier|later|previously|also|too|in\s+(?:a|an|the|his|her|their|its)\s+[\w\s-]{1,40}?(?=,|\s+(?:that|he|she|it|they|the|a)\b)|"
    r"at\s+(?:a|an|the)\s+[\w\s-]{1,30}?(?=,|\s+(?:that|he|she|it|they|the|a)\b)),?\s+",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Draft:
    kind: str
    spans: list[tuple[int, int]]
    cue: str | None
    mention: Mention | None
    position: int  # where the speaker is named (for coreference), else the claim start
    inherit: bool = False  # no attribution of its own: takes the previous claim's speaker
    participle: bool = False  # "ajoutant que", "adding that": same speaker as the previous claim
    paragraph: int = 0
    sentence: tuple[int, int] = (0, 0)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u00a0\u202f\n,;:":
        start += 1
    while end > start and text[end - 1] in _TRAILING_PUNCT + "\n":
        end -= 1
    return start, end


def _source_phrase(np: str) -> str:
    """The source named by the words after `according to` / `selon`: the agent of a document."""
    document = _DOCUMENT_BY.match(np)
    if document is None or RELAYED_BY.search(document.group()):
        return np  # "un économiste cité par l'agence Reuters": the agency only relays
    return np[document.end():]


def _is_apposition(segment: str) -> bool:
    """A short name or indefinite description after a source: ", Febelfin,", ", un centre de réflexion américain,"."""
    words = segment.split()
    if not words or len(words) > 6:
        return False
    return (segment.strip()[:1].isupper() and len(words) <= 3) or words[0].lower() in ("un", "une", "a", "an")


def _clause_start_word_en(text: str, pos: int) -> bool:
    """Whether an English reported clause can start at `pos` (after "said")."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    match = _WORDS.match(text, pos)
    if not match:
        return False
    word = match.group()
    low = word.lower()
    if low in _CLAUSE_STARTERS["en"] or word[:1].isupper() or word[:1].isdigit() or _EN_QUANTITY.match(text, pos):
        return True
    return low not in _NOT_CLAUSE_STARTERS_EN and not low.endswith("ly")


class SentenceReader:
    """Finds drafts in one sentence."""

    def __init__(self, text: str, language: str, pats: CuePatterns, lex: Lexicon):
        self.text = text
        self.language = language
        self.pats = pats
        self.lex = lex
        self.sources_before = SourcesBefore(pats, text)
        self.verb_hits = VerbHits(pats, text)
        self._sentence_cues: list = []
        self._sentence_quotes: list[Quote] = []
        self._claim_paragraph = -1  # the paragraph of the latest claim found

    def read(self, s: int, e: int, quotes: list[Quote], paragraph: int, prev_colon: tuple[int, int] | None) -> list[Draft]:
        text = self.text
        hits = self.verb_hits.between(s, e)
        if not hits and not quotes and not self.sources_before.any_between(s, e):
            return []  # most sentences of an article: nothing that could introduce a claim
        inside = [(q.open, q.end) for q in quotes]
        cues = [m for m in self.pats.finditer(text, s, e, hits) if not any(a <= m.start() < b for a, b in inside)]
        self._sentence_cues = cues
        self._sentence_quotes = quotes
        used_cues: set[int] = set()
        drafts: list[Draft] = []
        skip: set[int] = set()

        for qi, q in enumerate(quotes):
            if qi in skip or any(d.start <= q.open < d.end for d in drafts):
                continue
            head_start = quotes[qi - 1].end if qi > 0 else s
            next_open = quotes[qi + 1].open if qi + 1 < len(quotes) else e
            previous_direct = bool(drafts) and drafts[-1].kind == "direct" and qi > 0 and drafts[-1].end >= quotes[qi - 1].content_end
            draft = self._quote(q, head_start, next_open, s, e, cues, used_cues, paragraph, previous_direct)
            if (draft is None or draft.inherit) and prev_colon is not None and q.open == s and qi == 0:
                draft = self._quote_after_colon(q, prev_colon, paragraph)
            if draft is None:
                continue
            # « A », a-t-il dit, « B »: one claim.
            if qi + 1 < len(quotes) and draft.kind == "direct" and draft.cue and draft.position > q.end:
                nxt = quotes[qi + 1]
                between = text[draft.position:nxt.open]
                if re.fullmatch(r"[^.!?«»“”\"]*,\s*", between) and _words(between) <= 14:
                    draft.spans = draft.spans + nxt.spans
                    skip.add(qi + 1)
            draft.sentence = (s, e)
            drafts.append(draft)

        covered = [(d.start, d.end) for d in drafts]
        for m in cues:
            if m.start() in used_cues or any(a <= m.start() < b for a, b in covered):
                continue
            draft = self._reported(m, s, e, quotes, drafts, paragraph)
            if draft is not None:
                draft.sentence = (s, e)
                drafts.append(draft)
                covered.append((draft.start, draft.end))
        for draft in self._sources(s, e, quotes, drafts, paragraph):
            draft.sentence = (s, e)
            drafts.append(draft)
        drafts.sort(key=lambda d: d.start)
        if drafts:
            self._claim_paragraph = paragraph
        return drafts

    # --- quotations ---------------------------------------------------------------------------

    def _tail_attribution(self, q: Quote, tail_end: int, cues) -> tuple[re.Match, Mention | None, int] | None:
        text = self.text
        for m in cues:
            if m.start() < q.end or m.start() >= tail_end:
                continue
            if _COMPLEMENTISER_NEXT.match(text, m.end()):
                break  # "…", she shared that …: the verb has its own complement
            gap = text[q.end:m.start()]
            if re.fullmatch(r"[\s,;»”\"’)]*", gap):
                if m.group("pron") or (m.group("aux") and "-" in m.group("aux")):
                    return m, Mention(m.group(), pronoun=True), m.end()
                mention, _ = mention_after(text, m.end(), tail_end, self.lex)
                return m, mention, m.end()
            if self.language == "en" and re.fullmatch(r"[\s,;”\"’)]*[\w.’'\- ]{1,90}\s", gap):
                np = gap.strip(" ,;”\"’)")
                if 0 < _words(np) <= 10:
                    mention = parse_mention(np, self.lex)
                    if mention is not None:
                        return m, mention, m.end()
            break
        return None

    def _head_attribution(self, q: Quote, head_start: int, cues, s: int):
        text = self.text
        before = [m for m in cues if head_start <= m.start() and m.end() <= q.open]
        if before:
            m = before[-1]
            for candidate in before[:-1]:
                comp = self.pats.complementiser.search(text, candidate.end(), min(q.open, candidate.end() + 80))
                if comp and _words(text[candidate.end():q.open]) <= 40:
                    m = candidate  # "X affirme … qu'il voulait qualifier sa fille de « … »"
                    break
            gap = text[m.end():q.open]
            if (_words(gap) <= 10 or m is not before[-1]) and not re.search(r"[.!?]", gap):
                if m.group("pron") or (m.group("aux") and "-" in m.group("aux")):
                    return m, Mention(m.group(), pronoun=True), gap
                if m.group("aux") is None and m.group("verb").lower().endswith(("ant", "ing")):
                    subject = first_named(text, s, m.start(), self.lex)  # "…, saying "…""
                else:
                    subject = find_subject(text, max(head_start, self._subject_start(m, s)), m.start(), self.lex, s)
                if subject is None and self.language == "en":
                    mention, _ = mention_after(text, m.end(), q.open, self.lex)
                    if mention is not None and mention.name and not is_weak(m.group("verb"), self.pats):
                        subject = mention
                return m, subject, gap
        head = text[head_start:q.open]
        if self.language == "en" and head_start == s and (inverted := _CAPITALISED_CUE_FIRST.match(head)):
            # "Remarked ecologist Ann Lee, "…"": the verb opens the sentence, its subject follows.
            mention = parse_mention(inverted.group("np"), self.lex)
            if mention is not None and (mention.name or mention.role):
                return inverted, mention, ""
        source = None
        for source in self.sources_before.finditer(head_start, q.open):
            pass
        if source is not None:
            comma = text.find(",", source.end(), q.open)
            np_end = comma if comma != -1 else q.open
            if comma != -1:
                nxt = text.find(",", comma + 1, q.open)
                if nxt != -1 and _is_apposition(text[comma + 1:nxt]):
                    np_end = nxt  # "Selon la fédération des banques, Febelfin, « … »"
            np = _source_phrase(text[source.end():np_end].strip(" ,:"))
            mention = parse_mention(np, self.lex) if _words(np) <= 10 else None
            if mention is not None:
                return source, mention, text[np_end:q.open]
        stripped = head.rstrip()
        if stripped.endswith(":"):
            chunk = re.split(r"[.;!?]", stripped[:-1])[-1]
            chunk = chunk.split(",")[-1]
            if 0 < _words(chunk) <= 6:
                mention = parse_mention(chunk, self.lex)
                if mention is not None and (mention.name or mention.role):
                    return None, mention, ":"
        return None

    def _quote(self, q: Quote, head_start: int, tail_end: int, s: int, e: int, cues, used_cues, paragraph,
               previous_direct: bool = False) -> Draft | None:
        text = self.text
        content = text[q.content_start:q.content_end]
        n_words = _words(content)
        head = text[head_start:q.open]
        tail = text[q.end:tail_end]
        head_bare = head.strip(" \t\u00a0,;—–-")
        tail_bare = tail.strip(" \t\u00a0.,;!?»”\"")
        upper = content[:1].isupper() or content[:1] in "[(…." or content[:1].isdigit()

        attribution = self._tail_attribution(q, tail_end, cues)
        if attribution is not None:
            m, mention, pos = attribution
            used_cues.add(m.start())
            if head_bare and not upper and _words(head_bare) >= 2:
                # "M. Poutine a donné à M. Kim « un gant … », a ajouté M. Peskov": a mixed claim.
                cs, _ = _trim(text, head_start, q.open)
                return Draft("mixed", [(cs, q.end)], m.group(), mention, pos, paragraph=paragraph)
            if n_words < 3 and not upper and head_bare:
                return None
            return Draft("direct", list(q.spans), m.group(), mention, pos, paragraph=paragraph)

        head_attr = self._head_attribution(q, head_start, cues, s)
        if head_attr is not None:
            m, mention, gap = head_attr
            if isinstance(m, Cue):
                used_cues.add(m.start())
            cue_text = m.group().strip() if m is not None else ":"
            position = m.start() if m is not None else q.open
            gap_bare = gap.strip(" \t\u00a0,")
            first_comp = self.pats.complementiser.search(gap) if isinstance(m, Cue) else None
            full = (
                gap_bare.endswith(":")
                or (first_comp is not None and not gap[first_comp.end():].strip())  # "… que « … »", not "qu'elles ne feraient que « … »"
                or (upper and first_comp is None and _words(gap_bare) <= 6 and n_words >= 3)
                or (m is not None and not isinstance(m, Cue) and not gap_bare)
            )
            follows = mention is None and isinstance(m, Cue)
            if full:
                return Draft("direct", list(q.spans), cue_text, mention, position, participle=follows, paragraph=paragraph)
            if m is None:
                return None
            if not isinstance(m, Cue):
                # "pour Montebourg, le nucléaire est une « filière d'avenir »"
                cs, _ = _trim(text, q.open - len(gap), q.open)
                end = self._mixed_end(q.end, e)
                return Draft("mixed", [(cs, end)], m.group().strip(), mention, position, paragraph=paragraph)
            if isinstance(m, Cue):
                start = self._complement_start(m, q.open)
                start, _ = _trim(text, start, q.open)
                end = self._mixed_end(q.end, e)
                return Draft("mixed", [(start, end)], cue_text, mention, position, participle=follows, paragraph=paragraph)
            return None

        if not head_bare and (not tail_bare or tail.lstrip().startswith(("«", "“", '"'))):
            if n_words < 3:
                return None
            for incise in self.pats.finditer(text, q.content_start, q.content_end):
                if incise.group("pron") and text[max(0, incise.start() - 2):incise.start()].strip() == ",":
                    return Draft("direct", list(q.spans), incise.group(), Mention(incise.group(), pronoun=True),
                                 incise.start(), paragraph=paragraph)
            return Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        if head_bare.lower() in ("and", "et", "or", "ou", "then", "puis") and previous_direct and n_words >= 3:
            # said "A" and "B": the second quotation has the first one's speaker.
            return Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        if head_bare.endswith(":") and n_words >= 4:
            return Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        if (
            n_words >= 3 and head_start == s and _SUBJECT_ONLY.fullmatch(head_bare)
            and _QUOTED_PREDICATE.match(content) and not self._sentence_cues and self._claim_paragraph == paragraph
        ):
            # The costume "is very warm […]": a subject, then the speaker's own words as its
            # predicate; the speaker is the one just quoted.
            cs, _ = _trim(text, head_start, q.open)
            return Draft("mixed", [(cs, self._mixed_end(q.end, e))], None, None, q.open, inherit=True, paragraph=paragraph)
        return None

    def _quote_after_colon(self, q: Quote, prev: tuple[int, int], paragraph: int) -> Draft | None:
        """A quote paragraph introduced by the previous paragraph's `… wrote:`."""
        text = self.text
        ps, pe = prev
        m = None
        for m in self.pats.finditer(text, ps, pe):
            pass
        if m is None:
            return Draft("direct", list(q.spans), ":", None, q.open, inherit=True, paragraph=paragraph)
        subject = find_subject(text, ps, m.start(), self.lex)
        if subject is None:
            subject, _ = mention_after(text, m.end(), pe, self.lex)
        return Draft("direct", list(q.spans), m.group(), subject, m.start(), paragraph=paragraph)

    # --- reported speech ------------------------------------------------------------------------

    def _content_end(self, start: int, e: int, drafts: list[Draft], cue_end: int | None = None) -> int:
        text = self.text
        end = e
        for cue in self._sentence_cues:
            if start < cue.start() < end:
                if cue.group("pron") or (cue.group("aux") and "-" in cue.group("aux")):
                    continue
                joint = _NEXT_CLAUSE.search(text[start:cue.start()])
                if joint:
                    end = start + joint.start()
                break
        for d in drafts:
            if start < d.start < end and d.kind != "mixed":
                end = min(end, d.start)
        after = self.pats.source_after.search(text, start, end)
        if after and "," not in text[after.end():end]:
            end = after.start()
        gerund = _GERUND_BREAK.search(text, start, end)
        if gerund:
            end = gerund.start()
        semicolon = text.find(";", start, end)
        if semicolon != -1:
            end = semicolon
        contrast = _CONTRAST.search(text, start, end)
        if contrast:
            end = contrast.start()
        colon_quote = _COLON_QUOTE.search(text, start, end)
        if colon_quote:
            end = colon_quote.start()
        return _trim(text, start, end)[1]

    def _mixed_end(self, quote_end: int, e: int) -> int:
        """End of a mixed claim: through later quotations of the clause, plus at most a short
        complement ("une « victoire éclatante » sur son rival"), not a trailing adjunct."""
        text = self.text
        end = max(quote_end, self._content_end(quote_end, e, []))
        last_close = quote_end
        for q in self._sentence_quotes:
            if quote_end <= q.open < end:
                last_close = max(last_close, q.end)
        tail = text[last_close:end]
        if _words(tail) > _MIXED_TAIL_WORDS and _ADJUNCT_START.match(tail):
            end = last_close
        return end

    def _subject_start(self, m, s: int) -> int:
        """A subject is looked for after the previous reporting verb of the sentence, if any."""
        previous = [c.end() for c in self._sentence_cues if c.end() <= m.start()]
        return max([s] + previous)

    def _noun_phrase_follows(self, start: int, end: int) -> bool:
        """After an inverted verb comes its subject, then maybe an adjunct: `…, said Sheriff Bill
        Brown in a statement.` — not a clause (`…, announced US troops would be leaving`)."""
        lex = self.lex
        determiners = lex.bare_determiners
        for token in _WORDS.findall(self.text[start:end]):
            low = fold(token).rstrip("'’")
            if low in lex.stops:
                return True
            if token[:1].isupper() or low in determiners or low in lex.roles or low in _NP_WORDS:
                continue
            if low.endswith(("'s", "’s")) or low in lex.organisations:
                continue  # "the government's lawyer", "the ministry"
            if low[:2] in ("l'", "d'"):
                continue
            return False
        return True

    def _complement_start(self, m, limit: int) -> int:
        """Where the reported statement begins after a cue: past `que`/`that`, the audience of
        `told` and time or place adjuncts."""
        text = self.text
        start = m.end()
        comp = self.pats.complementiser.search(text, start, min(limit, start + 80))
        between = text[start:comp.start()] if comp else ""
        telling = self.language == "en" and m.group("verb").lower() in ("tell", "tells", "told", "telling")
        if comp and not re.search(r"[.!?«“\"]", between) and _words(between) <= 8 and (
            telling or not _OBJECT_BEFORE_QUE.search(between)  # "told the court that": the audience
        ):
            return comp.end()
        if self.language == "en":
            if telling:
                aud = _EN_AUDIENCE.match(text, start)
                if aud is not None:
                    start = aud.end()
            for _ in range(3):
                adj = _EN_ADJUNCT.match(text, start)
                if adj is None:
                    break
                start = adj.end()
        return start

    def _clause_without_complementiser(self, m, start: int) -> bool:
        """A reported statement with no que/that: "X said the plan…", "Moscou affirme avoir abattu…"."""
        text, verb = self.text, m.group("verb").lower()
        if is_weak(verb, self.pats):
            return False
        if self.language == "fr":
            return _FR_PERFECT_INFINITIVE.match(text, start) is not None
        if self.language != "en":
            return False
        if (verb.startswith("tell") or verb == "told") and _EN_AUDIENCE.match(text, m.end()) is None:
            return False
        return _clause_start_word_en(text, start)

    def _reports_a_speaker(self, m, start: int, end: int) -> bool:
        """Whether the complement of cue `m` is only the subject of a later reporting verb."""
        text = self.text
        for cue in self._sentence_cues:
            if cue.start() <= m.start() or cue.start() < start:
                continue
            if cue.start() > end + 3 or cue.group("verb").lower() not in _SPEECH_VERBS[self.language]:
                return False
            subject = _RELATIVE_APPOSITION.sub("", text[start:cue.start()]).strip(" ,")
            if not subject or _words(subject) > 6 or _FINITE_HINT[self.language].search(subject):
                return False
            mention = parse_mention(subject, self.lex)
            return mention is not None and not mention.pronoun and bool(mention.name or mention.role)
        return False

    def _reported(self, m: re.Match, s: int, e: int, quotes: list[Quote], drafts: list[Draft], paragraph: int) -> Draft | None:
        text = self.text
        verb = m.group("verb")
        cue_text = m.group().strip()
        participle = verb.lower().endswith(("ant", "ing"))
        before = text[s:m.start()].rstrip()
        pronoun = bool(m.group("pron")) or bool(m.group("aux") and "-" in m.group("aux"))

        # "…, which state media said were under control": the relative clause is the claim.
        relative = (
            _RELATIVE_SUBJECT.search(text, max(s, m.start() - 60), m.start())
            if self.language == "en" and not is_weak(verb, self.pats) else None
        )
        if relative is not None:
            mention = parse_mention(relative.group("np"), self.lex)
            cs, ce = _trim(text, m.end(), self._content_end(m.end(), e, drafts))
            if mention is not None and _words(text[cs:ce]) >= 2:
                return Draft("indirect", [(cs, ce)], cue_text, mention, m.start(), paragraph=paragraph)

        # Inverted, after the statement: "…, a indiqué la direction." / "…, said X." / "…, X said."
        tail_words = text[m.end():e].strip(" .!?\u00a0")
        comma_before = before.endswith(",")
        if (comma_before and not participle and not is_weak(verb, self.pats)) or pronoun:
            clause_end = len(before) + s - (1 if comma_before else 0)
            prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
            cs, ce = _trim(text, prior, clause_end)
            comp = _COMPLEMENTISER_NEXT.match(text, m.end()) if not pronoun else None
            if ce - cs > 0 and _words(text[cs:ce]) >= 4 and comp is None and _words(tail_words) <= 12 and (
                pronoun or self.language != "en" or self._noun_phrase_follows(m.end(), e)
            ):
                mention = Mention(m.group(), pronoun=True) if pronoun else mention_after(text, m.end(), e, self.lex)[0]
                if mention is not None and (pronoun or not _PREPOSITION_FIRST.match(text, m.end())):
                    kind = "mixed" if any(cs <= q.open < ce for q in quotes) else "indirect"
                    return Draft(kind, [(cs, ce)], cue_text, mention, m.start(), paragraph=paragraph)
        if self.language == "en" and not participle:
            # "…, X said." — the subject sits between the comma and the verb.
            comma = before.rfind(",")
            clause_follows = bool(tail_words) and _clause_start_word_en(text, m.end()) and _EN_FINITE.search(tail_words)
            if comma != -1 and 0 < _words(before[comma:]) <= 6 and _words(tail_words) <= 8 and not clause_follows:
                np = before[comma + 1:]
                mention = parse_mention(np, self.lex)
                prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
                cs, ce = _trim(text, prior, s + comma)
                if mention is not None and ce > cs and _words(text[cs:ce]) >= 4 and not _COMPLEMENTISER_NEXT.match(text, m.end()):
                    kind = "mixed" if any(cs <= q.open < ce for q in quotes) else "indirect"
                    return Draft(kind, [(cs, ce)], cue_text, mention, s + comma + 1, paragraph=paragraph)

        if comma_before and not participle and self.language == "en" and self._noun_phrase_follows(m.end(), e):
            return None  # "…, said the company's spokesman.": the inverted subject, not a statement
        # Subject, verb, complement: "X a déclaré que …", "X said (that) …".
        start = self._complement_start(m, e)
        has_complementiser = self.pats.complementiser.search(text, m.end(), start) is not None
        if not has_complementiser and not self._clause_without_complementiser(m, start):
            return None
        end = self._content_end(start, e, drafts)
        start, end = _trim(text, start, end)
        if end - start <= 0 or _words(text[start:end]) < 3:
            return None
        if self.language == "en" and (
            text[max(start, end - 12):end].rsplit(None, 1)[-1] in _AUXILIARIES
            or (not has_complementiser and not _EN_FINITE.search(text, start, end))
        ):
            return None  # "where records predicted it would be", "revealed a mass at a depth": no statement
        if self._reports_a_speaker(m, start, end):
            return None  # "Reuters reported a senior official said …": the official is the speaker
        if pronoun:
            mention = Mention(m.group(), pronoun=True)
        elif participle and m.group("aux") is None and (absolute := _WITH_SUBJECT.search(text, max(s, m.start() - 60), m.start())):
            # "…, with officials saying …": the participle has its own subject.
            mention = parse_mention(absolute.group("np"), self.lex)
            participle = mention is None
        elif participle and m.group("aux") is None:
            # "…, ajoutant que", "…, saying": the subject of the sentence's main verb.
            mention = first_named(text, s, m.start(), self.lex)
        else:
            mention = find_subject(text, self._subject_start(m, s), m.start(), self.lex, s)
        if mention is not None and mention.name is None and _COORDINATED.search(text[s:m.start()]) and not mention.role:
            mention = None
        participle = participle or (mention is None and bool(_COORDINATED.search(text[s:m.start()])))
        inner = [q for q in quotes if start <= q.open < end]
        kind = "indirect"
        spans = [(start, end)]
        if inner:
            kind = "mixed"
            q = inner[0]
            if len(inner) == 1 and q.open <= start + 1 and q.end >= end - 1:
                kind = "direct"
                spans = list(q.spans)
        return Draft(kind, spans, cue_text, mention, m.start(), participle=participle and mention is None, paragraph=paragraph)

    def _sources(self, s: int, e: int, quotes: list[Quote], drafts: list[Draft], paragraph: int) -> list[Draft]:
        text = self.text
        found = []
        covered = [(d.start, d.end) for d in drafts]
        for m in self.sources_before.finditer(s, e):
            if any(a <= m.start() < b for a, b in covered) or any(q.open <= m.start() < q.end for q in quotes):
                continue
            # Already the attribution of a quotation: a mixed claim may grow to the whole clause.
            twin = next((d for d in drafts if d.position == m.start()), None)
            if twin is not None and twin.kind != "mixed":
                continue
            prefix = text[s:m.start()].strip()
            leading = not prefix or prefix.endswith((",", ":"))
            is_pour = m.group().strip().lower() == "pour"
            if is_pour and not leading:
                continue  # "pour" only introduces a source at the head of a clause
            comma = text.find(",", m.end(), e)
            is_trailing = comma == -1 or _words(text[m.end():comma]) > 10
            if not is_trailing and leading:
                np_end = comma
                # apposition: "Selon la fédération des banques, Febelfin, …"
                nxt = text.find(",", comma + 1, e)
                if nxt != -1 and _is_apposition(text[comma + 1:nxt]):
                    np_end = nxt
                mention = parse_mention(_source_phrase(text[m.end():np_end]), self.lex)
                if mention is None:
                    continue
                start, end = _trim(text, np_end + 1, self._content_end(np_end + 1, e, drafts))
                if _words(text[start:end]) < 3:
                    continue
                if any(q.open <= start + 1 and q.end >= end - 1 for q in quotes):
                    continue  # a quotation: handled with its quote
                if twin is not None:
                    if twin.start <= end and end > twin.end:
                        twin.spans = [(min(start, twin.start), end)]
                    continue
                kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
                found.append(Draft(kind, [(start, end)], m.group().strip(), mention, m.start(), paragraph=paragraph))
                continue
            if is_pour or twin is not None:
                continue
            # "…, selon X." at the end of the sentence.
            np = _source_phrase(text[m.end():e].strip(" .!?"))
            if _words(np) > 10:
                continue
            mention = parse_mention(np, self.lex)
            if mention is None:
                continue
            prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
            start, end = _trim(text, prior, m.start())
            if _words(text[start:end]) < 3:
                continue
            whole = [q for q in quotes if q.open <= start + 1 and q.end >= end - 1]
            if whole:  # "« … », selon X": a quotation
                found.append(Draft("direct", list(whole[0].spans), m.group().strip(), mention, m.start(), paragraph=paragraph))
                continue
            kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
            found.append(Draft(kind, [(start, end)], m.group().strip(), mention, m.start(), paragraph=paragraph))
        return found
