"""A language's reporting cues once compiled (`CuePatterns`, built by `cues.patterns`) and the cues they find
(`Cue`): a reporting verb with its auxiliary, unless the form reports nothing where it stands (a noun after its
determiner, a passive, a participle naming or valuing a thing, a gerund of means)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.clause_starts import sure_clause_en
from claims.extract.entities import is_negated
from claims.extract.lang import en as _en
from claims.extract.lang import fr as _fr

_EN_PASSIVE_ENDINGS = ("was", "were", "is", "are", "be", "been", "being", "can", "may", "might", "will", "would",
                       "could", "should", "must", "ly", "later", "also", "then", "first", "since", "never", "not", "soon",
                       "once", "still", "already")


def _ends_with_word(text: str, start: int, end: int, endings: tuple[str, ...]) -> bool:
    """Whether text[start:end], without trailing whitespace and commas, ends with one of `endings`
    (lower case, "'" for either apostrophe)."""
    tail = text[start:end].rstrip()
    while tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail[-24:].lower().replace("’", "'").endswith(endings)


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb found in text, with its auxiliary and inverted pronoun."""

    start_offset: int
    end_offset: int
    text: str
    verb: str
    aux: str | None
    pron: str | None

    def start(self) -> int:
        return self.start_offset

    def end(self) -> int:
        return self.end_offset

    def group(self, name: str | None = None):
        if name is None:
            return self.text
        return {"verb": self.verb, "aux": self.aux, "pron": self.pron}[name]


_DETERMINER_BEFORE = {
    "fr": re.compile(
        r"(?<![\w’'])(?:a|an|the|le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|his|her|its|their)\s+$"
        r"|(?<![\w’'])[Ll]['’]$", re.IGNORECASE),  # (French "l'accusé": an elided article, a noun)
    # (not the French ones: "A woman who lost her son said")
    "en": re.compile(r"(?<![\w’'])(?:a|an|the|his|her|its|their)\s+$", re.IGNORECASE),
}
# French: a determiner and an adjective before a form in -ant ("l'ancien attaquant"): a noun.
_FR_DETERMINER_AND_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Ss]on|[Ss]a|[Ll]eur|[Cc]et?|[Cc]ette|[Ll]['’]|[Dd]u|[Aa]u)\s*"
    r"(?:ancien|ancienne|jeune|nouveau|nouvel|nouvelle|premier|première|seul|seule|célèbre|principal|principale)\s+$")
_EN_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are|be|been|being)\s+(?:(?:\w+ly|later|also|then|first|since|never|not|soon|once|still|already)\s+)?"
    r"|(?:can|may|might|will|would|could|should|must)\s+(?:\w+ly\s+)?)$", re.IGNORECASE)
_PASSIVE_AUX_FR = re.compile(r"(?:est|sont|était|étaient|sera|seront|serait|a[ \u00a0]+été|ont[ \u00a0]+été|avait[ \u00a0]+été)", re.IGNORECASE)
# "is reminding", "were warning": the progressive's auxiliary right before an -ing verb
EN_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
_EN_THAT_SOON = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+that\s")
# A source opening the sentence, then findings as the clause's subject ("Selon l'ODG, des contrôles menés en
# septembre ont montré que …", "According to him, the department's latest stock assessment showed that …").
_SOURCE_THEN_FINDINGS = {
    "fr": re.compile(r"\s*(?:Selon|D['’]après)\s[^,;.«»]{3,120},\s*(?:des|les|ces|ses|leurs|la|le|l['’])\s*[a-zà-ÿ][^,;.«»A-Z]*"),
    "en": re.compile(r"\s*According\s+to\s[^,;.\"“”]{2,120},\s*(?:the|its|their|his|her)\s+[a-z][^,;.\"“”A-Z]*"),
}
# French: where or for what someone is tried ("jugé devant le tribunal", "jugée pour homicide", "jugés en appel").
_TRIED_BEFORE_FR = re.compile(r"\s+(?:devant|pour|en\s+appel|en\s+première\s+instance|par\s+(?:le|la)\s+(?:tribunal|cour))\b")
# French: what an estimate bears on, then "à" and the figure ("chiffre la ressource à « … »", "chiffre à 300 le nombre").
_ESTIMATE_AT_NEXT_FR = re.compile(r"(?:\s+(?:la|le|les|l['’]|ses|sa|son|leurs?)\s*[^\s,.;:«»]+(?:\s+[^\s,.;:«»]+){0,4})?\s+à\s")
# French: the sentence closing on an inverted pronoun's attribution ("…, a-t-elle précisé.").
_INVERTED_PRONOUN_CLOSING_FR = re.compile(r",\s+(?:(?:a|avait|ont|avaient)-t-(?:il|elle|ils|elles)|[a-zéèêîû]+-t-(?:il|elle))"
                                          r"(?:\s+[a-zéèêîû]+)?\s*[.!?]?\s*$")
_EN_ON_CONDITION_THAT = re.compile(r"\s+on\s+(?:the\s+)?condition\s+that\b")
# English "have" + its object + a participle: "homes have had damp or mould reported this year" (what happened
# to them, no one reporting).
_EN_HAD_OBJECT_BEFORE = re.compile(r"\b(?:had|have|has|having)\s+(?:[a-z][\w-]*\s+){1,5}$")
_EN_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<![\w’'])(?:over|of|for|with|about|against|on|in|by|from|into|amid|after|before|under|despite|when|while|upon|"
    r"without)|\w['’]s)\s+$",
    re.IGNORECASE)
_EN_NOUN_THEN_PREPOSITION = re.compile(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|some|no|all|both|"
    r"one|two|three|several|many|most|more|nobody|everyone)\b)[a-z][\w-]*\s+(?:to|of|with|for|on|against|at|between)\b")
# The rest of a sentence after a verb (where "showed" may open a clause).
_SENTENCE_REST = re.compile(r"[^.;!?\n]{0,300}")
# What one sees in a thing, quoted ("y voit au contraire « une mise sous tutelle »", "voit dans cette mission « la preuve … »").
_SEEING_FORMS_FR = frozenset(("voit", "voient", "voyait", "voyaient"))
_QUOTE_SOON_FR = re.compile(r"[ \u00a0]+(?:(?:au\s+contraire|plutôt|surtout|aussi|également|d['’]abord|avant\s+tout)[ \u00a0]+)?"
                            r"(?:(?:une?|le|la|les|des|l['’])[ \u00a0]*)?«")
_SEEN_IN_QUOTE_FR = re.compile(r"[ \u00a0]+(?:surtout[ \u00a0]+)?dans[ \u00a0]+[^.;:!?«»\n]{1,60}?[ \u00a0]+(?:(?:une?|le|la|les|des|l['’])[ \u00a0]*)?«")
# A pronoun's act that dates an event ("…, eleven days after she told …"), inside a sentence that reports a clause.
_PRONOUN_AFTER_EVENT_BEFORE = re.compile(r"\b(?:after|before|when|until|since)\s+(?:she|he|they|it|I|we)\s+(?:had\s+)?$")
_REPORTED_THAT_BEFORE = re.compile(r"\b(?:said|says|found|finds|ruled|rules|heard|concluded|told\s+[\w\s]{1,40}?)\s+that\b[^.;!?\n]*$")
# French gerunds of judgement that "tout en" makes a second statement of ("tout en jugeant ce volume « … »").
_JUDGING_GERUNDS_FR = ("jugeant", "estimant", "qualifiant", "soulignant", "affirmant", "assurant", "rappelant", "précisant",
                       "dénonçant", "regrettant", "déplorant", "reconnaissant")
_QUOTE_IN_CLAUSE_NEXT = re.compile(r"[^.;:!?«»\n]{0,60}«")
# What "warning" makes a compound noun of ("rip warning signs", "an early warning system").
_WARNING_COMPOUND_NEXT = re.compile(r"\s+(?:signs?|signage|lights?|labels?|shots?|systems?|sirens?|flags?|triangles?|tape|notices?|"
                                    r"letters?|levels?|areas?|zones?|periods?|boards?|messages?"
                                    # (or what befalls it in a headline: "Heat warning extended in southern Quebec")
                                    r"|extended|issued|lifted|upgraded|downgraded|cancell?ed|canceled|expires|expired|remains|"
                                    r"in\s+(?:place|effect|force))\b")
# English verbs whose object is whom they address, maybe then where ("reminded jurors at the opening of the inquest that").
_EN_AUDIENCE_FIRST = frozenset(("reminded", "informed", "assured"))
# (not a year after "en": "un audit commandé par la région en 2023 concluait que …")
_DE_OR_NUMBER_BEFORE = re.compile(r"(?:(?<![\w’'])(?:de|d['’])|(?<!\ben\s\d\d)(?<!\ben\s\d\d\d)\d)\s*$", re.IGNORECASE)


def _name_with_number_before(markers: str, not_names: str) -> re.Pattern:
    """A name that ends with a number right before a verb ("No 10 insists", "le collectif
    Navetteurs 162 affirme"): a subject, no quantity. MARKERS are the number's own words ("No",
    "n°"); NOT_NAMES the capitalised words that open no name ("The", "Le", the months)."""
    return re.compile(rf"(?<![\w-])(?:{markers}|(?!(?:{not_names})\b)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)\s+\d+\s+$")


# (and a place numbered in its own noun: "les locataires de la cité 12 affirment")
_FR_NAME_WITH_NUMBER_BEFORE = _name_with_number_before(
    "n°|N°|cité|tour|bâtiment|quartier|fosse|ligne|zone|lot|îlot|résidence|secteur",
    "Le|La|Les|Un|Une|Des|Du|De|En|Au|Aux|Sur|Dans|Pour|Par|Selon|Plus|Près|Environ|Quelque|Entre")
_QUANTITY_BEFORE = re.compile(r"(?:\d|\b(?:de|d['’]|une|la|par|millions?|milliers?|centaines?)\s*)\s*$", re.IGNORECASE)
# French "poursuivi pour …": prosecuted, no reporting verb.
_PROSECUTED_FOR = re.compile(r"[ \u00a0]+(?:pour|par|en\s+justice|devant)\b")
# French: a participle's amount right after it ("estimé à 1,2 milliard", "évaluée à près de 30 %").
_ENTRUSTED_TO = re.compile(r"[ \u00a0]+(?:à|au|aux)[ \u00a0]")
_VALUED_AT = re.compile(r"\s+(?:à|entre)\s+(?:(?:près|plus|moins|environ|quelque)\s+(?:de\s+)?)?\d")
_NAMING_PARTICIPLES = frozenset(("called", "dubbed", "named", "labelled", "labeled", "termed", "nicknamed", "titled",
                                 "entitled", "appelé", "appelée", "appelés", "baptisé", "baptisée", "intitulé", "intitulée"))
_INSIDE_SOURCE_PHRASE = re.compile(
    r"\b(?:according\s+to|as\s+reported\s+by|selon|d['’]après)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_SOURCE_WORDS = ("ccording to", "eported by", "elon ", "après ")


def _after_source_word(text: str, start: int, end: int) -> bool:
    """A cheap test before `_INSIDE_SOURCE_PHRASE`: a source preposition in text[start:end]."""
    return any(text.find(word, start, end) != -1 for word in _SOURCE_WORDS)


_QUOTE_NEXT = re.compile(r"\s*[\"“«‘]")
# An indefinite noun phrase or a dash before a naming participle: "a predator called the
# sevengill shark", "ridges — called hyperossification", "who organized a group called X".
_EN_NAMING_BEFORE = re.compile(
    r"(?:(?:[,;(]|\b(?:is|was|are|were|of|with|by|from|as|and|but|or|for|in|on|at|to|into|about|like|[a-z]+ed))\s*(?:an?|another)\s+(?:[\w’'-]+\s+){0,3}|\s[—–-]\s*)$",
    re.IGNORECASE)
_REFLEXIVE = re.compile(r"(?:se|s['’]|s['’]est|s['’]était|se\s+sont)(?:-(?:il|elle|ils|elles|on))?", re.IGNORECASE)
# French verbs that report speech only in their reflexive form ("s'est réjoui", "s'indigne"; "a
# emporté le toit" reports nothing).
_REFLEXIVE_ONLY = ("plaint", "plaign", "lament", "esclaff", "étrangl", "souvien", "souven", "réjoui", "indign", "insurg", "emport", "exclam", "étonn", "inquièt", "inquiét", "alarm", "agac",
                   "désol", "offusqu", "amus", "énerv", "enthousiasm", "impatient",
                   "dite", "dits")  # "s'est dite « inquiète »"; "la loi dite « travail »" reports nothing
_REFLEXIVE_REPORTING = ("di", "déclar", "félicit", "montr", "affirm", "interrog", "vant", "défend", "rappel",
                        "demand") + _REFLEXIVE_ONLY
# French "s'est déclaré" followed by when or where: a fire or an epidemic broke out.
_BROKE_OUT_WHEN = re.compile(r"[ \u00a0]+(?:vers|peu[ \u00a0]+(?:avant|après)|dans[ \u00a0]+la[ \u00a0]+nuit|au[ \u00a0]+petit[ \u00a0]+matin)\b")
# French "informer": whom, then "que" ("a informé ses fournisseurs que …").
_INFORMED_THAT_FR = re.compile(r"[^,.;:«»“”]{0,60}?\b(?:que|qu['’])")
FR_BEFORE_INFINITIVE = re.compile(r"\bavant\s+(?:de\s+|d['’])$", re.IGNORECASE)
# The French gerund: "en promettant", "en leur assurant".
_FR_GERUND_BEFORE = re.compile(r"(?<![\w’'])en\s+(?:(?:leur|lui|nous|vous|se|les|la|le|y)\s+|[ls]['’])?$", re.IGNORECASE)
# (maybe after whom it was said to: "tout en estimant auprès de l'AFP que …")
_FR_QUE_NEXT = re.compile(r"\s+(?:(?:auprès\s+(?:de|du|des)|devant|à|au|aux)\s+[^,.;:«»]{1,40}?\s+)?(?:que|qu['’])", re.IGNORECASE)
# English "to <verb> and " right before a cue: the cue is the second of two infinitives.
_EN_INFINITIVE_THEN_AND_BEFORE = re.compile(r"\bto\s+[a-z]+\s+and\s+$")


def infinitive_after_avant(text: str, start: int) -> bool:
    """"…, avant de reconnaître que": a French infinitive cue starting at START."""
    return FR_BEFORE_INFINITIVE.search(text, max(0, start - 12), start) is not None


# ("-tre" only after "t" or "i": "mettre", "reconnaître"; "montre", "démontre" are the present of -er verbs)
_FR_STEMS = frozenset(stem.lower() for stem in _fr.REPORTING_VERB_STEMS)
_EN_STEMS = frozenset(_en.REPORTING_VERB_STEMS)
_FR_INFINITIVE = re.compile(r"(?:er|ire|dre|ttre|[iî]tre|ir)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CuePatterns:
    verbs: re.Pattern  # reporting verb forms (lower case), with an inverted pronoun in French
    before_verb: re.Pattern  # auxiliaries and adverbs right before a verb (anchored at the end)
    before_endings: tuple[str, ...]  # last words of those auxiliaries and adverbs
    pronoun: re.Pattern | None  # "-t-il" suffix
    weak: frozenset[str]
    complementiser: re.Pattern  # que / that right after the cue and its adjuncts
    source_before: re.Pattern  # selon X, … / according to X, …
    source_after: re.Pattern  # …, selon X. / …, according to X.
    language: str
    # The first words of source_before, lower case: matched case-sensitively on lower-cased text,
    # much faster than source_before (case-insensitive, starting with a lookbehind) over a whole text.
    source_trigger: re.Pattern
    # `verbs` after the character its lookbehind requires ("[^\w-]" instead of "(?<![\w-])"):
    # opening with a character class, it scans a whole text faster (see VerbHits). The class is
    # "[^A-Za-z0-9_-]", which `re` tests at every character far faster than "\w": VerbHits drops
    # the matches after a non-ASCII letter ("é" of "réaffirme").
    verbs_after_separator: re.Pattern

    def finditer(self, text: str, start: int, end: int, hits=None):
        """Cues in text[start:end]; `hits`, when given, are the matches of `verbs` there."""
        for hit in self.verbs.finditer(text, start, end) if hits is None else hits:
            verb, pron = hit.group("verb"), hit.group("pron") or None
            begin_token = hit.start()
            window = max(start, begin_token - 70)
            aux_match = (
                self.before_verb.search(text, window, begin_token)
                if _ends_with_word(text, window, begin_token, self.before_endings) else None
            )
            begin = aux_match.start() if aux_match else begin_token
            aux = aux_match.group("aux") if aux_match else None
            reflexive = aux is not None and _REFLEXIVE.fullmatch(aux) is not None
            stem_form = verb.lower().replace("ç", "c")  # ("s'agaçait": the stem "agac")
            if reflexive and not stem_form.startswith(_REFLEXIVE_REPORTING):
                continue  # "se poursuivait", "s'est rendu": reflexive, not reporting ("se dit" is)
            if not reflexive and self.language == "fr" and stem_form.startswith(_REFLEXIVE_ONLY):
                continue
            if self.language == "fr" and stem_form.startswith("inform") and not _INFORMED_THAT_FR.match(text, hit.end()):
                continue  # "n'ont pas informé l'autorité d'écarts « significatifs »": only "informer X que …" reports
            if reflexive and stem_form.startswith("déclar") and _BROKE_OUT_WHEN.match(text, hit.end()):
                continue  # "Le feu, qui s'est déclaré vers 2 heures du matin": a fire broke out, no one declared
            if verb.lower().startswith(("montr", "révél", "démontr", "show")) \
                    and (findings := _SOURCE_THEN_FINDINGS.get(self.language)) is not None \
                    and findings.fullmatch(text, start, begin) is not None:
                # "Selon l'ODG, des contrôles menés en septembre ont montré que …", "According to him, the department's
                # latest stock assessment showed that …": the source's statement, whole
                continue
            if self.language == "fr" and verb.lower().startswith(("montr", "révél", "démontr")) \
                    and _INVERTED_PRONOUN_CLOSING_FR.search(text, hit.end(), end) is not None:
                continue  # "Les analyses … montrent que les taux dépassent les normes, a-t-elle précisé": her statement, whole
            if self.language == "en" and verb.lower().startswith(JUDGING_STEMS_EN) and _VERDICT_AFTER_AS.match(text, hit.end(), end) is None:
                continue  # "dismissed the tort claims last year": a judgement, no statement (but "dismissed it as "…"")
            if self.language == "fr" and aux is None and verb.lower().startswith("jugé") and _TRIED_BEFORE_FR.match(text, hit.end()):
                continue  # "X, jugé devant le tribunal correctionnel pour favoritisme": tried, no judgement said
            if self.language == "fr" and verb.lower().startswith("chiffr") and not _ESTIMATE_AT_NEXT_FR.match(text, hit.end()):
                continue  # "les attaquants ont chiffré une partie des serveurs": encrypted, no estimate ("chiffre X à Y" is one)
            if aux is None and self.language == "fr" and verb.lower() in ("cru", "crue", "crus", "crues"):
                continue  # "le foie gras de canard cru": raw, no belief (a belief takes its auxiliary: "a cru")
            if aux is None and self.language == "fr" and text[begin_token - 2:begin_token] == "à-":
                continue  # "c'est-à-dire": no speech
            if aux is None and self.language == "fr" and verb.endswith(("é", "ée", "és", "ées")) and _FR_COPULA_BEFORE.search(
                    text, max(0, begin_token - 30), begin_token) is not None:
                continue  # "Le football féminin reste peu développé": an adjective after its copula
            if aux is None and self.language == "fr" and stem_form.startswith("soutenu") and not _FR_QUE_NEXT.match(text, hit.end()):
                continue  # "un vent de sud-ouest soutenu pourrait …": steady, no one maintains anything
            if self.language == "fr" and pron is None and stem_form.startswith(_FR_INCISE_ONLY) \
                    and _FR_OBJECT_NEXT.match(text, hit.end()) and not _FR_INCISE_BEFORE.search(text, max(0, begin - 6), begin):
                continue  # "les aiguilleurs enchaînent des vacations de nuit « … »": what they do; "« … », enchaîne-t-il" speaks
            if self.language == "fr" and verb.lower().startswith("parl") and not _FR_SPOKEN_OF_QUOTE_NEXT.match(text, hit.end()):
                continue  # "a parlé avec le ministre": speaking, no statement ("parle d'un « démarrage … »" is one)
            if self.language == "fr" and verb.lower().startswith("condamn") and not _FR_CONDEMNED_QUOTE_NEXT.match(text, hit.end()):
                continue  # "Le tribunal a condamné X à six mois": a sentence; "a condamné un « crime odieux »" is a verdict said
            if aux is None and self.language == "fr" and verb.endswith(("é", "ée", "és", "ées")) \
                    and _FR_PASSIVE_BEEN_BEFORE.search(text, max(0, begin_token - 30), begin_token) is not None \
                    and _FR_AGENT_NEXT.match(text, hit.end()) is None:
                continue  # "Le prévenu a été accusé de « fraude »": what was done to the subject, no one's words
            if aux is None and self.language == "fr" and verb.endswith(("és", "ée", "ées")) \
                    and _FR_NOUN_JUST_BEFORE.search(text, max(0, begin_token - 30), begin_token) is not None \
                    and _FR_AGENT_NEXT.match(text, hit.end()) is None:  # (but "une mesure jugée « … » par les grévistes")
                continue  # "a dénoncé des licenciements annoncés « par un simple courriel »": an adjective after its noun
            if aux is None and self.language == "fr" and verb in ("dit", "dite", "dits", "dites") \
                    and _FR_NAMED_SO_NEXT.match(text, hit.end()) is not None:
                continue  # "le couloir dit « de la Grande Combe »": so named, no speech
            if aux is None and self.language == "fr" and (verb.lower().endswith("ant") or verb.lower().startswith("prévenu")) \
                    and _FR_DETERMINER_AND_ADJECTIVE_BEFORE.search(text, max(0, begin_token - 24), begin_token):
                continue  # "l'ancien attaquant Yann Bec", "l'avocat du principal prévenu": a noun after its determiner and adjective
            if aux is None and (det := _DETERMINER_BEFORE[self.language].search(text, max(0, begin_token - 6), begin_token)) \
                    and not det.group().rstrip().isupper():  # (but "the UN said": an acronym)
                continue  # "an estimated", "le communiqué", "la note": a noun or an adjective
            if self.language == "en" and aux is not None and is_negated(text[begin:begin_token], "en") \
                    and (verb.lower().startswith("comment") or _EN_QUESTION_WORD_NEXT.match(text, hit.end())):
                continue  # "The unit did not say which matches were involved", "would not comment further": nothing said
            if self.language == "en" and verb[:5].lower() == "admit" and _EN_PEOPLE_ADMITTED_NEXT.match(text, hit.end()):
                continue  # "would stop admitting students", "admitted 40 patients": let in, no admission
            if self.language == "en" and verb.lower() == "informed" and _EN_KEPT_BEFORE.search(text, max(0, begin_token - 40), begin_token):
                continue  # "how it kept members informed": a state, no telling
            if self.language == "en" and aux is None and verb.lower() == "stress" and _NOUN_OF_A_COMPOUND_NEXT_EN.match(text, hit.end()):
                continue  # "A farm stress hotline set up by the state": a noun of the compound, no stressing
            if self.language == "en" and aux is None and verb.lower() == "object" and not _TO_OR_THAT_NEXT.match(text, hit.end()):
                continue  # "the faint, fuzzy object in images taken …": a thing, no objection
            if self.language == "en" and verb.lower() == "think" and text[hit.end():hit.end() + 5] in (" tank", "-tank"):
                continue  # "the Quito-based think tank Grupo Faro": a noun
            if self.language == "en" and verb[:5].lower() == "share" and _EN_SHARE_COMPOUND_BEFORE.search(
                text, max(0, begin_token - 12), begin_token
            ):
                continue  # "losing market share to rivals": a noun
            if self.language == "en" and verb[:4].lower() == "show" and not _EN_FINDINGS_BEFORE.search(
                text, max(0, begin_token - 160), begin_token
            ):
                continue  # "show" reports only what figures, data or a study show ("He showed them the roof")
            if self.language == "en" and aux is None and verb.lower() in ("calls", "call") and _FROM_NEXT.match(text, hit.end()):
                continue  # 'had turned down "at least a dozen" calls from growers': the noun
            if self.language == "en" and aux is None and verb[-1:] == "s" and (_EN_NOUN_MARK_BEFORE.search(
                text, max(0, begin_token - 8), begin_token
            ) and not _EN_NAME_WITH_NUMBER_BEFORE.search(text, max(0, begin_token - 16), begin_token)
                # "Initial reports stated", "Hurricane Fay claims took months": a noun, a verb next (but never "says": "allowances
                # which the union says have not been paid")
                or verb.lower() != "says" and (self.verbs.match(text, hit.end() + 1) is not None
                                               or _EN_PLURAL_SUBJECT_VERB_NEXT.match(text, hit.end()) is not None)
                or verb.lower() in _EN_NOUNS_AFTER_MODIFIER
                and _EN_PREPOSITION_AND_MODIFIER_BEFORE.search(text, max(0, begin_token - 24), begin_token) is not None):
                continue  # "his January 2 remarks", "their claims", "complied with EU rules on …": a plural noun
            if self.language == "en" and aux is None and verb.lower() in _EN_STEMS \
                    and _EN_POSSESSIVE_BEFORE.search(text, max(0, begin_token - 16), begin_token):
                continue  # "which settled its own dispute in September, said": a noun after its owner
            if self.language == "en" and _ends_with_word(text, max(0, begin_token - 30), begin_token, _EN_PASSIVE_ENDINGS) \
                    and (passive := _EN_PASSIVE_BEFORE.search(text, max(0, begin_token - 30), begin_token)) \
                    and not (text[passive.start()].isupper() and text[:passive.start()].rstrip()[-1:] in (",", "\"", "”")) \
                    and not (verb == "told" and _HEARING_TOLD_CLOSING.search(text, max(0, begin_token - 30), hit.end() + 24)) \
                    and not (verb[-3:] == "ing" and EN_PROGRESSIVE_BEFORE.search(text, max(0, begin_token - 8), begin_token)
                             and _EN_THAT_SOON.match(text, hit.end())):
                continue  # "33 were reported hospitalised", "may declare": passive or modal, not a report (but '"…," Were
                # said', '"…," May said': a surname after the quotation)
                # (but "the sheriff is reminding riders that …": the progressive, a report)
                # (but "…, the court was told.": what a hearing was told, by no one named)
            if aux is None and self.language == "en" and verb == "reported" \
                    and _EN_HAD_OBJECT_BEFORE.search(text, max(0, begin_token - 50), begin_token):
                continue  # "homes have had damp or mould reported this year": a participle after "have" and its object
            if aux is None and self.language == "en" and text[max(0, begin_token - 3):begin_token].lower() == "to " \
                    and not text[max(0, begin_token - 4):max(0, begin_token - 3)].isalnum():  # not "Sarmiento said"
                continue  # "agreed to add": an infinitive, not a statement
            if aux is None and self.language == "en" and verb.lower() in _EN_STEMS \
                    and _EN_INFINITIVE_THEN_AND_BEFORE.search(text, max(0, begin_token - 30), begin_token):
                continue  # "requires health boards to calculate and maintain safe nurse numbers": a second infinitive
            if aux is None and _after_source_word(text, max(start, begin_token - 50), begin_token) \
                    and _INSIDE_SOURCE_PHRASE.search(text, max(start, begin_token - 50), begin_token):
                continue  # "according to government reports": a noun in the source's name
            if aux is None and self.language == "fr" and not verb.lower().endswith(("er", "ir", "re")) \
                    and _DE_OR_NUMBER_BEFORE.search(text, max(0, begin_token - 4), begin_token) \
                    and not _FR_NAME_WITH_NUMBER_BEFORE.search(text, max(0, begin_token - 24), begin_token):
                continue  # "2 millions de demandes", "l'épidémie de peste", "d'analyses": a noun, not a verb
            if aux is None and self.language == "fr" and verb.lower() in ("tonne", "tonnes") and (
                verb.lower() == "tonnes" or _QUANTITY_BEFORE.search(text, max(0, begin_token - 14), begin_token)
            ):
                continue  # "2,1 millions de tonnes", "une tonne": the unit, not "tonner"
            if self.language == "fr" and (aux is None or _PASSIVE_AUX_FR.fullmatch(aux)) and _VALUED_AT.match(text, hit.end()) \
                    and verb.lower().startswith(("estim", "évalu", "chiffr")):
                continue  # "le coût des travaux, (qui est) estimé à 1,2 milliard": a valuation, not a statement
            if aux is None and self.language == "fr" and verb.lower().startswith("poursuivi") and _PROSECUTED_FOR.match(text, hit.end()):
                continue  # "L'un des cadres, poursuivi pour abus de fonction, a affirmé": prosecuted, not went on
            if self.language == "fr" and verb.lower() in _SEEING_FORMS_FR and not (
                text[max(0, begin_token - 2):begin_token] == "y " and _QUOTE_SOON_FR.match(text, hit.end())
                or _SEEN_IN_QUOTE_FR.match(text, hit.end())
            ):
                continue  # "on voit des maisons", "y voit une manœuvre": sight, or a view of no one's words
            if self.language == "fr" and verb.lower().startswith("gliss") and _PLACE_PREPOSITION_NEXT_FR.match(text, hit.end()):
                continue  # "des tonnes de roches ont glissé sur la voie": a landslide, not a remark slipped in
            if aux is None and self.language == "fr" and verb.lower() in ("confié", "confiée", "confiés", "confiées") \
                    and _ENTRUSTED_TO.match(text, hit.end()):
                continue  # "le transport, confié au consortium": entrusted, not confided
            if aux is None and verb.lower() in _NAMING_PARTICIPLES and (
                _QUOTE_NEXT.match(text, hit.end())
                or (self.language == "en" and _EN_NAMING_BEFORE.search(text, max(0, begin_token - 60), begin_token))
            ):
                continue  # "a programme called "Learning Together"", "a predator called the sevengill": a name
            if self.language == "en" and verb.endswith("ed") and (
                (aux is None and _EN_PREPOSITION_BEFORE.search(text, max(0, begin_token - 9), begin_token))
                or _EN_NOUN_THEN_PREPOSITION.match(text, hit.end()) and verb.lower() not in _EN_AUDIENCE_FIRST
                # (but a finding's clause: "the presentation showed enrollment at Waterville has fallen")
                and not (verb.lower() == "showed" and sure_clause_en(text, hit.end(), _SENTENCE_REST.match(text, hit.end()).end()))
            ):
                continue  # "over alleged plots", "has alleged ties to": an adjective, or a noun object
            if self.language == "en" and aux is None and _EN_QUANTIFIER_BEFORE.search(text, max(0, begin_token - 10), begin_token) \
                    and not _EN_NAME_WITH_NUMBER_BEFORE.search(text, max(0, begin_token - 16), begin_token) \
                    and not _EN_YEAR_ADJUNCT_BEFORE.search(text, max(0, begin_token - 16), begin_token):  # ("moved in 2024 say")
                continue  # "before any comment", "no reply", "one million confirmed infections": a noun or an adjective
            if self.language == "en" and aux is None and verb in _EN_BARE_NOUNS and _EN_NOUN_MODIFIER_BEFORE.search(
                    text, max(0, begin_token - 10), begin_token):
                continue  # "who spoke during public comment", "after further comment": the noun
            if self.language == "en" and verb.lower().startswith("spo") and _EN_ON_CONDITION_THAT.match(text, hit.end()):
                continue  # "who spoke on condition that she not be named": the terms of speaking, not what was said
            if self.language == "en" and verb.lower().startswith("add") and _EN_AMOUNT_NEXT.match(text, hit.end()):
                continue  # "the bond would have added about $310 a year": a sum, no speech
            if self.language == "en" and verb in _EN_DOCUMENT_VERBS \
                    and not _EN_DOCUMENT_BEFORE.search(text, max(0, begin_token - 200), begin_token):
                continue  # "the United States", "member states say", "the projects": nouns (but "the report states")
            if self.language == "en" and verb == "heard" and (
                not _EN_HEARING_BEFORE.search(text, max(0, begin_token - 16), begin_token)
                or not (_THAT_NEXT.match(text, hit.end()) or _CLAUSE_RIGHT_AFTER.match(text, hit.end())
                        or _HEARD_CLOSING.match(text, hit.end()) and text[max(0, begin_token - 22):begin_token].find(",") != -1)
            ):
                # "she heard that …", "the court heard a petition by residents who …": a listener, a thing heard (but
                # "The court heard that …", "The court heard Pocock filled jerry cans …")
                continue
            if self.language == "en" and aux is None and verb in _EN_VERBS_ALSO_NOUNS \
                    and _EN_DETERMINED_NOUN_BEFORE.search(text, max(0, begin_token - 48), begin_token):
                continue  # "warned in its 2026 resource adequacy report that …": a noun after its modifiers
            if self.language == "en" and _EN_ORDINAL_NOUN_BEFORE.search(text, max(0, begin_token - 24), begin_token):
                continue  # "this is the first report of a protester being shot": a noun
            if self.language == "en" and aux is None and verb.lower() in ("saying", "reading") \
                    and _SIGN_BEFORE.search(text, max(0, begin_token - 16), begin_token):
                continue  # "a banner saying "united in diversity"": a slogan, no one's statement
            if self.language == "en" and verb.lower().startswith(("respond", "repl")) and _TO_NEXT.match(text, hit.end()):
                continue  # "police responded to a shooting": not a statement
            if self.language == "en" and verb.lower().startswith("refer") and not _TO_THEN_AS_NEXT.match(text, hit.end()):
                continue  # "referred the case to a judge": only "referred to X as "…"" names a view
            if self.language == "en" and aux is None and verb.lower() in _EN_PLURAL_NOUN_FORMS \
                    and _EN_OBJECT_NOUN_BEFORE.search(text, max(0, begin_token - 30), begin_token):
                continue  # "Napier had gained calls", "received more reports": a plural noun, the object
            if self.language == "en" and verb.lower().startswith("den") and _GRANTED_THING_NEXT.match(text, hit.end()):
                continue  # "parole board denies release to man …": a thing refused, no denial of a statement
            if self.language == "en" and verb.lower() == "found" and _FOUND_IN_A_STATE_NEXT.match(text, hit.end()):
                continue  # "A hen harrier found dead on a hill farm": a state the thing was found in, no finding
            if self.language == "en" and aux is None and (when := _PRONOUN_AFTER_EVENT_BEFORE.search(text, max(0, begin_token - 50), begin_token)) \
                    and _REPORTED_THAT_BEFORE.search(text, max(0, when.start() - 300), when.start()):
                continue  # "found that the firm had dismissed her eleven days after she told her line manager she was pregnant": the
                # telling is an event of the reported statement, not a second one
            if self.language == "en" and verb.lower() == "warning" and _WARNING_COMPOUND_NEXT.match(text, hit.end()):
                continue  # "calls for rip warning signs", "flood warning system": a compound noun
            if self.language == "en" and verb.lower().startswith("call") and _FOR_NEXT.match(text, hit.end()):
                continue  # "the plan calls for an increase": a demand, not a statement
            if self.language == "en" and aux is None and verb.endswith("ing") and _gerund(text, begin_token, hit.end(), verb):
                continue  # "by observing the area", "for describing": a gerund after a preposition
            if self.language == "en" and aux is None and verb.lower() in _NOMINAL_FORMS and (
                _THAT_NEXT.match(text, hit.end()) is None
                or _PREPOSITION_INDEFINITE_BEFORE.search(text, max(0, begin_token - 40), begin_token) is not None
            ) and _noun_in_indefinite_phrase(text, begin_token):  # (also "wrote in a blog post that …")
                continue  # "issued a flash flood warning covering …", "in a Facebook post on Tuesday": a noun
            if aux is None and self.language == "fr" and verb[-3:].lower() == "ant" \
                    and _FR_GERUND_BEFORE.search(text, max(0, begin_token - 12), begin_token) \
                    and not _FR_QUE_NEXT.match(text, hit.end()) \
                    and not (text.endswith("tout en ", max(0, begin_token - 8), begin_token)
                             and verb.lower().startswith(_JUDGING_GERUNDS_FR) and _QUOTE_IN_CLAUSE_NEXT.match(text, hit.end())):
                continue  # "en leur promettant une « autonomie totale »": a means, not a statement (but "tout en jugeant
                # ce volume « très insuffisant »": a judgement said at the same time)
            if aux is None and self.language == "fr" and _FR_INFINITIVE.search(verb) \
                    and verb[:-1].lower() not in _FR_STEMS and not (  # ("soupire": soupir-e, no infinitive)
                FR_BEFORE_INFINITIVE.search(text, max(0, begin_token - 12), begin_token)
                and _FR_QUE_NEXT.match(text, hit.end())
            ):  # (but "…, avant d'assurer que …": the subject's next statement)
                continue  # "pour qualifier", "sans préciser": not a statement being reported
            if self.language == "en" and aux is None and verb.lower() in ("report", "reports", "study", "studies") \
                    and _EN_VERB_AFTER_NOUN.match(text, hit.end()):
                continue  # "…, report finds", "a report says": the noun, then its own verb
            if self.language == "en" and aux is None and (compound := _EN_COMPOUND_NOUNS.get(verb.lower())) is not None \
                    and compound.match(text, hit.end()):
                continue  # "during the public comment period", "said in question time": a compound noun
            if self.language == "en" and aux is None and _EN_VERB_THEN_THAT_BEFORE.search(text, max(0, begin_token - 30), begin_token):
                continue  # "documents show that forecast spending had risen": the clause opens on a noun phrase
            if aux is None and self.language == "fr" and verb.lower() in _FR_ADJECTIVE_FORMS \
                    and _FR_NOUN_BEFORE.search(text, max(0, begin_token - 30), begin_token) \
                    and not _FR_QUE_NEXT.match(text, hit.end()) and text[hit.end():hit.end() + 2].strip()[:1] not in (":", "«") \
                    and not (_FR_SUBJECT_OPENING_SENTENCE.search(text, max(0, begin_token - 40), begin_token)
                             and _FR_ADJUNCT_THEN_QUE.match(text, hit.end())):
                # "la situation précise de Laval": an adjective after its noun (but "La mairie précise dans un
                # communiqué que …": the sentence's subject, then its verb)
                continue
            yield Cue(begin, hit.end(), text[begin:hit.end()], verb, aux, pron)


# What an authority may refuse to grant ("denied parole to", "denies bail", "denied a licence").
_GRANTED_THING_NEXT = re.compile(r"\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:release|parole|bail|entry|access|permission|request|application"
                                 r"|appeal|visa|licence|license|permits?|funding|approval|asylum|leave)\b")
_EN_COMPOUND_NOUNS = {
    "comment": re.compile(r"\s+(?:period|periods|section|box|card|form|forms|deadline|window)\b"),
    "report": re.compile(r"\s+(?:card|cards|form|forms)\b"),
    "claim": re.compile(r"\s+(?:form|forms|process|window)\b"),
    "question": re.compile(r"\s+(?:time|mark|marks|period)\b"),
}
# A verb and its "that" right before a cue word: the clause opens there, so the word is no verb of
# speech ("show that forecast spending had risen").
_EN_VERB_THEN_THAT_BEFORE = re.compile(
    r"\b(?:shows?|showed|shown|said|says|say|found|finds|find|suggests?|suggested|indicates?|indicated|reveals?|revealed"
    r"|confirms?|confirmed|means?|meant)\s+that\s+$")
_EN_VERB_AFTER_NOUN = re.compile(r"\s+(?:finds|found|says|said|shows|showed|suggests|warns|concludes|claims)\b")
# French verb forms that are also adjectives after a noun ("la situation précise", "une réponse claire").
_FR_SUBJECT_OPENING_SENTENCE = re.compile(r"(?:^|[.!?»]\s+|\n)(?:La|Le|Les|L['’])\s*[a-zà-ÿ-]{3,}\s+$")
_FR_ADJUNCT_THEN_QUE = re.compile(r"\s+(?:dans|lors|sur|à|au|en|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|également|aussi|encore)\b"
                                  r"[^.;:!?«»]{0,60}?\s(?:que\b|qu['’])")
_FR_ADJECTIVE_FORMS = frozenset(("précise", "précises", "juste", "justes", "ferme", "fermes", "calme", "calmes"))
_FR_NOUN_BEFORE = re.compile(r"\b(?:la|le|les|l['’]|une?|des|du|sa|son|ses|leur|leurs|cette|ce|ces)\s*[a-zà-ÿ-]{3,}\s+$", re.IGNORECASE)
# An owner, then at most two singular modifiers ("its own pay dispute"; "their members say" has a subject).
_EN_POSSESSIVE_BEFORE = re.compile(r"\b(?:(?:its|their|our|my|your|his)\s+|her\s+own\s+)(?:own\s+)?(?:[a-z][a-z-]*[^\Ws]\s+){0,2}$",
                                   re.IGNORECASE)
# "calls from growers": the noun, its senders next.
_FROM_NEXT = re.compile(r"\s+from\s")
# English: a lower-case noun right after, no determiner, pronoun nor complementiser ("stress hotline", not "stress
# that", "stress the need").
_NOUN_OF_A_COMPOUND_NEXT_EN = re.compile(r"\s+(?!(?:that|the|a|an|its|their|his|her|our|this|these|those|how|what|why|to|it|they|we)\b)"
                                         r"[a-z]{3,}\b")
# "object to", "object that": the verb (else "object" is a thing).
_TO_OR_THAT_NEXT = re.compile(r"\s+(?:to|that)\b")
_EN_NOUN_MARK_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|our|my|your|in|of|with|for|from|amid|despite|after|about|at|on|to|over|into|against)"
    r"|(?<![\w.,])\d(?:[\d,.]*\d)?|\w['’]s)\s+$",  # ("Lopez's comments came after …")
    re.IGNORECASE)
# "kept members informed", "well informed": a state before "informed", no telling.
_EN_KEPT_BEFORE = re.compile(r"\b(?:keep|keeps|kept|keeping|stay|stays|stayed|remain|remains|remained|well|fully)\s+(?:[\w'’-]+\s+){0,3}$")
# Nouns of the reporting kind after a preposition and an acronym or a lower-case modifier ("with EU rules", "under new rules").
_EN_NOUNS_AFTER_MODIFIER = frozenset(("rules", "claims", "reports", "notes", "comments", "warnings", "statements", "remarks"))
_EN_PREPOSITION_AND_MODIFIER_BEFORE = re.compile(r"\b(?:with|under|of|by|in|from|for|to)\s+(?:[A-Z]{2,}|[a-z]{3,})\s+$")
# What "show" reports for: "new figures showing …", "The figures, released by the ABS, show …".
_EN_FINDINGS_BEFORE = re.compile(
    r"\b(?:figures|data|statistics|numbers|study|studies|survey|surveys|poll|polls|report|research|analysis|"
    r"estimates|census|results|records|documents|papers?|filings?|disclosures?|website|tests|analyses|reports|polling|projections|presentation|map|maps|audit|review|inspection|assessment)(?:,[^,.;]{1,80},"
    # "A presentation by the district's business manager at the meeting showed …"
    r"|\s+(?:by|to)\s+[^,.;]{1,80}?"  # ("A separate paper to the board showed …")
    # "Data published on Tuesday by NHS England showed …"
    # (and by whom, under what: "Figures released by X under the Freedom of Information Act show …")
    r"|\s+(?:published|released|issued|compiled|collected|gathered|presented|obtained|tabled|filed|seen|reviewed|leaked)\s[^,.;]{1,130}?"
    r"|\s+from\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^.;]{1,80}?)?"  # ("Figures from the Department of Agriculture, Food and …")
    r"(?:,\s+(?:a|an|the)\s[^,.;]{1,80},)?"  # (and the agent's apposition: "obtained by the Highland Ledger, a weekly newspaper,")
    r"(?:\s+(?:also|clearly|further|again|previously))?\s+$",  # ("The figures also showed that …")
    re.IGNORECASE)
# French verbs that report only as an incise ("« … », enchaîne le maire", "développe-t-il"), not before an object.
_FR_INCISE_ONLY = ("enchaîn", "développ", "illustr", "complét", "complèt", "corrig", "rectifi")
_FR_OBJECT_NEXT = re.compile(r"[ \u00a0]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)[ \u00a0]+)?"
                             r"(?:des|les|le|la|l['’]|une?|ses|son|sa|leurs?|ces|cette|ce|cet)[ \u00a0]*[a-zà-ÿ]")
_FR_INCISE_BEFORE = re.compile(r"(?:[»”\"][ \u00a0\u202f]*,?|,)[ \u00a0]*$")  # (a quotation's close or a comma)
_FR_COPULA_BEFORE = re.compile(r"(?<![\w-])(?:reste|restent|restait|demeure|demeurent|semble|semblent|paraît|paraissent)"
                               r"(?:[ \u00a0]+(?:peu|très|bien|trop|plus|moins|encore|toujours|assez|mal))?[ \u00a0]+$")
# French: "de" and the thing spoken of, then its quotation ("parle d'un « démarrage … »", "parlent de « trahison »").
_FR_SPOKEN_OF_QUOTE_NEXT = re.compile(r"[ \u00a0]+(?:(?:aussi|également|même|plutôt|désormais)[ \u00a0]+)?"
                                      r"(?:d['’]une?[ \u00a0]+|de[ \u00a0]+(?:la[ \u00a0]+|l['’])?|des[ \u00a0]+|du[ \u00a0]+)"
                                      r"(?:[a-zà-ÿ-]+[ \u00a0]+)?[«“\"]")
# What one condemns, quoted right after the verb ("un « crime odieux »", "des faits « inacceptables »").
# (not a manner quoted: "a condamné « sans réserve » ces comportements", "« avec la plus grande fermeté »")
_FR_CONDEMNED_QUOTE_NEXT = re.compile(r"[ \u00a0]+(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aussi|également)[ \u00a0]+)?"
                                      r"(?:(?:une?|les?|la|des|l['’]|ces|cette|ce|cet)[ \u00a0]*"
                                      r"(?:[a-zà-ÿ-]+[ \u00a0]+)?)?[«“\"](?![ \u00a0]*(?:avec|sans)[ \u00a0])")
# A passive's "been" right before a participle ("a été accusé", "ont déjà été critiqués").
_FR_PASSIVE_BEEN_BEFORE = re.compile(r"(?<![\w'’-])(?:a|ont|avait|avaient|aurait|auraient|aura|auront)"
                                     r"(?:[ \u00a0]+(?:déjà|aussi|également|souvent|longtemps))?[ \u00a0]+été[ \u00a0]+$")
_FR_AGENT_NEXT = re.compile(r"[ \u00a0]*(?:«[^»]{1,100}»)?[^.;:!?\n«]{0,60}?\spar\s")
_FR_NOUN_JUST_BEFORE = re.compile(r"(?<![\w'’-])(?:des|les|la|une|ces|ses|leurs|aux)[ \u00a0]+[a-zà-ÿ-]{3,}[ \u00a0]+$")
# French: a short name in guillemets after "dit" ("le couloir dit « de la Grande Combe »", "la zone dite « des Lilas »").
_FR_NAMED_SO_NEXT = re.compile(r"[ \u00a0]*«[ \u00a0\u202f]*(?:de|du|des|d['’])[ \u00a0][^«»]{1,40}?[ \u00a0\u202f]*»")
# A verb right after a word in -s: that word is its plural subject, no reporting verb ("claims took months").
_EN_PLURAL_SUBJECT_VERB_NEXT = re.compile(r"\s+(?:were|are|have|had|took|rose|fell|grew|went|came|remain|remained|topped|jumped|"
                                          r"soared|doubled|tripled|reached|surged|dropped|climbed)\b"
                                          # "…, which has pressed for tougher spill rules, said": the clause ends on the noun
                                          r"|,\s+(?:said|says|told|added|announced)\b")
_EN_SHARE_COMPOUND_BEFORE = re.compile(r"\b(?:market|profit|revenue|vote|voter|audience|fair|majority|minority|lion['’]s"
                                       # "farmers who hold shares in the ethanol plants": what they own
                                       r"|hold|holds|held|holding|own|owns|owned|bought|sold|buy|sell|selling|buying|their|its)\s+$",
                                       re.IGNORECASE)
_EN_NAME_WITH_NUMBER_BEFORE = _name_with_number_before(  # ("No 10 insists", "Channel 4 said")
    r"No\.?|Number", "The|A|An|In|On|Of|By|At|For|To|About|Over|Some|All|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    "|January|February|March|April|May|June|July|August|September|October|November|December")
# The verbs that report only after a document's noun ("the report states", "the forecast projects that").
_EN_DOCUMENT_VERBS = frozenset(("states", "state", "projects", "project", "projected"))
# A document's noun before "states" ("the inspection report states"): the verb, not the places.
_EN_DOCUMENT_BEFORE = re.compile(
    r"\b(?:report|letter|lawsuit|suit|complaint|document|filing|affidavit|indictment|memo|order|ruling|judgment|policy"
    r"|law|bill|notice|release|petition|motion|contract|agreement|audit|review|statement|warrant|citation|summary"
    r"|application|submission|proposal|plan|study|survey|assessment|analysis|paper|forecast|budget|model|projection|estimate"
    r"|charge\s+sheet|judgement|verdict|transcript|minutes|constitution|guidance|rules)s?"
    # ("The report, which the Sunday Standard has seen, states"; "A report by the board of management of X, submitted to
    # the Department in September, states")
    r"(?:\s+(?:by|from|of|to)\s[^,]{1,80})?(?:,\s+(?:(?:which|that)\s[^,]{1,60}|[a-z]+ed\s[^,]{1,80}),)?\s+$")  # ("… application to the …")
_PLACE_PREPOSITION_NEXT_FR = re.compile(r"\s+(?:sur|dans|sous|vers|hors|jusqu|le\s+long|de\s+la\s+route|du\s+toit|au\s+sol)\b")
# A hearing's noun before "heard" ("The court heard that …"): what the hearing was told, by no one named.
# A subject of up to three words, then its finite verb ("heard Pocock filled", "heard the money was taken").
_CLAUSE_RIGHT_AFTER = re.compile(r"\s+(?!(?:a|an)\s)(?:[\w'’-]+\s+){1,3}?(?:was|were|had|has|is|are|would|could|[a-z]{3,}ed)\b")
# "…, the court heard.", "…, the court heard on Friday last."
_HEARING_DAY = (r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|week)"
                r"(?:\s+last)?)?")
_HEARD_CLOSING = re.compile(_HEARING_DAY + r"[ \t]*(?:[.!?]|\n|\Z)")  # (a standfirst may end with no full stop)
_HEARING_TOLD_CLOSING = re.compile(r",\s+(?:the\s+)?(?:[Cc]ourt|inquest|tribunal|hearing|jury|committee|meeting|panel|council|assembly)"
                                  r"\s+(?:was|were)\s+told" + _HEARING_DAY + "[.!?]")
_EN_HEARING_BEFORE = re.compile(r"\b(?:[Cc]ourt|inquest|tribunal|panel|hearing|jury|trial)\s+$")
# A preposition, a determiner and up to four singular modifiers before a verb that is also a noun: a noun.
_EN_VERBS_ALSO_NOUNS = frozenset(("report", "claim", "note", "comment", "reply", "answer", "estimate", "forecast", "promise"))
_EN_DETERMINED_NOUN_BEFORE = re.compile(r"\b(?:in|with|under|from)\s+(?:its|his|her|their|our|the|a|an|this)\s+(?:[\w-]*[^\Ws]\s+){0,4}$")
_EN_ORDINAL_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|his|her|their)\s+(?:first|second|third|last|latest|only|initial|earlier|previous|final)\s+$",
    re.IGNORECASE)
_EN_QUANTIFIER_BEFORE = re.compile(
    r"(?:\b(?:any|no|every|each|further|million|billion|thousand|hundred|dozen)|(?<![\w.,])\d(?:[\d,.]*\d)?)\s+$", re.IGNORECASE)
# A sum after "added" ("would have added about $310", "added 40 minutes"): arithmetic, no speech.
_EN_AMOUNT_NEXT = re.compile(
    r"\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|up\s+to|another|an\s+extra|an\s+additional)\s+)?"
    r"(?:[$£€¥]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|cents?|pence|dollars|pounds|euros|million|billion|jobs|hours|minutes"
    r"|points|kilometres|miles)\b)")
# Stems that are nouns too, after a word that only goes before a noun ("during public comment").
_FOUND_IN_A_STATE_NEXT = re.compile(r"\s+(?:dead|alive|guilty|not\s+guilty|unconscious|injured|safe|unharmed|abandoned|buried|floating|hanging|lying)\b")
_EN_PLURAL_NOUN_FORMS = frozenset(("calls", "reports", "claims", "notes", "comments", "replies", "answers", "estimates",
                                   "forecasts", "promises", "warnings"))
# A perfect's participle ("had gained calls"; not a passive's: "The man who was arrested claims") or a
# quantifier before the noun.
_EN_OBJECT_NOUN_BEFORE = re.compile(r"(?:\b(?:had|has|have|having)\s+(?:(?!been\s)[a-z]+\s+)?[a-z]{3,}ed|\b(?:more|fewer|many|several|some|no|few|\d[\d,]*))\s+$")
_EN_BARE_NOUNS = frozenset(("comment", "report", "reply", "answer", "claim", "statement", "post", "tweet", "remark"))
_EN_NOUN_MODIFIER_BEFORE = re.compile(r"\b(?:public|official|initial|written|formal|brief|during|without|for)\s+$", re.IGNORECASE)
_EN_YEAR_ADJUNCT_BEFORE = re.compile(r"\b(?:in|since|until|from|before|after|during)\s+(?:19|20)\d\d\s+$")
_TO_NEXT = re.compile(r"\s+to\s")
_FOR_NEXT = re.compile(r"\s+(?:for|on)\s")
_TO_THEN_AS_NEXT = re.compile(r"\s+to\s+[^.;:!?\"“”]{1,80}?\sas\s")
_SPEECH_GERUNDS = frozenset(("saying", "telling"))
_SIGN_BEFORE = re.compile(r"\b(?:banners?|signs?|placards?|posters?|plaques?|slogans?|t-shirts?|billboards?|graffiti)\s+$",
                          re.IGNORECASE)
_PREPOSITION_INDEFINITE_BEFORE = re.compile(r"\b(?:in|on|via|through|with)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_THAT_NEXT = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?that\b", re.IGNORECASE)


_EN_PEOPLE_ADMITTED_NEXT = re.compile(
    r"\s+(?:new\s+|more\s+|any\s+|no\s+|\d[\d,]*\s+)?(?:students|patients|pupils|children|people|members|applicants|visitors"
    r"|refugees|migrants)\b")
_EN_QUESTION_WORD_NEXT = re.compile(r"\s*(?:which|whether|how|when|why|what|who|whom|where|if)\b")


# "a flash flood warning", "a Facebook post": a verb form ending an indefinite noun phrase.
_EN_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]|[Aa]n|(?<=\bin )(?:its|his|her|their))\s+(?:(?P<last>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][\w-]*)\s+){0,3}$")
_EN_ROLES = frozenset(role.lower() for role in _en.ROLE_WORDS)
_NOMINAL_FORMS = frozenset(_en.NOMINAL_VERB_FORMS)


def _noun_in_indefinite_phrase(text: str, begin: int) -> bool:
    """A verb form after "a"/"an" and at most three words, the last not a person
    ("a spokesman warning that …" has a speaker): "issued a flash flood warning covering …"."""
    phrase = _EN_INDEFINITE_BEFORE.search(text, max(0, begin - 40), begin)
    if phrase is None:
        return False
    last = phrase.group("last")
    return last is None or (last.lower() not in _EN_ROLES and last.lower().removesuffix("s") not in _EN_ROLES)


def _gerund(text: str, begin: int, end: int, verb: str) -> bool:
    """An -ing form right after a preposition, with no "that" clause: "by observing the area" is
    a means, not a statement ("after saying he would resign" is one)."""
    return (
        verb.lower() not in _SPEECH_GERUNDS and _EN_PREPOSITION_BEFORE.search(text, max(0, begin - 9), begin) is not None
        and _THAT_NEXT.match(text, end) is None
    )


# English verbs that judge a thing ("dismissed", "rejected", "denounced", "decried"): a cue only before their
# quoted verdict after "as" ("dismissed the petition as "a tactic to delay the inevitable"").
JUDGING_STEMS_EN = ("dismiss", "reject", "denounc", "decr")
_VERDICT_AFTER_AS = re.compile(r"[^.;:!?\"“]{1,140}?\sas\s+[\"“]")  # (the object may carry a relative clause)
# French verbs qualifying their object, whose quoted attribute they say ("a qualifié l'épisode d'« … »", "juge le plan « … »").
JUDGING_STEMS_FR = ("qualifi", "jug", "estim", "trouv", "décri", "dénonc", "salu")
