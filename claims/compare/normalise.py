"""Text normalisation for comparing versions of a statement.

Typography (« » vs " ", curly vs straight apostrophes, dashes, non-breaking
spaces), case and accents never make two versions differ.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TYPOGRAPHY = str.maketrans(
    {
        "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "‹": '"', "›": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "…": "...",
    }
)
# Words: letters/digits, keeping inner apostrophes out (l'homme → l, homme) and
# numbers with their separators together (1,200 / 2.5 / 30 000 handled by joining).
_WORD = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_DIGIT_GROUP_SEP = re.compile(r"(?<=\d)[\s,.](?=\d{3}\b)")
_ELLIPSIS = re.compile(r"\(\.\.\.\)|\[\.\.\.\]|\.\.\.")

STOPWORDS = frozenset(
    """
    le la les l un une des du de d au aux a à et ou mais donc or ni car que qu qui quoi dont où
    ce cet cette ces se s sa son ses leur leurs lui elle il ils elles on nous vous je j me m te t
    y en est sont été être avait avoir ont a était sera seront par pour sur dans avec sans sous
    entre vers chez ne n pas plus moins très tout tous toute toutes comme si aussi ainsi
    the an and or but of to in on at by for with from as is are was were be been being it its
    this that these those he she they we you i his her their our your them him us not no
    will would shall should can could may might has have had do does did so than then there
    which who whom whose what when where while about into over after before also just
    """.split()
)
NEGATION_WORDS = frozenset(
    "ne n pas jamais aucun aucune nul nulle rien personne guère non ni "
    "not no never none nothing nobody neither nor without cannot can't won't don't doesn't "
    "didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't shouldn't couldn't".split()
)


# Runs of characters that may be combining marks: none lies below U+0300.
_MAY_COMBINE = re.compile("[^\x00-\u02ff]+")


def _without_marks(run: re.Match) -> str:
    return "".join(c for c in run.group(0) if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case-folded, accent-stripped, typography-unified text."""
    text = text.translate(_TYPOGRAPHY)
    if text.isascii():
        return text.casefold()
    return _MAY_COMBINE.sub(_without_marks, unicodedata.normalize("NFKD", text)).casefold()


# Written numbers are the same word as their digits ("three days" = "3 days").
_NUMBER_WORDS = {
    w: str(i)
    for names in (
        "_ _ deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
        "_ _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty",
    )
    for i, w in enumerate(names.split())
    if w != "_"
}
_NUMBER_WORDS.update(
    {
        "vingt": "20", "trente": "30", "quarante": "40", "cinquante": "50", "soixante": "60",
        "cent": "100", "mille": "1000", "thirty": "30", "forty": "40", "fifty": "50",
        "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
        "thousand": "1000",
    }
)


def _word_key(word: str) -> str:
    word = word.replace(",", ".")
    return _NUMBER_WORDS.get(word, word)


def words(text: str) -> list[str]:
    """The words of a text, folded, without punctuation; digit groups joined (30 000 → 30000)."""
    return list(_words(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # "," and "." play the same part in `_WORD`'s numbers and are in no other word, so
    # replacing every comma first gives `_word_key`'s numbers (2,5 → 2.5).
    found = _WORD.findall(_DIGIT_GROUP_SEP.sub("", fold(text)).replace(",", "."))
    return tuple(map(_NUMBER_WORDS.get, found, found))


_THOUSANDS_GROUP = re.compile(r"\d{3}(?!\d)")


def word_spans(text: str) -> list[tuple[str, str]]:
    """(surface, key) per whitespace-separated token; the key is its folded words.

    Punctuation-only tokens (« – ») stick to the previous token, so they never count
    as a difference but still show in a diff.
    """
    return list(_word_spans(text))


@lru_cache(maxsize=4096)
def _word_spans(text: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    tokens = text.translate(_TYPOGRAPHY).split()
    folded = fold(text).split()
    if len(folded) != len(tokens):  # a compatibility character unfolded into several words
        folded = [fold(t) for t in tokens]
    for token, folded_token in zip(tokens, folded):
        key = " ".join(_word_key(m.group(0)) for m in _WORD.finditer(folded_token))
        if out and _THOUSANDS_GROUP.match(token) and out[-1][1][-1:].isdigit():
            surface = out[-1][0] + " " + token  # "30 000" is one number
            out[-1] = (surface, " ".join(words(surface)))
        elif not key and out:
            out[-1] = (out[-1][0] + " " + token, out[-1][1])
        elif key:
            out.append((token, key))
    return tuple(out)


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*", re.UNICODE)
CALENDAR_WORDS = frozenset(
    """
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def capitalised_words(text: str, *, skip_first: bool = False) -> list[str]:
    """Folded capitalised words that may name something (no function or calendar words)."""
    out = []
    for m in _CAPITALISED.finditer(text):
        if skip_first and (m.start() == 0 or text[: m.start()].rstrip()[-1:] in '.!?«"“'):
            continue
        for w in words(m.group(0)):
            if len(w) >= 3 and w not in STOPWORDS and w not in CALENDAR_WORDS:
                out.append(w)
    return out


def content_words(text: str) -> set[str]:
    """The words that carry meaning: no function words, no one-letter words."""
    return content_words_of(words(text))


def content_words_of(ws: list[str]) -> set[str]:
    return {w for w in ws if w not in STOPWORDS and (len(w) > 1 or w.isdigit())}


def excerpt_pieces(text: str) -> list[list[str]]:
    """A quote split at its ellipses ("…", "[…]"), each piece as a word list."""
    return [ws for ws in (words(p) for p in _ELLIPSIS.split(text.translate(_TYPOGRAPHY))) if ws]


def is_excerpt(short: list[list[str]], long: list[str]) -> bool:
    """True when every piece of `short` occurs contiguously in `long`, in order."""
    pos = 0
    for piece in short:
        n = len(piece)
        found = -1
        for i in range(pos, len(long) - n + 1):
            if long[i : i + n] == piece:
                found = i
                break
        if found < 0:
            return False
        pos = found + n
    return True
