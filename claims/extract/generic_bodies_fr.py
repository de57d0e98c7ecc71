"""French generic nouns for a body ("l'entreprise", "le club", "l'organisme", "l'établissement",
"la fédération") stand for the body the article named: the one whose capitalised name that noun
heads ("la Fédération gabonaise de rugby"), else the body opening the nearest sentence before (in
this paragraph or the one before), else the body the article's first paragraph opens on. A
document or a bare noun speaks as that body ("selon les statistiques de la fédération"); a person
or a group of it keeps its noun ("un médecin du club" → "médecin du Stade nantais"). A named body's
management speaks as the body ("la direction générale du PAA")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.acronyms_fr import bracketed_long_form, initials
from claims.extract.bodies_by_nationality_fr import NATIONALITY_ENDINGS
from claims.extract.drafts import Draft
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.lang import fr as french
from claims.extract.organisation_heads_fr import OF_LINK, fuller_name_pattern, whole_name
from claims.extract.short_form_names_fr import of_as_written
from claims.extract.sources import last_agency_named
from claims.extract.speakers import fold
from claims.extract.speech_recipients_fr import is_recipient
from claims.extract.state_names_en import names_a_country
from claims.extract.types import SpeakerRef

_GENERIC_NOUNS = ("entreprise", "société", "club", "organisme", "établissement", "fédération", "groupe", "compagnie",
                  "autorité", "structure", "institution", "hôpital", "agglomération", "métropole", "collectivité",
                  "interprofession", "agence", "office", "commission", "comité", "juridiction", "ligue", "syndicat", "union",
                  "collectif", "bailleur", "mission", "coordination", "institut", "conseil")
# Generic nouns for a body of any kind: the one that spoke in the claim before, in the same paragraph.
_ANY_BODY_NOUNS = frozenset(("organisme", "établissement", "institution", "structure", "bailleur"))
_GENERIC_FOLDED = frozenset(fold(n) for n in _GENERIC_NOUNS)
# A generic noun that stands only for a body of its kind: the words one of that body's names holds.
# Intercommunal bodies whose name ends with their kind ("Angers Loire Métropole", "Grand Besançon Agglo").
_NAME_ENDING_WITH_KIND = {noun: re.compile(rf"(?<![\w-])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){{1,4}}(?:{kinds})(?![\w-])")
                          for noun, kinds in (("agglomération", r"Métropole|Agglomération|Agglo(?:pôle(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)?)?"),
                                              ("métropole", "Métropole"))}  # ("Sète Agglopôle Méditerranée")
# A hospital named by its kind and its place, in lower case: "centre hospitalier de Lannion-Trestel", "centre hospitalier
# universitaire de Caen".
_HOSPITAL_OF_PLACE = re.compile(
    r"(?<![\w-])centre[ \u00a0]+hospitalier(?:[ \u00a0]+(?:universitaire|régional|intercommunal|départemental))?" + OF_LINK
    + r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*")
_LOCAL_AUTHORITY_WORDS = ("Métropole", "métropole", "Agglomération", "agglomération", "Agglo", "Communauté", "Ville", "Département", "Région",
                          "Conseil", "Mairie", "Commune", "Collectivité")
_KIND_WORDS = {"hôpital": ("hôpital", "hospitalier", "hospitalière", "CHU", "CHR", "clinique"),
               "autorité": ("utorité",),  # ("l'autorité": an "Autorité de …", else one defined as such)
               "commission": ("ommission",), "comité": ("omité",), "collectif": ("ollectif",),
               # ("le syndicat" after "l'Union des enseignants du secondaire public (UESP)")
               "syndicat": ("yndicat", "Union des", "Union nationale des", "Fédération des", "Fédération nationale des",
                            "Confédération"),
               "mission": ("Mission", "Opération"),  # ("la mission" of the "Opération des Nations unies en Côte d'Ivoire")
               "juridiction": ("ribunal", "Cour", "cour ", "onstitutionnel", "Conseil d'État", "Conseil d’État", "prud'hommes",
                               "prud’hommes"),
               "agglomération": ("Métropole", "Agglomération", "Agglo", "Communauté"),
               "métropole": ("Métropole",), "collectivité": _LOCAL_AUTHORITY_WORDS,
               "établissement": ("hôpital", "ospitalier", "CHU", "CHR", "linique", "Ehpad", "EHPAD", "école", "École", "ycée",
                                 "ollège", "ésidence", "oyer", "aison", "niversité", "nstitut", "tablissement", "entre",
                                 "rèche", "nternat", "Lycée", "Collège")}
# A trade's joint body by its name ("l'Association interprofessionnelle du coton du Burkina", "le Comité interprofessionnel
# du vin de Champagne").
_INTERPROFESSIONAL_BODY = re.compile(r"(?<![\w-])(?:Association|Comité|Conseil|Fédération|Union|Organisation|Bureau)[ \u00a0]+"
                                     r"interprofessionnel(?:le)?"
                                     r"(?:[ \u00a0]+(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’]|de|d['’])[ \u00a0]*[\w'’-]+){1,4}")
# A capitalised word between an article and a body's name that opens with its kind ("le Racing Club d'Abobo").
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Ll]e|[Ll]a|du|au)\s+(?P<word>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)\s+$")
# A mention ending on a generic noun with its definite article ("le communiqué de l'organisme").
_ENDS_ON_GENERIC = re.compile(
    r"^(?P<before>.*?)(?:(?P<of>\b(?:du|de la|de l['’]|des)\s*)|^(?:[Ll]e|[Ll]a|[Ll]['’])\s*)"
    r"(?:haute\s+(?=juridiction))?(?P<noun>" + "|".join(_GENERIC_NOUNS) + r")$")  # ("la haute juridiction": a court)
_DOCUMENTS = frozenset(fold(w) for w in french.DOCUMENT_WORDS)
_MANAGEMENT = frozenset(fold(w) for w in french.MANAGEMENT_WORDS)  # "la direction de l'établissement": the body
_LEADING_DETERMINER = re.compile(r"^(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Ss]on|[Ss]a|[Ss]es)\s*")
# A body opening a sentence (after a fronted adjunct, maybe), then its verb: "Le CHU de Rennes
# indique", "L'Agence mondiale (AMA) a annoncé", "Transports Girard en a informé".
_BODY_OPENING = re.compile(
    r"(?:[-–—]\s+)?(?P<adjunct>[^,.;«»\n]{1,50},\s+)?"
    # "Une équipe de l'université de Lille a …": a team of the body acts for it
    r"(?P<team>(?:Une|L['’])\s*équipe\s+(?=de\s+l['’]|de\s+la\s|du\s)(?:de\s+|du\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])))?"
    r"(?P<article>Le |La |Les |L['’]|(?(team)(?:la |l['’])|(?(adjunct)(?:la |l['’]|le )|(?!))))?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+(?:d['’](?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])[\w'’-]+|[a-zà-ÿ'’-]+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)){0,6}?"  # (not across a line; "Conseil d'État")
    # "La direction de Vantor Heavy Industries": the company's management, then its name
    r"|(?(article)direction\s+(?:de|du)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){1,3}|(?!))"
    # after an article, a lower-case head completed by a place: "Le centre hospitalier de Dax"
    # ("La maison d'arrêt de Nantes", "La clinique des Lilas", "Le refuge de la SPA de Tours"; or a court and its
    # adjective: "La chambre administrative de la Cour suprême")
    r"|(?(article)[a-zà-ÿ-]+(?:\s+(?:d['’])?[a-zà-ÿ-]+){0,2}?\s+(?:des|de|du|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*"
    r"(?:\s+(?:suprême|constitutionnel(?:le)?|administrative?|fédérale?|supérieure?|pénale?|d['’]appel))?"
    r"(?:\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?|(?!)))"
    # "Le CHU de Brive, en Corrèze, a …", "Le Samu social, une association …, a …": a place or an apposition
    r"(?:\s*\([^)]{1,15}\))?(?:,\s+(?:en|à|au|dans|près\s+de|une?|l['’]|le|la)\s*[^,.;«»\n]{1,60},)?\s+(?=(?:a|ont|est|sont|avait|en\s+a|se|s['’]\w+|n['’]|ne|indique|annonce|affirme|assure|"
    r"précise|confirme|estime|explique|dénonce|juge|prévoit|réclame|souligne|compte|recense|accueille|emploie|gère|"
    r"enregistre|signale|déplore|regrette|reconnaît)\b)")
_MANAGEMENT_OF = re.compile(r"(?:direction|services(?:\s+techniques)?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
_PRESIDENCY_OF = re.compile(r"présidence\s+(?:de\s+la\s+|de\s+l['’]|du\s+)(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])(?!République\b)")  # (an institution)
_BODY_WITH_SHORT_FORM = re.compile(
    r"(?P<article>\b(?:[Ll]a|[Ll]e|du|des|de\s+la)\s+|\b[LlDd]['’])(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[\w'’-]+){0,8}?)\s+\((?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-Za-z]{1,7})\)")
# A later mention that only repeats the speaker before it ("la même source", "ce dernier", "il").
_REPEATS_PREVIOUS = re.compile(r"(?i:(?:la\s+|de\s+)?même\s+source|ce(?:tte)?\s+derni[eè]re?|il|elle)")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?»]\s)|(?<=\n))", re.MULTILINE)
_ROLES = frozenset(fold(w) for w in french.ROLE_WORDS)
_NOT_NAME_STARTS = frozenset(fold(w) for w in french.DETERMINERS + french.CAPITALISED_FUNCTION_WORDS + french.PERSON_PRONOUNS)
_SOURCE_WORDS = frozenset(("selon", "pour"))
_TITLES = frozenset(french.TITLES) | frozenset(t.rstrip(".") for t in french.TITLES)
_COMPANY_NOUNS = frozenset(("entreprise", "société", "groupe", "compagnie"))
# Public bodies: never what "l'entreprise" stands for.
PUBLIC_HEADS_FR = frozenset((
    "tribunal", "cour", "parquet", "ministere", "prefecture", "mairie", "gouvernement", "police", "gendarmerie",
    "justice", "conseil", "commission", "agence", "autorite", "ville", "commune", "municipalite", "region",
    "departement", "etat", "syndicat", "assemblee", "senat"))
# Public bodies and bodies of members: never the company that just spoke.
_NOT_COMPANY_HEADS = PUBLIC_HEADS_FR | frozenset((
    "association", "federation", "union", "collectif", "comite", "confederation", "coordination", "regroupement", "mouvement",
    "parti", "ligue", "intersyndicale"))
_OF_ARTICLE = {"Le ": "du ", "La ": "de la ", "Les ": "des ", "L'": "de l'", "L’": "de l’"}
_VOWEL_START = re.compile(r"^[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Üaeiouyh]")


# The elected council of a region or a département, named with its place ("le conseil régional d'Auvergne").
_COUNCIL_PLACE = OF_LINK + r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*)*"
_LOCAL_COUNCIL = {
    "région": re.compile(r"(?<![\w-])[Cc]onseil[ \u00a0]+régional" + _COUNCIL_PLACE),
    "département": re.compile(r"(?<![\w-])[Cc]onseil[ \u00a0]+(?:général|départemental)" + _COUNCIL_PLACE),
}


def _is_body(found: re.Match) -> bool:
    """A name with an article ("Le CHU de Lyon") or a lower-case word ("Produits forestiers X") is
    a body's; two capitalised words alone may be a person's."""
    words = found.group("name").split()
    if fold(words[0]).split("'")[0] in _NOT_NAME_STARTS or words[0][1:2] in ("'", "’"):
        return False  # "Les voyageurs", "Ce groupe"; "L'épisode venteux devait s'atténuer": a common noun, elided
    if fold(words[0]) in _ROLES:
        return False  # "Le maire de Lyon a saisi …": a person's role, no body
    if len(words) >= 3 and words[0][:1].isupper() and words[0].lower().endswith(NATIONALITY_ENDINGS) and is_first_name(words[1]):
        return False  # "La Française Clémence Arnaud a décroché …": a person, by nationality and name
    if (found.group("article") or "X")[0].islower() and len(words) == 1:
        return False  # "D'après Hydro-Alpes, la France a consommé …": a country after a fronted adjunct
    return bool(found.group("article")) or any(w[:1].islower() for w in words[1:])


def _bodies_opening_sentences(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    bodies = []
    for sentence in _SENTENCE_START.finditer(text, start, end):
        found = _BODY_OPENING.match(text, sentence.start(), end)
        if found is not None and _is_body(found) and fold(found.group("name").split()[0]) not in _DOCUMENTS:
            managed = _MANAGEMENT_OF.match(found.group("name"))
            if managed is not None:  # "La direction de Logivia assure …": Logivia
                bodies.append((found.start("name") + managed.end(), found.group("name")[managed.end():], ""))
                continue
            bodies.append((found.start("name"), found.group("name"), found.group("article") or ""))
    return bodies


_RELAY_BEFORE = re.compile(r"\b(?:par|by)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")


def _body_in_apposition(text: str, noun: str, position: int) -> tuple[str, str] | None:
    """The latest body the article defined by NOUN in apposition before POSITION ("Tisséo,
    l'autorité organisatrice des transports, …", "l'autorité australienne de sécurité
    alimentaire, Food Standards Australia New Zealand (FSANZ), …")."""
    found = None
    name = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*){0,5}"
    # (before the noun, an adjective may follow the name's first word: "l'Entente sportive Longpré-Hangest, un club")
    named_before = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:[ \u00a0]+[a-zà-ÿ]{4,})?(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*){0,5}"
    # ("L'office régional de la santé Southern Health-Santé Sud a annoncé": the description, then the name of two
    # capitalised words or more, after no preposition)
    # ("l'Union des enseignants haïtiens pour le progrès (UEHP), un syndicat": a name with its short form, then what it
    # is; not "transmis à la Commission … (CNMV), l'entreprise a expliqué": an adjunct, then the subject)
    for found in re.finditer(rf"(?:(?P<before>{named_before}),\s+(?:l['’]|la\s+|le\s+|une?\s+)|\s\((?P<short>[A-ZÀ-ÖØ-Þ]{{2,8}})\),\s+une?\s+)"
                             rf"(?:[a-zà-ÿ-]+\s+)?{noun}\b"
                             rf"|\b(?:[Ll]['’]|[Ll][ae]\s+){noun}\s+[a-zà-ÿ'’ -]{{1,60}},\s+(?P<after>{name})(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{{2,8}}\))?,"
                             rf"|\b(?:[Ll]['’]|[Ll][ae]\s+){noun}(?:\s+[a-zà-ÿ'’-]+){{1,6}}(?<!\sde)(?<!\sdu)(?<!\sdes)(?<!['’])\s+"
                             rf"(?P<direct>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&]*(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&]*){{1,4}})(?=\s+[a-zà-ÿ]|\s*[,.(])"
                             # "Un groupe de résidents, réuni sous le nom de Terres de Rivière-la-Paix,"
                             rf"|\b(?:[Ll]['’]|[Ll][ae]\s+|[Uu]ne?\s+){noun}\b[^.;:]{{0,60}}?\bsous\s+le\s+nom\s+(?:de\s+|d['’])"
                             rf"(?P<called>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:(?:de|du|des)\s+(?:la\s+|l['’])?|la\s+|d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){{0,5}})",
                             text[:position]):
        if found.group("before") and _RELAY_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            found = None  # "Dans une lettre consultée par Presse Océan, le syndicat prévient": the relay, then the subject
    body = found and (found.group("before") or found.group("after") or found.group("direct") or found.group("called")
                      or found.group("short") and bracketed_long_form(text, found.group("short")))
    if body and fold(body.split()[0]) in _SOURCE_WORDS:
        body = body.split(None, 1)[1] if " " in body else None  # "Selon Maritime New Zealand, l'autorité …"
    if not body or fold(body.split()[0]) in _NOT_NAME_STARTS or body.split()[0] in _TITLES:
        return None  # (not "Par la voix de son avocate, Me X, la société": a person)
    return body, ""


def _of_its_kind(name: str, noun: str) -> bool:
    """Whether NAME may be a body NOUN stands for: one whose name holds a word of NOUN's kind, when
    NOUN has one ("la juridiction": a court)."""
    return noun not in _KIND_WORDS or any(w in name or w.capitalize() in name for w in _KIND_WORDS[noun])


# An agency named by its kind that is no news agency ("l'Agence régionale de santé", "l'agence de l'eau").
_OTHER_AGENCY = re.compile(r"\b[Aa]gence[ \u00a0]+(?!de[ \u00a0]+presse|France|Reuters|Anadolu|Xinhua|Associated)[a-zà-ÿA-ZÀ-Ö]")


def _body_for(text: str, noun: str, position: int, paragraph: int, paras) -> tuple[str, str] | None:
    if noun == "agence" and (agency := last_agency_named(text, position)) is not None \
            and _OTHER_AGENCY.search(text, 0, position) is None:
        return agency, ""  # "a raconté à l'AFP un cultivateur … À Mango, …, rapporte l'agence": the news agency named last
    if (defined := _body_in_apposition(text, noun, position)) is not None and first_name_gender(defined[0]) is None:
        # "Tisséo, l'autorité organisatrice des transports, …" (not "le conseiller X, la juridiction": a person)
        return defined
    if noun == "interprofession" \
            and len(named := {" ".join(m.group().split()) for m in _INTERPROFESSIONAL_BODY.finditer(text, 0, position)}) == 1:
        return named.pop(), ""  # "selon l'interprofession" after "l'Association interprofessionnelle du coton du Burkina (AICB)"
    found = _body_of_any_kind(text, noun, position, paragraph, paras)
    if found is not None and (not _of_its_kind(found[0], noun) or names_a_country(found[0])):
        found = None  # (no country opening a sentence: "Le Burkina Faso est …")
    if found is None and noun == "établissement":  # (the last one named, in reach or else anywhere before)
        found = establishment_named_before(text, position, paras[max(0, paragraph - 1)][0]) \
            or establishment_named_before(text, position, 0)
    if found is None and noun in _NAME_ENDING_WITH_KIND:
        names = set(_NAME_ENDING_WITH_KIND[noun].findall(text))
        names = {n for n in names if not any(other != n and other.startswith(n + " ") for other in names)}  # ("Sète Agglopôle" in a title)
        found = (names.pop(), "") if len(names) == 1 else None  # "l'agglomération" → "Angers Loire Métropole"
    if found is None and (lower_case := _LOWER_CASE_BODIES.get(noun)) is not None:
        # "le comité de défense de la maternité", "devant le conseil de prud'hommes de Créteil": the last one named before, as written
        named = [m for m in lower_case.finditer(text, paras[max(0, paragraph - 1)][0], position) if not is_recipient(text, m.start())]
        found = (" ".join(named[-1].group("name").split()), "") if named else None
    if found is None or noun in _COMPANY_NOUNS and fold(found[0].split()[0]) in PUBLIC_HEADS_FR:
        return None
    return found


def _lower_case_body(noun: str) -> re.Pattern:
    """NOUN (or its capital: "du Collectif pour la sauvegarde du littoral dakarois") and up to three complements in
    lower case, each a preposition and a word, maybe closed by an adjective of place."""
    return re.compile(rf"\b(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)\s*(?P<name>[{noun[0]}{noun[0].upper()}]{noun[1:]}"
                      rf"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]"
                      rf"|pour\s+la|pour\s+le|pour|contre\s+la|contre\s+le|contre|aux|au)\s*[a-zà-ÿ-]{{3,}}){{1,3}}"
                      rf"(?:\s+[a-zà-ÿ]+(?:ois|oise|ais|aise|ien|ienne|ain|aine))?)(?![\w'’-])")


# Bodies an article may name in lower case, by the generic noun that stands for them: a committee or a collective by
# what it is for ("le comité de défense de la maternité", "le collectif contre la fermeture de l'usine"); a court by
# its kind and its seat ("le tribunal de commerce de Créteil", "le conseil de prud'hommes de Nanterre"); a local
# authority by its council.
_LOWER_CASE_BODIES = {
    "comité": _lower_case_body("comité"),
    "collectif": _lower_case_body("collectif"),
    "juridiction": re.compile(r"(?<![\w-])(?P<name>(?:tribunal|cour|conseil[ \u00a0]+de[ \u00a0]+prud['’]hommes)"
                              r"(?:[ \u00a0]+[a-zà-ÿ'’-]+){0,3}?[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|de[ \u00a0]+|d['’])"
                              r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)"),
    # ("Le conseil général de la Guadeloupe a rejeté ces critiques. … la collectivité assure": a local authority by its council)
    "collectivité": re.compile(r"(?<![\w-])(?P<name>(?:conseil[ \u00a0]+(?:général|départemental|régional|territorial)"
                               r"|communauté[ \u00a0]+(?:de[ \u00a0]+communes|d['’]agglomération|urbaine))(?:" + OF_LINK + r"|[ \u00a0]+)"
                               r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)"),
}


# A place that houses people, by its kind and its name: "la résidence Les Tilleuls", "l'Ehpad Les Chênes".
_ESTABLISHMENT = re.compile(
    r"\b(?P<article>[Ll]a |[Ll]e |[Ll]['’]|du |au )(?P<name>(?:résidence|Ehpad|clinique|école|lycée|collège|foyer|maison de retraite|"
    r"internat|crèche|centre hospitalier(?: universitaire)?)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*|(?:des|du|de la|de l['’]|de|d['’])\s*"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:\s+(?:de|du|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-zà-ÿ][\w'’]*)*)?)")  # ("… Jacques-Puel de Rodez")


def establishment_named_before(text: str, position: int, since: int) -> tuple[str, str] | None:
    """"une aide-soignante de l'établissement" after "à la résidence Les Tilleuls": the last place of
    that kind named before POSITION (from SINCE on)."""
    found = None
    for found in _ESTABLISHMENT.finditer(text, since, position):
        pass
    if found is None:
        return None
    article = {"du ": "le ", "au ": "le "}.get(found.group("article"), found.group("article")).replace("’", "'")
    return found.group("name"), article[0].upper() + article[1:]  # ("La ", "L'": the keys of _OF_ARTICLE)


def _body_of_any_kind(text: str, noun: str, position: int, paragraph: int, paras) -> tuple[str, str] | None:
    pattern = fuller_name_pattern(noun[:1].upper() + noun[1:])
    whole = whole_name(pattern, text)
    if whole is None:  # several ("Autorité de la concurrence", "Autorité de sûreté nucléaire"): the one just named
        near = [m for m in pattern.finditer(text, paras[max(0, paragraph - 1)][0], position)]
        whole = near[-1].group().replace("\u00a0", " ") if near else None
    if whole is not None:
        at = text.find(whole)
        if (opening := _NAME_WORD_BEFORE.search(text, max(0, at - 30), at)) is not None:
            whole, at = f"{opening.group('word')} {whole}", opening.start("word")  # "le Racing Club d'Abobo"
        article = next((a for a in _OF_ARTICLE if text.endswith(a.lower(), 0, at) or text.endswith(a, 0, at)), "")
        return whole, article
    before = _bodies_opening_sentences(text, paras[max(0, paragraph - 1)][0], position)
    if before:
        return before[-1][1], before[-1][2]
    short_formed = None
    for found in _BODY_WITH_SHORT_FORM.finditer(text, 0, position):
        if found.group("short").isupper() or found.group("short")[0] == found.group("name")[0]:
            short_formed = found  # ("(Onuci)" for "l'Opération des Nations unies en Côte d'Ivoire", not "(Nord)" for a place)
    if short_formed is not None:  # "de la Maison d'arrêt de Lens (MAL)": a body the article gave a short form
        article = fold(short_formed.group("article")).split()[-1].replace("’", "'")
        return short_formed.group("name"), {"du": "Le ", "le": "Le ", "la": "La ", "des": "Les "}.get(article, "L'")
    first = next((i for i, (s, e) in enumerate(paras[:paragraph]) if _bodies_opening_sentences(text, s, e)), None)
    if first is not None and first < paragraph:
        body = _bodies_opening_sentences(text, *paras[first])[0]
        return body[1], body[2]
    return None


# A company introduced by its kind: "le groupe Vantel", "la société Fromageries X", "le constructeur Y",
# "la société exploitante, Suswa Power".
_COMPANY_AFTER_KIND = re.compile(
    r"\b(?:groupe|société|entreprise|compagnie|firme|constructeur|fabricant|opérateur|enseigne|chaîne)(?:\s+[a-zà-ÿ]{4,},)?\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+(?:(?:e|y|i|&|and|und|of|de|du|des|del|della|di|da|do|dos|das|van|von|der|den)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*)")


def _company_named_before(text: str, position: int) -> str | None:
    """The company the article last introduced by its kind before POSITION."""
    found = None
    for company in _COMPANY_AFTER_KIND.finditer(text, 0, position):
        if not is_recipient(text, company.start("name")):  # ("a expliqué à la chaîne Citizen TV": an outlet)
            found = company
    return found.group("name") if found is not None else None


def _named_as_a_body(text: str, name: str) -> bool:
    """Whether the article writes NAME as a body: after a kind ("le groupe X"), before a bracketed
    short form ("X (XYZ)"), or opening a sentence as its subject ("X a annoncé")."""
    escaped = re.escape(name)
    return re.search(
        rf"(?:\b(?:groupe|société|entreprise|compagnie|firme|constructeur|club|fédération|association|syndicat|"
        rf"organisation|agence)\s+{escaped}(?![\w-])|(?<![\w-]){escaped}\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])", text) is not None \
        or any(body == name for _, body, _ in _bodies_opening_sentences(text, 0, len(text)))


# The organisers of a named event, as the article names them ("Les organisateurs des Rencontres du film … ont annulé").
_ORGANISERS_OF_EVENT = re.compile(r"\b[Ll]es\s+(?P<np>organisateurs\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]"
                                  r"[^,.;:()«»]{2,80}?)(?=\s+(?:ont|avaient|prévoient|attendent)\b|\s*[,.])")
# The union a role is held in, by its name ("le délégué de l'Union policière indépendante (UPI) pour la zone").
_UNION_IN_ROLE = re.compile(r"\b(?:de\s+l['’]|du|de\s+la)\s*(?P<name>(?:Union|Fédération|Confédération|Centrale|Syndicat)\b"
                            r"[^,()]{2,80}?)(?=\s*\(|\s+pour\b|\s*,|$)")
# The people who wrote a report: "Les enquêteurs relèvent …", "Les contrôleurs jugent …".
_INVESTIGATORS = re.compile(r"[Ll]es\s+(?:enquêteurs|inspecteurs|contrôleurs|auditeurs|rapporteurs)")
# "les organisateurs" of an event the article gave one organiser in apposition ("la société organisatrice, X").
_ORGANISERS = re.compile(r"(?:[Ll]es|[Ll]['’])\s*organisateurs?")
_ORGANISER_NAMED = re.compile(r"\b(?:[Ll]['’]|[Ll][ae]\s+)(?:[a-zà-ÿ-]+\s+)?organisat(?:eur|rice)\s*,\s+"
                              r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*){0,5})"
                              # "l'asbl Meuse en Scène, qui organise l'événement" ("l'association Lire en océan Indien")
                              r"|(?P<organiser>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+(?:(?:en|de|du|des|et|sur)\s+(?:[a-zà-ÿ]+\s+)?)?"
                              r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*){0,5})"
                              r",\s+qui\s+(?:organise|organisait|a\s+organisé)\b")


# A party named by an adjective ("le parti écologiste", "la formation centriste").
_PARTY_EPITHET = re.compile(r"(?:le\s+parti|la\s+formation|le\s+mouvement)\s+[a-zà-ÿ-]+")
# A run of three capitalised words or more opening a sentence, then a lower-case verb ("Europe Écologie Les Verts faisait").
_CAPITALISED_SUBJECT = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){2,})[ \u00a0]+[a-zà-ÿ]")
# A port authority named by its kind and its name ("Port Atlantique La Rochelle").
_PORT_NAMED = re.compile(r"(?<![\w-])Port(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
# A person by their role in a place named by its noun alone ("une infirmière du service", "un agent de la
# mairie", "une enseignante de l'école").
_ROLE_OF_PLACE_NOUN = re.compile(
    r"(?:(?i:un|une|le|la)\s+|[Ll]['’])?(?P<role>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?)\s+(?P<of>du\s+|de\s+la\s+|de\s+l['’])"
    r"(?P<noun>école|collège|lycée|mairie|université)")


@lru_cache(maxsize=8)
def _place_named(noun: str) -> re.Pattern:
    """NOUN, its lower-case complements, then the capitalised one that names it ("service des urgences de
    Kourou", "mairie de Capesterre-Belle-Eau", "école des Prairies")."""
    return re.compile(
        rf"(?<![\w-]){noun}(?:\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[a-zà-ÿ][\w-]*){{0,2}}"
        r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*")


def generic_nouns_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Replace, in RESOLVED, each speaker named by a generic body noun with the body it stands for."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        mention = draft.mention
        if speaker is not None and (managed := _MANAGEMENT_OF.match(speaker.name)) is not None \
                and text.count(body := speaker.name[managed.end():]) > text.count(speaker.name):
            # "La direction de Vantor Heavy Industries a jugé …", "Elle affirme …": the company the article
            # names elsewhere speaks (not "la direction des Routes", a directorate), in its fullest form
            # ("la direction du CHU" → "CHU Dijon Bourgogne")
            fuller = {m.group() for m in re.finditer(rf"(?<![\w-]){re.escape(body)}(?:[ \u00a0]+(?:(?:de[ \u00a0]+la|de|du|des)[ \u00a0]+|d['’])?"
                                                      r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+", text)}
            body = max(fuller, key=len) if fuller and all(max(fuller, key=len).startswith(f) for f in fuller) else body
            resolved[i] = speaker = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        if speaker is not None and (presidency := _PRESIDENCY_OF.match(speaker.name)) is not None \
                and " " in speaker.name[presidency.end():].strip():  # (not "la présidence du Conseil": the office itself)
            # "La présidence de la Région Grand Est a fait savoir …": the body speaks through its head's office
            resolved[i] = speaker = SpeakerRef(speaker.name[presidency.end():], speaker.mention, speaker.role, "organisation")
        if speaker is None or mention is None or mention.pronoun:
            continue
        if _PARTY_EPITHET.fullmatch(mention.text.strip()) is not None \
                and (subject := _CAPITALISED_SUBJECT.match(text, draft.sentence[0])) is not None \
                and subject.end() < draft.position and first_name_gender(subject.group("name").split()[0]) is None:
            # "Europe Écologie Les Verts faisait part de son étonnement ; le parti écologiste pense …": the party
            # the sentence opens on
            resolved[i] = SpeakerRef(subject.group("name"), speaker.mention, speaker.role, "organisation")
            continue
        if speaker.name == "port" and fold(mention.text.strip()) in ("le port", "du port") \
                and len(ports := {m.group() for m in _PORT_NAMED.finditer(text)}) == 1:
            resolved[i] = SpeakerRef(ports.pop(), speaker.mention, speaker.role, "organisation")  # "Port Atlantique La Rochelle"
            continue
        if speaker.name in ("région", "département") and len(named := {
                m.group() for m in re.finditer(rf"(?<![\w-])[{speaker.name[0]}{speaker.name[0].upper()}]{speaker.name[1:]}"
                                               r"\s+(?!de\b|du\b|des\b)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*",
                                               text)}) == 1:
            # "d'après les chiffres de la région" where the article named "la région Bourgogne-Franche-Comté"
            resolved[i] = SpeakerRef(named.pop(), speaker.mention, speaker.role, "organisation")
            continue
        if speaker.name in ("région", "département") and len(councils := {
                m.group() for m in _LOCAL_COUNCIL[speaker.name].finditer(text)}) == 1:
            # "a assuré la région" where the article named "le conseil régional d'Auvergne"
            resolved[i] = SpeakerRef(councils.pop(), speaker.mention, speaker.role, "organisation")
            continue
        if i > 0 and _INVESTIGATORS.fullmatch(mention.text.strip()) and drafts[i - 1].paragraph == draft.paragraph \
                and (last := resolved[i - 1]) is not None and last.kind == "organisation" and drafts[i - 1].mention \
                and _DOCUMENTS & {fold(w) for w in drafts[i - 1].mention.text.split()}:
            # "Selon ce document [the body's report], … Les enquêteurs relèvent …": the report's authors
            resolved[i] = SpeakerRef(last.name, speaker.mention, speaker.role, "organisation")
            continue
        if _ORGANISERS.fullmatch(mention.text.strip()) \
                and len(organisers := {m.group("name") or m.group("organiser") for m in _ORGANISER_NAMED.finditer(
                    text, 0, len(text) if drafts[i].paragraph == 0 else drafts[i].position)}) == 1:
            # (named before, unless in the headline: not "Selon les organisateurs, …" before "l'association X, qui organise
            # chaque année un kabar")
            resolved[i] = SpeakerRef(organisers.pop(), speaker.mention, speaker.role, "organisation")
            continue
        if _ORGANISERS.fullmatch(mention.text.strip()) and speaker.name in ("organisateurs", "organisateur") \
                and len(events := {" ".join(m.group("np").split()) for m in _ORGANISERS_OF_EVENT.finditer(text)}) == 1:
            # "Selon les organisateurs, …" after "Les organisateurs des Rencontres du film méditerranéen de Hammamet ont annulé"
            resolved[i] = SpeakerRef(events.pop(), speaker.mention, speaker.role, "person")
            continue
        if speaker.kind == "person" and (place := _ROLE_OF_PLACE_NOUN.fullmatch(mention.text.strip())) is not None \
                and speaker.name == mention.text.strip()[place.start("role"):] \
                and len(named := {" ".join(m.group().split()) for m in _place_named(place.group("noun")).finditer(text)}) == 1:
            # "une infirmière du service" where the article named "le service des urgences de Kourou": that service
            resolved[i] = SpeakerRef(f"{place.group('role')} {place.group('of')}{named.pop()}", speaker.mention, speaker.role,
                                     speaker.kind)
            continue
        phrase = _ENDS_ON_GENERIC.match(mention.text.strip())
        if phrase is None:
            continue
        found = _body_for(text, phrase.group("noun"), draft.position, draft.paragraph, paras)
        own = _LEADING_DETERMINER.sub("", phrase.group("before").strip())
        if found is None and not own and phrase.group("noun") == "hôpital" \
                and len(hospitals := {" ".join(m.split()) for m in _HOSPITAL_OF_PLACE.findall(text)}) == 1:
            found = (hospitals.pop(), "")  # "selon l'hôpital" after "la maternité du centre hospitalier de Lannion-Trestel"
        if found is None and not own and phrase.group("noun") == "syndicat" and i > 0 and drafts[i - 1].paragraph == draft.paragraph \
                and (last := resolved[i - 1]) is not None and last.kind == "person" \
                and (union := _UNION_IN_ROLE.search(last.mention or "")) is not None:
            found = (" ".join(union.group("name").split()), "")  # "le délégué de l'Union policière indépendante (UPI), X. Le syndicat"
        if i > 0 and drafts[i - 1].paragraph == draft.paragraph and (not own or fold(own.split()[0]) in _DOCUMENTS) \
                and (last := resolved[i - 1]) is not None and " " in last.name \
                and (last.kind == "organisation" or last.name == last.mention and not is_first_name(last.name.split()[0])) \
                and fold(last.name.split()[0]) not in _GENERIC_FOLDED \
                and (phrase.group("noun") in _ANY_BODY_NOUNS or phrase.group("noun") in _KIND_WORDS and _of_its_kind(last.name, phrase.group("noun"))
                     or phrase.group("noun") in _COMPANY_NOUNS and last.kind == "organisation"
                     and fold(last.name.split()[0]) not in _NOT_COMPANY_HEADS):
            # "Selon la DDTM, … L'organisme estime …", "…, a annoncé Brest métropole. Selon la collectivité, …": the
            # body that just spoke ("La direction de Frites Boréales s'est dite « déçue ». … l'entreprise affirme")
            found = (last.name, "")
        if phrase.group("noun") in _COMPANY_NOUNS and (company := _company_named_before(text, draft.position)):
            found = (company, "")  # "le groupe Vantel … La CGT dénonce … Selon l'entreprise": the company
        elif phrase.group("noun") in _COMPANY_NOUNS and speaker.kind == "organisation" and speaker.name != speaker.role \
                and not phrase.group("before").strip() and any(w[:1].isupper() for w in speaker.name.split()[1:]) \
                and _body_in_apposition(text, phrase.group("noun"), draft.position) is None:
            continue  # "La conserverie Larralde, l'une des dernières entreprises …": the company tied already
        if found is None:
            continue
        body, article = found
        if body.isupper() and " " not in body:
            # "la Compagnie des transports de l'agglomération angevine (CTAA) … Selon l'entreprise": its long form
            body = bracketed_long_form(text, body) or body
        if speaker.name == body or fold(speaker.name).startswith(fold(phrase.group("noun")) + " "):
            continue  # (or already that noun's fuller name: "l'agence" → "agence régionale de santé d'Occitanie")
        before = _LEADING_DETERMINER.sub("", phrase.group("before").strip())
        if not before or fold(before.split()[0]) in _DOCUMENTS or fold(before) in _MANAGEMENT:
            if speaker.name[:1].isupper() and phrase.group("noun") not in speaker.name and (
                    len(speaker.name.split()) > 1 or _named_as_a_body(text, speaker.name)) \
                    and not (phrase.group("noun") in _COMPANY_NOUNS and found[1] == ""):
                continue  # already a body's name ("Fonderies de la Vezouze", "le groupe Vantel")
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
            _repeats_to(drafts, resolved, i, speaker.name)
            continue
        if phrase.group("noun") not in speaker.name or fold(before.split()[0]) in _ROLES | {"section"}:
            # "le président du club": a person, named or known by that role (not "une infirmière de
            # l'établissement", unresolved); "la section SUD de l'hôpital": a union's section, as written
            continue
        # (the article's own article when the name came without one: "de l'Entente sportive X")
        of = _OF_ARTICLE.get(article) or (None if article else of_as_written(text, body)) \
            or ("d'" if _VOWEL_START.match(body) else "de ")
        resolved[i] = SpeakerRef(f"{before} {of}{body}", speaker.mention, speaker.role, speaker.kind)


def _repeats_to(drafts: list[Draft], resolved: list[SpeakerRef | None], i: int, replaced: str) -> None:
    """The drafts right after I that only repeat its speaker ("selon la même source") take its new name."""
    for j in range(i + 1, len(drafts)):
        speaker, mention = resolved[j], drafts[j].mention
        if speaker is None or speaker.name != replaced or mention is None and drafts[j].sentence != drafts[i].sentence \
                or mention is not None and not (_REPEATS_PREVIOUS.fullmatch(mention.text.strip(" ,")) or replaced in _GENERIC_NOUNS):
            return  # (a bare generic noun carried over, "précise le document", is that body too; so is the subject of a
            # second verb: "la collectivité assure … et affirme que …")
        resolved[j] = SpeakerRef(resolved[i].name, speaker.mention, speaker.role, resolved[i].kind)


# "La direction générale du PAA", "la direction de Hanbit Heavy Industries": a named body's management
# speaks as the body (not "la direction générale de la santé", "la direction de course", "la direction
# des Routes": bodies of their own, named by their field).
_MANAGEMENT_OF_NAMED = re.compile(
    r"(?:[Ll]a[ \u00a0]+)?direction(?:[ \u00a0]+générale)?[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+(?![A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+$)|de[ \u00a0]+|d['’])"
    r"(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*"
    # "la direction du centre hospitalier de Flers": an establishment named by its kind and its place
    r"|(?:centre[ \u00a0]+hospitalier(?:[ \u00a0]+universitaire)?|hôpital|clinique|collège|lycée|université|usine|prison"
    r"|maison[ \u00a0]+d['’]arrêt|centre[ \u00a0]+pénitentiaire)" + OF_LINK + r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*)")


# A directorate's field, then its ministry ("du Patrimoine culturel du ministère de la Culture"): the directorate's own name.
_OF_A_MINISTRY = re.compile(r"[ \u00a0](?:du|au)[ \u00a0]+ministère\b")
# A field written as one capitalised abstract noun ("Météorologie", "Sécurité", "Population"), no body's name.
_FIELD_OF_ADMINISTRATION = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:ie|ité|tion|ure|ence|ance|isme)")


def managements_to_bodies(text: str, resolved: list[SpeakerRef | None], long_form=None) -> None:
    """Replace, in RESOLVED, each speaker that is the management of a body named by its proper name
    with that body, by the one fuller name the article gives it ("le CHU" → "CHU Dijon Bourgogne"),
    or the long form LONG_FORM(short form) finds ("la direction des TPG" → "Transports publics genevois")."""
    for i, speaker in enumerate(resolved):
        if speaker is not None and (management := _MANAGEMENT_OF_NAMED.fullmatch(speaker.name)) is not None:
            if any(short.group(1).startswith(initials(speaker.name)) for short in re.finditer(
                    rf"{re.escape(speaker.name)}[^()\n]{{0,40}}?\s\(([A-Z]{{2,8}})\)", text)):
                continue  # "la direction de l'Aviation civile en Nouvelle-Calédonie (DAC)": an administration's own name
            body = management.group("body")
            if _OF_A_MINISTRY.search(body) or _FIELD_OF_ADMINISTRATION.fullmatch(body):
                # "la direction du Patrimoine culturel du ministère de la Culture": a ministry's directorate ("la direction
                # générale de la Météorologie": an administration named by its field)
                continue
            fuller = {m.group() for m in re.finditer(rf"(?<![\w-]){re.escape(body)}(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+", text)}
            named = fuller.pop() if len(fuller) == 1 else (long_form(body) if long_form is not None and not fuller else None) or body
            resolved[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")


# The departmental fire service, written out with its short form ("le service départemental d'incendie et de
# secours (SDIS) de la Savoie").
_FIRE_SERVICE = re.compile(
    r"service[ \u00a0]+départemental[ \u00a0]+d['’]incendie[ \u00a0]+et[ \u00a0]+de[ \u00a0]+secours(?:[ \u00a0]*\([A-Z]{3,6}\))?"
    r"[ \u00a0]+(?P<of>de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)")


def firefighters_to_their_service(text: str, resolved: list[SpeakerRef | None]) -> None:
    """"Les pompiers ont indiqué …" in an article that names one departmental fire service: that service."""
    services = {_of_place(m.group("of"), m.group("place")) for m in _FIRE_SERVICE.finditer(text)} if "secours" in text else set()
    if len(services) != 1:
        return
    service = "service départemental d'incendie et de secours " + services.pop()
    for i, speaker in enumerate(resolved):
        if speaker is not None and speaker.name in ("pompiers", "sapeurs-pompiers") \
                and fold(speaker.mention or "").startswith("les "):
            resolved[i] = SpeakerRef(service, speaker.mention, speaker.role, "organisation")


def _of_place(of: str, place: str) -> str:
    """"de la " + "Savoie", "d'" + "Indre": the preposition, its spaces made single, then the place."""
    of = " ".join(of.split())
    return of + place if of.endswith(("'", "’")) else f"{of} {place}"
