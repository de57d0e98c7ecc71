"""French organisations cut to their capitalised head: "la Ville" after "la Ville de Huy",
"L'Unité" for "l'Unité d'intégrité de l'athlétisme", "Direction" for "la Direction générale des
eaux". The speaker is the whole name the article wrote (in the mention, else the one fuller form
in the text). So is a bare "le syndicat" the one union the article named in full, and a public
body's bare noun its one qualified name ("le parquet" → "le parquet anticorruption")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.courts_fr import ADJECTIVE
from claims.extract.cues import patterns
from claims.extract.lang import fr as french
from claims.extract.name_tails import FEDERAL_DEPARTMENT_FR
from claims.extract.sources import canonical_source
from claims.extract.speakers import fold
from claims.extract.triggers import word_opening
from claims.extract.types import SpeakerRef

# Common nouns heading an institution's name, capitalised ("la Ville de Huy", "l'Office suprême de
# contrôle"): written alone ("la Ville"), they stand for the whole name the article wrote.
_INSTITUTION_HEAD_WORDS = (
    "ville", "commune", "direction", "unite", "groupement", "office", "agence", "autorite", "conseil",
    "commission", "comite", "institut", "centre", "federation", "union", "association", "syndicat",
    "collectif", "observatoire", "service", "departement", "division", "bureau", "cellule", "secretariat",
    "ministere", "prefecture", "mairie", "regie", "fondation", "caisse", "chambre", "cour", "tribunal",
    "parquet", "assemblee", "inspection", "delegation", "coordination", "confederation", "alliance", "ligue",
    "mouvement", "organisation", "reseau", "fonds", "ecole", "universite", "academie", "controle",
    "haut-commissariat", "haute", "conference", "societe", "compagnie", "banque", "region", "province",
    "metropole", "agglomeration", "communaute",
    # ("la Cité internationale de la tapisserie d'Aubusson", "la Municipalité de Morges", "la Centrale générale de la FGTB",
    # "l'Administration portuaire de Sept-Îles")
    "cite", "municipalite", "centrale", "administration",
)
_INSTITUTION_HEADS = frozenset(_INSTITUTION_HEAD_WORDS)
_COMPLEMENT_NEXT = re.compile(r"(?:de|du|des)\s|d['’]")
_SHORT_FORM_NEXT = re.compile(r"[ \u00a0]*\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\)")
# A lower-case complement joined by "et", then a short form in brackets (" et des postes (ARCEP)").
_AND_REST_THEN_SHORT_FORM = re.compile(r"[ \u00a0]+et[ \u00a0]+(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*[a-zà-ÿ]+(?:[ \u00a0]+[a-zà-ÿ]+)?"
                                       r"(?=[ \u00a0]*\([A-ZÀ-ÖØ-Þ]{2,8}\))")
# Lower-case nouns of public bodies ("le canton", "la sous-préfecture"): written alone, they stand
# for the one "noun + complement naming a place or a domain" the article wrote ("le canton du
# Valais", "le ministère de l'Éducation nationale"). ("la ville", "le service", "le gouvernement":
# too often the town itself, a unit, or a person's government.)
_PUBLIC_BODY_NOUNS = frozenset((
    "ministère", "canton", "préfecture", "sous-préfecture", "région", "département", "rectorat", "agence",
    "office", "métropole", "conseil", "commission", "parquet", "académie", "province", "communauté",
))
# Nouns of places open to the public, named by their town ("le zoo de La Flèche"): alone, the one so named.
_PLACE_NOUNS = frozenset(("zoo", "musée"))

# Lower-case nouns of unions: alone ("le syndicat"), they stand for the one union the article named in full.
_UNION_NOUNS = frozenset(("syndicat", "intersyndicale"))
# A union's name: its number, whom it gathers, and where ("syndicat n° 1 des travailleurs de Cerro Alto",
# "Syndicat des chargées et chargés de cours de l'Université du Québec à Rimouski").
_UNION_NAME = re.compile(
    r"(?<![\w-])(?:[Ss]yndicat|[Ii]ntersyndicale)(?:[ \u00a0]+[Nn]°[ \u00a0]*\d+)?"
    r"(?:[ \u00a0]+(?:mixte|intercommunal|départemental|national|régional))?"  # ("le syndicat mixte des Monts d'Olmes")
    r"(?:[ \u00a0]+(?:des|du|de|d['’])[ \u00a0]*[a-zà-ÿ-]+(?:[ \u00a0]+(?:et[ \u00a0]+)?(?:[dl]['’])?[a-zà-ÿ-]+){0,3}?)?"
    r"(?:[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|d['’]|à[ \u00a0]+)"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*){1,4}")
# The word after a union's "de"/"des": two different ones, two unions ("des dockers", "des transporteurs").
_UNION_COMPLEMENT = re.compile(r"(?<![\w-])(?:[Ss]yndicat|[Ii]ntersyndicale)(?:[ \u00a0]+[Nn]°[ \u00a0]*\d+)?[ \u00a0]+"
                               r"(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’]|de|d['’])[ \u00a0]*(?P<word>[\w-]+)")


def _one_union_named(text: str) -> str | None:
    """The one union the article names in full, when it names no other ("le syndicat des dockers du
    port et le syndicat des transporteurs de Dakar": two unions, no telling)."""
    if len({m.group("word") for m in _UNION_COMPLEMENT.finditer(text)}) > 1:
        return None
    return _the_one(m.group() for m in _UNION_NAME.finditer(text))


_ELIDED_ARTICLE = re.compile(r"^[Ll]['’]")
_HEAD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ-]{2,}")
_OPENING_ARTICLE = re.compile(r"(?:[Ll][ae]s?|[Ll]['’])[ \u00a0]*")
_FUNCTION_ENDINGS = frozenset(("de", "du", "des", "la", "le", "les", "au", "aux", "et", "d", "l"))
# "rapport de l'Office", "communiqué du Conseil": a document named with its author's capitalised head.
_DOCUMENT_OF_BODY = re.compile(
    r"^(?P<document>" + "|".join(sorted((re.escape(w) for w in french.DOCUMENT_WORDS), key=len, reverse=True)) + r")"
    r" (?:de la |de l['’]|du |des |d['’])(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ-]{2,})$")


_ADJECTIVE_ENDING = (r"(?:al|ale|aux|ales|ique|iques|aire|aires|ien|ienne|el|elle|eux|euse|if|ive|é|ée|és|ées|ant|ante|ier|ière"
                     r"|ois|oise|ain|aine|ane|anes|nne|ome|ère|ent|ente|ue|ux|ême|xte|ine|ile|ble|ste|ire|ais|aise|and|ande|ol|ole|uisse|lge)"
                     r"(?![\w-])")  # ("la Fédération française de judo", "allemande", "espagnole", "suisse", "belge")


@lru_cache(maxsize=256)
def fuller_name_pattern(head: str) -> re.Pattern:
    """HEAD, maybe one adjective, then its complement ("de", "des", "d'…") up to punctuation, a
    bracketed short form or a clause word (but "le vice-président de la Région chargé des routes": the
    person's charge, no part of the body's name)."""
    return re.compile(
        # (the adjective by its ending: not "la Région affiche des objectifs", a verb)
        rf"(?<![\w-]){re.escape(head)}(?:[ \u00a0]+(?!charg[ée]|responsable)(?=[a-zà-ÿ-]*{_ADJECTIVE_ENDING})[a-zà-ÿ-]+)?"
        r"[ \u00a0]+(?:(?:de|du|des)(?![\w-])|d['’])"
        r"(?:[ \u00a0]*[\w'’-]+){1,12}?"
        # ("l'Hôpital de Sainte-Anne entre 20 h et 8 h": when it closes, no part of its name; nor "à l'issue d'un comité")
        r"(?=[ \u00a0]*[(,.;:«»\"\n]|[ \u00a0]+(?:a|ont|est|sont|avait|qui|que|qu['’]\w+|dans|pour|sur|lors|après|depuis|selon|entre|pendant|jusqu['’]\w+|\d+"
        r"|à[ \u00a0]+l['’]issue|au[ \u00a0]+(?:cours|terme)"
        r"|ne|n['’]\w+|se|s['’]\w+|et[ \u00a0]+(?:la|le|les|l['’]\w+|une?|des|du|que|qu['’]\w+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\w*))[ \u00a0]"
        # ("ordonné au Club de canoë-kayak de la Mauricie de quitter d'ici au 1er octobre le hangar": what it was told to do)
        r"|[ \u00a0]+de[ \u00a0]+[a-zà-ÿ]{4,}(?<!i)(?:er|ir)[ \u00a0]+(?:d['’]|de|du|des|le|la|les|l['’]|à|au|aux|en|sa|son|ses|leur|leurs|une?)"
        # ("L'Association des propriétaires de boisés réclame une indemnisation": a verb in the present and its object)
        r"|[ \u00a0]+(?!(?:contre|entre|outre|comme|presque)[ \u00a0])[a-zà-ÿ]{3,}(?:e|ent)[ \u00a0]+(?:une?|le|la|les|l['’]|sa|son|ses|leur|leurs)[ \u00a0]"
        r"|$)")


def whole_name(pattern: re.Pattern, text: str) -> str | None:
    """The one name PATTERN finds in TEXT; of names that open one another ("Centre des marées", "Centre
    des marées de la commune de Venise"), the longest; else the one name given its short form in brackets."""
    matches = [m for m in pattern.finditer(text)
               if m.group().split()[-1].split("'")[-1].split("’")[-1].lower() not in _FUNCTION_ENDINGS
               and text[max(0, m.start() - 2):m.start()].rstrip(" \u00a0\u202f")[-1:] not in ("«", "“")]
    # (not "« Hôpital de Saintes : la CGT dénonce … »": a linked story's title, capitalised as titles are)
    # ("l'Autorité de régulation des communications électroniques et des postes (ARCEP)": a second lower-case complement
    # before its short form, part of the name)
    found = {(m.group() + (rest.group() if (rest := _AND_REST_THEN_SHORT_FORM.match(text, m.end())) else "")).replace("\u00a0", " ")
             for m in matches}
    # ("la Cité de la tapisserie d'Aubusson" in a headline, the "Cité internationale de …" in the body: the name with its adjective)
    found -= {f for f in found for o in found if len(o.split()) == len(f.split()) + 1 and o.split()[0] == f.split()[0]
              and o.split()[2:] == f.split()[1:]}
    longest = max(found, key=len, default=None)
    if longest is not None and all(longest.startswith(f + " ") or f == longest for f in found):
        return longest
    # ("La Cour de justice de la Communauté … (CEDEAO)" among a headline's "Cour de justice condamne …")
    return _the_one(found) or _the_one(m.group() for m in matches if _SHORT_FORM_NEXT.match(text, m.end()))


def heads_to_whole_names(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named by a capitalised head alone with its whole name."""
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        if (document := _DOCUMENT_OF_BODY.match(speaker.name)) is not None \
                and fold(document.group("body")) in _INSTITUTION_HEADS:
            # a document speaks as its author: "le rapport de l'Office" → the Office's whole name
            speaker = SpeakerRef(document.group("body"), speaker.mention, speaker.role, "organisation")
        head = _ELIDED_ARTICLE.sub("", speaker.name)
        if head in _UNION_NOUNS and _MENTION_OPENING.match(speaker.mention or ""):
            # "Le syndicat n° 1 des travailleurs de Minera Quebrada Honda a déclenché … Le syndicat affirme"
            if (whole := _one_union_named(text) or whole_name(fuller_name_pattern(head), text)) is not None:
                resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")
            continue
        if (head in _PUBLIC_BODY_NOUNS or head in _PLACE_NOUNS) and _MENTION_OPENING.match(speaker.mention or ""):  # (also "un communiqué du ministère")
            whole = _public_body_named(head, text) or (_public_body_qualified(head, text) if head not in _PLACE_NOUNS else None) \
                or (_the_one(m.group() for m in FEDERAL_DEPARTMENT_FR.finditer(text)) if head == "ministère" else None)
            # ("… annoncée par Pêches et Océans Canada. Le ministère soutient …": a federal department, named without the noun)
            if whole is not None:
                resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")
            continue
        if " " in head and head.split(None, 1)[0] in _UNION_NOUNS:
            # "selon le syndicat des pharmaciens" before "le Syndicat des pharmaciens d'officine de Tunisie (SPOT)"
            longer = (m.group().replace("\u00a0", " ") for m in _UNION_NAME.finditer(text))
            if (whole := _the_one(f for f in longer if fold(f).startswith(fold(head) + " "))) is not None:
                resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")
            continue
        if " " in head and (head.split(None, 1)[0] in _PUBLIC_BODY_NOUNS or _HEAD.fullmatch(head.split(None, 1)[0])
                            and fold(head.split(None, 1)[0]) in _INSTITUTION_HEADS):
            # "le département de la Santé" after "le département de la Santé de la Generalitat"
            if (whole := _public_body_completed(head, text) or _body_completed_with_place(head, text)) is not None:
                resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")
            continue
        if _HEAD.fullmatch(head) is None or fold(head) not in _INSTITUTION_HEADS:
            continue
        if speaker.kind == "person" and not _OPENING_ARTICLE.match(speaker.mention or "") and document is None:
            continue  # a first name or a surname, not a body's noun
        pattern = fuller_name_pattern(head)
        whole = (fold(head) in _UNION_NOUNS and _one_union_named(text)) or whole_name(pattern, speaker.mention or "") \
            or whole_name(pattern, text)
        if whole is not None:
            resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")


def _either_case(noun: str) -> str:
    """A pattern for NOUN written lower-case or capitalised, with no word character or hyphen before it
    (each opening on its first letter: see `word_opening`)."""
    return rf"(?:{word_opening(noun)}|{word_opening(noun[:1].upper() + noun[1:])})"


def _the_one(names) -> str | None:
    """The one distinct name among NAMES (non-breaking spaces read as spaces), else None."""
    distinct = {name.replace("\u00a0", " ") for name in names}
    return distinct.pop() if len(distinct) == 1 else None


# Verbs that end like adjectives ("la préfecture d'Abidjan explique que …": no part of the name).
_VERBS_LIKE_ADJECTIVES = r"(?:expliqu|indiqu|communiqu|revendiqu|impliqu|appliqu|répliqu)(?:e|ent)(?![\w'’-])"
OF_LINK = r"[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])"
# (its adjectives may be plural and joined by "et": "des Infrastructures maritimes et portuaires")
# ("Val-de-Marne", "Saint-Étienne-du-Rouvray": a place's hyphenated lower-case links)
# ("Provence-Alpes-Côte d'Azur": an elided "de" inside the place's name)
_CAPITALISED_RUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’]*(?:-[\w'’]+)*(?:[ \u00a0](?:d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’]*(?:-[\w'’]+)*)*" \
    + rf"(?:[ \u00a0]+(?:et[ \u00a0]+)?(?!{_VERBS_LIKE_ADJECTIVES})(?:{ADJECTIVE}|[a-zà-ÿ]+ime)s?(?![\w'’-]))*"


@lru_cache(maxsize=64)
def _public_body_pattern(noun: str) -> re.Pattern:
    """NOUN, maybe an adjective, then complements naming a place or a domain, each opening on a
    capital ("canton du Valais", "ministère de l'Éducation nationale")."""
    return re.compile(rf"{_either_case(noun)}(?:[ \u00a0]+{ADJECTIVE}(?![\w'’-]))?{OF_LINK}{_CAPITALISED_RUN}"
                      rf"(?:(?:[ \u00a0]+et)?{OF_LINK}{_CAPITALISED_RUN})*")


def _public_body_named(noun: str, text: str) -> str | None:
    """The one name the article wrote with NOUN, lower-case or capitalised, and its complements."""
    return _the_one(m.group() for m in _public_body_pattern(noun).finditer(text))


@lru_cache(maxsize=64)
def _qualified_pattern(noun: str) -> re.Pattern:
    """NOUN and the one or two lower-case words qualifying it, before punctuation or the clause's
    verb ("le parquet anticorruption,", "le parquet national financier a")."""
    return re.compile(rf"{_either_case(noun)}"
                      r"(?P<qualifier>(?:[ \u00a0]+[a-zà-ÿ][a-zà-ÿ-]{4,}){1,2})"
                      r"(?=[ \u00a0]*[,.;:)]|[ \u00a0]+(?:a|ont|est|avait|qui|dans|selon|en)[ \u00a0])")


def _public_body_qualified(noun: str, text: str) -> str | None:
    """The one qualified name the article wrote with NOUN ("le parquet anticorruption"), else None
    (not "la préfecture indique dans un communiqué": a reporting verb is no qualifier, nor "a indiqué la
    métropole mardi": a day)."""
    verbs = patterns("fr").verbs
    return _the_one(noun + m.group("qualifier") for m in _qualified_pattern(noun).finditer(text)
                    if not any(verbs.fullmatch(word) or word in french.WEEKDAYS for word in m.group("qualifier").split()))



def _public_body_completed(name: str, text: str) -> str | None:
    """The one longer name the article wrote that NAME (a public body's noun and its complement)
    opens, with one more capitalised complement: "département de la Santé de la Generalitat"."""
    found = (m.group().replace("\u00a0", " ") for m in _public_body_pattern(name.split(None, 1)[0]).finditer(text))
    return _the_one(f for f in found if f[:1].lower() == name[:1].lower() and f[1:].startswith(name[1:] + " ")
                    and _OF_CAPITALISED.match(f, len(name)))


def _body_completed_with_place(name: str, text: str) -> str | None:
    """The one place the article wrote NAME (a body's noun and a lower-case complement) with, maybe after its short
    form: "agence régionale de santé (ARS) de Bourgogne" → "agence régionale de santé de Bourgogne"."""
    if name.split()[-1][:1].isupper():
        return None
    found = (m for m in re.finditer(rf"{_either_case(name)}(?:[ \u00a0]+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{{2,8}}\))?(?P<place>{OF_LINK}{_CAPITALISED_RUN})",
                                    text))
    # (written as the article writes the body: "Agence régionale de santé …", one name with the lede's)
    return _the_one(f"{m.group()[:len(name)]}{m.group('place')}".replace("\u00a0", " ") for m in found)


_OF_CAPITALISED = re.compile(OF_LINK + r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")  # (not an adjective or a verb: "… de la Santé indique")


# Public bodies written as a noun phrase before the place they serve ("l'agence régionale de santé
# Centre-Val de Loire", "la zone de police Namur Capitale", "la police de l'unité Noord-Nederland"):
# the place alone is not the body, the whole phrase is. (Not a kind before the body's own name:
# "l'agence Reuters", "l'office européen des statistiques Eurostat", "le groupe Vantel".)
_BODY_BEFORE_ITS_PLACE = re.compile(
    r"(?:zone|police|gendarmerie|unité|brigade|agglomération|agence\s+régionale\s+de\s+santé|office\s+de\s+tourisme)\b", re.IGNORECASE)
_PREPOSITION_OR_ARTICLE = frozenset(("de", "du", "des", "d", "l", "la", "le", "les", "à", "au", "aux", "en"))
# What opens a mention before the body's noun: "selon", a document of the body ("un communiqué de"), an article.
_MENTION_OPENING = re.compile(
    r"^(?:(?:selon|d['’]après)\s+)?(?:(?:[Ll][ae]|[Uu]ne?|[Ss][oa]n)\s+(?:" + "|".join(french.DOCUMENT_WORDS) + r")\s+(?=d))?"
    r"(?:[Ll][ae]s?\s+|[Ll]['’]|[Dd]u\s+|[Dd]e\s+la\s+|[Dd]e\s+l['’])")
_SHORT_FORM = re.compile(r"\s*\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,8}\)")


def public_bodies_with_their_noun(resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, a name that a public body's noun phrase introduces in its mention
    with that whole phrase (see `_BODY_BEFORE_ITS_PLACE`), and every other speaker of that name
    (a pronoun or a repeated mention resolved to it)."""
    wider: dict[str, str] = {}
    for speaker in resolved:
        if speaker is None or not speaker.mention or not speaker.name[:1].isupper():
            continue
        phrase = _SHORT_FORM.sub("", _MENTION_OPENING.sub("", speaker.mention.strip()))
        if not phrase.endswith(" " + speaker.name) or phrase[:1].isupper():
            continue
        before = phrase[: -len(speaker.name)].split()
        if _BODY_BEFORE_ITS_PLACE.match(phrase) is None \
                or re.split(r"['’]", fold(before[-1]))[-1] in _PREPOSITION_OR_ARTICLE \
                or not all(word[:1].islower() for word in before):
            continue
        wider.setdefault(speaker.name, phrase)
    for i, speaker in enumerate(resolved):
        if speaker is not None and speaker.name in wider:
            resolved[i] = SpeakerRef(wider[speaker.name], speaker.mention, speaker.role, "organisation")


def shortened_names_in_full(resolved: list[SpeakerRef | None]) -> None:
    """A body named by the first words of the fuller name another claim gives it ("les prévisions du Centre
    des marées" after "a annoncé le Centre des marées de la commune de Venise"): the one fuller name whose
    next word is a complement's ("de", "du", "des", "d'")."""
    names = {s.name for s in resolved if s is not None and s.kind == "organisation" and " " in s.name}
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.kind != "organisation" or speaker.name not in names:
            continue
        fuller = {n for n in names if n.startswith(speaker.name + " ")
                  and _COMPLEMENT_NEXT.match(n, len(speaker.name) + 1) is not None}
        if len(fuller) == 1:
            resolved[i] = SpeakerRef(fuller.pop(), speaker.mention, speaker.role, "organisation")



# A body named by its head and its members ("Ordre des ingénieurs", "Chambre des notaires").
_HEAD_AND_MEMBERS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+ des [a-zà-ÿ-]+s")


def members_bodies_with_their_place(text: str, resolved: list[SpeakerRef | None]) -> None:
    """"L'Ordre des ingénieurs a rappelé …" where the article names the "Ordre des ingénieurs du Québec": the one
    place the article writes after those words."""
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.kind != "organisation" or not _HEAD_AND_MEMBERS.fullmatch(speaker.name):
            continue
        words = r"[ \u00a0]+".join(map(re.escape, speaker.name.split()))
        found = {m.group().replace("\u00a0", " ") for m in re.finditer(
            rf"(?<![\w-]){words}[ \u00a0]+(?:du|de[ \u00a0]+la|de|d['’])[ \u00a0]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+", text)}
        if len(found) == 1:
            resolved[i] = SpeakerRef(found.pop(), speaker.mention, speaker.role, "organisation")


# A body's name that opens on a capitalised common noun and runs on in lower-case words to a capitalised
# one ("la société Vergers de l'Adour", "l'ONG Océans vivants d'Afrique de l'Ouest", "Industries
# forestières Chesham", "Forges et Aciéries de la Dheune").
_NAME_RUN_ON = re.compile(
    r"(?:[ \u00a0]+(?:et|de[ \u00a0]+la|de|du|des)(?=[ \u00a0])|[ \u00a0]+d['’]|[ \u00a0]+l['’]"
    r"|(?:[ \u00a0]+|(?<=['’]))(?:[a-zà-ÿ]{4,}|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+))")
_NOT_IN_A_RUN_ON_NAME = frozenset(("dans", "pour", "avec", "sans", "sous", "vers", "chez", "contre", "selon", "depuis",
                                   "après", "avant", "entre", "pendant", "lors", "plus", "moins", "très", "aussi"))


def _run_on_name(text: str, head: str) -> str | None:
    """The one longest name TEXT writes from HEAD on to a capitalised word, else None (not past a verb: "la
    compagnie Volantis quittera l'aéroport de Tours")."""
    found = set()
    for at in (m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(head)}(?![\w'’-])", text)):
        end, last_capital, lower = at + len(head), None, 0
        while (step := _NAME_RUN_ON.match(text, end)) is not None:
            word = step.group().strip(" \u00a0")
            if word[:1].islower() and len(word) >= 4:
                if word in _NOT_IN_A_RUN_ON_NAME or word.endswith(("é", "ée", "és", "ées", "ait", "ent", "ra", "ront")) or lower >= 2:
                    break
                lower += 1
            end = step.end()
            if word[:1].isupper():
                last_capital = end
        if last_capital is not None and not patterns("fr").verbs.search(text, at, last_capital):
            found.add(text[at:last_capital].replace("\u00a0", " "))
    longest = max(found, key=len, default=None)
    return longest if longest is not None and all(longest.startswith(f) for f in found) else None


def capitalised_heads_run_on(text: str, resolved: list[SpeakerRef | None]) -> None:
    """A body named by its capitalised first word alone, a plural common noun ("Vergers", "Industries"), where
    the article writes its whole name running on in lower-case words: that name."""
    for i, speaker in enumerate(resolved):
        if speaker is None or " " in speaker.name or not _HEAD.fullmatch(speaker.name) or not speaker.name.endswith("s") \
                or canonical_source(speaker.name) is not None:
            continue  # (not "Reuters": an agency, whatever follows it)
        if (whole := _run_on_name(text, speaker.name)) is not None and " " in whole:
            resolved[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")
