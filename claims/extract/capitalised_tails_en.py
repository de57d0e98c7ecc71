"""English: a body the article names in full, then by the last words of its name in lower case
("the Lowveld Sugar Milling Company" … "the milling company said") or by its owner and its words
("the Central Bank of Iceland" … "Iceland's central bank")."""

from __future__ import annotations

import re


def name_ending_with(text: str, noun: str, position: int) -> str | None:
    """The last name before POSITION that closes on NOUN's words capitalised ("milling company" →
    "Lowveld Sugar Milling Company"), with one capitalised word or more before them, else None."""
    # ("cattle raisers' association" for "… Cattle Raisers Association": a possessive mark either side)
    words = [w.rstrip("'’") for w in noun.split()]
    if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words):
        return None
    if text.find(words[-1].capitalize(), 0, position) < 0:
        return None  # (a cheap test first: the pattern below is tried at every capital before POSITION)
    tail = r"['’]?[ \u00a0]+".join(re.escape(w.capitalize()) for w in words)
    found = None
    # ("Antigua and Barbuda Port Authority"; not "… Fire Service" of "… Fire Service Headquarters": a longer name)
    for match in re.finditer(rf"\b(?:[A-Z][\w'’&-]*[ \u00a0]+(?:(?:and|of|for|&)[ \u00a0]+)?){{1,4}}{tail}\b(?![ \u00a0]+[A-Z])", text[:position]):
        found = match.group()
    if found is None:
        return None
    named = found.split()
    while named and named[0] in ("The", "A", "An"):
        named = named[1:]
    return " ".join(named) if len(named) > len(words) else None


# An owner and the lower-case words of its body: "Iceland's central bank".
_OWNER_AND_BODY = re.compile(r"(?P<owner>[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*){0,2})['’]s[ \u00a0]+(?P<body>[a-z]+(?:[ \u00a0]+[a-z]+){0,2})")


def owned_body_in_full(text: str, phrase: str) -> str | None:
    """"Iceland's central bank" where TEXT names the "Central Bank of Iceland": that name, else None."""
    owned = _OWNER_AND_BODY.fullmatch(phrase.strip())
    if owned is None:
        return None
    body = r"[ \u00a0]+".join(re.escape(w.capitalize()) for w in owned.group("body").split())
    # ("the Comptroller's office": the "Office of the Comptroller General")
    found = re.search(rf"\b{body}[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?{re.escape(owned.group('owner'))}\b(?:[ -]General\b)?", text)
    return found.group() if found is not None else None
