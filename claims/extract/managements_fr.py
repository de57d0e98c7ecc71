"""French: a body's management that the article does not name ("a indiqué la direction", "selon la
direction de l'entreprise", "a annoncé la direction du site") speaks as the body, as the real
annotations have it (fr-wikinews 44489: "a indiqué la direction" → "Hewlett-Packard"). The body is
the one opening the claim's sentence, else the plant or the hospital named by its kind ("la direction
de la centrale" of "la centrale nucléaire de Golfech"), else the one the previous such mention stood
for, else the company the article last introduced by its kind ("l'entreprise américaine
Hewlett-Packard"). The two lookups by kind also serve "le syndicat", "l'entreprise" elsewhere
(speaker_epithets)."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.speaker_lexicon import fold
from claims.extract.speaker_mentions import Mention
from claims.extract.speaker_organisations import MANAGED_INSTITUTION_FR
from claims.extract.types import SpeakerRef

_NAME = (r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:[ \u00a0]+(?:(?:de[ \u00a0]+la|de|du|des|et|&)[ \u00a0]+|de[ \u00a0]+l['’]|d['’])?"
         r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*")
# Bodies of a place a management runs, which the article may name by their kind alone or with their place.
_PLACE_BODY_NOUNS = "usine|centrale|hôpital|clinique|parc|aéroport|port|festival|musée|théâtre"
# The management, of a body named by its kind alone.
_UNNAMED_MANAGEMENT = re.compile(
    # ("a annoncé son conseil d'administration", "selon ses dirigeants": those of the body the sentence is about)
    r"(?:son|sa|ses|leur|leurs) (?P<officers>comité|dirigeants|gestionnaires|responsables)"
    r"|(?:(?:son|sa|leur) )?(?:direction(?: générale| actuelle| nouvelle| régionale)?|conseil d['’]administration)"
    r"(?: (?:de la |de l['’]|du )(?P<noun>entreprise|société|groupe|site|établissement|compagnie|laboratoire|magasin|enseigne"
    rf"|station|mutuelle|coopérative|fonderie|papeterie|régie|réseau|{_PLACE_BODY_NOUNS}))?")
# The management of a body named by its kind and its place or name ("direction du port autonome de Lomé").
_MANAGEMENT_OF_DESCRIBED_BODY = re.compile(
    rf"direction(?: générale)? (?:de la |de l['’]|du )(?P<body>(?:centre hospitalier|{_PLACE_BODY_NOUNS})"
    r"(?: [a-zà-ÿ-]+)? (?:de |d['’]|du |des )[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*)")
# What a maker makes, after its kind: "Le fabricant de radiateurs en fonte Thermalor".
_WHAT_IT_MAKES = r"(?:[ \u00a0]+(?:de|d['’]|en)[ \u00a0]*[a-zà-ÿ-]{3,}(?:[ \u00a0]+[a-zà-ÿ-]{4,})?){0,2}"  # ("de pièces automobiles")
# A company's kind, maybe an adjective or two, then its name: "l'entreprise américaine Hewlett-Packard".
_KIND_THEN_NAME = re.compile(
    r"\b(?:groupe|société|entreprise|compagnie|firme|constructeur|fabricant|équipementier|industriel|sous-traitant|enseigne"
    r"|laboratoire|mutuelle|coopérative)(?:[ \u00a0]+[a-zà-ÿ-]{4,}){0,2}" + _WHAT_IT_MAKES + r"[ \u00a0]+(?P<name>" + _NAME + ")")
# A body opening the sentence as its subject: "Ratier-Figeac prévoit …", "Le groupe américain General Electric va …".
_SENTENCE_SUBJECT = re.compile(
    r"(?:(?:Le|La|L['’])[ \u00a0]*(?:groupe|société|entreprise|compagnie|constructeur|fabricant|équipementier)"
    r"(?:[ \u00a0]+[a-zà-ÿ-]{4,}){0,2}" + _WHAT_IT_MAKES + r"[ \u00a0]+|(?:Le|La|L['’])[ \u00a0]*(?=[A-ZÀ-ÖØ-Þ][\w'’&-]*[ \u00a0]+[A-ZÀ-ÖØ-Þ]))?"
    # ("Le Montreux Jazz Festival, qui s'est achevé samedi, a accueilli …": its relative clause between commas)
    r"(?P<name>" + _NAME + r")(?:,[ \u00a0]+qui[^,;:«»]{1,120},)?[ \u00a0]+(?:[a-zà-ÿ]+[ \u00a0]+)?"
    r"(?:va|vont|a|ont|prévoit|prévoient|annonce|compte|veut|doit|entend|emploie|fabrique|produit|[a-zà-ÿ]+e|[a-zà-ÿ]{3,}era)\b")
_COMPANY_KINDS = frozenset(("entreprise", "société", "groupe", "compagnie", "site"))
_INSTITUTIONS = frozenset(("hôpital", "établissement", "clinique"))
_DETERMINERS = frozenset(("le", "la", "les", "l'", "un", "une", "des", "ce", "cette", "ces", "son", "sa", "ses", "leur"))


def unnamed_managements_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None],
                                  named_with_short_form=None) -> None:
    """Replace, in RESOLVED, each unnamed management with the body it stands for; NAMED_WITH_SHORT_FORM(mention,
    position), when given, is the body the article named with its short form that a noun alone stands for
    ("le centre hospitalier spécialisé (CHS) de la Roseraie … la direction de l'établissement")."""
    last: str | None = None
    last_named = (-1, -1)  # (claim, paragraph) of the last management named with its body
    replaced: dict[str, str] = {}
    headline: list[tuple[int, str | None]] = []
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None:
            continue
        if draft.mention is not None and draft.mention.pronoun:
            if speaker.name in replaced:  # "a annoncé la direction du festival … a-t-elle précisé"
                resolved[i] = SpeakerRef(replaced[speaker.name], speaker.mention, speaker.role, "organisation")
            continue
        if (named := _MANAGEMENT_OF_DESCRIBED_BODY.fullmatch(speaker.name)) is not None:
            # "La direction du port autonome de Lomé": that port
            resolved[i] = SpeakerRef(named.group("body"), speaker.mention, speaker.role, "organisation")
            replaced[speaker.name] = last = named.group("body")
            last_named = (i, draft.paragraph)
            continue
        management = _UNNAMED_MANAGEMENT.fullmatch(speaker.name)
        if management is None:
            if speaker.kind == "organisation" and fold(speaker.mention or "") == "la direction" and last is not None \
                    and last_named == (i - 1, draft.paragraph):
                # "La direction du Port autonome de Dakar a assuré … Selon la direction, …": that management again,
                # not a company the article introduced by its kind
                resolved[i] = SpeakerRef(last, speaker.mention, speaker.role, "organisation")
            elif speaker.kind == "organisation" and fold(speaker.mention or "").startswith("la direction"):
                last = speaker.name  # (named already: "la direction de Ratier-Figeac")
                last_named = (i, draft.paragraph)
            continue
        noun = management.group("noun")
        opening = _opening_the_sentence(text, draft.sentence)
        by_kind = noun and named_by_its_kind(text, noun, draft.position)
        if opening and by_kind and by_kind not in text[draft.sentence[0]:draft.position]:
            by_kind = None  # (the sentence's subject, not a body of that kind named elsewhere)
        if opening is None and speaker.name.split()[0] in _POSSESSIVES:
            opening = _possessor_opening(text, draft.sentence)  # "Le Musée X, en Haute-Mauricie, fermera …, a annoncé son conseil"
        if management.group("officers") and opening is None:
            continue  # "selon ses gestionnaires": whose, only the sentence's subject says
        # ("La compagnie de fret X, principal client de l'aéroport Y, cessera …, a annoncé la direction de l'aéroport": Y)
        body = by_kind or opening or last or company_introduced_by_kind(text, draft.position) \
            or _company_of_its_head(text, draft.position)
        if body is None and noun in _INSTITUTIONS and (institution := MANAGED_INSTITUTION_FR.search(text, 0, draft.position)):
            # "la direction de l'établissement" of "la maternité du Centre hospitalier de X": the first one the article
            # names, the one it is about (not "le centre hospitalier de Vichy" where patients go instead)
            body = institution.group("name")
        if body is None and noun is not None and named_with_short_form is not None:
            body = named_with_short_form(Mention(("l'" if noun[0] in "aeéiouh" else "le ") + noun, role=noun), draft.position)
        if draft.paragraph == 0 and noun is None and not opening:
            headline.append((i, body))  # a headline's bare "selon la direction": the management the lede names next
            continue
        if body is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
            replaced[speaker.name] = last = body
    for i, fallback in headline:
        # (or the one company the article introduces by its kind after the headline: "selon la société canadienne X")
        if (body := last or fallback or _only_company_introduced_by_kind(text)) is not None:
            resolved[i] = SpeakerRef(body, resolved[i].mention, resolved[i].role, "organisation")


# A body named after its trade, then described, opening the sentence: "Le tisseur de linge de maison Toiles de la
# Jamagne, installé à Gérardmer depuis 1921, va …".
_TRADE_THEN_NAME_OPENING = re.compile(
    r"(?:Le|La|L['’])[ \u00a0]*[a-zà-ÿ-]{4,}(?:[ \u00a0]+(?:de|du|des|d['’]|en)?[ \u00a0]*[a-zà-ÿ-]{3,}){0,4}[ \u00a0]+"
    r"(?P<name>" + _NAME + r"),")


# "Les" opening a body's name of a plural noun and its complement ("Les Vignerons de l'Agly").
_PLURAL_ARTICLE_THEN_NAME = re.compile(r"Les[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+(?:de|du|des|d['’])")
# ("Les Vignerons de l'Agly, à Estagel, cesseront …": a plural body's name, then its appositions)
_PLURAL_BODY_OPENING = re.compile(r"(?P<name>" + _NAME + r"),")


# The body whose management a possessive names, opening the sentence: "Le Collège alpin des Avants, un internat …",
# "La Régie de transport de la Rive-Nord (RTRN) abolira …".
_POSSESSOR_OPENING = re.compile(r"(?:Le|La|L['’])[ \u00a0]*(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+[\w'’-]+){0,10}?)(?=,|[ \u00a0]+\()")
_POSSESSIVES = frozenset(("son", "sa", "ses", "leur", "leurs"))


def _possessor_opening(text: str, sentence: tuple[int, int]) -> str | None:
    found = _POSSESSOR_OPENING.match(text, sentence[0], sentence[1])
    return found.group("name") if found is not None and " " in found.group("name") else None


def _opening_the_sentence(text: str, sentence: tuple[int, int]) -> str | None:
    start = sentence[0] + 4 if _PLURAL_ARTICLE_THEN_NAME.match(text, sentence[0]) else sentence[0]  # ("Les Vignerons de l'Agly")
    for pattern in (_SENTENCE_SUBJECT, _TRADE_THEN_NAME_OPENING) + ((_PLURAL_BODY_OPENING,) if start > sentence[0] else ()):
        found = pattern.match(text, start, sentence[1])
        if found is None or fold(found.group("name").split()[0]) in _DETERMINERS or found.group("name")[1:2] in ("'", "’") \
                or " " not in found.group("name") \
                and "-" not in found.group("name") and not found.group().startswith(("Le ", "La ", "L'", "L’")):
            continue  # (one capitalised word alone opens many sentences: a place, a month)
        return found.group("name")
    return None


def named_by_its_kind(text: str, noun: str, position: int) -> str | None:
    """The last body named before POSITION by NOUN, its adjectives and its place or name ("la centrale
    nucléaire de Golfech", "l'Hôpital Nord Franche-Comté")."""
    if noun in _COMPANY_KINDS:
        return None
    found = None
    # ("le syndicat mixte du lac de Vassivière": a lower-case complement before the place)
    for found in re.finditer(rf"(?<![\w-])[{noun[0]}{noun[0].upper()}]{noun[1:]}(?:[ \u00a0]+[a-zà-ÿ-]{{4,}}){{0,2}}"
                             rf"(?:[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|de|d['’])[ \u00a0]*[a-zà-ÿ-]{{3,}}){{0,2}}"
                             rf"[ \u00a0]+(?P<of>(?:de|du|des)[ \u00a0]+|d['’])?(?P<name>{_NAME})", text[:position]):
        pass
    if found is None:
        # "la Régie intercommunale des transports carolorégiens (RITC)": a capitalised kind, lower-case words, its short form
        written = None
        for written in re.finditer(rf"(?<![\w-]){noun[0].upper()}{noun[1:]}(?:[ \u00a0]+[a-zà-ÿ'’-]+){{1,6}}"
                                   r"(?=[ \u00a0]*\([A-ZÀ-Þ]{2,8}\)(?![ \u00a0]+[A-ZÀ-Þ]))", text[:position]):
            pass
        return written.group() if written is not None else None
    if found.group("of") is None and found.group()[:1].islower():
        return found.group("name")  # "le syndicat des professionnels de santé Tehy": the body's own name after its kind
    return found.group()


def _last_before(pattern: re.Pattern, text: str, position: int) -> re.Match | None:
    found = None
    for found in pattern.finditer(text, 0, position):
        pass
    return found


def company_introduced_by_kind(text: str, position: int) -> str | None:
    """The company the article last introduced by its kind before POSITION ("le groupe américain General Electric")."""
    found = _last_before(_KIND_THEN_NAME, text, position)
    return found.group("name") if found is not None else None


def _only_company_introduced_by_kind(text: str) -> str | None:
    """The one company the article introduces by its kind ("la société canadienne Sahel Gold Resources"), if one."""
    names = {found.group("name") for found in _KIND_THEN_NAME.finditer(text)}
    return names.pop() if len(names) == 1 else None


# The head of a body named by its own name: "Laurent X, président des Forges Mosanes", "L'ancien directeur
# de la Fonderie mosane de Nouzonville" (a lower-case adjective inside the name only before its place).
_HEAD_OF_NAMED_BODY = re.compile(
    r"\b(?:président|présidente|directeur|directrice|PDG|patron|patronne|gérant|gérante|dirigeant|dirigeante|fondateur"
    r"|fondatrice)(?: général| générale| délégué| déléguée)?[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des)[ \u00a0]*"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+[a-zà-ÿ]{3,}(?=[ \u00a0]+(?:de|du|d['’])[ \u00a0]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?"
    r"(?:[ \u00a0]+(?:(?:de|du|d['’])[ \u00a0]*)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)")


def _company_of_its_head(text: str, position: int) -> str | None:
    """The body whose head the article last named before POSITION, by the body's own name."""
    found = _last_before(_HEAD_OF_NAMED_BODY, text, position)
    return found.group("name") if found is not None and " " in found.group("name") else None
