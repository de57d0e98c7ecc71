"""French local authorities named by their head noun alone ("la municipalité", "la wilaya"): the
speaker is the authority of the place the claim or the article is about ("la municipalité de Sion"):
the town opening the claim's sentence ("À Capesterre-Belle-Eau, …"), else the one town the article
names most often after "de", "d'" or "à"."""

from __future__ import annotations

import re
from collections import Counter

from claims.extract.speakers import fold
from claims.extract.types import SpeakerRef

# Heads that name the authority of one town; written alone, the town is the article's ("la Ville"
# is "la Ville de Namur" in six annotated sets of seven).
_LOCAL_AUTHORITY_HEADS = frozenset(("municipalite", "commune", "mairie", "wilaya", "ville", "conseil communal",
                                    "conseil municipal", "administration municipale"))
_LEADING_ARTICLE = re.compile(r"^(?:[Ll][ae][ \u00a0]+|[Ll]['’])")
# A town after "de", "d'" or "à": one capitalised word, maybe hyphenated ("Saint-Brieuc", "La
# Chaux-de-Fonds"), not the first word of a longer name ("de Jean Dupont").
_TOWN_AFTER_PREPOSITION = re.compile(
    r"(?:\b(?:de|à)[ \u00a0]+|\bd['’])(?P<town>(?:L[ae][ \u00a0](?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w]+-))?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)(?![\w'’-]|[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# The council a capitalised "Département" or "Région" written alone stands for.
_COUNCIL_OF = {word: re.compile(rf"conseil {adjective}[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])"
                                r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)*")
               for word, adjective in (("Département", "départemental"), ("Région", "régional"))}
# A region's council by its capitalised noun and the region's name ("la Région Grand Est", "Région Hauts-de-France").
_NAMED_REGION = re.compile(r"Région[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0](?:de[ \u00a0])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*")
# A commune's compound name ("Vitry-sur-Seine", "Saint-Martin-lès-Melle"): a town, whatever its prepositions.
_COMMUNE_NAME = re.compile(r"\w-(?:sur|en|lès|les|sous|aux|le|la)-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_VOWEL_START = re.compile(r"^[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü]")


# A headline's kicker naming a place: "Namur : le téléphérique …", "La Chaux-de-Fonds: le collège …".
_HEADLINE_KICKER = re.compile(
    r"(?P<town>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*|[ -](?:de|du|des|la|le|sur|sous|en|lès)(?=[ -][A-ZÀ-ÖØ-Þ])){0,4})"
    r"[ \u00a0]?:[ \u00a0]")


# Regions and territories copy writes after "de" with no article, as towns are ("la préfecture de Guyane").
_REGIONS_WRITTEN_WITHOUT_ARTICLE = frozenset((
    "Guyane", "Martinique", "Guadeloupe", "Mayotte", "Corse", "Bretagne", "Normandie", "Provence", "Occitanie", "Wallonie",
    "Flandre", "Bourgogne", "Lorraine", "Alsace", "Picardie", "Champagne", "Nouvelle-Calédonie", "Polynésie",
))


def _headline_town(text: str) -> str | None:
    """The place a headline's kicker names, when the article names it again as a town is ("à Namur",
    "de Namur"), never as a country or region is ("en Italie", "au Kenya", "aux Pays-Bas", "la
    Guadeloupe") and never as a name's first word ("Guadeloupe la 1ère")."""
    kicker = _HEADLINE_KICKER.match(text)
    if kicker is None or "\n" not in text or kicker.group("town") in _REGIONS_WRITTEN_WITHOUT_ARTICLE:
        return None
    town, body = kicker.group("town"), text[text.find("\n") + 1:]
    written = re.escape(town)
    if re.search(rf"(?:\b(?:de|à)[ \u00a0]+|\bd['’]){written}(?![\w-])(?![ \u00a0]+(?:[a-z]{{1,3}}[ \u00a0]+)?[A-Z0-9])", body) is None \
            and not (_COMMUNE_NAME.search(town) and town in body) \
            or re.search(rf"\b(?:en|au|aux|la|le|les|L['’]|l['’])[ \u00a0]*{written}(?![\w-])", text):
        return None
    return town


def article_town(text: str) -> str | None:
    """The place the headline's kicker names, else the town named most often after a preposition,
    when named at least twice and more often than any other (never a guess between two)."""
    if (kicker := _headline_town(text)) is not None:
        return kicker
    counts = Counter(m.group("town") for m in _TOWN_AFTER_PREPOSITION.finditer(text)).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) == 2 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def _of(town: str) -> str:
    return f"d'{town}" if _VOWEL_START.match(town) else f"de {town}"


# "À Capesterre-Belle-Eau, …" opening a sentence.
_TOWN_OPENING_SENTENCE = re.compile(r"À[ \u00a0]+(?P<town>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+),")


def local_authorities_to_towns(text: str, resolved: list[SpeakerRef | None], drafts) -> None:
    """Replace, in RESOLVED, each speaker that is a local authority's head noun alone with that
    authority of the claim's or the article's town."""
    town: str | None = None
    looked = False
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        head = _LEADING_ARTICLE.sub("", speaker.name)
        if head in _COUNCIL_OF and len(councils := {m.group() for m in _COUNCIL_OF[head].finditer(text)}) == 1:
            # "Le Département affirme …" after "le conseil départemental de la Nièvre": that council
            resolved[i] = SpeakerRef(councils.pop(), speaker.mention, speaker.role, "organisation")
            continue
        if head == "Région" and len(named := {" ".join(m.group().split()) for m in _NAMED_REGION.finditer(text)}) == 1:
            resolved[i] = SpeakerRef(named.pop(), speaker.mention, speaker.role, "organisation")  # "La Région" of "la Région Grand Est"
            continue
        if fold(head) not in _LOCAL_AUTHORITY_HEADS:
            continue
        written = {m.group("town") for m in re.finditer(
            rf"(?<![\w-])(?i:{re.escape(head)})[ \u00a0]+(?:de[ \u00a0]+|d['’])(?P<town>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)(?![\w'’-])", text)}
        if len(written) == 1:  # "la mairie de Vernon" written out somewhere
            resolved[i] = SpeakerRef(f"{head} {_of(written.pop())}", speaker.mention, speaker.role, "organisation")
            continue
        if written:
            continue
        opening = _TOWN_OPENING_SENTENCE.match(text, drafts[i].sentence[0])
        if opening is not None:
            resolved[i] = SpeakerRef(f"{head} {_of(opening.group('town'))}", speaker.mention, speaker.role, "organisation")
            continue
        if not looked:
            town, looked = article_town(text), True
        if town is None:
            continue
        resolved[i] = SpeakerRef(f"{head} {_of(town)}", speaker.mention, speaker.role, "organisation")
