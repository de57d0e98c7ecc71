"""French: a speaker known by a short form the article put in brackets after a name ("la
Fédération européenne de handball (EHF)" … "L'EHF précise", "un porte-parole du MPO") is that
name, written out."""

from __future__ import annotations

import re

from claims.extract.lang import fr as french
from claims.extract.speaker_organisations_short_forms import ELIDED_ARTICLE
from claims.extract.speakers import fold
from claims.extract.types import SpeakerRef

# A short form in brackets right after a name: "(SpF)", "(Sdis 06)", "(EHF)".
_BRACKETED_SHORT = re.compile(r"\s*\((?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,11}(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,11}){0,2}(?: \d{1,3})?)\)")
_NUMBER_AFTER = re.compile(r" \d{1,3}$")
_ROLE_WORDS_FR = frozenset(fold(w) for w in french.ROLE_WORDS)
_ROLE_OF_SHORT = re.compile(r"(?P<role>[a-zà-ÿ-]+(?: [a-zà-ÿ-]+)?) (?:du|de la|de l['’]|de|d['’]) ?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}")
# A body known by its initials, of another body known by its own: "CGT du CHAL".
_BODY_OF_SHORT = re.compile(r"(?P<body>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ-]{1,9}) (?:du|de la|de l['’]|de|d['’]) ?(?P<short>[A-ZÀ-ÖØ-Þ]{2,6})")
# A name of capitalised words (and the links inside French names), then its all-capitals short form.
# (The lookbehind comes after the first capital, so that `re` skips to capitals when scanning a whole article.)
_CAPITALISED_NAME_THEN_SHORT = re.compile(
    r"(?P<long>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?<![\w'’-].)[\w'’-]+(?P<adjective>[ \u00a0]+[a-zà-ÿ]{4,})?"
    r"(?:[ \u00a0]+(?:(?:et|de|du|des|de[ \u00a0]la|de[ \u00a0]l['’]|d['’]|pour|sur|en)[ \u00a0]*)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)+)[ \u00a0]+\((?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6})\)")
# The same name with no lower-case adjective, tried where the adjective the first pattern took is no
# part of the short form ("Ministère pour Quelque (MQ)": "pour" is a link).
_CAPITALISED_NAME_NO_ADJECTIVE = re.compile(_CAPITALISED_NAME_THEN_SHORT.pattern.replace(
    r"(?P<adjective>[ \u00a0]+[a-zà-ÿ]{4,})?", "(?P<adjective>)"))
_SHORT_IN_BRACKETS = re.compile(r"\((?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6})\)")
_NAME_CHARACTERS = frozenset("_'’- \u00a0")


def _names_then_short_forms(text: str):
    """`_CAPITALISED_NAME_THEN_SHORT.finditer(text)`, searched only in the run of word characters,
    apostrophes, hyphens and spaces before each "(SHORT)": a match holds nothing else."""
    for bracket in _SHORT_IN_BRACKETS.finditer(text):
        start = bracket.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NAME_CHARACTERS):
            start -= 1
        while (found := _CAPITALISED_NAME_THEN_SHORT.search(text, start, bracket.end())) is not None:
            # (a lower-case adjective after the first word only when the short form spells it:
            # "Centre hospitalier Princesse Grace (CHPG)"; else the name starts further on: "La
            # société Metro Express Ltd (MEL)")
            if not found.group("adjective") or "".join(w[0] for w in found.group("long").split()).upper() == found.group("short"):
                yield found
                break
            if (plain := _CAPITALISED_NAME_NO_ADJECTIVE.match(text, found.start(), bracket.end())) is not None:
                yield plain
                break
            start = found.start() + 1


# French "de" before a definite article: "la Direction …" → "de la Direction …".
OF_BEFORE_ARTICLE = {"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l’", "les": "des ",
                     "du": "du ", "au": "du ", "des": "des ", "aux": "des "}


def of_as_written(text: str, name: str) -> str | None:
    """"de la " before "Direction générale …" when the article writes "la Direction générale …", "du "
    after "le" (or "du", "au"), "de l'" after "l'", "des " after "les" (or "aux"); None when the article writes NAME with no article."""
    found = re.search(rf"(?<![\w-])(le|la|les|l['’]|du|des|au|aux)[ \u00a0]*{re.escape(name)}", text, re.IGNORECASE)
    words = name.split()
    for cut in range(len(words) - 1, 1, -1):
        if found is not None:
            break
        # ("le Conseil supérieur de l'audiovisuel (CSA) de la Fédération Wallonie-Bruxelles": its short form inside the name)
        found = re.search(rf"(?<![\w-])(le|la|les|l['’]|du|des|au|aux)[ \u00a0]*{re.escape(' '.join(words[:cut]))}[ \u00a0]*\(", text)
    return OF_BEFORE_ARTICLE[found.group(1).lower()] if found is not None else None


def short_forms_to_long_names(text: str, resolved: list[SpeakerRef | None], long_form=None) -> None:
    """French: a speaker known by the short form the article put in brackets after the name of
    another speaker ("la Fédération européenne de handball (EHF)" … "L'EHF précise", "un
    recensement du SUdF") is that name; a role of a short form the article spells out with no
    brackets is the role of the name LONG_FORM(short form) finds ("un porte-parole de la PPO")."""
    long_of: dict[str, str] = {}
    # (longest first: "le Groupe hospitalier Bretagne Sud (GHBS)" gives the short form the whole name, not "Bretagne Sud")
    # (not a person's: "Julien Carrel (Vélocia)", "Anne Roux (PS)" give the team or the party, no short form)
    for name in sorted({s.name for s in resolved if s is not None and " " in s.name and s.name[:1].isupper() and s.kind != "person"},
                       key=lambda n: (-len(n), n)):
        at = text.find(name)
        while at >= 0:
            if (short := _BRACKETED_SHORT.match(text, at + len(name))) is not None:
                long_of.setdefault(short.group("short"), name)
            at = text.find(name, at + 1)
    for bracket in _names_then_short_forms(text):
        # "Pêches et Océans Canada (MPO) a annoncé": a body that speaks only by its short form later
        long_of.setdefault(bracket.group("short"), bracket.group("long"))
    if not long_of and long_form is None:
        return
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.name in long_of.values() or not long_of and not speaker.name[-1:].isupper():
            continue
        name = ELIDED_ARTICLE.sub("", speaker.name)  # "L'EHF"
        words = name.split()
        long = long_of.get(name) or next(
            (n for short, n in long_of.items() if short.split()[0] == name or _NUMBER_AFTER.sub("", short) == name
             or (len(words) >= 2 and words[-1] == short and words[0].islower())), None)  # "recensement du SUdF"
        if long is None and long_form is not None and len(words) >= 2 and fold(words[0]) in _ROLE_WORDS_FR \
                and words[-1].isupper() and _ROLE_OF_SHORT.fullmatch(name) is not None:
            long = long_form(words[-1])  # "un porte-parole de la PPO" after "la Police provinciale de l'Ontario"
        if long is None and (union := _BODY_OF_SHORT.fullmatch(name)) is not None \
                and (long := long_of.get(union.group("short")) or (long_form(union.group("short")) if long_form is not None else None)):
            # "la CGT du CHAL" after "le Centre hospitalier Alpes-Léman (CHAL)": the union of the body written out
            resolved[i] = SpeakerRef(f"{union.group('body')} {of_as_written(text, long) or 'du '}{long}", speaker.mention,
                                     speaker.role, speaker.kind)
            continue
        if long is not None and len(words) >= 2 and (fold(words[0]) in _ROLE_WORDS_FR or speaker.kind == "person" and words[0].islower()) \
                and (complement := _ROLE_OF_SHORT.fullmatch(name)) is not None:
            # "un porte-parole du MPO", "un employé de MEL": the role stays, of the body written out
            resolved[i] = SpeakerRef(f"{complement.group('role')} {of_as_written(text, long) or 'de '}{long}", speaker.mention,
                                     speaker.role, speaker.kind)
        elif long is not None:
            resolved[i] = SpeakerRef(long, speaker.mention, speaker.role, "organisation")
