"""French noun phrases that name a body in a way the general parse misses: a regional body whose name
ends with its territory ("l'agence régionale de santé Centre-Val de Loire", also as the author of
figures: "les chiffres de l'agence …"), the agent who denied or confirmed what was reported ("une
information démentie par l'entreprise"), a body's noun and its seat ("l'instance basée à Aigle") and a
newspaper's title after its noun ("le quotidien De Telegraaf", in English copy too)."""

from __future__ import annotations

import re

from claims.extract.lang import fr as french

# A body whose lower-case name says it serves a territory, its field, and that territory: "agence
# régionale de santé Centre-Val de Loire", "direction départementale des territoires du Var" (not "l'agence
# régionale Occitanie Climat", a body's own name); a basin's water agency, "agence de l'eau Adour-Garonne".
_REGIONAL_BODY_FR = re.compile(
    r"(?:^|(?<=\s)|(?<=['’]))(?P<body>(?:(?:agence|chambre|direction|délégation|caisse|observatoire|office|comité|cour|inspection|"
    r"fédération|union|conférence)\s+(?:[a-zà-ÿ-]+\s+)?(?:régionale?|départementale?|territoriale?|interrégionale?|"
    r"interdépartementale?|académique)\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[a-zà-ÿ'’ -]+?"
    # ("l'agence de l'eau Adour-Garonne", "la communauté de communes Cère et Goul", "le syndicat des eaux Rhône-Ventoux",
    # "la région Centre-Val de Loire": a kind of local body, then its name)
    r"|agence\s+de\s+l['’]eau|communauté\s+de\s+communes|région|communauté\s+d['’]agglomération|communauté\s+urbaine|syndicat\s+des\s+eaux|syndicat\s+mixte"
    # ("la chambre de commerce et d'industrie Alsace Eurométropole", "la chambre de métiers et de l'artisanat Grand Est")
    r"|chambre\s+de\s+commerce\s+et\s+d['’]industrie|chambre\s+de\s+métiers\s+et\s+de\s+l['’]artisanat"
    # "l'établissement public territorial de bassin (EPTB) Rance Frémur"
    r"|(?:établissement\s+public(?:\s+[a-zà-ÿ]+){0,2}(?:\s+de\s+[a-zà-ÿ]+)?"
    # "le centre hospitalier universitaire (CHU) Amiens-Picardie"
    r"|centre\s+hospitalier(?:\s+(?:universitaire|régional|intercommunal|départemental|territorial))?))"
    # ("la direction interdépartementale des routes (DIR) Massif central": a region's name ending in lower case)
    # ("la région Pays de la Loire": "de la" inside the territory's name)
    r"\s+(?:de\s+|du\s+|d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:de\s+la|de|du|des|d['’]|et)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:\s+(?:central|centrale|méridional|méridionale|atlantique|maritime|maritimes"
    r"|(?<=Pays\s)[a-zà-ÿ-]{3,}(?:que|ais|ois|den|an|in|al|ard)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)*))?)\s*$")  # ("Pays basque")
# What was said, then who denied or confirmed it: "une information démentie par l'entreprise".
_ANSWERED_BY_FR = re.compile(
    r"\s*(?:[Uu]ne?|[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]e)\s*[a-zà-ÿ-]+\s+(?:aussitôt\s+|vite\s+|depuis\s+)?"
    r"(?:démentie?s?|confirmée?s?|contestée?s?|réfutée?s?|rejetée?s?|niée?s?|relativisée?s?)\s+par\s+(?P<agent>\S.*)")
_ARTICLE_ONLY_FR = re.compile(r"\s*(?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+|[Ll]es\s+)?")
# A document or figures of the body named after it ("les chiffres de ", "un rapport de la ").
_DOCUMENT_OF_FR = re.compile(r"\s*(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Dd]es)\s*(?:"
                             + "|".join(map(re.escape, sorted(french.DOCUMENT_WORDS, key=len, reverse=True)))
                             + r")\s+(?:d['’]\w+\s+|de\s+[a-zà-ÿ]+\s+)?"  # ("un plan de relocalisation de la …")
                             + r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:la\s+|l['’])?")


def regional_body(segment: str) -> str | None:
    """The name of the regional body SEGMENT names, alone or as a document's author, else None."""
    regional = _REGIONAL_BODY_FR.search(segment)
    if regional is None or not (_ARTICLE_ONLY_FR.fullmatch(segment, 0, regional.start())
                                or _DOCUMENT_OF_FR.fullmatch(segment, 0, regional.start())):
        return None
    return regional.group("body")


def answering_agent(segment: str) -> str | None:
    """The words naming who denied or confirmed what SEGMENT names, else None."""
    answered = _ANSWERED_BY_FR.fullmatch(segment)
    return answered.group("agent") if answered is not None else None


# A unit of a named body: "la délégation régionale de la Direction générale des élections de Kankan",
# "l'antenne locale de la Croix-Rouge": the unit, named with its body.
_UNIT_OF_NAMED_BODY_FR = re.compile(
    r"(?:[Ll]a\s+|[Ll]e\s+|[Ll]['’])(?P<unit>(?:(?:délégation|antenne|section|cellule|branche)"
    # ("la délégation alsacienne de la Fondation du patrimoine": the region's adjective)
    r"(?:\s+(?:régionale|départementale|locale|provinciale|préfectorale|territoriale|nationale|communale|[a-zà-ÿ]{4,}(?:ienne|aise|oise|ine|ane|ale)))?"
    # ("le bureau en Colombie du Haut-Commissariat des Nations unies aux droits de l'homme": the country it works in)
    r"|bureau\s+(?:en|au)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)"
    r"\s+(?:de\s+la|du|de\s+l['’]|des)\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;:«»]{1,90}"
    # "la section SUD Santé Sociaux de l'hôpital": a union's section, named by the union, in its workplace
    r"|section\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*"
    r"(?:\s+(?:de\s+la|du|de\s+l['’]|des)\s*[a-zà-ÿ][\w'’-]*)?)")


def unit_of_named_body(segment: str) -> str | None:
    """The name of the unit of a named body SEGMENT is, without its article, else None."""
    unit = _UNIT_OF_NAMED_BODY_FR.fullmatch(segment.strip())
    return " ".join(unit.group("unit").split()) if unit is not None else None


# A body's noun and where it sits ("l'instance basée à Aigle", "la société établie à Lyon").
BODY_SEATED = re.compile(r"(?:[Ll]['’]|[Ll]es?\s+|[Ll]a\s+)\s*(?P<noun>[a-zà-ÿ-]+)\s+(?:basé|établi|installé|implanté)e?s?\s+(?:à|au|aux|en|dans)\s.+")
PRESS_NOUNS_FR = r"quotidien|journal|(?:bi|tri)?hebdomadaire|magazine|(?:bi)?mensuel"
# A newspaper's noun, maybe its nationality, then its title with the article of its own language ("le
# quotidien néerlandais De Telegraaf", "le journal La Nación"; English copy too: "the daily El País").
PRESS_TITLE = re.compile(
    rf"(?:(?:le|la|l['’]|the|Le|La|L['’]|The)\s*)?(?:{PRESS_NOUNS_FR}|newspaper|daily|weekly|tabloid)"
    r"(?:\s+[a-zà-ÿ-]+)?\s+(?P<title>(?:(?:Le|La|Les|El|Los|Las|De|Het|Die|Der|Il|Lo|The|O|A)\s+|L['’])?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,3}"
    r"|\d{1,3}\s+[A-Za-zà-ÿ]+)")  # (a title opening on a number: "le quotidien lausannois 24 heures", "20 Minutes")

