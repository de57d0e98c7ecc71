"""Attributed statements in one sentence: quotations with their attribution, reported speech
(reporting verb + clause), `selon X` / `according to X`. Produces drafts; speakers are resolved later."""

from __future__ import annotations

import re

from claims.extract.clause_starts import AUXILIARY_OR_PAST_EN, EN_AUDIENCE, EN_AUXILIARIES, EN_FINITE, clause_can_start_en, sure_clause_en
from claims.extract.cues import Cue, CuePatterns, SourcesBefore, VerbHits
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.french_quotes import FrenchQuotes
from claims.extract.headline_labels import written_in_lower_case
from claims.extract.impersonal import impersonal_source
from claims.extract.lang import en as english
from claims.extract.lang import fr as french
from claims.extract.quotes import WORK_TITLE_EN, Quote
from claims.extract.reported_bounds import participle_as_noun
from claims.extract.reported_speech import COMPLEMENTISER_NEXT, ReportedSpeech
from claims.extract.trailing_attribution_en import FINDING_VERBS
from claims.extract.segments import after_kicker
from claims.extract.quote_attribution import QuoteAttribution
from claims.extract.source_phrases import SourcePhrases
from claims.extract.speakers import Lexicon
from claims.extract.stance_colons_fr import stance_before_colon
from claims.extract.subject_appositions import DOCUMENTS_BEFORE_PARTICIPLE
from claims.extract.speaker_mentions import NAME_WITH_LISTED_PORTFOLIOS, parse_mention
from claims.extract.inverted_subjects import mention_after
from claims.extract.subjects import find_subject

# What may follow the last quotation of a mixed claim without belonging to it.
_ADJUNCT_START = re.compile(
    r"\s*(?:,|(?:en|dans|à|au|aux|pour|avec|lors|après|avant|pendant|selon|where|when|while|in|at|with|for|after|"
    r"before|during|according)\b)", re.IGNORECASE)
_MIXED_TAIL_WORDS = 4
# English: a second reported clause of the same verb after the quotation ("…, and that …").
_SECOND_THAT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+that\s")
# English: "for" and "after" go on with the statement ("was "the best moment" for stopping …", "had
# "no choice" after a cut in …"); "in"/"at"/"during"/"on" set the scene of the speaking only before an
# occasion of it.
# "in" and "on" only for a place, a day, a medium or an occasion of the speaking ("in an interview",
# "on Monday", "on a call"), not the statement's own complement ("was travelling "far too fast" on the
# descent", "a "significant increase" in attendances").
_EN_ADJUNCT_START = re.compile(
    r"\s*(?:,|(?:according|where)\b|when\s+(?:asked|questioned|speaking)\b|while\s+(?:speaking|addressing|visiting|talking|answering)\b"
    # ("at a news conference", "during a visit to …": the occasion of the speaking; "before the lights went out",
    # "while emergency calls went unanswered", "during maintenance at …" go on with the statement)
    r"|(?:at|during|with)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|interview|hearing|"
    r"meeting|rally|event|ceremony|launch|forum|summit|session|visit|speech|gathering|reporters|journalists)s?\b"
    # (not "some of the "fishers" at the meeting were owners": the statement's subject, its verb after it)
    r"(?!\s+(?:were|was|are|is|had|have|has|would|will|could|should|must|may|might)\b)"
    r"|in\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|speech|letter|post|"
    r"video|briefing|conference|hearing|debate|message|email|e-mail|tweet|broadcast|podcast|address|court|"
    r"parliament|chamber|session|meeting|note|release|filing|op-ed|column|report)s?\b)"
    r"|on\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:call|podcast|show|programme|program|radio|"
    r"television|TV|broadcast|visit|trip|tour|sidelines|phone|website|blog|page|account|day|eve|morning|afternoon|"
    r"evening|night)\b|social\s+media|television|radio|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))")
# ""…", reads the report.": a document's words, the verb before its subject.
_READS_DOCUMENT = re.compile(
    r"[\s,]*(?:(?:reads|read)\s+(?P<np>(?:the|a|an|his|her|its|their)\s+[^.,;:!?\"“”]{1,60}?)"
    r"|(?P<np2>(?:the|a|an|his|her|its|their)\s+[^.,;:!?\"“”]{1,60}?)\s+(?:reads|read))\s*(?:[.!?]|,?\s*$)")  # (a comma: ""A", reads the release, "B"")
# "an AEW press release", "the club's statement": the organisation that wrote the document speaks.
_AUTHORED_DOCUMENT = re.compile(
    r"(?:a|an|the)\s+(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,4})(?:['’]s)?\s+(?:press\s+)?"
    r"(?:statement|release|letter|report|notice|post|message)$")
# A body publishing a document, whose words a colon then gives: "Le ministère a publié mardi soir un
# communiqué dont voici un extrait :", "The council issued a statement:".
_PUBLISHED_DOCUMENT = re.compile(
    r"\s(?:a|ont|avait|avaient)\s+(?:publié|diffusé|transmis|envoyé|adressé|posté|rendu\s+public)\s+(?:[^.!?:]{0,30}\s)?"
    r"(?:un|une|le|la|son|sa|ses|leur)\s+(?:" + "|".join(french.DOCUMENT_WORDS) + r")\b[^.!?:]{0,60}:\s*$"
    r"|\s(?:released|issued|published|posted|sent\s+out|put\s+out)\s+(?:[^.!?:]{0,30}\s)?"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:" + "|".join(english.DOCUMENT_WORDS) + r")\b[^.!?:]{0,60}:\s*$")
_SUBJECT_ONLY = re.compile(
    r"(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Le|La|Les|L['’]|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs)"
    r"\s*[\w’'-]+(?:\s+[\w’'-]+){0,2}")
_QUOTED_PREDICATE = re.compile(
    r"(?:" + EN_AUXILIARIES + "|"
    r"est|sont|était|étaient|a|ont|avait|sera|serait|va|vont|doit|peut)\b")


# "described the ruling as "The Great Betrayal"", "called the plan "A Disgrace"": the quotation
# completes the verb's object, a fragment of the statement, whatever its capital.
_AS_BEFORE_QUOTE = re.compile(r"\bas$")
_NAMING_VERBS = ("call", "label", "term", "dub")
# A verb right after a quoted title with no punctuation between: the title is its subject ("« Les Enfants du phare »
# remporte le Cristal", ""The Salt Road" wins the prize").
_VERB_AFTER_TITLE = re.compile(r"[ \u00a0]+(?:(?:a|ont|est|sont|va|vont|has|have|is|was)[ \u00a0]+)?[a-zà-ÿ]{3,}(?:e|ent|s|é|ée|és|ées|it|u)[ \u00a0]+[a-zà-ÿ]")


# A second verb of the same subject, then its quoted object: " et révèle « ", " and reveals "".
_AND_VERB_THEN_QUOTE = re.compile(r"[ \u00a0]+(?:et|and)[ \u00a0]+[a-zà-ÿ]+[ \u00a0]+[«“\"]")


def _predicative_quote(m: Cue, gap_bare: str) -> bool:
    return bool(gap_bare) and (_AS_BEFORE_QUOTE.search(gap_bare) is not None or m.group("verb").lower().startswith(_NAMING_VERBS))


_FRENCH_NEXT_PREDICATE = re.compile(r"\s*,\s*(?:mais|et|puis)\s", re.IGNORECASE)
_TITLE_BEFORE_QUE = re.compile(r"\b(?:au|à|aux|du)\s*$", re.IGNORECASE)
# A headline's topic before a colon, not a speaker's name before a quotation ("Laure Roux : « … »").
_HEADLINE_TOPIC = re.compile(r"[^:«»“”\"\n.!?]{2,50}?\s:\s+(?![«“\"„‹])")
_FRENCH_SECOND_PREDICATE = re.compile(r"\s+et\s+(?:a\s+|ont\s+)?(?:[a-zà-ÿ]+(?:é|és|it|is))\s+(?:le|la|les|l['’]|un|une|des|du|de|à)\b")
# Demands, wishes and fears are not statements: "a appelé (les oppositions) à …", "dit craindre …".
_FRENCH_DEMAND_OR_FEAR = re.compile(
    r"appel\w*\s+(?:[^\s,.;:!?«»]+\s+){0,3}?(?:à|aux?)\s|"
    # "plaide pour un « bouclier logement »", "plaide en faveur d'…": advocacy, a demand
    r"plaid\w*\s+(?:pour|en\s+faveur)\b|"
    # "une motion demandant des « garanties écrites »", "réclame un « moratoire »": a request for a thing
    r"(?:demand|réclam)\w*\s+(?:des|un|une|le|la|les|du|l['’])\s*(?=[«“\"])|"
    r"(?:dit|disent|disait|disaient|dire)\s+(?:craindre|redouter|espérer|souhaiter|vouloir)\b(?!\s+qu)", re.IGNORECASE)
_DEMAND_OR_FEAR_VERBS = ("appel", "plaid", "dit", "disent", "disait", "dire", "demand", "réclam")


def _demand_or_fear(text: str, m: Cue) -> bool:
    verb = m.group("verb").lower()
    if not verb.startswith(_DEMAND_OR_FEAR_VERBS):
        return False
    return _FRENCH_DEMAND_OR_FEAR.match(text, m.end() - len(verb) - len(m.group("pron") or "")) is not None


_FRENCH_VERB_AFTER_QUOTE = re.compile(
    r"\s*(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[a-zà-ÿ'’-]+\s+)?"  # ("« au moins six enfants » de la tour ont été vus")
    r"(?:(?:se\s|s['’]|y\s|en\s)(?=[a-zà-ÿ]))?"  # ("que « la totalité des départs » se ferait sans licenciement")
    r"(?:ne\s|n['’]|est\s|sont\s|était\s|étaient\s|serait\s|seraient\s|a\s|ont\s|avait\s|avaient\s|"
    r"pourrait\s|pourraient\s|allait\s|devait\s|va\s|vont\s|sera\s|seront\s|aura\s|auront\s|"
    # a relative clause of the quoted subject: "constate que «la moitié des voitures» qui traversent le village «…»"
    r"qui\s|dont\s|"
    # a conjugated verb in the conditional or the imperfect: "que « toute provocation » recevrait une réponse"
    r"[a-zà-ÿ]{2,}(?:erait|eraient|irait|iraient|rait|raient)\s|"
    # a plural verb in the present: "selon lui, « l'ensemble des services » fonctionnent de nouveau"
    r"(?![a-zà-ÿ]*ment\s)[a-zà-ÿ]{3,}ent\s|"
    # a singular verb in the present, then an adverb or its complement: "« l'image de vin de comptoir » colle encore au …"
    r"[a-zà-ÿ]{3,}e\s(?=(?:encore|toujours|déjà|désormais|aussi|au|aux|à)\s)|"
    # a verb in the imperfect closing the clause: "a assuré que « la sécurité des mères » primait."
    r"(?!(?:portrait|attrait|souhait|extrait|retrait|bienfait|méfait|forfait|parfait|abstrait|distrait)\b)[a-zà-ÿ]{3,}(?:ait|aient)(?=[\s.,;!?]))")
# French: whom a letter went to, then what for ("au ministre de la Santé pour obtenir").
_WROTE_TO_FOR = re.compile(r"\s*(?:à|au|aux)\s[^«»“”.;:]{1,60}?\spour\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:er|ir|re)\s*$")
_AUXILIARY_IN_GAP = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b")
_ENGLISH_VERB_AFTER_QUOTE = re.compile(  # ('that "over 90%" of the overpayments had been refunded': a partitive)
    # ('that "everybody knows" dinghies are driven too fast': the quotation, then the clause's own subject and verb)
    r"(?:\s+of\s+(?:the|its|their|his|her|all|these|those)\s[^,.;:\"“”]{1,60}?|(?:\s+[a-z][\w'’-]*){1,3}?)?\s+(?:" + EN_AUXILIARIES + r"|remains|remained)\s")
# French nouns whose name follows in quotation marks: "le collectif « … »", "l'opération « … »".
_NAMED_BY_THE_NOUN_BEFORE = re.compile(
    r"\b(?:collectif|association|mouvement|opération|plan|programme|campagne|dispositif|slogan|label|baptisée?s?|pétition|"
    r"(?<=\ble\s)(?:comité|syndicat|groupe|réseau|club)|"
    # (a work or a ship after a definite article: "l'exposition « … »", not "un film « d'une justesse rare »")
    r"(?<=\bl['’])exposition|(?<=\ble\s)(?:festival|spectacle|film|livre|navire|yacht|bateau)|"
    r"intitulée?s?|nommée?s?|surnommée?s?|(?<=\bsous\sle\s)titre|(?<=\ble\s)titre)\s*$")  # ("publiée sous le titre « … »")
_TITLED_BEFORE_EN = re.compile(r"\b(?:titled|entitled|headlined|subtitled)[ \u00a0]*$")
# English: a name in quotation marks used as a noun of the sentence ("spoke to the ‘Daily News’").
_NAME_IN_TITLE_CASE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*")
_FINDING_VERB_BEFORE = re.compile(r"\b(?:show|shows|showed|found|finds|suggest|suggests|reveal|reveals)\s+$")
# "the trips, if confirmed, would be …": a conditional participle, no one confirming
_CONDITION_BEFORE = re.compile(r"\b(?:if|once|unless|until|when|where|as)\s+$")
_NAME_WITHHELD_NEXT = re.compile(r"\s+that\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?\s+(?:not|be\s+withheld)")
_ARTICLE_BEFORE_EN = re.compile(r"\b(?:the|to|in|by|from|on)\s*$")
# A work's title after its noun, capitalised: "l'exposition « Bronzes du Tibet »", "son livre « La Nuit »".
_TITLE_OF_A_WORK_BEFORE = re.compile(
    r"\b(?:exposition|festival|spectacle|film|livre|ouvrage|roman|album|documentaire|émission|série|revue)\s*$")
# French verbs of appeal: "appeler / exhorter / inviter quelqu'un « à … »" asks, it does not state.
_APPEAL_VERB = re.compile(r"(?:appel|exhort|invit|enjoi)", re.IGNORECASE)
_INVERTED_SUBJECT_THEN_RELATIVE = re.compile(r"\s*[^,;:«»]{2,80},\s+(?:qui|dont)\s")
# "que « … » et que …", "that "…" and that …": a second clause of the same verb follows the quotation.
_SECOND_COMPLEMENT_AFTER = re.compile(r"\s*,?\s*(?:et|and|mais|but)\s+(?:que\b|qu['’]|that\b)", re.IGNORECASE)
# "que « … » pour une partie des objets": the clause goes on after the marks with a complement.
_FRENCH_COMPLEMENT_AFTER = re.compile(r"[\s\u00a0]+(?:pour|à|au|aux|dans|sur|avec|par|de|du|des|d['’])\s*\w")
# "parents who spoke during public comment said …": a noun right before the verb
_SAID_NEXT = re.compile(r"\s+(?:said|says|told)\b")
# A number, maybe an adjective: what follows is a noun ("1,130 active claims", "two reports").
# (not "No 10 insists", "SafiriGo, founded in 2019, says")
_NOUN_AFTER_NUMBER_EN = re.compile(
    r"(?:(?<!No\s)(?<!No\.\s)(?<!Number\s)\b\d(?:[\d,.]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of))"
    r"\s+(?:[a-z]+\s+)?$")
# A preposition, then determiners or adjectives: what follows is a noun ("in written comments").
_NOUN_AFTER_PREPOSITION_EN = re.compile(
    r"\b(?:in|with|of|by|through|via|during|from|under|on|to)\s+(?:(?:the|its|his|her|their|our|a|an|these|those|"
    r"written|public|further|separate|recent|earlier|later|brief|official|formal|final|emailed|prepared|submitted|"
    r"closing|opening|detailed|additional)\s+){1,2}$", re.IGNORECASE)
# Reporting verbs in -s that are also plural nouns ("damage claims", "news reports").
_COMPOUND_BEFORE_POSTS = re.compile(r"\b(?:health|border|police|army|military|blog|trading|sentry|job|guard|customs|observation"
                                    r"|command|listening|lamp|goal|fence|sign|social\s+media)\s+$", re.IGNORECASE)
_PLURAL_NOUN_FORMS = frozenset(("claims", "reports", "notes", "comments", "remarks", "answers", "replies", "statements"))
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
# English "say" with a quantity for its object ("a single month did not say much on its own", "said
# nothing"): how telling something is, or a silence, not a report.
_SAY_QUANTITY_NEXT = re.compile(r"\s+(?:much|little|nothing|anything|a\s+lot)\b(?!\s+(?:of\s+)?(?:the|its|their|his|her)\b)")
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
# A quotation signed after a dash: ' — Mayor Lucia Ferrante', closing its sentence.
_DASH_SIGNATURE = re.compile(r"[\s,.]*[—–]\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^.!?«»\"“”—–()\n]{2,80}?)[\s.]*")
_LOWER_CASE_WORD_AROUND = re.compile(r"[a-z] .*\S [a-z]$", re.DOTALL)
# "a practice critics call "buy and dry"", "what it calls "…"": the quotation names the thing before
_CALLS_BEFORE = re.compile(r"\b(?:calls?(?:[ \u00a0]+(?:the|an?))?|(?:calls?|called|calling|bills|billed|billing|styles|styled|styling)[ \u00a0]+"
                           r"(?:itself|himself|herself|themselves)(?:[ \u00a0]+(?:the|an?))?)[ \u00a0]+$")
_TITLE_LINKS = frozenset(("of", "the", "and", "a", "in", "on", "de", "la", "le", "du", "des", "et"))
_TO_OPENING = re.compile(r"[\s\u00a0\u202f]*[àÀ][\s\u00a0]")


class SentenceReader(QuoteAttribution, ReportedSpeech, FrenchQuotes, SourcePhrases):
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
                and not (self.language == "en" and m.group("aux") is None and _SAID_NEXT.match(text, m.end()))
                and not (self.language == "en" and m.group("verb").lower() in ("say", "says", "said")
                         and _SAY_QUANTITY_NEXT.match(text, m.end()))
                # "in written comments that …", "in its remarks": after a preposition and a determiner or an adjective, a noun
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("s")
                         and (_NOUN_AFTER_PREPOSITION_EN.search(text, max(s, m.start() - 40), m.start())
                              or _NOUN_AFTER_NUMBER_EN.search(text, max(s, m.start() - 30), m.start())
                              or m.group("verb").lower() in _PLURAL_NOUN_FORMS and _verb_earlier_in_clause(text, s, m.start())))
                # "had "knowingly ignored" written instructions": without its auxiliary, an adjective
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").lower() == "written")
                # "Figures show admitted patients waited …": after a finding verb, a participle describing its subject
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and _FINDING_VERB_BEFORE.search(text, max(s, m.start() - 10), m.start()))
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and text.startswith(",", m.end()) and _CONDITION_BEFORE.search(text, max(s, m.start() - 8), m.start()))
                # "who asked that his name not be used": a request for anonymity, no statement
                and not (self.language == "en" and _NAME_WITHHELD_NEXT.match(text, m.end()))
                # "the coroner's report", "the council's statement": after a possessive, a noun
                and not (self.language == "en" and m.group("aux") is None and text[max(s, m.start() - 3):m.start()] in ("'s ", "’s "))
                # "several rural health posts", "border posts": a noun compound, no one posting
                and not (self.language == "en" and m.group("verb").lower() == "posts"
                         and _COMPOUND_BEFORE_POSTS.search(text, max(s, m.start() - 16), m.start()))
                and not (self.language == "en" and m.group("aux") is None
                         and _APPOSITION_RELATIVE_BEFORE.search(text, max(s, m.start() - 60), m.start())
                         and not COMPLEMENTISER_NEXT.match(text, m.end()))
                and not (self.language == "en" and m.group("aux") is None and m.group("verb").endswith("ed")
                         and _DOCUMENT_IN_ADJUNCT.search(text, max(s, m.start() - 40), m.start()))
                and not (m.group("aux") is None and _LEADING_SOURCE.fullmatch(text, s, m.start()))
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
                if re.fullmatch(r"[^.!?«»“”\"]*,\s*", between) and word_count(between) <= 14:
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

    def _title_between(self, quote: Quote, drafts: list[Draft]) -> bool:
        """QUOTE is a short capitalised title that no claim holds ("The Glassworks"), a word or two
        quoted inside a noun phrase ("one of the three "no" votes"), or a label ("what it calls
        "wedding barn creep"")."""
        words = self.text[quote.content_start:quote.content_end].split()
        return 0 < len(words) <= 5 and not any(d.start <= quote.open < d.end for d in drafts) \
            and (all(w[:1].isupper() or w in _TITLE_LINKS for w in words)
                 or self.language == "en" and _CALLS_BEFORE.search(self.text, max(0, quote.open - 12), quote.open) is not None
                 or len(words) <= 2 and _LOWER_CASE_WORD_AROUND.match(self.text[max(0, quote.open - 2):quote.end + 2]) is not None)

    # --- quotations ---------------------------------------------------------------------------

    def _clause_before_colon(self, m: Cue, gap: str) -> bool:
        """English: "X said cruise passengers spend far less than overnight guests: "…"": the verb
        reports the clause before the colon as well as the quotation after it."""
        return self.language == "en" and gap.rstrip().endswith(":") and word_count(gap) >= 4 \
            and clause_can_start_en(self.text, m.end()) and EN_FINITE.search(gap) is not None

    def _quote(self, q: Quote, head_start: int, tail_end: int, s: int, e: int, cues, used_cues, paragraph,
               previous_direct: bool = False) -> Draft | None:
        text = self.text
        content = text[q.content_start:q.content_end]
        n_words = word_count(content)
        head = text[head_start:q.open]
        tail = text[q.end:tail_end]
        head_bare = head.strip(" \t\u00a0,;—–-")
        tail_bare = tail.strip(" \t\u00a0.,;!?»”\"")
        upper = content[:1].isupper() or content[:1] in "[(…." or content[:1].isdigit()
        if n_words <= 8 and _TITLE_BEFORE_QUE.search(head) and COMPLEMENTISER_NEXT.match(text, q.end):
            return None  # "a indiqué au « Nord Éclair Express » que …": a title, the clause is the claim
        if self.language == "fr" and n_words <= 8 and _NAMED_BY_THE_NOUN_BEFORE.search(head):
            return None  # "l'appel du collectif « Nos enfants d'abord »": the group's name, not a statement
        if self.language == "fr" and n_words <= 8 and content[:1].isupper() and _TITLE_OF_A_WORK_BEFORE.search(head):
            return None  # "l'annulation de l'exposition « Bronzes du Tibet »": a title, not a statement
        if self.language == "en" and n_words <= 12 and _TITLED_BEFORE_EN.search(head):
            return None  # "A staff report to the meeting, titled “Flood Protection: Options Review”, said": its title
        if self.language == "en" and n_words <= 4 and _NAME_IN_TITLE_CASE.fullmatch(content) and _ARTICLE_BEFORE_EN.search(head):
            return None  # "Tour operators who spoke to the ‘Daily News’ said …": a paper's name, not a statement
        if self.language == "en" and n_words <= 8 and head.rstrip().endswith(",") and tail.lstrip().startswith(",") \
                and WORK_TITLE_EN.fullmatch(content):
            return None  # "According to the consultation document, “Connecting Our Island”, passenger numbers …": its title

        attribution = self._tail_attribution(q, tail_end, cues)
        if attribution is not None:
            m, mention, pos = attribution
            used_cues.add(m.start())
            if self.language == "fr" and not upper and head_bare in ("et", "ou") and head_start > s \
                    and any(s <= other.open and other.end <= head_start for other in self._sentence_quotes):
                # "… poursuivis pour « extorsion » et « atteinte à un système », a précisé le parquet":
                # the clause holding both fragments, from the sentence start.
                head_start, head_bare = s, text[s:q.open].strip(" \t\u00a0,;—–-")
            if head_bare and not upper and word_count(head_bare) >= 2:
                # "M. Poutine a donné à M. Kim « un gant … », a ajouté M. Peskov": a mixed claim.
                cs, _ = trim(text, head_start, q.open)
                return Draft("mixed", [(cs, q.end)], m.group(), mention, pos, paragraph=paragraph)
            if n_words < 3 and not upper and head_bare:
                return None
            return Draft("direct", list(q.spans), m.group(), mention, pos, paragraph=paragraph)

        reads = _READS_DOCUMENT.match(text, q.end, tail_end) if self.language == "en" and not head_bare and n_words >= 3 else None
        authored = _AUTHORED_DOCUMENT.match(reads.group("np") or reads.group("np2")) if reads is not None else None
        if authored is not None:
            reads_np = authored.group("author")
        elif reads is not None:
            reads_np = reads.group("np") or reads.group("np2")
        if reads is not None and (mention := parse_mention(reads_np, self.lex)) is not None and (mention.role or mention.name):
            return Draft("direct", list(q.spans), reads.group().strip(" ,.!?"), mention,
                         reads.start("np") if reads.group("np") else reads.start("np2"), paragraph=paragraph)

        signed = _DASH_SIGNATURE.fullmatch(text, q.end, e) if not head_bare and upper and n_words >= 3 else None
        if signed is not None and (mention := parse_mention(signed.group("np"), self.lex)) is not None and mention.name \
                and " " in mention.name and not mention.organisation and not mention.pronoun:
            # '"We will rebuild." — Mayor Lucia Ferrante': a quotation signed with a dash, no verb, by a person
            # (not "— Reuters": the agency's credit)
            return Draft("direct", list(q.spans), None, mention, signed.start("np"), paragraph=paragraph)

        head_attr = self._head_attribution(q, head_start, cues, s)
        if head_attr is not None:
            m, mention, gap = head_attr
            if self.language == "fr" and isinstance(m, Cue) and _INVERTED_SUBJECT_THEN_RELATIVE.match(gap) \
                    and text[:m.start()].rstrip().endswith(","):
                return None  # "…, estime la CNSA, qui redoute une « … »": the relative clause's words, not the statement
            if self.language == "fr" and isinstance(m, Cue) and _WROTE_TO_FOR.match(gap) is not None:
                return None  # "Il a écrit au ministre de la Santé pour obtenir « un délai »": a purpose, no statement
            if self.language == "en" and isinstance(m, Cue) and _CALLS_BEFORE.search(text, max(0, q.open - 30), q.open):
                # "a practice critics call “buy and dry.”", "which calls itself the "RV Capital"": the name of the thing
                # before, no statement
                return None
            if m is None and upper and n_words <= 6 and _VERB_AFTER_TITLE.match(text, q.end, e) is not None:
                return None  # "Cinéma : « Les Enfants du phare » remporte le Cristal …": a title, the clause's subject
            if isinstance(m, Cue) and m.start() not in self._shared_cues and not self._clause_before_colon(m, gap):
                used_cues.add(m.start())
            cue_text = m.group().strip() if m is not None else ":"
            position = m.start() if m is not None else q.open
            gap_bare = gap.strip(" \t\u00a0,")
            first_comp = self.pats.complementiser.search(gap) if isinstance(m, Cue) else None
            full = (
                gap_bare.endswith(":")
                or (first_comp is not None and not gap[first_comp.end():].strip()  # "… que « … »", not "qu'elles ne feraient que « … »"
                    and not self._clause_goes_on_after(q.end, e)  # nor "que « rien dans le dossier » ne prouvait …"
                    and not _SECOND_COMPLEMENT_AFTER.match(text, q.end, e)  # nor "que « … » et que …"
                    and not (self.language == "fr" and _FRENCH_COMPLEMENT_AFTER.match(text, q.end, e)))
                or (upper and first_comp is None and word_count(gap_bare) <= 6 and n_words >= 3
                    and not (isinstance(m, re.Match) and gap_bare)  # ("Selon X, les vagues pourraient atteindre « 5 à 6 mètres » …")
                    and not (self.language == "en" and isinstance(m, Cue) and _predicative_quote(m, gap_bare))
                    and not (self.language == "en" and _AUXILIARY_IN_GAP.search(gap_bare)))  # "said the firm was working to install "100 …""
                or (upper and first_comp is None and word_count(gap_bare) <= 10 and n_words >= 3 and gap.rstrip().endswith(","))
                or (m is not None and not isinstance(m, Cue) and not gap_bare and not self._clause_goes_on_after(q.end, e))
            )
            follows = mention is None and isinstance(m, Cue)
            if self.language == "en" and isinstance(m, Cue) and m.group("verb").lower() == "heard":
                mention, follows = None, False  # "The court heard that … "trust float" …": what a hearing was told, by no one named
            if full:
                return Draft("direct", list(q.spans), cue_text, mention, position, participle=follows, paragraph=paragraph)
            if m is None:
                return None
            if not isinstance(m, Cue):
                # "pour Montebourg, le nucléaire est une « filière d'avenir »"
                cs, _ = trim(text, q.open - len(gap), q.open)
                end = self._mixed_end(q.end, e)
                if (joined := _AND_VERB_THEN_QUOTE.match(text, end)) is not None \
                        and (nxt := next((o for o in self._sentence_quotes if o.open == joined.end() - 1), None)) is not None:
                    end = self._mixed_end(nxt.end, e)  # "…, la crise est « cyclique » et révèle « la dépendance … »": one clause
                return Draft("mixed", [(cs, end)], m.group().strip(), mention, position, paragraph=paragraph)
            if self.language == "fr" and _APPEAL_VERB.match(m.group("verb")) and (
                _TO_OPENING.match(text, q.content_start) or gap.rstrip().endswith((" à", " a"))
            ):
                return None  # "a appelé les habitants « à la prudence »": an appeal, not a statement
            if isinstance(m, Cue):
                start = self._complement_start(m, q.open)
                start, _ = trim(text, start, q.open)
                end = self._mixed_end(q.end, e, fragment_only=start >= q.open)
                return Draft("mixed", [(start, end)], cue_text, mention, position, participle=follows, paragraph=paragraph)
            return None

        if not head_bare and (not tail_bare or tail.lstrip().startswith(("«", "“", '"'))
                              or paragraph == 0 and n_words >= 3 and tail.lstrip().startswith(":")):
            # ("‘We are not where we need to be’: OC Transpo boss apologizes …": a headline's quotation and its label)
            if n_words < 3 and not (upper and self._claim_paragraph == paragraph):
                return None  # (a short piece after a claim of its paragraph may continue it: '… she said. "Not once."')
            return self._incise_draft(q, paragraph) or Draft("direct", list(q.spans), None, None, q.open, inherit=True,
                                                             paragraph=paragraph)
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
            cs, _ = trim(text, head_start, q.open)
            return Draft("mixed", [(cs, self._mixed_end(q.end, e))], None, None, q.open, inherit=True, paragraph=paragraph)
        return None

    def _finding_without_clause(self, m, e: int) -> bool:
        """English "… and found the woman 'with serious injuries'": find / show with a noun object
        report no finding (not "found that …", "found prices rose", nor "…, study finds.")."""
        text = self.text
        if self.language != "en" or m.group("verb").lower() not in FINDING_VERBS or m.group("aux"):
            return False
        rest = text[m.end():e].strip(" .!?\"”’'")
        return bool(rest) and COMPLEMENTISER_NEXT.match(text, m.end()) is None and _CLAUSE_OR_SCENE_NEXT.match(
            text, m.end()) is None and (_OBJECT_THEN_QUOTE.match(text, m.end()) is not None or not sure_clause_en(text, m.end(), e))

    def _clause_goes_on_after(self, quote_end: int, e: int) -> bool:
        """The quoted words are only the subject of the clause, its verb follows the mark
        ("que « rien dans le dossier » ne prouvait …", "… office, "neutralizing the threat" is an aim …")."""
        verb_after = _FRENCH_VERB_AFTER_QUOTE if self.language == "fr" else _ENGLISH_VERB_AFTER_QUOTE
        return self.language in ("fr", "en") and verb_after.match(self.text, quote_end, e) is not None

    def _quote_after_colon(self, q: Quote, prev: tuple[int, int], paragraph: int) -> Draft | None:
        """A quote paragraph introduced by the previous paragraph's `… wrote:`."""
        text = self.text
        ps, pe = prev
        m = None
        for m in self.pats.finditer(text, ps, pe):
            pass
        if m is None:
            published = _PUBLISHED_DOCUMENT.search(text, ps, pe)
            subject = find_subject(text, ps, published.start(), self.lex) if published is not None else None
            if subject is not None and (subject.name or subject.role or subject.pronoun):
                # "Le ministère a publié mardi un communiqué dont voici un extrait :": its publisher speaks
                return Draft("direct", list(q.spans), ":", subject, published.start(), paragraph=paragraph)
            return Draft("direct", list(q.spans), ":", None, q.open, inherit=True, paragraph=paragraph)
        subject = find_subject(text, ps, m.start(), self.lex)
        if subject is None:
            subject, _ = mention_after(text, m.end(), pe, self.lex)
        return Draft("direct", list(q.spans), m.group(), subject, m.start(), paragraph=paragraph)

    def _mixed_end(self, quote_end: int, e: int, fragment_only: bool = False) -> int:
        """End of a mixed claim: through later quotations of the clause, plus at most a short
        complement ("une « victoire éclatante » sur son rival"), not a trailing adjunct."""
        text = self.text
        end = max(quote_end, self._content_end(quote_end, e, []))
        last_close = quote_end
        for q in self._sentence_quotes:
            if quote_end <= q.open < end:
                last_close = max(last_close, q.end)
        tail = text[last_close:end]
        if _SECOND_COMPLEMENT_AFTER.match(tail):
            return end  # "… « … » et que …": the verb's second clause belongs to the claim
        if self.language == "en" and _SECOND_THAT_CLAUSE.search(tail):
            return end  # "said roads faced a "sharp rise" in traffic, and that 40 cameras …": one statement goes on
        if word_count(tail) > _MIXED_TAIL_WORDS and (_EN_ADJUNCT_START if self.language == "en" else _ADJUNCT_START).match(tail) \
                and not self._french_clause_goes_on(tail):
            end = last_close
        elif self.language == "fr" and _FRENCH_SECOND_PREDICATE.match(tail):
            end = last_close  # "a jugé la situation « critique » et interdit l'irrigation"
        elif fragment_only and self.language == "fr" and _FRENCH_NEXT_PREDICATE.match(tail):
            end = last_close  # "Il se dit « prêt au dialogue », mais refuse …": the narrator goes on
        return end
