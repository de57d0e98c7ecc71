"""Speakers the headline and the first paragraphs share: the speaker of a quotation in the headline (the speaker
of the same words quoted later, or the person the article quotes most), and a body one of them names by a common
noun or a short form and the other by its name."""

from __future__ import annotations

import re

from claims.extract.bodies_by_kind_en import BODY_KINDS
from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.lang import en as english
from claims.extract.lang import fr as french
from claims.extract.organisation_heads_fr import fuller_name_pattern, whole_name
from claims.extract.organisations import COMPANY_NOUNS
from claims.extract.speaking_bodies_en import GENERIC_BODY_NOUNS, paper_reporting
from claims.extract.sources import canonical_source
from claims.extract.speaker_lexicon import fold
from claims.extract.state_names_en import country_demonym
from claims.extract.types import SpeakerRef

# A lower-case word of four letters or more in a headline's label: a clause or a description
# ("L'Asvel s'incline face au Panathinaïkos : « … »"), not a name alone ("Laure Roux : « … »").
_HEADLINE_CLAUSE_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{4,}")


def headline_quotes_to_their_speaker(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A quotation in the headline that the article quotes again in full later ("Pharmacies
    fermées : « Nous ne pouvons plus … »", "L'Asvel s'incline : « … »") has the speaker of that
    later quotation, unless the headline names a person for it; one the article only paraphrases has the
    speaker of the quotation it echoes (`_echoed_quotation`)."""
    for i, draft in enumerate(drafts):
        if draft.paragraph != 0 or draft.kind not in ("direct", "mixed"):
            continue
        quoted = " ".join(text[a:b] for a, b in draft.spans).strip(" .!?…")
        if draft.kind == "mixed":
            if not _WHOLLY_QUOTED.fullmatch(quoted):
                continue
            quoted = quoted[1:-1].strip(" .!?…")  # "…; 'we simply have no nurses', says surgeon": a quotation all the same
        if len(quoted.split()) < 3:
            continue
        labelled = speakers_of[i] is not None and (draft.mention is None or not _HEADLINE_CLAUSE_WORD.search(draft.mention.text))
        # "Lorient limoge son entraîneur : « L'équipe ne répondait plus »" from "… on voyait que l'équipe ne répondait plus"
        lowered = quoted[:1].lower() + quoted[1:]
        repeated = None if labelled else next(
            (speaker for later, speaker in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph > 0 and speaker is not None
             and any(quoted in text[a:b] or lowered in text[a:b] for a, b in later.spans)), None)
        if repeated is not None:
            speakers_of[i] = repeated
        elif draft.mention is None and (echoed := _echoed_quotation(text, draft, drafts[i + 1:], speakers_of[i + 1:])):
            speakers_of[i] = echoed  # "TGV bloqué : « On nous a laissés sans eau ni information »": the passenger's words
        elif (said := speakers_of[i]) is not None and said.role and not labelled \
                and (echoed := _echoed_quotation(text, draft, drafts[i + 1:], speakers_of[i + 1:])) is not None \
                and echoed.kind == "person" and echoed.role and echoed.name != said.name \
                and (fold(echoed.role).split()[0] == fold(said.role).split()[0]
                     or " " not in said.role and fold(said.role)[:5] in {word[:5] for word in fold(echoed.role).split()}):
            # "« … », affirme le président du RC Sambre-et-Meuse" echoing "…, a déclaré le président du club, Luc X": him
            # ("…, says surgeon" echoing the head of the hospital's surgery clinic)
            speakers_of[i] = echoed


# How long a headline closing on a quotation may be (a longer paragraph is a lede).
_LONGEST_QUOTED_HEADLINE = 160
# French: a plural group and the place it works in ("hôteliers de Lourdes").
_GROUP_OF_A_PLACE_FR = re.compile(r"(?P<noun>[a-zà-ÿ-]{4,}s)\s+(?:de|du|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*")
# A headline's words wholly inside one pair of quotation marks.
_WHOLLY_QUOTED = re.compile(r"['‘\"“«][^'‘’\"“”«»]+['’\"”»]")
_FUNCTION_WORDS = frozenset((
    "nous", "vous", "elle", "elles", "ils", "les", "des", "une", "est", "sont", "pas", "sans", "pour", "dans", "que",
    "qui", "avec", "sur", "son", "ses", "leur", "ont", "ete", "mais", "plus", "tout", "tous", "aux", "par", "cette",
    "the", "and", "for", "that", "was", "were", "are", "not", "but", "with", "has", "have", "had", "this", "they", "our",
    "will", "from"))


def _content_stems(phrase: str) -> set[str]:
    return {word[:_STEM] for word in re.findall(r"[^\W\d_]{3,}", fold(phrase)) if word not in _FUNCTION_WORDS}


def _echoed_quotation(text: str, draft: Draft, later: list[Draft], speakers: list[SpeakerRef | None]) -> SpeakerRef | None:
    """The speaker of the one later quotation that a headline's unattributed quotation paraphrases: at
    least two content words in common, more than any other speaker's quotation shares."""
    headline = _content_stems(" ".join(text[a:b] for a, b in draft.spans))
    best: dict[str, tuple[int, SpeakerRef]] = {}
    for other, speaker in zip(later, speakers):
        if other.paragraph > 0 and speaker is not None and other.kind in ("direct", "mixed"):
            shared = len(headline & _content_stems(" ".join(text[a:b] for a, b in other.spans)))
            if shared > best.get(speaker.name, (0, None))[0]:
                best[speaker.name] = (shared, speaker)
    ranked = sorted(best.values(), key=lambda pair: pair[0], reverse=True)
    if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def headline_quotes_to_main_speaker(drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """An unattributed quotation in the headline (an interview's title quote) belongs to the
    person the article quotes most, when one person clearly leads."""
    counts: dict[str, int] = {}
    first: dict[str, SpeakerRef] = {}
    for speaker in speakers_of:
        if speaker is not None and speaker.kind == "person":
            counts[speaker.name] = counts.get(speaker.name, 0) + 1
            first.setdefault(speaker.name, speaker)
    if not counts:
        return
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < 2 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return
    main = max(counts, key=counts.get)
    for i, draft in enumerate(drafts):
        if draft.paragraph == 0 and speakers_of[i] is None and draft.kind == "direct":
            speakers_of[i] = SpeakerRef(main, "", first[main].role, "person")


# Works that speak ("selon un reportage", "according to a documentary").
_WORK_NOUNS = frozenset(("reportage", "documentaire", "enquete", "etude", "rapport", "film", "report", "study",
                         "documentary", "investigation", "survey"))


def headline_works_to_the_work_named(drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A work the headline names by its noun alone ("…, selon un reportage") is the work the article
    then names in full ("Le documentaire d'Al Jazeera … précise"): the first such speaker after it."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph != 0 or speaker is None or fold(speaker.name) not in _WORK_NOUNS:
            continue
        speakers_of[i] = next((later for later, d in zip(speakers_of[i + 1:], drafts[i + 1:])
                               if later is not None and d.paragraph > 0 and " " in later.name
                               and fold(later.name).split()[0] in _WORK_NOUNS), speaker)


_DEMONYM_ENDINGS = ("an", "ese", "sh", "ch", "ian", "i", "ic", "ine")  # ("Philippine power company", "Welsh rugby club")
# Kinds of body written in capitals, no body's name ("…, selon une ONG", "NGO says").
_KINDS_OF_BODY_IN_CAPITALS = frozenset(("ONG", "NGO"))
_POSSESSIVE_DETERMINERS = frozenset(("leur", "son", "sa", "their", "its"))
# Headline words any body the lede names may stand for ("…, officials say", "…, charity says").
_GENERIC_OFFICIALS = frozenset(("officials", "authorities", "official", "responsables", "autorites", "autorite", "charity",
                                "forecasters", "meteorologists"))  # ("…, forecasters confirm": the weather service the lede names)
# A police force's or its department's name.
_POLICE_BODY = re.compile(r"\b(?:Police|Investigation|Constabulary|Gendarmerie|Garda)\b")
# "…, regulator says" over the lede's "the Australian Securities and Investments Commission (ASIC) said": a body of that kind.
_REGULATORS = frozenset(("regulator", "watchdog", "regulateur", "gendarme"))
_REGULATING_BODIES = frozenset(("Commission", "Authority", "Regulator", "Agency", "Office", "Board", "Autorité", "Commissioner"))
_INITIALS = re.compile(r"[A-Z]{2,4}")
# A place, then a body's lower-case noun and its modifier: "Gaborone food bank", "Kisumu water company".
_PLACE_THEN_NOUNS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+(?: [a-z][a-z'’-]*){2,3}")  # ("Kansas firefighters' group")
_PLACE_THEN_ONE_NOUN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+ [a-z]{4,}")  # "Blantyre hospice says …"
_STEM = 5
_OWNER = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?['’]s ")
# A French body's nationality after its noun ("ministère ivoirien de la Santé"), which a headline leaves out.
_NATIONALITY_AFTER_NOUN_FR = re.compile(r"^(?P<noun>[a-zà-ÿ]+) [a-zà-ÿ]+(?:ien|ienne|ais|aise|ain|aine|ois|oise|and|ande) (?=d)")


def _opens_without_nationality_fr(lede_name: str, headline_name: str) -> bool:
    """Whether LEDE_NAME without the nationality after its noun ("ministère ivoirien de la Santé …") is or opens HEADLINE_NAME."""
    short = _NATIONALITY_AFTER_NOUN_FR.sub(r"\g<noun> ", lede_name, count=1)
    return short != lede_name and (short == headline_name or short.startswith(headline_name + " "))


# The first words of a French union's name ("…, selon un syndicat" over the lede's "l'Union des personnels de …").
_UNION_NAME_HEADS = frozenset(("union", "feder", "confe", "inter", "front", "secti"))
_DOCUMENT_STEMS = frozenset(("sonda", "etude", "rappo", "study", "repor", "surve", "analy", "enque"))


def _stems(phrase: str) -> set[str]:
    return {word[:_STEM] for word in fold(phrase).replace("'", " ").replace("’", " ").split() if len(word) >= _STEM}


# What a club's closing initials stand for ("Cwm Garw RFC" is the "rugby club" of a headline).
_CLUB_INITIALS = {"RFC": "rugby football club", "FC": "football club", "AFC": "association football club"}


def _name_stems(name: str) -> set[str]:
    last = name.rsplit(None, 1)[-1]
    return _stems(name) | (_stems(_CLUB_INITIALS[last]) if last in _CLUB_INITIALS else set())


# A place's capitalised words, then up to three lower-case words.
_PLACE_WORDS = r"(?P<place>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+){0,2})"
_LOWER_WORDS = r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}"
# A place, then a group of people in lower case ("Gippsland dairy farmers").
_PLACE_THEN_GROUP = re.compile(rf"{_PLACE_WORDS} (?P<group>{_LOWER_WORDS}s)")
# A place, then a person's role in lower case ("Belarus opposition candidate").
_PLACE_THEN_ROLE = re.compile(rf"{_PLACE_WORDS} (?P<role>{_LOWER_WORDS})")
# A headline's group by its owner's possessive ("selon leurs directeurs", "their parents say").
_THEIR_NOUN = re.compile(r"(?:leurs|their)\s+(?P<noun>[a-zà-ÿ-]+[sx])")


# A body the headline gives its owner by a possessive: "son club", "its club".
_OWNED_BODY_NOUN = re.compile(r"(?:son|sa|leur|its|their)\s+(?P<noun>club|équipe|team|école|school|festival)")


def headline_generics_to_lede_speaker(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A headline's body described by a common noun alone ("…, health ministry says", "Police say …",
    "…, selon le ministère de l'Intérieur") is the body the first paragraphs name in full ("Fiji's
    Ministry of Health and Medical Services", "the District Police Office in Dhading"): the first
    body there whose words share the description's noun, or, for "officials", the first body. A
    group of people keeps the headline's words ("scientists say"), unless the lede qualifies them ("district
    officials") or places them at a named body ("Midwives at Lough Ree General Hospital")."""
    headline = text[paras[0][0]:paras[0][1]].rstrip() if paras else ""
    if not paras or headline.endswith(".") or headline.endswith(("»", "\"", "”")) and len(headline) > _LONGEST_QUOTED_HEADLINE:
        return  # (a lede, not a headline; a headline may close on its quotation: "… dénoncent un été « catastrophique »")
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 0:
            break
        if speaker is None:
            continue
        if (owned := _THEIR_NOUN.fullmatch(speaker.name)) is not None and (group := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and said.name.lower().startswith(owned.group("noun").lower() + " ")), None)) is not None:
            # "…, selon leurs directeurs" over the lede's "les directeurs des instituts universitaires de technologie"
            speakers_of[i] = SpeakerRef(group.name, speaker.mention, speaker.role, group.kind)
            continue
        if owned is not None and len(paras) > 1 and (subject := re.search(
                rf"(?:^|(?<=\.[ \u00a0]-[ \u00a0])|(?<=\.[ \u00a0]))(?:Les|The)[ \u00a0]+(?P<group>{re.escape(owned.group('noun'))}"
                r"[ \u00a0]+(?:de|des|du|d['’]|of)[ \u00a0]*[^,.;:()]{3,80}?)[ \u00a0]+(?:ont|have|had)[ \u00a0]",
                text[paras[1][0]:paras[1][1]])) is not None:
            # "…, selon leurs directeurs" over the lede's "Les directeurs de onze hautes écoles … ont dénoncé …": that group
            speakers_of[i] = SpeakerRef(subject.group("group"), speaker.mention, speaker.role, speaker.kind)
            continue
        if speaker.kind == "person" and len(kin := speaker.name.split()) == 2 and kin[0] in french.KIN_POSSESSIVES \
                and kin[1] in french.KIN_NOUNS and len(paras) > 1 and (subject := re.search(
                    rf"(?:^|(?<=\n)|(?<=[.!?][ \u00a0])|(?<=\.[ \u00a0]-[ \u00a0]))(?:La|Le|L['’])[ \u00a0]*(?P<group>{re.escape(kin[1])}"
                    r"[ \u00a0]+(?:du|de[ \u00a0]+la|de|d['’])[ \u00a0]*(?:[a-zà-ÿ-]+|[A-ZÀ-ÖØ-Þ][\w-]*(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w-]*)*))"
                    r"(?=[ \u00a0,])", text[paras[1][0]:paras[min(2, len(paras) - 1)][1]])) is not None:
            # "…, sa famille dénonce …" over the lede's "La famille du défunt conteste cette version": whose family
            speakers_of[i] = SpeakerRef(subject.group("group"), speaker.mention, speaker.role, speaker.kind)
            continue
        if speaker.kind == "person" and (placed_group := _PLACE_THEN_GROUP.fullmatch(speaker.name)) is not None and (lede_group := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and said.name.lower().startswith(tuple(f"{placed_group.group('group').lower()} {link} " for link in ("in", "of", "from")))
                and said.name.lower().endswith(" " + placed_group.group("place").lower())), None)) is not None:
            # "Gippsland dairy farmers say …" over the lede's "Dairy farmers in Gippsland, Victoria, have warned": the lede's words
            # ("Adelaide Hills grape growers say" over "Grape growers in South Australia's Adelaide Hills")
            speakers_of[i] = SpeakerRef(lede_group.name, speaker.mention, speaker.role, lede_group.kind)
            continue
        if speaker.kind == "person" and speaker.name == speaker.role and (placed_role := _PLACE_THEN_ROLE.fullmatch(speaker.name)) \
                and (holder := next((said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2
                                     and said is not None and said.kind == "person" and said.name[:1].isupper() and said.role
                                     and said.name != said.role and placed_role.group("place") in (said.mention or "")
                                     and fold(said.role + " ").startswith(fold(placed_role.group("role")) + " ")), None)) is not None:
            # "Belarus opposition candidate says …" over the lede's "An opposition candidate in … in Belarus", named next
            speakers_of[i] = SpeakerRef(holder.name, speaker.mention, speaker.role, "person")
            continue
        if " " not in speaker.name and speaker.name[1:].islower() and (qualified := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 4 and said is not None
                and (later.paragraph <= 2 and speaker.name.islower() and said.name.lower().endswith(" " + speaker.name)
                     and (said.name[:-len(speaker.name) - 1].count(" ") <= 1 or said.name.startswith(("team of ", "group of ")))
                     or later.paragraph <= 2 and said.name.lower().startswith(speaker.name.lower() + " at ")
                     # ("…, owners say" over the lede's "…, its owners said", whom the article names: "Bréhaut family")
                     # ("…, selon les organisateurs" over the lede's "les organisateurs, le collectif citoyen Basta")
                     or later.paragraph <= 2 and ((said.mention or "").lower() in (f"its {speaker.name}", f"their {speaker.name}")
                                                  or (said.mention or "").lower().startswith(
                                                      (f"its {speaker.name}, ", f"their {speaker.name}, ", f"les {speaker.name}, ",
                                                       f"leurs {speaker.name}, ")))
                     # ("…, residents say" over the lede's "Residents of Skirlby", "Owners of mechanised fishing boats in Kerala")
                     or later.paragraph <= 2 and said.kind == "person" and said.name.lower().startswith(
                         tuple(speaker.name.lower() + f" {of} " for of in ("of", "in", "from")))
                     # ("…, selon l'ombudsman" over the lede's "l'ombudsman du Nouveau-Brunswick")
                     or later.paragraph <= 2 and said.name.lower().startswith(tuple(speaker.name.lower() + f" {of} " for of in ("du", "de", "des")))
                     or speaker.name.islower() and said.name[:1].isupper() and _apposed_to_noun(text, later, said, speaker.name)
                     # ("Lawyers warn …" over the lede's "More than 150 family lawyers and retired judges have signed")
                     or later.paragraph <= 2 and " and " in said.name and len(said.name.split()) <= 6
                     and said.name.lower().split(" and ")[0].split()[-1:] == [speaker.name.lower()])), None)):
            # "…, officials say" over the lede's "…, district officials said" ("state health officials", "team of Tanzanian
            # and Canadian researchers", "Midwives at X Hospital"): the lede's qualified noun
            speakers_of[i] = SpeakerRef(qualified.name, speaker.mention, speaker.role, qualified.kind)
            continue
        if speaker.kind == "person" and speaker.name == speaker.role and (placed_fr := _GROUP_OF_A_PLACE_FR.fullmatch(speaker.name)) \
                and (body := next((said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2
                                   and said is not None and said.kind == "organisation"
                                   and f" des {placed_fr.group('noun')} " in f" {said.name} "), None)) is not None:
            # "les hôteliers de Lourdes dénoncent …" over the lede's "l'Union des hôteliers lourdais": their body
            speakers_of[i] = SpeakerRef(body.name, speaker.mention, speaker.role, "organisation")
            continue
        if speaker.kind == "person" and speaker.name == speaker.role and " " not in speaker.name and speaker.name.islower() \
                and (corps := next((found.group() for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                                    if later.paragraph <= 2 and said is not None and (found := re.search(
                                        rf"(?<![\w'’-])(?:bataillon|brigade|corps|compagnie|escadron|régiment|groupement)[ \u00a0]+"
                                        rf"(?:de|des)[ \u00a0]+{re.escape(speaker.name)}"
                                        r"(?:[ \u00a0]+(?:de|du|d['’])[ \u00a0]*[A-ZÀ-ÖØ-Þ][\w'’-]*)?", said.name)) is not None), None)):
            # "…, selon les marins-pompiers" over the lede's "le bataillon de marins-pompiers de Marseille" (or its spokesman):
            # the unit of the corps they serve in
            speakers_of[i] = SpeakerRef(corps, speaker.mention, speaker.role, "organisation")
            continue
        if speaker.kind == "person" and speaker.name == speaker.role and speaker.name.islower() and (placed := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and said.kind == "person" and said.role and fold(said.role).startswith(fold(speaker.name) + " at ")
                and said.name[:1].islower()), None)) is not None:
            # "…, says senior midwife" over the lede's "a senior midwife at the hospital": the role where the lede places it
            speakers_of[i] = SpeakerRef(placed.name, speaker.mention, speaker.role, "person")
            continue
        if speaker.kind == "person" and speaker.role and speaker.name.split()[0] in _POSSESSIVE_DETERMINERS:
            # "…, selon son vice-chancelier" over the lede's "son vice-chancelier, le professeur X": the person of that role
            holder = next((said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2
                           and said is not None and said.kind == "person" and said.name != speaker.name
                           and (fold(said.role or "") == fold(speaker.role)
                                or fold(said.mention or "").startswith(fold(speaker.name) + ","))), None)
            if holder is not None:
                speakers_of[i] = SpeakerRef(holder.name, speaker.mention, speaker.role, "person")
                continue
        if speaker.kind == "organisation" and (fuller := next((
                said.name for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 3 and said is not None
                and said.kind == "organisation" and (_OWNER.sub("", said.name).startswith(_OWNER.sub("", speaker.name) + " ")
                                                     or _opens_without_nationality_fr(said.name, speaker.name))), None)):
            # "…, health ministry says" read as "Fiji's Ministry of Health", the lede's "Ministry of Health and Medical Services"
            # ("…, selon le ministère de la Santé" over the lede's "le ministère ivoirien de la Santé et de la Lutte contre le sida")
            speakers_of[i] = SpeakerRef(fuller, speaker.mention, speaker.role, "organisation")
            continue
        if " " not in speaker.name and speaker.name[:1].isupper() and speaker.name[1:].islower() and (fuller := next((
                said.name for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and said.name.endswith(" " + speaker.name) and _OWNER.sub("", said.name) != speaker.name), None)):
            # "Ombudsman finds …" over the lede's "the Local Government and Social Care Ombudsman said": its full name (not
            # "Ireland's Ombudsman": the same words and their owner)
            speakers_of[i] = SpeakerRef(fuller, speaker.mention, speaker.role, speaker.kind)
            continue
        if (any(word[:1].isupper() for word in speaker.name.split()[1:]) and not speaker.name.split()[-1].islower()
                or speaker.name[:1].isupper() and not (" " in speaker.name and (speaker.name.split()[0].endswith(_DEMONYM_ENDINGS)
                                                                                or country_demonym(" ".join(speaker.name.split()[:2]))
                                                                                or _INITIALS.fullmatch(speaker.name.split()[0])
                                                                                or _PLACE_THEN_NOUNS.fullmatch(speaker.name)
                                                                                and speaker.name.split()[-1] in GENERIC_BODY_NOUNS
                                                                                or _PLACE_THEN_ONE_NOUN.fullmatch(speaker.name)))) \
                and speaker.name not in _KINDS_OF_BODY_IN_CAPITALS:
            continue  # (a name: no description to complete; but "Kenyan health ministry", "UN agency", "selon une ONG")
        # ("…, governing body says": whichever body the lede names first, as for "officials"; "…, selon leur association":
        # the body the lede names, but "…, sa famille dénonce …" is a dead man's family, no body)
        stems, generic = _stems(speaker.name), fold(speaker.name).split()[-1] in _GENERIC_OFFICIALS or fold(speaker.name).endswith(" body") \
            or speaker.name.split()[0] in _POSSESSIVE_DETERMINERS and speaker.name.split()[-1] not in french.KIN_NOUNS
        regulator = fold(speaker.name).split()[-1] in _REGULATORS
        police = fold(speaker.name).split()[-1] == "police"  # ("Bangladesh police say" over "the Criminal Investigation Department")
        company = fold(speaker.name).split()[-1] in COMPANY_NOUNS | _FIRMS_BY_TRADE  # ("…, contractor says")
        if speaker.name in _KINDS_OF_BODY_IN_CAPITALS:
            stems = {fold(speaker.name)}
        if stems & _DOCUMENT_STEMS:
            continue  # ("…, selon un sondage": the poll, not its institute)
        first = speaker.name.split()[0]
        if first in _POSSESSIVE_DETERMINERS and any(
                said is not None and said.kind == "organisation" and fold(speaker.name).split()[-1] in fold(said.name).split()
                for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 3):
            generic = False  # "…, son club dénonce …" over the lede's "Comité olympique belge" then "Judo Club Ans-Glain": its club
        demonym = fold(first)[:_STEM] if " " in speaker.name and first[:1].isupper() and first.endswith(_DEMONYM_ENDINGS) \
            and len(first) >= _STEM else None
        # ("Australian tribunal rules …" over the lede's opening "The Fair Work Commission yesterday ruled": the same act)
        acted = _act(draft.cue) if demonym is not None and not _act(draft.cue).startswith(("say", "tel")) else None
        lede_first = next((later for later in drafts[i + 1:] if later.paragraph > draft.paragraph), None)
        for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]):
            if later.paragraph > 3:
                break
            if said is None or said.kind != "organisation" or said.name == speaker.name \
                    or not any(word[:1].isupper() for word in said.name.split()) and not ("syndi" in stems and "syndic" in fold(said.name)) \
                    or canonical_source(said.name) is not None or paper_reporting(said.name, fold(speaker.name).split()[-1]):
                continue  # (a person, or a group the lede describes more: the headline's words stand; a body by a noun
                # alone; a news agency the lede cites; a paper, no "Kivara rebels" of the "Kivara Courier")
            if demonym is not None and (owner := _OWNER.match(said.mention or "")) is not None \
                    and fold(owner.group())[:_STEM] != demonym:
                continue  # ("Indonesian ministry says" is no "Malaysia's Ministry of Education")
            # (and the words before the mention: "Le principal fournisseur de la côte, Atlantic Shore Power, a prévenu")
            at = text.rfind(said.mention, later.sentence[0], later.position + 1) if said.mention else -1
            if at == -1 and said.mention:
                at = text.find(said.mention, later.position, later.sentence[1])  # ("according to X, a charity that …")
            # (and what the lede says it is: "…, according to the Clyde Refugee Welcome Network, a charity that supports them")
            apposed = _APPOSED_DESCRIPTION.match(text, at + len(said.mention)) if at >= 0 and said.mention else None
            if stems & (_name_stems(said.name) | _stems(said.mention or "") | _stems(text[max(later.sentence[0], later.position - 40):later.position])
                        | (_stems(text[max(later.sentence[0], at - 40):at]) if at > 0 else set())
                        | (_stems(apposed.group("noun")) if apposed is not None else set())) \
                    or generic \
                    or "syndi" in stems and fold(said.name.split()[0])[:_STEM] in _UNION_NAME_HEADS \
                    or "union" in stems and fold(said.name.split()[0])[:_STEM] in ("syndi", "centr", "feder", "confe") \
                    or regulator and said.name.split()[-1] in _REGULATING_BODIES \
                    or police and _POLICE_BODY.search(said.name) is not None \
                    or speaker.name in _KINDS_OF_BODY_IN_CAPITALS and (re.search(rf"\b{speaker.name}\b", said.mention or "")
                                                                       or at >= 0 and _NGO_SPELLED_OUT.match(text, at + len(said.mention))) \
                    or company and later.paragraph <= 2 and not set(fold(said.name).split()) & GENERIC_BODY_NOUNS \
                    or acted and later is lede_first and _act(later.cue) == acted:
                # ("…, company says" over "Almacenes Pacífico, one of Chile's largest department store chains, said")
                speakers_of[i] = SpeakerRef(said.name, speaker.mention, speaker.role, said.kind)
                if speaker.name in _KINDS_OF_BODY_IN_CAPITALS:  # ("D'après l'ONG" later, read as the headline's)
                    for j, other in enumerate(speakers_of):
                        if other is not None and other.name == speaker.name:
                            speakers_of[j] = SpeakerRef(said.name, other.mention, other.role, said.kind)
                break
            company = False  # (the company is the first body the lede names)
        if speakers_of[i] is speaker and speaker.kind == "organisation" and " " not in speaker.name and paras[1:] \
                and (named := _NOUN_WITH_ITS_PLACE.search(text, paras[1][0], paras[min(2, len(paras) - 1)][1])) is not None \
                and fold(named.group("noun")) == fold(speaker.name):
            # "…, annonce le diocèse" over "Le diocèse de Liège va fermer …": the body the lede names by its place
            speakers_of[i] = SpeakerRef(named.group().replace("\u00a0", " "), speaker.mention, speaker.role, "organisation")
        if speakers_of[i] is speaker and fold(head := speaker.name.split()[0]) in _FRENCH_GROUP_HEADS \
                and speaker.name[:1].islower() and paras[1:] \
                and (whole := whole_name(fuller_name_pattern(head.capitalize()), text[paras[1][0]:paras[min(2, len(paras) - 1)][1]])):
            # "…, dénonce un regroupement de municipalités" over the lede's "Regroupement des municipalités de la couronne Nord"
            speakers_of[i] = SpeakerRef(whole, speaker.mention, speaker.role, "organisation")


def _act(cue: str | None) -> str:
    """The first letters of a cue's verb, after its adverbs ("yesterday ruled", "rules": "rule")."""
    return fold(cue or "-").split()[-1][:4]


def _apposed_to_noun(text: str, draft: Draft, said: SpeakerRef, noun: str) -> bool:
    """Whether the claim DRAFT gives SAID in apposition to a body's NOUN ("…; owners say building is safe" over "The
    theatre's owners, Ayomide Holdings, said")."""
    at = text.find(said.name, draft.sentence[0], draft.sentence[1]) if said.name else -1
    return at > 0 and re.search(rf"['’]s\s+{re.escape(noun)},\s*$", text[max(draft.sentence[0], at - 60):at]) is not None


def headline_owned_bodies_named(drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A headline's "son club", "its team" is the body of that noun the first paragraphs have speak ("…, son club
    dénonce une « injustice »" over "Le Judo Club Ans-Glain, où elle s'entraîne, a dénoncé")."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 0:
            break
        if speaker is not None and (owned := _OWNED_BODY_NOUN.fullmatch(speaker.name)) is not None and (body := next((
                said.name for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 3 and said is not None
                and said.kind == "organisation" and owned.group("noun").capitalize() in said.name.split()), None)) is not None:
            speakers_of[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")


def headline_press_to_lede_outlet(paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A headline's "selon la presse", "…, report media" is the one outlet the lede then cites ("rapporte vendredi le
    quotidien Le Soir")."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 0:
            break
        if speaker is None or fold(speaker.name) not in _THE_PRESS:
            continue
        outlets = {said.name for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                   if later.paragraph <= 2 and said is not None and said.kind == "organisation" and _OUTLET_MENTION.match(said.mention or "")}
        if len(outlets) == 1:
            speakers_of[i] = SpeakerRef(outlets.pop(), speaker.mention, speaker.role, "organisation")


_THE_PRESS = frozenset(("presse", "la presse", "medias", "les medias", "media", "the media", "press", "local media", "presse locale"))
_OUTLET_MENTION = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*(?:quotidien|journal|hebdomadaire|magazine|chaîne|radio|télévision|site"
                             r"|newspaper|paper|daily|broadcaster|weekly)\b")


# French groups a headline may describe by their kind, and the lede then name: "un regroupement de municipalités", "un collectif".
_FRENCH_GROUP_HEADS = frozenset(("regroupement", "collectif", "coalition", "coordination", "syndicat", "federation", "union",
                                 "association", "comite", "intersyndicale"))


# A body's noun and the place that names it, in the lede: "Le diocèse de Liège", "the Diocese of Nsukka".
_NOUN_WITH_ITS_PLACE = re.compile(
    r"(?<![\w'’])(?P<noun>[a-zà-ÿ]{4,}|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,})[ \u00a0]+(?:de|du|d['’]|of)[ \u00a0]*"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*")


# A word opening on a capital, maybe after an elided article ("Boréalis", "l'Agence").
CAPITALISED_INITIAL = re.compile(r"(?:^|[\s'’-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


def headline_short_forms_to_full_names(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A body the headline names by a short form ("selon l'Agence du médicament") is the body the first paragraphs
    name in full before its acronym, when the full name holds the short form's words in order ("L'Agence
    nationale de sécurité du médicament et des produits de santé (ANSM)"): every claim given to the short form."""
    if len(paras) < 2:
        return
    short_forms = {said.name for draft, said in zip(drafts, speakers_of) if draft.paragraph == 0 and said is not None
                   and " " in said.name and said.name[:1].isupper() and said.kind == "organisation"}
    lede = text[paras[1][0]:paras[min(2, len(paras) - 1)][1]]
    for short in short_forms:
        words = [fold(w) for w in short.split()]
        for found in re.finditer(rf"(?<![\w-]){re.escape(short.split()[0])}(?P<rest>(?:[ \u00a0]+[\w'’-]+){{1,12}}?)"
                                 r"(?=[ \u00a0]+\([A-ZÀ-ÖØ-Þ]{2,8}\))", lede):
            full = found.group().replace("\u00a0", " ")
            folded = [w.split("'")[-1] for w in fold(full).split()]
            remaining = iter(folded)  # (the short form's words in order: each found past the one before)
            if all(word in remaining for word in words) and len(folded) > len(words):
                for i, said in enumerate(speakers_of):
                    if said is not None and said.name == short:
                        speakers_of[i] = SpeakerRef(full, said.mention, said.role, said.kind)
                break


def headline_descriptions_to_apposed_names(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A body the headline names by a description ("Norway's central bank holds key rate, …") is the name the first
    paragraphs give that description in apposition ("Norges Bank, Norway's central bank, left …", "… by Health Watch
    Malawi, a Lilongwe-based advocacy group.") or right after it
    ("… with the free-to-air channel Bula Sports TV"): every claim given to the description."""
    if len(paras) < 2:
        return
    descriptions = {said.name for draft, said in zip(drafts, speakers_of) if draft.paragraph == 0 and said is not None
                    and " " in said.name and said.role and (said.name == said.role or said.name.endswith(" " + said.role))
                    and not CAPITALISED_INITIAL.search(said.name, 1)}  # (and "Lilongwe-based advocacy group" for "advocacy group")
    lede = text[paras[1][0]:paras[min(2, len(paras) - 1)][1]]
    for description in descriptions:
        apposed = re.search(r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,5}),[ \u00a0]+"
                            rf"(?:[Tt]he[ \u00a0]+|[Aa]n?[ \u00a0]+|[Ll][ae][ \u00a0]+|[Ll]['’]|[Uu]ne?[ \u00a0]+)?{re.escape(description)}[,.]", lede) \
            or re.search(rf"\b[Tt]he[ \u00a0]+{re.escape(description)}[ \u00a0]+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*"
                         r"(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,5})(?<![.])", lede)
        if apposed is None or is_first_name(apposed.group("name").split()[0]):  # (not "the TV channel Ann Lee founded")
            continue
        for i, said in enumerate(speakers_of):
            if said is not None and said.name == description:
                speakers_of[i] = SpeakerRef(apposed.group("name"), said.mention, said.role, "organisation")


_POLITICAL_KINDS = frozenset(("party", "coalition", "alliance", "movement"))
# "…, the X Foundation, a non-governmental organisation based in …" / "l'APES, une organisation non gouvernementale": an NGO.
_NGO_SPELLED_OUT = re.compile(r"(?:\s+\([\w&.-]{2,12}\))?,\s+(?:une?|an?|the|l['’])\s*(?:organisation|organization)\s+non[\s-]gouvernementale"
                              r"|(?:\s+\([\w&.-]{2,12}\))?,\s+(?:an?|the)\s+non-governmental\s+organi[sz]ation")
# ", a charity that supports them": what a body named in the lede is, right after its name.
_APPOSED_DESCRIPTION = re.compile(r",\s+(?:an?|the)\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+){0,2})")


def headline_kinds_to_later_bodies(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """English: a headline's or standfirst's body named by its capitalised kind alone ("Operator says …", "Firm says
    …") is the body that the first paragraphs' "the operator", "the firm" stand for; one named by a qualified kind
    ("Opposition party says …") is the body the lede qualifies so; one named by its place and kind ("Leeds art
    college …, says …") is the body whose name holds that kind, speaking or named in the first paragraphs."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph > 1:
            break
        if speaker is None or draft.mention is None or draft.mention.text.strip() != speaker.name:
            continue
        if speaker.name in ENGLISH_BODY_NOUNS and (named := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and said.kind == "organisation" and said.name[:1].isupper() and later.mention is not None
                and (noun := DEFINITE_NOUN.match(later.mention.text)) is not None and noun.group("noun") in ENGLISH_BODY_NOUNS), None)):
            # "…, contractor says" over the lede's "The consortium building the extension …" (Lothian Track Partnership)
            speakers_of[i] = SpeakerRef(named.name, speaker.mention, speaker.role, "organisation")
            continue
        if not speaker.name[:1].isupper():
            continue
        placed = _PLACE_THEN_KIND.fullmatch(speaker.name) if speaker.role is None else None
        if placed is not None and (named := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and said.kind == "organisation" and said.name[:1].isupper()
                and set(placed.group("kind").split()) <= set(said.name.lower().split())), None)) is not None:
            # "Northern Ireland wildlife park says …" over the lede's "A wildlife park on the shores of Lough Neagh" (Lough
            # Neagh Wildlife Park): the body whose name holds every word of that kind
            speakers_of[i] = SpeakerRef(named.name, speaker.mention, speaker.role, "organisation")
            continue
        if placed is not None and len(paras) > 1 \
                and (named := next((m.group() for k in range(1, min(3, len(paras)))
                                    for m in _CAPITALISED_NAME.finditer(text, *paras[k])
                                    if set(placed.group("kind").split()) <= set(m.group().lower().split())), None)) is not None:
            # "Leeds art college restores graduate show, says …" over the lede's "The Kirkstall College of Art and Design
            # in Leeds reopened …", who speaks later only as "the college"
            speakers_of[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")
            continue
        words = speaker.name.lower().split()
        # "Opposition party says …": the body the lede qualifies so ("The opposition Ghana Unity Congress (GUC) said")
        qualified = len(words) == 2 and (words[1] in BODY_KINDS or words[1] in _POLITICAL_KINDS)
        if not qualified and (len(words) != 1 or words[0] not in BODY_KINDS):
            continue
        named = next((said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                      if later.paragraph <= (2 if qualified else 8) and said is not None and said.kind == "organisation"
                      and later.mention is not None and said.name.lower() != speaker.name.lower()
                      and (words[0] in fold(later.mention.text).split() and said.name[:1].isupper() if qualified
                           else fold(later.mention.text).split()[-1:] == words)), None)
        if named is not None:
            speakers_of[i] = SpeakerRef(named.name, speaker.mention, speaker.role, "organisation")


# A name of capitalised words, maybe linked ("Kirkstall College of Art and Design").
_CAPITALISED_NAME = re.compile(r"(?!The\s)[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’-]*)+")
# A place's name, then a body's kind in lower case ("Northern Ireland wildlife park").
_PLACE_THEN_KIND = re.compile(r"(?:[A-Z][\w'’-]*\s+)+(?P<kind>(?:[a-z]+\s+)*[a-z]+)")
# "the mine's owner", "the plant's operator": the body that owns or runs a thing.
DEFINITE_NOUN = re.compile(r"[Tt]he\s+(?P<noun>[a-z]{4,})")
ENGLISH_BODY_NOUNS = frozenset(english.ORGANISATION_NOUNS) | COMPANY_NOUNS | BODY_KINDS
_FIRMS_BY_TRADE = frozenset(("contractor", "builder"))  # (beyond COMPANY_NOUNS, which holds "developer")
# What a headline names by its noun alone, as the lede's document or inquiry ("Inquiry finds …", "Study finds …").
_HEADLINE_DOCUMENTS_FR = frozenset(("bilan", "rapport", "etude", "enquete", "sondage"))
_HEADLINE_DOCUMENTS = frozenset(("inquiry", "investigation", "probe", "study", "report", "survey", "review", "audit",
                                 "research")) | _HEADLINE_DOCUMENTS_FR
# The words that may come before such a document's noun in a headline ("selon un nouveau bilan", "new report").
_HEADLINE_DOCUMENT_MODIFIERS = frozenset(("un", "une", "le", "la", "l'", "nouveau", "nouvelle", "dernier", "derniere", "premier",
                                          "a", "the", "new", "latest"))


def headline_documents_to_lede_document(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """A headline's "Inquiry finds …", "Study finds …" or "…, selon un nouveau bilan" is the inquiry, study or count the
    first paragraphs describe ("An independent inquiry into the deaths …", "A study published in the X Journal …"), or
    whoever wrote it ("An inspection report published on Tuesday by the Office of the Inspector of Prisons found …",
    "selon un nouveau bilan communiqué lundi soir par le gouvernement congolais")."""
    for i, draft in enumerate(drafts):
        if draft.paragraph > 0:
            break
        words = fold(draft.mention.text.strip()).split() if draft.mention is not None else []
        if not words or len(words) > 3 or words[-1] not in _HEADLINE_DOCUMENTS \
                or not _HEADLINE_DOCUMENT_MODIFIERS.issuperset(words[:-1]):
            continue
        noun = words[-1]
        if noun in _HEADLINE_DOCUMENTS_FR and speakers_of[i] is not None and noun not in fold(speakers_of[i].name).split():
            continue  # ("…, selon une étude" already given to the study's lead author; English gives the lede's study)
        described = next((said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                          if later.paragraph <= 2 and said is not None and later.mention is not None
                          and noun in fold(said.name).split() + fold(later.mention.text).split()[:4]
                          + fold(text[later.sentence[0]:later.position]).split()[:4]
                          # ("…, according to a report published on Monday by the Upland Farming Trust")
                          + (fold(text[later.position:later.position + 60]).split()[:5]
                             if fold(later.cue or "") in ("according to", "selon", "d'apres") else [])),
                         None)
        if described is not None:
            speakers_of[i] = SpeakerRef(described.name, draft.mention.text, described.role, described.kind)
