"""The comparable facts of one claim: numbers, dates, entities, negation.

Built from the `claims.facts` JSON written by ingest:
`{"numbers": [{"value","unit","text"}], "dates": [{"iso","text"}], "entities": [...], "negated": bool}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claims.compare.normalise import fold
from claims.extract.types import PartialDate

# Unit spellings that mean the same thing, in French and English.
_UNIT_ALIASES = {
    "%": "%", "pour cent": "%", "pourcent": "%", "percent": "%", "per cent": "%", "pct": "%",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "£": "GBP", "gbp": "GBP", "livre": "GBP", "livres": "GBP", "pound": "GBP", "pounds": "GBP",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "kilogram": "kg", "kilograms": "kg",
    "t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
    "mile": "mi", "miles": "mi", "mi": "mi",
    "h": "h", "heure": "h", "heures": "h", "hour": "h", "hours": "h",
    "jour": "day", "jours": "day", "day": "day", "days": "day",
    "an": "year", "ans": "year", "annee": "year", "annees": "year", "year": "year", "years": "year",
    "mois": "month", "month": "month", "months": "month",
}
# Units known in both languages: different known units are a real difference.
KNOWN_UNITS = frozenset(_UNIT_ALIASES.values())


def unit_key(unit: str | None) -> str | None:
    if not unit:
        return None
    key = fold(unit).strip()
    return _UNIT_ALIASES.get(key, key)


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    unit: str | None
    text: str

    def same(self, other: Number, same_language: bool) -> bool:
        if abs(self.value - other.value) > 1e-9 * max(1.0, abs(self.value)):
            return False
        if self.unit is None or other.unit is None or self.unit == other.unit:
            return True
        # "emplois" vs "jobs" is a translation, "km" vs "mi" is a difference.
        if not same_language and not (self.unit in KNOWN_UNITS and other.unit in KNOWN_UNITS):
            return True
        return False


@dataclass(frozen=True, slots=True)
class DateFact:
    date: PartialDate
    text: str


@dataclass(frozen=True, slots=True)
class Facts:
    numbers: tuple[Number, ...] = ()
    dates: tuple[DateFact, ...] = ()
    entities: tuple[str, ...] = ()  # display forms, parallel to entity_keys
    entity_keys: tuple[str, ...] = ()
    negated: bool = False


def _is_year(value: float, unit: str | None) -> bool:
    return unit is None and value == int(value) and 1800 <= value <= 2100


@lru_cache(maxsize=16384)
def entity_key(name: str) -> str:
    """The key a French and an English mention of one entity share ("Russie", "Russia" → "russia")."""
    from claims.extract.entities import entity_key as extracted_entity_key

    return extracted_entity_key(name) or fold(name)


def parse_facts(raw: dict | None) -> Facts:
    """Facts from the stored JSON; a year written as a bare number counts as a date."""
    if not raw:
        return Facts()
    dates: list[DateFact] = []
    for d in raw.get("dates") or ():
        parsed = PartialDate.parse(d.get("iso"))
        if parsed is not None:
            dates.append(DateFact(parsed, d.get("text") or d.get("iso")))
    date_texts = [fold(d.text) for d in dates]
    numbers: list[Number] = []
    for n in raw.get("numbers") or ():
        try:
            value = float(n.get("value"))
        except (TypeError, ValueError):
            continue
        text = n.get("text") or str(n.get("value"))
        unit = unit_key(n.get("unit"))
        if any(fold(text) in dt for dt in date_texts):
            continue  # the day or year of a date already parsed
        if _is_year(value, unit):
            if not any(d.date.year == int(value) for d in dates):
                dates.append(DateFact(PartialDate(int(value)), text))
            continue
        numbers.append(Number(value, unit, text))
    entities = tuple(dict.fromkeys(e for e in raw.get("entities") or () if e))
    return Facts(
        numbers=tuple(numbers),
        dates=tuple(dates),
        entities=entities,
        entity_keys=tuple(entity_key(e) for e in entities),
        negated=bool(raw.get("negated")),
    )


def unmatched_numbers(a: Facts, b: Facts, same_language: bool) -> tuple[list[Number], list[Number]]:
    """Numbers of `a` with no equal in `b`, and of `b` with no equal in `a`."""
    only_a = [n for n in a.numbers if not any(n.same(m, same_language) for m in b.numbers)]
    only_b = [m for m in b.numbers if not any(m.same(n, same_language) for n in a.numbers)]
    return only_a, only_b


def unmatched_dates(a: tuple[DateFact, ...], b: tuple[DateFact, ...]):
    """Dates of `a` compatible with none of `b`, and the converse (partial dates allowed)."""
    only_a = [d for d in a if not any(d.date.compatible(e.date) for e in b)]
    only_b = [e for e in b if not any(e.date.compatible(d.date) for d in a)]
    return only_a, only_b
