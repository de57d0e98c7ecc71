"""Per-language resources and language detection.

`fr` and `en` define the same UPPERCASE names; `resources(lang)` returns the module for a
modelled language, None for any other.
"""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType

from claims.extract.lang import en, fr

MODELLED = {"fr": fr, "en": en}

_SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FR_WORDS = frozenset(w.replace("’", "'") for w in fr.FUNCTION_WORDS)
_EN_WORDS = frozenset(en.FUNCTION_WORDS)
# Below these, a text is too short or too foreign to call.
_MIN_HITS = 3
_MIN_SHARE = 0.12
_MIN_LEAD = 2.0

# A second look, taken only at a text the counts above leave undecided. A brief of two or three
# sentences has too few of those words: the French ones leave out words shared with Spanish, Italian
# or Catalan ("la", "de", "que", "en", "un", "il"), the English ones "a", "in", "on", "was". The
# second look counts more words of one language alone, elisions ("qu'il", "jusqu'à"), "-t-" of
# "a-t-il", French past participles ("annoncé", "portée") and English "'s"; the shared words add
# support, never a call; and function words of Spanish, Italian, Portuguese, Catalan, German, Dutch
# or Romanian ("el", "di", "não", "amb", "der", "het", "în") veto it.
_FR, _FR_SHARED, _EN, _EN_SHARED, _BOTH_SHARED = range(5)
_FR_ONLY_MORE = (
    "depuis", "sans", "chez", "contre", "encore", "toujours", "dont", "cet", "ceux", "celui", "celle",
    "peut", "doit", "seront", "aurait", "pourrait", "avaient", "étaient", "ainsi", "puis", "donc",
    "quand", "alors", "lorsque", "aujourd'hui", "notre", "tous", "toute", "toutes", "autre", "autres",
    "même", "deux", "trois", "plusieurs", "moins", "hier", "lors", "vers", "sous", "avant", "ici",
    "soit", "fois", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "décembre",
    # "a-t-il", "a-t-on" leave a "t" between hyphens
    "t",
)
_FR_SHARED_WORDS = ("la", "de", "que", "en", "un", "il", "à", "se", "son", "lui", "ou", "si", "ni", "entre")
_EN_ONLY_MORE = (
    "without", "between", "against", "should", "because", "while", "them", "him", "being", "during",
    "before", "out", "until", "since", "among", "across", "whose", "those", "told", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "june",
    "july", "october",
)
_EN_SHARED_WORDS = ("in", "as", "was", "will", "we", "i", "over", "up", "all", "so", "no", "if", "you", "my", "us", "one", "two", "may")
# None is an English or French word or a frequent name: "care", "am", "do", "met", "van", "Li", "Han"
# are left out, and so is "ha" (hectares in French copy).
_OTHER_WORDS = frozenset((
    # Spanish
    "el", "los", "las", "del", "por", "con", "para", "una", "su", "sus", "lo", "más", "pero", "como",
    "fue", "está", "también", "es", "muy", "sin", "sobre", "este", "esta", "ya", "según", "desde",
    "dijo", "tras", "cuando", "hasta", "así", "donde", "ser", "sido", "había", "años", "dos",
    # Italian
    "di", "che", "per", "della", "delle", "dello", "degli", "dei", "nel", "nella", "nei", "alla", "alle",
    "agli", "dal", "dalla", "sono", "è", "gli", "anche", "più", "hanno", "da", "questo", "questa",
    "stato", "essere", "dopo", "tra", "sulla", "sul", "uno",
    # Portuguese
    "o", "os", "das", "em", "na", "não", "um", "uma", "com", "ao", "aos", "é", "foi", "seu", "sua",
    "disse", "pelo", "pela", "mas", "muito", "já", "são", "ainda", "nas", "às", "após", "até",
    # Catalan
    "els", "amb", "dels", "aquest", "aquesta", "però", "pel", "als", "seva", "són", "és", "més",
    "fins", "segons", "ho", "perquè",
    # German
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "zu", "sich", "auf", "für",
    "ein", "eine", "einen", "einem", "einer", "im", "auch", "wird", "wurde", "werden", "sie", "er",
    "dass", "bei", "nach", "aus", "sei", "sagte", "wie", "oder", "noch", "nur", "vom", "zum", "zur",
    # Dutch
    "het", "een", "niet", "zijn", "op", "voor", "ook", "naar", "bij", "werd", "heeft", "zei",
    # Romanian
    "și", "în", "cu", "să", "pe", "din", "fost", "este", "pentru", "sunt", "după",
))
_TAGS = {w: _EN_SHARED for w in _EN_SHARED_WORDS}
_TAGS.update({w: _FR_SHARED for w in _FR_SHARED_WORDS})
_TAGS.update({w: _EN for w in (*_EN_WORDS, *_EN_ONLY_MORE)})
_TAGS.update({w: _FR for w in (*_FR_WORDS, *_FR_ONLY_MORE)})
_TAGS["a"] = _TAGS["on"] = _BOTH_SHARED  # "a annoncé", "a bill"; "on a su", "on Tuesday"
_FR_ELISIONS = ("qu'", "jusqu'", "lorsqu'", "puisqu'")
# Endings of a French past participle; words of other languages ending so are set aside.
_PARTICIPLE_ENDINGS = ("é", "ée", "ées")
_NOT_PARTICIPLES = frozenset(("josé", "café", "comité", "també", "bebé", "perché", "poiché", "affinché", "benché", "finché"))
_SECOND_WORDS = 120  # a brief is shorter; a longer text is judged on its start
_OTHER_VETO = 8  # more than one word in 8 another language's function word: "und" at once
# A call needs 3 words of the language alone, 3 times as many as the other languages' function words;
# with its shared words, a quarter of all words and _MIN_LEAD times the other modelled language's.
_STRONG = 3
_OTHER_LEAD = 3
_SECOND_SHARE = 0.25


def resources(lang: str | None) -> ModuleType | None:
    """The resource module for "fr" or "en"; None for any other language."""
    return MODELLED.get(lang) if lang else None


def _words(text: str) -> list[str]:
    """`_WORD.findall(text)`, faster: a word never spans a space, and a chunk between spaces
    made of letters only is one word, so the pattern runs only on the other chunks."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            words.append(chunk)
        else:
            words.extend(_WORD.findall(chunk))
    return words


def detect_language(text: str) -> str:
    """"fr", "en", or "und" when the text is too short or in another language."""
    words = _words(text[:_SAMPLE_CHARS].lower().replace("’", "'"))
    if not words:
        return "und"
    fr_hits = sum(map(_FR_WORDS.__contains__, words))
    en_hits = sum(map(_EN_WORDS.__contains__, words))
    best, hits, other = ("fr", fr_hits, en_hits) if fr_hits >= en_hits else ("en", en_hits, fr_hits)
    if hits < _MIN_HITS or hits / len(words) < _MIN_SHARE or hits < _MIN_LEAD * other:
        return _second_look(words)
    return best


def _second_look(words: list[str]) -> str:
    """"fr" or "en" for a text the function-word counts leave undecided, when evidence of one
    language alone is enough and no other language's function words stand against it; else "und"."""
    words = words[:_SECOND_WORDS]
    n = len(words)
    other = sum(map(_OTHER_WORDS.__contains__, words))
    if _OTHER_VETO * other > n:
        return "und"
    tags = Counter(map(_TAGS.get, words))
    fr, en = tags[_FR], tags[_EN]
    fr_shared, en_shared = tags[_FR_SHARED] + tags[_BOTH_SHARED], tags[_EN_SHARED] + tags[_BOTH_SHARED]
    for w in words:
        if "'" in w:
            if w in _TAGS:
                continue
            if w.startswith(_FR_ELISIONS):
                fr += 1
            elif w[1] == "'":  # "l'équipe", "d'euros": French, but Italian and Catalan too
                fr_shared += 1
            elif w.endswith(("'s", "n't")):
                en += 1
        elif w.endswith(_PARTICIPLE_ENDINGS) and len(w) > 3 and w not in _NOT_PARTICIPLES and not w.endswith("ché"):
            fr += 1
    if _enough(fr, fr_shared, en + en_shared, other, n):
        return "fr"
    if _enough(en, en_shared, fr + fr_shared, other, n):
        return "en"
    return "und"


def _enough(own: int, shared: int, rival: int, other: int, n: int) -> bool:
    """Whether a language's `own` words (its alone) and `shared` ones call a text of `n` words
    against the `rival` modelled language's words and `other` languages' function words."""
    return (own >= _STRONG and own >= _OTHER_LEAD * other
            and own + shared >= _SECOND_SHARE * n and own + shared >= _MIN_LEAD * rival)
