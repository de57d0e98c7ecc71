"""English: the names of the US states and of the UK's nations, which copy writes after a town ("Oshkosh,
Wisconsin") and which "the state" in a body's name stands for ("the state Department of Human Services")."""

from __future__ import annotations

import re

STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
    "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming")
NATION_NAMES = ("England", "Scotland", "Wales", "Northern Ireland")
STATE = "(?:" + "|".join(sorted((name.replace(" ", r"\s+") for name in STATE_NAMES + NATION_NAMES), key=len, reverse=True)) + ")"
_US_STATE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(STATE_NAMES, key=len, reverse=True)) + r")(?![\w-])")


def one_state_named(text: str) -> str | None:
    """The one US state TEXT names, else None (none, or several)."""
    found = {m.group() for m in _US_STATE.finditer(text)}
    return found.pop() if len(found) == 1 else None
