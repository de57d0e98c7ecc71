"""Reported speech in one sentence: a reporting verb, its subject and its clause ("X a déclaré que …",
"…, said X", "X said the plan …"); where the clause starts and ends is `reported_bounds`."""

from __future__ import annotations

import re

from claims.extract.clause_starts import (
    AUXILIARIES, EN_ADJUNCT, EN_AUXILIARIES as AUXILIARIES_EN, EN_AUDIENCE, EN_CLEAR_FINITE, EN_FINITE, EN_FINDING_DOCUMENT, EN_RELEASED_DOCUMENT, EN_REPORTER_AUDIENCE,
    EN_SUBORDINATOR_OPENING,
    clause_can_start_en, main_clause_en, second_verb_group_en, sure_clause_en, takes_noun_object_en,
)
from claims.extract.cues import EN_PROGRESSIVE_BEFORE, infinitive_after_avant, is_weak
from claims.extract.drafts import WORD, Draft, trim, word_count
from claims.extract.quotes import Quote
from claims.extract.reported_bounds import (
    COMPLEMENTISER_NEXT, short_french_tail, _COMMENT_APPOSITION, _TELLING, ReportedContentBounds, passive_participle,
)
from claims.extract.speaker_phrases import UNNAMED_SOURCES
from claims.extract.speakers import Mention, fold, names_in
from claims.extract.state_names_en import STATE
from claims.extract.speaker_mentions import parse_mention
from claims.extract.inverted_subjects import mention_after, without_audience
from claims.extract.subject_only_fr import subject_then_object
from claims.extract.participle_subjects import participle_subject
from claims.extract.opening_subjects_en import DEFINITE_NOUN_SUBJECT
from claims.extract.subject_appositions import verb_inside_subject
from claims.extract.subjects import SOURCE_PHRASE, body_described_by_its_work, find_subject, former_or_latter

# French demonstratives that stand for a fact, not a source: "Cela montre que …", "ce qui prouve que".
_FR_THING_SUBJECT = re.compile(r"(?<![\w’'])(?:[Cc]ela|[Cc]eci|[Çç]a|[Cc]e\s+qui)\s+(?:ne\s+|n['’]\s*)?$")

# A demonstrative or pronoun and its verb after a reporting verb: a clause, no inverted subject.
# (or its object: "X, Y, stated this while inspecting the project": what the paragraph before says)
_DEMONSTRATIVE_SUBJECT = re.compile(r"\s+(?:this|that|these|those|it|there)\s+(?:was|is|were|are|had|has|would|will|could|might)\b"
                                    r"|\s+(?:this|these)\s+(?:while|when|at|during|in|on|after|before|yesterday|today|last)\b")
# Lower-case words that may sit inside a speaker's noun phrase.
_NP_WORDS = frozenset(("of", "for", "and", "other", "young",
                       "local", "senior", "former", "new", "chief", "deputy", "acting", "s"))
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?!(?:his|her|their)\s+(?:full\s+)?names?\b)(?P<np>(?:[\w’'-]+,?\s+){1,6}?)(?:also\s+)?$", re.IGNORECASE)
# English: "told her", "told them": what the speaker was told, which the speaker reports.
_TOLD_THE_SPEAKER = re.compile(r"\s+(?:her|him|them|me|us)\b")
# ", like Obama,": examples inside a group's noun phrase, not the group.
_EXAMPLES = re.compile(r",\s*(?:like|including|such\s+as)\b[^,]*,?\s*", re.IGNORECASE)
_LEADING_ADJUNCT_EN = re.compile(r"\s*(?:In|On|At|During|After|Following|Through)\s[^,]{0,120},\s+(?:he|she|they|it|we)\s", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\b(?:and|et|but|mais)|,)\s*$", re.IGNORECASE)
_CONJUNCTION_LAST = re.compile(r"\b(?:and|but|or)\s*$")
# "se sont félicités du résultat", "said during the debate that": an object or adjunct, not an inverted subject.
_PREPOSITION_FIRST = re.compile(r"\s*(?:du|de|des|d['’]|of|for|with|about|on|in|during|at|pour|par|sur|contre)\b", re.IGNORECASE)
_WITH_SUBJECT = re.compile(r"\b(?:with|avec|despite|amid)\s+(?P<np>(?:[\w’'.-]+\s+){0,4}[\w’'.-]+)\s+$", re.IGNORECASE)
_FORMER_OR_LATTER = re.compile(r"the\s+(former|latter)\b", re.IGNORECASE)
_RELATIVE_APPOSITION = re.compile(r",\s*(?:who|whom|whose|which|qui|que|dont)\b[^,]*,?", re.IGNORECASE)
# "According to the police, the suspect admitted …": a source phrase is no statement of the subject after it.
_SOURCE_PHRASE_ONLY = re.compile(SOURCE_PHRASE)
# The verbs of "X reported (that) Y said …", "According to X, Y said …": Y is the speaker.
SPEECH_VERBS = {
    "en": frozenset(("said", "says", "say", "told", "tells", "added", "stated", "claimed", "confirmed")),
    "fr": frozenset(("dit", "déclaré", "affirmé", "ajouté", "indiqué", "confirmé", "assuré", "déclare", "affirme",
                     "indique", "confirme", "assure")),
}
_FINITE_HINT = {
    "en": re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does)\b|\w+ed\b"),
    "fr": re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront)\b|\w+(?:ait|aient)\b|\w{3,}(?:era|eront|ira|iront)\b"),
}
# ", she suggested, specialize …": the statement resumes in lower case after the attribution.
_PARENTHETICAL_TAIL = re.compile(r",\s+(?=[a-z])")
_NOBODY = re.compile(r"\s*(?:Not\s+every(?:one|body)|No\s+one|Nobody|None\s+of\s+them)\b[\w\s]{0,20}$")
# A survey's share of its respondents ("87 per cent of 412 respondents", "62 % des personnes interrogées"):
# what they said is the survey's finding, its source's claim.
_SURVEY_SHARE = re.compile(
    r"(?:\d[\d.,]*\s*(?:per\s*cent|percent|%)|[Mm]ost|[Hh]alf|[Aa]\s+majority|[Ll]a\s+majorité)\s+(?:of|des|de\s+ces)\s+(?:the\s+)?(?:[\d,.\s]+\s)?"
    r"(?:respondents|those\s+(?:surveyed|polled|questioned)|people\s+(?:surveyed|polled|questioned)|répondants|sondés"
    r"|personnes\s+interrogées)\s*$"
    # (after a source, any share: "Selon la Maison des saisonniers, près de 30 % des saisonniers … déclarent")
    r"|(?<![\w,.])\d[\d.,]*\s*(?:per\s*cent|percent|%)\s+(?:of|des|de|d['’])\s*[^,;:«»“”\"]{1,80}$")
_PARENTHETICAL_TAIL_ANY = re.compile(r",\s+(?=\w)")
# (or its owner: "The bureau's quarterly report shows …", "The ministry's figures show …")
# ("Council papers published on Friday show": a body's capitalised noun before the document, and when it appeared)
_AUTHOR_NAMED_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:^|(?<=[.!?]\s))(?:(?:The|Its|Their)\s+(?:[a-z]+['’]s\s+)?"
                                  r"(?:[a-z]+\s+){0,2}|[A-Z][\w-]*\s+)(?:report|figures|data|survey|study|analysis|review|audit|statistics"
                                  r"|papers|documents|records|minutes)(?:\s+(?:published|released)\s+[^,]{1,40})?\s*$", re.MULTILINE)
_FRONTED_ADJUNCT_ONLY = re.compile(r"\s*(?:In|On|At|For|During|After|Before|Since|Last|Earlier|Later|Now|Still|Then)\s[^,;:.]{1,40}")
_RELATIVE_BEFORE_COMMA = re.compile(r"\b(?:which|who|that)$")
# An inverted subject: a role, maybe after its body's name and lower-case modifiers, then the person's name closing
# the sentence or its clause.
_MODIFIED_ROLE_THEN_NAME = re.compile(
    r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’&-]*\s+){0,5}(?:[a-z][\w-]*\s+){0,3}(?P<role>[a-z][\w-]*)"
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*){0,3}\s*(?:[.;]|,\s|$)")
# Verbs that only report: a content opening on one is the next statement ("…, who testified at the inquiry, said the fire …").
_PLAIN_SAYING = frozenset(("said", "says", "told", "tells", "added", "adds", "stated"))
_OPENING_SUBORDINATOR = re.compile(r"(?:When|After|Before|Once|As\s+soon\s+as|Until|Although|Though|Because|Since)\s")
_SUBORDINATOR_FIRST = re.compile(r"(?:If|When|Unless|Once|Although|Though|Because|Since|While|As\s+long\s+as)\s")
_EN_QUESTION = re.compile(
    r"\s*(?:\(\([^()]*\)\)\s*:?\s*|\(?\d+[.)]\s*)?(?:Do|Does|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Have|Has|What|Why|How|Who|Which|Where|When)\b")
# A clause ending on an auxiliary has lost its verb ("where records predicted it would be", "…
# the Senate did not").
_ELLIPTIC_END = re.compile(
    r"(?:(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\bhad|\b(?:" + "|".join(sorted(AUXILIARIES - {"had"})) + r"))(?:\s+not)?$")
# …unless the auxiliary closes a subordinate clause after a whole one ("they would be offered
# positions once they did", "the firm would pay, as it always had"), or closes an indirect question ("he had
# no idea how strong the current was").
_NAME_OBJECT_THEN_COMMA = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,")
_LISTED_NAMES_AFTER_COMMA = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+et\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_SUBORDINATE_ELLIPSIS = re.compile(
    r"\b(?:once|when|whenever|if|as|after|before|until|unless|because|since|than|while|though|although|how|what|where|who|why|whether)\s+"
    r"(?:[\w'’-]+\s+){1,4}(?:" + "|".join(sorted(AUXILIARIES)) + r")(?:\s+not)?$")
# A short subject and "said" closing the sentence after a clause: "…, officials said."
_TRAILING_SAID = re.compile(r",\s*(?:[\w'’.-]+\s+){1,6}(?:said|says)(?:\s+on\s+\w+)?\s*[.!?]?[\"”’]?\s*")
# "…, the agency's regional manager, Tom Ellery,", "…, Ann Vale, the council's engineer,", "…, a
# spokesperson, who asked not to be named,": a subject and its apposition, each between commas,
# closing the sentence before its verb.
# ("…, Lebanon's central bank, the Banque du Liban (BDL), said.": a body's name too)
_SUBJECT_IN_APPOSITION = re.compile(
    r",(?P<np>(?:\s+(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*)(?:\s+[\w'’.-]+){0,9}),\s+(?:the\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+(?:(?:of|du|de|des|al|for)\s+)?){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+\([A-Z]{2,8}\))?"
    r"|\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*,\s+(?:[Tt]he|[Aa]n?|(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:['’]s)?))(?:\s+[\w'’.-]+){0,9}"
    r"|\s+(?:[Tt]he|[Aa]n?|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*)(?:\s+[\w'’.-]+){0,5},\s+(?:who|whose)\s[^,]{1,80}),$")
# "…, a spokesperson for the Department of Agriculture, Food and the Marine": a subject naming a body
# whose portfolios are listed, closing the sentence before its verb.
_BODY_WITH_LISTED_PORTFOLIOS = re.compile(
    r",\s+(?:(?:[Tt]he|[Aa]n?|[a-z][\w'’-]*)\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?:,\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)*,?\s+(?:and|&)\s+(?:the\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s*$")
# "said Thursday, a setback for …", "said on Monday, another blow to …": after the verb's short
# adjunct, the narrator's noun phrase in apposition to the whole statement (no clause of the speaker).
_NARRATOR_APPOSITION_AFTER_ADJUNCT = re.compile(
    r"(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s+(?:a|an|another|the\s+latest)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:setback|blow|boost|victory|win|defeat|reversal|move|step|decision|sign|shift|turn|change|development|"
    r"rebuke|concession|signal|escalation|departure|milestone|record|jump|drop|rise|fall|increase|decline)\b")
# French: what follows a verb that has its subject before it: an infinitive or an attribute ("X, dit avoir saisi le
# préfet", "l'ancien gestionnaire, reconnu coupable d'avoir détourné …"), never an inverted subject.
_NO_SUBJECT_AFTER_FR = re.compile(r"\s+(?:avoir|être|vouloir|pouvoir|devoir|faire|coupables?|responsables?|innocente?s?)\b")
# A plural noun that looks like a reporting verb, then its complement ("Employee fraud reports across the region have doubled").
_PLURAL_NOUN_THEN_PREPOSITION = re.compile(r"\s+(?:across|of|from|about|over|into|against)\s")
# A bare plural noun right after the verb, its object ("written letters to the family that …"),
# not a time ("wrote hours later that …").
_BARE_PLURAL_OBJECT = re.compile(r"\s*(?!(?:hours|days|weeks|months|years|minutes|times)\b)[a-z][a-z-]{2,}s\s+(?:to|for|that|which|about)\b")
_WHO_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:(?:also|had|has|have|later|previously)\s+)?$")
_MAIN_VERB_AFTER_COMMA = re.compile(
    r",\s+(?:(?:later|then|also|subsequently|now)\s+)?"
    r"(?:[a-z]{2,}ed|has|had|have|is|was|were|will|would|could|can|did|does|left|went|came|told|said|withdrew|won|lost)\b")
_PARTICIPLE_APPOSITION = re.compile(r",\s+[a-z]{2,}ed\s+(?:on|in|by|at|from|with|for|during|after|before)\b[^,]*(?=,)")
# What opens an adjunct after the audience of "told" ("by phone", "in an email", "in Lagos").
_ADJUNCT_OPENING = re.compile(r"\s*(?:by|in|on|at|via|over|from|during|after|before|outside|inside|ahead\s+of)\s")
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*")
# "Xinhua quoted Premier Li Qiang as saying …": the person quoted speaks, the outlet relays.
_QUOTED_AS = re.compile(r"\bquoted\s+(?!by\s)(?P<np>[^,;:.\"“”]{2,80}?)\s+as\s+$")
_TOLD_REPORTER = re.compile(rf"\s+{EN_REPORTER_AUDIENCE}\s")
# A singular noun phrase, no "et" joining a second one ("l'essentiel de l'écart", not "la maire et son adjoint").
_SINGULAR_NOUN_PHRASE_FR = re.compile(r"(?:(?:le|la|un|une|son|sa|cette|ce)\s+|l['’]\s*)(?-i:[a-zà-ÿ])(?:(?!\set\s)[^,])*$", re.IGNORECASE)
_SOURCE_RIGHT_BEFORE = re.compile(r"\b(?:according\s+to|as\s+reported\s+by)\s+(?P<np>[^,;.]{2,60}),\s*$", re.IGNORECASE)
# A noun phrase opening the sentence, right before a participle that qualifies it: "Several
# conservative groups claiming …".
_REDUCED_RELATIVE_HEAD = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*|The|Some|Several|Many|Most)(?:\s+[a-z][\w’'-]*){0,3}\s+")


# What may follow an inverted subject without being part of it: "…, a annoncé Eurostat, repassant
# sous l'objectif …", "…, a indiqué la préfecture, qui …".
# An inverted subject's name, then its apposition opened by an article: "said Ann Lee, the city's chief engineer".
_NAME_THEN_APPOSITION = re.compile(
    # (or a bare role and its body: "…, said Mara Elkins, director of the Pikes Peak Justice Coalition, a group that …")
    r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*,\s+(?:(?:the|a|an)\s+|(?=[a-z]+\s+(?:of|for|at)\s))"
    r"(?P<rest>[^,.;:!?\"“”]*)")
_COUNTED_SUBJECT_THEN_VERB = re.compile(
    r"\s*(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|about|around|nearly|almost|over)\s+[\w,.]+\s+"
    r"(?:[a-z]+\s+){0,5}(?:" + AUXILIARIES_EN + r")\b")
# Where a subject is, then its verb: "at Dr A. G. Jeetoo Hospital had been working".
# (irregular participles too: "farmers in the catchment had already cut nitrogen losses")
# ("growers in the valley were not yet facing …": two adverbs after the auxiliary)
_PLACED_SUBJECT_THEN_VERB = re.compile(r"(?:at|in|on|from|of)\s+(?:(?!\b(?:who|which|that|where)\b)[^,;:]){1,60}?\s(?:(?:" + AUXILIARIES_EN + r")\s+(?:[a-z]+\s+){0,2}"
                                       r"(?:[a-z]+(?:ed|ing|en)|cut|put|set|hit|made|paid|built|lost|held|kept|sold|left|met|brought|bought|taught"
                                       r"|sent|spent|won|become|come|done|found|had)"
                                       # ("the last three weeks of the season usually bring in …": a frequency, then the verb)
                                       r"|(?:usually|often|always|never|rarely|seldom|sometimes|typically|generally|normally)\s+[a-z]{3,})\b")
_AUXILIARY_WORD = re.compile(r"\b(?:" + AUXILIARIES_EN + r")\b")
FINDING_VERBS = frozenset(("find", "finds", "found", "show", "shows", "showed", "shown"))
_PARENTHESES = re.compile(r"\([^()]*\)")
_TIME_ADJUNCT = re.compile(r"(?:on|last|this|earlier|in)\s+(?:\w+\s*){1,3}|yesterday|today|on\s+\w+")
# A reported clause that states a wish, not a fact: "said he hoped …", "a dit qu'elle souhaitait …".
_WISH_OPENING = re.compile(
    r"(?:he|she|they|we|I|il|elle|ils|elles|on)\s+(?:hoped|hopes|wished|wishes|espérait|espère|espéraient|espèrent|"
    r"souhaitait|souhaite|souhaitaient|souhaitent)\b")
# "…, and a second deputy later reported the incident to a supervisor": a second clause, not an inverted subject
_COORDINATOR_OPENING = re.compile(r"\s*(?:and|but)\s")
# English "admitted" in its hospital sense: "admitted with dengue", "admitted to hospital", "admitted into intensive care".
_ADMITTED_FOR_CARE = re.compile(r"\s+(?:with\b|into\b|to\s+(?:the\s+|a\s+)?(?:hospital|intensive|ICU|wards?|care|the\s+ward)\b)")
_NOUN_OBJECT_AFTER = re.compile(r"(?:the|a|an|his|her|its|their)\s+[a-z]")
# The head of a document or body that finds: "a report released last year by …", "study", "figures".
_DOCUMENT_HEAD = re.compile(
    r"\s*(?:(?:a|an|the|its|their|new|latest|official)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:report|study|survey|analysis|review|"
    r"audit|data|figures|research|poll|inquiry|investigation|paper|assessment|census|statistics)\b", re.IGNORECASE)
# "…, the Victorian Environment Protection Authority (EPA Vic) said", parentheses left out: an organisation's full name.
# "the community trust that runs the site", "the group that brought the case": a described body or person, its
# relative clause short.
_HEAD_THEN_SHORT_RELATIVE = re.compile(r"\s*the\s+(?:[a-z][\w-]*\s+){1,3}(?:that|which|who)\s+[a-z]+(?:s|ed|ght)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*")
_KIND_THEN_BODY_NAME = re.compile(r"\s*(?:the\s+)?(?:[a-z-]+\s+){0,3}(?P<noun>[a-z]+)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*){0,4}\s*")
# ("the Ministry of Foreign Affairs in Lusaka": with its seat)
_LONG_PROPER_NAME = re.compile(r"\s*(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+(?:of|and|for|on|the|&|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*))+"
                               r"(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*)?\s*")
# "the press service of the City Council", "the Western Bahr el Ghazal branch of the South Sudan Teachers' Union": a
# unit or a role of a body named in full.
# (or one the article names in lower case after its place: "the press service of the Tashkent city
# khokimiyat", "the press office of the town council")
_UNIT_OF_NAMED_BODY = re.compile(r"\s*the\s+(?:(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*|el|al)\s+){0,5}(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*"
                                 r"(?:\s+(?:of|and|for|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*))*(?:\s+[a-z][\w-]*){0,2}|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*")
# The document a statement was made in, maybe to whom, and who carried it or when it was made public ("in a statement
# carried by the Bahrain News Agency", "in a letter to the city made public Wednesday").
_STATEMENT_ADJUNCT = re.compile(r"(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|post|release|interview|letter|report|email)"
                                r"(?:\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:carried|published|posted|released|issued|quoted|reported"
                                r"|relayed)\s+(?:by|on)\s+[^,;]+|(?:made\s+public|released|published|dated)\b[^,;]*)$")
# English: a state's name after a town's ("in Oshkosh, Wisconsin said"): the subject goes back past it.
_STATE_NAME = re.compile(rf"\s*{STATE}\s*")
_IN_PLACE_CLOSING = re.compile(r"\bin\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# English: a subordinate clause's subject before a weak verb ("after an inspection found").
_SUBORDINATE_SUBJECT_BEFORE = re.compile(r"\b(?:after|when|because|since|before|until|once|while|although|though)\s+"
                                         r"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$")
# Where and at what a statement was made, a chain of prepositional phrases closing its sentence.
_PLACES_AND_OCCASIONS = re.compile(
    r"(?:\s*(?:during|at|in|on|after|before|outside|inside|near|from)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)+\s*[.!?]?\s*")
_NOUN_RIGHT_BEFORE = re.compile(r"\b(?:reports|articles|stories|posts|claims|allegations|rumours|rumors|documents|letters|messages|"
                                r"statements|complaints|leaflets|posters|banners|videos|signs)\s+$")
_CLOSING_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s*$")
# ("Figures published last month by the trade body UK Steel showed": what the author is, then its name)
_DOCUMENT_AUTHOR = re.compile(r"(?<!\bseen )(?<!obtained )(?<!reviewed )(?<!\bviewed )\bby\s+(?:the\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?"
                              r"(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;]*?)(?:\s+for\s+(?:the\s+)?(?:daily|newspaper|broadcaster|channel|magazine|weekly)\s[^,;]*)?$")
# An inverted French subject that is a proper name: "le Service départemental …", "la Ville de Genève".
# "asked that the radio not use her name", "asks that the council reconsider": a request, not a statement.
_REQUEST_VERBS = frozenset(("ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting"))
_EN_PARTICIPLE_FIRST = re.compile(r"[a-z]{3,}ing\b")
_DOCUMENT_AFTER_COMMA = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:report|study|survey|analysis|review|audit|poll)\b[^,]{0,80}$")
_VERBLESS_CONTINUATION = re.compile(
    r"(?:far\s+)?(?:too|not\s+enough|up\s+from|down\s+from|compared\s+with|compared\s+to|against|"
    r"more\s+than|less\s+than|fewer\s+than|roughly|nearly|almost)\s")
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-zà-ÿ]+ant|qui|dont|who|whose|tout\s+en|avant\s+d|après\s+avoir|[a-z]{3,}ing(?=\s))\b")


# English: after a time adjunct and its comma, the circumstance the writer adds ("said Thursday, with crude prices near $58").
_CIRCUMSTANCE_AFTER_ADJUNCT = re.compile(r"\s*(?:as|with|while|amid|after|before|when|citing|despite|following)\b")
# English: the medium a statement was made in, closing the sentence ("in a news release", "in an email").
_STATEMENT_MEDIUM_TAIL = re.compile(r"(?:in|on|via)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
                                    r"(?:statement|release|email|e-mail|post|interview|letter|video|tweet)\s*")
# French: a subject, a present-tense verb and its object ("L'association étudie un déménagement …, à Tourgéville"):
# a clause before the comma, not a subject and its apposition.
_SUBJECT_VERB_OBJECT_FR = re.compile(r"(?:Le|La|Les|L['’])\s*[\w’'-]+\s+[a-zéèê]{3,}(?:e|es|ent)\s+(?:un|une|le|la|les|des|du|l['’])(?=[\s\w])")
_PRESENT_OR_FUTURE = re.compile(r"\w+ront\b|\b(?:sont|ont|vont|font|va|fait|est)\b")
_SUBJECT_AND_RELATIVE = re.compile(
    r"(?:(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses)\s*[\w’'-]+(?:\s+[\w’'-]+){0,8}"
    # (or a person's name: "Jean-Marc Delvaux, qui a quitté le collège en 2023, a toujours contesté les faits")
    r"|(?:M\.\s+|Mme\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+(?:\s+(?:de\s+|du\s+|le\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+){1,3})"
    r",\s*(?:qui|dont)\s[^,.;:!?«»]+")
_REACHED_BY = re.compile(r"(?:Joint|Contacté|Interrogé|Sollicité|Interviewé)e?s?(?:\s+[^,.;:!?«»]{1,50})?,\s*")
_SUBJECT_AND_APPOSITION = re.compile(
    # "Ruud, finaliste en 2022, a reconnu la supériorité de son adversaire": a name and its apposition.
    # ("Force ouvrière, premier syndicat de l'entreprise, a annoncé un appel à la grève": an adjective in the name)
    r"(?:M\.\s+|Mme\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+)(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+|\s+[a-zà-ÿ]+(?:ière|ier|aire|ale|ique|oise|aise|ienne|ive))?"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+){0,2},\s*"
    r"(?!(?:le|la|les|l|un|une|des|du|de|d|ce|cet|cette|ces|c|ça|cela|il|elle|ils|elles|on|nous|vous|je|j|tout|"
    r"tous|toute|rien|personne|chacun|aucun|aucune|nul|nulle|chaque|plusieurs|certains|certaines|quelques|son|sa|"
    r"ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|ne|n|y|en|si|mais|et|pas|plus)\b)"
    r"[a-zà-ÿ](?:(?!\b(?:ne|n['’]))[^,.;:!?«»])*"  # no negation: "Lundi, aucun train ne partira"
    r"|(?:Le|La|Les|L['’]|Un|Une|Ce|Cet|Cette|Son|Sa|Ses)\s*[\w’'-]+(?:(?:\s+[\w’'-]+){0,8}(?<!\d),(?!\d)\s*[^,.;:!?«»]+"
    # "Le procureur de la République de Marseille, Nicolas Bessone-Ferrand": a long role, then a name.
    r"|(?:\s+[\w’'-]+){0,8},\s*(?:M\.|Mme|Me|Dr)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*(?:\s+(?:de|du|d['’]|von|van|le|la)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*){1,3})")


def _before_participle_clause(text: str, start: int, end: int) -> str:
    clause = _PARTICIPLE_CLAUSE.search(text, start, end)
    return text[start:clause.start() if clause else end]


# English: the day a statement was made, then its "that" ("said Tuesday that …").
_DAY_THEN_THAT = re.compile(r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week)"
                            r"|(?:after|before|during|following|outside|at)\s+(?:the|a|an|his|her|their|its)\s+[a-z-]+(?:\s+[a-z-]+)?)"
                            r"\s+that\b"  # ("said after the hearing that …")
                            r"|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:it|they|he|she|we)"
                            r"\s+(?:will|would|had|has|have|was|were|is|are|could|plans|expects)\b")  # ("said Tuesday it will appeal")

# English: a counted subject after the verb ("said at least two herds had been …"): a clause, no inverted subject.
_QUANTITY_SUBJECT = re.compile(r"\s+(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+"
                               r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand))")


class ReportedSpeech(ReportedContentBounds):
    """The reported-speech half of `SentenceReader` (its attributes: `text`, `language`, `pats`, `lex`,
    `_sentence_cues`)."""

    def _parenthetical(self, m, s: int, e: int, drafts: list[Draft], paragraph: int) -> Draft | None:
        """"These orcas, she suggested, specialize in hunting sharks": the attribution inside
        the statement, between commas; the claim is both sides."""
        text = self.text
        if text[m.end():m.end() + 1] != ",":
            return None
        comma = text.rfind(",", s, m.start())
        if comma == -1 or word_count(text[comma + 1:m.start()]) > 4:
            return None
        relative = _RELATIVE_BEFORE_COMMA.search(text, max(s, comma - 8), comma) is not None
        # "In some cases, she said, Voll blamed …": after a fronted adjunct, the whole clause follows the attribution
        fronted = _FRONTED_ADJUNCT_ONLY.fullmatch(text, max(s, text.rfind(",", s, comma) + 1), comma) is not None
        after = (_PARENTHETICAL_TAIL_ANY if relative or fronted else _PARENTHETICAL_TAIL).match(text, m.end())
        if after is None:
            return None
        mention = parse_mention(text[comma + 1:m.start()], self.lex)
        if mention is None or not (mention.pronoun or mention.name or mention.role):
            return None
        prior = max([d.end for d in drafts if d.end <= m.start()] + [s, text.rfind(",", s, comma) + 1])
        hs, he = trim(text, prior, comma)  # "…, a move whose rarity, CBS noted, highlighted …"
        ts, te = trim(text, after.end(), self._content_end(after.end(), e, drafts))
        # "The unit delivered 110 babies a year, she said, too few to …", "Sales rose 5%, the firm
        # said, up from 3% a year earlier": a verbless continuation of the statement
        verbless = not relative and _VERBLESS_CONTINUATION.match(text, ts) is not None
        if he <= hs or word_count(text[ts:te]) < 3 or not (EN_FINITE.search(text, ts, te) or verbless):
            return None
        if verbless and EN_CLEAR_FINITE.search(text, hs, he):
            return Draft("indirect", [(hs, he), (ts, te)], m.group().strip(), mention, m.start(), paragraph=paragraph)
        if relative or fronted and text[ts:ts + 1].isupper():
            # "fighters which, the statement said, European nations have refused to repatriate"
            return Draft("indirect", [(ts, te)], m.group().strip(), mention, m.start(), paragraph=paragraph)
        if (EN_CLEAR_FINITE.search(text, hs, he) and _SUBORDINATOR_FIRST.match(text, hs) is None) \
                or any(ts <= c.start() < ts + 12 and c.group("verb").lower().endswith("ing") for c in self._sentence_cues):
            # "The reading was a record, AEMET said, adding that …": the head is a clause (not a
            # subordinate one: "If these findings hold, scientists say, containment …")
            return None
        return Draft("indirect", [(hs, he), (ts, te)], m.group().strip(), mention, m.start(), paragraph=paragraph)

    def _french_subject_only(self, start: int, end: int) -> bool:
        """"Le suspect, âgé de 34 ans, a reconnu les faits": before the comma stands the verb's
        subject and its apposition, not a statement."""
        if self.language != "fr":
            return False
        if (reached := _REACHED_BY.match(self.text, start, end)) is not None:
            # "Jointe par La Voix du Nord, la secrétaire du syndicat, Karima Benali, a dénoncé …": how she was reached
            rest = self.text[reached.end():end]
            rest = rest[:1].upper() + rest[1:]
            return _FINITE_HINT["fr"].search(rest) is None and (
                _SUBJECT_AND_APPOSITION.fullmatch(rest) is not None or _SUBJECT_AND_RELATIVE.fullmatch(rest) is not None)
        if _SUBJECT_AND_RELATIVE.fullmatch(self.text, start, end) \
                and _FINITE_HINT["fr"].search(self.text, start, self.text.find(",", start, end)) is None:
            # "Un commerçant, qui a requis l'anonymat, regrette la décision": a subject and its relative (not "Le
            # raccordement nécessitera un poste, dont la mise en service …, indique RTE": a statement)
            return True
        subject = _SUBJECT_AND_APPOSITION.fullmatch(self.text, start, end)
        if subject is None or _FINITE_HINT["fr"].search(self.text, start, end) is not None \
                or _SUBJECT_VERB_OBJECT_FR.match(self.text, start, end) is not None \
                or _LISTED_NAMES_AFTER_COMMA.match(self.text, self.text.find(",", start, end) + 1):
            return False  # (nor "Les foyers de Saïx, Soual et Puylaurens subissent …": a list's comma, no apposition)
        # A name, not a sentence adverb ("Lundi, trains et bus resteront au dépôt").
        return subject.group("name") is None or (
            subject.group("name") not in self.lex.function_words and _PRESENT_OR_FUTURE.search(self.text, start, end) is None)

    def _subject_start(self, m, s: int) -> int:
        """A subject is looked for after the previous reporting verb of the sentence, if any."""
        # (not a weak verb whose object is a name, inside the subject's apposition: "An analyst, speaking on
        # condition of anonymity because the firm advises Corvane, said …")
        previous = [c.end() for c in self._sentence_cues if c.end() <= m.start() and not verb_inside_subject(self.text, self.language, c, m)
                    and not (self.language == "en" and is_weak(c.group("verb"), self.pats) and "," in self.text[s:c.start()]
                             and _NAME_OBJECT_THEN_COMMA.match(self.text, c.end()))]
        start = max([s] + previous)
        if start == s and self.language == "en" and (opening := _OPENING_SUBORDINATOR.match(self.text, s)) is not None \
                and "," not in self.text[s:m.start()]:
            return opening.end()  # "After the minister said …": the conjunction is no preposition
        return start

    def _role_then_full_name(self, subject: str) -> bool:
        """English: a long subject that is a role and the full name closing it: "Morowali police chief
        Adjunct Senior Commissioner Rudy Hartono"."""
        mention = parse_mention(subject, self.lex) if _CLOSING_FULL_NAME.search(subject) else None
        return mention is not None and bool(mention.role) and mention.name is not None and " " in mention.name \
            and subject.rstrip().endswith(mention.name) and not mention.organisation

    def _noun_phrase_follows(self, start: int, end: int) -> bool:
        """After an inverted verb comes its subject, then maybe an adjunct: `…, said Sheriff Bill
        Brown in a statement.` — not a clause (`…, announced US troops would be leaving`)."""
        lex = self.lex
        determiners = lex.bare_determiners
        if self.language == "en" and _DEMONSTRATIVE_SUBJECT.match(self.text, start, end) is not None:
            return False  # "…, said this was the third error": a clause, its subject a demonstrative
        if self.language == "en" and _QUANTITY_SUBJECT.match(self.text, start, end) is not None:
            return False  # "…, said at least two herds had been given warnings": a clause, its subject counted
        if self.language == "en" and (appositive := _NAME_THEN_APPOSITION.match(self.text, start, end)) is not None \
                and _AUXILIARY_WORD.search(appositive.group("rest")) is None:
            return True  # "…, said Amara Nwosu, the country's chief medical officer."
        if self.language == "en" and (titled := _MODIFIED_ROLE_THEN_NAME.match(self.text, start, end)) is not None \
                and fold(titled.group("role")) in lex.roles:
            return True  # "…, said McDowell County Schools facilities director Wayne Cline."
        tokens = WORD.findall(self.text[start:end])
        for i, token in enumerate(tokens):
            low = fold(token).rstrip("'’")
            if low in ("last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") \
                    and i > 0 and fold(tokens[i - 1]) in determiners:
                continue  # "said the last three weeks of the season usually bring …", "says the Tuesday bus is": an adjective
            if low in lex.stops and i == 0 and self.language == "en" and _COUNTED_SUBJECT_THEN_VERB.match(self.text, start, end):
                return False  # "X, president of …, said at least six companies had cut production": a clause
            if low in lex.stops and i > 0 and self.language == "en" and tokens[0].islower() \
                    and _PLACED_SUBJECT_THEN_VERB.match(self.text, self.text.find(token, start), end):
                return False  # "X, president of the union, said nurses at Dr A. G. Jeetoo Hospital had been …"
            if low in lex.stops:
                # (not "…, said a pilot project in which 30 officers wore cameras had led …": a relative clause inside a subject)
                return self.language != "en" or i + 1 == len(tokens) or tokens[i + 1].lower() not in ("which", "whom", "whose")
            if token[:1].isupper() or low in determiners or low in lex.roles or low in _NP_WORDS:
                continue
            if low[-1:] == "s" and low[:-1] in lex.roles:
                continue  # "…, say scientists"
            if low.endswith(("'s", "’s")) or low in lex.organisations:
                continue  # "the government's lawyer", "the ministry"
            if low[:2] in ("l'", "d'"):
                continue
            return False
        return True

    def _reports_a_speaker(self, m, start: int, end: int) -> bool:
        """Whether the complement of cue `m` is only the subject of a later reporting verb."""
        text = self.text
        for cue in self._sentence_cues:
            if cue.start() <= m.start() or cue.start() < start:
                continue
            if cue.start() > end + 3 or cue.group("verb").lower() not in SPEECH_VERBS[self.language]:
                return False
            if self.language == "fr" and not COMPLEMENTISER_NEXT.match(text, cue.end()) \
                    and text[cue.end():cue.end() + 3].strip()[:1] not in (":", "«"):
                return False  # "a précisé que l'analyse avait confirmé la présence d'EPO": a finding, no report
            if self.language == "en" and (cue.group("aux") or "").lower() in ("had", "has", "have"):
                return False  # "said the company had told workers that …": what the company did, in the speaker's words
            if self.language == "en" and takes_noun_object_en(cue.group("verb")) and not COMPLEMENTISER_NEXT.match(text, cue.end()) \
                    and not sure_clause_en(text, cue.end(), end):
                return False  # "said that the detour added an hour to their commute": a noun object, no report
            if self.language == "en" and cue.group("verb").lower() in _TELLING and _TOLD_THE_SPEAKER.match(text, cue.end()):
                return False  # "said her son told her by phone that …": what she was told, her claim
            if self.language == "en" and cue.group("verb").lower() in _TELLING:
                audience = EN_AUDIENCE.match(text, cue.end())
                after = audience.end() if audience is not None else cue.end()
                if not COMPLEMENTISER_NEXT.match(text, after) and not sure_clause_en(text, after, end):
                    return False  # "said the owner told workers at a meeting": what the owner did, in the speaker's words
            subject = _RELATIVE_APPOSITION.sub("", text[start:cue.start()]).strip(" ,")
            if not subject or word_count(subject) > 6 or _FINITE_HINT[self.language].search(subject):
                return False
            mention = parse_mention(subject, self.lex)
            # (not "said the ruling confirmed …": a finding the speaker cites)
            return mention is not None and not mention.pronoun and bool(mention.name or mention.role) and not EN_FINDING_DOCUMENT.fullmatch(subject)
        return False

    def _complementiser_of_earlier_cue(self, relative: re.Match) -> bool:
        """Whether RELATIVE's "that" opens the clause of an earlier reporting verb ("told the news
        server Novinky.cz that the number of children admitted had doubled"), not a relative clause."""
        if not relative.group().lower().startswith("that"):
            return False
        return any(cue.end() <= relative.start() and "," not in self.text[cue.end():relative.start()]
                   and word_count(self.text[cue.end():relative.start()]) <= 6 for cue in self._sentence_cues)

    def _reported(self, m: re.Match, s: int, e: int, quotes: list[Quote], drafts: list[Draft], paragraph: int) -> Draft | None:
        text = self.text
        if self.language == "en" and _EN_QUESTION.match(text, s) and text[s:e].rstrip().endswith("?"):
            return None  # "Do you think that there are reforms …?": a question states nothing
        if self.language == "en" and m.group("verb").lower() in _REQUEST_VERBS:
            return None  # "who asked that the radio not use her name": a request states nothing
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
        # "…, avant de reconnaître que …": an infinitive has the main verb's subject, like a participle.
        participle = verb.split()[0].lower().endswith(("ant", "ing")) or (  # "pointing out"
            self.language == "fr" and m.group("aux") is None and infinitive_after_avant(text, m.start()))
        if participle and self.language == "en" and EN_PROGRESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            participle = False  # "Sheriff X is reminding riders that …": a finite verb, in the progressive
        before = text[s:m.start()].rstrip()
        pronoun = bool(m.group("pron")) or bool(m.group("aux") and "-" in m.group("aux"))

        # "…, which state media said were under control": the relative clause is the claim.
        relative = (
            _RELATIVE_SUBJECT.search(text, max(s, m.start() - 60), m.start())
            if self.language == "en" and not is_weak(verb, self.pats) else None
        )
        if relative is not None and _CONJUNCTION_LAST.search(relative.group("np")) is None \
                and not self._complementiser_of_earlier_cue(relative) and body_described_by_its_work(text[s:m.start()], self.lex) is None:
            # (not "said that the bridge was safe but denied that …": a second verb of the speaker)
            np = _EXAMPLES.sub(" ", relative.group("np"))
            mention = parse_mention(np, self.lex) if "," not in np else None
            cs, ce = trim(text, m.end(), self._content_end(m.end(), e, drafts))
            if mention is not None and word_count(text[cs:ce]) >= 2:
                return Draft("indirect", [(cs, ce)], cue_text, mention, m.start(), paragraph=paragraph)

        # Inverted, after the statement: "…, a indiqué la direction." / "…, said X." / "…, X said."
        tail_words = _before_participle_clause(text, m.end(), e).strip(" .!?\u00a0")
        comma_before = before.endswith(",")
        # (English "…, Ann Vale, the council's engineer, told the Herald": after "told" comes the
        # audience, never the subject; the subject is the apposition before the verb, below)
        told_after_apposition = self.language == "en" and comma_before and verb.lower() in _TELLING
        if (comma_before and not participle and not is_weak(verb, self.pats) and not told_after_apposition) or pronoun:
            clause_end = len(before) + s - (1 if comma_before else 0)
            prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
            cs, ce = trim(text, prior, clause_end)
            comp = (COMPLEMENTISER_NEXT.match(text, m.end()) or (_DAY_THEN_THAT.match(text, m.end()) if self.language == "en" else None)) \
                if not pronoun else None  # ("X, R-Dover, said Tuesday that …": the statement follows)
            # "…, a annoncé mardi l'observatoire européen Copernicus, avec une température …": the
            # inverted subject ends at the comma (French).
            # ("a confirmé à ici Cotentin le comité régional des pêches …": whom it was said to is no part of the subject)
            # ("…, said Mara Elkins, director of the X Coalition, a jail reform group that obtained …": a name, its appositions)
            short_tail = word_count(tail_words) <= 12 or (self.language == "fr" and short_french_tail(without_audience(tail_words), m.group("aux"))) \
                or self.language == "en" and word_count(tail_words) <= 30 and _NAME_THEN_APPOSITION.match(tail_words) is not None
            if ce - cs > 0 and text[cs] in "»”" and self.language == "fr":
                after_mark = len(text) - len(text[cs + 1:].lstrip(" \u00a0\u202f"))
                if after_mark < ce and text[after_mark].isupper():
                    cs = after_mark  # "« … » L'Anssi a été saisie, a-t-il ajouté": a sentence after the quotation
                else:
                    ce = cs  # "« … », a déclaré le ministre, rapporte la MAP": the quotation's attribution, relayed
            resumed = self._resumed_after_incise(m, e)  # ("Le ministre, a-t-il précisé, pourra …": a short head)
            if ce - cs > 0 and (word_count(text[cs:ce]) >= 4 or resumed and self.language == "fr") and comp is None and short_tail and (
                pronoun or self.language != "en" or self._noun_phrase_follows(m.end(), e)
            ) and not self._french_subject_only(cs, ce) \
                    and not (self.language == "fr" and not pronoun and _NO_SUBJECT_AFTER_FR.match(text, m.end())):
                mention = Mention(m.group(), pronoun=True) if pronoun else mention_after(text, m.end(), e, self.lex)[0]
                if self.language == "fr" and not pronoun and subject_then_object(text, cs, ce, mention, self.lex):
                    mention = None  # "Le directeur, Paul Roux, a regretté la suppression de deux classes"
                if self.language == "fr" and not pronoun and mention is not None and m.group("aux") is None \
                        and verb.endswith("ent") and _SINGULAR_NOUN_PHRASE_FR.match(mention.text):
                    mention = None  # "les marges, et non la fiscalité, expliquaient l'essentiel de l'écart": a plural verb, its object
                if mention is not None and (pronoun or not _PREPOSITION_FIRST.match(text, m.end())):
                    spans = [(cs, ce)] + resumed
                    kind = "mixed" if any(a <= q.open < b for q in quotes for a, b in spans) else "indirect"
                    return Draft(kind, spans, cue_text, mention, m.start(), paragraph=paragraph)
        # "…, a report released last year by X found.", "…, study finds": a document's finding, the
        # verb closing the sentence.
        finding_last = self.language == "en" and verb.lower() in FINDING_VERBS and (
            not tail_words or _TIME_ADJUNCT.fullmatch(tail_words.rstrip(" ,")) is not None)  # "…, official data showed on Wednesday."
        if self.language == "en" and not participle and (
            not is_weak(verb, self.pats) or finding_last or _DOCUMENT_AFTER_COMMA.search(before) is not None
        ):  # (a weak verb too after a document: "…, a report released last year by X found.")
            # "…, X said." — the subject sits between the comma and the verb.
            comma = before.rfind(",")
            extended_subject = comma == len(before) - 1 and (
                subject_apposition := _SUBJECT_IN_APPOSITION.search(before)) is not None
            if extended_subject:
                comma = subject_apposition.start()  # "…, the agency's manager, Tom Ellery, said."
            elif comma != -1 and (listed := _BODY_WITH_LISTED_PORTFOLIOS.search(before)) is not None:
                comma = listed.start()  # "…, the Ministry of Culture, Tourism and Antiquities said."
                extended_subject = True
            elif comma != -1 and _STATE_NAME.fullmatch(before, comma + 1) and _IN_PLACE_CLOSING.search(before, 0, comma):
                comma = before.rfind(",", 0, comma)  # "…, the Winnebago County Sheriff's Office in Oshkosh, Wisconsin said."
                extended_subject = True
            clause_follows = bool(tail_words) and clause_can_start_en(text, m.end()) and EN_FINITE.search(tail_words)
            if clause_follows and verb.lower() in _TELLING and (told := EN_AUDIENCE.match(tail_words + " ")) is not None \
                    and (told.end() > len(tail_words) or "," in told.group() and _EN_PARTICIPLE_FIRST.match(tail_words, told.end())):
                # "…, a senior official told Reuters." / "… told Reuters, adding that …": only the audience follows
                clause_follows = False
            elif clause_follows and verb.lower() in _TELLING and (told := EN_AUDIENCE.match(tail_words + " ")) is not None \
                    and _ADJUNCT_OPENING.match(tail_words, told.end()) \
                    and not EN_FINITE.search(_CAPITALISED_WORD.sub(" ", tail_words[told.end():])):
                clause_follows = False  # "…, Jane Orr told Reuters by phone.", "… told reporters in Lagos."
            elif clause_follows and verb.lower() in _TELLING and (told := EN_AUDIENCE.match(tail_words + " ")) is not None \
                    and tail_words[:told.end()].rstrip().endswith(",") and _CIRCUMSTANCE_AFTER_ADJUNCT.match(tail_words, told.end()):
                clause_follows = False  # "…, its vice-chancellor told staff on Tuesday, as borders stay closed.": the circumstance
            if clause_follows and (adjunct := EN_ADJUNCT.match(tail_words + " ")) is not None and (
                    adjunct.end() > len(tail_words) or _STATEMENT_MEDIUM_TAIL.fullmatch(tail_words, adjunct.end())):
                clause_follows = False  # "…, nurses said this week.", "…, the company said Wednesday in a news release.": no clause
            if clause_follows and (adjunct := EN_ADJUNCT.match(tail_words + " ")) is not None \
                    and tail_words[:adjunct.end()].rstrip().endswith(",") and _CIRCUMSTANCE_AFTER_ADJUNCT.match(tail_words, adjunct.end()):
                clause_follows = False  # "…, the director said Thursday, as prices fell.": the sentence's circumstance
            if clause_follows and _STATEMENT_ADJUNCT.match(tail_words):
                clause_follows = False  # "…, the Corps said in a letter to the city made public Wednesday."
            if clause_follows and _NARRATOR_APPOSITION_AFTER_ADJUNCT.match(tail_words):
                clause_follows = False  # "…, an official said Thursday, a setback for an industry struggling …"
            adjunct_words = word_count(_PARENTHESES.sub(" ", tail_words.split(",", 1)[0]))  # "said on Tuesday, raising the prospect …"
            if _STATEMENT_ADJUNCT.match(tail_words) or (not clause_follows and _PLACES_AND_OCCASIONS.fullmatch(tail_words)
                                                        and " that " not in tail_words and not EN_FINITE.search(_CAPITALISED_WORD.sub(" ", tail_words))):
                # "…, EWA said in a statement carried by the Bahrain News Agency.", "…, X said during the board's meeting at
                # the Reynolds Alumni Center."
                adjunct_words = min(adjunct_words, 8)
            subject_words = word_count(_PARENTHESES.sub(" ", before[comma:]))  # "the Department of … (EPA Vic)"
            subject = before[comma + 1:]
            if comma != -1 and 0 < subject_words and (
                    subject_words <= 6 or extended_subject
                    or subject_words <= 12 and (UNNAMED_SOURCES.match(subject.lstrip())
                                                or _LONG_PROPER_NAME.fullmatch(_PARENTHESES.sub(" ", subject))
                                                or _UNIT_OF_NAMED_BODY.fullmatch(_PARENTHESES.sub(" ", subject))
                                                or _HEAD_THEN_SHORT_RELATIVE.fullmatch(subject))
                    or finding_last and subject_words <= 14 and _DOCUMENT_HEAD.match(before, comma + 1)
                    or subject_words <= 16 and _DOCUMENT_AFTER_COMMA.match(before, comma)
                    or subject_words <= 10 and self._role_then_full_name(subject)
                    # "…, the state port company Empresa Portuaria Valparaíso said.": a body's kind, then its name
                    or subject_words <= 10 and (kind := _KIND_THEN_BODY_NAME.fullmatch(subject)) is not None
                    and kind.group("noun") in self.lex.organisation_nouns_lower) \
                    and adjunct_words <= 8 and not clause_follows \
                    and not text.startswith(":", m.end()) \
                    and EN_SUBORDINATOR_OPENING.match(before, comma + 1) is None \
                    and _COMMENT_APPOSITION.match(before, comma) is None \
                    and not (_NOUN_OBJECT_AFTER.match(tail_words) and _COORDINATOR_OPENING.match(before, comma + 1)):
                # (not "…, while Trump noted his strength": a clause of its own, not an inverted subject, nor "…, and
                # a second deputy later reported the incident": a clause joined on, its verb with its own object; nor
                # "Speaking to Radio Borders, he said:": the statement follows the colon)
                np = before[comma + 1:]
                if extended_subject:
                    np = _RELATIVE_APPOSITION.sub("", np)  # "a spokesperson, who asked not to be named,"
                mention = parse_mention(np, self.lex)
                if finding_last and (author := _DOCUMENT_AUTHOR.search(np)) is not None:
                    mention = parse_mention(author.group("np"), self.lex) or mention  # a document speaks as its author
                prior = max([d.end for d in drafts if d.end <= m.start()] + [s])
                cs, ce = trim(text, prior, s + comma)
                if mention is not None and ce > cs and word_count(text[cs:ce]) >= 4 and not COMPLEMENTISER_NEXT.match(text, m.end()) \
                        and not _DAY_THEN_THAT.match(text, m.end()) \
                        and _SOURCE_PHRASE_ONLY.fullmatch(text, cs, ce) is None \
                        and _SOURCE_PHRASE_ONLY.match(np.lstrip()) is None:  # (nor "according to its statements disclosed on …")
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
        if self.language == "en" and _WHO_BEFORE.search(text, max(s, m.start() - 12), m.start()) \
                and (main_verb := next((v for v in _MAIN_VERB_AFTER_COMMA.finditer(text, start, end)
                                        if not _PARTICIPLE_APPOSITION.match(text, v.start())
                                        and not _PARTICIPLE_APPOSITION.search(text, start, v.start() + 1)), None)) is not None:
            # (but "…, which said that the fees, introduced on October 28 by the operator, had added …": the
            # statement's own subject, a participle in apposition, then its verb)
            end = main_verb.start()  # "Lopez, who said the plan was dead, resigned.": the main clause resumes
        if self.language == "en" and _OPENING_SUBORDINATOR.match(text, s) and "," not in text[s:m.start()] \
                and (comma := text.find(",", start, end)) != -1:
            end = comma  # "When Mfume announced his resignation in 1995, Cummings joined …": the main clause is not said
        start, end = trim(text, start, end)
        # French "a affirmé que l'offensive continuerait": after que, a subject and a verb are a statement.
        shortest = 2 if has_complementiser and self.language == "fr" else 3
        if end - start <= 0 or word_count(text[start:end]) < shortest:
            return None
        if any(c.start() == start and c.verb.lower() in _PLAIN_SAYING for c in self._sentence_cues):
            return None  # "X, who testified at the inquiry, said the fire …": the next verb reports, the first has no clause
        if self.language == "en" and (
            _ELLIPTIC_END.search(text, max(start, end - 16), end) is not None
            and ((subordinate := _SUBORDINATE_ELLIPSIS.search(text, max(start, end - 60), end)) is None
                 or not EN_FINITE.search(text, start, subordinate.start()))
            or (not has_complementiser and not EN_FINITE.search(text, start, end))
            or (not has_complementiser and takes_noun_object_en(verb) and not sure_clause_en(text, start, end))
            # "I wrote this story for you": what was written, no statement
            or (not has_complementiser and verb.lower().startswith(("writ", "wrote")) and not sure_clause_en(text, start, end))
            # "X declared a state of emergency …, officials said.": the whole clause is the officials' claim
            or (not has_complementiser and takes_noun_object_en(verb) and _TRAILING_SAID.fullmatch(text, end, e))
            or (not has_complementiser and is_weak(verb, self.pats) and not main_clause_en(text, start, end)
                and not (verb.lower() in ("show", "shows", "showed") and sure_clause_en(text, start, end)
                         and _AUTHOR_NAMED_BEFORE.search(text, s, m.start()) is not None))  # ("Figures from X show …")
        ):
            return None  # "where records predicted it would be", "revealed a mass at a depth", "announced new limits on …": no statement
        if _WISH_OPENING.match(text, start):
            return None  # "said he hoped the authority would …": a wish, no statement
        if self._reports_a_speaker(m, start, end):
            return None  # "Reuters reported a senior official said …": the official is the speaker
        if pronoun:
            mention = Mention(m.group(), pronoun=True)
        elif participle and m.group("aux") is None and self.language == "en" and _NOUN_RIGHT_BEFORE.search(text, max(s, m.start() - 20), m.start()) \
                and not COMPLEMENTISER_NEXT.match(text, m.end()):
            return None  # "over a series of reports alleging the misuse of funds": what the reports say, a noun phrase
        elif participle and m.group("aux") is None and (absolute := _WITH_SUBJECT.search(text, max(s, m.start() - 60), m.start())):
            # "…, with officials saying …": the participle has its own subject.
            mention = parse_mention(absolute.group("np"), self.lex)
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
            elif self.language == "en" and (quoted := _QUOTED_AS.search(text, max(s, m.start() - 100), m.start())):
                mention = parse_mention(quoted.group("np"), self.lex) or mention
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
            if self.language == "en" and mention is not None and _DOCUMENT_HEAD.match(mention.text) \
                    and (author := _DOCUMENT_AUTHOR.search(mention.text)) is not None:
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
