"""French: a court's judges and its rulings speak as the court the article named before them
("Le Tribunal cantonal valaisan annule … Les juges estiment que …", "Selon l'arrêt, …")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

# What a court speaks through: its judges, its ruling.
_JUDGES_OR_RULINGS = frozenset(("juges", "magistrats", "arrêt", "jugement", "décision", "ordonnance", "verdict"))
_DEFINITE = re.compile(r"\s*(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Cc]et|[Cc]e|[Cc]ette)\s*")
# A French adjective, by its ending ("correctionnel", "nationale", "valaisan").
ADJECTIVE = r"[a-zà-ÿ]+(?:al|ale|an|ane|ain|aine|el|elle|ais|aise|ois|oise|ien|ienne|if|ive|ier|ière|aire|ique|ème|uprême)"
# A court's name: "tribunal"/"cour", its adjectives ("correctionnel", "cantonal valaisan") and
# fixed complements ("d'appel", "de cassation"), and the place it sits in ("de Lyon").
_COURT = re.compile(
    # (a chamber of the court first: "la chambre pénale permanente de la Cour suprême")
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*(?P<court>(?:chambre(?:\s+[a-zà-ÿ]+){0,3}?\s+(?:de\s+la|du)\s+)?"
    r"(?:(?:[Hh]aute|[Ss]uprême)\s+)?(?:[Tt]ribunal|[Cc]our|[Cc]onseil(?=\s+des?\s+prud['’]hommes))"
    rf"(?:\s+{ADJECTIVE}(?![\w'’-]))*"
    r"(?:\s+(?:d['’]appel|de\s+cassation|d['’]assises|de\s+police|de\s+commerce|des?\s+prud['’]hommes|de\s+justice"
    r"|de\s+(?:grande|première)\s+instance|de\s+paix)"
    r"(?:\s+et\s+(?:de\s+justice|de\s+cassation))?)?"
    rf"(?:\s+{ADJECTIVE}(?![\w'’-]))*"
    # ("la cour d'appel de Saint-Denis de La Réunion": the seat, then its island or region)
    r"(?:\s+(?:de|d['’]|du)\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[\s-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:\s+(?:de|d['’]|du)\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[\s-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?)?)")


# The words naming the court whose ruling the court speaking reviews ("confirmant … le jugement rendu en 2011 par
# le tribunal correctionnel de Draguignan", "infirmant la décision du tribunal"): not the one speaking.
_RULING_UNDER_REVIEW_BY = re.compile(
    r"(?:rendue?s?|prononcée?s?)\b[^.;]{0,30}\spar\s*$|(?:confirm|infirm|annul|réform|cass)\w*(?:\s+[\w'’]+){0,3}?"
    r"\s+(?:le|la|les|l['’])\s*(?:jugement|décision|condamnation|verdict|peine)s?\s*$")


# A court the article names by a name of its own, not "tribunal" or "cour": the body that sentenced
# ("condamné … par l'Audience provinciale d'Alicante", "Le pôle anticorruption d'Antananarivo a condamné").
_SENTENCING_BODY = re.compile(
    r"\b(?:condamnée?s?|relaxée?s?|acquittée?s?)\b[^.;\n]{0,160}?\spar\s+(?:l['’]|le\s+|la\s+)"
    r"(?P<court>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚà-ÿa-z][\w'’-]*(?:\s+[a-zà-ÿ]+)?\s+(?:de|d['’]|du)\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)"
    r"|(?:^|[.\n–]\s*)(?:Le|La|L['’])\s*(?P<court2>[a-zà-ÿA-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[a-zà-ÿ]+)?\s+(?:de|d['’]|du)\s*"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)\s+a\s+(?:condamné|relaxé|acquitté)\b")


def rulings_to_courts(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, "les juges", "l'arrêt", "le jugement" … as the last court named before
    their claim."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None or not (speaker.name in _JUDGES_OR_RULINGS or speaker.name.lower() in ("tribunal", "cour", "conseil")) \
                or not _DEFINITE.match(speaker.mention or ""):
            continue  # ("la Cour estime", capitalised as the court named before: "La Cour d'appel du Québec a confirmé")
        # (a bare "le tribunal" names no court: "Le tribunal a annoncé que …" is the last one named in full)
        # (the labour court's "conseil de prud'hommes" only for "le conseil": a ruling, or "la cour", is the court of appeal's)
        courts = [m.group("court") for m in _COURT.finditer(text, 0, draft.start) if len(m.group("court").split()) > 1
                  and (speaker.name == "conseil") == m.group("court").lower().startswith("conseil")
                  and _RULING_UNDER_REVIEW_BY.search(text, max(0, m.start() - 60), m.start()) is None]
        if speaker.name.lower() in ("cour", "tribunal") and (same := [c for c in courts if c.lower().startswith(speaker.name.lower())]):
            courts = same  # "la cour estime" after "la cour d'appel de Libreville" and "le tribunal correctionnel": the court of appeal
        if not courts:
            courts = [m.group("court") or m.group("court2") for m in _SENTENCING_BODY.finditer(text, 0, draft.start)]
        if courts and len(courts[-1].split()) > 1 and (speaker.name != "conseil" or courts[-1].lower().startswith("conseil")):
            resolved[i] = SpeakerRef(courts[-1], speaker.mention, speaker.role, "organisation")


# A chamber of auditors and what speaks for it: "la chambre", "les magistrats financiers", "les magistrats de Bastia".
_AUDITORS = re.compile(r"chambre|magistrats(?:\s+financiers|\s+de\s+(?:la\s+chambre|[A-ZÀ-ÖØ-Þ][\w'’-]*))?")
_AUDITORS_CHAMBER = re.compile(
    r"\b(?P<chamber>[Cc]hambre[ \u00a0]+(?:régionale|territoriale)[ \u00a0]+des[ \u00a0]+comptes|Cour[ \u00a0]+des[ \u00a0]+comptes)"
    r"(?:[ \u00a0]+\([A-Z]{2,5}\))?(?P<place>[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?")


def auditors_to_their_chamber(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, "la chambre", "les magistrats (financiers)" as the last chamber of auditors (a regional
    chamber or the Cour des comptes) named before their claim, with the place the article gave it ("Selon les
    magistrats financiers, …")."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None or not _AUDITORS.fullmatch(speaker.name) \
                or speaker.name in ("chambre", "magistrats") and not _DEFINITE.match(speaker.mention or ""):
            continue  # (a pronoun for "les magistrats financiers" too)
        named = [" ".join((m.group("chamber") + (m.group("place") or "")).split()) for m in _AUDITORS_CHAMBER.finditer(text, 0, draft.start)]
        if named:
            # ("La chambre régionale des comptes (CRC) de Rhône-Alpes …", then "la chambre régionale des comptes")
            resolved[i] = SpeakerRef(max((n for n in named if n.startswith(named[-1])), key=len), speaker.mention, speaker.role,
                                     "organisation")


# The defendant named by the case ("dit l'accusé de l'incendie de Saugues").
_DEFENDANT_IN_A_CASE = re.compile(r"(?:prévenue?|accusée?)\s+(?:de\s+la|de\s+l['’]|du|des|d['’])\s*[^,;:]+")
# "le prévenu", "l'accusée": the one person the article says was tried ("Paul Martin, 46 ans, a été
# condamné", "X a été reconnu coupable", "le procès de X", "X, poursuivi pour …", "a condamné X").
_DEFENDANT_NOUNS = frozenset(("prévenu", "prévenue", "accusé", "accusée"))
_PERSON = (r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0-](?:(?:de|da|dos|das|do|van|von|ben|bin|ould)[ \u00a0]+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+"
           r"|[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.)+")  # ("Jorge Almeida dos Santos", "Jean-Claude H.")
_TRIED_PERSON = re.compile(
    rf"(?P<name>{_PERSON})(?:,[ \u00a0]*\d{{2,3}}[ \u00a0]+ans,)?[ \u00a0]+(?:a|avait)[ \u00a0]+été[ \u00a0]+"
    r"(?:condamnée?|jugée?|reconnue?[ \u00a0]+coupable|mise?[ \u00a0]+en[ \u00a0]+examen|relaxée?|acquittée?)\b"
    # "Le procès du promoteur immobilier Didier Kabasele Ntumba, poursuivi pour homicide involontaire"
    rf"|\b[Pp]rocès[ \u00a0]+(?:du|de[ \u00a0]+la|de)[ \u00a0]+(?:[a-zà-ÿ-]+[ \u00a0]+){{0,3}}(?P<name2>{_PERSON})"
    rf"|(?<!de[ \u00a0])(?<!d['’])(?P<name3>{_PERSON}),[ \u00a0]+(?:\d{{2,3}}[ \u00a0]+ans,[ \u00a0]+)?(?:poursuivie?|jugée?|inculpée?)[ \u00a0]+(?:pour|par)\b"
    # "Le tribunal correctionnel de Cayenne a condamné hier soir Jorge Almeida dos Santos"
    rf"|\ba[ \u00a0]+(?:condamné|relaxé|acquitté|jugé)[ \u00a0]+(?:(?:hier|soir|matin|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0]+){{0,3}}"
    rf"(?:à[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]+[ \u00a0]+)?(?P<name4>{_PERSON})")  # ("a condamné vendredi soir à Ajaccio Antoine Leca")
# The one tried with the defendant: "Son coaccusé, Jérôme Casalta, poursuivi pour complicité".
_CO_DEFENDANT_BEFORE = re.compile(r"\bco-?accusée?s?,?[ \u00a0]+$")


def defendants_to_persons(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, "le prévenu" / "l'accusée" as the one person the article says was tried."""
    tried: set[str] | None = None
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.name not in _DEFENDANT_NOUNS and speaker.role not in _DEFENDANT_NOUNS \
                and not _DEFENDANT_IN_A_CASE.fullmatch(speaker.name):
            continue  # ("le prévenu" resolved to the company he runs, tried with him: still him)
        if speaker.name not in _DEFENDANT_NOUNS and speaker.kind == "person" and speaker.name in (speaker.mention or "") \
                and not _DEFENDANT_IN_A_CASE.fullmatch(speaker.name):
            continue  # "le prévenu, Thierry Lesbats,": named where he speaks
        if tried is None:
            tried = {(m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")).replace("\u00a0", " ")
                     for m in _TRIED_PERSON.finditer(text) if not _CO_DEFENDANT_BEFORE.search(text, max(0, m.start() - 20), m.start())}
        if len(tried) == 1:
            resolved[i] = SpeakerRef(next(iter(tried)), speaker.mention, speaker.role, "person")
