"""Who speaks: the noun phrase around a reporting verb (its subject; the words after an inverted
verb are `inverted_subjects`), parsed into a `Mention`."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import ANONYMITY_CLAUSE
from claims.extract.clause_starts import has_clear_verb_en
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.institution_names import complement_conjunct, quoted_body_name
from claims.extract.name_contexts import FAMILY_FIRM_CLOSINGS
from claims.extract.one_of_them_fr import SHARE_OF_THEM
from claims.extract.organisations import stands_for
from claims.extract.subject_appositions import name_given
from claims.extract.group_phrases_en import GROUP_OF_PLACES, PEOPLE_BY_KIND, group_from_institution, is_agent_noun
from claims.extract.speakers import FEDERAL_DEPARTMENT_FR, Lexicon, Mention, fold, names_in
from claims.extract.speaker_phrases import clean_phrase
from claims.extract.subject_only_fr import gathered_or_restricted_subject_fr, opening_subject_fr, relative_antecedent_fr
from claims.extract.mention_names import BETWEEN_THEN_AND_BEFORE_FR, SECOND_COMPLEMENT_BEFORE_FR
from claims.extract.speaker_mentions import NAME_WITH_LISTED_PORTFOLIOS, parse_mention
from claims.extract.coordinated_subjects_en import joined_relative_subjects, subject_of_first_verb
from claims.extract.opening_subjects_en import ROLE_SUBJECT_BEFORE_VERB, english_opening_subject
from claims.extract.triggers import fold_case
from claims.extract.subject_segments import cited_source, subject_of_segments
from claims.extract.subject_region_edges import without_trailing_auxiliaries
from claims.extract.inverted_subjects import without_audience
from claims.extract.first_named import (
    LEADING_ADJUNCT, OPENING_PREPOSITIONS_EN, WITH_FORMER_OR_LATTER, first_named, former_or_latter, group_up_to_verb,
)
from claims.extract.described_subjects_en import (
    body_described_by_its_work, count_words, described_before_anonymity, described_with_relative,
)


# English: the document a statement was made in, fronted and described by a participle ("In his findings, handed down
# at the Coroners Court of Victoria, ").
_FRONTED_DOCUMENT_DESCRIBED_EN = re.compile(
    r"\s*(?:In|At)\s+(?:his|her|its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:findings|ruling|judgment|judgement|report|decision|"
    r"statement|remarks|submission|letter),\s+[a-z]+(?:ed|en|wn)\s+(?:down\s+|out\s+|up\s+)?(?:by|at|in|on|to|from)\s[^,]{1,100},\s*")
# A time adjunct opening a sentence without a comma before the subject.
_LEADING_TIME = re.compile(
    r"(?:The\s+(?:next|following|previous)\s+(?:day|week|month|morning|afternoon|evening|night)|"
    r"That\s+(?:day|week|morning|afternoon|evening|night)|Later\s+that\s+\w+|Last\s+(?:week|month|year|night)|"
    r"(?:(?:Earlier|Later)\s+(?:on\s+)?|On\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:Earlier|Later)\s+(?:that|this|in\s+the)\s+(?:day|week|month|morning|afternoon|evening)"
    # ("In July 2018 the Court of Appeal ruled", "On March 3 the board said")
    r"|(?:In|On|By|Since|During)\s+(?:(?:early|late|mid)[ -])?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    # ("At 5:15 p.m. on Wednesday NRW tweeted", "Shortly after midnight police said")
    r"|(?:At|By|Around|Shortly\s+(?:before|after))\s+(?:about\s+|around\s+)?(?:noon|midnight|\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:a\.m\.|p\.m\.|am|pm))?)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)"
    r"(?:\s+(?:morning|afternoon|evening|night)(?=\s+[a-z]))?"
    r"(?:\s+(?:on|in|via)\s+(?:Twitter|Facebook|Instagram|television|TV|radio))?"
    # "On Thursday officials reported …": a lower-case subject too, not a coordination
    r"\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?!(?:and|or|to|that|as)\b)[a-z]{3,}\b)")
# French: a complement's second member, of the first one's kind ("des mairies de Lyon et Vienne", "de la mairie des 11e
# et 12e arrondissements"): no subject of its own.
_SECOND_COMPLEMENT_FR = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|\d+(?:e|er|re|ème)(?:\s+[a-zà-ÿ]+)?)")
# French: a body's noun, then a name holding "et" ("l'association Causses et Cévennes vivantes").
_BODY_NAMED_X_AND_Y_FR = re.compile(
    r"\b(?:association|collectif|comité|fédération|syndicat|coopérative|société|entreprise|groupe|fondation|mouvement|ONG|organisation)"
    # ("L'organisation non gouvernementale Terre et Avenir Togo": the body's kind in words)
    r"(?-i:(?:\s+(?:non\s+)?[a-zà-ÿ]{4,}){0,2})"
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*\s+et\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]", re.IGNORECASE)
_NAME_AND_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_POSSESSIVE_FOLLOWERS = re.compile(r"(?:his|her|their)\s+[a-z]+s")
# English: two modifiers of one plural noun opening the sentence ("Tour and dive operators in Palau").
_SENTENCE_FIRST_MODIFIER = re.compile(r"\s*[A-Z][a-z]+\s+and\s+")
_LOWER_CASE_PLURAL_HEAD = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]+[^s\W]s(?:\s+(?:in|at|from|on|across)\s|\s*$)")
_SHARED_HEAD_MODIFIER = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z-]+\s+")
_NAME_ONLY = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*){0,3}\s*")

_ONE_OF_THEM = re.compile(r"\b[Oo]ne\s+of\s+(?:them|those)\s*$")  # one speaker of the group, not the group
# (English ", where …", ", when …": a relative clause of place or time has its own subject, "…, where branch
# secretary Kylie Baird said")
# (", while Marian Fitzgerald, a primary school teacher in Ennis, said": a clause of its own opens after "while")
_CLAUSE_BREAK = re.compile(r"[;:]\s|\s[–—-]\s|,\s+(?:where|when|while|whereas)\s+(?=[A-Z]|the\s|[a-z]+s\s+(?:said|say|told)\b|[a-z]+s\s*$)")
_CLOSED_RELATIVE_EN = re.compile(r"\s(?:has|have|had|is|are|was|were)\s+[a-z]+[^,;:]*,\s*$")
# ("In Johannesburg, where the temperature dropped to 1 °C, a spokesperson … said": the relative closed, the subject after it)
_CLOSED_RELATIVE_THEN_SUBJECT_EN = re.compile(r"[^,;:]*\s[a-z]{3,}ed\s[^,;:]*,\s*(?:an?|the|An?|The)\s[^,;:]*$")
# "According to Reuters, traders in London said …": the source relays, the clause's subject speaks.
SOURCE_PHRASE = r"(?:[Aa]ccording\s+to|[Ss]elon|[Dd]['’]après)\s+[^,;:«»\"“]{1,80}"
_SOURCE_OPENING = re.compile(SOURCE_PHRASE + r",\s*")
# French: "ce que" before a subject that is a definite noun phrase or a name ("…, ce que la fédération juge").
_WHAT_THEN_SUBJECT_FR = re.compile(r"(?<![\w'’-])ce\s+(?:que\s+|qu['’])(?=(?:le|la|les)\s|l['’]\w|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\w)")
# French: a noun phrase and "que" before a subject that is a definite role or a name ("Une proposition
# que la maire dit …", "Un projet que Paul Roux juge …"), not "plus que", "ainsi que".
_OBJECT_RELATIVE = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-zà-ÿ][^,;:«»\"“”]{2,60}?(?<!\bplus)(?<!\bmoins)(?<!\bainsi)(?<!\btant)(?<!\bautant)(?<!\bbien)"
    r"\s+(?:que\s+|qu['’])(?=(?:le|la|les)\s|l['’]\w|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\w)")
# English: a clause, then ", and" or ", but" opening another with a lower-case subject (the last such).
_CLAUSE_THEN_AND_EN = re.compile(r",\s+(?:and|but)\s+(?=[a-z])(?!(?:who|whom|whose|which|that|then|also|later|now)\b)(?!.*,\s+(?:and|but)\s)", re.DOTALL)
# English: an opening adjunct of time, then "it" ("On Wednesday it", "Later it").
_TIME_THEN_IT_EN = re.compile(r"\s*(?:(?:On|Last|By|Early|Late)\s+[^,.;:\"“”]{2,30}?|Later|Earlier)\s*,?\s+it\s*")
# English: an adjunct with no comma, then a personal pronoun, the subject ("In a post on Facebook he thanked …").
_ADJUNCT_THEN_PRONOUN_EN = re.compile(
    rf"\s*(?:{OPENING_PREPOSITIONS_EN}|Later|Earlier)\s[^,.;:\"“”]{{0,80}}?,?\s(he|she|they|we)\s")
_PUBLISHER_THEN_WHICH_EN = re.compile(
    r"\s*(?P<np>[A-Z][^,.;:]{2,80}?)\s+(?:(?:on|last)\s+[A-Z]?[a-z]+\s+)?(?:published|released|issued|presented)\s+(?:a|an|its|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:report|study|review|assessment|audit|survey|analysis)\b[^.;:]*,\s*which\s*$")
_BARE_SAY_NEXT = re.compile(r"\s*say\b")
# English: a plural subject opening a headline, then its verb ("Dublin councillors reject …", "Farmers block …").
_PLURAL_OPENING_SUBJECT_EN = re.compile(r"\s*(?P<np>(?:[A-Z][\w'’-]*\s+){0,2}[A-Za-z][a-z-]*[^su\W]s)\s+[a-z]")
# English: a hospital or clinic named, then "where" and its staff as the subject ("…, where doctors said").
_CARE_PLACE_WHERE_STAFF = re.compile(r"\b(?P<place>the\s+(?:(?:[A-Z][\w'’-]*|and|of|for)\s+){1,8}(?:Hospital|Clinic|Infirmary|Medical\s+Cent(?:re|er)))"
                                     r"\s*,\s+where\s+(?P<staff>doctors|nurses|surgeons|medics|staff|officials)\s*$")
_COORDINATION_END = re.compile(r"\b(?:and|et|but|mais)\s*$", re.IGNORECASE)
_LAST_CONJUNCT = re.compile(r"\b(?:and|et|but|mais)\s+(?P<np>[^,]+?)\s*$", re.IGNORECASE)
# Initials in brackets closing the region ("… pour la santé et la terre (AMST)"), and an article opening a name.
_INITIALS_CLOSING = re.compile(r"\(([A-ZÀ-ÖØ-Þ][\w&-]{1,9})\)\s*$")
_ARTICLE_OPENING = re.compile(r"\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?", re.IGNORECASE)
# English: a relative pronoun and its verb right before "and" ("Women who smoke and dry fish"): the relative clause's verbs.
_RELATIVE_VERB_BEFORE_AND = re.compile(r"\b(?:who|that|which)\s+[a-z]+\s+$")
_RELATIVE_END = re.compile(r"(?:,?\s+(?:qui|who|which|that|Qui|Who|Which|That))\s*$")  # (not "the WHO")
_RELATIVE_WORDS = ("qui", "who", "which", "that")
# English: an object relative clause and its subject right before the verb ("figures that doctors say …").
_EN_RELATIVE_SUBJECT = re.compile(r"(?<=[a-z] )that\s+(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*$")
# A verb, then its object closing the region: "contacted the ministry", "met Ana Lopez"; a source phrase
# ("according to the parliament’s media office, which said …").
_OBJECT_BEFORE_RELATIVE = re.compile(
    # ("quoted two provincial health officers who said": a count for determiner; "She chairs the X Association,
    # which says": the body someone leads)
    r"\b(?:[a-z]{2,}ed|met|told|wrote|sent|saw|interviewed|[Aa]ccording\s+to|chairs|heads|leads|runs|manages|directs)\s+(?P<np>(?:(?:the|a|an|two|three|four|five|six|seven"
    r"|eight|nine|ten|several|\d+)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,3})\s*$")
# English: a person's name and its indefinite description, closing the region before "who".
_NAME_THEN_DESCRIPTION_CLOSING = re.compile(
    r"(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){1,3},\s+(?:a|an)\s+[a-z][^,;:\"“”]{1,50}?),?\s*$")
# A body's name after "from", "by" or "with" closing the region, maybe with its short form and what it is ("the
# Prairie Broadcasting Trust, a Winnipeg foundation, which said").
_BODY_AFTER_PREPOSITION = re.compile(
    r"\b(?:from|by|with|to|against)\s+(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*(?:\s+\d{1,5})?"
    r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*){0,8})"
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,9}\))?(?:,\s+(?:a|an)\s+(?:[A-Z][\w'’-]*\s+)?[a-z][a-z-]*)?,?\s*$")
# French: what closes a family firm's name after "et" ("Roussot et Fils").
_FAMILY_FIRM_CLOSING_FR = re.compile(FAMILY_FIRM_CLOSINGS)
# French: a definite noun phrase, the subject of a clause after ", et" ("le syndicat des restaurateurs du bassin").
_DEFINITE_NOUN_PHRASE_FR = re.compile(r"\s*(?:le|la|les|l['’])\s*[a-zà-ÿ]")
# English: a source, then the relative pronoun closing the region ("…, according to postal workers at the X delivery
# office, who").
_SOURCE_BEFORE_RELATIVE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<np>[^,;:()]{3,80}?),?\s+(?:who|which)\s*$")
# A plural group after "to" or "for" closing the region: "a win to property owners".
_GROUP_AFTER_PREPOSITION = re.compile(r"\b(?:to|for)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z]{3,}(?<!s)s)\s*$")
# French: "Par la voix de son avocate, Me X, la société a fait valoir": the voice, then the subject.
_FRONTED_VOICE_FR = re.compile(r"\s*Par\s+la\s+voix\s+d(?:e|u|['’])[^,]{1,80},(?:\s*(?:Me|Maître|M\.|Mme)\s[^,]{1,60},)?")


# French: "Celle qui …", "Celui qui …" as a subject: the person just named (speaker_french).
_WHO_OPENING = re.compile(r"\s*(?P<who>(?:Celle|Celui|celle|celui)\s+qui)\s+[^,;:«»]{3,120}\s*$")


_TRAILING_YEAR_FR = re.compile(r"\s+en\s+\d{4}\s*$")
# A word or two quoted inside the subject's apposition: "Ikaika Pua, one of the three "no" votes, called".
_QUOTED_WORD_INSIDE = re.compile(r"[a-z]\s+[«“\"]\s*[a-z][\w'’-]*(?:\s+[\w'’-]+)?\s*[»”\"]$")  # (not a nickname)
# A label quoted inside the subject's apposition: "X, a group that campaigns against what it calls "wedding barn creep", said".
# ("…, who has lived in the overflow area known as "the olive grove", said")
_LABEL_INSIDE = re.compile(r"(?:(?<=\bcal)l|(?<=\bcall)s|\bknown\s+as|\bdubbed|\bnicknamed)\s+(?:(?:an?|the)\s+)?[«“\"]\s*[a-z][^«»“”\"]{0,60}[»”\"]$")
_TITLE_APPOSITION = re.compile(r",\s*(?:(?:en)?titled|called|intitulée?s?)\s+(?:[«“\"][^«»“”\"]{1,120}[»”\"]|['‘][^'‘’]{1,120}['’])\s*,?\s*$")
# A title in quotation marks between commas, capitalised and with no full stop (a work's, not a statement).
_BARE_TITLE_APPOSITION = re.compile(r",\s*[«“\"]\s*[A-Z][^«»“”\".!?]{1,100}[»”\"]\s*,\s*$")
# A work's title after its author's role, and what the work is: "author of "Leaving the Rock", a history of resettlement".
_WORK_OF_AUTHOR = re.compile(r"\b(?:author|co-author|writer|director|editor|producer)\s+of\s+(?P<title>[«“\"][^«»“”\"]{1,80}[»”\"])"
                             r"(?:,\s+(?:a|an)\s+[^,«»“”\"]{1,60}(?=,))?")
_QUOTE_MARKS = re.compile(r"[«»“”\"]")
_TITLE_IN_RELATIVE = re.compile(r",\s+(?:dont|qui|which|whose)\s[^,«»“”\"]{1,60}(?P<title>[«“]\s*[^«»“”\"]{1,40}\s*[»”])[^,«»“”\"]{0,60},\s*$")
_PHRASE_GOES_ON = re.compile(r"\s*(?:at|in|on|to|for|with|from|by|of|and)\s")
# English: a subordinate clause's subject right before its verb, no comma ("… as No 10 insists").
_EN_SUBORDINATE_SUBJECT = re.compile(
    r"(?<!such)(?<!well)\s(?:as|while|because|whereas|where|although|though|after|before|until|once)\s+"
    # (or a body's capitalised name of up to eight words: "after the Bauchi State Ministry of Health complained")
    r"(?P<np>(?:[\w'’.()-]+\s+){0,4}[\w'’.()-]+\s*|(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for)){1,7}\s*)$")
# English: an outlet that saw a document, joined to its author and closing the subject (" and seen by Wikinews").
_SEEN_BY_OUTLET_CLOSING = re.compile(r",?\s+and\s+(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,?\s*$")
# English: someone described and where they come from, between commas ("Another student, from Kiribati,").
_DESCRIBED_THEN_ORIGIN_EN = re.compile(r"\s*(?P<np>(?:A|An|One|Another)\s+(?P<role>[a-z]+(?:[ -][a-z]+){0,2}),\s+from\s+"
                                      r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})),\s*")
# English: a body, its relative clause, then the verb ("The association, which says it …, said"): the
# body (not "Kimberly-Clark, which makes Kleenex, and Solaris Paper …, emphasized": two subjects).
_BEFORE_WHICH = re.compile(r"(?:^|,)(?P<np>[^,;:\"“”]{2,120}),\s+which\s*$")
_BODY_CLOSING_ROLE = re.compile(r"\bof\s+(?:the\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’&.-]*){1,7})\s*$")
_HEAD_BEFORE_RELATIVE = re.compile(r"\s*(?P<np>[^,;:\"“”]{2,80}?),\s+which\s(?:(?!,\s+and\s)[^;:\"“”]|\"[^\"]{1,60}\"|“[^”]{1,60}”)*,\s*$")
# English: a subject noun phrase and its relative clause, no comma ("A pilot who did not want to be
# named because he feared … told", "One parent whose two children sail with the trust told"): the head
# before "who".
# English: a subject, its verb in the present and what it did, then a comma before "says" (a headline's "X cuts
# rates, says …").
_SUBJECT_ACTED_THEN_SAYS = re.compile(
    r"\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s+(?:[a-z]{3,}ly\s+)?"
    r"(?!(?:is|was|has|does|says)\b)"
    # (or a plural's verb: "Senegalese fishermen protest foreign trawler licences, say …")
    r"(?:to\s+[a-z]{3,}|[a-z]{3,}(?:s|ed)|(?:(?<=[a-hj-rtv-z]s\s)|(?<=men\s)|(?<=ple\s))(?!(?:are|were|have|say)\b)[a-z]{4,})"
    r"(?:\s+[^,;:\"“”]{2,80})?,\s*")  # ("… runner provisionally suspended over missed tests, says")
# English: a personal pronoun opening the sentence as its subject, then its verb.
_PRONOUN_OPENING_EN = re.compile(r"\s*(He|She|They|It|We)\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|d|s)\b")


_HEAD_BEFORE_WHO = re.compile(r"\s*(?P<np>(?:A|An|One|The|Another)\s+[^,;:\"“”]{1,50}?)\s+who(?:se)?\s[^,;:\"“”]+$")
# English: an adjunct opening the sentence before its subject ("During public comment, a woman whose son …").
_OPENING_ADJUNCT_EN = re.compile(r"\s*(?:During|At|In|On|After|Before|Outside|Inside)\s[^,;:\"“”]{2,50},\s*")
_HEAD_BEFORE_WHO_AFTER_ADJUNCT = re.compile(r"\s*(?P<np>(?:a|an|one|another)\s+[^,;:\"“”]{1,50}?)\s+who(?:se)?\s[^,;:\"“”]+$")
# English: "what" and the subject of its own clause, right before the verb ("found what the commission described as").
_WHAT_THEN_SUBJECT_EN = re.compile(r"\bwhat\s+(?P<np>(?:the|its|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}"
                                   r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s*$")
# French: a plural group of people in a complement, then the relative pronoun ("de pêcheurs artisanaux, qui affirment").
_PEOPLE_NOUN_ENDING_FR = re.compile(r"(?:eurs|iers|ants|istes|iens|ains|aires)$")  # "pêcheurs", "riverains", "étudiants"
_GROUP_THEN_QUI_FR = re.compile(r"\b(?:de|d['’])\s*(?P<np>(?P<noun>[a-zà-ÿ-]{3,}s)(?:\s+[a-zà-ÿ-]{3,}[sx])?)\s*,\s*qui\s*$")
# French: a body's staff by their trade, then the relative pronoun ("du personnel soignant, qui dénonçait").
_STAFF_THEN_QUI_FR = re.compile(r"\b(?:du|le)\s+(?P<np>personnel\s+(?:soignant|hospitalier|enseignant|navigant|médical|infirmier|"
                                r"pénitentiaire|administratif))\s*,\s*qui\s*$")  # (not "délégué du personnel, qui": his role)
# French: a passive's agent, then the relative pronoun the reporting verb follows ("lancée par la Synergie …, qui affirme").
_AGENT_THEN_QUI_FR = re.compile(r"\bpar\s+(?P<np>(?:la|le|les|l['’])\s*[^,;:.()]{3,90}?)(?:\s*\([^()]{2,12}\))?\s*,\s*qui\s*$")
# English: an indefinite description, then its relative clause between commas ("One woman, who had
# travelled from Molo with her son, said").
_HEAD_THEN_WHO_BETWEEN_COMMAS = re.compile(r"\s*(?P<np>(?:A|An|One|Another)\s+[^,;:\"“”]{1,40}?),\s+who\s[^,;:\"“”]+,\s*$")
# English: a participle phrase opening the sentence ("Reading the verdict, presiding judge X said").
_FRONTED_GERUND = re.compile(r"[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|its|to|at|on|in|from|with|after|before)\s[^,;:\"“”]{1,60},\s*(?=\S)")


_WH_WORDS = frozenset(("what", "which", "who", "whom", "whose", "that", "how", "where", "when", "why"))
_ENGLISH_QUANTIFIERS = frozenset(("several", "some", "many", "most", "others", "all", "both", "few", "each", "one", "two", "three"))
# English lower-case words only ("sealing division", "school boards").
_BARE_LOWER_CASE_NOUNS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")
# One to three words closing on a plural, nothing else, maybe after a count: "Counties", "Local farmers", "More than
# 150 family lawyers".
_PLURAL_NOUNS_ONLY = re.compile(r"\s*(?P<count>(?:(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Oo]ver|(?:[Mm]ore|[Ff]ewer)\s+than"
                                r"|[Uu]p\s+to|[Aa]t\s+least)\s+)?\d[\d,]*\s+)?(?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]+s\s*")
# French quantifiers that open a subject of their own without a determiner ("et plusieurs élus").
_FRENCH_QUANTIFIERS = frozenset(("plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses", "tous", "toutes",
                                  "chacun", "chacune", "aucun", "aucune", "beaucoup", "autres", "ceux", "celles", "celui", "celle"))


def _bare_noun_conjunct(phrase: str, lex: Lexicon) -> bool:
    """French: whether PHRASE, after "et", opens with a bare lower-case noun ("et transitaires de Côte
    d'Ivoire"): a French subject of its own takes a determiner, so the noun shares the one before it."""
    words = phrase.split()
    first = words[0] if words else ""
    # ("et chercheurs-enseignants": a compound noun too; "des terres et autres biens": "autres" with a noun, no determiner)
    return first[:1].islower() and first.replace("-", "").isalpha() and first not in lex.function_words and fold(first) not in lex.pronouns \
        and fold(first) not in lex.bare_determiners and (first not in _FRENCH_QUANTIFIERS
                                                         or first == "autres" and len(words) >= 2 and words[1][:1].islower())


# The name someone gave, closing the subject: "un étudiant qui s'est présenté sous le nom de Wang a déclaré", "a student
# who gave his name as Li said".
_GIVEN_NAME_CLOSING = re.compile(
    r"(?:qui[ \u00a0]+s['’]est[ \u00a0]+présentée?[ \u00a0]+sous[ \u00a0]+le[ \u00a0]+(?:nom|prénom)[ \u00a0]+(?:de[ \u00a0]+|d['’])"
    r"|who[ \u00a0]+gave[ \u00a0]+(?:only[ \u00a0]+)?(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+)?name[ \u00a0]+as[ \u00a0]+)"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?)[ \u00a0]*,?[ \u00a0]*$")


# English: "one" and a person's noun, which a later bare "Another said" counts on ("One worker, who …, told").
_ONE_PERSON_EN = re.compile(r"\b[Oo]ne\s+(?P<noun>[a-z]+)(?=,|\s+(?:said|says|told|who|added)\b)")
# English: a person's noun after a preposition, then "who" right before the verb ("… for Michigan man who says").
_PERSON_BEFORE_WHO_EN = re.compile(r"\b(?:for|to|of|on|with|from|against|by|about)\s+(?P<np>(?:(?:an?|the)\s+)?"
                                   r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+))\s+who\s+$")
# English: a group, then the share of it a relative clause speaks for ("The residents, most of whom say …").
_SHARE_OF_WHOM_EN = re.compile(r"(?:^|(?<=[.;:] ))(?P<np>[^,.;:]{3,80}),\s+(?:most|many|some|all|several|few|half|each)\s+of\s+whom\s+$")
# English: the subject of a relative clause about its object ("Caio Menezes, whom prosecutors described as …").
_SUBJECT_AFTER_WHOM_EN = re.compile(r",\s+whom\s+(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+$")


def find_subject(text: str, start: int, end: int, lex: Lexicon, sentence_start: int | None = None) -> Mention | None:
    """The clause subject right before a reporting verb, with its apposition."""
    region = text[start:end]
    if "; " in region:  # a headline's "Mendoza council approves rise in rates; opposition says …": the clause after it
        start += region.rindex("; ") + 2
        region = text[start:end]
    if lex.adjectival_names and region.strip() == "Another" \
            and (ones := list(_ONE_PERSON_EN.finditer(text, text.rfind("\n", 0, max(0, start - 1)) + 1, start))):
        phrase = f"another {ones[-1].group('noun')}"
        return Mention(phrase, role=phrase)  # "One worker … told Wikinews …. Another said": another worker
    if not lex.adjectival_names and region.lstrip()[:2] in ("à ", "au") and (told := without_audience(region)) != region:
        region = told  # "a déclaré à l'agence Belga une porte-parole du SPF Intérieur, qui a rappelé": whom it was told is no subject
    if lex.adjectival_names and region.endswith(" who ") and (antecedent := _PERSON_BEFORE_WHO_EN.search(region)) is not None \
            and (antecedent.group("noun") in PEOPLE_BY_KIND or antecedent.group("noun") in lex.roles
                 or antecedent.group("noun").endswith("s") and is_agent_noun(antecedent.group("noun")[:-1], lex)):
        # "Parole denied for Michigan man who says he was wrongly convicted": the person the relative clause is about (or
        # the people: "a strike by private waste collectors who say the state owes them")
        return Mention(antecedent.group("np"), role=clean_phrase(antecedent.group("np"), lex))
    if lex.adjectival_names and region.endswith(" whom ") and (share := _SHARE_OF_WHOM_EN.search(region)) is not None \
            and (group := parse_mention(share.group("np"), lex)) is not None and not group.pronoun and (group.name or group.role):
        return group  # "The residents, most of whom say they bought plots …": the residents
    if lex.adjectival_names and " whom " in region and (whom := _SUBJECT_AFTER_WHOM_EN.search(region)) is not None \
            and (subject := parse_mention(whom.group("np"), lex)) is not None and not subject.pronoun and (subject.name or subject.role):
        return subject  # "A businessman, Caio Menezes, whom prosecutors described as the syndicate's "man in Brazil"": prosecutors
    if lex.adjectival_names and ", where " in region and (place := _CARE_PLACE_WHERE_STAFF.search(region, max(0, len(region) - 140))):
        # "taken to the Moi Teaching and Referral Hospital, where doctors said": the hospital's doctors
        return Mention(place.group("staff"), role=f"{place.group('staff')} at {place.group('place')}")
    if lex.adjectival_names and ", " in region and (joined := _CLAUSE_THEN_AND_EN.search(region)) is not None \
            and has_clear_verb_en(text, start, start + joined.start()):
        # "Thousands of dead fish have washed up …, and fishermen in Makoko say": the second clause's own subject
        return find_subject(text, start + joined.end(), end, lex, start + joined.end())
    if ("nom" in region or "name" in region) and (given := _GIVEN_NAME_CLOSING.search(without_trailing_auxiliaries(region))) is not None:
        return Mention(given.group(), name=given.group("name"))  # "un étudiant qui s'est présenté sous le nom de Wang a déclaré"
    if lex.adjectival_names and " and " in region and (seen := _SEEN_BY_OUTLET_CLOSING.search(region)) is not None:
        region = region[:seen.start()]  # "A report commissioned by Gwynedd Council and seen by Wikinews says": who read it is no author
    if ("titled" in region or "called" in region or "intitul" in region) and (title := _TITLE_APPOSITION.search(region)) is not None:
        # "A report by X, titled “…”, found": the title is no speaker (nor its colon a clause break)
        region = region[:title.start()] + region[title.end():]
    elif region.rstrip().endswith(("”,", "»,", '",')) and (title := _BARE_TITLE_APPOSITION.search(region)) is not None:
        region = region[:title.start()]  # "A 2025 study by X, “Who Stays: Teacher Turnover in Rural Alaska”, found": its title
    if ("latter" in region or "former" in region) and (which := WITH_FORMER_OR_LATTER.search(region)) is not None:
        referred = former_or_latter(which.group(1), names_in(region, lex), which.start(), lex)
        if referred is not None:
            return referred
    if lex.adjectival_names and region.rstrip().endswith(",") and (head := _HEAD_BEFORE_RELATIVE.match(region)) is not None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "The All Island Rural Teachers' Association, which says it represents … provinces, said"
    if lex.adjectival_names and region.rstrip().endswith(", which") and (published := _PUBLISHER_THEN_WHICH_EN.match(region)) is not None \
            and (publisher := parse_mention(published.group("np"), lex)) is not None and (publisher.name or publisher.role) \
            and not publisher.pronoun:
        # "HM Inspectorate of Prisons on Tuesday published a report on HMP Kelsbrook, a … prison near Stafford, which
        # found": the report's, its publisher's finding
        return publisher
    if lex.adjectival_names and region.rstrip().endswith(", which") and (antecedent := _BEFORE_WHICH.search(region)) is not None \
            and fold(antecedent.group("np").split()[0]) in lex.roles and (body := _BODY_CLOSING_ROLE.search(antecedent.group("np"))) is not None \
            and fold(body.group("body").split()[-1]) in lex.organisation_nouns:
        # "X, president of the Nova Scotia Home Hosts Association, which says it represents …": the body says it
        return Mention(body.group("body"), name=body.group("body"), organisation=True)
    if lex.adjectival_names and (body := body_described_by_its_work(region, lex)) is not None:
        return body
    if lex.adjectival_names and region.rstrip().endswith(",") and (acted := _SUBJECT_ACTED_THEN_SAYS.fullmatch(region)) is not None \
            and (mention := parse_mention(acted.group("np"), lex)) is not None and not mention.pronoun:
        if mention.role or mention.organisation and mention.name and mention.name.split()[-1].islower():
            # "Iceland's central bank cuts interest rate to record low, says …", "Welsh Premiership rugby club to fold,
            # says …": the first verb's subject
            return mention
    if not lex.adjectival_names and region.rstrip().endswith("qui") and (agent := _AGENT_THEN_QUI_FR.search(region)) is not None \
            and (mention := parse_mention(agent.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "La grève a été lancée par la Synergie des enseignants du Haut-Katanga (SEHK), qui affirme"
    if lex.adjectival_names and (what := _WHAT_THEN_SUBJECT_EN.search(region)) is not None \
            and (mention := parse_mention(what.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "a visit found what the commission described as "…"": the clause after "what" has its own subject
    if lex.adjectival_names and region.rstrip().endswith(("who", "which")) and (source := _SOURCE_BEFORE_RELATIVE.search(region)) is not None:
        # "…, according to postal workers at the Jedburgh delivery office, who say …": the source goes on (a group of
        # people as the article names them)
        mention = parse_mention(source.group("np"), lex) \
            or (Mention(source.group("np"), role=source.group("np")) if source.group("np")[:1].islower() else None)
        if mention is not None and not mention.pronoun and (mention.name or mention.role):
            return mention
    if not lex.adjectival_names and region.rstrip().endswith("qui") and (group := _GROUP_THEN_QUI_FR.search(region)) is not None \
            and (fold(group.group("noun"))[:-1] in lex.roles or _PEOPLE_NOUN_ENDING_FR.search(group.group("noun"))):
        # "une semaine de manifestations de pêcheurs artisanaux, qui affirment que": the people the complement names
        return Mention(group.group("np"), role=group.group("np"))
    if not lex.adjectival_names and region.rstrip().endswith("qui") and (staff := _STAFF_THEN_QUI_FR.search(region)) is not None:
        return Mention(staff.group("np"), role=staff.group("np"))  # "la mobilisation du personnel soignant, qui dénonçait"
    if not lex.adjectival_names and (who := _WHO_OPENING.match(region)) is not None:
        return Mention(who.group("who"), role=who.group("who").lower())  # "Celle qui préside la région … a promis"
    if not lex.adjectival_names and (quoted := quoted_body_name(without_trailing_auxiliaries(region))) is not None:
        return Mention(quoted[0], name=quoted[1], organisation=True)  # "Le collectif « Stop Bétonnage » estime"
    if not lex.adjectival_names and sentence_start is not None and region.lstrip(" »”\",").startswith("qui ") \
            and (quoted := quoted_body_name(without_trailing_auxiliaries(text[sentence_start:end]))) is not None:
        return Mention(quoted[0], name=quoted[1], organisation=True)  # "Le comité « Hauterive debout », qui avait …, a salué"
    if lex.adjectival_names and region[:1] in "AODI " and " who " in region and (described := described_before_anonymity(
            region[opening.end():] if (opening := _OPENING_ADJUNCT_EN.match(region)) is not None else region, lex)):
        return described  # (also after an adjunct: "At City Gate, a security guard who asked not to be named")
    if lex.adjectival_names and ", from " in region and (origin := _DESCRIBED_THEN_ORIGIN_EN.fullmatch(region)) is not None:
        return Mention(origin.group("np"), role=f"{origin.group('role')} from {origin.group('place')}")  # "Another student, from Kiribati, told"
    # (not a relative closed by its comma before the verb: "X, chairman of the club, where McVeigh has played since
    # he was 17, told")
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(region) if not _CLOSED_RELATIVE_EN.search(region, m.end())
               and not (lex.adjectival_names and _CLOSED_RELATIVE_THEN_SUBJECT_EN.match(region, m.end()))), default=0)
    if region[cut:cut + 1] in ("A", "S", "D", "a", "s", "d") and (source := _SOURCE_OPENING.match(region, cut)) is not None:
        cut = source.end()
    # (not "A resident, who gave his name only as Abu Yousif,", "who identified himself as X": the name given, read below)
    if lex.adjectival_names and ", who " in region and (head := _HEAD_THEN_WHO_BETWEEN_COMMAS.match(region, cut)) is not None \
            and name_given(region[head.end("np"):].strip(" ,"), head.group("np"), lex) is None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and mention.role and not mention.name \
            and not mention.pronoun and (described := described_with_relative(region, head, mention, lex)) is not None:
        return described  # "One woman, who had travelled from Molo with her son, said"
    after_adjunct = None  # where the subject opens after an adjunct ("During public comment, a woman whose son …")
    if lex.adjectival_names and " who" in region and (adjunct := _OPENING_ADJUNCT_EN.match(region, cut)) is not None:
        after_adjunct = adjunct.end()  # (only read before "who" and "whose" below)
    elif lex.adjectival_names and " who" in region and cut == 0 and text[max(0, start - 2):start].strip() == ",":
        after_adjunct = 0
    if lex.adjectival_names and " who " in region and (head := _HEAD_BEFORE_WHO.match(region, cut) or (
            after_adjunct is not None and _HEAD_BEFORE_WHO_AFTER_ADJUNCT.match(region, after_adjunct))) \
            and not (_COORDINATION_END.search(region) and has_clear_verb_en(region, head.start("np"), head.end("np"))):
        # (not "A spokesperson … apologised to patients who had waited and said": the relative is the object's)
        if (given := name_given(region[head.start("np"):], "", lex)) is not None:
            return given
        mention = parse_mention(head.group("np"), lex)
        if mention is not None and mention.role and not mention.name and not mention.pronoun:
            return described_with_relative(region, head, mention, lex) or mention
    if lex.adjectival_names and " whose " in region and (head := _HEAD_BEFORE_WHO.match(region, cut) or (
            after_adjunct is not None and _HEAD_BEFORE_WHO_AFTER_ADJUNCT.match(region, after_adjunct))) \
            and (mention := parse_mention(head.group("np"), lex)) is not None and mention.role and not mention.name \
            and not mention.pronoun and (described := described_with_relative(region, head, mention, lex)) is not None:
        return described  # "One parent whose two children sail with the trust told"
    if lex.adjectival_names and (subordinate := _EN_SUBORDINATE_SUBJECT.search(region, cut)) is not None:
        cut = subordinate.start("np")  # "Labour MPs threaten rebellion as No 10 insists …": the clause's own subject
    if not lex.adjectival_names and (relative := _OBJECT_RELATIVE.search(region, cut)) is not None:
        cut = relative.end()  # "Une proposition que la maire dit avoir …": the relative clause's own subject
    if not lex.adjectival_names and "ce qu" in region:
        # "…, ce que la fédération juge « … »": the relative's own subject
        cut = max([cut] + [found.end() for found in _WHAT_THEN_SUBJECT_FR.finditer(region, cut)])
    region = without_trailing_auxiliaries(region[cut:])  # "The United States had not, as of …, announced"
    if not lex.adjectival_names and region.rstrip()[-1:].isdigit() and (year := _TRAILING_YEAR_FR.search(region)) is not None:
        region = region[:year.start()]  # "Un audit commandé par la région en 2023 concluait": when, no part of who
    if region[:1] in "TLOEIBSDA" and (time := _LEADING_TIME.match(region)) is not None:
        region = region[time.end():]  # "The next day on Twitter West accused …"
    elif lex.adjectival_names and region[:1] in "tloeibsda" \
            and (time := _LEADING_TIME.match(region[:1].upper() + region[1:])) is not None:
        region = region[time.end():]  # "…, and in 2014 the East African Court of Justice ruled": after a conjunction
    # The end-anchored patterns below are searched only where a match can start (each search
    # would otherwise try every position of the region).
    if lex.adjectival_names and region.rstrip().endswith(",") and region.count(",") == 1 and _BARE_SAY_NEXT.match(text, end) \
            and (plural := _PLURAL_OPENING_SUBJECT_EN.match(text, start if sentence_start is None else sentence_start, end)):
        return parse_mention(plural.group("np"), lex)  # "Dublin councillors reject housing plan, say …": the first verb's subject
    if lex.adjectival_names and region.endswith(", ") and region.count(",") == 1 \
            and (pronoun := _PRONOUN_OPENING_EN.match(text, start if sentence_start is None else sentence_start, end)) is not None:
        return Mention(pronoun.group(1), pronoun=True)  # "He disputed the union's figure, called the strike …": he
    if _COORDINATION_END.search(region, max(0, len(region.rstrip()) - len("mais"))):
        # "X called … and said": the first verb's subject
        opening = start if sentence_start is None else sentence_start
        named = None
        if not lex.adjectival_names and (qui := text.rfind(", qui ", opening, end)) >= 0 and ";" not in text[qui:end] \
                and not text[qui:end].rstrip().rsplit(None, 1)[0].endswith(",") \
                and (antecedent := find_subject(text, opening, qui + len(", qui "), lex, sentence_start)) is not None \
                and not antecedent.pronoun:
            # "revendiquée par le collectif X, qui dénonce … et affirme que": the relative's antecedent (not "X a dénoncé les
            # sites, qui pratiquent …, et a affirmé que": the relative closed, the main clause's second verb)
            return antecedent
        if not lex.adjectival_names:
            opening, named = opening_subject_fr(text, opening, end, lex)
        if lex.adjectival_names and named is None and (pronoun := _PRONOUN_OPENING_EN.match(text, opening, end)) is not None:
            return Mention(pronoun.group(1), pronoun=True)  # "He told Lusa that …, but insisted that …": he, not Lusa
        if lex.adjectival_names and named is None and (pronoun := _ADJUNCT_THEN_PRONOUN_EN.match(text, opening, end)) is not None:
            return Mention(pronoun.group(1), pronoun=True)  # "In a post on Facebook he thanked voters and wrote that"
        if lex.adjectival_names and named is None:
            named = english_opening_subject(text, opening, end, lex)
        if named is None and lex.adjectival_names:
            named = subject_of_first_verb(text, opening, end, lex, find_subject)
        named = named or first_named(text, opening, end, lex)
        if named is None and lex.adjectival_names and (subject := ROLE_SUBJECT_BEFORE_VERB.match(text, opening, end)):
            named = parse_mention(subject.group("np"), lex)  # "A spokeswoman for the ministry declined to comment but said …"
            if named is not None and (named.pronoun or not named.role):
                named = None
        if named is None and lex.adjectival_names and (lead := LEADING_ADJUNCT.match(text, opening, end)) is not None:
            # "In a statement issued through his agent, he thanked the players and said …": the
            # subject comes after the adjunct, never in it
            after = text[lead.end():end].split(None, 1)
            if after and fold(after[0]) in lex.pronouns:
                return Mention(after[0].lower(), pronoun=True)
            opening = lead.end() + len(text[lead.end():end]) - len(text[lead.end():end].lstrip())
            named = english_opening_subject(text, opening, end, lex)  # "In a letter …, the processor blamed … and said"
        if named is None and lex.adjectival_names and text[opening:opening + 1].isupper():
            # "Lawyers for the family filed a complaint and said …": a bare plural subject, up to its verb
            named = grouped[1] if (grouped := group_up_to_verb(text, opening, end, lex, longest=8)) is not None else None
        return named
    if fold_case(region.rstrip()[-len("which"):]).endswith(_RELATIVE_WORDS):
        personal = region.rstrip()[-3:].lower() == "who"
        region = _RELATIVE_END.sub("", region)
        if not lex.adjectival_names and (antecedent_fr := relative_antecedent_fr(region, lex)) is not None:
            return antecedent_fr
        if lex.adjectival_names and personal and (described := _NAME_THEN_DESCRIPTION_CLOSING.search(region)) is not None \
                and (mention := parse_mention(described.group("np"), lex)) is not None and mention.name and not mention.organisation:
            return mention  # "Among them was Sharon Petrie, a retired teacher, who told …": the person, not her description
        if lex.adjectival_names and (antecedent := _OBJECT_BEFORE_RELATIVE.search(region)) is not None:
            # "Wikinews contacted the ministry, which said …": the noun phrase the relative follows
            mention = parse_mention(antecedent.group("np"), lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role):
                return mention
        if lex.adjectival_names and (antecedent := _BODY_AFTER_PREPOSITION.search(region)) is not None \
                and (mention := parse_mention(antecedent.group("np"), lex)) is not None and mention.name \
                and (mention.organisation or personal and is_first_name(mention.name.split()[0])):
            # "advice from the International Council for the Exploration of the Sea (ICES), which said …", "the money went
            # to John Smith, who said …"
            return mention
        if lex.adjectival_names and (antecedent := _GROUP_AFTER_PREPOSITION.search(region)) is not None \
                and (mention := parse_mention(antecedent.group("np"), lex)) is not None and mention.role and not mention.name:
            return mention  # "handing a win to property owners who argued …": that group
    if lex.adjectival_names and "that " in region and (relative := _EN_RELATIVE_SUBJECT.search(region)) is not None \
            and ANONYMITY_CLAUSE.search(region) is None:  # (not "A voter who asked that her name not be used")
        # "official figures that doctors say show …": the relative clause's own subject speaks
        mention = parse_mention(relative.group("np"), lex)
        if mention is not None and (mention.name or mention.role or mention.pronoun):
            return mention
    if not lex.adjectival_names and (described := gathered_or_restricted_subject_fr(region, lex)) is not None:
        return described  # "Les organisateurs, réunis au sein de la Coordination …", "Un marchand d'art qui a suivi la vente"
    if lex.adjectival_names and ", and " in region and (joined := joined_relative_subjects(region, lex)) is not None:
        return joined  # "Kimberly-Clark, which makes …, and Solaris Paper which makes …, emphasized"
    after_conjunction = _LAST_CONJUNCT.search(region, region.rfind(",") + 1)  # no comma in a match
    if after_conjunction and lex.adjectival_names and after_conjunction.group().lower().startswith(("et ", "mais ")):
        after_conjunction = None  # "The Bureau National de Gestion des Risques et des Catastrophes": a French name
    if after_conjunction and _NAME_AND_NAME.search(region, max(0, after_conjunction.start() - 30), after_conjunction.start() + 8):
        after_conjunction = None  # "Rogaland Fire and Rescue": one name
    if after_conjunction and (initials := _INITIALS_CLOSING.search(region)) is not None and stands_for(
            initials.group(1), region[_ARTICLE_OPENING.match(region, region.rfind(",") + 1).end():initials.start()].strip()):
        after_conjunction = None  # "l'Association martiniquaise pour la santé et la terre (AMST)": one name, its initials
    if after_conjunction and lex.adjectival_names \
            and _RELATIVE_VERB_BEFORE_AND.search(region, max(0, after_conjunction.start() - 30), after_conjunction.start()):
        after_conjunction = None  # "Women who smoke and dry fish in Kafountine say": one group, two verbs of its relative clause
    if after_conjunction and not lex.adjectival_names and region.rstrip().endswith(" Canada") \
            and FEDERAL_DEPARTMENT_FR.search(region, max(0, after_conjunction.start() - 40)) is not None:
        after_conjunction = None  # "Emploi et Développement social Canada": one department
    if after_conjunction and not lex.adjectival_names \
            and _BODY_NAMED_X_AND_Y_FR.search(region, max(0, after_conjunction.start() - 60), after_conjunction.start() + 8):
        after_conjunction = None  # "L'association Causses et Cévennes vivantes": one name
    if after_conjunction and not lex.adjectival_names and _SECOND_COMPLEMENT_FR.fullmatch(after_conjunction.group("np")) \
            and SECOND_COMPLEMENT_BEFORE_FR.search(region, max(0, (np_at := after_conjunction.start("np")) - 60), np_at):
        after_conjunction = None  # "Un adjoint des mairies de Lyon et Vienne", "de la mairie des 11e et 12e arrondissements"
    if after_conjunction and not lex.adjectival_names and " entre " in region and region.startswith("et ", after_conjunction.start()) \
            and BETWEEN_THEN_AND_BEFORE_FR.search(region, max(0, after_conjunction.start() - 60), after_conjunction.start() + 3):
        after_conjunction = None  # "les usagers de la ligne entre Limoges et Le Dorat": the line's second end, no subject
    if after_conjunction and lex.adjectival_names and "," in region and NAME_WITH_LISTED_PORTFOLIOS.search(region.rstrip()):
        after_conjunction = None  # "the Department of Agriculture, Food and the Marine": one name
    if after_conjunction and lex.adjectival_names and start == sentence_start \
            and _SENTENCE_FIRST_MODIFIER.fullmatch(region, 0, after_conjunction.start("np")) \
            and first_name_gender(region.split()[0]) is None and _LOWER_CASE_PLURAL_HEAD.match(after_conjunction.group("np")):
        return Mention(region.strip(), role=clean_phrase(region, lex))  # "Tour and dive operators in Palau say": one noun
    if after_conjunction and lex.adjectival_names and _BARE_LOWER_CASE_NOUNS.fullmatch(after_conjunction.group("np")) \
            and region[:after_conjunction.start()].rstrip()[-1:].islower() \
            and not has_clear_verb_en(region, 0, after_conjunction.start()) \
            and lex.bare_determiners.isdisjoint(folded := [fold(w) for w in after_conjunction.group("np").split()]) \
            and lex.pronouns.isdisjoint(folded) and _ENGLISH_QUANTIFIERS.isdisjoint(folded) \
            and _WH_WORDS.isdisjoint(folded):  # (not "a shortage of aircraft and what it")
        np = after_conjunction.group("np").split()
        if not np[-1].endswith("s"):
            after_conjunction = None  # "the Government of Nunavut's fisheries and sealing division": no subject without its determiner
        elif (kinds := _PLURAL_NOUNS_ONLY.fullmatch(region[:after_conjunction.start()])) is not None:
            # "Counties and school boards warn …": one group of two kinds (without its count)
            group = region[kinds.end("count"):] if kinds.group("count") else region
            return Mention(group.strip(), role=clean_phrase(group, lex))
    if after_conjunction and not lex.adjectival_names and (complement_conjunct(
            after_conjunction.group("np"), region[:after_conjunction.start()], lex.organisations)
            or _bare_noun_conjunct(after_conjunction.group("np"), lex)
            or _FAMILY_FIRM_CLOSING_FR.fullmatch(after_conjunction.group("np").strip())):
        # "le ministère de l'Éducation et de la Culture", "le Syndicat des dockers et transitaires de …", "Roussot et
        # Fils": one name
        after_conjunction = None
    if after_conjunction and lex.adjectival_names and _POSSESSIVE_FOLLOWERS.fullmatch(after_conjunction.group("np")) \
            and _NAME_ONLY.fullmatch(region, region.rfind(",") + 1, after_conjunction.start()):
        after_conjunction = None  # "Trump and his supporters": together
    if after_conjunction and lex.adjectival_names and group_from_institution(region[region.rfind(",") + 1:].lstrip(), lex):
        after_conjunction = None  # "scientists from X University and the Y Institute": one group
    if after_conjunction and lex.adjectival_names and _SHARED_HEAD_MODIFIER.fullmatch(region, region.rfind(",") + 1, after_conjunction.start()) \
            and fold(region[region.rfind(",") + 1:].split()[0]) not in lex.pronouns \
            and (whole := parse_mention(region[region.rfind(",") + 1:].strip(), lex)) is not None and whole.role and not whole.name:
        after_conjunction = None  # "State and federal election officials": one noun, two modifiers
    if after_conjunction and (count_words(after_conjunction.group("np")) <= 4 or not lex.adjectival_names
                              and count_words(after_conjunction.group("np")) <= 8 and region[:after_conjunction.start()].rstrip().endswith(",")
                              and _DEFINITE_NOUN_PHRASE_FR.match(after_conjunction.group("np"))):
        # "… et le ministre a ajouté", "…, et le syndicat des restaurateurs du bassin estime": a clause of its own
        region = after_conjunction.group("np")  # "… and several said"
    if not lex.adjectival_names and region[:4] in ("Par ", " Par") and (voice := _FRONTED_VOICE_FR.match(region)) is not None \
            and region[voice.end():].strip():
        region = region[voice.end():]
    if lex.adjectival_names and region[:1] in "IA" and (document := _FRONTED_DOCUMENT_DESCRIBED_EN.match(region)) is not None \
            and region[document.end():].strip():
        region = region[document.end():]  # "In his findings, handed down at the Coroners Court, Rafferty said": after them
    if lex.adjectival_names and region[:1].isupper() and (gerund := _FRONTED_GERUND.match(region)) is not None \
            and "," not in region[gerund.end():]:  # (not "Replying to the Leader of the Opposition, X, the Minister said")
        if region.startswith(("Citing ", "Quoting ")) \
                and cited_source(cited := parse_mention(region[region.find(" ") + 1:gerund.end()].rstrip(", "), lex), lex):
            return cited  # "Citing the regional office of the Department of Agriculture, the news website Rappler reported"
        region = region[gerund.end():]  # "Reading the verdict, presiding judge X said": the subject after the participle
    if "of " in region and (work := _WORK_OF_AUTHOR.search(region)) is not None:
        region = region[:work.start("title")] + "a work" + region[work.end():]  # "…, author of "Leaving the Rock", a history of …,"
    for closing in "»”\"":
        if closing not in region:
            continue
        if (quoted := _QUOTED_WORD_INSIDE.search(region, 0, region.rfind(closing) + 1)
                or _LABEL_INSIDE.search(region, 0, region.rfind(closing) + 1)) is not None:
            region = region[:quoted.start() + 1] + _QUOTE_MARKS.sub(" ", quoted.group()[1:]) + region[quoted.end():]
        elif (relative := _TITLE_IN_RELATIVE.search(region)) is not None:
            region = region[:relative.start("title")] + _QUOTE_MARKS.sub(" ", relative.group("title")) + region[relative.end("title"):]
            # "Le groupe Orties Blanches, dont l'album “Marée basse” est sorti en septembre,": a title inside the relative
        elif not _PHRASE_GOES_ON.match(region, region.rfind(closing) + 1):
            region = region[region.rfind(closing) + 1:]  # (not "X, which bought "The Glassworks" at Y, said")
    last_word = region.split()[-1].lower() if region.split() else ""
    if last_word in lex.pronouns and len(region.split()) > 1 and not (_ONE_OF_THEM if lex.adjectival_names else SHARE_OF_THEM).search(region) \
            and not (lex.adjectival_names and last_word in ("him", "her", "them")
                     and region.split()[-2].lower() in ("for", "to", "with", "of", "by", "on", "representing")):
        return Mention(last_word, pronoun=True)  # "… a plan he called …" (not "A lawyer acting for him": his lawyer)
    if lex.adjectival_names and last_word == "it" and _TIME_THEN_IT_EN.fullmatch(region):
        return Mention("it", pronoun=True, organisation=True)  # "On Wednesday it said that …": the body spoken of
    if last_word[:3] in ("qu'", "qu’") and last_word[3:] in lex.pronouns:
        return Mention(last_word[3:], pronoun=True)  # "l'idée d'un registre, qu'elle juge « … »": she judges
    if lex.adjectival_names and "," in region and GROUP_OF_PLACES.fullmatch(group := region.strip().rstrip(",").rstrip()):
        return parse_mention(group, lex)  # "RESIDENTS of Bonne Aventure, Gasparillo, say": one group
    return subject_of_segments(text, start, end, region, lex, sentence_start)
