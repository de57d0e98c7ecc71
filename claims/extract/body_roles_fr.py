"""French: a body the article first describes by a role noun in apposition ("le gestionnaire du
réseau ferré italien, Rete Ferroviaria Italiana") is the speaker that noun names later ("Le
gestionnaire a précisé que …"); a company named once with its legal form ("Voltrad GmbH") speaks
under that fullest name wherever the article drops the form; a title the article always writes with its
article ("Le Monde", "La Croix") keeps it; a body named in lower case ("la commission électorale") is the
one the article names in full with those words ("Commission électorale nationale")."""

from __future__ import annotations

import re

from claims.extract.lang import fr as french
from claims.extract.name_words import COMPANY_DESIGNATORS
from claims.extract.speakers import fold, lexicon
from claims.extract.triggers import word_opening
from claims.extract.types import SpeakerRef


_ARTICLE = re.compile(r"^(?:l['’]|les?\s+|la\s+)")
_LEX = lexicon(french)


def _head(phrase: str | None) -> str:
    """The first noun of a role or a mention ("le gestionnaire du réseau …" → "gestionnaire")."""
    words = _ARTICLE.sub("", fold(phrase or "").strip()).split()
    return words[0] if words else ""


def bodies_by_their_role(resolved: list[SpeakerRef | None]) -> None:
    """A role noun left unresolved ("le gestionnaire") after an organisation that spoke under a role
    with that noun for head: that organisation."""
    described: dict[str, set[str]] = {}
    bodies_named = {s.name for s in resolved if s is not None and s.kind == "organisation"}
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        if speaker.name in bodies_named and speaker.name != speaker.role and speaker.name[:1].isupper() \
                and (speaker.role or speaker.mention or "")[:1].islower():
            described.setdefault(_head(speaker.role or speaker.mention), set()).add(speaker.name)
        elif speaker.name == speaker.role and " " not in speaker.name.strip() \
                and len(bodies := described.get(_head(speaker.role), set())) == 1:
            resolved[i] = SpeakerRef(next(iter(bodies)), speaker.mention, speaker.role, "organisation")


def companies_with_their_legal_form(text: str, resolved: list[SpeakerRef | None]) -> None:
    """"Voltrad" where the article also writes "Voltrad GmbH": the fullest name."""
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.kind != "organisation" or " " in speaker.name or not speaker.name[:1].isupper():
            continue
        forms = {m.group(1) for m in re.finditer(rf"\b{re.escape(speaker.name)}[ \u00a0]+([A-Z][\w.]*)", text)
                 if m.group(1).rstrip(".") in COMPANY_DESIGNATORS}
        if len(forms) == 1:
            resolved[i] = SpeakerRef(f"{speaker.name} {forms.pop()}", speaker.mention, speaker.role, speaker.kind)


# A capitalised article the name follows, or the preposition it merged with ("au Monde", "du Figaro").
_ARTICLE_OR_CONTRACTION = re.compile(r"(?:(?P<article>Le|La|Les|L['’])[ \u00a0]*|(?:[Aa]u|[Aa]ux|[Dd]u|[Dd]es)[ \u00a0]+)$")


_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?»”]\s+|\n\s*|«\s*|[-–—]\s+)$")  # (and a dateline's dash: "2012. - Le …")


def titles_with_their_article(text: str, resolved: list[SpeakerRef | None]) -> None:
    """"Le Monde avait salué …" read as "Monde": the name with its article, when every time the article
    writes the name, a capitalised article (or "au", "du") comes right before it, once at least inside a sentence."""
    articles: dict[str, str | None] = {}
    for i, speaker in enumerate(resolved):
        if speaker is None or not speaker.name[:1].isupper() or speaker.name.split()[0] in ("Le", "La", "Les") \
                or speaker.name[1:2] in ("'", "’") or fold(speaker.name.split()[0]) in _LEX.organisations:
            continue  # (nor "Agence mondiale …": a body's noun, whose article is the sentence's)
        if speaker.name not in articles:
            articles[speaker.name] = _article_always_before(text, speaker.name)
        if (article := articles[speaker.name]) is not None:
            resolved[i] = SpeakerRef(article + speaker.name, speaker.mention, speaker.role, speaker.kind)


def _article_always_before(text: str, name: str) -> str | None:
    """The article ("Le ", "L'") every occurrence of NAME in TEXT follows, else None."""
    seen = None
    for found in re.finditer(rf"{word_opening(name)}(?![\w-])", text):
        before = _ARTICLE_OR_CONTRACTION.search(text, max(0, found.start() - 5), found.start())
        if before is None:
            return None
        if before.group("article") is not None and not _SENTENCE_OPENS_BEFORE.search(text, max(0, before.start() - 3), before.start()):
            # (a capital inside a sentence: "selon Le Figaro", ": Le Monde"; not "Le Kremlin a …" opening one)
            seen = before.group("article") + ("" if before.group("article").endswith(("'", "’")) else " ")
    return seen


def bodies_written_in_full(text: str, resolved: list[SpeakerRef | None]) -> None:
    """"la commission électorale" where the article names the "Commission électorale nationale": the one
    capitalised name that opens on the speaker's words and goes on with adjectives."""
    for i, speaker in enumerate(resolved):
        if speaker is None or not speaker.name[:1].islower() or len(speaker.name.split()) < 2 or " de " in speaker.name:
            continue
        head = word_opening(speaker.name[:1].upper()) + re.escape(speaker.name[1:]).replace(r"\ ", r"[ \u00a0]+")
        # (a capital inside a sentence, not "Son entourage assure" opening one)
        found = {m.group().replace("\u00a0", " ") for m in re.finditer(rf"{head}(?:[ \u00a0]+[a-zà-ÿ]{{4,}}(?:e|es|s|al|aux)){{1,2}}\b", text)
                 if not _SENTENCE_OPENS_BEFORE.search(text, max(0, m.start() - 3), m.start())}
        if len(found) == 1:
            resolved[i] = SpeakerRef(found.pop(), speaker.mention, speaker.role, "organisation")
