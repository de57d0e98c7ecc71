"""English: a speaker first described without a name, then named in apposition to the same noun
("…, according to an independent security researcher who found the database. / The researcher,
Vikrant Seshadri, told Wikinews …"): the described speaker is the person (or the body) so named."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.speaker_english import INDEFINITE_OPENING
from claims.extract.types import SpeakerRef

# The noun a description is about: its last word before a complement or a relative clause.
_HEAD = re.compile(r"(?:[\w'’-]+\s+)*?(?P<head>[a-z][a-z-]{2,})(?:\s+(?:who|that|which|with|at|from|in|of|on|for)\b.*)?$")
_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})"
_PARAGRAPHS_AFTER = 2
# Police ranks a name may open with ("The spokeswoman, Inspector Salote Naivalu,").
_POLICE_RANKS = frozenset(("Inspector", "Sergeant", "Constable", "Superintendent", "Detective"))
# A group described by what it does, then named by the next paragraph's subject with a group's word closing its name
# (or in apposition to the group's noun).
_GENERIC_GROUPS = frozenset(("group", "organisation", "organization", "coalition"))
_GROUP_NAMED_NEXT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:In\s+its\s+[a-z]+,\s+)?[Tt]he\s+(?P<body>(?:[A-Z][\w'’-]+\s+){1,5}"
                               r"(?:Alliance|Association|Coalition|Federation|Council|Union|Network|Society|Foundation|Army|Front|Movement))"
                               r"(?=(?:\s+\([A-Z]{2,}\))?(?:,|\s+said\b))"  # ("The Ranao People's Army (RPA), which says")
                               # ("A tenants' organisation in Córdoba said … / The group, Inquilinos Unidos de Córdoba, said")
                               r"|(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?:group|organi[sz]ation|coalition),\s+"
                               r"(?P<apposed>[A-Z][\w'’-]+(?:\s+(?:(?:de|del|da|do|of|for|and)\s+)?[A-Z][\w'’-]+){0,5}),")


def described_then_named(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Give, in RESOLVED, each speaker an indefinite description names (its role, no name) to the
    person the next paragraphs name right after "The" and the description's noun (or after the noun as their
    title: "A sheriff has found …" … "Sheriff Eleanor Baird said"), when the article had not named them before."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None or speaker.name != speaker.role or draft.mention is None \
                or not INDEFINITE_OPENING.match(draft.mention.text.strip()):
            continue
        head = _HEAD.match(speaker.role)
        if head is None:
            continue
        last = min(draft.paragraph + _PARAGRAPHS_AFTER, len(paras) - 1)
        titled = head.group("head").capitalize() + " "
        if (speaker.role.split()[0] in _GENERIC_GROUPS or speaker.role.split()[-1] == "union" or head.group("head") in _GENERIC_GROUPS) \
                and (generic := _GROUP_NAMED_NEXT.search(text, draft.end, paras[min(draft.paragraph + 1, len(paras) - 1)][1])) is not None \
                and text.find(generic.group("body") or generic.group("apposed"), 0, draft.start) == -1:
            # "A group representing cattle ranchers in western Kansas asked …, saying … / In its letter, the High Plains
            # Cattlemen's Alliance, based in Dodge City, said": the group the next paragraph names; "a Manila-based
            # seafarers' union said … The United Filipino Seafarers' Alliance (UFSA) said"
            resolved[i] = SpeakerRef(generic.group("body") or generic.group("apposed"), speaker.mention, speaker.role, "organisation")
            continue
        if text.find(head.group("head") + ",", draft.end, paras[last][1]) == -1 and text.find(titled, draft.end, paras[last][1]) == -1 \
                and text.find(f" {head.group('head')} ", draft.end, paras[last][1]) == -1 \
                and text.find(titled.strip() + ",", draft.end, paras[last][1]) == -1:
            continue  # (a str test first: the noun and its comma, or the noun as a title, are rarely there)
        named = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?:[a-z-]+\s+){{0,2}}{head.group('head')},\s+{_NAME},"
                           # ("A sheriff has found that … / …, Sheriff Eleanor Baird said": the noun as the person's title)
                           rf"|(?<![\w-]){titled}{_NAME.replace('?P<name>', '?P<titled>')}(?=[\s,.])"
                           # ("An independent investigator has concluded … / The report, by the investigator Sheila Boaden, says")
                           rf"|\bthe\s+{head.group('head')}\s+{_NAME.replace('?P<name>', '?P<the_titled>')}(?=[\s,.])"
                           # ("A coroner in Cumbria … concluded / Area coroner Kirsty Halliwell said": a qualifier, then the noun)
                           rf"|(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z][a-z]+\s+{head.group('head')}\s+{_NAME.replace('?P<name>', '?P<qualified>')}(?=[\s,.])"
                           # ("A volunteer mountain rescue team in … said / The Glen Carron Mountain Rescue Team, which …": the body's name ends on the noun)
                           rf"|(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?P<body>(?:[A-Z][\w'’-]+\s+){{1,5}}{titled.strip()})(?=,)"
                           # ("An opposition candidate … has asked / Alena Zhuk, a 34-year-old lawyer who ran as the Free Choice
                           # movement's candidate in …, said": the noun in the relative clause of the apposition to a name
                           # opening a paragraph; not "X, a spokesperson for the ministry,", another body's)
                           rf"|(?<=\n){_NAME.replace('?P<name>', '?P<apposed>')},\s+an?\s+[^,.;:\n]*?\bwho\s[^,.;:\n]*?\b{head.group('head')}\b")
        found = named.search(text, draft.end, paras[last][1])
        if found is not None and found.group("body") is not None:
            if text.find(found.group("body"), 0, draft.start) == -1:
                resolved[i] = SpeakerRef(found.group("body"), speaker.mention, speaker.role, "organisation")
            continue
        name = found.group("name") or found.group("titled") or found.group("the_titled") or found.group("qualified") \
            or found.group("apposed") if found is not None else None
        if name is None or text.find(name.split()[-1], 0, draft.start) != -1:
            continue
        if speaker.kind == "organisation":
            if found.group("name") is not None and not is_first_name(name.split()[0]):
                resolved[i] = SpeakerRef(name, speaker.mention, speaker.role, "organisation")  # "The centre, Southern Renal Care,"
            continue
        if not is_first_name(name.split()[0]):
            # (someone the article has speak, maybe under the name without a police rank: "Inspector Salote Naivalu")
            name = next((s.name for s in resolved if s is not None and s.kind == "person"
                         and (s.name == name or name.split()[0] in _POLICE_RANKS and " " in s.name and name.endswith(" " + s.name))),
                        None)
            if name is None:
                continue  # (a person: a first name, or someone the article has speak)
        resolved[i] = SpeakerRef(name, speaker.mention, speaker.role, "person")


# A person opening a paragraph with what they run ("Helena Drummond, who has run the museum since 2012, told").
# ("In a letter posted on the cinema's Facebook page, Ruth and Dennis Kowalczyk, who bought the Starlite in 1994, wrote")
_HOLDER_OPENING = re.compile(
    r"(?:In\s+[^,.;:\n]{1,80},\s+)?(?:(?P<first>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)\s+and\s+)?" + _NAME
    + r",\s+who\s+(?:has\s+|had\s+)?(?:run|runs|ran|headed|heads|led|leads|directed|directs|managed|manages|chaired|chairs"
    r"|founded|owns|owned|bought)\s+(?:the\s+(?P<noun>[a-z]+)\b|the|it|its|[A-Z])")
_OWNED_ROLE = re.compile(r"(?:its|their|the\s+[a-z]+['’]s)\s+(?:[a-z]+\s+)?(?P<role>[a-z][a-z-]+)"
                         # ("The chair of the Ōpāwaho Netball Centre in Christchurch has warned": the body named)
                         r"|[Tt]he\s+(?P<role_of>[a-z][a-z-]+)\s+of\s+the\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;:]*")


def owned_role_then_holder(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Give, in RESOLVED, an unnamed role the lede owns to a body ("its director said", "the museum's director said")
    to the person the next paragraph opens with as the one who runs it ("Helena Drummond, who has run the museum
    since 2012, told"), and so the headline's role of the same word ("…, director says")."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if draft.paragraph > 2 or draft.mention is None or speaker is not None and speaker.kind == "organisation" \
                or (owned := _OWNED_ROLE.fullmatch(draft.mention.text.strip())) is None or draft.paragraph + 1 >= len(paras):
            continue
        role = owned.group("role") or owned.group("role_of")
        found = _HOLDER_OPENING.match(text, paras[draft.paragraph + 1][0])
        if found is None and draft.paragraph + 2 < len(paras):
            # a paragraph of background between: the holder runs the body the description names
            found = _HOLDER_OPENING.match(text, paras[draft.paragraph + 2][0])
            if found is not None and (found.group("noun") is None or found.group("noun") not in draft.mention.text.lower()):
                found = None
        if found is None and not role.endswith("s") and (speaker is None or speaker.name in (role, draft.mention.text.strip())):
            name = _new_speaker_opening(text, drafts, resolved, paras[draft.paragraph + 1][0], draft.start)
            if name is not None:  # "…, its team leader said on Sunday. / Colin Ferrabee told Radio New Zealand …"
                resolved[i] = SpeakerRef(name, draft.mention.text, speaker.role if speaker is not None and speaker.role else role, "person")
            continue
        if found is None:
            # "…, its owners announced on Friday. / In a post …, owners Graham and Lyn Petrie wrote …": the next
            # paragraph's speaker named with that role
            name = next((said.name for later, said in zip(drafts[i + 1:], resolved[i + 1:]) if later.paragraph == draft.paragraph + 1
                         and said is not None and said.kind == "person" and said.role == role and said.name != role), None)
            if name is None:
                continue
        elif found.group("first") and not role.endswith("s"):
            continue  # (a pair holds a plural role: "its owners")
        else:
            name = f"{found.group('first')} and {found.group('name')}" if found.group("first") else found.group("name")
        if speaker is None:
            resolved[i] = SpeakerRef(name, draft.mention.text, role, "person")  # "its owners announced" (no body named yet)
        for j, other in enumerate(resolved):
            if other is not None and other.kind != "organisation" and (
                drafts[j].paragraph <= draft.paragraph + 1 or other.name == role and (other.mention or "").lower() == "the " + role
            ) and (speaker is not None and other.name == speaker.name or other.name == role):
                resolved[j] = SpeakerRef(name, other.mention, role, "person")
        return


_SPEAKER_OPENING = re.compile(_NAME + r"\s+(?:told|said|says|added)\b")


def _new_speaker_opening(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], start: int, before: int) -> str | None:
    """The person opening the paragraph at START as the speaker of its first claim ("Colin Ferrabee told RNZ that …"),
    when the article had not named them before BEFORE."""
    found = _SPEAKER_OPENING.match(text, start)
    if found is None or not is_first_name(found.group("name").split()[0]) or text.find(found.group("name").split()[-1], 0, before) != -1:
        return None
    first = next((said for draft, said in zip(drafts, resolved) if draft.start >= start), None)
    return found.group("name") if first is not None and first.kind == "person" and first.name == found.group("name") else None


_BODY_HEADS = frozenset(("organisation", "organization", "group", "union", "association", "body", "federation", "lobby",
                         "alliance", "charity", "council"))
# What a description says of a body beside its trade: "the state's largest sheep growers' organisation".
_DESCRIPTION_WORDS = frozenset(("the", "a", "an", "its", "their", "largest", "biggest", "main", "leading", "oldest", "national",
                                "local", "regional", "state", "industry", "peak", "umbrella", "representative", "lobby", "group"))


def described_body_then_named(drafts: list[Draft], resolved: list[SpeakerRef | None], paras_after: int = _PARAGRAPHS_AFTER) -> None:
    """Give, in RESOLVED, a body the article describes by its trade before naming it ("…, the state's largest
    sheep growers' organisation said yesterday. / …, the Sheep Growers' Council of New South Wales estimated …")
    to the body a claim of the next paragraphs names with every word of that trade."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None or speaker.name != speaker.role or " " not in speaker.role \
                or speaker.role.split()[-1].lower() not in _BODY_HEADS or draft.mention is None:
            continue
        words = draft.mention.text.replace("’", "'").split()[:-1]
        # (a capitalised word is a name, no trade, and matches no lower-cased word of a body's name: "The RMT union")
        trade = [w.rstrip("'") for w in words if w.lower() not in _DESCRIPTION_WORDS and not w.endswith("'s")]
        if not trade:
            continue
        body = next((said.name for later, said in zip(drafts[i + 1:], resolved[i + 1:])
                     if later.paragraph <= draft.paragraph + paras_after and said is not None and said.kind == "organisation"
                     and said.name[:1].isupper() and said.name != said.role
                     and set(trade) <= {w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in said.name.lower().split()}), None)
        if body is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
