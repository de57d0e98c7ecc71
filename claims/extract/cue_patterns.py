"""A language's reporting cues once compiled (`CuePatterns`, built by `cues.patterns`) and the cues they find
(`Cue`): a reporting verb with its auxiliary, unless the form reports nothing where it stands (a noun after its
determiner, a passive, a participle naming or valuing a thing, a gerund of means)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.cue_filters_en import ends_with_word, not_a_report_en
from claims.extract.cue_filters_fr import FR_BEFORE_INFINITIVE, not_a_report_fr


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
# A source opening the sentence, then findings as the clause's subject ("Selon l'ODG, des contrôles menés en
# septembre ont montré que …", "According to him, the department's latest stock assessment showed that …").
_SOURCE_THEN_FINDINGS = {
    # ("Pour l'Union patronale, qui avait mené campagne contre le texte, le résultat montre que …")
    "fr": re.compile(r"\s*(?:Selon|D['’]après|Pour)\s[^,;.«»]{3,120}(?:,\s*qui\s[^,;.«»]{3,80})?,\s*(?:des|les|ces|ses|leurs|la|le|l['’])\s*"
                     r"[a-zà-ÿ][^,;.«»A-Z]*"),
    "en": re.compile(r"\s*According\s+to\s[^,;.\"“”]{2,120},\s*(?:the|its|their|his|her)\s+[a-z][^,;.\"“”A-Z]*"),
}


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


def infinitive_after_avant(text: str, start: int) -> bool:
    """"…, avant de reconnaître que": a French infinitive cue starting at START."""
    return FR_BEFORE_INFINITIVE.search(text, max(0, start - 12), start) is not None


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
                if ends_with_word(text, window, begin_token, self.before_endings) else None
            )
            begin = aux_match.start() if aux_match else begin_token
            aux = aux_match.group("aux") if aux_match else None
            reflexive = aux is not None and _REFLEXIVE.fullmatch(aux) is not None
            stem_form = verb.lower().replace("ç", "c")  # ("s'agaçait": the stem "agac")
            if reflexive and not stem_form.startswith(_REFLEXIVE_REPORTING):
                continue  # "se poursuivait", "s'est rendu": reflexive, not reporting ("se dit" is)
            if not reflexive and self.language == "fr" and stem_form.startswith(_REFLEXIVE_ONLY):
                continue
            if reflexive and stem_form.startswith("déclar") and _BROKE_OUT_WHEN.match(text, hit.end()):
                continue  # "Le feu, qui s'est déclaré vers 2 heures du matin": a fire broke out, no one declared
            if verb.lower().startswith(("montr", "révél", "démontr", "show")) \
                    and (findings := _SOURCE_THEN_FINDINGS.get(self.language)) is not None \
                    and findings.fullmatch(text, start, begin) is not None:
                # "Selon l'ODG, des contrôles menés en septembre ont montré que …", "According to him, the department's
                # latest stock assessment showed that …": the source's statement, whole
                continue
            if aux is None and (det := _DETERMINER_BEFORE[self.language].search(text, max(0, begin_token - 6), begin_token)) \
                    and not det.group().rstrip().isupper():  # (but "the UN said": an acronym)
                continue  # "an estimated", "le communiqué", "la note": a noun or an adjective
            if aux is None and _after_source_word(text, max(start, begin_token - 50), begin_token) \
                    and _INSIDE_SOURCE_PHRASE.search(text, max(start, begin_token - 50), begin_token):
                continue  # "according to government reports": a noun in the source's name
            if aux is None and verb.lower() in _NAMING_PARTICIPLES and (
                _QUOTE_NEXT.match(text, hit.end())
                or (self.language == "en" and _EN_NAMING_BEFORE.search(text, max(0, begin_token - 60), begin_token))
            ):
                continue  # "a programme called "Learning Together"", "a predator called the sevengill": a name
            if self.language == "fr" and not_a_report_fr(text, end, hit, verb, aux, pron, begin, begin_token, stem_form):
                continue
            if self.language == "en" and not_a_report_en(text, end, hit, verb, aux, begin, begin_token, self.verbs):
                continue
            yield Cue(begin, hit.end(), text[begin:hit.end()], verb, aux, pron)


# French verbs qualifying their object, whose quoted attribute they say ("a qualifié l'épisode d'« … »", "juge le plan « … »").
JUDGING_STEMS_FR = ("qualifi", "jug", "estim", "trouv", "décri", "dénonc", "salu")
