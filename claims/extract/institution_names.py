"""Institution names that run over "and"/"et" and commas: English "the Department of Agriculture,
Food and the Marine", French "le ministère de l'Éducation, de la Culture et des Sciences", "la
ministre des Forêts et des Rivières". In French, a conjunct or a comma segment that opens on "de",
"du", "des", "d'" continues the name before it; it is no subject of its own."""

from __future__ import annotations

import re

_COMPLEMENT_CONJUNCT = re.compile(r"(?:de|du|des|d['’])(?:\s|(?<=['’]))")
_CAPITALISED_COMPLEMENT_OPENING = re.compile(r"\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])[A-ZÀ-ÖØ-Þ]")
_CAPITALISED_COMPLEMENT_CLOSING = re.compile(r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])[A-ZÀ-ÖØ-Þ][\w'’-]*\s*$")


def joined_complement_lists(segments: list[str]) -> list[str]:
    """French: a comma that only separates an institution's capitalised complements joins its
    segments back ("… de l'Éducation", " de la Culture et des Sciences")."""
    joined = [segments[0]]
    for segment in segments[1:]:
        if _CAPITALISED_COMPLEMENT_OPENING.match(segment) and _CAPITALISED_COMPLEMENT_CLOSING.search(joined[-1]):
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined


def complement_conjunct(phrase: str) -> bool:
    """Whether PHRASE, after "et", is a complement of the name before it ("et des Rivières")."""
    return _COMPLEMENT_CONJUNCT.match(phrase) is not None


# A body whose name the article puts between guillemets: "le collectif « Stop Bétonnage »".
_KIND_THEN_QUOTED_NAME = re.compile(
    r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:collectif|association|mouvement|plateforme|groupe|réseau|syndicat|club|fondation|"
    r"coalition|comité|liste|parti|ONG|initiative)\s+[«“\"]\s*(?P<name>[^«»“”\"]{2,60}?)\s*[»”\"]\s*$")


def quoted_body_name(region: str) -> tuple[str, str] | None:
    """(phrase, name) of a body named between guillemets closing REGION, else None."""
    found = _KIND_THEN_QUOTED_NAME.search(region)
    return (found.group().strip(), found.group("name")) if found is not None else None


_PORTFOLIO_CLOSING = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$")
_PORTFOLIO_CONTINUING = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*")


def joined_listed_portfolios(segments: list[str]) -> list[str]:
    """English: the commas of a body's listed portfolios join their segments back ("… the Department
    of Agriculture", " Food and the Marine"); the list must close on "and"."""
    joined = [segments[0]]
    for i, segment in enumerate(segments[1:], 1):
        if _PORTFOLIO_CLOSING.search(joined[-1]) and _PORTFOLIO_CONTINUING.fullmatch(segment) and any(
                " and " in later or " & " in later for later in segments[i:i + 3]):
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined
