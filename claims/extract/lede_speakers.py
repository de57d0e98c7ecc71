"""Speakers the first paragraphs name by a description that a later sentence, or the headline, names in full: a lede's
body by a common noun ("the brewery said", "a millers' group said", "the consortium said") is the body named by the
headline or opening the next paragraph ("Skessa Brugghús says", "Southwestern Student Transit, which …")."""

from __future__ import annotations

import re

from claims.extract.bodies_by_kind_en import BODY_KINDS, names_public_kind
from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.headline_speakers import CAPITALISED_INITIAL, DEFINITE_NOUN, ENGLISH_BODY_NOUNS
from claims.extract.organisations import COMPANY_NOUNS
from claims.extract.segments import lede
from claims.extract.speaker_lexicon import fold
from claims.extract.types import SpeakerRef


# Nouns that may stand for any body of their kind ("l'entreprise montréalaise", "l'agence fédérale"), not an institution
# of its own ("la gendarmerie" after "selon la préfecture").
_STAND_IN_NOUNS = COMPANY_NOUNS | frozenset((
    "entreprise", "societe", "groupe", "compagnie", "firme", "agence", "organisme", "association", "ong", "agency", "body",
    "organisation", "organization"))


def lede_generics_to_headline_body(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """The lede's body described by a common noun ("…, a soutenu l'entreprise montréalaise") is the one body the
    headline names as its speaker ("…, selon Boréalis Énergie") when the lede's paragraph names it too."""
    if len(paras) < 2 or text[paras[0][0]:paras[0][1]].rstrip().endswith((".", "»", "\"", "”")):
        return
    named = {said.name for draft, said in zip(drafts, speakers_of) if draft.paragraph == 0 and said is not None
             and (said.kind == "organisation" or not is_first_name(said.name.split()[0]))
             and any(word[:1].isupper() for word in said.name.split())}
    if len(named) != 1:
        return
    body = named.pop()
    for i, (draft, said) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 1:
            break
        if draft.paragraph == 1 and said is not None and said.kind == "organisation" \
                and not CAPITALISED_INITIAL.search(said.name) and (said.mention or "")[:2].lower() in ("l'", "l’", "le", "la", "th") \
                and fold(said.name.split()[0]) in _STAND_IN_NOUNS and body in text[paras[1][0]:paras[1][1]]:
            speakers_of[i] = SpeakerRef(body, said.mention, said.role, "organisation")


_OPENING_THE = re.compile(r"^[Tt]he\s+")
# ("the Zambian company building it": maybe a nationality first)
_DEFINITE_NOUN_DOING = re.compile(r"[Tt]he\s+(?:[A-Z][a-z]+(?:an|ese|ish|ian|i)\s+)?(?P<noun>[a-z]{4,})\s+[a-z]{3,}ing\s.*")
_THINGS_OWNER = re.compile(r"(?:[Tt]he\s+[a-z]+['’]s|[Ii]ts)\s+(?:owners?|operator|parent\s+company)")  # ("its operator said")
# "a union representing paramedics", "a charity for the homeless": a body described by whom it serves.
_BODY_SERVING = re.compile(r"an?\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\s+(?:representing|for|of)\s+[a-z][\w\s'’-]*")


def lede_descriptions_to_next_named_body(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A body the lede describes by what it runs ("The operator of a coal-fired power station in Calaca has
    denied …", "…, the mine's owner said") or only by its noun ("… a Christmas beer from a small brewery in Húsavík
    …, the brewery said") is the body the next claim names, in the paragraph after ("Southern Luzon Power
    Corporation (SLPC) said …", "Skessa Brugghús says")."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 3:
            break
        introduced = speaker is not None and draft.sentence is not None and (
            speaker.name == speaker.role and (definite := DEFINITE_NOUN.fullmatch(speaker.mention or "")) is not None
            and re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{definite.group('noun')}\b", text[draft.sentence[0]:draft.sentence[1]]) is not None
            # "The consortium building the extension of Edinburgh's tram line … has told", "the Zambian company building it
            # said": what it does, not its name
            or speaker.name in (speaker.role, _OPENING_THE.sub("", speaker.mention or ""))
            and (doing := _DEFINITE_NOUN_DOING.fullmatch(speaker.mention or "")) is not None and doing.group("noun") in ENGLISH_BODY_NOUNS)
        serving = None if introduced or speaker is None or speaker.name != speaker.role else _BODY_SERVING.fullmatch(speaker.mention or "")
        serving_kind = serving.group("noun") if serving is not None and serving.group("noun") in BODY_KINDS else None
        introduced = introduced or serving_kind is not None
        if speaker is not None and speaker.name.lower() in ("their union", "its union"):
            # "Dock workers … will walk out, their union announced. … In its announcement, Unite said": the next union that
            # speaks (a body of another kind only when no union does)
            later = [said for after, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if after.paragraph > draft.paragraph
                     and said is not None and not is_first_name(said.name.split()[0])]
            union = next((said for said in later if _UNION_NAME.search(said.name)), None) \
                or next((said for said in later if _BODY_OF_MEMBERS_NAME.search(said.name)), None)
            if union is not None:
                speakers_of[i] = SpeakerRef(union.name, speaker.mention, speaker.role, "organisation")
            continue
        if speaker is None or not introduced and not _THINGS_OWNER.fullmatch(speaker.mention or "") and (
                speaker.kind != "organisation" or speaker.name != speaker.role
                or " of " not in speaker.name or speaker.name.split()[0] not in COMPANY_NOUNS | BODY_KINDS):
            continue
        following = next(((later, said) for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                          if later.paragraph > draft.paragraph), None)
        if following is not None and following[0].paragraph == draft.paragraph + 1 and following[1] is not None \
                and (following[1].kind == "organisation" or introduced and " " in following[1].name
                     and not is_first_name(following[1].name.split()[0])) and following[1].name[:1].isupper() \
                and (serving_kind is None or serving_kind in COMPANY_NOUNS or names_public_kind(following[1].name, serving_kind)):
            speakers_of[i] = SpeakerRef(following[1].name, speaker.mention, speaker.role, "organisation")


# A union's name ("Unite", "Union No. 1 of Cerro Morado", "Graduate Employees United", "Sindicato N°1 de Trabajadores …").
_UNION_NAME = re.compile(r"\b(?:Unions?|Unite|United|Sindicato|Syndicat|Workers|Employees|Guild)\b")
_BODY_OF_MEMBERS_NAME = re.compile(r"\b(?:Federation|Alliance|Association)\b")  # (a union's too, when no union speaks)
# "A hospice in Blantyre, Malawi's commercial capital,": a body the lede does not name yet.
_INDEFINITE_BODY = re.compile(r"(?:A|An)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})(?:\s+(?:in|at|near|on|from)\s.*)?")
# "a millers' group", "the body representing pharmacy owners": a body described by a noun any kind of body may bear.
_VAGUE_BODY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>group|body|organisation|organization)"
                         r"(?:\s+(?:representing|for|of)\s+[\w'’ -]+)?")
_NAMES_OF_ANY_BODY = ("Group|Association|Union|Federation|Alliance|Coalition|Network|Forum|Council|Chamber|Confederation"
                      "|Society|Guild|Institute|League|Organisation|Organization")


# A headline's body by its place and its kind ("Edinburgh hockey club says …"): the lede may open on its name.
_PLACE_THEN_BODY = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+(?:[a-z-]+\s+)?(?P<noun>club|hospice|school|choir|theatre|museum|charity)")


def lede_bodies_to_the_name_opening_next(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """English: a body the lede describes by its noun alone ("A hospice in Blantyre … says …"), or by a noun any body
    may bear ("a millers' group said"), or the headline by its place and its kind ("Edinburgh hockey club says …"), is
    the one the next paragraph opens on, named with that noun ("Ndirande Hospice, founded by nurses …", "Inverleith
    Thistle Hockey Club, which has played …"; any body's: "The Central Luzon Rice Millers' Federation represents …")."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 3:
            break
        headline = draft.paragraph == 0 and draft.mention is not None and speaker is not None and speaker.kind == "organisation" \
            and (described := _PLACE_THEN_BODY.fullmatch(draft.mention.text.strip())) is not None
        if not headline and (speaker is None or speaker.name != speaker.role or draft.mention is None
                             or (described := _INDEFINITE_BODY.fullmatch(draft.mention.text.strip())
                                 or _VAGUE_BODY.fullmatch(draft.mention.text.strip())) is None):
            continue
        end = text.find("\n", draft.position) if not headline else (found[0] if (found := lede(paras)) is not None else -1)
        noun = described.group("noun").capitalize() if described.re is not _VAGUE_BODY else f"(?:{_NAMES_OF_ANY_BODY})"
        # ("The Central Luzon Rice Millers' Federation represents …" after "a millers' group said")
        # ("The 24-bed Asante Hope Hospice was founded …": its size first)
        opening = re.compile(rf"\s*(?:The\s+)?(?:\d[\d,]*-[a-z]+\s+)?(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){{1,5}}{noun})\b")
        named = opening.match(text, end) if end != -1 else None
        if named is not None and not is_first_name(named.group("name").split()[0]):
            for j in range(len(drafts)):  # (the headline's too, given the lede's description before: "Blantyre hospice says")
                if speakers_of[j] is not None and speakers_of[j].name == speaker.name:
                    speakers_of[j] = SpeakerRef(named.group("name"), speakers_of[j].mention, speakers_of[j].role, "organisation")


# A lede's body by a definite noun of an operating body ("the consortium said", "the hospital's operator confirmed").
_DEFINITE_OPERATING_BODY = re.compile(r"[Tt]he\s+(?:[a-z'’-]+\s+){0,3}?"
                                      r"(?P<noun>consortium|operator|company|firm|utility|agency|authority)")
# The next paragraph opening on a name and what that body does ("Riverbend Health, which runs Riverbend Memorial Hospital …").
_NAME_THEN_WHAT_IT_DOES = re.compile(r"\s*(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,5})"
                                     r",\s+which\s")


def definite_lede_bodies_to_the_name_opening_next(text: str, paras, drafts: list[Draft],
                                                  speakers_of: list[SpeakerRef | None]) -> None:
    """English: a body the lede names by a definite noun of its kind only ("…, the consortium said", "the hospital's
    operator confirmed") is the body the next paragraph opens on with what it does ("Southwestern Student Transit, which
    arranges buses for …, said"), when that body speaks there; the headline's speaker of the same name too."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 3:
            return
        if draft.paragraph == 0 or speaker is None or draft.mention is None \
                or (described := _DEFINITE_OPERATING_BODY.fullmatch(draft.mention.text.strip())) is None \
                or speaker.name.split()[-1] != described.group("noun"):
            continue
        nxt = next((k for k, (start, _) in enumerate(paras) if start > draft.end), None)
        if nxt is None or (opening := _NAME_THEN_WHAT_IT_DOES.match(text, paras[nxt][0], paras[nxt][1])) is None \
                or is_first_name(opening.group("name").split()[0]):
            continue
        name = opening.group("name")
        if not any(said is not None and said.name == name and later.paragraph == nxt
                   for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])):
            continue
        for j in range(len(drafts)):
            if speakers_of[j] is not None and speakers_of[j].name == speaker.name and drafts[j].paragraph <= draft.paragraph:
                speakers_of[j] = SpeakerRef(name, speakers_of[j].mention, speakers_of[j].role, "organisation")
        return
