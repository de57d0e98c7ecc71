"""Reporting cues per language: compiled regexes built from the lexicons in `lang/fr.py` and `lang/en.py`
(`patterns`; what they find and leave out is in `cue_patterns`), and scans of a whole article with them."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from types import ModuleType

from claims.extract.cue_patterns import CuePatterns
from claims.extract.lang import en as _en
from claims.extract.lang import fr as _fr
from claims.extract.regex_trie import trie_pattern
from claims.extract.triggers import anchored_finditer, lowered_article, positions

_FR_SUFFIXES = ("e", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "era", "eront",
                "erait", "eraient", "ant", "eant", "er", "ons", "ez", "ât", "ai",
                "eait", "eaient")  # ("la Cour des comptes jugeait que …": verbs in -ger)
_EN_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ies", "ied")
# Auxiliaries and adverbs that may stand right before a reporting verb, as plain phrases: words
# separated by one space, "'" for either apostrophe.
_FR_AUX_PHRASES = (
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "va", "vont", "allait", "vient de", "vient d'", "s'",
    "venait de", "venait d'", "a-t-il", "a-t-elle", "a-t-on", "ont-ils", "ont-elles", "avait-il", "avait-elle",
    "aurait-il", "aurait-elle", "est", "se", "s'est", "s'était", "l'avait", "l'a", "lui a", "lui avait", "leur a",
    "se sont", "sont", "était", "tient à", "a tenu à", "a dit", "a voulu", "veut", "voulait", "dit", "a fait",
    # "s'est-il contenté de déclarer", "s'est bornée à dire", "a-t-elle tenu à préciser"
    "a-t-il tenu à", "a-t-elle tenu à", "s'est contenté de", "s'est contentée de", "s'est-il contenté de",
    "s'est-elle contentée de", "se contente de", "s'est borné à", "s'est bornée à", "s'est-il borné à", "s'est-elle bornée à",
    "se borne à", "s'est-il", "s'est-elle", "s'était-il", "s'était-elle", "se sont-ils", "se sont-elles",
    # "a-t-il fini par déclarer", "a fini par reconnaître"
    "a-t-il fini par", "a-t-elle fini par", "a fini par", "ont fini par", "finit par",
    "fait", "faisait", "font", "faisaient", "avait fait",  # "fait valoir Bercy", "faisait savoir la préfecture"
    # The journalist as listener: "nous a confié X", "m'a assuré le préfet", "nous a-t-il expliqué".
    "nous a", "m'a", "vous a", "nous ont", "m'ont", "nous avait", "m'avait", "nous a-t-il", "nous a-t-elle",
    "m'a-t-il", "m'a-t-elle", "nous l'a", "me l'a",
)
_FR_ADVERB_PHRASES = (
    "également", "aussi", "cependant", "pour sa part", "pour leur part", "ensuite", "encore", "notamment",
    "d'ailleurs", "elle", "lui", "eux", "déjà", "toutefois", "alors", "même", "pourtant", "de nouveau", "plus tard",
    "enfin", "bien", "clairement", "publiquement", "simplement", "aussitôt", "tout de même", "par ailleurs",
    "quant à lui", "quant à elle", "quant à eux", "quant à elles", "de leur côté", "à son tour", "ainsi", "immédiatement",
    "néanmoins", "de son côté", "d'abord",
    "plus tôt", "récemment", "souvent", "toujours", "vivement", "fermement", "avoir", "être", "formellement",
    "officiellement", "hier", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "d'ores et déjà", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "désormais", "en outre",
    "une nouvelle fois", "encore une fois", "à nouveau", "à plusieurs reprises", "finalement", "en effet",
    "ouvertement", "volontiers", "d'emblée", "sans détour", "longuement", "explicitement", "personnellement",
    "au contraire", "en revanche",
    # manner ("a prudemment indiqué son directeur")
    "prudemment", "sobrement", "fièrement", "calmement", "brièvement", "franchement", "sèchement", "laconiquement",
    "discrètement", "modestement", "sereinement", "poliment", "ironiquement", "solennellement", "amèrement",
)
_EN_AUX_PHRASES = (
    "has", "have", "had", "also", "later", "then", "further", "previously", "reportedly", "subsequently",
    "repeatedly", "publicly", "again", "separately", "earlier", "once again", "has also", "had also", "have also",
    "went on to", "did", "does", "do", "not", "never", "already", "recently", "originally", "first", "initially",
    "last week", "yesterday", "today", "however", "had previously", "has repeatedly", "even", "still", "simply",
    "quickly", "officially", "formally", "once", "often", "allegedly", "twice", "finally", "ultimately",
    "openly", "privately", "recently", "also reportedly", "went as far as to", "went as far to", "went so far as to",
    "go so far as to", "has gone so far as to",
)


def _alternation(phrases: tuple[str, ...]) -> str:
    """A prefix-tree alternation (longest phrase first): the auxiliary pattern is searched at
    every position of 70 characters before each verb, where a flat alternation is slow."""
    return "(?:" + trie_pattern(phrases, {" ": r"\s+", "'": "['’]"}) + ")"


def _last_words(*phrase_lists: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({phrase.split()[-1] for phrases in phrase_lists for phrase in phrases}))


_FR_AUX = _alternation(_FR_AUX_PHRASES)
_FR_ADVERBS = _alternation(_FR_ADVERB_PHRASES)
_EN_AUX = _alternation(_EN_AUX_PHRASES)
# What the text right before a verb must end with (whitespace and commas aside) for the
# auxiliary pattern to have a chance: a cheap test that spares most regex searches.
_FR_BEFORE_ENDINGS = _last_words(_FR_AUX_PHRASES, _FR_ADVERB_PHRASES)
_EN_BEFORE_ENDINGS = _last_words(_EN_AUX_PHRASES)


def _forms(lexicon: ModuleType, suffixes: tuple[str, ...]) -> frozenset[str]:
    forms = {stem + suffix for stem in lexicon.REPORTING_VERB_STEMS for suffix in suffixes}
    if "ing" in suffixes:  # "describe" → "describing", "announce" → "announcing"
        forms |= {stem[:-1] + "ing" for stem in lexicon.REPORTING_VERB_STEMS if stem.endswith("e") and stem[-2:] not in ("ee", "ie")}
    # "lançait", "annonçant", "s'agaçait": a French stem in -c takes a cedilla before a or o
    forms |= {stem[:-1] + "ç" + suffix for stem in lexicon.REPORTING_VERB_STEMS for suffix in suffixes
              if stem.endswith("c") and suffix[:1] in ("a", "o", "â")}
    forms |= set(lexicon.REPORTING_VERB_FORMS)
    return frozenset(f.lower() for f in forms if len(f) > 2)


@lru_cache(maxsize=None)
def patterns(language: str) -> CuePatterns | None:
    if language == "fr":
        lex, suffixes, aux, adv = _fr, _FR_SUFFIXES, _FR_AUX, _FR_ADVERBS
        pron = r"(?:-t-il|-t-elle|-t-ils|-t-elles|-t-on|-il|-elle|-ils|-elles|-on)"
        # "a d'ores et déjà fait savoir": the causative "fait" may follow the adverbs
        # ("a, pour sa part, fait savoir": the adverb between commas)
        # (an auxiliary in lower case: "la Région Grand Est indique" holds none)
        before = re.compile(rf"(?<![\w’'-])(?=(?-i:[a-zà-ÿ]))(?P<aux>{aux})\s*(?:,\s*(?={adv}))?(?:{adv}[\s,]+){{0,3}}(?:fait\s+)?$", re.IGNORECASE)
        comp = re.compile(r"\b(?:que\b|qu['’])\s*", re.IGNORECASE)  # (not "questions")
        # ("à ses yeux", "aux yeux de X": whose view the clause gives; not "Pour enrayer le mouvement,": a purpose)
        source_before = re.compile(
            r"(?<![\w])(?:selon|d['’]après(?!-)|de\s+l['’]avis\s+de|pour(?=\s)(?!\s+(?:sa|leur|ma|notre)\s+part\b)"
            r"(?!\s+(?:ne\s+pas\s+|n['’]|s['’]|se\s+|y\s+|en\s+)?(?-i:(?!(?:autre|notre|votre|entre|contre)\b)[a-zà-ÿ]{2,}(?:er|ir|re|oir))\b)"
            r"|aux\s+yeux\s+(?:de\s+|d['’]|du\s|des\s)|"
            r"à(?=\s+(?:ses|leurs)\s+yeux\s*,)|aux\s+dires\s+(?:de\s+|d['’]|du\s|des\s)|à\s+en\s+croire\s|"
            # "Comme l'explique la chercheuse Anne Morel, …", "comme le rappelle l'Insee, …"
            r"(?:comme|ainsi\s+que)\s+(?:l['’]|le\s+)(?:explique|expliquent|rappelle|rappellent|souligne|soulignent|indique|indiquent|"
            r"note|notent|relève|relèvent|précise|précisent|affirme|affirment|dit|disent|écrit|écrivent|résume|résument|"
            # "Comme l'a révélé Mediapart, …", "ainsi que l'ont rappelé les syndicats, …": the compound past
            r"(?:a|ont|avait|avaient)\s+(?:expliqué|rappelé|souligné|indiqué|noté|relevé|précisé|affirmé|dit|écrit|"
            r"résumé|révélé|annoncé|confirmé|raconté|reconnu))\s)\s*",
            re.IGNORECASE)
        source_trigger = re.compile(
            r"selon|d['’]après|de\s+l['’]avis|pour|aux\s+yeux|à\s+(?:ses|leurs)\s+yeux|aux\s+dires|à\s+en\s+croire|comme\s+l"
            r"|ainsi\s+que\s+l")
        after = re.compile(r"[,]?\s+(?:selon|d['’]après)\s+", re.IGNORECASE)
        pronoun_suffix = re.compile(pron + r"$", re.IGNORECASE)
        pron_pattern = pron
        endings = _FR_BEFORE_ENDINGS
    elif language == "en":
        lex, suffixes, aux = _en, _EN_SUFFIXES, _EN_AUX
        # (in lower case: "The charity Kids First said" holds none)
        before = re.compile(rf"(?<![\w’'-])(?=(?-i:[a-z]))(?P<aux>{aux})\s+(?:{aux}\s+){{0,2}}$", re.IGNORECASE)
        comp = re.compile(r"\bthat(?!\s+(?:night|day|morning|evening|afternoon|week|weekend|month|year|time|moment|season)\b)"
                          r"(?:\s+|\s*,\s*(?=[a-z]))", re.IGNORECASE)  # (also "argued that, since …, the case …";
        # not the demonstrative of "told Dorsey his decisions that night had been …")
        # "In the analysis of the institute, …", "in the view of experts, …": whose reading it is.
        source_before = re.compile(
            r"(?<![\w])(?:according\s+to|in\s+the\s+(?:words|view|opinion|analysis|assessment|estimation)\s+of"
            r"|as\s+reported\s+by|in(?=\s+(?:his|her|their)\s+(?:view|opinion|words)\s*,)"
            # "Per a memo from Town Manager X, …": a sentence's first word
            r"|(?:^|(?<=\n)|(?<=\.\s))(?-i:Per)(?=\s+(?:an?|the|[A-Z][\w'’-]*['’]s)\s))\s+", re.IGNORECASE)
        source_trigger = re.compile(r"according|in\s+the\s+(?:words|view|opinion|analysis|assessment|estimation)|as\s+reported"
                                    r"|in\s+(?:his|her|their)\s+(?:view|opinion|words)|per\s")
        after = re.compile(r"[,]?\s+(?:according\s+to|as\s+reported\s+by)\s+", re.IGNORECASE)
        pronoun_suffix = None
        pron_pattern = r"(?!)"
        endings = _EN_BEFORE_ENDINGS
    else:
        return None
    verb = rf"(?P<verb>{trie_pattern(_forms(lex, suffixes))})(?P<pron>{pron_pattern})?(?![\w-])"
    verbs = re.compile(rf"(?<![\w-]){verb}")
    return CuePatterns(verbs, before, endings, pronoun_suffix, frozenset(lex.WEAK_REPORTING_VERBS),
                       comp, source_before, after, language, source_trigger, re.compile(rf"[^A-Za-z0-9_-]{verb}"))


class VerbHits:
    """The reporting verbs of one article, found in one scan: `verbs.finditer(text, start, end)`
    for each sentence costs a call per sentence and makes empty sentences look busy."""

    def __init__(self, pats: CuePatterns, text: str):
        self.verbs = pats.verbs
        self.text = text
        # `verbs.finditer(text)`: a verb starts the text or follows a character other than a word
        # character or "-"; `verbs_after_separator` matches that character (or a non-ASCII letter,
        # skipped) and the verb, and a match ends before such a character, so the next one can start there.
        first = pats.verbs.match(text)
        self.hits = [first] if first else []
        search = pats.verbs_after_separator.search
        m = search(text)
        while m is not None:
            if _VERB_CHAR.match(text, m.start()) is None:
                self.hits.append(pats.verbs.match(text, m.start("verb")))
                m = search(text, m.end())
            else:
                m = search(text, m.start() + 1)
        self.starts = [hit.start() for hit in self.hits]

    def between(self, start: int, end: int) -> list[re.Match]:
        """`verbs.finditer(text, start, end)`. A match never holds a character that is not a
        word character or "-", so with such characters (or the text's ends) around the region,
        the article's matches inside it are exactly the region's."""
        text = self.text
        if (start > 0 and _VERB_CHAR.match(text, start - 1)) or (end < len(text) and _VERB_CHAR.match(text, end)):
            return list(self.verbs.finditer(text, start, end))
        return self.hits[bisect_left(self.starts, start):bisect_left(self.starts, end)]


_VERB_CHAR = re.compile(r"[\w-]")


class SourcesBefore:
    """`source_before.finditer(text, start, end)` for the sentences of one article, tried only
    where the lower-cased text has one of its first words (found once for the whole article)."""

    def __init__(self, pats: CuePatterns, text: str):
        self.pattern = pats.source_before
        self.text = text
        low = lowered_article(text, 0, len(text))
        # None when lower-casing moves offsets ("İ"): then every offset is tried.
        self.starts = positions(pats.source_trigger, low, 0) if low is not None else None

    def any_between(self, start: int, end: int) -> bool:
        """Whether a match may start in text[start:end] (a cheap test)."""
        return self.starts is None or bisect_left(self.starts, start) < bisect_left(self.starts, end)

    def finditer(self, start: int, end: int):
        if self.starts is None:
            return self.pattern.finditer(self.text, start, end)
        candidates = self.starts[bisect_left(self.starts, start):bisect_left(self.starts, end)]
        return anchored_finditer(self.pattern, self.text, candidates, end)


def is_weak(verb: str, pats: CuePatterns) -> bool:
    return _is_weak(verb.lower(), pats.weak)


@lru_cache(maxsize=4096)
def _is_weak(low: str, weak: frozenset[str]) -> bool:
    return any(low.startswith(w) or (w[-1:] == "e" and low == w[:-1] + "ing") for w in weak)  # "blaming"
