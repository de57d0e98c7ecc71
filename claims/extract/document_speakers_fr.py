"""French documents as speakers. A document whose author the article gives in apposition speaks as
that author ("Selon l'audit, réalisé par le cabinet X, …", "L'étude, dirigée par la sociologue Y,
affirme …"), and so does the document named again after it ("Le rapport relève …", "Elle
souligne …"). A document with no author speaks as itself, with the participle that says which one
it is ("la fiche publiée sur le site Rappel Conso", "le document remis aux élus"), never as the
people it was handed to."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.lang import fr as french
from claims.extract.segments import sentence_start
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import fold, lexicon
from claims.extract.types import SpeakerRef

_NOUNS = sorted({*french.DOCUMENT_WORDS, "audit", "fiche", "tableau", "expertise", "notice", "note"}, key=len, reverse=True)
_DOCUMENT = r"(?P<noun>" + "|".join(map(re.escape, _NOUNS)) + r")"
_DEFINITE = r"(?:[Ll]e|[Ll]a|[Ll]es)[ \u00a0]+|[Ll]['’][ \u00a0]*"
# A document noun (maybe an adjective or its body: "une étude de l'université de X"), then its author
# after a participle in apposition ("réalisé par", "menée auprès de 1 200 élèves par", "commandé par
# le ministère et rédigé par").
# (The determiners "(?<![\w-])(?:{_DEFINITE}|(?:[Uu]ne?|[Cc]ette|[Cc]e)[ \u00a0]+)" with each branch opening
# with its letter, the lookbehind after it: `re` then skips to those letters when scanning a whole text.)
_DETERMINER_FIRST = "|".join(
    rf"{letter}(?<![\w-].){rest}" for letters, rest in (
        ("Ll", r"(?:(?:e|a|es)[ \u00a0]+|['’][ \u00a0]*)"), ("Uu", r"ne?[ \u00a0]+"), ("Cc", r"(?:ette|e)[ \u00a0]+"))
    for letter in letters)
# The participles before the author: an article that writes none of them needs no scan for `_AUTHORED`,
# which, opening on a determiner, is tried at every "l", "u" and "c" of the text.
_AUTHORING_PARTICIPLES = ("réalisé", "dirigé", "conduit", "mené", "rédigé", "signé", "coordonné", "piloté", "effectué",
                          "produit", "élaboré")
_AUTHORED = re.compile(
    rf"(?:{_DETERMINER_FIRST}){_DOCUMENT}(?:[ \u00a0]+[^,.;:«»()\n]{{1,60}}?)?,?[ \u00a0]+"  # ("Un arrêté préfectoral signé le 18 par")
    r"(?:[^,.;:«»()\n]{1,60}?[ \u00a0]+et[ \u00a0]+)?"
    rf"(?:{'|'.join(participle + 'e?s?' for participle in _AUTHORING_PARTICIPLES)})(?:[ \u00a0]+[^,.;:«»()\n]{{1,50}}?)?[ \u00a0]+par[ \u00a0]+"
    r"(?P<author>[^,.;:«»()\n]{3,90}?)"
    # ("par la préfète du Finistère, Anne-Laure Roux,": the person in apposition to the role)
    r"(?:,[ \u00a0]+(?P<holder>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)+)(?=[ \u00a0]*[,.;:]))?"
    r"(?=[ \u00a0]*[,.;:(]|[ \u00a0]+(?:à[ \u00a0]+la[ \u00a0]+demande|pour|auprès|entre|en[ \u00a0]+\d|sur|depuis|avec)[ \u00a0])")
# A body that adopted or issued a document, as the sentence's subject: "La MRC a adopté mardi une résolution",
# "Les élus de la MRC de X ont adopté à l'unanimité, mercredi, une résolution" (the body, not its members).
# The verb and its document are found first; the subject is read back from the sentence's start.
_ISSUING_VERB = re.compile(
    r"[ \u00a0]+(?:a|ont)[ \u00a0]+(?:adopté|voté|publié|rendu[ \u00a0]+public|diffusé|signé|déposé|transmis)"
    r"(?:[ \u00a0,]+[^.;:«»\n]{0,60}?)?,?[ \u00a0]+(?:un|une|le|la|l['’])[ \u00a0]*" + _DOCUMENT + r"\b")
_ISSUING_SUBJECT = re.compile(
    r"(?:(?:[Ll]es|[Dd]es)[ \u00a0]+(?:élus|membres|conseillers)[ \u00a0]+(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’]|des)[ \u00a0]*"
    r"|(?=[Ll]))(?P<author>(?:[Ll]es?|[Ll]a|[Ll]['’])?[ \u00a0]*[^,.;:«»()\n]{2,80}?)")


def _issued_by_subjects(text: str):
    """(the document noun's offset, the subject's offset, the subject) of each sentence whose subject
    adopted or issued a document (`_ISSUING_VERB`)."""
    for verb in _ISSUING_VERB.finditer(text):
        subject = _ISSUING_SUBJECT.fullmatch(text, sentence_start(text, verb.start()), verb.start())
        if subject is not None:
            yield verb.start("noun"), subject.start("author"), subject.group("author")


# A definite document noun, then the participle saying which one it is, with no agent: "la fiche
# publiée sur le site X", "le document remis aux élus".
_IDENTIFIED = re.compile(
    # (a complement or an adjective may qualify the noun: "le document de présentation", "le casier judiciaire")
    rf"(?<![\w-])(?:{_DEFINITE}){_DOCUMENT}(?P<complement>[ \u00a0]+(?:de[ \u00a0]+|d['’])[a-zà-ÿ-]{{4,}}"
    r"|[ \u00a0]+[a-zà-ÿ-]{3,}(?:aire|aires|uel|uelle|ique|iques|al|ale|erne|ernes))?"
    r"[ \u00a0]+(?P<which>(?:publiée?s?|remise?s?|transmise?s?|présentée?s?|"
    r"adressée?s?|diffusée?s?|communiquée?s?|distribuée?s?|affichée?s?|mise?s?[ \u00a0]+en[ \u00a0]+ligne)"
    r"[ \u00a0]+(?![^,.;:«»()\n]*\bpar\b)(?:sur|aux?|à|dans|devant)\b[^,.;:«»()\n]{2,80}?)(?=[ \u00a0]*[,.;:(\n]|$|[ \u00a0]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"la[ \u00a0]+veille|le[ \u00a0]+\d|en[ \u00a0]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|\d))\b)")
# A definite document noun alone: the document the article named before.
_DOCUMENT_AGAIN = re.compile(rf"(?:{_DEFINITE}|(?:[Cc]ette|[Cc]e|[Cc]et|[Uu]ne?)[ \u00a0]+){_DOCUMENT}")
_REPEATS = re.compile(r"(?i:elle|il|celle-ci|celui-ci|(?:la\s+|de\s+)?même\s+source)")
_LEX = lexicon(french)
# A count of people, no one named: "plus de 300 artistes", "quelque 40 chercheurs", "1 200 parents".
_COUNTED_PEOPLE = re.compile(r"(?:(?:plus|près|moins)\s+de\s+|quelque\s+|environ\s+)?\d[\d\s\u00a0]*\s+[a-zà-ÿ-]+s\b")


def _author(phrase: str) -> tuple[str, str]:
    """The person's full name in "le biologiste Paul Roux", else the body: the phrase without its article."""
    mention = parse_mention(phrase, _LEX)
    if mention is not None and mention.name and " " in mention.name and not mention.organisation:
        return mention.name, "person"
    return re.sub(r"^(?:[Ll]es?|[Ll]a|[Ll]['’])[ \u00a0]*", "", phrase.strip()).replace("\u00a0", " "), "organisation"


def _with_its_place(text: str, name: str, kind: str) -> tuple[str, str]:
    """A body named by one word ("La MRC a adopté …") with the complement the article gives it
    elsewhere, when it gives only one ("la MRC de Maskinongé")."""
    if " " in name or kind != "organisation":
        return name, kind
    placed = {m.group() for m in re.finditer(
        rf"(?<![\w-]){re.escape(name)}[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*(?:la[ \u00a0]+|l['’])?"
        r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)*", text)}
    return (placed.pop().replace("\u00a0", " "), kind) if len(placed) == 1 else (name, kind)


def documents_to_authors(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Rewrite, in RESOLVED, the speakers of claims a document makes."""
    authored = None  # the documents with their author in apposition: scanned for on first use
    for i, draft in enumerate(drafts):
        mention, speaker = draft.mention, resolved[i]
        if mention is None or speaker is None or mention.pronoun:
            continue
        start, end = draft.sentence
        at = text.find(mention.text, start, end) if mention.text else -1
        if at < 0 or _DOCUMENT_AGAIN.match(text, at) is None and not _DOCUMENT_AGAIN.search(mention.text):
            continue
        if authored is None:
            authored = sorted([(m.start(), m.start("author"), (m.group("holder"), "person") if m.group("holder") else _author(m.group("author")))
                               for m in (_AUTHORED.finditer(text) if any(p in text for p in _AUTHORING_PARTICIPLES) else ())]
                              + [(noun, subject_at, _with_its_place(text, *_author(author)))
                                 for noun, subject_at, author in _issued_by_subjects(text)])
        own = next((a for a in authored if at <= a[0] < at + len(mention.text) + 1), None)
        if own is not None and _COUNTED_PEOPLE.match(own[2][0]):
            continue  # "une lettre ouverte signée par plus de 300 artistes": signed by no one named, the letter speaks
        if own is not None:
            name, kind = own[2]
        elif (which := _IDENTIFIED.match(text, at)) is not None \
                and speaker.name in (noun := which.group("noun") + " ".join(["", *(which.group("complement") or "").split()]),
                                     *_names_inside(which.group("which"))):
            name, kind = f"{noun} {' '.join(which.group('which').split())}", "organisation"
        elif _DOCUMENT_AGAIN.fullmatch(mention.text.strip()) and (fold(speaker.name) in _FOLDED_NOUNS
                                                                   or fold(speaker.name).split()[0] in _FOLDED_NOUNS):
            since = paras[max(0, draft.paragraph - 2)][0]
            before = [a for a in authored if since <= a[0] < at]
            if not before or _COUNTED_PEOPLE.match(before[-1][2][0]):
                continue
            name, kind = before[-1][2]
        else:
            continue
        replaced = speaker.name
        resolved[i] = SpeakerRef(name, speaker.mention, speaker.role, kind)
        for j in range(i + 1, len(drafts)):  # "Elle souligne aussi …": the same document goes on
            later, said = resolved[j], drafts[j].mention
            if later is None or later.name != replaced or said is None or not _REPEATS.fullmatch(said.text.strip(" ,")):
                break
            resolved[j] = SpeakerRef(name, later.mention, later.role, resolved[i].kind)


_FOLDED_NOUNS = frozenset(fold(n) for n in _NOUNS)
_SOURCE_AND_ARTICLE = re.compile(r"^(?:selon|d['’]apres)?[ \u00a0]*(?:le|la|les|l['’])?[ \u00a0]*")


def documents_to_their_issuers(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Rewrite, in RESOLVED, a document noun left as a speaker ("selon le communiqué") as the speaker of
    the nearest claim before it, within two paragraphs, that was made in a document of that noun
    ("…, a annoncé l'établissement dans un communiqué"): who issued it."""
    for i, speaker in enumerate(resolved):
        noun = _SOURCE_AND_ARTICLE.sub("", fold(speaker.name)) if speaker is not None else ""
        if noun not in _FOLDED_NOUNS:
            continue
        since = paras[max(0, drafts[i].paragraph - 2)][0]
        issued = re.compile(rf"\b(?:dans[ \u00a0]+(?:un|une|son|sa|leur)|par)[ \u00a0]+{re.escape(noun)}\b")
        for j in range(i - 1, -1, -1):
            start, end = drafts[j].sentence
            if start < since:
                break
            issuer = resolved[j]
            if issuer is not None and _SOURCE_AND_ARTICLE.sub("", fold(issuer.name)) not in _FOLDED_NOUNS \
                    and issued.search(fold(text[start:end])):
                resolved[i] = SpeakerRef(issuer.name, speaker.mention, speaker.role, issuer.kind)
                break


def _names_inside(phrase: str) -> list[str]:
    """The speakers a mention parser may have taken out of a participle's complement ("aux élus")."""
    words = phrase.split()
    return [" ".join(words[k:]) for k in range(len(words))]


# A prefect's act as a speaker: "l'arrêté préfectoral du 28 octobre", "un arrêté préfectoral signé lundi".
_PREFECTORAL_ACT = re.compile(r"(?:un[ \u00a0]+|l['’][ \u00a0]*)?arrêtés?[ \u00a0]+préfectora(?:l|ux)\b.*", re.IGNORECASE)
# The prefecture or prefect of a département: "la préfecture du Jura", "le préfet de l'Isère", "la préfète de Lot-et-Garonne".
_PREFECTURE_OF = re.compile(
    r"(?<![\w-])préf(?:ecture|ète|et)[ \u00a0]+(?P<of>de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \u00a0-](?:et[ \u00a0]+|de[ \u00a0]+|du[ \u00a0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*)")


def prefectoral_acts_to_prefecture(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, a prefect's act left as a speaker ("selon l'arrêté préfectoral du 28
    octobre") as the prefecture of the one département whose prefecture or prefect the article names."""
    if "préfectora" not in text:
        return
    places = {(" ".join(m.group("of").split()), m.group("place")) for m in _PREFECTURE_OF.finditer(text)}
    if len(places) != 1:
        return
    of, place = places.pop()
    name = f"préfecture {of}{place}" if of.endswith(("'", "’")) else f"préfecture {of} {place}"
    for i, speaker in enumerate(resolved):
        if speaker is not None and _PREFECTORAL_ACT.fullmatch(speaker.name):
            resolved[i] = SpeakerRef(name, speaker.mention, speaker.role, "organisation")
