"""Attributions by a source phrase: "selon X, …", "d'après X", "according to X, …", "…, according to X"."""

from __future__ import annotations

import re

from claims.extract.clause_starts import EN_CLEAR_FINITE
from claims.extract.cues import is_weak
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.source_appositions import (
    BARE_ROLE_APPOSITION, RELATIVE_AFTER_SOURCE, WHAT_THE_SOURCE_LEADS, expanded_acronym, name_apposition_end, next_comma,
)
from claims.extract.lang.en import NOUN_OBJECT_REPORTING_VERBS
from claims.extract.quotes import Quote
from claims.extract.reported_bounds import MANNER_AFTER_SELON
from claims.extract.reported_subjects import SPEECH_VERBS
from claims.extract.speakers import Mention, fold
from claims.extract.speaker_mentions import parse_mention, without_recipient_fr
from claims.extract.inverted_subjects import MEDIUM_KINDS_FR, mention_after
from claims.extract.source_agents import AGENT_ADJUNCT, source_phrase
from claims.extract.sources import canonical_source
from claims.extract.passive_agents import PassiveAgents


# English: a coordinator opening the source's own clause (", and according to X, …").
_COORDINATOR_CLOSING_EN = re.compile(r",\s+(?:and|but)$")
_EN_RELATIVE_IN_SOURCE = re.compile(r",?\s+(?:in\s+which|which|who|where|whose)\b")
# "un bilan provisoire du Bureau national de …", "le centre de coordination des secours de la Norvège du Sud": a
# body's long name (not "un message publié sur le site de la Fédération …": where it was posted)
_NAMED_BODY_COMPLEMENT = re.compile(r"^(?!.*\b(?:site|page|compte)\b).*\b(?:du|de\s+la|de\s+l['’]|of\s+the)\s*"
                                    r"(?:(?:communauté|syndicat|agence|office|direction)\s+(?:de|des|du)\s+[a-zà-ÿ]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]"
                                    # "the Department of Primary Industries and Regional Development of Western Australia"
                                    r"|^(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w-]*)+$"
                                    # "le Bureau de la coordination des affaires humanitaires des Nations unies"
                                    r"|^(?:l['’]\s*|le\s+|la\s+|les\s+)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+\s+(?:[a-zà-ÿ]+\s+)?(?:de|du|des|d['’])")
_OPEN_CLAUSE_END = re.compile(
    r"(?:[;:]|\b(?:but|and|or|yet|so|while|although|though|because|as|that|which|who|where|when|if))[\s,]*$",
    re.IGNORECASE)
# "…, according to health officials, ranging in age from eleven to 75": a participle after the
# source describes the sentence's subject, not the source.
_EN_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]+(?:ing|ed)\b")
# What an examination finds, which whoever cites it tells ("A post-mortem examination found …, according
# to the police"; but "The panel found …, according to the newspaper X": the panel speaks).
_EXAMINATIONS = frozenset(("examination", "autopsy", "post-mortem", "test", "tests", "analysis", "inspection", "scan", "audit"))
# Figures or a study as a subject, which the source opening the sentence reads ("ces chiffres", "the data").
_FIGURES_SUBJECT = re.compile(
    r"(?:ces|les|ce|cette|leurs|these|the|this|those)\s+(?:[a-zà-ÿ-]+\s+)?(?:chiffres|données|résultats|statistiques|"
    r"figures|data|results|statistics|numbers)", re.IGNORECASE)
# The closing mark of a quotation a mixed claim now ends on (none when the text has none).
_CLOSING_MARK = re.compile(r"(?:[\s\u00a0\u202f]*[»”\"])?")
# French plural nouns of people that the role words miss: "ces riverains" may speak for themselves.
_PEOPLE_FR = frozenset(("riverains", "usagers", "parents", "familles", "élus", "voisins", "victimes", "sinistrés", "citoyens",
                        "électeurs", "jeunes", "enfants", "salariés", "employés", "grévistes", "proches", "gens", "personnes"))
# French: a thing named by a demonstrative, which speaks for no one ("ces crues", "cette décision").
_DEMONSTRATIVE_THING_FR = re.compile(r"(?:[Cc]es|[Cc]ette|[Cc]et|[Cc]e)\s+(?P<noun>[a-zà-ÿ-]{3,})(?:\s+[a-zà-ÿ-]+)?")
# French: a short verbless adjunct closing the sentence after a source (", en légère hausse par rapport à
# 2022."), or where the source sits (", basée à Cracovie.").
_FR_ADJUNCT_AFTER_SOURCE = re.compile(
    r",\s+(?:en|soit|contre|hors|sans|malgré|lors|à\s+l['’]appel|à\s+l['’]initiative|sous\s+l['’]égide"
    r"|(?:basé|installé|situé|implanté|établi)e?s?)\s+(?:[\w'’%-]+\s+){0,8}[\w'’%-]+\s*[.!?]?\s*$")
_EN_GERUND_AFTER_COMMA = re.compile(r",\s+[a-z]{2,}ing\s")
# (", close to the average for the whole of June", ", nearly double the figure for 2018": how it compares)
_EN_COMPARISON_AFTER_COMMA = re.compile(r",\s+(?:(?:well|slightly|just|far|nearly|almost)\s+)?(?:below|above|under|over|up|down|compared|against|higher"
                                        r"|lower|short|close\s+to|double|twice|triple|half)\s")
_EN_CONCESSION_AFTER_COMMA = re.compile(r",\s+(?:though|although|even\s+though)\s")


# French: a circumstance of the event after a source closing the sentence ("…, selon la police, à l'appel du collectif X").
_CIRCUMSTANCE_AFTER_SOURCE = re.compile(
    r"(?:à\s+l['’]appel|à\s+l['’]initiative|sous\s+l['’]égide|avec|sans|malgré|pour|par|après|avant|lors)\b")
_COLON = re.compile(r"[ \u00a0\u202f]:\s")
_THAT_NEXT = re.compile(r"\s+that\b")
_NOUN_OBJECT_VERBS = tuple(NOUN_OBJECT_REPORTING_VERBS)
# A subject closing on the name its role is apposed to: "COCOBOD's deputy chief executive for operations, Abena Darko-Mensah".
_ROLE_THEN_APPOSED_NAME = re.compile(r",\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2}$")
_LONGEST_SUBJECT, _LONGEST_APPOSED_SUBJECT = 6, 12  # words
_MAIN_VERB_RESUMES = re.compile(r",\s+(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|u|us|it)\b")


# English: a document, then the body it is by ("a survey released on Monday by the X Association"): a source that may be long.
_EN_DOCUMENT_BY_AUTHOR = re.compile(r"\s*(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:report|study|survey|review|audit|analysis|assessment"
                                    r"|estimate|poll|census|count)\b[^,]*?\bby\s")
_PARENTHESES = re.compile(r"\([^()]*\)")
_NAME_IN_APPOSITION_CLOSING = re.compile(r",\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2}\s*$")
_AGE_APPOSITION = re.compile(r",\s*\d{1,3},")
# A sentence's first word before its source phrase: "Toujours selon le ministère, …", "But according to X, …".
_OPENING_ADVERBS = frozenset(("toujours", "encore", "mais", "et", "or", "enfin", "aussi", "but", "and", "also", "still"))
# French "où selon lui le dispositif …": a pronoun source and its clause with no comma between them.
_BARE_PRONOUN_SOURCE = re.compile(r"\s*(?P<pronoun>lui|elle|eux|elles)\s+(?=[a-zà-ÿ«])")
_LEADING_ARTICLE = re.compile(r"^\s*(?:la\s+|le\s+|les\s+|l['’])")
# French: a name going on with a list of complements up to its acronym (", d'industrie, des mines et de l'artisanat (CCIMA)").
_NAME_LIST_THEN_ACRONYM = re.compile(
    # ("la Société d'exploitation et de développement aéroportuaire, aéronautique et météorologique (Sodexam),": adjectives)
    r"(?:,\s+(?:(?:d['’]|de\s+|des\s+|du\s+)[^,()«»]{1,40}?|[a-zà-ÿ-]+(?:\s+et\s+[a-zà-ÿ-]+)?))+\s*\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]{1,9}\)")
# Where a French document's description turns to when and where it appeared.
_BY_AGENT = re.compile(r"\spar\s")
# (a body's lower-case noun may open its name: "de la communauté de communes Albères-Côte Vermeille-Illibéris")
# ("une étude de l'agence régionale de santé (ARS) Occitanie": up to three lower-case words, maybe a short form, then the name)
_AUTHOR_NAMED = re.compile(r"\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?:[a-zà-ÿ]+\s+(?:de\s+|des\s+|du\s+)?){0,3}(?:\([A-Z]{2,8}\)\s+)?"
                           r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# An outlet as the agent of a document's publication ("publié samedi par le quotidien Le Devoir").
_MEDIUM_AGENT_FR = re.compile(r"\s*(?:le|la|l['’])\s*" + MEDIUM_KINDS_FR + r"\b")
_INDEFINITE_DESCRIPTION_FR = re.compile(r"\s*(?:un|une)\s+[^\W\d_]")
_NAMED_BODY_OPENING_FR = re.compile(r"(?:les|le|la|l['’])\s*[A-ZÀ-ÖØ-Þ]")
_TRAILING_AND = re.compile(r"(?:,|\s+et)\s*$")
# French: a town closing the sentence after an apposition (", à Barjac.").
_TOWN_CLOSING_FR = re.compile(r",\s*à\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[\s-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s*[.!?…]?\s*$")
# English: who obtained or saw a document, no part of who wrote it ("a reply obtained by the forum").
_OBTAINED_BY_EN = re.compile(r"\s(?:obtained|seen|reviewed|examined)\s+by\s")
# ("un prévisionniste joint par le quotidien X", "un mineur joint par téléphone par le quotidien X"; not "des habitants
# joints par téléphone": how, no outlet)
_RELAYED_BY_FR = re.compile(r"\s(?:consulté|obtenu|vu|cité|lu|joint|contacté|interrogé)e?s?\s+(?:par\s+téléphone\s+)?par\s(?!téléphone|courriel|e-?mail|SMS)")
_FR_DOCUMENT_PARTICIPLE = re.compile(r"\s(?:publiée?s?|parue?s?|diffusée?s?|dévoilée?s?|présentée?s?|rendue?s?\s+publique?s?|signée?s?|adoptée?s?"
                                     r"|citée?s?\s+par"  # ("selon une étude de X citée par le quotidien, …")
                                     r"|auprès\s+(?:de|des|du|d['’]))\s")  # ("un sondage réalisé par X auprès de 214 officines")
# English: a body's name closing on "of" or "for" and capitalised words ("the Department of Agriculture"), then its
# other portfolios after a comma (", Trade and Consumer Protection").
_OF_CAPITALISED_CLOSING_EN = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_PORTFOLIOS_AFTER_COMMA_EN = re.compile(r",\s+[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*)*,?\s+(?:and|&)\s+"
                                        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# Where an English document's description turns to when and where it appeared.
_EN_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?:study|report|survey|paper|analysis|review|poll|audit|documents?|records|filings?|papers|figures|data|plan"
    r"|proposal|budget|assessment|memo|letter|statements|accounts|results|disclosure|settlement|complaint|lawsuit|motion|petition"
    r"|affidavit|indictment|trial)"
    r"(?:\s+(?:at|in|among)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"  # ("a clinical trial at six Norwegian hospitals published …")
    r"(?P<cut>\s+(?:obtained|seen|disclosed)\s|\s+(?:published|released|posted|issued|unveiled|filed|submitted|tabled|presented|circulated"
    r"|provided|supplied|compiled|produced)\s(?!to\s+the\s+[a-z]+['’]s\s+(?:board|cabinet|committee|directors))(?!by\s))")  # (but
# "figures presented to the trust's board of directors": the body's own figures, read whole; nor "results posted by the
# borough clerk": the author named, not an outlet that obtained them)
# A source ending in a plural common noun ("official statements", "court records") has no name in apposition.
_EN_PLURAL_NOUN_END = re.compile(r"(?<![\w'’-])[a-z]{3,}[^s\W]?s\s*$")
_EN_RELATIVE_AFTER_SOURCE = re.compile(r",\s*(?:which|who)\s[^,.;]*,")
# French: a clause's finite verb after a source ("…, selon lui, les contrôles sont devenus …").
_FRENCH_FINITE_VERB = re.compile(r"\b(?:est|sont|a|ont|était|étaient|sera|seront|serait|seraient|avait|avaient|va|vont)\b")
# French: a participle describing the source closes the sentence ("…, selon le quotidien X, édité à Tripoli.").
_FR_PARTICIPLE_CLOSING_SENTENCE = re.compile(
    r",\s*[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?\s+(?:à|au|aux|en|par|dans|depuis|sur|pour)\s[^,;:«»]*$")
# ("…, selon le rapport annuel du médiateur, remis mercredi au président de la Chambre.": its day too)
# French: the main verb's infinitive or gerund after the source ("…, a-t-il déclaré, selon le quotidien X, avant d'ajouter
# que …"): the source relays what comes before it; the clause after it has the main verb's subject.
_FR_MAIN_VERB_GOES_ON = re.compile(r",\s*(?:avant\s+(?:de\s|d['’])|après\s+avoir\s|tout\s+en\s|en\s+[a-zà-ÿ]+ant\s)")
# English: "…, according to the fire department, which said no one was hurt."
_EN_RELATIVE_ENDING_SENTENCE = re.compile(r",\s*(?:which|who)\s[^,]*$")
_EN_RELATIVE_START = re.compile(r",\s*(?:which|who)\s")
# French: a clause opening on a capitalised name and its verb ("SNCF Réseau en a recensé …").
_NAMED_CLAUSE_SUBJECT = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,3})[ \u00a0]+(?:en[ \u00a0]+|y[ \u00a0]+|ne[ \u00a0]+|n['’])?"
    r"(?:a|ont|avait|avaient|est|sont|compte|comptait|estime|prévoit)\b")
_CITING_AFTER_SOURCE = re.compile(r",\s*(?:qui\s+cit(?:e|ait)|citant)\s+(?P<cited>[^,;:.«»]{3,80}?)\s*,")
_EN_APPOSITION_CLOSING_SENTENCE = re.compile(r",\s+(?P<np>[^,;]{3,80}?)\s*[.!?]?\s*$")
_EN_DESCRIPTION_CLOSING_SENTENCE = re.compile(
    r",\s+(?:(?:a|an)\s+[^;:\"“”]{3,100}"
    # ("…, according to figures compiled by CILIP in Scotland, the library professionals' body.")
    r"|the\s+(?:[\w'’-]+\s+){0,4}(?:body|group|association|organisation|organization|union|federation|charity|watchdog"
    r"|regulator|lobby|society|institute|agency|authority|utility|company|firm|operator|provider|corporation)\s*[.!?]?\s*)$")
# ("…, according to the X Association, a residents' group formed in September.": a participle in the description)
_EN_DESCRIPTION_PARTICIPLE = re.compile(r",\s+(?:a|an)\s+[^;:\"“”,.]{3,60}?\s+[a-z]{3,}ed\s+(?:in|by|on|at|last|this|to|for)\b[^;:\"“”,]{0,60}$")
_MEETING_OF_NAMED_BODY = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_EN_PERSON_THEN_DESCRIPTION = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){1,3}),\s+(?:a|an|the)\s")
_EN_ACRONYM_CLOSING_SENTENCE = re.compile(r",\s+(?P<name>[A-ZÀ-ÖØ-Þ]{2,8})\s*[.!?]?\s*$")
_EN_NAME_CLOSING_SENTENCE = re.compile(r",\s+(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})\s*[.!?]?\s*$")


# A clause opening with a person's full name, after an optional title: "Me Julien Lacroix a plaidé".
_FULL_NAME_OPENING = re.compile(r"(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+(?:(?:de|du|le|la)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[a-zà-ÿ]")
# A headline's label before its quotation ("Perpignan : « … »", "Carnac: "…"").
_HEADLINE_LABEL = re.compile(r"[^\s:«»\"“”][^:«»\"“”]{0,40}?\s?:\s*(?=[«\"“])")
# French "pour" phrases that say when or how, never whose view: "pour la première fois", "pour l'instant".
_POUR_TIME_OR_LINK = re.compile(
    # ("Pour le troisième jour consécutif, aucun navire …", "pour la deuxième année consécutive": when)
    r"\s*(?:(?:la|le)\s+(?:premi(?:er|ère)|derni(?:er|ère)|second(?:e)?|deuxième|troisième|quatrième|cinquième|sixième|septième"
    r"|huitième|neuvième|dixième|énième|\d{1,2}e)\s+(?:fois|jour|journée|nuit|semaine|week-end|mois|année|saison)|une\s+fois|l['’](?:instant|heure|essentiel)"
    r"|le\s+moment|autant|cela|ça|commencer|finir|rappel|mémoire|l['’]année|cette\s+raison"
    r"|la\s+plupart|l['’]essentiel|partie|moitié|beaucoup)\b", re.IGNORECASE)  # ("pour la plupart pigistes": mostly)
# French: a second past participle sharing the auxiliary of a claim before it ("… et appelé à …").
_COORDINATED_PARTICIPLE_OPENING_FR = re.compile(r"(?:et|mais)\s+[a-zà-ÿ]+(?:é|ée|és|ées)\s")
# French "pour lequel": what a thing is for ("le tournoi, pour lequel …"), never whose view ("pour qui").
_WHICH_AFTER_POUR_FR = re.compile(r"\s*(?:lequel|laquelle|lesquels|lesquelles)\b")
# French: a source named later in the sentence ("Pour une maison de 230 000 dollars, la hausse sera de 62 dollars, selon
# la Ville"): the "Pour" phrase says for what or whom, the source says who.
_SOURCE_LATER_FR = re.compile(r"\b(?:selon|d['’]après)\s")


# "…, selon la police, et au moins 30 blessées": the clause before the source goes on after it.
_CONJUNCTION_AFTER_COMMA_FR = re.compile(r",\s*(?:et|mais|alors\s+qu(?:e\s|['’])|tandis\s+qu(?:e\s|['’]))")
# French: a counted group ("deux industriels", "trois élus", "12 salariés"), the subject of a clause, never a source's apposition.
_COUNTED_GROUP_FR = re.compile(r"\s*(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|\d+)\s+[a-zà-ÿ-]+s\b")
# French: a description opening on its article ("le service d'information routière du ministère …").
_DESCRIPTION_OPENING_FR = re.compile(r"(?:le|la|les|l['’])\s*[a-zà-ÿ]")

# French: a deed owned up to or denied, in the perfect infinitive ("a reconnu avoir pris la fuite", "nie avoir visé").
_OWNING_UP_FR = ("reconn", "ni", "avou", "admi", "contest", "dément", "démenti")
_INFINITIVE_REPORT_FR = re.compile(r"(?:avoir|être|d['’]avoir|d['’]être)\s")


# An earlier source closing its clause, then a coordinator opening the next one.
_SOURCE_THEN_COORDINATOR = re.compile(r"(?:selon|d['’]après|according\s+to)\s[^,.;«»\"“”]{1,60},\s+(?:et|and)\s+", re.IGNORECASE)


def _second_act_fr(text: str, prior: int, sentence_start: int, start: int) -> bool:
    """Whether the clause at START, after a claim earlier in its sentence, is that claim's subject's second act
    ("X a jugé la décision « définitive » et appelé à « tourner la page », selon l'ATS"), no statement of the source."""
    return prior > sentence_start and _COORDINATED_PARTICIPLE_OPENING_FR.match(text, start) is not None


def _prior_end(text: str, drafts: list[Draft], source: int, sentence_start: int) -> int:
    """Where the clause a source after it attributes may start: after the last draft that ends before SOURCE
    (but not after a deed owned up to: "l'automobiliste a reconnu avoir pris la fuite, mais nie avoir visé les
    militaires, selon une source": the source's statement, whole)."""
    prior = max([d.end for d in drafts if d.end <= source and not (_INFINITIVE_REPORT_FR.match(text, d.start)
                                                                     and d.cue.split()[-1].lower().startswith(_OWNING_UP_FR))]
                + [sentence_start])
    earlier = _SOURCE_THEN_COORDINATOR.match(text, trim(text, prior, source)[0])
    # ("…, selon la direction du CHU, et par « plus de 60 % » des infirmiers, selon les syndicats": the earlier
    # source's clause is the draft before)
    return earlier.end() if earlier is not None and earlier.end() < source else prior


class SourcePhrases(PassiveAgents):
    """The `selon X` / `according to X` half of `SentenceReader` (its attributes: `text`, `language`,
    `lex`, `sources_before`; from `FrenchQuotes`: `_source_mention`, `_appositions_end`; from
    `ReportedSpeech`: `_content_end`)."""

    def _clause_before(self, s: int, source_start: int) -> bool:
        """English: a whole clause (four words or more, a clear finite verb) precedes the source."""
        clause = self.text[s:source_start]
        return (
            self.language == "en" and word_count(clause) >= 4 and EN_CLEAR_FINITE.search(clause) is not None
            and _OPEN_CLAUSE_END.search(clause) is None  # "…; but, according to her memoirs, …"
        )

    def _fronted_adjunct(self, s: int, source_start: int, drafts: list[Draft]) -> tuple[int, int] | None:
        """English "Since their discovery, according to the academy, …": a short phrase with no verb
        opening the sentence before the source belongs to the statement (its first span)."""
        if self.language != "en":
            return None
        prior = max([d.end for d in drafts if d.end <= source_start] + [s])
        head = self.text[prior:source_start].rstrip()
        if not head.endswith(",") or not 2 <= word_count(head) <= 6 or EN_CLEAR_FINITE.search(head) \
                or _OPEN_CLAUSE_END.search(head) or "," in head[:-1]:
            return None
        return trim(self.text, prior, source_start)

    def _finding_shown(self, start: int, drafts: list[Draft], pour: bool = False) -> Draft | None:
        """The claim whose subject, opening at START, is figures or a study that a weak verb makes
        show something ("ces chiffres montrent que …", "the data show that …"), or, after French "Pour X,",
        a thing named by a demonstrative ("Pour le géologue, ces crues rappellent que …"), else None."""
        for draft in drafts:
            if draft.mention is None or draft.mention.pronoun or draft.cue is None \
                    or not 0 <= draft.position - start <= 60 or draft.start < draft.position:
                continue
            subject = self.text[start:draft.position].strip()
            if not draft.mention.name and is_weak(draft.cue.split()[-1], self.pats) and _FIGURES_SUBJECT.fullmatch(subject):
                return draft
            # (the subject read back to the source: "Pour le géologue X, ces crues" names X)
            if pour and (thing := _DEMONSTRATIVE_THING_FR.fullmatch(subject)) is not None \
                    and self.lex.role_pattern.fullmatch(fold(thing.group("noun"))) is None \
                    and fold(thing.group("noun")) not in self.lex.organisations and thing.group("noun") not in _PEOPLE_FR:
                return draft
        return None

    def _inverted_cue_after(self, position: int) -> bool:
        """Whether a reporting verb after POSITION in the sentence follows a comma and has its subject after it
        ("…, estime de son côté l'Union des propriétaires du Cher")."""
        return any(c.start() > position and c.group("aux") is None and self.text[:c.start()].rstrip().endswith(",")
                   and not _RELAYED_BY_FR.match(self.text, c.start() - 1)  # ("…, interrogé par le quotidien X, …": who asked)
                   and (subject := mention_after(self.text, c.end(), c.end() + 80, self.lex)[0]) is not None
                   # (not "…, rapporte l'ATS": the agency relays what the source said)
                   and not (c.group("verb").lower().startswith(("rapport", "relat", "relai"))
                            and canonical_source(subject.name or subject.text) is not None) for c in self._sentence_cues)

    def _own_subject_speaks(self, start: int, end: int) -> bool:
        """English: the clause after a source opens with a subject and its verb of speech ("traders in
        London said the decision …")."""
        if self.language != "en":
            return False
        for cue in self._sentence_cues:
            if start < cue.start() < end:
                subject = self.text[start:cue.start()].strip(" ,")
                if not subject or word_count(subject) > (
                        _LONGEST_APPOSED_SUBJECT if _ROLE_THEN_APPOSED_NAME.search(subject) else _LONGEST_SUBJECT):
                    return False
                mention = parse_mention(subject, self.lex)
                verb = cue.group("verb").lower()
                if verb.startswith(_NOUN_OBJECT_VERBS) and _THAT_NEXT.match(self.text, cue.end()) is None:
                    return False  # "According to the department, the parish has added about 22,000 residents": a thing added
                # (any verb of the cues before "that": "According to IRNA, Moradi's team alleged that …")
                return (verb in SPEECH_VERBS["en"] or _THAT_NEXT.match(self.text, cue.end()) is not None) \
                    and mention is not None and not mention.pronoun and bool(mention.name or mention.role)
        return False

    def _source_after_clause(self, m, s: int, np_end: int, quotes: list[Quote], drafts: list[Draft], paragraph: int):
        text = self.text
        mention = parse_mention(source_phrase(text[m.end():np_end]), self.lex)
        if mention is None:
            return None
        prior = _prior_end(text, drafts, m.start(), s)
        start, end = trim(text, prior, m.start())
        if word_count(text[start:end]) < 4 or any(q.open <= start + 1 and q.end >= end - 1 for q in quotes):
            return None
        if self.language == "fr" and _second_act_fr(text, prior, s, start):
            return None
        kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
        return Draft(kind, [(start, end)], m.group().strip(), mention, m.start(), paragraph=paragraph)

    def _sources(self, s: int, e: int, quotes: list[Quote], drafts: list[Draft], paragraph: int) -> list[Draft]:
        text = self.text
        found = []
        covered = [(d.start, d.end) for d in drafts]
        for m in self.sources_before.finditer(s, e):
            if any(a <= m.start() < b for a, b in covered) or any(q.open <= m.start() < q.end for q in quotes):
                continue
            # Already the attribution of a quotation: a mixed claim may grow to the whole clause.
            twin = next((d for d in drafts if d.position == m.start()), None)
            if twin is not None and twin.kind != "mixed" and not self._colon_quote_after_clause(twin):
                continue
            prefix = text[s:m.start()].strip()
            # ("…; according to prosecutors, he owed …": a new clause after the semicolon)
            # ("…, mostly in Fiji, and according to the ministry, fewer than half …": a coordinated clause's source)
            coordinated = self.language == "en" and _COORDINATOR_CLOSING_EN.search(prefix) is not None
            leading = not prefix or prefix.endswith((",", ":", ";")) or prefix.lower() in _OPENING_ADVERBS or coordinated  # (French too: "… ; selon X, il …")
            is_pour = m.group().strip().lower() == "pour"
            relative = self._relative_source(m, e)
            if is_pour and relative is not None and _WHICH_AFTER_POUR_FR.match(text, m.end()):
                continue  # "Le tournoi, pour lequel la Suisse n'est pas qualifiée, débute samedi": for which, no one's view
            if relative is not None and twin is not None:
                continue  # the quotation's attribution already
            if relative is not None:  # "…, pour qui le gouvernement ne tient qu'à un fil"
                end = self._content_end(relative[1], e, drafts)
                if (resumed := _MAIN_VERB_RESUMES.search(text, relative[1], end)) is not None:
                    end = resumed.start()  # "L'association X, selon laquelle …, a déposé plainte": the main clause goes on
                start, end = trim(text, relative[1], end)
                if word_count(text[start:end]) >= 3 and not any(q.open <= start + 1 and q.end >= end - 1 for q in quotes):
                    kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
                    found.append(Draft(kind, [(start, end)], m.group().strip(), relative[0], m.start(), paragraph=paragraph))
                continue
            if self._pour_inside_clause(m, s) or (is_pour and _POUR_TIME_OR_LINK.match(text, m.end())):
                continue  # (nor "Pour la première fois, …", "Pour l'instant, …": when, not who)
            if self.language == "fr" and not is_pour and MANNER_AFTER_SELON.match(text, m.end()):
                continue  # "paient … selon la valeur locative de leur logement": by what measure, not who says so
            if is_pour and (_SOURCE_LATER_FR.search(text, m.end(), e) is not None or self._inverted_cue_after(m.end())):
                continue  # ("Pour un pavillon moyen, la hausse …, estime l'Union …": the inverted subject speaks)
            bare = _BARE_PRONOUN_SOURCE.match(text, m.end()) if self.language == "fr" and twin is None and prefix else None
            if bare is not None and (mention := self._source_mention(m, bare.group("pronoun"))) is not None:
                # "citant l'Allemagne, où selon lui le dispositif « n'a pas réglé … »": no comma after the pronoun
                start, end = trim(text, bare.end(), self._content_end(bare.end(), e, drafts))
                if word_count(text[start:end]) >= 3 and not any(q.open <= start + 1 and q.end >= end - 1 for q in quotes):
                    kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
                    found.append(Draft(kind, [(start, end)], m.group().strip(), mention, m.start(), paragraph=paragraph))
                continue
            comma = next_comma(text, m.end(), e)  # (not "According to a survey of 1,200 riders": a number's)
            semicolon = text.find(";", m.end(), e) if self.language == "en" else -1
            if semicolon != -1 and (comma == -1 or semicolon < comma):
                comma = semicolon  # "according to the JHU data; at least 55,000 deaths …"
            listed = None
            if comma != -1 and self.language == "en" and _OF_CAPITALISED_CLOSING_EN.search(text, m.end(), comma) is not None \
                    and (portfolios := _PORTFOLIOS_AFTER_COMMA_EN.match(text, comma, e)) is not None:
                comma = next_comma(text, portfolios.end(), e)  # "the Department of Agriculture, Trade and Consumer Protection,"
            if comma != -1 and self.language == "fr" and (listed := _NAME_LIST_THEN_ACRONYM.match(text, comma, e)) is not None:
                comma = text.find(",", listed.end(), e)  # "la Chambre de commerce, d'industrie, des mines et de l'artisanat (CCIMA),"
            # "Selon les derniers avis du Conseil international …,", "According to the Centers for Disease Control and
            # Prevention in the United States, …": a source opening the sentence may be long.
            longest = 16 if not prefix else 10
            if listed is not None:
                longest += 8  # (a name listing what the body covers: "la direction régionale des entreprises, de la concurrence, …")
            if self.language == "fr" and prefix and comma != -1 and _FR_MAIN_VERB_GOES_ON.match(text, comma, e) is not None:
                continue  # the source of the clause before it, whose speaker goes on
            source_words = _PARENTHESES.sub("", text[m.end():comma])
            if self.language == "fr" and (published := _FR_DOCUMENT_PARTICIPLE.search(source_words)) is not None:
                source_words = source_words[:published.start()]  # "selon une étude de X publiée mardi dans la revue Y, …"
            if self.language == "en" and _EN_DOCUMENT_BY_AUTHOR.match(source_words) is not None:
                longest += 6  # "…, according to a survey released on Monday by the Hawkeye Volunteer Firefighters Association, a group …"
            is_trailing = comma == -1 or word_count(source_words) > longest \
                or (RELATIVE_AFTER_SOURCE.match(text, comma) is not None and (prefix or self.language != "fr")) \
                or (self.language == "fr" and prefix and _FR_PARTICIPLE_CLOSING_SENTENCE.match(text, comma, e) is not None) \
                or (self.language == "en" and _EN_RELATIVE_ENDING_SENTENCE.match(text, comma, e) is not None)
            if not is_trailing and prefix and leading and self.language == "fr" \
                    and (closing := self._apposition_closing(comma, e)) is not None \
                    and (is_pour or not _FRENCH_FINITE_VERB.search(text, comma, closing)):  # (not "…, selon lui, les contrôles sont …")
                # "…, selon son entraîneur, Jean Petit.": the source and its apposition end the sentence (or a relative
                # clause about its speaker: "…, selon l'administrateur judiciaire, Me X, qui avait dit …")
                is_trailing = True
            if not is_trailing and prefix and leading and not prefix.endswith(":") and not coordinated and (
                    self._clause_before(s, m.start())
                    # "No party won …, according to official results …, leaving the country …": a
                    # participle after the source, no clause of its own
                    or self.language == "en" and word_count(prefix) >= 2 and _EN_GERUND_AFTER_COMMA.match(text, comma)
                    # "The UK records more tornadoes …, according to TORRO, though few of them cause …": a concession after
                    or self.language == "en" and word_count(prefix) >= 4 and _EN_CONCESSION_AFTER_COMMA.match(text, comma)
                    # "Inflation stood at 2.89 percent, according to IBGE, below the bank's target": a comparison, no clause
                    or self.language == "en" and word_count(prefix) >= 4 and _EN_COMPARISON_AFTER_COMMA.match(text, comma, e)
                    and not EN_CLEAR_FINITE.search(text, comma, e)
                    # "Brewers bought fewer hops, according to the Brewers Association, a trade group in Boulder, Colo.":
                    # the source's description closes the sentence
                    # (or its name: "…, according to figures presented by its finance officer, Daniel Weisz.")
                    or self.language == "en" and word_count(prefix) >= 4 and (
                        _EN_DESCRIPTION_CLOSING_SENTENCE.match(text, comma, e) and (
                            not EN_CLEAR_FINITE.search(text, comma, e) or _EN_DESCRIPTION_PARTICIPLE.match(text, comma, e))
                        or _EN_NAME_CLOSING_SENTENCE.match(text, comma, e))
                    # "Le taux … s'est établi à 51 %, selon les données de la municipalité, en légère hausse …": no
                    # verb after the source
                    or self.language == "fr" and prefix.endswith(",") and word_count(prefix) >= 4 and _FRENCH_FINITE_VERB.search(prefix) is not None
                    and (_FR_ADJUNCT_AFTER_SOURCE.match(text, comma, e) is not None
                         # "Deux personnes ont été tuées, selon la police, et au moins 30 blessées": the clause goes on
                         or _CONJUNCTION_AFTER_COMMA_FR.match(text, comma, e) is not None)):
                # "The call came at 2:20 a.m., according to police, but the man was dead": the
                # source follows the clause it attributes.
                named = _EN_NAME_CLOSING_SENTENCE.match(text, comma, e) if self.language == "en" else None
                # ("…, according to a police spokesperson in Imo State, Maureen Chinaka.": the name in apposition)
                np_end = named.end("name") if named else comma
                if named is None and self.language == "en" and (acronym := _EN_ACRONYM_CLOSING_SENTENCE.match(text, comma, e)) \
                        and text[m.end():comma].split()[-1:] and text[m.end():comma].split()[-1].islower():
                    np_end = acronym.end("name")  # "…, according to the UN refugee agency, UNHCR.": the body's short name
                if named is None and self.language == "en" and (apposed := _EN_APPOSITION_CLOSING_SENTENCE.match(text, comma, e)) \
                        and (short := parse_mention(text[m.end():comma], self.lex)) is not None and not short.name \
                        and (whole := parse_mention(text[m.end():apposed.end("np")], self.lex)) is not None and whole.name:
                    np_end = apposed.end("np")  # "…, according to its lead sponsor, state Representative Nadia Okafor of Cambridge."
                draft = self._source_after_clause(m, s, np_end, quotes, drafts, paragraph)
                if draft is not None:
                    found.append(draft)
                continue
            if not is_trailing and leading:
                # apposition: "Selon la fédération des banques, Febelfin, …"
                np_end = name_apposition_end(text, comma, e, self.lex)
                subject_after = self.language == "en" and np_end != comma and _EN_PLURAL_NOUN_END.search(source_words) \
                    and text[comma + 1:comma + 3].strip()[:1].isupper()
                subject_after = subject_after or self.language == "en" and np_end != comma and _AGE_APPOSITION.match(text, np_end)
                if subject_after:
                    np_end = comma  # "According to official statements, Trump, now in hospital, is …": the subject
                    # ("According to the written decision, Brannigan, 27, deliberately lost …": the name with an age)
                mention = self._source_mention(m, source_phrase(text[m.end():np_end]))
                if mention is None:
                    continue
                if self.language == "en" and np_end != comma and (full := expanded_acronym(text, comma, e)) is not None:
                    mention = Mention(mention.text, name=full, organisation=True)  # "According to NIWA, the National Institute …,"
                if self.language == "fr" and (citing := _CITING_AFTER_SOURCE.match(text, comma, e)) is not None \
                        and (cited := parse_mention(citing.group("cited"), self.lex)) is not None \
                        and not cited.pronoun and (cited.name or cited.role):
                    mention = cited  # "Selon l'agence Reuters, qui cite un diplomate européen, …": the agency relays
                if listed is not None and mention.organisation and not mention.pronoun:
                    whole = _LEADING_ARTICLE.sub("", _PARENTHESES.sub("", text[m.end():listed.end()])).strip()
                    mention = Mention(mention.text, name=whole, organisation=True)  # (parse_mention stops at the first comma)
                clause_start = comma + 1 if subject_after else max(np_end, self._appositions_end(comma, e)) + 1
                if self.language == "en" and (relative := _EN_RELATIVE_AFTER_SOURCE.match(text, clause_start - 1, e)):
                    clause_start = relative.end()  # "According to AFP, which cited sources close to …, the man …"
                start, end = trim(text, clause_start, self._content_end(clause_start, e, drafts))
                if (shown := self._finding_shown(start, drafts, is_pour and self.language == "fr")) is not None:
                    # "Pour les partisans de la réforme, ces chiffres montrent que …": the source reads the figures
                    shown_end = shown.end
                    if shown.kind == "direct":
                        shown.kind = "mixed"  # (the quotation, and the words before it that say what shows it)
                        shown_end += len(_CLOSING_MARK.match(text, shown_end).group())
                    shown.mention, shown.spans = mention, [(start, shown_end)]
                    continue
                if word_count(text[start:end]) < 3:
                    continue
                if is_pour and self.language == "fr" and any(start < c.start() < end for c in self._sentence_cues) \
                        and _FULL_NAME_OPENING.match(text, start) is not None:
                    continue  # "Pour la défense, Me X a plaidé …, estimant que …": the clause's own subject speaks
                if self._own_subject_speaks(start, e):  # (its subject's apposition may end the clause read so far)
                    continue  # "According to Reuters, traders in London said …": the traders speak, Reuters relays
                if any(q.open <= start + 1 and q.end >= end - 1 for q in quotes):
                    continue  # a quotation: handled with its quote
                if twin is not None and twin.kind == "mixed":
                    if twin.start <= end and end > twin.end:
                        twin.spans = [(min(start, twin.start), end)]
                    continue
                kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
                spans = [self._fronted_adjunct(s, m.start(), drafts), (start, end)]
                found.append(Draft(kind, [span for span in spans if span is not None], m.group().strip(), mention,
                                   m.start(), paragraph=paragraph))
                continue
            if is_pour or twin is not None:
                continue
            # "…, selon X." at the end of the sentence (or of its clause: "…, selon l'intersyndicale ; la direction …").
            np = source_phrase((_EN_RELATIVE_START if self.language == "en" else RELATIVE_AFTER_SOURCE).split(
                text[m.end():e].split(";", 1)[0], 1)[0].strip(" .!?\u00a0"))
            if self.language == "en" and (relative := _EN_RELATIVE_IN_SOURCE.search(np)) is not None:
                np = np[:relative.start()]  # "a report from ABC Australia in which they said …"
            described = None  # "…, ranging in age from 11 to 75": a participle describing the clause's subject
            if self.language == "en" and (participle := _EN_PARTICIPLE_AFTER_COMMA.search(np)) is not None:
                np = np[:participle.start()]  # "according to health officials, ranging in age from …"
                at = m.end() + text[m.end():e].find(participle.group())
                if not any(at <= cue.start() < at + len(participle.group()) for cue in self._sentence_cues):
                    described = trim(text, at + 1, self._content_end(at + 1, e, drafts))
            if self.language == "en" and (published := _EN_DOCUMENT_PARTICIPLE.search(np)) is not None \
                    and not _MEETING_OF_NAMED_BODY.search(np, published.end()):  # ("papers published ahead of a board meeting of X")
                np = np[:published.start("cut")]  # "according to a large study published Wednesday in the Journal of …"
            if self.language == "fr":
                np = without_recipient_fr(np)  # "…, selon le rapport de la commission remis lundi au ministre des Transports."
                np = _COLON.split(np, 1)[0]  # "Jusqu'à 4 000 marcheurs, selon les compteurs du Département : le puy …"
            if self.language == "fr" and "," in np and (
                    WHAT_THE_SOURCE_LEADS.match(apposed := np.split(",", 1)[1].strip()) or BARE_ROLE_APPOSITION.fullmatch(apposed)):
                np = np.split(",", 1)[0]  # "…, d'après les calculs de l'association X, à l'origine d'une pétition."
            elif self.language == "fr" and "," in np and _INDEFINITE_DESCRIPTION_FR.match(np.split(",", 1)[1]) \
                    and _NAMED_BODY_OPENING_FR.match(np) and (body := parse_mention(np.split(",", 1)[0], self.lex)) is not None \
                    and body.name:
                # "selon les Comités locaux de coordination, un réseau de militants", "selon l'Observatoire syrien des
                # droits de l'homme, une ONG basée à Londres": what the body is
                np = np.split(",", 1)[0]
            if self.language == "fr" and (published := _FR_DOCUMENT_PARTICIPLE.search(np)) is not None:
                # "…, selon un rapport de la X (ACR) publié le jeudi 19 novembre.": when, no part of who (but
                # "… publiés dans la nuit par la Commission": the agent is)
                if (agent := _BY_AGENT.search(np, published.end())) is not None \
                        and not (_MEDIUM_AGENT_FR.match(np, agent.end()) and _AUTHOR_NAMED.search(np, 0, published.start())):
                    # (not "un sondage de la firme Opinion Nord publié samedi par le quotidien Le Devoir": the paper only
                    # prints what the firm found)
                    np = np[agent.end():]
                    if (adjunct := AGENT_ADJUNCT.search(np)) is not None:
                        np = np[:adjunct.start()]  # "… adopté par l'agglomération en 2024": when, no part of who
                elif _AUTHOR_NAMED.search(np, 0, published.start()) or published.group().strip().startswith(("sign", "adopt")):
                    # (not "un message publié sur le site de X": no author of its own; "un avenant … signé jeudi à
                    # Luxembourg": when and where, the document speaks)
                    np = np[:published.start()]
            if self.language == "fr" and (relay := _RELAYED_BY_FR.search(np)) is not None:
                # "selon un document interne consulté par le quotidien régional X": who relayed it ("un document remis
                # aux élus et consulté par X": without the "et")
                np = _TRAILING_AND.sub("", np[:relay.start()])
            # ("…, d'après le vice-président de la communauté urbaine chargé des mobilités, Laurent Dufay.": the
            # role, then its holder's name in apposition)
            counted = _NAME_IN_APPOSITION_CLOSING.sub("", np)
            if self.language == "en" and (person := _EN_PERSON_THEN_DESCRIPTION.match(counted)) is not None:
                counted = person.group("name")  # "…, according to Jenna Fischli, a crop specialist with … in Reno County."
            if self.language == "en" and (relay := _OBTAINED_BY_EN.search(counted)) is not None:
                counted = counted[:relay.start()]  # "according to a Right to Information (RTI) reply obtained by the X Forum."
            if word_count(_PARENTHESES.sub("", counted)) > (16 if _NAMED_BODY_COMPLEMENT.match(np) else 10):
                # ("selon le Centre régional … de sauvetage (Cross) d'Étel": the short form is no word more; "selon un
                # bilan provisoire du Bureau national de gestion des risques et des catastrophes": a body's long name)
                continue
            mention = self._source_mention(m, np)
            if mention is None:
                continue
            prior = _prior_end(text, drafts + found, m.start(), s)
            if self.language == "en":
                prior = max(prior, text.rfind(";", prior, m.start()) + 1)  # "…; at least 55,000 deaths …, according to"
            start, end = trim(text, prior, m.start())
            if paragraph == 0 and self.language == "fr" and text[:m.start()].rstrip()[-1:] != "," \
                    and (comma := text.rfind(", ", start, end)) != -1 and word_count(text[comma:end]) >= 3:
                # a headline's "panne géante chez Opalis, « un incident sans précédent » selon l'opérateur": a source
                # with no comma before it says what follows the last one
                start, end = trim(text, comma + 1, end)
            if self.language == "en" and word_count(text[start:end]) < 3 \
                    and (finding := next((d for d in drafts if d.kind == "indirect" and 0 <= m.start() - d.end <= 3), None)) is not None \
                    and is_weak(finding.cue.split()[-1], self.pats) and finding.mention is not None \
                    and not finding.mention.pronoun and not finding.mention.name and not mention.pronoun \
                    and (finding.mention.role or "").rsplit(" ", 1)[-1].lower() in _EXAMINATIONS:
                # "A post-mortem examination found that Arzu died …, according to the police": the
                # source tells what the examination found
                finding.mention = mention
                continue
            if word_count(text[start:end]) < 3 or text[start:start + 1] in ("»", "”") or any(q.close == start for q in quotes) \
                    or self.language == "fr" and _second_act_fr(text, prior, s, start):
                continue  # ("« … », a dénoncé X, selon Belga": the agency relays the quotation's attribution)
            if mention.pronoun and self.language == "fr" and (owner := _NAMED_CLAUSE_SUBJECT.match(text, start, end)) is not None \
                    and (named := parse_mention(owner.group("name"), self.lex)) is not None and named.name:
                mention = named  # "SNCF Réseau en a recensé 2 400, selon son dernier rapport": the subject owns the report
            if paragraph == 0 and (label := _HEADLINE_LABEL.match(text, start, end)) is not None:
                start = label.end()  # "Perpignan : « … », selon le délégué du festival": the headline's label, no words of his
            whole = [q for q in quotes if q.open <= start + 1 and q.end >= end - 1]
            if whole:  # "« … », selon X": a quotation
                found.append(Draft("direct", list(whole[0].spans), m.group().strip(), mention, m.start(), paragraph=paragraph))
                continue
            kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
            spans = [(start, end)] + ([described] if described is not None and word_count(text[described[0]:described[1]]) >= 2 else [])
            found.append(Draft(kind, spans, m.group().strip(), mention, m.start(), paragraph=paragraph))
        return found

    def _apposition_closing(self, comma: int, e: int) -> int | None:
        """French: where the name or role in apposition to the source before COMMA ends, when it runs to
        the sentence's end ("…, selon son entraîneur, Jean Petit.") or to a relative clause about it
        ("…, Me Arnaud Pélissier, qui avait dit …"); else None."""
        end = e
        if (relative := RELATIVE_AFTER_SOURCE.search(self.text, comma + 1, e)) is not None:
            end = relative.start()
        if (relay := _RELAYED_BY_FR.search(self.text, comma + 1, end)) is not None \
                and self.text[comma + 1:relay.start()].rstrip().endswith(","):
            # "…, selon son président, Gilbert Maurel, cité par le quotidien X.": the relay, no part of the apposition
            end = self.text.rindex(",", comma + 1, relay.start())
        if (place := _TOWN_CLOSING_FR.search(self.text, comma + 1, end)) is not None:
            end = place.start()  # "…, selon X, directeur de la coopérative des Garrigues, à Barjac.": where, no part of the apposition
        tail = self.text[comma + 1:end].strip().rstrip(".!?…").strip()
        # ("…, selon Québec 511, le service d'information routière du ministère des Transports du Québec.": a long description)
        longest = 14 if _DESCRIPTION_OPENING_FR.match(tail) else 8
        if not tail or "," in tail or word_count(tail) > longest or any(c in tail for c in "«»“”\"();:"):
            return None
        if _CIRCUMSTANCE_AFTER_SOURCE.match(tail) or _COUNTED_GROUP_FR.match(tail):
            # "…, selon la police, à l'appel du collectif X.": the gathering's circumstance, no apposition ("…, deux
            # industriels, dont un groupe italien, se seraient …": the next clause's subject)
            return None
        if relative is None and (BARE_ROLE_APPOSITION.fullmatch(tail) is not None or WHAT_THE_SOURCE_LEADS.match(tail) is not None):
            # "…, selon Lorient Agglomération, propriétaire des installations.", "…, d'après l'association X, à l'origine
            # d'une pétition.": what the source is
            return end
        mention = parse_mention(tail, self.lex)
        return end if mention is not None and not mention.pronoun and bool(mention.name or mention.role) else None

    def _colon_quote_after_clause(self, twin: Draft) -> bool:
        """French "Pour X, les horaires jouent un rôle : « … »": the source's quotation follows a
        colon that closes a clause of its own, which is a second statement."""
        return self.language == "fr" and twin.kind == "direct" and self.text[:twin.start].rstrip(" «\u00a0“\"").endswith(":")
