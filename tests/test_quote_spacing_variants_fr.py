"""French copy sets « » apart with a plain space, a no-break space or a narrow no-break space (U+202F, the typographers'
choice): the same article must give the same claims and speakers whichever it uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extract_support import claims_of

DEV = Path(__file__).parent / "fixtures" / "dev"
# Articles whose claims once changed with the spacing (a statement before "… : « … »" was lost, an interrupted quotation
# split in two), and the real Wikinews ones.
ARTICLES = sorted(DEV.glob("fr-wikinews/*.txt")) + [
    next(DEV.glob(f"own/{folder}/{stem}*.txt")) for folder, stem in (
        ("fr-blind21", "fx11"), ("fr-blind52", "hx04"), ("fr-blind197", "tf03"), ("fr-blind47", "hs12"),
        ("fr-blind226", "we09"), ("fr-blind174", "ri05"), ("fr-blind179", "rr11"), ("fr-blind283", "aq08"))]


def _spaced(text: str, space: str) -> str:
    return re.sub(r"[ \u00a0\u202f]»", space + "»", re.sub(r"«[ \u00a0\u202f]", "«" + space, text))


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind, re.sub(r"[\s\u00a0\u202f]+", " ", c.content), c.speaker.name if c.speaker else None)
            for c in claims_of(text, "fr")]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:24])
def test_the_space_inside_the_guillemets_changes_no_claim(path):
    text = path.read_text(encoding="utf-8")
    plain = _read(_spaced(text, " "))
    assert _read(_spaced(text, "\u00a0")) == plain
    assert _read(_spaced(text, "\u202f")) == plain
