"""Reported speech in one sentence: a reporting verb, its subject and its clause ("X a déclaré que …",
"…, said X", "X said the plan …"); where the clause starts and ends is `reported_bounds`."""

from __future__ import annotations

import re

from claims.extract.cited_by_relays import FIGURES_FROM
from claims.extract.clause_starts import (
    AUXILIARIES, EN_ADJUNCT, EN_AUDIENCE, EN_AUXILIARIES, EN_FINITE, EN_RELEASED_DOCUMENT, EN_REPORTER_AUDIENCE,
    EN_SUBORDINATOR_OPENING, clause_can_start_en, has_clear_verb_en, main_clause_en, second_verb_group_en, sure_clause_en,
    takes_noun_object_en,
)
from claims.extract.cue_filters_en import EN_PROGRESSIVE_BEFORE
from claims.extract.cue_patterns import infinitive_after_avant
from claims.extract.cues import is_weak
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.quotes import Quote
from claims.extract.reported_bounds import _INFINITIVE_NEXT, COMPLEMENTISER_NEXT, COURT_JUST_BEFORE, _COMMENT_APPOSITION, TELLING, ReportedContentBounds
from claims.extract.inverted_tails_fr import short_french_tail
from claims.extract.passive_participles_fr import passive_participle
from claims.extract.speakers import Mention, names_in
from claims.extract.speaker_phrases import UNNAMED_SOURCES
from claims.extract.speaker_mentions import parse_mention
from claims.extract.inverted_subjects import mention_after, without_audience
from claims.extract.subject_only_fr import subject_then_object
from claims.extract.participle_subjects import participle_subject, share_of_opening_group
from claims.extract.opening_subjects_en import DEFINITE_NOUN_SUBJECT
from claims.extract.subjects import SOURCE_PHRASE, find_subject
from claims.extract.subject_segments import CONTACT_RELATIVE_SUBJECT_EN
from claims.extract.described_subjects_en import body_described_by_its_work
from claims.extract.first_named import former_or_latter
from claims.extract.mention_shapes import DAY_THEN_QUE_FR
from claims.extract.reported_subjects import (
    ReportedSubjects, NAME_THEN_APPOSITION, NAME_THEN_RELATIVE, OPENING_SUBORDINATOR, RELATIVE_APPOSITION,
)
from claims.extract.parenthetical_attribution import ParentheticalAttribution
from claims.extract.trailing_attribution_en import (
    FINDING_VERBS, FINDINGS_MEDIUM, ADJUNCT_OPENING, BODY_WITH_LISTED_PORTFOLIOS, CAPITALISED_WORD, CIRCUMSTANCE_AFTER_ADJUNCT,
    COORDINATOR_OPENING, DAY_THEN_THAT, DOCUMENT_AFTER_COMMA, DOCUMENT_AUTHOR, DOCUMENT_HEAD, EN_PARTICIPLE_FIRST,
    HEAD_THEN_SHORT_RELATIVE, IN_PLACE_CLOSING, KIND_THEN_BODY_NAME, LONG_PROPER_NAME,
    NARRATOR_APPOSITION_AFTER_ADJUNCT, NOUN_OBJECT_AFTER, PARENTHESES, PLACES_AND_OCCASIONS, STATEMENT_ADJUNCT,
    STATEMENT_MEDIUM_TAIL, STATE_NAME, SUBJECT_IN_APPOSITION, TIME_ADJUNCT, UNIT_OF_NAMED_BODY,
)


# A verb of another kind joined to the cue by "or" ("has lost or conceded").
_OTHER_VERB_OR_BEFORE = re.compile(r"\b(?:has|have|had)\s+[a-z]+\s+or\s+$")
# French demonstratives that stand for a fact, not a source: "Cela montre que …", "ce qui prouve que".
_FR_THING_SUBJECT = re.compile(r"(?<![\w’'])(?:[Cc]ela|[Cc]eci|[Çç]a|[Cc]e\s+qui)\s+(?:ne\s+|n['’]\s*)?$")
# English: a place and its relative clause opening a sentence ("On Pentecost, where roads were cut by landslides").
_PLACE_WHERE_OPENING = re.compile(r"(?:On|In|At|Near|Across|Along|Off)\s+[A-Z][^,]{0,60},\s+where\s[^,]{1,100}")
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?!(?:his|her|their)\s+(?:full\s+)?names?\b)(?P<np>(?:[\w’'-]+,?\s+){1,8}?"
                               r"(?:\([A-Z][\w&.-]{1,9}\)\s+)?)(?:also\s+)?$", re.IGNORECASE)  # ("which X (WYFRS) said")
# ", like Obama,": examples inside a group's noun phrase, not the group.
_CITING_AFTER = re.compile(r",\s+citing\s+(?P<np>[^,.;:\"“”]{3,80}?)\s*[.!?]?\s*$")
# (not "…, the committee said, citing a rise in inflation": a reason, no source)
_CITED_PEOPLE = re.compile(r"\b(?:officials|sources|authorities|police|officers|residents|witnesses|spokes(?:wo)?m[ae]n|spokespeople"
                           r"|brokers|traders|dealers|analysts|economists|experts|diplomats|executives|investigators|doctors|lawyers"
                           r"|documents|records|data|figures)\b")
_RELATIVE_PRONOUN_CLOSING = re.compile(r"\b(?:who|which|that)\s*$")
# A relative pronoun opening what would be an inverted subject ("…, which investigated after the family complained,"): a clause.
_RELATIVE_PRONOUN_OPENING = re.compile(r"\s*(?:who|whom|which)\s")
# English: a subordinate clause's own subject closing the words after the comma ("…, Bubuashie and Odorkor after residents
# complained"): the verb is the clause's, no inverted attribution.
_SUBORDINATE_SUBJECT_CLOSING_EN = re.compile(r"\s(?:after|before|when|because|until|while|once|whenever)\s+(?![a-z]+ing\b)(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$")
_RELATIVE_WORD_EN = re.compile(r"\b(?:who|whose|which|that)\b")  # ("a farmer whose crops failed after the storm")
_EXAMPLES = re.compile(r",\s*(?:like|including|such\s+as)\b[^,]*,?\s*", re.IGNORECASE)
_LEADING_ADJUNCT_EN = re.compile(r"\s*(?:In|On|At|During|After|Following|Through)\s[^,]{0,120},\s+(?:he|she|they|it|we)\s", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\b(?:and|et|but|mais)|,)\s*$", re.IGNORECASE)
_CONJUNCTION_LAST = re.compile(r"\b(?:and|but|or)\s*$")
# A relative clause missing its subject, whose speaker stands before the verb: "allowances they say have not been paid",
# "money he said would go to …", "what their union says are …", "what the National Migration Institute (INM) says are"
# (an auxiliary right after the verb: no subject of its own; or a negative adverb then the verb: "prices they say no
# longer cover the cost").
_GAPPED_RELATIVE_SPEAKER = re.compile(r"(?:\bwhat\s+(?P<np>(?:[\w’'-]+\s+|\([A-Z]{2,8}\)\s+){1,6}?)|(?<=[a-z]\s)(?P<pronoun>he|she|they|it|we)\s+"
                                      # "…, a decision vendors said would …": a noun in apposition, then its relative clause
                                      rf"|,\s+(?:a|an|the)\s+[a-z]{{3,}}\s+(?P<contact>{CONTACT_RELATIVE_SUBJECT_EN})\s+)$")
# A headline's verbless clause: a count, then the state it is in ("300 jobs at risk", "dozens missing").
_COUNT_THEN_STATE_EN = re.compile(r"\s*(?:\d[\d,.]*|hundreds|thousands|dozens|(?:more\s+than|over|at\s+least|nearly|about|up\s+to)\s+\d[\d,.]*)"
                                  r"\s+(?:[\w-]+\s+){0,4}?(?:at\s+risk|dead|missing|injured|hurt|homeless|displaced|stranded|trapped)\b")
_AUXILIARY_OR_NEGATED_VERB_NEXT_EN = re.compile(r"\s+(?:" + EN_AUXILIARIES + r"|(?:no\s+longer|never|barely|hardly|rarely)\s+[a-z]{3,})\b")
# "se sont félicités du résultat", "said during the debate that": an object or adjunct, not an inverted subject.
_PREPOSITION_FIRST = re.compile(r"\s*(?:du|de|des|d['’]|of|for|with|about|on|in|during|at|pour|par|sur|contre)\b", re.IGNORECASE)
_COLON_THEN_QUOTATION = re.compile(r"\s*:\s*[\"“‘«]")
# French "de son côté", "pour sa part" after an inverted verb: the narration's aside, before the subject.
_ASIDE_BEFORE_SUBJECT_FR = re.compile(r"\s*(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part)\b")
_PLURAL_VERB_FR = re.compile(r"^(?!s['’]|se\s)(?:(?:ont|avaient)\s.*|.*ent)$", re.IGNORECASE)
_INDEFINITE_PLURAL_NEXT = re.compile(r"\s+des\s+(?!(?:la|le|les|l['’])\b)[^\W\d_]")
_WITH_SUBJECT = re.compile(r"\b(?:with|avec|despite|amid)\s+(?P<np>(?:[\w’'.-]+\s+){0,4}[\w’'.-]+)\s+$", re.IGNORECASE)
_PRESENT_BELIEFS = frozenset(("believes", "believe", "thinks", "think", "suspects", "suspect", "considers", "consider"))
_CONDITION_BEFORE = re.compile(r"\b(?:when|whenever|if|unless)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+$")
_FORMER_OR_LATTER = re.compile(r"the\s+(former|latter)\b", re.IGNORECASE)
# "According to the police, the suspect admitted …": a source phrase is no statement of the subject after it.
_SOURCE_PHRASE_ONLY = re.compile(SOURCE_PHRASE)
_NOBODY = re.compile(r"\s*(?:Not\s+every(?:one|body)|No\s+one|Nobody|None\s+of\s+them)\b[\w\s]{0,20}$")
# A survey's share of its respondents ("87 per cent of 412 respondents", "62 % des personnes interrogées"):
# what they said is the survey's finding, its source's claim.
_SURVEY_SHARE = re.compile(
    r"(?:\d[\d.,]*\s*(?:per\s*cent|percent|%)|[Mm]ost|[Hh]alf|[Aa]\s+majority|[Ll]a\s+majorité)\s+(?:of|des|de\s+ces)\s+(?:the\s+)?(?:[\d,.\s]+\s)?"
    r"(?:respondents|those\s+(?:surveyed|polled|questioned)|people\s+(?:surveyed|polled|questioned)|répondants|sondés"
    r"|personnes\s+interrogées)\s*$"
    # (after a source, any share: "Selon la Maison des saisonniers, près de 30 % des saisonniers … déclarent")
    r"|(?<![\w,.])\d[\d.,]*\s*(?:per\s*cent|percent|%)\s+(?:of|des|de|d['’])\s*[^,;:«»“”\"]{1,80}$")
# (or its owner: "The bureau's quarterly report shows …", "The ministry's figures show …")
# ("Council papers published on Friday show": a body's capitalised noun before the document, and when it appeared)
_DOCUMENT_SUBJECT = (r"(?:^|(?<=[.!?]\s))(?:(?:The|Its|Their)\s+(?:[a-z]+['’]s\s+)?"
                     r"(?:[a-z]+\s+){0,2}|[A-Z][\w-]*\s+)(?:report|figures|data|survey|study|analysis|review|audit|statistics"
                     r"|papers|documents|records|minutes|inquiry|investigation|inquest|probe)(?:\s+(?:published|released)\s+[^,]{1,40})?\s*$"
                     # a headline's document or inquiry alone ("Study finds …", "Inquiry finds …")
                     r"|^(?:Report|Figures|Data|Survey|Study|Research|Analysis|Review|Audit|Inquiry|Investigation|Probe|Inspection)\s*$"
                     # a headline's watchdog ("Police watchdog finds …", "Safety bureau finds …")
                     r"|^[A-Z][\w-]*\s+(?:watchdog|bureau|inspectors|inspection|inspectorate|regulator)\s*$")
_AUTHOR_NAMED_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|" + _DOCUMENT_SUBJECT, re.MULTILINE)
# (what finds: a document or an inquiry, not "deputies found" after "an affidavit by X")
_FINDING_DOCUMENT_BEFORE = re.compile(_DOCUMENT_SUBJECT, re.MULTILINE)
# A quotation opening on a lower-case word inside a noun phrase: an attribute, no quoted name ("le mouvement
# « compréhensible sur le fond »", not "le collectif « Stop Bétonnage »").
_QUOTED_ATTRIBUTE = re.compile(r"[«“\"][ \u00a0\u202f]*[a-zà-ÿ]")
# Verbs that only report: a content opening on one is the next statement ("…, who testified at the inquiry, said the fire …").
_PLAIN_SAYING = frozenset(("said", "says", "told", "tells", "added", "adds", "stated"))
_EN_QUESTION = re.compile(
    r"\s*(?:\(\([^()]*\)\)\s*:?\s*|\(?\d+[.)]\s*)?(?:Do|Does|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Have|Has|What|Why|How|Who|Which|Where|When)\b")
# A clause ending on an auxiliary has lost its verb ("where records predicted it would be", "…
# the Senate did not").
_ELLIPTIC_END = re.compile(
    r"(?:(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\bhad|\b(?:" + "|".join(sorted(AUXILIARIES - {"had"})) + r"))(?:\s+not)?$")
# …unless the auxiliary closes a subordinate clause after a whole one ("they would be offered
# positions once they did", "the firm would pay, as it always had"), or closes an indirect question ("he had
# no idea how strong the current was").
_SUBORDINATE_ELLIPSIS = re.compile(
    r"\b(?:once|when|whenever|if|as|after|before|until|unless|because|since|than|while|though|although|how|what|where|who|why|whether)\s+"
    r"(?:[\w'’-]+\s+){1,4}(?:" + "|".join(sorted(AUXILIARIES)) + r")(?:\s+not)?$")
# A short subject and "said" closing the sentence after a clause: "…, officials said."
_TRAILING_SAID = re.compile(r",\s*(?:[\w'’.-]+\s+){1,6}(?:said|says)(?:\s+on\s+\w+)?\s*[.!?]?[\"”’]?\s*")
# French: what follows a verb that has its subject before it: an infinitive or an attribute ("X, dit avoir saisi le
# préfet", "l'ancien gestionnaire, reconnu coupable d'avoir détourné …"), never an inverted subject.
_NO_SUBJECT_AFTER_FR = re.compile(r"\s+(?:avoir|être|vouloir|pouvoir|devoir|faire|coupables?|responsables?|innocente?s?)\b")
# A French elided article or preposition, a word of its own ("l'économie", "d'ici").
_ELIDED_ARTICLE_FR = re.compile(r"\b[LlDd]['’](?=\w)")
# A plural noun that looks like a reporting verb, then its complement ("Employee fraud reports across the region have doubled").
_PLURAL_NOUN_THEN_PREPOSITION = re.compile(r"\s+(?:across|of|from|about|over|into|against)\s")
# A bare plural noun right after the verb, its object ("written letters to the family that …"),
# not a time ("wrote hours later that …").
_BARE_PLURAL_OBJECT = re.compile(r"\s*(?!(?:hours|days|weeks|months|years|minutes|times)\b)[a-z][a-z-]{2,}s\s+(?:to|for|that|which|about)\b")
# (and "The trust, a charity whose volunteers maintain locks …, said": the relative's own subject)
_WHO_BEFORE = re.compile(r",\s*(?:who|which|(?:[\w-]+\s+){1,4}whose\s+[a-z]+)\s+(?:(?:also|had|has|have|later|previously)\s+)?$")
_MAIN_VERB_AFTER_COMMA = re.compile(
    r",\s+(?:(?:later|then|also|subsequently|now)\s+)?"
    r"(?:[a-z]{2,}ed|has|had|have|is|was|were|will|would|could|can|did|does|left|went|came|told|said|withdrew|won|lost)\b")
_PARTICIPLE_APPOSITION = re.compile(r",\s+[a-z]{2,}ed\s+(?:on|in|by|at|from|with|for|during|after|before)\b[^,]*(?=,)")
_TOLD_REPORTER = re.compile(rf"\s+{EN_REPORTER_AUDIENCE}\s")
# A singular noun phrase, no "et" joining a second one ("l'essentiel de l'écart", not "la maire et son adjoint").
_SINGULAR_NOUN_PHRASE_FR = re.compile(r"(?:(?:le|la|un|une|son|sa|cette|ce)\s+|l['’]\s*)(?-i:[a-zà-ÿ])(?:(?!\set\s)[^,])*$", re.IGNORECASE)
_SOURCE_RIGHT_BEFORE = re.compile(r"\b(?:according\s+to|as\s+reported\s+by)\s+(?P<np>[^,;.]{2,60}),\s*$", re.IGNORECASE)
# A noun phrase opening the sentence, right before a participle that qualifies it: "Several
# conservative groups claiming …".
_REDUCED_RELATIVE_HEAD = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*|The|Some|Several|Many|Most)(?:\s+[a-z][\w’'-]*){0,3}\s+")
# English: whom a warning is to, their relative clause, then what they should do ("warned residents who had left not
# to return"): an order, no statement.
_ADDRESSEES_THEN_INFINITIVE = re.compile(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+who\s+[^,.;]{2,40}?\s+(?:not\s+)?to\s+[a-z]+[^,.;]*")
# A noun phrase, then a subordinate clause: an apposition to the whole statement ("the third delay since work began").
_NOUN_PHRASE_THEN_SUBORDINATE = re.compile(r"\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?P<subordinator>since|after|before|when)\s")
_ORDERING_VERBS = ("warn", "urg", "advis", "told", "tell")
# A reported clause that states a wish, not a fact: "said he hoped …", "a dit qu'elle souhaitait …".
_WISH_OPENING = re.compile(
    r"(?:he|she|they|we|I|il|elle|ils|elles|on)\s+(?:hoped|hopes|wished|wishes|espérait|espère|espéraient|espèrent|"
    r"souhaitait|souhaite|souhaitaient|souhaitent)\b")
# English "admitted" in its hospital sense: "admitted with dengue", "admitted to hospital", "admitted into intensive care".
_ADMITTED_FOR_CARE = re.compile(r"\s+(?:with\b|into\b|to\s+(?:the\s+|a\s+)?(?:hospital|intensive|ICU|wards?|care|the\s+ward)\b"
                                # ("the ward has 48 beds but admitted 131 women on Saturday": patients counted in)
                                r"|(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d,]*\s+(?:[a-z-]+\s+)?(?:patients|women|men|children|people|babies|mothers|pupils|cases)\b(?!\s+(?:had|have|has|were|was|are|is|would|could)\b))")
# English: a subordinate clause's subject before a weak verb ("after an inspection found").
_SUBORDINATE_SUBJECT_BEFORE = re.compile(r"\b(?:after|when|because|since|before|until|once|while|although|though)\s+"
                                         r"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$")
_NOUN_RIGHT_BEFORE = re.compile(r"\b(?:reports|articles|stories|posts|claims|allegations|rumours|rumors|documents|letters|messages|"
                                r"statements|complaints|leaflets|posters|banners|videos|signs)\s+$")
# "asked that the radio not use her name", "asks that the council reconsider": a request, not a statement.
_REQUEST_VERBS = frozenset(("ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting"))
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-zà-ÿ]+ant|qui|dont|who|whose|tout\s+en|avant\s+d|après\s+avoir|[a-z]{3,}ing(?=\s))\b")


def _before_participle_clause(text: str, start: int, end: int) -> str:
    clause = _PARTICIPLE_CLAUSE.search(text, start, end)
    return text[start:clause.start() if clause else end]


class ReportedSpeech(ReportedSubjects, ParentheticalAttribution, ReportedContentBounds):
    """The reported-speech half of `SentenceReader` (its attributes: `text`, `language`, `pats`, `lex`,
    `_sentence_cues`)."""

    def _reported(self, m: re.Match, s: int, e: int, quotes: list[Quote], drafts: list[Draft], paragraph: int) -> Draft | None:
        text = self.text
        if self.language == "en" and _EN_QUESTION.match(text, s) and text[s:e].rstrip().endswith("?"):
            return None  # "Do you think that there are reforms …?": a question states nothing
        if self.language == "en" and m.group("verb").lower() in _REQUEST_VERBS:
            return None  # "who asked that the radio not use her name": a request states nothing
        if self.language == "fr" and m.group("verb").lower().startswith(("demand", "exig", "réclam")) and COMPLEMENTISER_NEXT.match(text, m.end()):
            return None  # "a demandé que les travaux soient faits la nuit": a request, in the subjunctive, states nothing
        if self.language == "en" and _OTHER_VERB_OR_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            return None  # "the board has lost or conceded 14 of the 17 challenges": conceding a case, no statement
        if passive_participle(text, m, self.language):
            return None  # "le coût, estimé à 1,2 milliard d'euros, et que …": no reporting verb
        if self.language == "en" and m.group("verb").lower() == "admitted" and _ADMITTED_FOR_CARE.match(text, m.end()):
            return None  # "the number of children admitted with dengue has tripled": admitted to hospital, no admission
        if self.language == "en" and not any(q.open < m.start() for q in quotes) \
                and (parenthetical := self._parenthetical(m, s, e, drafts, paragraph)) \
                and not (quotes and any(m.end() < c.start() < parenthetical.end for c in self._sentence_cues)):
            # (a quotation may come after the attribution: "Local farmers, she said, were facing …, and the timing
            # was "about as bad as it could be"")
            if any(parenthetical.start <= q.open < parenthetical.end for q in quotes):
                parenthetical.kind = "mixed"
            return parenthetical
        verb = m.group("verb")
        if self.language == "en" and is_weak(verb, self.pats) and _SUBORDINATE_SUBJECT_BEFORE.search(text, max(s, m.start() - 60), m.start()) \
                and any(c.start() > m.end() and not is_weak(c.group("verb"), self.pats) for c in self._sentence_cues):
            return None  # "… rated “unacceptable” after an inspection found worn seals …, the Corps said": the Corps' statement
        cue_text = m.group().strip()
        if self.language == "en" and verb.lower() in _PRESENT_BELIEFS and _CONDITION_BEFORE.search(text, max(s, m.start() - 50), m.start()):
            return None  # "a player can be suspended when the TIU believes an offence …": a rule's condition, no statement
        # "…, avant de reconnaître que …": an infinitive has the main verb's subject, like a participle.
        participle = verb.split()[0].lower().endswith(("ant", "ing")) or (  # "pointing out"
            self.language == "fr" and m.group("aux") is None and infinitive_after_avant(text, m.start()))
        if participle and self.language == "en" and EN_PROGRESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            participle = False  # "Sheriff X is reminding riders that …": a finite verb, in the progressive
        if participle and self.language == "fr" and verb.lower().endswith("ant") and not COMPLEMENTISER_NEXT.match(text, m.end()) \
                and not text[max(0, m.start() - 20):m.start()].rstrip().endswith((",", " en")):
            return None  # "une motion demandant le maintien de la classe, rappelle que …": a noun's participle, no statement
        before = text[s:m.start()].rstrip()
        pronoun = bool(m.group("pron")) or bool(m.group("aux") and "-" in m.group("aux"))

        # "…, which state media said were under control": the relative clause is the claim.
        relative = (
            _RELATIVE_SUBJECT.search(text, max(s, m.start() - 60), m.start())
            if self.language == "en" and not is_weak(verb, self.pats) else None
        )
        if relative is not None and relative.group().lstrip()[:4].lower() == "that" and clause_can_start_en(text, m.end()):
            relative = None  # "Small businesses that rely on the post for parcels said the strike …": the clause's own subject
        if relative is not None and text.startswith(",", m.end()):
            relative = None  # "X, which investigated after the boy's family complained, said …": the relative clause closes
        if relative is not None and _CONJUNCTION_LAST.search(relative.group("np")) is None \
                and not self._complementiser_of_earlier_cue(relative) and body_described_by_its_work(text[s:m.start()], self.lex) is None:
            # (not "said that the bridge was safe but denied that …": a second verb of the speaker)
            np = _EXAMPLES.sub(" ", relative.group("np"))
            mention = parse_mention(np, self.lex) if "," not in np else None
            cs, ce = trim(text, m.end(), self._content_end(m.end(), e, drafts))
            if mention is not None and word_count(text[cs:ce]) >= 2:
                return Draft("indirect", [(cs, ce)], cue_text, mention, m.start(), paragraph=paragraph)

        if self.language == "en" and not is_weak(verb, self.pats) and _AUXILIARY_OR_NEGATED_VERB_NEXT_EN.match(text, m.end()) \
                and (gapped := _GAPPED_RELATIVE_SPEAKER.search(text, max(s, m.start() - 50), m.start())) is not None:
            mention = Mention(gapped.group("pronoun"), pronoun=True) if gapped.group("pronoun") \
                else parse_mention(gapped.group("np") or gapped.group("contact"), self.lex)
            cs, ce = trim(text, m.end(), self._content_end(m.end(), e, drafts))
            if mention is not None and word_count(text[cs:ce]) >= 2:
                return Draft("indirect", [(cs, ce)], cue_text, mention, m.start(), paragraph=paragraph)

        # Inverted, after the statement: "…, a indiqué la direction." / "…, said X." / "…, X said."
        tail_words = _before_participle_clause(text, m.end(), e).strip(" .!?\u00a0")
        comma_before = before.endswith(",")
        # (English "…, Ann Vale, the council's engineer, told the Herald": after "told" comes the
        # audience, never the subject; the subject is the apposition before the verb, below)
        told_after_apposition = self.language == "en" and comma_before and verb.lower() in TELLING
        if (comma_before and not participle and not is_weak(verb, self.pats) and not told_after_apposition
                and not (self.language == "en" and m.group("aux"))) or pronoun:
            # (not English "Midwives at X in Lincolnshire, England, have written to the trust": no inverted subject
            # follows a perfect)
            clause_end = len(before) + s - (1 if comma_before else 0)
            prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
            cs, ce = trim(text, prior, clause_end)
            comp = (COMPLEMENTISER_NEXT.match(text, m.end()) or (DAY_THEN_THAT if self.language == "en" else DAY_THEN_QUE_FR).match(text, m.end())) \
                if not pronoun else None  # ("X, R-Dover, said Tuesday that …": the statement follows)
            # "…, a annoncé mardi l'observatoire européen Copernicus, avec une température …": the
            # inverted subject ends at the comma (French).
            # ("a confirmé à ici Cotentin le comité régional des pêches …": whom it was said to is no part of the subject)
            # ("…, said Mara Elkins, director of the X Coalition, a jail reform group that obtained …": a name, its appositions)
            short_tail = word_count(tail_words) <= 12 or (self.language == "fr" and short_french_tail(without_audience(tail_words), m.group("aux"))) \
                or self.language == "en" and word_count(tail_words) <= 30 and (
                    NAME_THEN_APPOSITION.match(tail_words) is not None or NAME_THEN_RELATIVE.match(tail_words) is not None)
            if ce - cs > 0 and text[cs] in "»”" and self.language == "fr":
                after_mark = len(text) - len(text[cs + 1:].lstrip(" \u00a0\u202f"))
                if after_mark < ce and text[after_mark].isupper():
                    cs = after_mark  # "« … » L'Anssi a été saisie, a-t-il ajouté": a sentence after the quotation
                else:
                    ce = cs  # "« … », a déclaré le ministre, rapporte la MAP": the quotation's attribution, relayed
            resumed = self._resumed_after_incise(m, e)  # ("Le ministre, a-t-il précisé, pourra …": a short head)
            # (French counts an elided article as a word: "L'économie reste fragile, a reconnu le maire")
            words = word_count(text[cs:ce]) + (len(_ELIDED_ARTICLE_FR.findall(text, cs, ce)) if self.language == "fr" else 0)
            if ce - cs > 0 and (words >= 4 or resumed and self.language == "fr") and comp is None and short_tail and (
                pronoun or self.language != "en" or self._noun_phrase_follows(m.end(), e)
            ) and (pronoun or not self._french_subject_only(cs, ce)) \
                    and not (self.language == "fr" and not pronoun and _NO_SUBJECT_AFTER_FR.match(text, m.end())) \
                    and not (self.language == "en" and not pronoun and "," in text[cs:ce] and EN_FINITE.search(text, cs, ce) is None):
                # (not "Its chair, Morawa farmer Ian Lockyer, said some growers would …": a subject and its apposition, no
                # statement before the verb)
                mention = Mention(m.group(), pronoun=True) if pronoun else mention_after(text, m.end(), e, self.lex)[0]
                if self.language == "fr" and not pronoun and subject_then_object(text, cs, ce, mention, self.lex):
                    mention = None  # "Le directeur, Paul Roux, a regretté la suppression de deux classes"
                if self.language == "fr" and not pronoun and mention is not None and _QUOTED_ATTRIBUTE.search(mention.text):
                    mention = None  # "L'UTN, qui …, a jugé le mouvement « compréhensible »": an object and its quoted attribute
                if self.language == "fr" and not pronoun and mention is not None and m.group("aux") is None \
                        and verb.endswith("ent") and not (verb.endswith("ient") and not verb.endswith("aient")) \
                        and _SINGULAR_NOUN_PHRASE_FR.match(mention.text):
                    # "les marges, et non la fiscalité, expliquaient l'essentiel de l'écart": a plural verb, its object
                    # (not "prévient", "soutient": singular)
                    mention = None
                aside = _ASIDE_BEFORE_SUBJECT_FR.match(text, m.end()) if self.language == "fr" else None
                if mention is not None and (pronoun or not _PREPOSITION_FIRST.match(text, m.end() if aside is None else aside.end())
                                            or self.language == "fr" and _PLURAL_VERB_FR.search(cue_text) is not None
                                            and _INDEFINITE_PLURAL_NEXT.match(text, m.end()) is not None):
                    # ("…, affirment des ONG.", "…, ont averti des médecins": "des" the plural subject's article)
                    spans = [(cs, ce)] + resumed
                    kind = "mixed" if any(a <= q.open < b for q in quotes for a, b in spans) else "indirect"
                    return Draft(kind, spans, cue_text, mention, m.start(), paragraph=paragraph)
        # "…, a report released last year by X found.", "…, study finds": a document's finding, the
        # verb closing the sentence.
        finding_last = self.language == "en" and verb.lower() in FINDING_VERBS and (
            not tail_words or TIME_ADJUNCT.fullmatch(tail_words.rstrip(" ,")) is not None  # "…, official data showed on Wednesday."
            or FINDINGS_MEDIUM.fullmatch(tail_words.rstrip(" .")) is not None)  # "…, coroner X found in findings released on Monday."
        if self.language == "en" and not participle and (
            not is_weak(verb, self.pats) or finding_last or DOCUMENT_AFTER_COMMA.search(before) is not None
            or verb[:3].lower() == "rul" and COURT_JUST_BEFORE.search(before) is not None
        ):  # (a weak verb too after a document: "…, a report released last year by X found."; "…, tribunal rules")
            # "…, X said." — the subject sits between the comma and the verb.
            comma = before.rfind(",")
            subject_apposition = SUBJECT_IN_APPOSITION.search(before) if comma == len(before) - 1 else None
            extended_subject = subject_apposition is not None
            if extended_subject:
                comma = subject_apposition.start()  # "…, the agency's manager, Tom Ellery, said."
            elif comma != -1 and (listed := BODY_WITH_LISTED_PORTFOLIOS.search(before)) is not None:
                comma = listed.start()  # "…, the Ministry of Culture, Tourism and Antiquities said."
                extended_subject = True
            elif comma != -1 and STATE_NAME.fullmatch(before, comma + 1) and IN_PLACE_CLOSING.search(before, 0, comma):
                comma = before.rfind(",", 0, comma)  # "…, the Winnebago County Sheriff's Office in Oshkosh, Wisconsin said."
                extended_subject = True
            clause_follows = bool(tail_words) and clause_can_start_en(text, m.end()) and (
                EN_FINITE.search(tail_words) or paragraph == 0 and _COUNT_THEN_STATE_EN.match(tail_words) is not None)
            if clause_follows and verb.lower() in TELLING and (told := EN_AUDIENCE.match(tail_words + " ")) is not None \
                    and (told.end() > len(tail_words) or "," in told.group() and EN_PARTICIPLE_FIRST.match(tail_words, told.end())):
                # "…, a senior official told Reuters." / "… told Reuters, adding that …": only the audience follows
                clause_follows = False
            elif clause_follows and verb.lower() in TELLING and (told := EN_AUDIENCE.match(tail_words + " ")) is not None \
                    and ADJUNCT_OPENING.match(tail_words, told.end()) \
                    and not EN_FINITE.search(CAPITALISED_WORD.sub(" ", tail_words[told.end():])):
                clause_follows = False  # "…, Jane Orr told Reuters by phone.", "… told reporters in Lagos."
            elif clause_follows and verb.lower() in TELLING and (told := EN_AUDIENCE.match(tail_words + " ")) is not None \
                    and tail_words[:told.end()].rstrip().endswith(",") and CIRCUMSTANCE_AFTER_ADJUNCT.match(tail_words, told.end()):
                clause_follows = False  # "…, its vice-chancellor told staff on Tuesday, as borders stay closed.": the circumstance
            if clause_follows and (adjunct := EN_ADJUNCT.match(tail_words + " ")) is not None and (
                    adjunct.end() > len(tail_words) or STATEMENT_MEDIUM_TAIL.fullmatch(tail_words, adjunct.end())):
                clause_follows = False  # "…, nurses said this week.", "…, the company said Wednesday in a news release.": no clause
            if clause_follows and ((adjunct := EN_ADJUNCT.match(tail_words + " ")) is not None
                                   or verb.lower() in TELLING and (adjunct := EN_AUDIENCE.match(tail_words + " ")) is not None) \
                    and tail_words[:adjunct.end()].rstrip().endswith(",") and (apposed := _NOUN_PHRASE_THEN_SUBORDINATE.match(tail_words, adjunct.end())) \
                    and not EN_FINITE.search(tail_words, adjunct.end(), apposed.start("subordinator")):
                # "…, the company said yesterday, the third delay since work began in 2015.", "…, two officials told Reuters on
                # Wednesday, the second delay since …": what it is
                clause_follows = False
            if clause_follows and (adjunct := EN_ADJUNCT.match(tail_words + " ")) is not None \
                    and tail_words[:adjunct.end()].rstrip().endswith(",") and CIRCUMSTANCE_AFTER_ADJUNCT.match(tail_words, adjunct.end()):
                clause_follows = False  # "…, the director said Thursday, as prices fell.": the sentence's circumstance
            if clause_follows and STATEMENT_ADJUNCT.match(tail_words):
                clause_follows = False  # "…, the Corps said in a letter to the city made public Wednesday."
            if clause_follows and NARRATOR_APPOSITION_AFTER_ADJUNCT.match(tail_words):
                clause_follows = False  # "…, an official said Thursday, a setback for an industry struggling …"
            adjunct_words = word_count(PARENTHESES.sub(" ", tail_words.split(",", 1)[0]))  # "said on Tuesday, raising the prospect …"
            if STATEMENT_ADJUNCT.match(tail_words) or (not clause_follows and PLACES_AND_OCCASIONS.fullmatch(tail_words)
                                                        and " that " not in tail_words and not EN_FINITE.search(CAPITALISED_WORD.sub(" ", tail_words))):
                # "…, EWA said in a statement carried by the Bahrain News Agency.", "…, X said during the board's meeting at
                # the Reynolds Alumni Center."
                adjunct_words = min(adjunct_words, 8)
            subject_words = word_count(PARENTHESES.sub(" ", before[comma:]))  # "the Department of … (EPA Vic)"
            subject = before[comma + 1:]
            if comma != -1 and 0 < subject_words and (
                    subject_words <= 6 or extended_subject
                    or subject_words <= 12 and (UNNAMED_SOURCES.match(subject.lstrip())
                                                or LONG_PROPER_NAME.fullmatch(PARENTHESES.sub(" ", subject))
                                                or UNIT_OF_NAMED_BODY.fullmatch(PARENTHESES.sub(" ", subject))
                                                or HEAD_THEN_SHORT_RELATIVE.fullmatch(subject))
                    or finding_last and subject_words <= 14 and DOCUMENT_HEAD.match(before, comma + 1)
                    or subject_words <= 16 and DOCUMENT_AFTER_COMMA.match(before, comma)
                    or subject_words <= 10 and self._role_then_full_name(subject)
                    # "…, the state port company Empresa Portuaria Valparaíso said.": a body's kind, then its name
                    or subject_words <= 10 and (kind := KIND_THEN_BODY_NAME.fullmatch(subject)) is not None
                    and kind.group("noun") in self.lex.organisation_nouns_lower) \
                    and adjunct_words <= 8 and not clause_follows \
                    and not text.startswith(":", m.end()) \
                    and not _INFINITIVE_NEXT.match(text, m.end()) \
                    and EN_SUBORDINATOR_OPENING.match(before, comma + 1) is None \
                    and _COMMENT_APPOSITION.match(before, comma) is None \
                    and _RELATIVE_PRONOUN_CLOSING.search(before, comma + 1) is None \
                    and _RELATIVE_PRONOUN_OPENING.match(before, comma + 1) is None \
                    and not (self.language == "en" and _SUBORDINATE_SUBJECT_CLOSING_EN.search(subject)
                             and not _RELATIVE_WORD_EN.search(subject)) \
                    and not (NOUN_OBJECT_AFTER.match(tail_words) and COORDINATOR_OPENING.match(before, comma + 1)):
                # (not "…, while Trump noted his strength": a clause of its own, not an inverted subject, nor "…, and
                # a second deputy later reported the incident": a clause joined on, its verb with its own object; nor
                # "Speaking to Radio Borders, he said:": the statement follows the colon; nor "One of the victims, a
                # widow who gave evidence by video link, told": the relative clause's verb)
                np = before[comma + 1:]
                if extended_subject:
                    np = RELATIVE_APPOSITION.sub("", np)  # "a spokesperson, who asked not to be named,"
                    if subject_apposition is not None and subject_apposition.group("people") is not None:
                        np = subject_apposition.group("people")  # "inspectors from the X, the regulator,": the inspectors
                    elif subject_apposition is not None and subject_apposition.group("body") is not None:
                        np = subject_apposition.group("body")  # "the X (AAQ), a producers’ group representing …,": the body
                mention = parse_mention(np, self.lex)
                if finding_last and (author := DOCUMENT_AUTHOR.search(np)) is not None:
                    mention = parse_mention(author.group("np"), self.lex) or mention  # a document speaks as its author
                if (cited := _CITING_AFTER.match(text, m.end(), e)) is not None and _CITED_PEOPLE.search(cited.group("np")) \
                        and FIGURES_FROM.match(cited.group("np")) is None \
                        and (source := parse_mention(cited.group("np"), self.lex)) is not None and (source.name or source.role):
                    mention = source  # "…, the Press Trust of India reported, citing municipal officials.": the officials speak
                prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
                cs, ce = trim(text, prior, s + comma)
                if mention is not None and ce > cs and word_count(text[cs:ce]) >= 4 and not COMPLEMENTISER_NEXT.match(text, m.end()) \
                        and not DAY_THEN_THAT.match(text, m.end()) \
                        and _SOURCE_PHRASE_ONLY.fullmatch(text, cs, ce) is None \
                        and _PLACE_WHERE_OPENING.fullmatch(text, cs, ce) is None \
                        and _SOURCE_PHRASE_ONLY.match(np.lstrip()) is None:
                    # (nor "according to its statements disclosed on …"; nor "On Pentecost, where roads were cut, X wrote …": a
                    # fronted place, no statement)
                    spans = [(cs, ce)] + self._resumed_after_incise(m, e)
                    kind = "mixed" if any(a <= q.open < b for q in quotes for a, b in spans) else "indirect"
                    if verb.lower() == "heard" or verb.lower() == "told" and np.rstrip().endswith((" was", " were")):
                        mention = None  # "…, the court heard.", "…, the court was told.": by no one the sentence names
                    return Draft(kind, spans, cue_text, mention, s + comma + 1, paragraph=paragraph)

        if comma_before and not participle and self.language == "en" and self._noun_phrase_follows(m.end(), e) \
                and not self._adjuncts_then_clause(m, e) and not COMPLEMENTISER_NEXT.match(text, m.end()) \
                and not (told_after_apposition and self.pats.complementiser.search(text, m.end(), self._complement_start(m, e))) \
                and not (told_after_apposition and (audience := _TOLD_REPORTER.match(text, m.end())) is not None
                         and clause_can_start_en(text, audience.end())):
            # (nor "A trader, X, told this reporter he now spends …": the reporter, then the clause)
            # (but "X, the director, told the council Tuesday that …": the audience, a day, then "that")
            # (", said that on Monday …": "that" opens the statement, no inverted subject follows)
            return None  # "…, said the company's spokesman.": the inverted subject, not a statement
        # Subject, verb, complement: "X a déclaré que …", "X said (that) …".
        if self.language == "en" and verb.lower().startswith(("writ", "wrote")) and _BARE_PLURAL_OBJECT.match(text, m.end()):
            return None  # "has written letters to the family that he has not sent": what was written, no statement
        start = self._complement_start(m, e)
        has_complementiser = self.pats.complementiser.search(text, m.end(), start) is not None
        if self.language == "en" and not has_complementiser and verb.lower() in ("reports", "claims") \
                and _PLURAL_NOUN_THEN_PREPOSITION.match(text, m.end()):
            return None  # "Employee fraud reports across the Darling Downs have almost doubled": a noun, no statement
        if not has_complementiser and not self._clause_without_complementiser(m, start):
            return None
        end = self._content_end(start, e, drafts)
        if self.language == "en" and _WHO_BEFORE.search(text, max(s, m.start() - 60), m.start()) \
                and (main_verb := next((v for v in _MAIN_VERB_AFTER_COMMA.finditer(text, start, end)
                                        if not _PARTICIPLE_APPOSITION.match(text, v.start())
                                        and not _PARTICIPLE_APPOSITION.search(text, start, v.start() + 1)), None)) is not None:
            # (but "…, which said that the fees, introduced on October 28 by the operator, had added …": the
            # statement's own subject, a participle in apposition, then its verb)
            end = main_verb.start()  # "Lopez, who said the plan was dead, resigned.": the main clause resumes
        if self.language == "en" and OPENING_SUBORDINATOR.match(text, s) and "," not in text[s:m.start()] \
                and (comma := text.find(",", start, end)) != -1:
            end = comma  # "When Mfume announced his resignation in 1995, Cummings joined …": the main clause is not said
        start, end = trim(text, start, end)
        # French "a affirmé que l'offensive continuerait": after que, a subject and a verb are a statement.
        shortest = 2 if has_complementiser and self.language == "fr" else 3
        if end - start <= 0 or word_count(text[start:end]) < shortest:
            return None
        if self.language == "en" and not has_complementiser and verb.lower() not in _PLAIN_SAYING \
                and _COLON_THEN_QUOTATION.match(text, end) and not has_clear_verb_en(text, start, end):
            return None  # "tweeted a photograph of the first departure with the words: "…"": the quotation is the statement
        if any(c.start() == start and c.verb.lower() in _PLAIN_SAYING for c in self._sentence_cues):
            return None  # "X, who testified at the inquiry, said the fire …": the next verb reports, the first has no clause
        if self.language == "en" and (
            _ELLIPTIC_END.search(text, max(start, end - 16), end) is not None
            and ((subordinate := _SUBORDINATE_ELLIPSIS.search(text, max(start, end - 60), end)) is None
                 or not EN_FINITE.search(text, start, subordinate.start()))
            or (not has_complementiser and not EN_FINITE.search(text, start, end)
                and not (paragraph == 0 and _COUNT_THEN_STATE_EN.match(text, start, end)))  # (headline "…, union says 300 jobs at risk")
            or (not has_complementiser and takes_noun_object_en(verb) and not sure_clause_en(text, start, end))
            # "I wrote this story for you": what was written, no statement
            or (not has_complementiser and verb.lower().startswith(("writ", "wrote")) and not sure_clause_en(text, start, end))
            # "X declared a state of emergency …, officials said.": the whole clause is the officials' claim
            or (not has_complementiser and takes_noun_object_en(verb) and _TRAILING_SAID.fullmatch(text, end, e))
            or (not has_complementiser and is_weak(verb, self.pats) and not main_clause_en(text, start, end)
                and not (verb.lower() in ("show", "shows", "showed") and sure_clause_en(text, start, end)
                         and _AUTHOR_NAMED_BEFORE.search(text, s, m.start()) is not None)  # ("Figures from X show …")
                and not (verb.lower() in ("find", "finds", "found") and sure_clause_en(text, start, end)
                         and _FINDING_DOCUMENT_BEFORE.search(text, s, m.start()) is not None)  # ("Inquiry finds …")
                and not (verb.lower() in ("rules", "ruled", "finds", "found") and sure_clause_en(text, start, end)
                         and has_clear_verb_en(text, start, end)
                         and COURT_JUST_BEFORE.search(text, s, m.start()) is not None))  # ("Coroner rules … contributed …")
        ):
            return None  # "where records predicted it would be", "revealed a mass at a depth", "announced new limits on …": no statement
        if _WISH_OPENING.match(text, start):
            return None  # "said he hoped the authority would …": a wish, no statement
        if self.language == "en" and not has_complementiser and verb.lower().startswith(_ORDERING_VERBS) \
                and _ADDRESSEES_THEN_INFINITIVE.fullmatch(text, start, end):
            return None  # "warned residents who had left not to return": an order
        if self._reports_a_speaker(m, start, end):
            return None  # "Reuters reported a senior official said …": the official is the speaker
        if pronoun:
            mention = Mention(m.group(), pronoun=True)
        elif participle and m.group("aux") is None and self.language == "en" and _NOUN_RIGHT_BEFORE.search(text, max(s, m.start() - 20), m.start()) \
                and not COMPLEMENTISER_NEXT.match(text, m.end()):
            return None  # "over a series of reports alleging the misuse of funds": what the reports say, a noun phrase
        elif participle and m.group("aux") is None and (absolute := _WITH_SUBJECT.search(text, max(s, m.start() - 60), m.start())):
            # "…, with officials saying …": the participle has its own subject.
            mention = share_of_opening_group(text, s, absolute.start(), absolute.group("np"), self.lex) \
                or parse_mention(absolute.group("np"), self.lex)
            if (which := _FORMER_OR_LATTER.match(absolute.group("np"))) is not None:
                # "…, with the former saying …": one of the two names before "with".
                region = text[s:absolute.start()]
                mention = former_or_latter(which.group(1), names_in(region, self.lex), len(region), self.lex) or mention
            participle = mention is None
        elif participle and m.group("aux") is None:
            # "…, ajoutant que", "…, saying": the subject of the sentence's main verb, not a name
            # inside the quotation before it ("“Cases are falling,” Pike said, adding that …").
            mention = participle_subject(text, s, m.start(), self.lex, quotes)
            if self.language == "en" and (source := _SOURCE_RIGHT_BEFORE.search(text, max(s, m.start() - 80), m.start())):
                # "…, according to health officials, adding that …": the source goes on speaking
                mention = parse_mention(source.group("np"), self.lex) or mention
            if mention is None and self.language == "en" and (
                document := EN_RELEASED_DOCUMENT.search(text, max(s, m.start() - 80), m.start())
            ) is not None and not text[document.end():m.start()].strip(" ,"):
                mention = find_subject(text, s, document.start(), self.lex, s)  # "X posted findings estimating …"
            elif mention is None and self.language == "en" and (subject := DEFINITE_NOUN_SUBJECT.match(text, s, m.start())):
                mention = parse_mention(subject.group("np"), self.lex)  # "The agency retracted the statement, saying …"
            elif mention is None and self.language == "en" and _REDUCED_RELATIVE_HEAD.fullmatch(text, s, m.start()):
                mention = parse_mention(text[s:m.start()], self.lex)  # "Several groups claiming … gathered on Saturday"
                if (main_verb := second_verb_group_en(text, start, end)) is not None:
                    end = trim(text, start, main_verb)[1]
        else:
            mention = find_subject(text, self._subject_start(m, s), m.start(), self.lex, s)
            if self.language == "en" and mention is not None and DOCUMENT_HEAD.match(mention.text) \
                    and (author := DOCUMENT_AUTHOR.search(mention.text)) is not None:
                mention = parse_mention(author.group("np"), self.lex) or mention  # "Data published … by NHS England showed"
        if mention is not None and mention.name is None and _COORDINATED.search(text[s:m.start()]) and not mention.role \
                and not (self.language == "en" and mention.pronoun and _LEADING_ADJUNCT_EN.match(text, s, m.start())):
            mention = None  # (kept: "In a statement …, he thanked the players and said": the pronoun after the adjunct)
        if self.language == "en" and m.group("verb").lower() == "heard":
            mention = None  # "The court heard that …": what a hearing was told, by no one the sentence names
        if self.language == "en" and _NOBODY.match(text, s, m.start()):
            return None  # "Not everyone agreed there should be …": nobody in particular says it
        if _SURVEY_SHARE.search(text, max(s, m.start() - 100), m.start()) is not None and self.sources_before.any_between(s, m.start()):
            return None  # "According to a survey by X, 87 per cent of 412 respondents said …": the survey's finding
        if self.language == "fr" and _FR_THING_SUBJECT.search(text, max(s, m.start() - 14), m.start()):
            return None  # "Cela montre que …", "…, ce qui confirme que …": the article's own inference
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
