"""Segments of a subject region that only say where or what the segment before them is (a place's state or county,
what a place or a body is, a person's people and age) and name no speaker."""

from __future__ import annotations

import re

from claims.extract.apposition_heads import GROUP_OF_PLACE
from claims.extract.first_names import first_name_gender
from claims.extract.segment_joins import NOT_A_DATE
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import Lexicon, fold
from claims.extract.state_names_en import PLACES_AFTER_A_TOWN
from claims.extract.subject_appositions import names_a_person


# French: a body by its noun, indefinite ("une ONG basée à Goma").
_INDEFINITE_BODY_FR = re.compile(r"\s*une?\s+(?P<noun>[\wÀ-ÿ-]+)\b")
# French: a role and the body it is held in, named ("président de la Ligue …", "secrétaire général du SNES").
_ROLE_OF_NAMED_BODY_FR = re.compile(r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_PEOPLE_MEMBER_OF_AGE_FR = re.compile(r"\s*une?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+de\s+\d{1,3}\s+ans\s*")
# An age in apposition ("67", "54 ans").
AGE = re.compile(r"\d{1,3}(?:\s+ans)?(?:\s+dont\s+\d{1,3}\s+[^,]{2,40})?")  # ("52 ans dont 29 dans l'usine")
# French: an apposition with no determiner, a noun (maybe an adjective first) and its complement
# ("principal financeur après l'État", "propriétaire du terrain").
_BARE_APPOSITION_FR = re.compile(
    r"^\s*(?!(?:le|la|les|l|un|une|des|du|de|d|ce|cet|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|on|qui|dont|"
    r"que|selon|pour|dans|avec|sans|sur|en|à|au|aux|après|avant|lors|depuis|pendant|mais|et|ou)\b)"
    r"[a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]{3,})?\s+(?:de|du|des|d['’]|après|chez|pour)\b")
# English: "who runs a boat out of Beaufort, North Carolina, told": the state completing a place
# named at the end of a relative or prepositional segment, not the subject.
# (an Arabic article inside the name: "in Ezbet el-Nakhla")
_PLACE_AT_SEGMENT_END = re.compile(r"\b(?:in|of|out\s+of|from|at|near|outside)\s+" + NOT_A_DATE
                                   + r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:el|al|ad|as|ar|an|ash)-)[\w'’-]*){0,2}\s*$")
# A body named "… of X" closing a segment ("A spokesman for the Ministry of Education, Yaw Amponsah,"): no town to complete
# but with a state or a country ("the University of Dayton, Ohio").
_BODY_OF_CLOSING = re.compile(r"\b(?:Ministry|Department|Office|Bureau|Board|Council|Commission|Institute|Chamber|Court|Academy|"
                              r"Society|Federation|Union|Association|Authority|Agency)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*){0,2}\s*$")
# A relative or an article opening the segment before a place ("who runs a shop in Dayton", "a GP in Ludlow").
_RELATIVE_SEGMENT = re.compile(r"^\s*(?:who|which|whose|where)\b")
ARTICLE_SEGMENT = re.compile(r"^\s*(?:an?|the)\s")
_OPENING_INDEFINITE = re.compile(r"^\s*(?:An?|One)\s")  # "A teacher in Dayton, Ohio, said": the place's state
# "Los Alamos National Laboratory (LANL) in New Mexico, United States announced": a named body, then its place
_NAMED_BODY_IN_PLACE = re.compile(
    r"\s*(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&.'’-]*)+(?:\s*\([A-Z]{2,}\))?\s+in\s+[A-Z]")
# Words of places named in two or three ("West Bengal", "Central Province", "Viti Levu Island").
_PLACE_WORD = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Greater|Saint|St|Port"
                         r"|County|Province|Region|District|Division|Island|Islands|Territory|State|Valley|Coast|Bay|Lake|River)\b")
_SHORT_PLACE = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z][\w'’-]*){0,2}\s*")
_PLACE_DESCRIPTION = re.compile(r"\s*(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(?:capital|town|city|village|island|district|province|county"
                                r"|region|port|suburb|township|municipality|state)\b")
_DEFINITE_PLURAL_OPENING = re.compile(r"\s*The\s+(?:[a-z]+\s+)?[a-z]{3,}s\s")


def describes_the_segment_before(segment: str, segments: list[str], index: int, lex: Lexicon) -> bool:
    """Whether SEGMENT, the text of SEGMENTS[INDEX] (INDEX > 0) as the subject search reads it, only says where or what
    the segment before it is."""
    if lex.adjectival_names and _PLACE_DESCRIPTION.match(segment) \
            and _PLACE_AT_SEGMENT_END.search(segments[index - 1]):
        return True  # "A chief in Sola, the provincial capital on Vanua Lava, told": what the place is
    if _SHORT_PLACE.fullmatch(segment) and _PLACE_AT_SEGMENT_END.search(segments[index - 1]) \
            and first_name_gender(segment.strip()) is None and segment.split()[0].rstrip(".") not in lex.titles \
            and fold(segment.split()[0]) not in lex.roles \
            and not (index + 1 < len(segments) and AGE.fullmatch(segments[index + 1].strip())) \
            and not (_BODY_OF_CLOSING.search(segments[index - 1]) and segment.strip() not in PLACES_AFTER_A_TOWN) \
            and not (index == 1 and " " in segment.strip() and segment.strip() not in PLACES_AFTER_A_TOWN
                     and _OPENING_INDEFINITE.match(segments[0]) and not _PLACE_WORD.search(segment)) \
            and (_RELATIVE_SEGMENT.match(segments[index - 1]) or (lex.adjectival_names and (
                ARTICLE_SEGMENT.match(segments[index - 1]) if index > 1 else _OPENING_INDEFINITE.match(segments[0])
                or GROUP_OF_PLACE.fullmatch(segments[0]) or _DEFINITE_PLURAL_OPENING.match(segments[0])
                or _NAMED_BODY_IN_PLACE.match(segments[0])))):
        # ("Officials in Hamilton County, Florida, said", "The administrators of the steelworks in Whyalla, South Australia,")
        # "Bill Roe, who runs a shop in Dayton, Ohio, said", "Dr Ann Lee, a GP in Ludlow,
        # Shropshire, said": the state or county completes the town (a place has no age: "A student in Kuching, Lim
        # Wei Ling, 17, said" names her; nor is "An engineer in Dhaka, Tanvir Ahmed," a place of two words no place has)
        return True
    if not lex.adjectival_names and (kind := _INDEFINITE_BODY_FR.match(segment)) is not None \
            and (fold(kind.group("noun")) in lex.organisation_nouns
                 or fold(kind.group("noun")) in lex.organisations and fold(kind.group("noun")) not in lex.roles) \
            and (body := parse_mention(segments[index - 1], lex)) is not None and not body.pronoun \
            and (body.name or body.role and _ROLE_OF_NAMED_BODY_FR.search(segments[index - 1]) is not None
                 and (index > 1 and names_a_person(segments[index - 2], lex)
                      or index == 1 and fold(body.role.split()[0]) in lex.roles)):
        # "L'Observatoire de la liberté de la presse au Kivu (OLPK), une ONG basée à Goma, a dénoncé": what it is;
        # "X, président de la Ligue pour la transparence administrative, une ONG de Bamako, a jugé": what his body is; so
        # is "Le porte-parole du Groupe salafiste de l'Adrar (GSA), un mouvement islamiste armé qui contrôle Kidal,"
        return True
    if not lex.adjectival_names and _PEOPLE_MEMBER_OF_AGE_FR.fullmatch(segment) \
            and names_a_person(segments[index - 1], lex):
        return True  # "Fadimata Walet Mohamed, une Touareg de 40 ans, explique": her people and age, no name
    if not lex.adjectival_names and _BARE_APPOSITION_FR.match(segment) \
            and (head := parse_mention(segments[index - 1], lex)) is not None and not head.pronoun \
            and (head.organisation or head.name is None and head.role):
        return True  # "La Ville d'Avignon, principal financeur après l'État, a rappelé": the body speaks
    return False
