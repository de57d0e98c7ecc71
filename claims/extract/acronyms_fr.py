"""French: a body the article names by the short form it put in brackets after a lower-case long
form ("l'agence spatiale européenne (ESA)" … "L'ESA a indiqué") speaks under that long form."""

from __future__ import annotations

import re
import unicodedata

from claims.extract.lang import fr
from claims.extract.types import SpeakerRef

# ("le Conicet", "l'Inrae": a short form written as a word)
# ("le PGHM de Chamonix": the short form, then its place, written after the bracket too)
_ACRONYM = re.compile(r"(?:[Ll]['’])?(?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ0-9&-]{1,7}|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{2,8})"
                      r"(?P<place>\s+(?:de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?")
# Where a long form may start, going back from the bracket: after an article.
_ARTICLE = re.compile(r"(?<![\w-])(?:[Ll]es?\s+|[Ll]a\s+|[Ll]['’]|du\s+|des\s+|au\s+|aux\s+)")
_ORGANISATION_WORDS = frozenset(w.lower() for w in fr.ORGANISATION_WORDS)  # "Fédération …", "Union …"
# (and the English ones of a name an article quotes: "Football Club of X" gives "FC")
_FUNCTION_WORDS = frozenset(("de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "en", "à", "au", "aux", "sur",
                             "of", "the", "and"))


def initials(phrase: str) -> str:
    """The capitals a short form takes from PHRASE (its function words left out)."""
    words = re.findall(r"[\w-]+", phrase.replace("’", "'"))
    return "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS).upper()


def _abbreviates(short: str, capitals: str) -> bool:
    """Whether SHORT is CAPITALS (accents aside) with some left out, from its first to its last ("DETEC" of "DFETÉC":
    "fédéral" gives no letter)."""
    capitals = unicodedata.normalize("NFKD", capitals).encode("ascii", "ignore").decode()
    rest = iter(capitals)
    return len(short) >= 3 and capitals[:1] == short[:1] and capitals[-1:] == short[-1:] and all(c in rest for c in short)


def _long_forms_before(before: str, breaks: str) -> list[str]:
    """The phrases of two words or more that open after an article in BEFORE, since its last break, longest first."""
    before = re.split(breaks, before)[-1]
    phrases = [before[m.end():].strip() for m in reversed(list(_ARTICLE.finditer(before)))]
    return [p for p in phrases if len(p.split()) >= 2]


def bracketed_long_form(text: str, short: str) -> str | None:
    """The long form the article wrote before "(SHORT)", when it gave one only."""
    forms = set()
    for bracket in re.finditer(rf"\s\({re.escape(short)}\)", text):
        phrases = _long_forms_before(text[max(0, bracket.start() - 90):bracket.start()], r"[,;:.«»()\n]")
        if not phrases:
            continue
        matching = [p for p in phrases if initials(p) == short.upper()] or [
            # "le Département fédéral de l'environnement, des transports, de l'énergie et de la communication (DETEC)"
            p for p in _long_forms_before(text[max(0, bracket.start() - 140):bracket.start()], r"[;:.«»()\n]")
            if _abbreviates(short.upper(), initials(p))]
        named = [p for p in phrases if p[:1].isupper()]  # "la Fédération panhellénique des gens de mer (PNO)": the name
        forms.add(matching[0] if matching else named[0] if named else phrases[0])
    return forms.pop() if len(forms) == 1 else None


def acronyms_to_long_forms(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named by a bracketed short form alone with its long form."""
    for i, speaker in enumerate(resolved):
        if speaker is None or (short := _ACRONYM.fullmatch(speaker.name)) is None:
            continue
        long = bracketed_long_form(text, short.group("short"))
        place = short.group("place") or ""
        if place and f"({short.group('short')}){place}" not in text:
            if re.sub(r"^(?:[Ll]['’]|[Ll][ae]\s+)", "", speaker.mention or "") != short.group("short"):
                continue
            place = ""  # "Selon l'Inserm" after "(Inserm)" and "l'unité Inserm de Montpellier": the institute, not its unit
        if long is not None and (long[:1].islower() or long.split()[0].lower() in _ORGANISATION_WORDS
                                 or initials(long) == short.group("short")  # "l'Opéra royal de Wallonie-Liège (ORW)"
                                 or _abbreviates(short.group("short"), initials(long))
                                 # ("la Force internationale d'assistance à la sécurité (ISAF)": a translated name, its
                                 # capital then an adjective, no person's)
                                 or len(long.split()) >= 3 and long.split()[1].islower() and long.split()[1] not in _FUNCTION_WORDS):
            resolved[i] = SpeakerRef(long + place, speaker.mention, speaker.role, "organisation")
