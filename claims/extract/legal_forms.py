"""A company's name with its legal form ("Palmas del Aguán S.A.", "Lõunaliin AS", "Kasumbi Copper
Mining Ltd"), and a body's with its kind spelled out ("Union sportive Val-de-Garonne" for "US Val-de-Garonne"): the
fullest name the article gives it, so its speaker wherever it is named by a shorter one."""

from __future__ import annotations

import re

from claims.extract.acronyms_fr import initials
from claims.extract.first_names import is_first_name
from claims.extract.types import SpeakerRef

# A legal form ("S.A.", "Ltd", "AS", "Sdn Bhd" …), found where it starts a word (the pattern opens on the
# form itself, so the search skips to its first letters), then checked to follow a name and a space.
_LEGAL_FORM = re.compile(r"(?P<form>Ltd\.?|Limited|Inc\.?|Corp\.?|S\.A\.|SA|SAS|SARL|Sàrl|AG|AS|ASA|plc|PLC|Plc"
                         r"|GmbH|LLC|SpA|S\.p\.A\.|N\.V\.|NV|Sdn\.? Bhd\.?|Bhd|Pty\.? Ltd\.?)(?![\w-])")
_NAME_END_BEFORE = re.compile(r"[\w.],?[ \u00a0]$")
# The dotted forms, without their last full stop, which may also end a sentence ("… Altiplano S.A.S. According to …").
DOTTED_LEGAL_FORMS = r"S\.A\.S|S\.A|S\.p\.A|N\.V|B\.V|S\.L|S\.R\.L|L\.L\.C|P\.L\.C"
_FORM_INITIAL = re.compile(r" ([SNBLP])$")


def ends_with_legal_form(name: str) -> bool:
    """Whether NAME closes on a company's legal form ("Indian Ocean Marine Resources Ltd")."""
    return " " in name and _LEGAL_FORM.fullmatch(name, name.rfind(" ") + 1) is not None


# English bodies' nouns that never stand for a company with a legal form ("Karamea Ridge Coal Ltd" is no union).
NEVER_A_COMPANY = frozenset(("union", "council", "ministry", "department", "commission", "federation", "association", "charity"))


def never_this_company(noun: str, name: str) -> bool:
    """Whether a body's NOUN ("the union") cannot stand for NAME, a company with a legal form."""
    return noun in NEVER_A_COMPANY and ends_with_legal_form(name)


def with_legal_forms(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named without the legal form the article once writes after
    that same name with the name and its form (the one form written, never a choice between two)."""
    # (where the name before each form ends: before its space, or its comma and space)
    forms = [(m.start() - (2 if text[m.start() - 2:m.start() - 1] == "," else 1), m.group("form"))
             for m in _LEGAL_FORM.finditer(text) if _NAME_END_BEFORE.search(text, max(0, m.start() - 3), m.start())]
    if not forms:
        return
    fuller: dict[str, str | None] = {}
    for i, speaker in enumerate(resolved):
        if speaker is None or not speaker.name[:1].isupper() or is_first_name(speaker.name.split()[0]):
            continue  # (no role phrase, no person's name)
        name = speaker.name
        if name not in fuller:
            # ("Oleoducto Transandino S" cut at the first dot of "S.A. (OTSA)": the name before the form)
            cut = _FORM_INITIAL.search(name) if name + "." in text else None
            key = name[:cut.start()] if cut is not None else name
            found = {f"{key} {form}" for at, form in forms if text.endswith(key, 0, at) and _opens_a_word(text, at - len(key))
                     and (cut is None or form.startswith(cut.group(1) + "."))}
            fuller[name] = found.pop() if len(found) == 1 else None
        if fuller[name] is not None:
            resolved[i] = SpeakerRef(fuller[name], speaker.mention, speaker.role, "organisation")


def _opens_a_word(text: str, at: int) -> bool:
    before = text[at - 1:at] if at else ""
    return not (before.isalnum() or before in ("-", "_"))


# A short form of a body's kind before its name ("US Val-de-Garonne", "AS Monaco", "FC Sion").
_KIND_SHORT_FORM = re.compile(r"(?P<short>[A-Z]{2,4}) (?P<rest>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [\w'’.-]+){0,3})")


def with_spelled_out_kinds(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each body named by the short form of its kind ("US Val-de-Garonne") with the name the
    article spells out once ("l'Union sportive Val-de-Garonne"): the initials of the words before the same name."""
    fuller: dict[str, str | None] = {}
    for i, speaker in enumerate(resolved):
        if speaker is None or (short := _KIND_SHORT_FORM.fullmatch(speaker.name)) is None:
            continue
        if speaker.name not in fuller:
            found = set()
            for at in (m.start() for m in re.finditer(re.escape(" " + short.group("rest")), text)):
                words = text[max(0, at - 60):at].split()
                spelled: list[str] = []
                while words and len(initials(" ".join(spelled))) < len(short.group("short")):
                    spelled.insert(0, words.pop())
                if spelled and initials(" ".join(spelled)) == short.group("short"):
                    spelled[0] = re.sub(r"^[lLdD]['’]", "", spelled[0])  # ("l'Union sportive …": the name, not its article)
                    if spelled[0][:1].isupper():
                        found.add(" ".join(spelled + [short.group("rest")]))
            fuller[speaker.name] = found.pop() if len(found) == 1 else None
        if fuller[speaker.name] is not None:
            resolved[i] = SpeakerRef(fuller[speaker.name], speaker.mention, speaker.role, "organisation")
