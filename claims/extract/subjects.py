"""Who speaks: the noun phrase around a reporting verb (its subject; the words after an inverted
verb are `inverted_subjects`), parsed into a `Mention`."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import ANONYMITY_CLAUSE, COUNTING_WORD
from claims.extract.clause_starts import has_clear_verb_en
from claims.extract.document_authors import AUTHORED_BY_EN
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.institution_names import complement_conjunct, joined_complement_lists, joined_listed_portfolios, quoted_body_name
from claims.extract.one_of_them_fr import SHARE_OF_THEM
from claims.extract.subject_appositions import (
    collective_before, indefinite_role_at_en, is_apposition_role, name_after_role_complement, name_closing,
    name_given, named_after_organisation_noun, names_a_person, person_in_apposition, role_then_its_complement,
)
from claims.extract.group_phrases_en import GROUP_OF_PLACES, describes_a_body, group_from_institution, modifier_before_name
from claims.extract.speakers import PREPOSITION_BEFORE, THE_NOUN, Lexicon, Mention, clean_phrase, fold, names_in, organisation_tail, role_in
from claims.extract.subject_only_fr import gathered_or_restricted_subject_fr, opening_subject_fr, relative_antecedent_fr
from claims.extract.speaker_mentions import NAME_WITH_LISTED_PORTFOLIOS, parse_mention
from claims.extract.coordinated_subjects_en import joined_relative_subjects, subject_of_first_verb
from claims.extract.opening_subjects_en import ROLE_SUBJECT_BEFORE_VERB, english_opening_subject
from claims.extract.subject_openings_en import GROUP_NOUNS, SENTENCE_ADVERBS
from claims.extract.speaker_whole_phrases_en import cause_name_at, leading_whole_phrase
from claims.extract.triggers import fold_case

_WORDS = re.compile(r"[\w’'\-]+")
# English: "Ann Lee and her husband, Tom Lee, said": a person, "and", then a relative named in apposition.
_AND_RELATIVE = re.compile(r"^\s*(?P<first>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,]*?)\s+and\s+(?:his|her|their)\s+[a-z]+(?:[ -][a-z]+)?\s*$")
_CITING = re.compile(r"^\s*(?:citing|citant)\s+(?P<np>\S.*?)\s*$", re.IGNORECASE | re.DOTALL)
# "L'opposition, par la voix de Pierre Lemoine, a dénoncé": the person the body speaks through.
_VOICE_OF = re.compile(r"^\s*par\s+la\s+voix\s+(?:de\s+|d['’]|du\s+|des\s+)(?P<np>\S.*?)\s*$", re.IGNORECASE | re.DOTALL)
_NAME_AS_MODIFIER = re.compile(r"[ \u00a0](?P<noun>[a-z][a-z-]+)\b")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TRAILING_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|will|would|did|does|do|not|never|since|already|yet))+(?:\s+(?:long|repeatedly|consistently|often))?\s*$"
    # French clitics before the verb: "le ministère se veut …", "y affirme", "La présidente, X, lui fait remarquer"
    r"|(?:\s+(?:ne|n['’]|se|s['’]|y|lui|leur))+\s*$")
# A time adjunct opening a sentence without a comma before the subject.
_LEADING_TIME = re.compile(
    r"(?:The\s+(?:next|following|previous)\s+(?:day|week|month|morning|afternoon|evening|night)|"
    r"That\s+(?:day|week|morning|afternoon|evening|night)|Later\s+that\s+\w+|Last\s+(?:week|month|year|night)|"
    r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s+(?:morning|afternoon|evening|night)(?=\s+[a-z]))?"
    r"(?:\s+(?:on|in|via)\s+(?:Twitter|Facebook|Instagram|television|TV|radio))?"
    # "On Thursday officials reported …": a lower-case subject too, not a coordination
    r"\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?!(?:and|or|to|that|as)\b)[a-z]{3,}\b)")
_AUXILIARY_WORDS = frozenset(("has", "have", "had", "will", "would", "did", "does", "do", "not", "never", "since",
                              "already", "yet", "se", "ne", "s'", "n'", "s’", "n’", "y", "lui", "leur",
                              "long", "repeatedly", "consistently", "often"))  # ("Analysts have long warned")
# French: a body's noun, then a name holding "et" ("l'association Causses et Cévennes vivantes").
_BODY_NAMED_X_AND_Y_FR = re.compile(
    r"\b(?:association|collectif|comité|fédération|syndicat|coopérative|société|entreprise|groupe|fondation|mouvement)"
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*\s+et\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]", re.IGNORECASE)
_NAME_AND_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_POSSESSIVE_FOLLOWERS = re.compile(r"(?:his|her|their)\s+[a-z]+s")
# English: two modifiers of one plural noun opening the sentence ("Tour and dive operators in Palau").
_SENTENCE_FIRST_MODIFIER = re.compile(r"\s*[A-Z][a-z]+\s+and\s+")
_LOWER_CASE_PLURAL_HEAD = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]+[^s\W]s(?:\s+(?:in|at|from|on|across)\s|\s*$)")
_SHARED_HEAD_MODIFIER = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z-]+\s+")
_NAME_ONLY = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*){0,3}\s*")
_ACRONYM_SEGMENT = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,8}\s*")
_SEGMENT_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# English: a body's name listing its fields after "of"/"for" ("the Department for Environment, Food
# and Rural Affairs"), which closes the subject: its commas are no segment breaks.
_FIELDS_LIST_CLOSING = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?\s*$")
# "The farmers, mainly from the Bekwai, Offinso and Ahafo Ano districts,": one list of places.
_PLACES_LIST_CLOSING = re.compile(
    r"\b(?:from|in|of|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?"
    r"\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?"
    r"\s+(?:districts|regions|provinces|counties|states|communities|villages|towns|areas|municipalities|parishes|islands)\s*,?\s*$")
# "the union representing about 1,900 teachers, counselors and librarians": one list of plural nouns.
# "…, who leads the opposition Green, Liberal Democrat and Independent group,": one group of parties.
_PARTIES_LIST_CLOSING = re.compile(
    r"\b(?:the|an?)\s+(?:[a-z]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?"
    r"\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?\s+(?:group|groups|alliance|coalition|bloc)\s*,?\s*$")
_PLURALS_LIST_CLOSING = re.compile(r"(?<=[a-z]s)(?:,\s+[a-z]{3,}s)+,?\s+(?:and|or)\s+[a-z]{3,}s\s*,?\s*$")
_AGE = re.compile(r"\d{1,3}(?:\s+ans)?(?:\s+dont\s+\d{1,3}\s+[^,]{2,40})?")  # ("52 ans dont 29 dans l'usine")

_BARE_COUNTED_NOUN = re.compile(r"\s*(?:One|A|An|Another)\s+[a-z]+\s*")
_INDEFINITE_ARTICLE = re.compile(r"an?\s", re.IGNORECASE)
_ONE_OF_THE = re.compile(r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the\s+[a-z]+s|those\s+[a-z]+(?:ed|en)|them|us)")  # ("One of those arrested,")
# ("Supporters, many of them farmers who hold shares in the plants, said": who the head's members are)
_INDEFINITE_APPOSITION = re.compile(r"(?:one\s+of|an?|(?:many|most|some|all|several|half)\s+of\s+them)\s", re.IGNORECASE)
_ONE_OF_THEM = re.compile(r"\b[Oo]ne\s+of\s+(?:them|those)\s*$")  # one speaker of the group, not the group
_STRESSED_PRONOUNS = frozenset(("lui", "elle", "eux", "elles"))
# An adjunct ending with a medium's noun, whose name comes next: "In a statement carried by the
# Jordan News Agency, Petra, the ministry said".
_MEDIUM_CLOSING_ADJUNCT = re.compile(
    r"\b(?:[Aa]gency|broadcaster|newspaper|channel|station|agence|chaîne|quotidien|radio|télévision)\s*$")
# (English ", where …", ", when …": a relative clause of place or time has its own subject, "…, where branch
# secretary Kylie Baird said")
_CLAUSE_BREAK = re.compile(r"[;:]\s|\s[–—-]\s|,\s+(?:where|when)\s+(?=[A-Z]|the\s|[a-z]+s\s+(?:said|say|told)\b)")
# "the chief executive of the operator": a role in a body named by its common noun.
_ROLE_OF_THE_NOUN = re.compile(r"\s*(?:the\s+)?[a-z][a-z -]*?\s+of\s+the\s+(?P<noun>[a-z]+)\s*")
# "According to Reuters, traders in London said …": the source relays, the clause's subject speaks.
SOURCE_PHRASE = r"(?:[Aa]ccording\s+to|[Ss]elon|[Dd]['’]après)\s+[^,;:«»\"“]{1,80}"
_SOURCE_OPENING = re.compile(SOURCE_PHRASE + r",\s*")
# French: a noun phrase and "que" before a subject that is a definite role or a name ("Une proposition
# que la maire dit …", "Un projet que Paul Roux juge …"), not "plus que", "ainsi que".
_OBJECT_RELATIVE = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-zà-ÿ][^,;:«»\"“”]{2,60}?(?<!\bplus)(?<!\bmoins)(?<!\bainsi)(?<!\btant)(?<!\bautant)(?<!\bbien)"
    r"\s+(?:que\s+|qu['’])(?=(?:le|la|les)\s|l['’]\w|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\w)")
_ADJUNCT_SEGMENT = re.compile(
    r"^\s*(?:in|on|at|during|after|before|while|which|who|whom|whose|where|citing|dans|lors|sur|qui|dont|où|"
    r"(?:and|but)\s+(?:who|which|whose)|"  # "A nurse who worked there, and who asked …, said"
    r"although|though|because|unless|despite|when|whether|also|behind|amid|amidst|beyond|against|under|within|"
    r"throughout|among|across|unlike|"
    r"(?:mainly|mostly|largely|chiefly|primarily)\s+(?:from|in)|"  # "The farmers, mainly from the X, Y and Z districts, say"
    # "X, speaking at a rally in Ohio, said", "X, asked about the delay, said": a participle's adjunct
    r"speaking|writing|addressing|responding|reacting|commenting|talking|appearing|testifying|answering|sitting|presiding\s+over|"
    r"asked|pressed|questioned|interviewed|contacted|reached|"
    # "The Directorate for Priority Crime Investigation, known as the Hawks, says": the body's other name
    r"(?:also\s+|better\s+|widely\s+)?known\s+as|nicknamed|"
    # "The study, led by Dr Ann Lee of the Kestrel Institute, found": a past participle's phrase
    r"(?:[a-z]{2,}ed|led|written|run|held|seen|known|given|taken|made|built|sent|paid|funded|drawn|chosen)\s+"
    r"(?:by|to|in|on|at|through|with|from|for|into|under|before|after)\b|"
    r"après|avant|pendant|citant|de|du|des|of|from|with|avec)\b|^\s*d['’]"
    # French: a past participle and its complement ("Interpellé sur le sujet, le ministre a …", "entendu comme témoin")
    # (not a body's noun in -té: "Électricité de Mayotte", "Université de Lomé", "Communauté de communes")
    r"|^\s*(?!(?:électricité|université|société|communauté|comité|autorité|municipalité|collectivité|mutualité|principauté"
    r"|faculté|entité)\b)[a-zà-ÿ]+(?:é|ée|és|ées)\s+(?:sur|par|à|au|aux|en|dans|lors|devant|après|pour|sous|de|du|des|d['’])"
    r"|^\s*[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues)\s+comme\s"
    r"|^\s*jointe?s?\s+(?:par|au|à)\s"  # "Joint par Midi Olympique, l'entraîneur a dit …"
    # French: a present participle and its complement ("X, s'exprimant sous couvert d'anonymat auprès de Y, a …")
    r"|^\s*(?:s['’][a-zà-ÿ]+ant|se\s+[a-zà-ÿ]+ant|parlant|intervenant|réagissant|répondant|commentant)\s", re.IGNORECASE)
# French: an apposition with no determiner, a noun (maybe an adjective first) and its complement
# ("principal financeur après l'État", "propriétaire du terrain").
_BARE_APPOSITION_FR = re.compile(
    r"^\s*(?!(?:le|la|les|l|un|une|des|du|de|d|ce|cet|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|on|qui|dont|"
    r"que|selon|pour|dans|avec|sans|sur|en|à|au|aux|après|avant|lors|depuis|pendant|mais|et|ou)\b)"
    r"[a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]{3,})?\s+(?:de|du|des|d['’]|après|chez|pour)\b")
_PLURAL_SUBJECT_FR = re.compile(r"\s*[Dd]es\s+(?!deux\b)[a-zà-ÿ-]{3,}[sx]\b")  # "Des témoins ont rapporté": a subject, no "de"
_PLURAL_VERB = re.compile(r"\s*(?:ont|sont|[a-zà-ÿ]+ent)\b")
_CONTRAST_SUBJECT = re.compile(r"^\s*(?:while|whereas|though|although|but|yet|tandis\s+que|alors\s+que|mais)\s+(?P<np>\S.*)$",
                               re.IGNORECASE | re.DOTALL)
_COORDINATION_END = re.compile(r"\b(?:and|et|but|mais)\s*$", re.IGNORECASE)
_LAST_CONJUNCT = re.compile(r"\b(?:and|et|but|mais)\s+(?P<np>[^,]+?)\s*$", re.IGNORECASE)
_RELATIVE_END = re.compile(r"(?:,?\s+(?:qui|who|which|that|Qui|Who|Which|That))\s*$")  # (not "the WHO")
_EN_RELATIVE_IN_APPOSITION = re.compile(r" (?:who|whose) ")
_RELATIVE_WORDS = ("qui", "who", "which", "that")
# English: an object relative clause and its subject right before the verb ("figures that doctors say …").
_EN_RELATIVE_SUBJECT = re.compile(r"(?<=[a-z] )that\s+(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*$")
# A verb, then its object closing the region: "contacted the ministry", "met Ana Lopez"; a source phrase
# ("according to the parliament’s media office, which said …").
_OBJECT_BEFORE_RELATIVE = re.compile(
    r"\b(?:[a-z]{2,}ed|met|told|wrote|sent|saw|interviewed|[Aa]ccording\s+to)\s+(?P<np>(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,3})\s*$")
# A body's name after "from", "by" or "with" closing the region, maybe with its short form.
_BODY_AFTER_PREPOSITION = re.compile(
    r"\b(?:from|by|with)\s+(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*){0,8})"
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,9}\))?\s*$")
# A plural group after "to" or "for" closing the region: "a win to property owners".
_GROUP_AFTER_PREPOSITION = re.compile(r"\b(?:to|for)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z]{3,}(?<!s)s)\s*$")
# English: ", a North Carolina Republican," / ", a Virginia Democrat who chairs the panel,": a party
# apposition (a state or place, then the party) describing the person named before it.
_PARTY_APPOSITION = re.compile(r"^\s*an?\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*\s+){0,3}(?P<party>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)(?:\s+(?:who|from|in|of)\b.*)?\s*$",
                               re.DOTALL)
# English: ", R-Texas," / ", D-N.Y.," / ", I-Vt.,": the US party and state label after a member's name.
# ("R-Dover-Foxcroft": a hyphenated town)
_PARTY_STATE_LABEL = re.compile(r"\s*(?:[RDI]|DFL)-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z.]*(?:-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z.]*)*"
                                r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z.]*)?\s*")
# English: "who runs a boat out of Beaufort, North Carolina, told": the state completing a place
# named at the end of a relative or prepositional segment, not the subject.
_PLACE_AT_SEGMENT_END = re.compile(r"\b(?:in|of|out\s+of|from|at|near|outside)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,2}\s*$")
_RELATIVE_SEGMENT = re.compile(r"^\s*(?:who|which|whose|where)\b")
_ARTICLE_SEGMENT = re.compile(r"^\s*(?:an?|the)\s")
_OPENING_INDEFINITE = re.compile(r"^\s*(?:An?|One)\s")  # "A teacher in Dayton, Ohio, said": the place's state
_SHORT_PLACE = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z][\w'’-]*){0,2}\s*")
_DEFINITE_OPENING = re.compile(r"\s*the\s")
_DEFINITE_DESCRIPTION = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,5}[a-z]+\s*")
_BODY_NAMED_AFTER_ROLE = re.compile(r"\b(?:for|of|at|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*)*\s*$")
_SOURCE_PREFIX = re.compile(r"^\s*(?:according\s+to|as\s+reported\s+by|selon|d['’]après)\s+", re.IGNORECASE)
_DETERMINER_AFTER_ADJUNCT = re.compile(
    r"^\s*(?:[\w’'.-]+\s+){1,6}?(?P<np>(?:(?:le|la|les|un|une|the|a|an)\s+|l['’]\s*|(?:M\.|Mme|Mr|Mrs|Ms|Dr)\s*)[\w’'-])")
_SENTENCE_ADVERB_ALONE = re.compile(SENTENCE_ADVERBS)
# A French adjective or participle opening the sentence before its subject ("Émue, l'autrice …",
# "Interrogé, le maire …"): feminine or plural forms, and the common masculine ones (names end in -é too).
_FRONTED_ADJECTIVE_FR = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:ée|ées|és|ue|ues|ante|antes|ive|ives|euse|euses)"
    r"|Interrogé|Contacté|Joint|Sollicité|Questionné|Interviewé|Ému|Déçu|Soulagé|Inquiet|Furieux|Prudent|Confiant|Satisfait|Présent"
    # "Partie civile, un céréalier a raconté": the party to the case the speaker is
    r"|Partie\s+civile|Parties\s+civiles")
# A participle or "Présent" opening the sentence with its complement ("Saisi en référé par …,", "Présent à l'arrivée,").
_FRONTED_PARTICIPLE_PHRASE_FR = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|Présente?s?)\s+"
    # ("Interrogé mercredi par l'agence Belga, le ministre …": a day or a time before the agent)
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+\w+)\s+)?(?:en|par|à|au|aux|pour|dans|sur|depuis|lors|de|du|des|d['’])[\s'’].*")
_LEADING_ADJUNCT = re.compile(
    r"\s*(?:In|On|At|During|After|Before|Following|Despite|Amid|From|Under|Since|Although|While|When|As|Dans|Lors|"
    r"Après|Avant|Pendant|Malgré|Depuis|À|Au|Aux|En|Chez)\s[^,]{0,120},")


def _without_trailing_auxiliaries(region: str) -> str:
    words = region.rsplit(None, 1)
    if len(words) < 2 or words[-1] not in _AUXILIARY_WORDS:
        return region  # the common case, without a regex search
    return _TRAILING_AUXILIARIES.sub("", region)


# French: "Celle qui …", "Celui qui …" as a subject: the person just named (speaker_french).
_WHO_OPENING = re.compile(r"\s*(?P<who>(?:Celle|Celui|celle|celui)\s+qui)\s+[^,;:«»]{3,120}\s*$")


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))


# "…, with the latter (yesterday) confirming": the end of a region before an absolute participle.
_WITH_FORMER_OR_LATTER = re.compile(r",?\s+with\s+the\s+(former|latter)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)

# "were described by", "has been praised by the": a passive verb's agent comes next.
# (not "was quoted/cited by the Guardian as saying": the outlet only relays the subject's words)
_PASSIVE_AGENT_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?!quoted\b|cited\b)\w+(?:ed|en)\s+by\s+(?:the\s+)?$")


def former_or_latter(which: str, names, before: int, lex: Lexicon) -> Mention | None:
    """"… by the FAA and the NTSB, with the latter confirming": of the last two names (offset,
    name) before offset BEFORE, the second ("latter") or the first ("former")."""
    named = [item for item in names if item[0] < before]
    if len(named) < 2:
        return None
    name = named[-1 if which.lower() == "latter" else -2][1]
    return parse_mention(name, lex) or Mention(name, name=name)


# "…, with Ann Lee of Leeds calling …", "… and Tom Reyes calling …": a participle with a subject of its own.
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_VERB_AFTER_PHRASE = re.compile(r"\s(?:[a-z]+ed|said|says|told|has|have|had|was|were|is|are|will|would)\b")


# A dateline's place in capitals, maybe its day, and a colon opening the paragraph ("SHILLONG, Nov 2:").
_CAPITALS_DATELINE = re.compile(
    r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{2,30}(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?:\s")


_FR_RELATIVE_IN_APPOSITION = re.compile(r"(?<=[a-zà-ÿ]) qui (?=[a-zà-ÿ])")
_TRAILING_YEAR_FR = re.compile(r"\s+en\s+\d{4}\s*$")
# English: how many of the subject the apposition describes ("most of them members of …").
_SHARE_OF_THEM_APPOSITION = re.compile(r"\s*(?:most|many|some|all|several|half|few|two|three)\s+of\s+them\b")
# French: a pronoun repeating the subject in its apposition ("La municipalité, elle aussi partie civile, …").
_EMPHATIC_PRONOUN_FR = re.compile(r"\s*(?:lui|elle|eux|elles)\s+(?:aussi|non\s+plus|-même|même|également)\b")
# English: a body in apposition described by the law or the people that made it, who do not speak.
# A document opening the sentence, then who made it: "The audit, carried out by the accounting firm X,".
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:audit|report|study|survey|review|analysis|assessment|investigation|inquiry|evaluation)")
_DOCUMENT_MADE_BY = re.compile(r"\s*" + AUTHORED_BY_EN + r"\s+(?P<author>\S.*)")
_CREATED_BY = re.compile(r"(?<=[a-z])\s+(?:created|set\s+up|established|founded|formed|appointed|hired|retained|engaged)\s+(?:by|under)\s")
# A body's short form in brackets before the comma of an apposition or a place ("the Tourism Confederation of
# Tanzania (TCT), Mr X,", "l'Organisation mondiale de la santé (OMS) au Gabon, le Dr X,"; not "(COFEK) however").
_SHORT_FORM_IN_BRACKETS = re.compile(r" \([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z&.-]{1,11}\)(?=,|\s+(?:au|aux|en|à|in|at|for)\s)")


def first_named(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The first person or organisation named in text[start:end] outside quotation marks."""
    region = text[start:end]
    depth = 0
    masked = []
    for ch in region:
        if ch in "«“":
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        masked.append(" " if depth or ch in "»”" else ch)
    masked_region = "".join(masked)
    if "(" in masked_region:
        # "the Tourism Confederation of Tanzania (TCT), Mr X,", "Le représentant de l'Organisation mondiale de la santé
        # (OMS) au Gabon, le Dr X,"
        masked_region = _SHORT_FORM_IN_BRACKETS.sub("", masked_region)
    if (dateline := _CAPITALS_DATELINE.match(masked_region)) is not None:
        masked_region = " " * dateline.end() + masked_region[dateline.end():]  # "KARACHI: The State Bank of Pakistan …"
    lead = _LEADING_ADJUNCT.match(masked_region)
    if lead:  # "In a statement posted to her Twitter account, X wrote …": not in the adjunct
        masked_region = " " * lead.end() + masked_region[lead.end():]
    if lex.adjectival_names and (whole := leading_whole_phrase(masked_region)) is not None:
        return parse_mention(whole, lex)  # "A spokesperson for X and Y said …, adding that …": the whole phrase
    names = names_in(masked_region, lex)
    if len(names) >= 2 and (which := _WITH_FORMER_OR_LATTER.search(masked_region)) is not None:
        referred = former_or_latter(which.group(1), names, which.start(), lex)
        if referred is not None:
            return referred
    for offset, name in names[1:]:
        if _PASSIVE_AGENT_BEFORE.search(masked_region, max(0, offset - 40), offset):
            # "Election results were described by Johnson as …, saying": the agent is the subject.
            return parse_mention(name, lex) or Mention(name, name=name)
    if lex.adjectival_names and names and " " not in names[0][1] and not masked_region[:names[0][0]].strip() \
            and _LOWER_WORD_NEXT.match(masked_region, names[0][0] + len(names[0][1])):
        # "Senior officials at the department, …, acknowledged … and said": a capitalised
        # adjective opening the sentence, then the subject's noun
        phrase = masked_region[names[0][0]:].split(",", 1)[0]
        phrase = _VERB_AFTER_PHRASE.split(phrase, 1)[0]
        mention = parse_mention(phrase, lex)
        if mention is not None and mention.role and not mention.name and not mention.pronoun:
            return mention
        if mention is not None and mention.name and len(names) >= 2 and mention.name in names[1][1]:
            stop = names[1][0]
            if (title := _WORD_BEFORE.search(masked_region, 0, stop)) is not None and title.group(1).rstrip(".") in lex.titles:
                stop = title.start(1)  # ("… director Father Tomasz Nowicki": the title before the name)
            if modifier_before_name(masked_region, names[0][0] + len(names[0][1]), stop, lex):
                return mention  # "Museum director Father Tomasz Nowicki described … and said": the person
    for i, (offset, name) in enumerate(names):
        if lex.adjectival_names and " " not in name and not PREPOSITION_BEFORE.search(masked_region[:offset]) \
                and (cause := cause_name_at(masked_region, offset, lex)) is not None:
            return Mention(cause, name=cause, organisation=True)  # "Citizens for a Better Environment called …"
        if masked_region[offset + len(name):offset + len(name) + 1] in ("'", "’") and i + 1 < len(names):
            continue  # "The Netherlands’ defence minister, Jeroen de Wit": the possessor is not the subject
        if (" " not in name or lex.adjectival_names) and i + 1 < len(names) \
                and modifier_before_name(masked_region, offset + len(name), names[i + 1][0], lex):
            continue  # "Presidential physician Sean Conley": a capitalised modifier, a noun, then the name
        if not PREPOSITION_BEFORE.search(masked_region[:offset]):
            modified = _NAME_AS_MODIFIER.match(masked_region, offset + len(name))
            if modified is not None and fold(modified.group("noun")) in lex.organisations \
                    and _DEFINITE_BEFORE.search(masked_region, max(0, offset - 4), offset):
                # "The Biden campaign criticized …": the name only modifies the subject noun.
                mention = parse_mention(masked_region[offset:modified.end()], lex)
                if mention is not None:
                    return mention
            if " " not in name and i + 1 < len(names) and " " in names[i + 1][1] \
                    and not masked_region[offset + len(name):names[i + 1][0]].strip(", "):
                return Mention(names[i + 1][1], name=names[i + 1][1])  # "a Republican, Mark Amodei,"
            if i + 1 < len(names) and fold(name.split()[-1]) in lex.roles \
                    and (gap := masked_region[offset + len(name):names[i + 1][0]]).startswith(", ") \
                    and all(t.rstrip(".") in lex.titles for t in gap[2:].split()):
                return Mention(names[i + 1][1], name=names[i + 1][1])  # "The Chief Medical Officer, Dr. Sando K. Wesseh,"
            following = name_after_role_complement(masked_region, offset + len(name), names[i + 1:])
            if person_in_apposition(masked_region, offset, name, following, lex):
                # "Le président du groupe Changer Paris, Hubert de Valmont,", "… du groupe X à l'Assemblée, Y,"
                return Mention(following[0][1], name=following[0][1])
            if lex.adjectival_names and i + 1 < len(names) and masked_region[offset + len(name):names[i + 1][0]] == " and ":
                name = masked_region[offset:names[i + 1][0] + len(names[i + 1][1])]  # "High Court of England and Wales"
            if lex.adjectival_names and (body := _NAMED_BODY_OF.match(masked_region, offset + len(name))) is not None \
                    and fold(body.group().split()[-1]) in lex.organisations and fold(name.split()[-1]) not in lex.roles:
                name += body.group()  # "Botswana Sectors of Educators Trade Union"
            organisation = lex.adjectival_names and not lex.organisations.isdisjoint(fold(w) for w in name.split())
            if organisation:
                name += organisation_tail(masked_region, offset + len(name), name, lex)  # "Department of Trade and Industry"
            if organisation and (phrase := _ORGANISATION_PHRASE_AFTER.match(masked_region, offset + len(name))) is not None:
                # "The UN human rights office in South America urged …, saying": the office, not the UN
                mention = parse_mention(masked_region[offset:phrase.end()], lex)
                if mention is not None and mention.name and mention.name.startswith(name + " "):
                    return mention
            if organisation and name.endswith(" Court") and (seat := _COURT_SEAT.match(masked_region, offset + len(name))):
                name += seat.group()  # "the High Court in Nairobi, ruling that …": a court is named with its seat
            return Mention(name, name=name, organisation=organisation)  # ("the Las Vegas Review-Journal … saying")
    return None


# "Residents of Ha Thetsane": a plural group of a place.
_GROUP_OF_PLACE = re.compile(r"\s*(?:[A-Z]?[a-z]+\s+)?(?P<noun>[A-Za-z][a-z]+s)\s+(?:of|in|from|near)\s+[A-Z].*")
_DEFINITE_PLURAL_OPENING = re.compile(r"\s*The\s+(?:[a-z]+\s+)?[a-z]{3,}s\s")
# " of Educators Trade Union": the capitalised rest of a body's name after "of".
_NAMED_BODY_OF = re.compile(r" of(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){1,5}")
_INDEFINITE_DESCRIPTION = re.compile(r"\s*an?\s+(?:[a-z][\w-]*|[A-Z][\w'’-]*-based)\s+[a-zA-Z]")
# "Gila Headwaters Watch, a Silver City group formed last year …, argued": the place the body is from
_PLACE_BODY_DESCRIPTION = re.compile(
    r"\s*an?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:group|organi[sz]ation|nonprofit|non-profit|coalition|association"
    r"|alliance|charity|campaign|collective|network|society|club|cooperative|co-op)\b")
# A word or two quoted inside the subject's apposition: "Ikaika Pua, one of the three "no" votes, called".
_QUOTED_WORD_INSIDE = re.compile(r"[a-z]\s+[«“\"]\s*[a-z][\w'’-]*(?:\s+[\w'’-]+)?\s*[»”\"]$")  # (not a nickname)
# A label quoted inside the subject's apposition: "X, a group that campaigns against what it calls "wedding barn creep", said".
_LABEL_INSIDE = re.compile(r"(?:(?<=\bcal)l|(?<=\bcall)s)\s+[«“\"]\s*[a-z][^«»“”\"]{0,60}[»”\"]$")
_NAME_THEN_LOWER_CASE_ROLE = re.compile(r"\s+[a-z]")  # ("Hawaii Island chapter chair": a place, then the role)
# An opening adjunct that ends on a role ("Replying to a question from the Leader of the Opposition").
_ADJUNCT_CLOSING_ON_ROLE = re.compile(r"\s*(?:[A-Z][a-z]+ing|In|At|After|During)\s[^,]*?\s(?:from|by|with|to|of)\s+the\s+(?P<role>[A-Z][\w\s'’-]{1,50}?)\s*")
_TITLE_APPOSITION = re.compile(r",\s*(?:(?:en)?titled|called|intitulée?s?)\s+(?:[«“\"][^«»“”\"]{1,120}[»”\"]|['‘][^'‘’]{1,120}['’])\s*,?\s*$")
# A work's title after its author's role, and what the work is: "author of "Leaving the Rock", a history of resettlement".
_WORK_OF_AUTHOR = re.compile(r"\b(?:author|co-author|writer|director|editor|producer)\s+of\s+(?P<title>[«“\"][^«»“”\"]{1,80}[»”\"])"
                             r"(?:,\s+(?:a|an)\s+[^,«»“”\"]{1,60}(?=,))?")
_QUOTE_MARKS = re.compile(r"[«»“”\"]")
_PHRASE_GOES_ON = re.compile(r"\s*(?:at|in|on|to|for|with|from|by|of|and)\s")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_COURT_SEAT = re.compile(r" in [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?(?=[\s,.;])")
# English: lower-case words and a place completing an organisation's name, up to the verb.
_ORGANISATION_PHRASE_AFTER = re.compile(
    r"(?:\s+(?!(?:also|then|later|now|first|again|still|has|have|had|was|were|is|are|will|would|did|does|said|says|told"
    r"|it|he|she|they|we|and|but)\b)"
    r"[a-z][\w-]*(?<!ly)){1,4}(?:\s+(?:in|for|of|on)(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){1,3})?"
    r"(?=\s+(?:[a-z]{3,}ed|has|have|had|was|were|is|are|says|said)\b)")  # (not "red")
# English: a subordinate clause's subject right before its verb, no comma ("… as No 10 insists").
_EN_SUBORDINATE_SUBJECT = re.compile(
    r"(?<!such)(?<!well)\s(?:as|while|because|whereas|where|although|though|after|before|until|once)\s+(?P<np>(?:[\w'’.()-]+\s+){0,4}[\w'’.()-]+\s*)$")
# A company's owner or founder in apposition ("détenue depuis 2021 par le groupe X", "owned since 2019 by X").
_OWNED_BY_SEGMENT = re.compile(
    r"\s*(?:détenue?s?|possédée?s?|rachetée?s?|contrôlée?s?|reprise?s?|acquise?s?|fondée?s?|dirigée?s?|présidée?s?"
    r"|gérée?s?|exploitée?s?|financée?s?|filiale)\s+(?:(?:depuis|en)\s+\d{4}\s+)?(?:par|de|du|des|d['’])\s"
    r"|\s*(?:owned|controlled|acquired|bought|operated|run|a\s+subsidiary)\s+(?:(?:since|in)\s+\d{4}\s+)?(?:by|of)\s")
# French: a participle and its agent in apposition ("lue par le conseiller X"): who did it, no subject.
_PARTICIPLE_AGENT_SEGMENT = re.compile(r"\s*[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|it|ite|ites|its)\s+par\s")
# English: a body, its relative clause, then the verb ("The association, which says it …, said"): the
# body (not "Kimberly-Clark, which makes Kleenex, and Solaris Paper …, emphasized": two subjects).
_HEAD_BEFORE_RELATIVE = re.compile(r"\s*(?P<np>[^,;:\"“”]{2,80}?),\s+which\s(?:(?!,\s+and\s)[^;:\"“”]|\"[^\"]{1,60}\"|“[^”]{1,60}”)*,\s*$")
# English: a subject noun phrase and its relative clause, no comma ("A pilot who did not want to be
# named because he feared … told", "One parent whose two children sail with the trust told"): the head
# before "who".
_HEAD_BEFORE_WHO = re.compile(r"\s*(?P<np>(?:A|An|One|The|Another)\s+[^,;:\"“”]{1,50}?)\s+who(?:se)?\s[^,;:\"“”]+$")
_INDEFINITE_OPENINGS = ("A ", "An ", "Another ", "One ")
# French: a passive's agent, then the relative pronoun the reporting verb follows ("lancée par la Synergie …, qui affirme").
_AGENT_THEN_QUI_FR = re.compile(r"\bpar\s+(?P<np>(?:la|le|les|l['’])\s*[^,;:.()]{3,90}?)(?:\s*\([^()]{2,12}\))?\s*,\s*qui\s*$")
# English: an indefinite description, then its relative clause between commas ("One woman, who had
# travelled from Molo with her son, said").
_HEAD_THEN_WHO_BETWEEN_COMMAS = re.compile(r"\s*(?P<np>(?:A|An|One|Another)\s+[^,;:\"“”]{1,40}?),\s+who\s[^,;:\"“”]+,\s*$")
# English: a participle phrase opening the sentence ("Reading the verdict, presiding judge X said").
_FRONTED_GERUND = re.compile(r"[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|its|to|at|on|in|from|with|after|before)\s[^,;:\"“”]{1,60},\s*(?=\S)")
_TIME_CLOSING = re.compile(r"\s+(?:this\s+(?:morning|afternoon|evening|week)|last\s+\w+|on\s+[A-Z][a-z]+day|yesterday|today|earlier)\s*$")
# What a description's relative clause may not hold: a reason, a time clause, a quotation, a number list.
_RELATIVE_CLAUSE_BREAK = re.compile(r"\s(?:because|since|when|while|after|before|although|though|but)\s|[\"“”(]")


# English: an indefinite description (a place in apposition, a relative clause of its own), then a
# clause asking for anonymity, maybe its reason, closing the subject ("A police officer at the District
# Police Office, Banke, who spoke on condition of anonymity,", "A maintenance worker who was among the
# first at the scene, and who asked not to be named because …,").
_DESCRIBED_BEFORE_ANONYMITY = re.compile(
    r"\s*(?:A|An|One|Another)\s+[^,;:()\"“”]{2,80}?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,2})?"
    r"(?:,?\s+who\s+(?!asked|wished|wanted|preferred|requested|declined|refused|did|does|would|spoke|cannot|sought"
    r"|was\s+not|were\s+not|is\s+not|are\s+not|has\s+not|have\s+not)[^,;:\"“”]{1,80}?)?(?=,?\s+(?:and\s+)?who\s)")
_REASON_CLOSING_SUBJECT = re.compile(r"(?:,?\s+(?:because|as|since|for\s+fear|to\s+(?:protect|avoid|keep))\s[^;:\"“”]{1,120}?)?\s*,?\s*")


def _described_before_anonymity(region: str, lex: Lexicon) -> Mention | None:
    """The description closed by a clause asking for anonymity (see `_DESCRIBED_BEFORE_ANONYMITY`)."""
    described = _DESCRIBED_BEFORE_ANONYMITY.match(region)
    if described is None or (clause := ANONYMITY_CLAUSE.match(region, described.end())) is None \
            or _REASON_CLOSING_SUBJECT.fullmatch(region, clause.end()) is None:
        return None
    phrase = described.group().strip(" ,")
    return Mention(phrase, role=clean_phrase(phrase, lex))


def _described_with_relative(region: str, head: re.Match, mention: Mention, lex: Lexicon) -> Mention | None:
    """A person described, not named, with the relative clause that defines them ("A farmer who
    attended the meeting", "One woman, who had travelled from Molo with her son,"): the guidelines keep
    the fullest description, without a counting word ("One", "Another") or the time the clause ends on
    ("who contacted the show this morning"). Not a clause asking for anonymity, which
    anonymous_speakers_en keeps in its own way, nor a long or broken one."""
    if mention.organisation or not head.group("np").startswith(_INDEFINITE_OPENINGS) \
            or ANONYMITY_CLAUSE.match(region, head.end("np")) is not None:
        return None
    relative = _TIME_CLOSING.sub("", region[head.end("np"):].strip(" ,"))
    if count_words(relative) > 14 or _RELATIVE_CLAUSE_BREAK.search(relative) is not None:
        return None
    described = COUNTING_WORD.sub("", clean_phrase(head.group("np"), lex))
    return Mention(region[head.start("np"):].strip(" ,"), role=f"{described} {relative.lstrip(', ')}")


_WH_WORDS = frozenset(("what", "which", "who", "whom", "whose", "that", "how", "where", "when", "why"))
_ENGLISH_QUANTIFIERS = frozenset(("several", "some", "many", "most", "others", "all", "both", "few", "each", "one", "two", "three"))
# English lower-case words only ("sealing division", "school boards").
_BARE_LOWER_CASE_NOUNS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")
# One to three words closing on a plural, nothing else: "Counties", "Local farmers".
_PLURAL_NOUNS_ONLY = re.compile(r"\s*(?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]+s\s*")
# French quantifiers that open a subject of their own without a determiner ("et plusieurs élus").
_FRENCH_QUANTIFIERS = frozenset(("plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses", "tous", "toutes",
                                  "chacun", "chacune", "aucun", "aucune", "beaucoup", "autres", "ceux", "celles", "celui", "celle"))


def _bare_noun_conjunct(phrase: str, lex: Lexicon) -> bool:
    """French: whether PHRASE, after "et", opens with a bare lower-case noun ("et transitaires de Côte
    d'Ivoire"): a French subject of its own takes a determiner, so the noun shares the one before it."""
    first = phrase.split()[0] if phrase.split() else ""
    return first[:1].islower() and first.isalpha() and first not in lex.function_words and fold(first) not in lex.pronouns \
        and fold(first) not in lex.bare_determiners and first not in _FRENCH_QUANTIFIERS


def _body_then_its_role(segment: str, mention: Mention, lex: Lexicon) -> bool:
    """English: "the Australian Workers' Union organiser in Whyalla": a body's name, then the role it gives
    (the person is the name before the apposition)."""
    return mention.organisation and bool(mention.role) and bool(mention.name) and fold(mention.role.split()[0]) in lex.roles \
        and segment.lstrip()[4:].startswith(mention.name) and segment.lstrip().startswith(("the ", "The "))


def find_subject(text: str, start: int, end: int, lex: Lexicon, sentence_start: int | None = None) -> Mention | None:
    """The clause subject right before a reporting verb, with its apposition."""
    region = text[start:end]
    if ("titled" in region or "called" in region or "intitul" in region) and (title := _TITLE_APPOSITION.search(region)) is not None:
        # "A report by X, titled “…”, found": the title is no speaker (nor its colon a clause break)
        region = region[:title.start()] + region[title.end():]
    if ("latter" in region or "former" in region) and (which := _WITH_FORMER_OR_LATTER.search(region)) is not None:
        referred = former_or_latter(which.group(1), names_in(region, lex), which.start(), lex)
        if referred is not None:
            return referred
    if lex.adjectival_names and region.rstrip().endswith(",") and (head := _HEAD_BEFORE_RELATIVE.match(region)) is not None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "The All Island Rural Teachers' Association, which says it represents … provinces, said"
    if not lex.adjectival_names and region.rstrip().endswith("qui") and (agent := _AGENT_THEN_QUI_FR.search(region)) is not None \
            and (mention := parse_mention(agent.group("np"), lex)) is not None and (mention.name or mention.role) and not mention.pronoun:
        return mention  # "La grève a été lancée par la Synergie des enseignants du Haut-Katanga (SEHK), qui affirme"
    if not lex.adjectival_names and (who := _WHO_OPENING.match(region)) is not None:
        return Mention(who.group("who"), role=who.group("who").lower())  # "Celle qui préside la région … a promis"
    if not lex.adjectival_names and (quoted := quoted_body_name(_without_trailing_auxiliaries(region))) is not None:
        return Mention(quoted[0], name=quoted[1], organisation=True)  # "Le collectif « Stop Bétonnage » estime"
    if lex.adjectival_names and region[:1] in "AO " and " who " in region and (described := _described_before_anonymity(region, lex)):
        return described
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(region)), default=0)
    if region[cut:cut + 1] in ("A", "S", "D", "a", "s", "d") and (source := _SOURCE_OPENING.match(region, cut)) is not None:
        cut = source.end()
    # (not "A resident, who gave his name only as Abu Yousif,", "who identified himself as X": the name given, read below)
    if lex.adjectival_names and ", who " in region and (head := _HEAD_THEN_WHO_BETWEEN_COMMAS.match(region, cut)) is not None \
            and name_given(region[head.end("np"):].strip(" ,"), head.group("np"), lex) is None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and mention.role and not mention.name \
            and not mention.pronoun and (described := _described_with_relative(region, head, mention, lex)) is not None:
        return described  # "One woman, who had travelled from Molo with her son, said"
    if lex.adjectival_names and " who " in region and (head := _HEAD_BEFORE_WHO.match(region, cut)) is not None:
        if (given := name_given(region[cut:], "", lex)) is not None:
            return given
        mention = parse_mention(head.group("np"), lex)
        if mention is not None and mention.role and not mention.name and not mention.pronoun:
            return _described_with_relative(region, head, mention, lex) or mention
    if lex.adjectival_names and " whose " in region and (head := _HEAD_BEFORE_WHO.match(region, cut)) is not None \
            and (mention := parse_mention(head.group("np"), lex)) is not None and mention.role and not mention.name \
            and not mention.pronoun and (described := _described_with_relative(region, head, mention, lex)) is not None:
        return described  # "One parent whose two children sail with the trust told"
    if lex.adjectival_names and (subordinate := _EN_SUBORDINATE_SUBJECT.search(region, cut)) is not None:
        cut = subordinate.start("np")  # "Labour MPs threaten rebellion as No 10 insists …": the clause's own subject
    if not lex.adjectival_names and (relative := _OBJECT_RELATIVE.search(region, cut)) is not None:
        cut = relative.end()  # "Une proposition que la maire dit avoir …": the relative clause's own subject
    region = _without_trailing_auxiliaries(region[cut:])  # "The United States had not, as of …, announced"
    if not lex.adjectival_names and region.rstrip()[-1:].isdigit() and (year := _TRAILING_YEAR_FR.search(region)) is not None:
        region = region[:year.start()]  # "Un audit commandé par la région en 2023 concluait": when, no part of who
    if region[:1] in "TLOE" and (time := _LEADING_TIME.match(region)) is not None:
        region = region[time.end():]  # "The next day on Twitter West accused …"
    # The end-anchored patterns below are searched only where a match can start (each search
    # would otherwise try every position of the region).
    if _COORDINATION_END.search(region, max(0, len(region.rstrip()) - len("mais"))):
        # "X called … and said": the first verb's subject
        opening = start if sentence_start is None else sentence_start
        named = None
        if not lex.adjectival_names:
            opening, named = opening_subject_fr(text, opening, end, lex)
        if lex.adjectival_names and named is None:
            named = english_opening_subject(text, opening, end, lex)
        if named is None and lex.adjectival_names:
            named = subject_of_first_verb(text, opening, end, lex, find_subject)
        named = named or first_named(text, opening, end, lex)
        if named is None and lex.adjectival_names and (subject := ROLE_SUBJECT_BEFORE_VERB.match(text, opening, end)):
            named = parse_mention(subject.group("np"), lex)  # "A spokeswoman for the ministry declined to comment but said …"
            if named is not None and (named.pronoun or not named.role):
                named = None
        if named is None and lex.adjectival_names and (lead := _LEADING_ADJUNCT.match(text, opening, end)) is not None:
            # "In a statement issued through his agent, he thanked the players and said …": the
            # subject comes after the adjunct, never in it
            after = text[lead.end():end].split(None, 1)
            if after and fold(after[0]) in lex.pronouns:
                return Mention(after[0].lower(), pronoun=True)
            opening = lead.end() + len(text[lead.end():end]) - len(text[lead.end():end].lstrip())
            named = english_opening_subject(text, opening, end, lex)  # "In a letter …, the processor blamed … and said"
        if named is None and lex.adjectival_names and text[opening:opening + 1].isupper():
            # "Lawyers for the family filed a complaint and said …": a bare plural subject, up to its verb
            phrase = _VERB_AFTER_PHRASE.split(text[opening:end].split(",", 1)[0], 1)[0]
            named = parse_mention(phrase, lex) if count_words(phrase) <= 8 else None
            if named is not None and (named.pronoun or named.name or not named.role):
                named = None
        return named
    if fold_case(region.rstrip()[-len("which"):]).endswith(_RELATIVE_WORDS):
        region = _RELATIVE_END.sub("", region)
        if not lex.adjectival_names and (antecedent_fr := relative_antecedent_fr(region, lex)) is not None:
            return antecedent_fr
        if lex.adjectival_names and (antecedent := _OBJECT_BEFORE_RELATIVE.search(region)) is not None:
            # "Wikinews contacted the ministry, which said …": the noun phrase the relative follows
            mention = parse_mention(antecedent.group("np"), lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role):
                return mention
        if lex.adjectival_names and (antecedent := _BODY_AFTER_PREPOSITION.search(region)) is not None \
                and (mention := parse_mention(antecedent.group("np"), lex)) is not None and mention.organisation and mention.name:
            return mention  # "advice from the International Council for the Exploration of the Sea (ICES), which said …"
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
    if after_conjunction and not lex.adjectival_names \
            and _BODY_NAMED_X_AND_Y_FR.search(region, max(0, after_conjunction.start() - 60), after_conjunction.start() + 8):
        after_conjunction = None  # "L'association Causses et Cévennes vivantes": one name
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
        elif _PLURAL_NOUNS_ONLY.fullmatch(region[:after_conjunction.start()]):
            # "Counties and school boards warn …": one group of two kinds
            return Mention(region.strip(), role=clean_phrase(region, lex))
    if after_conjunction and not lex.adjectival_names and (complement_conjunct(
            after_conjunction.group("np"), region[:after_conjunction.start()], lex.organisations)
            or _bare_noun_conjunct(after_conjunction.group("np"), lex)):
        # "le ministère de l'Éducation et de la Culture", "le Syndicat des dockers et transitaires de …": one name
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
    if after_conjunction and count_words(after_conjunction.group("np")) <= 4:
        region = after_conjunction.group("np")  # "… and several said", "… et le ministre a ajouté"
    if lex.adjectival_names and region[:1].isupper() and (gerund := _FRONTED_GERUND.match(region)) is not None \
            and "," not in region[gerund.end():]:  # (not "Replying to the Leader of the Opposition, X, the Minister said")
        region = region[gerund.end():]  # "Reading the verdict, presiding judge X said": the subject after the participle
    if "of " in region and (work := _WORK_OF_AUTHOR.search(region)) is not None:
        region = region[:work.start("title")] + "a work" + region[work.end():]  # "…, author of "Leaving the Rock", a history of …,"
    for closing in "»”\"":
        if closing not in region:
            continue
        if (quoted := _QUOTED_WORD_INSIDE.search(region, 0, region.rfind(closing) + 1)
                or _LABEL_INSIDE.search(region, 0, region.rfind(closing) + 1)) is not None:
            region = region[:quoted.start() + 1] + _QUOTE_MARKS.sub(" ", quoted.group()[1:]) + region[quoted.end():]
        elif not _PHRASE_GOES_ON.match(region, region.rfind(closing) + 1):
            region = region[region.rfind(closing) + 1:]  # (not "X, which bought "The Glassworks" at Y, said")
    last_word = region.split()[-1].lower() if region.split() else ""
    if last_word in lex.pronouns and len(region.split()) > 1 and not (_ONE_OF_THEM if lex.adjectival_names else SHARE_OF_THEM).search(region):
        return Mention(last_word, pronoun=True)  # "… a plan he called …"
    if last_word[:3] in ("qu'", "qu’") and last_word[3:] in lex.pronouns:
        return Mention(last_word[3:], pronoun=True)  # "l'idée d'un registre, qu'elle juge « … »": she judges
    if lex.adjectival_names and "," in region and GROUP_OF_PLACES.fullmatch(group := region.strip().rstrip(",").rstrip()):
        return parse_mention(group, lex)  # "RESIDENTS of Bonne Aventure, Gasparillo, say": one group
    segments = _SEGMENT_COMMA.split(region)  # (not the comma of "3,000")
    if len(segments) > 1:
        # "the Department of Agriculture, Food and the Marine", "le ministère de l'Éducation, de la Culture et des Sciences"
        segments = joined_listed_portfolios(segments) if lex.adjectival_names else joined_complement_lists(segments)
    if lex.adjectival_names and "," in region and (
            (fields := _FIELDS_LIST_CLOSING.search(region)) is not None or (fields := _PLURALS_LIST_CLOSING.search(region)) is not None
            or (fields := _PLACES_LIST_CLOSING.search(region)) is not None
            or (fields := _PARTIES_LIST_CLOSING.search(region)) is not None):
        segments = _SEGMENT_COMMA.split(region[:fields.start()])
        segments[-1] += region[fields.start():]
    filled = [segment for segment in segments if segment.strip()]
    if len(filled) >= 2 and _ACRONYM_SEGMENT.fullmatch(filled[-1]) \
            and (body := parse_mention(filled[-2], lex)) is not None and body.organisation and body.name and " " in body.name:
        return body  # "The Health and Social Care Inspectorate, IVO, says": the body, its short form in apposition
    found: Mention | None = None
    role: str | None = None
    skipped = 0
    for index in range(len(segments) - 1, -1, -1):
        segment = _without_trailing_auxiliaries(segments[index])
        if lex.adjectival_names and found is None and (given := name_given(segment, segments[index - 1] if index else "", lex)):
            return given
        if lex.adjectival_names and index > 0 and (relative := _EN_RELATIVE_IN_APPOSITION.search(segment)) is not None:
            # ", a man from Tanna who asked SBS News not to …,": not whom he asked; ", a Republican whose
            # district includes Madison,": nor the place
            if found is None and index == 1 and _BARE_COUNTED_NOUN.fullmatch(segments[0]) and _INDEFINITE_ARTICLE.match(segment.lstrip()) \
                    and ANONYMITY_CLAUSE.match(segment, relative.start()) is not None:
                described = segment[:relative.start()].strip()  # "One resident, a crofter who asked not to be identified,": the crofter
                return Mention(described, role=clean_phrase(described, lex))
            segment = segment[:relative.start()]
        if not lex.adjectival_names and index > 0 and " qui " in segment and segment.split()[0] not in ("qui", "dont") \
                and fold(segment.split()[0]).rstrip("'’") not in lex.bare_determiners and fold(segment.split()[0])[:2] != "l'" \
                and (relative := _FR_RELATIVE_IN_APPOSITION.search(segment)) is not None:
            # ", gestionnaire du barrage de Naussac qui soutient le débit de l'Allier en été,": what the barrage does
            segment = segment[:relative.start()]
        if not lex.adjectival_names and index > 0 and _EMPHATIC_PRONOUN_FR.match(segment):
            continue  # "La municipalité actuelle, elle aussi partie civile, a indiqué": the pronoun repeats the subject
        if lex.adjectival_names and index > 0 and found is None and _SHARE_OF_THEM_APPOSITION.match(segment):
            continue  # "The drivers, most of them members of the X Association, say": the drivers
        if lex.adjectival_names and index > 0 and (created := _CREATED_BY.search(segment)) is not None:
            segment = segment[:created.start()]  # ", the independent watchdog created by the Fiscal Responsibility Act,": what made it
        if found is None and index == 1 and lex.adjectival_names and (made := _DOCUMENT_MADE_BY.fullmatch(segment)) is not None \
                and _DOCUMENT_SUBJECT.fullmatch(segments[0]) is not None \
                and (author := parse_mention(made.group("author"), lex)) is not None and not author.pronoun:
            return author  # "The audit, carried out by the accounting firm X, found": its author speaks for it
        if not segment.strip():
            continue
        if found is not None and index == 0 and (_SENTENCE_ADVERB_ALONE if lex.adjectival_names else _FRONTED_ADJECTIVE_FR
                                                 ).fullmatch(segment.strip()):
            break  # "Separately, the motorway police said", "Émue, l'autrice a déclaré": no speaker's name
        if found is not None and index > 0 and not lex.adjectival_names and _PARTICIPLE_AGENT_SEGMENT.match(segment):
            break  # "Dans sa décision, lue par le conseiller X, la juridiction estime": who read it, no speaker
        if found is None and index > 0 and _OWNED_BY_SEGMENT.match(segment) \
                and (owned := parse_mention(segments[index - 1], lex)) is not None and owned.organisation and not owned.pronoun:
            # "l'entreprise, détenue depuis 2021 par le groupe italien X, a expliqué", "The company, owned since 2019
            # by X, said": who owns it, no speaker
            continue
        if found is not None and index == 0 and not lex.adjectival_names \
                and _FRONTED_PARTICIPLE_PHRASE_FR.fullmatch(segment.strip()) and first_name_gender(segment.split()[0]) is None:
            break  # "Saisi en référé par l'association X, le juge des référés a estimé": no speaker's name
        contrast = _CONTRAST_SUBJECT.match(segment)
        if contrast and found is None:
            # "…, while ALDI, in a Facebook post, called it …": a clause of its own, with its subject.
            mention = parse_mention(contrast.group("np"), lex)
            if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                return mention
        voice = _VOICE_OF.match(segment) if found is None and not lex.adjectival_names else None
        if voice is not None:
            spokesperson = parse_mention(voice.group("np"), lex)
            if spokesperson is not None and spokesperson.name and not spokesperson.pronoun:
                return spokesperson
        citing = _CITING.match(segment) if found is None else None
        if citing is not None:
            # "Reuters, citing anonymous sources, reported": the cited source speaks, the outlet relays.
            cited = parse_mention(citing.group("np"), lex)
            if cited is not None and not cited.pronoun and (cited.name or cited.role):
                return cited
        if _ADJUNCT_SEGMENT.match(segment) and not (found is None and _PLURAL_SUBJECT_FR.match(segment) and (
                index == 0 or index == len(segments) - 1 and _PLURAL_VERB.match(text, end))):  # ("À Gaya, des commerçants ont dit")
            if index == 0 and found is None and sentence_start is not None and start > sentence_start:
                # "Reuters reported on Monday a senior official, whom …, said": right after an
                # earlier reporting verb, an adjunct then the subject of this one.
                determiner = _DETERMINER_AFTER_ADJUNCT.search(segment)
                mention = parse_mention(segment[determiner.start("np"):], lex) if determiner else None
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return mention
            continue  # "Coles, in its March 8 media release, reported", "X, which includes Y, said"
        if lex.adjectival_names and found is not None and found.name is None and found.text[:4].lower() == "the " \
                and index > 0 and _ADJUNCT_SEGMENT.match(segments[index - 1]) and name_closing(segment, lex) is not None \
                and role_in(found.text, lex) is None:
            # "In a statement signed by its media officer, Uche Nwosu, the club said": the name
            # completes the adjunct; the subject follows it (but "Speaking to ABC Radio, Mick Tavener, the union's
            # organiser in Whyalla, said": a person's role, his apposition)
            return found
        if found is not None and found.name is None and index == 1 and lex.adjectival_names and found.text[:4] == "the " \
                and (opening := _ADJUNCT_CLOSING_ON_ROLE.fullmatch(segments[0])) is not None \
                and fold(opening.group("role").split()[0]) in lex.roles and names_a_person(segment, lex):
            # "Replying to a question from the Leader of the Opposition, Reza Callychurn, the Minister
            # said": the name is the earlier role's; the subject is the role after it
            return found
        if found is not None and found.name is None and is_apposition_role(found.text, lex):
            # "…avec Bernard Bonnet, le successeur de Claude Erignac, qui a rétorqué": the name
            # that closes the segment before a role apposition is the one the role describes.
            head = name_closing(segment, lex)
            if head is not None and lex.adjectival_names and (group := _GROUP_OF_PLACE.fullmatch(segment)) is not None \
                    and (fold(group.group("noun")) in GROUP_NOUNS or fold(group.group("noun"))[:-1] in lex.roles):
                head = None  # "Residents of Ha Thetsane, an industrial suburb, said": the place is described
            if head is not None and (whole := parse_mention(segment, lex)) is not None and whole.name and whole.name.endswith(" " + head) \
                    and (whole.organisation or lex.adjectival_names and " and " in whole.name and whole.name == segment.strip()
                         and not is_first_name(whole.name.split()[0])):
                # "Citizens for Fair Elections, a non-partisan group,", "HSE West and North West, the health region …,":
                # the body's whole name
                head = whole.name
            if head is not None:
                return Mention(f"{segment.strip()}, {found.text}", name=head, role=found.role,
                               organisation=describes_a_body(found.text, lex))
        if found is None and index > 0 and lex.party_labels and (
                (party := _PARTY_APPOSITION.match(segment)) is not None and fold(party.group("party")) in lex.party_labels
                or _PARTY_STATE_LABEL.fullmatch(segment)):
            # "Rep. Ann Roe, a North Carolina Republican, said": the party apposition is her role
            role = clean_phrase(segment, lex)
            found = Mention(segment.strip(), role=role)
            continue
        if found is None and index > 0 and _SHORT_PLACE.fullmatch(segment) and _PLACE_AT_SEGMENT_END.search(segments[index - 1]) \
                and first_name_gender(segment.strip()) is None and segment.split()[0].rstrip(".") not in lex.titles \
                and fold(segment.split()[0]) not in lex.roles \
                and (_RELATIVE_SEGMENT.match(segments[index - 1]) or (lex.adjectival_names and (
                    _ARTICLE_SEGMENT.match(segments[index - 1]) if index > 1 else _OPENING_INDEFINITE.match(segments[0])
                    or _GROUP_OF_PLACE.fullmatch(segments[0]) or _DEFINITE_PLURAL_OPENING.match(segments[0])))):
            # ("Officials in Hamilton County, Florida, said", "The administrators of the steelworks in Whyalla, South Australia,")
            # "Bill Roe, who runs a shop in Dayton, Ohio, said", "Dr Ann Lee, a GP in Ludlow,
            # Shropshire, said": the state or county completes the town
            continue
        if found is None and index > 0 and not lex.adjectival_names and _BARE_APPOSITION_FR.match(segment) \
                and (head := parse_mention(segments[index - 1], lex)) is not None and not head.pronoun \
                and (head.organisation or head.name is None and head.role):
            continue  # "La Ville d'Avignon, principal financeur après l'État, a rappelé": the body speaks
        if found is None and index > 0 and lex.adjectival_names \
                and ((plain := _INDEFINITE_DESCRIPTION.match(segment) is not None) or _PLACE_BODY_DESCRIPTION.match(segment)) \
                and (head := parse_mention(segments[index - 1], lex)) is not None and head.name and not head.pronoun \
                and (" " not in head.name or head.organisation or not plain):
            # "VolTatra, a battery start-up backed by Norwegian and Slovak investors, said", "The Desert Fireball
            # Network, a camera network run by Curtin University, said": what the name is
            found, role = Mention(segment.strip(), role=clean_phrase(segment, lex)), None
            continue
        if found is None and index > 0 and lex.adjectival_names and _BODY_NAMED_AFTER_ROLE.search(segments[index - 1]) \
                and not _ADJUNCT_SEGMENT.match(segments[index - 1]) \
                and (describes_a_body(segment.strip(), lex) or _DEFINITE_DESCRIPTION.fullmatch(segment)) \
                and (head := parse_mention(segments[index - 1], lex)) is not None and (head.role or head.name) and not head.pronoun:
            # "A spokesperson for FIDE, the international chess federation, told", "Data from the Tokyo
            # MoU, the Asia-Pacific port state control regime, shows": what the body named is (not "In a letter
            # seen by the Bay of Plenty Times, the union warned": an adjunct, then the subject)
            continue
        if found is None and index > 0 and lex.adjectival_names and _DEFINITE_OPENING.match(segment) \
                and describes_a_body(segment, lex) and (head := parse_mention(segments[index - 1], lex)) is not None \
                and head.name and not head.pronoun:
            # "Nova Scotia Health, the Canadian province's health authority, said": what the body named is
            found, role = Mention(segment.strip(), role=clean_phrase(segment, lex)), None
            continue
        mention = parse_mention(_SOURCE_PREFIX.sub("", segment), lex)  # "…, according to X, which said"
        if found is None and index > 1 and mention is not None and mention.name and lex.adjectival_names \
                and (of_noun := _ROLE_OF_THE_NOUN.fullmatch(segments[index - 1])) is not None \
                and fold(of_noun.group("noun")) in lex.organisation_nouns | lex.companies \
                and names_a_person(segments[index - 2], lex):
            continue  # "X, the chief executive of the operator, Saarte Liinid Group, told": the operator's name
        if mention is None:
            # "Le documentaire d'Al Jazeera, réalisé après 9 mois d'enquête, précise": an apposition.
            # "Carl Jimenez, 67, said": an age.
            # "Ruth Okoro, 62, a retired teacher, said": an age between the name and its role.
            if index > 0 and _AGE.fullmatch(segment.strip()):
                continue  # "Paul Roux, 54 ans, boulanger à Lille, a expliqué": the age, after any apposition
            if skipped == 0 and index > 0 and found is None and segment.strip()[:1].islower():
                skipped += 1
                continue
            break
        if mention.pronoun:
            if found is None and index > 0 and fold(segment.strip()) in _STRESSED_PRONOUNS:
                continue  # "Ses collègues, eux, dénoncent": the noun phrase before the pronoun
            return mention if found is None else found
        if mention.name:
            if found is not None and index > 0 and " " not in mention.name and _MEDIUM_CLOSING_ADJUNCT.search(segments[index - 1]) \
                    and _ADJUNCT_SEGMENT.match(segments[index - 1]):
                return found  # the medium's name, then the subject
            if found is None and index > 0 and lex.adjectival_names and not mention.pronoun \
                    and (pair := _AND_RELATIVE.match(segments[index - 1])) is not None \
                    and (first := parse_mention(pair.group("first"), lex)) is not None and first.name and not first.pronoun:
                return Mention(f"{segments[index - 1].strip()}, {segment.strip()}", name=f"{first.name} and {mention.name}")
            if found is None and index > 0 and (group := collective_before(segments[index - 1], lex)) is not None:
                return group  # "le cabinet de la ministre des Transports, Josée Roux, a fait savoir"
            if found is None and index > 0 and ((" " not in mention.name or mention.organisation
                                                 or named_after_organisation_noun(segment, mention.name, lex))
                                                and role_then_its_complement(segment, mention, lex)
                                                or lex.adjectival_names and indefinite_role_at_en(segment, lex)
                                                or lex.adjectival_names and _body_then_its_role(segment, mention, lex)) \
                    and names_a_person(segments[index - 1], lex):
                # "Marie Roux, coordinatrice de la paroisse Saint-Martin, affirme": the name in the
                # apposition belongs to the role's complement; the person is the segment before.
                role = clean_phrase(segment, lex)
                found = Mention(segment.strip(), role=role)
                continue
            if found is None and index > 0 and lex.adjectival_names and mention.role \
                    and _NAME_THEN_LOWER_CASE_ROLE.match(segment.strip()[len(mention.name):]) is not None \
                    and segment.strip().startswith(mention.name) and names_a_person(segments[index - 1], lex):
                # "Leah Fernandes, Hawaii Island chapter chair of the …, said": the place qualifies the role
                found = Mention(segment.strip(), role=clean_phrase(segment, lex))
                continue
            if role and not mention.role:
                mention.role = role
            if lex.adjectival_names and not mention.organisation and (
                    found is not None and describes_a_body(found.text, lex)
                    or index > 0 and (noun := THE_NOUN.fullmatch(segments[index - 1].strip())) is not None
                    and fold(noun.group("noun")) in lex.companies | lex.organisation_nouns):
                # "Śląski Holding Węglowy (Silesian Coal Holding), the state-controlled operator", "The developer, X, said"
                mention.organisation = True
            mention.text = segment.strip() if found is None else f"{segment.strip()}, {found.text}"
            return mention
        if found is None:
            found = mention
            role = mention.role
            continue
        if lex.adjectival_names and found.name is None and found.role and _INDEFINITE_ARTICLE.match(found.text) \
                and _ONE_OF_THE.fullmatch(segment.strip()):
            return found  # "One of the workers, a steel fixer from Bangladesh who …, said": who that one is
        if lex.adjectival_names and found.name is None and mention.role and not mention.organisation \
                and _INDEFINITE_APPOSITION.match(found.text):
            # "Residents of Kelby, one of the flooded districts, said": the apposition describes
            # the head's complement; the head speaks.
            return mention
        break
    return found
