"""French: a speaker the article keeps anonymous ("un cadre de la régie, sous couvert d'anonymat",
"le gérant d'un bar voisin, qui préfère rester anonyme", "Un responsable, qui n'a pas souhaité être
cité") is the description the article gives, never a person it names elsewhere. A bare description
takes the place the sentence opened on ("Sur le marché, une vendeuse …" → "une vendeuse du
marché")."""

from __future__ import annotations

import re

from claims.extract.body_mentions_fr import PRESS_NOUNS_FR
from claims.extract.drafts import Draft
from claims.extract.quotes import inside_quotation_marks
from claims.extract.types import SpeakerRef

ANONYMITY = re.compile(
    r"sous (?:le )?(?:couvert|sceau) (?:de l['’]|d['’])anonymat"
    r"|qui (?:préfère|a préféré|souhaite|a souhaité|veut|a voulu|a demandé à|demande à|tient à|a tenu à) "
    r"(?:rester |garder l['’]|conserver l['’])anonym(?:e|at)"
    r"|qui (?:a requis|requiert|a demandé|demande|a réclamé|réclame) l['’]anonymat"
    r"|qui (?:n['’]a pas souhaité|ne souhaite pas|n['’]a pas voulu|ne veut pas|a refusé d['’]|refuse d['’]) ?(?:être |)"
    r"(?:cité|nommé|identifié)e?"
    r"|qui (?:n['’]a pas voulu|ne veut pas|n['’]a pas souhaité|ne souhaite pas|a refusé de|refuse de) (?:donner|dire|livrer) son nom"
    r"|qui (?:préfère|a préféré) taire son nom"
    r"|qui (?:préfère|a préféré|souhaite|a souhaité|a demandé à|demande à) ne pas être (?:cité|nommé|identifié)e?")


_SPOKEN_TO = re.compile(r"\s+auprès\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])[^,;:]{1,80}")


_WHO_SPOKE = re.compile(r"\s+qui\s+(?:s['’]est\s+exprimée?s?|s['’]exprimait|a\s+parlé|parlait|a\s+témoigné|a\s+accepté\s+de\s+(?:parler|témoigner))$")


def without_anonymity(phrase: str) -> str:
    """PHRASE without the anonymity clause closing it ("un sinistré de Melreux qui a requis l'anonymat"
    → "un sinistré de Melreux"): the gold names the description alone."""
    marker = ANONYMITY.search(phrase)
    # (the clause may end on whom they spoke to: "qui s'est exprimé sous couvert d'anonymat auprès de l'ABI")
    if marker is None or phrase[marker.end():].strip(" ,") and not _SPOKEN_TO.fullmatch(phrase, marker.end()):
        return phrase
    described = phrase[:marker.start()].rstrip(" ,")
    spoke = _WHO_SPOKE.search(described)  # "qui s'est exprimé sous couvert d'anonymat": the whole clause
    return described[:spoke.start()] if spoke is not None else described


# Sentence starts: after a full stop (or a closing quote after one) and a space.
_SENTENCE_BREAK = re.compile(r"(?:[.!?][»”\"]?|[.!?] ?[»”])\s+|\n+")
# The last person description before the marker: a determiner, a lower-case noun, then its
# complement up to a comma, a bracket, a relative pronoun or a verb.
_DESCRIPTION = re.compile(
    r"(?<![\w'’])(?P<det>[Uu]ne?|[Ll][ae]|[Ll]['’])\s*"
    r"(?P<head>(?:(?:autre|jeune|ancien|ancienne|nouveau|nouvelle|simple)\s+)?[a-zà-ÿ][a-zà-ÿ-]+)"
    # its complement: words after "de", "du", "des", "d'", "et de", and adjectives ("d'un café
    # voisin", "un ouvrier polonais"), up to anything else (a comma, a relative pronoun, a verb).
    r"(?P<complement>(?:\s+(?:(?:et\s+)?(?:(?:de|du|des)\s+|d['’])(?:la\s+|l['’]|une?\s+)?"
    r"(?:(?:grande?s?|petite?s?|vieille|vieux|ancienne?|nouvelle?|autre)\s+)?"  # ("d'une grande maison rémoise")
    r"[\w&-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)*"
    # "une source au sein de la commission", "un proche du dossier"
    r"|(?:au\s+sein|auprès|proche|près)\s+(?:de\s+(?:la\s+|l['’])|du\s+|des\s+)[\w&-]+"
    r"|[a-zà-ÿ-]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne|in|ine|al|ale|el|elle|if|ive|eux|euse|ier|ière|iste)s?(?![\w'’-])"
    # a participle used as an adjective, before its noun's complement ("un distributeur agréé de la zone"),
    # not one with its own adjunct ("une maraîchère installée depuis vingt ans")
    r"|[a-zà-ÿ-]+(?:é|ée)s?(?=\s+(?:(?:de|du|des)\s|d['’]))"
    # a present participle and its place: "un ingénieur travaillant sur le chantier"
    r"|[a-zà-ÿ]+ant\s+(?:sur|dans|à|au|aux|pour|chez|en)\s+(?:(?:le|la|les)\s+|l['’])?[\w-]+"
    # who interviewed them, and where: "un mineur interrogé par l'AFP devant le campement syndical" (but not who
    # alone: "un contrôleur interrogé par Le Républicain lorrain" is "un contrôleur")
    r"|(?:interrogée?s?|rencontrée?s?|contactée?s?|jointe?s?)\s+par\s+(?:(?:le|la|les)\s+|l['’])?[\w&'’-]+"
    r"\s+(?:devant|près\s+de|dans|sur|à|au)\s+(?:(?:le|la|les)\s+|l['’])?[\w-]+(?:\s+[a-zà-ÿ-]+(?:al|ale|el|elle|ier|ière|ique|aire))?"
    r"|(?:interrogée?s?|rencontrée?s?|contactée?s?|jointe?s?)\s+par\s+l['’][Aa]gence(?:\s+[\w-]+){0,3}"
    r"(?:\s+\([A-Z]{2,6}\))?))*)")
# "le patron d'un café": the noun phrase an indefinite complement completes.
_HEAD_BEFORE_COMPLEMENT = re.compile(r"(?<![\w'’])(?:[Ll][ae]\s+|[Ll]['’]|[Uu]ne?\s+)[a-zà-ÿ][a-zà-ÿ-]+\s+(?:de\s+|d['’])$")
# A fronted place that the description belongs to: "Sur la place du marché, une fleuriste …".
_FRONTED_PLACE = re.compile(
    r"^(?:Sur|Chez|Dans|Du côté d(?=u\s|e\s)|Au sein d(?=u\s|e\s))\s*(?P<np>(?:(?<=d)[ue]\s+|(?:le|la|les)\s+|l['’]\s*)[^,.;:!?«»]{2,80}?),\s")
_CONTRACTIONS = (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'"), ("l’", "de l’"))
_PRONOUN_GENDER = {"il": "m", "lui": "m", "elle": "f"}
_DETERMINER_GENDER = {"un": "m", "le": "m", "une": "f", "la": "f"}


def _sentence_start(text: str, position: int, floor: int = 0) -> int:
    """Where the sentence holding POSITION starts (sentences run under 800 characters)."""
    start = floor
    for m in _SENTENCE_BREAK.finditer(text, max(floor, position - 800), position):
        start = m.end()
    return start


_COMPLEMENT_OPENING = re.compile(r"\b(?:de|du|des)\s+$")
# A newspaper's noun heading a description ("le quotidien Le Soleil"): an outlet, no anonymous source.
_PRESS_HEAD = re.compile(PRESS_NOUNS_FR)
# The verb of an incise right before its inverted subject ("…, proteste une riveraine").
_INCISE_VERB_BEFORE = re.compile(r",\s+(?!(?:sur|dans|avec|pour|par|sans|sous|vers|chez|à|au|aux|en|de|du|des|contre|depuis|selon|et|mais)\s)"
                                  r"(?:[a-zà-ÿ'’-]+\s+){1,3}$")  # (not "…, sur une quinzaine de mètres": a preposition's noun)


def _description_before(text: str, start: int, marker: int) -> re.Match | None:
    found = earlier = None
    for m in _DESCRIPTION.finditer(text, start, marker):
        if inside_quotation_marks(text, text.rfind("\n", 0, m.start()) + 1, m.start()) \
                and _INCISE_VERB_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None:
            # ("« C'est la volonté politique qui reste inconnue », a-t-il déclaré sous couvert d'anonymat": his words, but
            # "« …, proteste une riveraine du chemin du Plan, qui préfère taire son nom. … »": the incise inside the marks)
            continue
        if _PRESS_HEAD.fullmatch(m.group("head")):
            continue  # "un mineur joint par téléphone par le quotidien Le Soleil": the outlet that reached the source
        earlier, found = found, m
    if found is None:
        return None
    if earlier is not None and _COMPLEMENT_OPENING.search(text, max(start, found.start() - 4), found.start()) \
            and "," not in text[earlier.end():found.start()]:
        # "Un cadre d'une banque dépositaire de la place, qui souhaite rester anonyme": the place completes
        # the description opened before it
        found = earlier
    if found.group("det").lower() in ("un", "une") and (
            head := _HEAD_BEFORE_COMPLEMENT.search(text[max(start, found.start() - 60):found.start()])) is not None:
        return _DESCRIPTION.match(text, found.start() - len(head.group()), marker)
    return found


def _with_fronted_place(text: str, description: str, sentence_start: int, previous_start: int) -> str:
    for at in (sentence_start, previous_start):
        place = _FRONTED_PLACE.match(text[at:sentence_start + 200])
        if place is None:
            continue
        np = place.group("np")
        if np.startswith(("u ", "e ")):  # "Du côté du …" / "Au sein de …"
            np = ("du " if np[0] == "u" else "de ") + np[2:]
        else:
            np = next((full + np[len(short):] for short, full in _CONTRACTIONS if np.startswith(short)), np)
        return f"{description} {np}"
    return description


def anonymous_descriptions(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, the speaker of each claim made by a source the article keeps
    anonymous with the description of that source."""
    if ANONYMITY.search(text) is None:
        return
    replaced: tuple[int, str, str] | None = None  # (claim, speaker undone, description) of the last claim rewritten
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if replaced is not None and replaced[0] == i - 1 and drafts[i - 1].paragraph == draft.paragraph \
                and mention is not None and mention.pronoun and resolved[i] is not None and resolved[i].name == replaced[1]:
            # "Selon lui, … « … », confie-t-il": the anonymous source goes on speaking in its paragraph
            resolved[i] = SpeakerRef(replaced[2], mention.text, None, "person")
            replaced = (i, replaced[1], replaced[2])
            continue
        start, end = draft.sentence
        sentence_start = _sentence_start(text, start + 1)
        previous_start = _sentence_start(text, max(0, sentence_start - 2))
        stop = text.find("\n", end)
        window_end = len(text) if stop < 0 else stop
        sentence_end = next((m.start() for m in _SENTENCE_BREAK.finditer(text, max(start, end - 2), window_end)), window_end)
        marker = ANONYMITY.search(text, previous_start, sentence_end)
        if marker is None or any(s <= marker.start() < e and said is not None and said.name != said.role
                                 for d, said in zip(drafts[:i], resolved) for s, e in d.spans):
            # (no source: "Elle a été achetée par un collectionneur qui souhaite rester anonyme, a précisé X": what X said)
            continue
        in_sentence = marker.start() >= sentence_start
        found = _description_before(text, sentence_start if in_sentence else previous_start, marker.start())
        if found is None and in_sentence:
            found = _description_before(text, previous_start, sentence_start)
        if found is None:
            continue
        if mention is not None and not mention.pronoun and (found.group("head") not in mention.text or mention.organisation):
            continue  # someone else is named next to the claim (or a body: "L'Ordre des médecins" after "un médecin")
        if mention is not None and not mention.pronoun \
                and 0 <= (at := text.find(mention.text, max(0, found.start() - len(mention.text)), found.end() + len(mention.text))) < found.start() \
                and found.start() < at + len(mention.text):
            continue  # "Un responsable d'une organisation … présente dans la région": a place inside the speaker's own words
        current = resolved[i]
        if current is not None and current.name.startswith(found.group("head") + " "):
            continue  # the description already resolved, its complement completed ("technicien de la Régie …")
        gender = _PRONOUN_GENDER.get(mention.text.split("-")[-1].lower()) if mention is not None and mention.pronoun else None
        if gender is not None and _DETERMINER_GENDER.get(found.group("det").lower(), gender) != gender:
            continue
        description = text[found.start("head"):found.end()].strip()
        if current is not None and description[:3] == "un " and description.endswith(("d'eux", "d’eux")):
            continue  # "L'un d'eux, sous couvert d'anonymat": the group's member the speaker already names
        if not found.group("complement").strip():
            description = _with_fronted_place(text, description, _sentence_start(text, found.start() + 1),
                                              _sentence_start(text, max(0, _sentence_start(text, found.start() + 1) - 2)))
        # (the name its first claim resolved to: "Un responsable d'EDL, …" → "responsable d'Électricité du Liban")
        named = next((r.name for r in resolved[:i] if r is not None and r.mention.endswith(description)
                      and r.name.startswith(found.group("head") + " ")), description)
        if current is not None and current.name != named:
            replaced = (i, current.name, named)
        resolved[i] = SpeakerRef(named, mention.text if mention is not None else description, None, "person")


# A sentence opening (after a fronted place, maybe) on an indefinite description: "Une riveraine de
# la rue ne cache pas sa colère", "Sur le port, un pêcheur hausse les épaules".
_INDEFINITE_OPENING = re.compile(r"(?:[^,.;:!?«»\n]{1,60},\s+)?(?=[Uu]ne?\s)")
_PERSON_SUFFIXES = ("eur", "euse", "rice", "iste", "ant", "ante", "ier", "ière", "ien", "ienne", "ain", "aine")
_PERSON_NOUNS = frozenset((
    "riverain", "riveraine", "voisin", "voisine", "habitant", "habitante", "passant", "passante", "salarié",
    "salariée", "employé", "employée", "retraité", "retraitée", "élu", "élue", "client", "cliente", "parent",
    "mère", "père", "élève", "témoin", "cadre", "source", "proche", "membre", "homme", "femme", "fidèle",
    "usager", "usagère", "patient", "patiente", "bénévole", "militant", "militante", "policier", "policière",
    "gendarme", "pompier", "infirmier", "infirmière", "médecin", "soignant", "soignante", "agent", "agente"))
# Two capitalised words: a person named between the description and the claim.
FULL_NAME = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’-]+")


def _person_noun(head: str) -> bool:
    last = head.split()[-1]
    return last in _PERSON_NOUNS or last.endswith(_PERSON_SUFFIXES)


def indefinite_subjects(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, the speaker of a pronoun claim ("« … », lance-t-elle") right after a
    sentence opening on an indefinite person ("Une riveraine de la rue ne cache pas sa colère.")
    with that description, when nobody is named in between: the article never tied it to a name."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or not mention.pronoun:
            continue
        gender = _PRONOUN_GENDER.get(mention.text.split("-")[-1].lower())
        if gender is None:
            continue
        start = draft.sentence[0]
        sentence_start = _sentence_start(text, start + 1)
        claim_start = min((s for s, _ in draft.spans), default=start)
        for opening in (sentence_start, _sentence_start(text, max(0, sentence_start - 2))):
            lead = _INDEFINITE_OPENING.match(text, opening, claim_start)
            found = _DESCRIPTION.match(text, lead.end(), claim_start) if lead is not None else None
            if found is not None:
                break
        else:
            continue
        if _DETERMINER_GENDER.get(found.group("det").lower()) != gender or not _person_noun(found.group("head")):
            continue
        if FULL_NAME.search(text, found.end(), claim_start) or "«" in text[opening:found.start()] \
                or inside_quotation_marks(text, text.rfind("\n", 0, opening) + 1, opening):
            continue  # someone named in between, or the description inside a quotation
        current = resolved[i]
        if current is not None and (current.name.startswith(found.group("head")) or " " not in current.name):
            continue  # already the description, or no named person to undo
        description = text[found.start("head"):found.end()].strip()
        if not found.group("complement").strip():
            description = _with_fronted_place(text, description, opening, _sentence_start(text, max(0, opening - 2)))
        resolved[i] = SpeakerRef(description, mention.text, None, "person")


def roles_given_to_descriptions(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, a definite role left unresolved ("selon le témoin") as the description an
    earlier claim of the paragraph was made by, when the article put that role in apposition to it
    ("Premier témoin entendu, un chauffeur camerounais de 41 ans a raconté …")."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        mention = draft.mention
        if speaker is None or mention is None or mention.name or mention.pronoun or not speaker.role \
                or speaker.name != speaker.role or " " in speaker.role or not _DEFINITE_ROLE.match(mention.text.strip()):
            continue
        for j in range(i - 1, -1, -1):
            earlier, said = resolved[j], drafts[j].mention
            if drafts[j].paragraph != draft.paragraph or earlier is None or said is None:
                break
            if said.name or said.pronoun or earlier.name[:1].isupper():
                continue
            role, described = re.escape(speaker.role), re.escape(said.text.strip())
            if re.search(rf"(?i:\b{role}\b)[^.,;«»]{{0,40}},\s*{described}|{described},\s*(?:[\w'’-]+\s+){{0,2}}{role}\b",
                         text[drafts[j].sentence[0]:drafts[j].sentence[1]]):
                resolved[i] = SpeakerRef(earlier.name, speaker.mention, speaker.role, earlier.kind)
                break


_DEFINITE_ROLE = re.compile(r"(?:(?:selon|d['’]après)\s+)?(?:[Ll]e|[Ll]a|[Ll]['’])\s*[a-zà-ÿ-]+$")
