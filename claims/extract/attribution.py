"""Attributed statements in one sentence: quotations with their attribution, reported speech
(reporting verb + clause), `selon X` / `according to X`. Produces drafts; speakers are resolved later."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import WITHHELD_RELATIVES
from claims.extract.clause_starts import AUXILIARY_OR_PAST_EN, EN_AUDIENCE, VERB_AFTER_INDEFINITE, sure_clause_en
from claims.extract.cue_patterns import Cue, CuePatterns
from claims.extract.cues import SourcesBefore, VerbHits
from claims.extract.drafts import Draft, word_count
from claims.extract.french_quotes import FrenchQuotes
from claims.extract.headline_labels import written_in_lower_case
from claims.extract.impersonal import impersonal_source
from claims.extract.lang import en as english
from claims.extract.quotes import Quote
from claims.extract.passive_participles_fr import participle_as_noun
from claims.extract.reported_speech import COMPLEMENTISER_NEXT, ReportedSpeech
from claims.extract.trailing_attribution_en import FINDING_VERBS
from claims.extract.segments import after_kicker
from claims.extract.quote_attribution import QuoteAttribution
from claims.extract.source_phrases import SourcePhrases
from claims.extract.speakers import Lexicon, fold
from claims.extract.stance_colons_fr import stance_before_colon
from claims.extract.subject_appositions import DOCUMENTS_BEFORE_PARTICIPLE
from claims.extract.speaker_mentions import NAME_WITH_LISTED_PORTFOLIOS
from claims.extract.quotation_drafts import QuotationDrafts


# A headline's topic before a colon, not a speaker's name before a quotation ("Laure Roux : « … »").
_HEADLINE_TOPIC = re.compile(r"[^:«»“”\"\n.!?]{2,50}?\s:\s+(?![«“\"„‹])")
# Demands, wishes and fears are not statements: "a appelé (les oppositions) à …", "dit craindre …".
_FRENCH_DEMAND_OR_FEAR = re.compile(
    r"appel\w*\s+(?:[^\s,.;:!?«»]+\s+){0,3}?(?:à|aux?)\s|"
    # "plaide pour un « bouclier logement »", "plaide en faveur d'…": advocacy, a demand
    r"plaid\w*\s+(?:pour|en\s+faveur)\b|"
    # "une motion demandant des « garanties écrites »", "réclame un « moratoire »": a request for a thing
    r"(?:demand|réclam)\w*\s+(?:des|un|une|le|la|les|du|l['’])\s*(?=[«“\"])|"
    # "demande aux patients de « ne pas cesser … »": asking someone to do something
    r"demand\w*\s+(?:à|aux)\s+[^,.;:!?«»]{1,60}?\s(?:de|d['’])\s*(?=[«“\"]|[a-zà-ÿ])|"
    r"(?:dit|disent|disait|disaient|dire)\s+(?:craindre|redouter|espérer|souhaiter|vouloir)\b(?!\s+qu)", re.IGNORECASE)
_DEMAND_OR_FEAR_VERBS = ("appel", "plaid", "dit", "disent", "disait", "dire", "demand", "réclam")


def _demand_or_fear(text: str, m: Cue) -> bool:
    verb = m.group("verb").lower()
    if not verb.startswith(_DEMAND_OR_FEAR_VERBS):
        return False
    return _FRENCH_DEMAND_OR_FEAR.match(text, m.end() - len(verb) - len(m.group("pron") or "")) is not None
_FINDING_VERB_BEFORE = re.compile(r"\b(?:show|shows|showed|found|finds|suggest|suggests|reveal|reveals)\s+$")
# "the trips, if confirmed, would be …": a conditional participle, no one confirming
_CONDITION_BEFORE = re.compile(r"\b(?:if|once|unless|until|when|where|as)\s+$")
# "could order the association to call off the ban if it finds the action is causing harm": a condition, no statement
_SUBJECT_OF_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:it|he|she|they|we|you|the\s+[a-z]+)\s+$")
_FALLS_UNDER_NEXT_FR = re.compile(r"\s+(?:de\s+la|du|de\s+l['’])\s")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an|this|next|last|each|every|its|their)\s+$", re.IGNORECASE)
_DETERMINER_BEFORE_ING = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|this|any|no)|[a-z]['’]s)\s+(?:(?:official|early|public|final|formal|written|stern|fresh|new|latest"
    r"|severe|first|second|last)\s+)?$")
_REPORTED_MISSING_NEXT = re.compile(r"\s+(?:him|her|them|it|(?:the|a|an|his|her|their|its)\s+[a-z]+)\s+(?:missing|gone|stolen|lost|dead)\b")
_NAME_WITHHELD_NEXT = re.compile(r"\s+that\s+(?:his|her|their)\s+(?:(?:full\s+|last\s+)?names?|" + WITHHELD_RELATIVES
                                 + r")\s+(?:not|be\s+withheld)")  # ("who asked that her daughter not be named")
# "parents who spoke during public comment said …": a noun right before the verb
_SAID_NEXT = re.compile(r"\s+(?:said|says|told)\b")
# An adjunct of time or occasion, nothing more ("in a statement on Friday", "on Thursday").
_ADJUNCT_ONLY = re.compile(r"(?:in|on|at|during|after|before|via|through)\s[^,;:.!?\"“”]*")
# A number, maybe an adjective: what follows is a noun ("1,130 active claims", "two reports").
# (not "No 10 insists", "SafiriGo, founded in 2019, says")
_NOUN_AFTER_NUMBER_EN = re.compile(
    r"(?:(?<!No\s)(?<!No\.\s)(?<!Number\s)\b\d(?:[\d,.]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of))"
    r"\s+(?:[a-z]+\s+)?$")
# A preposition, then determiners or adjectives: what follows is a noun ("in written comments", "at new rules").
_NOUN_AFTER_PREPOSITION_EN = re.compile(
    r"\b(?:in|with|of|by|through|via|during|from|under|on|to|at|against|over|about)\s+(?:(?:the|its|his|her|their|our|a|an|these|"
    r"those|written|public|further|separate|recent|earlier|later|brief|official|formal|final|emailed|prepared|submitted|"
    r"closing|opening|detailed|additional|new)\s+){1,2}$", re.IGNORECASE)
_COMPOUND_BEFORE_POSTS = re.compile(r"\b(?:health|border|police|army|military|blog|trading|sentry|job|guard|customs|observation"
                                    r"|command|listening|lamp|goal|fence|sign|social\s+media)\s+$", re.IGNORECASE)
# Reporting verbs in -s that are also plural nouns ("damage claims", "news reports").
_PLURAL_NOUN_FORMS = frozenset(("claims", "reports", "notes", "comments", "remarks", "answers", "replies", "statements"))
# "audit reports tabled in Parliament": the plural noun's participle and its adjunct next.
_PARTICIPLE_AND_ADJUNCT_NEXT = re.compile(r"\s+[a-z]+ed\s+(?:in|by|at|on|to|from|since|with|for|under|before|during|over)\b")
# Where an English clause opens: a comma, a semicolon, a conjunction, a relative or "that".
_CLAUSE_OPENING_EN = re.compile(r"[,;:(]|\b(?:and|but|or|who|which|that|because|while|as|if|when|where)\b")
# Irregular pasts (beside AUXILIARY_OR_PAST_EN's) of a clause's own verb, not a participle before its agent or
# place ("made by", "spent in").
_IRREGULAR_PAST = re.compile(r"\b(?:paid|spent|sent|built|put|made|bought)\b(?!\s+(?:by|in|for|to|from|of)\b)")


def _verb_earlier_in_clause(text: str, start: int, at: int) -> bool:
    """Whether the clause ending at AT already has a finite verb ("The department paid $1.9 million in
    damage claims"): a second one cannot follow without a conjunction, so the word at AT is a noun."""
    last = None
    for last in _CLAUSE_OPENING_EN.finditer(text, start, at):
        pass
    if last is not None and last.group() in ("who", "which", "that"):
        return False  # "The man who was arrested claims …": the relative clause's verb, then the main one
    opening = last.end() if last is not None else start
    # (not a participle of the subject: "The man accused of fraud claims he is innocent")
    return AUXILIARY_OR_PAST_EN.search(text, opening, at) is not None or _IRREGULAR_PAST.search(text, opening, at) is not None


# "cautioned against calling the lagoon a "super reef"": advice not to do something, no statement.
_AGAINST_NEXT = re.compile(r"\s+against\s+[a-z]+ing\b")
# "says", "said" right before a word ("says proposed fee cut …").
_SAY_BEFORE_EN = re.compile(r"\b(?:says|said|say)\s+$")
# A lower-case word next, no complementiser, preposition or pronoun ("proposed fee cut", not "proposed that").
_NOUN_NEXT_EN = re.compile(r"\s+(?!(?:that|to|by|it|in|on|at|for|a|an|the|his|her|its|their)\b)[a-z]{3,}\b")
# "nurses told to 'ration' masks": an order received (a passive without its auxiliary), no statement.
_TO_INFINITIVE_NEXT = re.compile(r"\s+to\s+['‘\"“]?[a-z]")
# "has declared void a 30-year lease": a ruling on a thing's status, no statement.
_STATUS_NEXT = re.compile(r"\s+(?:void|null|invalid|illegal|unlawful|unconstitutional)\b")
# English "say" with a quantity for its object ("a single month did not say much on its own", "said
# nothing"): how telling something is, or a silence, not a report.
# (but "said nothing else had been taken": the subject of a clause)
_SAY_QUANTITY_NEXT = re.compile(r"\s+(?:much|little|nothing|anything|a\s+lot)\b(?!\s+(?:of\s+)?(?:the|its|their|his|her)\b)"
                                rf"(?!{VERB_AFTER_INDEFINITE.pattern})")
# "X, the consortium that maintains the trains, had …": the verb of a relative clause inside an
# apposition, with its object; no statement follows it.
_APPOSITION_RELATIVE_BEFORE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,3}that\s+$")
# "found in a 2019 survey that …", "found, after a review, that …": the clause comes after an adjunct.
_CLAUSE_OR_SCENE_NEXT = re.compile(r"\s*,|\s+(?:in|on|at|during|after|last|this|earlier)\b")
_OBJECT_THEN_QUOTE = re.compile(r"\s+(?:the|a|an|his|her|their|its|him|them)\s+(?:[\w-]+\s+){0,2}['‘\"“]")
# "The agency’s annual bathing water report, published on Tuesday, found": a base form after a
# determiner or a possessive, then a comma, is a noun.
_BASE_FORMS = frozenset(english.REPORTING_VERB_STEMS)
_NOUN_PHRASE_OPENING_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his)|['’]s)\s+(?:[a-z][\w-]*\s+){0,4}$")
# A document in an adjunct, before its participle: "said in a video posted on the club's account that …".
_DOCUMENT_IN_ADJUNCT = re.compile(
    r"\b(?:in|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?" + DOCUMENTS_BEFORE_PARTICIPLE + r"\s+$")
# The verbs and the words around a closing attribution ("…, officials said on Thursday.").
_CLOSING_VERBS = frozenset(("said", "says", "told", "added", "announced", "stated", "confirmed", "noted"))  # (not an outlet relaying: "reported")
# (not an outlet relaying: "a rapporté le quotidien X")
_CLOSING_VERBS_FR = frozenset(("indiqué", "précisé", "déclaré", "annoncé", "affirmé", "expliqué", "confirmé", "souligné", "ajouté"))
_CLOSING_WORDS = frozenset(("that", "if", "and", "but", "which", "who", "when", "because", "as", "while", "whether", "so"))
# ("": a full stop alone after the verb)
_ADJUNCT_OPENERS = frozenset(("on", "in", "at", "during", "late", "early", "earlier", "last", "this", "yesterday", "today",
                              "tonight", "after", "before", "")) | {day for day in english.WEEKDAYS if "." not in day}
# "According to X, reported cases have risen": a participle opening the clause a leading source attributes.
_LEADING_SOURCE = re.compile(r"(?:[Aa]ccording to|[Ss]elon|[Dd]['’]après)\s[^,;:.«»\"“”]{1,80},\s*")


# French verbs of proof, which negated state nothing ("n'a pas démontré que", "ne prouve pas que").
_PROOF_STEMS_FR = ("démontr", "prouv", "établi", "justifi")
_NEGATION_BEFORE_FR = re.compile(r"\bn['’](?:a|ont|avait|avaient|aurait|auraient)[ \u00a0]+(?:pas|jamais|nullement)[ \u00a0]+$"
                                 r"|\bne[ \u00a0]+$")


class SentenceReader(QuoteAttribution, QuotationDrafts, ReportedSpeech, FrenchQuotes, SourcePhrases):
    """Finds drafts in one sentence (reported speech: `ReportedSpeech`, `selon X` / `according to X`:
    `SourcePhrases`)."""

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
        self._shared_cues: set[int] = set()  # cues that introduce a clause and a colon quote
        self._attributed_tails: set[int] = set()  # cues already given to a quotation that opened earlier

    def read(self, s: int, e: int, quotes: list[Quote], paragraph: int, prev_colon: tuple[int, int] | None) -> list[Draft]:
        text = self.text
        s = after_kicker(text, s, e)
        if paragraph == 0 and self.language == "fr":
            topic = _HEADLINE_TOPIC.match(text, s, e)  # "Sommeil des adolescents : les écrans …"
            label = text[s:topic.end()].split()[:-1] if topic is not None else []
            if topic is not None and (not all(w[:1].isupper() for w in label)
                                      or len(label) == 1 and written_in_lower_case(label[0], text, topic.end())):
                s = topic.end()  # not "Dmitri Peskov : …", a speaker (but "Rugby : …" where the article writes "rugby")
        hits = self.verb_hits.between(s, e)
        impersonal = impersonal_source(text, s, e, self.lex) if self.language == "fr" else None
        if not hits and not quotes and impersonal is None and not self.sources_before.any_between(s, e) \
                and not (self.language == "fr" and (text.find(" : ", s, e) != -1 or text.find("\u00a0: ", s, e) != -1)):
            return []  # most sentences of an article: nothing that could introduce a claim
        standalone = self._standalone_quote(s, e, quotes, paragraph)
        if standalone is not None:
            draft, rest = standalone
            following = self.read(rest, e, quotes[1:], paragraph, None)
            if draft.mention is not None and draft.position >= rest:
                # the sentence that named the speaker only describes the quotation (not one after « A, a assuré X. B »)
                following = [d for d in following if d.kind != "indirect" or d.start > rest]
            return [draft] + following
        inside = [(q.open, q.end) for q in quotes]
        if self.language == "fr" and hits:
            # "Comme l'a révélé Mediapart, …": the verb belongs to the source phrase, read with it
            inside += [(c.start(), c.end()) for c in self.sources_before.finditer(s, e)
                       if c.group()[:1] in "cCaA" and c.group()[:5].lower() in ("comme", "ainsi")]
        cues = [m for m in self.pats.finditer(text, s, e, hits)
                if not any(a <= m.start() < b for a, b in inside) and m.start() not in self._attributed_tails
                and not participle_as_noun(text, m, self.language) and not self._finding_without_clause(m, e)
                and not (self.language == "en" and _AGAINST_NEXT.match(text, m.end()))
                and not (self.language == "en" and m.group("verb").lower().startswith("declar") and _STATUS_NEXT.match(text, m.end()))
                and not (self.language == "en" and m.group("verb") == "told" and m.group("aux") is None
                         and _TO_INFINITIVE_NEXT.match(text, m.end()))
                and not (self.language == "en" and m.group("aux") is None and _SAID_NEXT.match(text, m.end()))
                and not (self.language == "en" and m.group("verb").lower() in ("say", "says", "said")
                         and _SAY_QUANTITY_NEXT.match(text, m.end()))
                # "in written comments that …", "in its remarks": after a preposition and a determiner or an adjective, a noun
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("s")
                         and (_NOUN_AFTER_PREPOSITION_EN.search(text, max(s, m.start() - 40), m.start())
                              or _NOUN_AFTER_NUMBER_EN.search(text, max(s, m.start() - 30), m.start())
                              or m.group("verb").lower() in _PLURAL_NOUN_FORMS
                              and (_verb_earlier_in_clause(text, s, m.start()) or _PARTICIPLE_AND_ADJUNCT_NEXT.match(text, m.end()))))
                # "had "knowingly ignored" written instructions": without its auxiliary, an adjective
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").lower() == "written")
                # "Figures show admitted patients waited …": after a finding verb, a participle describing its subject
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and _FINDING_VERB_BEFORE.search(text, max(s, m.start() - 10), m.start()))
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and text.startswith(",", m.end()) and _CONDITION_BEFORE.search(text, max(s, m.start() - 8), m.start()))
                and not (self.language == "en" and m.group("aux") is None
                         and _SUBJECT_OF_CONDITION_BEFORE.search(text, max(s, m.start() - 24), m.start()))
                # "says proposed fee cut would cost 300 jobs": right after "says", a participle describing the clause's subject
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and _SAY_BEFORE_EN.search(text, max(s, m.start() - 6), m.start()) and _NOUN_NEXT_EN.match(text, m.end()))
                # "the official warning system": after a determiner, a noun
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ing")
                         and _DETERMINER_BEFORE_ING.search(text, max(s, m.start() - 24), m.start()))
                # "had dropped German and music this term because …": right after a determiner, a noun
                and not (self.language == "en" and m.group("aux") is None and not m.group("verb").endswith(("s", "ed", "ing"))
                         and _DETERMINER_BEFORE.search(text, max(s, m.start() - 8), m.start()))
                # "on the night her mother reported her gone": a disappearance reported, no statement
                and not (self.language == "en" and m.group("verb").lower().startswith("report") and _REPORTED_MISSING_NEXT.match(text, m.end()))
                # "who asked that his name not be used": a request for anonymity, no statement
                and not (self.language == "en" and _NAME_WITHHELD_NEXT.match(text, m.end()))
                # "elles relèvent de la fonction publique hospitalière": what they fall under, no finding
                and not (self.language == "fr" and fold(m.group("verb")).startswith("relev") and _FALLS_UNDER_NEXT_FR.match(text, m.end()))
                # "the coroner's report", "the council's statement": after a possessive, a noun
                and not (self.language == "en" and m.group("aux") is None and text[max(s, m.start() - 3):m.start()] in ("'s ", "’s "))
                # "several rural health posts", "border posts": a noun compound, no one posting
                and not (self.language == "en" and m.group("verb").lower() == "posts"
                         and _COMPOUND_BEFORE_POSTS.search(text, max(s, m.start() - 16), m.start()))
                # (but "X, a group that says it represents …": saying is a statement, whatever follows)
                and not (self.language == "en" and m.group("aux") is None
                         and _APPOSITION_RELATIVE_BEFORE.search(text, max(s, m.start() - 60), m.start())
                         and not COMPLEMENTISER_NEXT.match(text, m.end()) and m.group("verb").lower() not in ("says", "say"))
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and _DOCUMENT_IN_ADJUNCT.search(text, max(s, m.start() - 40), m.start()))
                and not (m.group("aux") is None and _LEADING_SOURCE.fullmatch(text, s, m.start()))
                # "l'entreprise n'a pas démontré que …": a proof not made, no statement
                and not (self.language == "fr" and m.group("verb").lower().startswith(_PROOF_STEMS_FR)
                         and _NEGATION_BEFORE_FR.search(text, max(s, m.start() - 20), m.start()))
                and not (self.language == "en" and m.group("aux") is None and m.group("verb") in _BASE_FORMS
                         and text.startswith(",", m.end()) and _NOUN_PHRASE_OPENING_BEFORE.search(text, max(s, m.start() - 50), m.start()))]
        self._sentence_cues = cues
        self._sentence_quotes = quotes
        used_cues: set[int] = set()
        drafts: list[Draft] = []
        skip: set[int] = set()

        french_closing = self._closing_attribution_fr(cues, s, e) if self.language == "fr" else None
        for qi, q in enumerate(quotes):
            if qi in skip or any(d.start <= q.open < d.end for d in drafts):
                continue
            head_start = quotes[qi - 1].end if qi > 0 else s
            if qi > 0 and self._title_between(quotes[qi - 1], drafts):
                # "Lumen World, which bought "The Glassworks" at the Berlin market, said it was "…"": the
                # title inside the subject's clause does not end the head
                head_start = max([d.end for d in drafts] + [s, quotes[qi - 2].end if qi > 1 else s])
            next_open = quotes[qi + 1].open if qi + 1 < len(quotes) else e
            previous_direct = bool(drafts) and drafts[-1].kind == "direct" and qi > 0 and drafts[-1].end >= quotes[qi - 1].content_end
            if q.end > e and qi + 1 == len(quotes):
                draft = self._quote_attributed_after_its_end(q, paragraph)
                if draft is not None:
                    draft.sentence = (s, e)
                    drafts.append(draft)
                    continue
            draft = self._quote(q, head_start, next_open, s, e, cues, used_cues, paragraph, previous_direct)
            if (draft is None or draft.inherit) and prev_colon is not None and q.open == s and qi == 0:
                draft = self._quote_after_colon(q, prev_colon, paragraph)
            if draft is None:
                continue
            if french_closing is not None and draft.kind == "mixed" and draft.end <= french_closing.start() \
                    and draft.position < french_closing.start():
                continue  # "L'autopsie a révélé que … « … », a indiqué le procureur": the closing attribution's clause
            # « A », a-t-il dit, « B »: one claim.
            if qi + 1 < len(quotes) and draft.kind == "direct" and draft.cue and draft.position > q.end:
                nxt = quotes[qi + 1]
                between = text[draft.position:nxt.open]
                if re.fullmatch(r"[^.!?«»“”\"]*,\s*", between) and word_count(between) <= 20 \
                        and self.pats.complementiser.search(between) is None:
                    # (not "», a-t-il expliqué, précisant que la hausse, « plus de 40 % », avait …": the quotation
                    # inside a second statement of his)
                    draft.spans = draft.spans + nxt.spans
                    skip.add(qi + 1)
            draft.sentence = (s, e)
            drafts.append(draft)

        covered = [(d.start, d.end) for d in drafts]
        closing = self._closing_attribution(cues, s, e) if self.language == "en" else french_closing
        for m in ([closing] + [c for c in cues if c is not closing]) if closing is not None else cues:
            if m.start() in used_cues or any(a <= m.start() < b for a, b in covered):
                continue
            draft = self._reported(m, s, e, quotes, drafts, paragraph)
            if draft is not None:
                draft.sentence = (s, e)
                drafts.append(draft)
                covered.append((draft.start, draft.end))
        for draft in self._sources(s, e, quotes, drafts, paragraph) + self._passive_agents(hits, s, e, drafts, paragraph):
            draft.sentence = (s, e)
            drafts.append(draft)
        if self.language == "fr" and (stance := stance_before_colon(text, s, e, quotes, drafts, self.lex, paragraph)) is not None:
            stance.sentence = (s, e)  # "Sa porte-parole est catégorique : aucune étude n'a été conduite"
            drafts.append(stance)
        drafts = self._impersonal_sources(impersonal, drafts, s, e, quotes, paragraph)
        drafts.sort(key=lambda d: d.start)
        drafts = [d for i, d in enumerate(drafts) if i == 0 or d.spans != drafts[i - 1].spans]  # two cues, one clause
        # "X said the figures showed Y": the finding reported inside X's statement is X's claim, not a second one.
        drafts = [d for d in drafts if not any(
            o is not d and o.start <= d.position and d.end <= o.end and o.start <= d.start for o in drafts)]
        if self.language == "en":
            # "X called the sanctions "…" in a statement on Friday, the agency reported": the closing cue
            # reports X's claim; the adjunct left between them is no second claim
            drafts = [d for d in drafts if not (
                d.kind == "indirect" and d.position >= d.end and _ADJUNCT_ONLY.fullmatch(text, d.start, d.end)
                and any(o is not d and o.end <= d.start and not text[o.end:d.start].strip(" \"”’'") for o in drafts))]
        if self.language == "fr":
            demands = {m.start() for m in cues if _demand_or_fear(text, m)}
            if demands:  # "a appelé les oppositions à « … »", "dit craindre un « … »": no statement (a whole quotation is one)
                drafts = [d for d in drafts if d.position not in demands or d.kind == "direct"]
        if drafts:
            self._claim_paragraph = paragraph
        return drafts

    def _closing_attribution(self, cues, s: int, e: int):
        """English: the cue of an attribution closing the sentence after a comma ("…, sources close
        to the talks said on Friday."), when other cues come before it: it attributes all that
        precedes, those cues included ("The supermarket informed Fenwold that it would move the
        contract, sources said"), so it is read first."""
        if len(cues) < 2 or self.language != "en":
            return None
        text, m = self.text, cues[-1]
        comma = text.rfind(",", s, m.start())
        head = text[s:m.start()].rstrip()
        if comma >= 0 and (listed := NAME_WITH_LISTED_PORTFOLIOS.search(head, max(0, comma - s - 120))) is not None \
                and s + listed.start() < comma:
            comma = text.rfind(",", s, s + listed.start())  # "…, the Ministry of Environment, Forestry and Tourism said"
        if comma < 0 or any(c.start() > comma for c in cues[:-1]) or any(ch in text[comma:e] for ch in '«»“”"'):
            return None
        subject, tail = text[comma + 1:m.start()].split(), text[m.end():e].split()
        # (an auxiliary only of the perfect: "…, the trust has confirmed.")
        if m.group("aux") is not None and m.group("aux").lower() not in ("has", "have") \
                or m.group("verb").lower() not in _CLOSING_VERBS or not 1 <= len(subject) <= 8 \
                or subject[0].lower() in _CLOSING_WORDS or len(tail) > 6:
            return None
        if tail and tail[0].lower().strip(".") not in _ADJUNCT_OPENERS and not (m.group("verb").lower() == "told" and (
                tail[0][:1].isupper() or EN_AUDIENCE.fullmatch(text[m.end():e].rstrip(" .!?\n") + " ") is not None)):
            # ("…, and that if I tell him my story": a clause of its own; but "…, Miss Thorne told the court.")
            return None
        return m

    def _closing_attribution_fr(self, cues, s: int, e: int):
        """French: an inverted attribution in the perfect closing the sentence after a comma ("L'autopsie a révélé que
        …, a indiqué jeudi le procureur X."), when other cues come before it: it attributes all that precedes, those
        cues included, so it is read first."""
        if len(cues) < 2:
            return None
        text, m = self.text, cues[-1]
        comma = text.rfind(",", s, m.start())
        if comma < 0 or text[comma + 1:m.start()].strip() or (m.group("aux") or "").lower() not in ("a", "ont") \
                or m.group("verb").lower() not in _CLOSING_VERBS_FR \
                or any(c.start() > comma for c in cues[:-1]) or any(ch in text[comma:e] for ch in "«»“”\"") \
                or COMPLEMENTISER_NEXT.match(text, m.end()) or word_count(text[m.end():e]) > 16:
            return None
        return m

    def _finding_without_clause(self, m, e: int) -> bool:
        """English "… and found the woman 'with serious injuries'": find / show with a noun object
        report no finding (not "found that …", "found prices rose", nor "…, study finds.")."""
        text = self.text
        if self.language != "en" or m.group("verb").lower() not in FINDING_VERBS or m.group("aux"):
            return False
        rest = text[m.end():e].strip(" .!?\"”’'")
        return bool(rest) and COMPLEMENTISER_NEXT.match(text, m.end()) is None and _CLAUSE_OR_SCENE_NEXT.match(
            text, m.end()) is None and (_OBJECT_THEN_QUOTE.match(text, m.end()) is not None or not sure_clause_en(text, m.end(), e))
