"""A company's name with its legal form ("Palmas del Aguán S.A.", "Lõunaliin AS", "Kasumbi Copper
Mining Ltd"): the fullest name the article gives it, so its speaker wherever it is named without it."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.first_names import is_first_name
from claims.extract.types import SpeakerRef

_LEGAL_FORMS = (r"(?:Ltd\.?|Limited|Inc\.?|Corp\.?|S\.A\.|SA|SAS|SARL|Sàrl|AG|AS|ASA|plc|PLC|Plc|GmbH|LLC|SpA|S\.p\.A\."
                r"|N\.V\.|NV|Sdn\.? Bhd\.?|Bhd|Pty\.? Ltd\.?)")


@lru_cache(maxsize=512)
def _with_form(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(name)},?[ \u00a0]+{_LEGAL_FORMS}(?![\w-])")


def with_legal_forms(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named without the legal form the article once writes after
    that same name with the name and its form (the one form written, never a choice between two)."""
    fuller: dict[str, str | None] = {}
    for i, speaker in enumerate(resolved):
        if speaker is None or not speaker.name[:1].isupper() or is_first_name(speaker.name.split()[0]):
            continue  # (no role phrase, no person's name)
        if speaker.name not in fuller:
            forms = {m.group().replace(",", "").replace("\u00a0", " ") for m in _with_form(speaker.name).finditer(text)} \
                if speaker.name in text else set()
            fuller[speaker.name] = forms.pop() if len(forms) == 1 else None
        if (name := fuller[speaker.name]) is not None:
            resolved[i] = SpeakerRef(name, speaker.mention, speaker.role, "organisation")
