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
# Provinces and states of other federations, after a town ("Jean Roy of Sherbrooke, Quebec, said"; not "Victoria",
# a first name too).
PROVINCE_NAMES = (
    "Quebec", "Ontario", "Alberta", "British Columbia", "Manitoba", "Nova Scotia", "Saskatchewan", "New Brunswick",
    "Newfoundland", "Prince Edward Island", "New South Wales", "Queensland", "Tasmania", "Western Australia",
    "South Australia", "Gauteng", "Limpopo", "KwaZulu-Natal", "Punjab", "Sindh", "Kerala", "Maharashtra")
# Countries as English copy writes them after a town ("Police in Lagos, Nigeria, said").
COUNTRY_NAMES = (
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahrain",
    "Bangladesh", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Costa Rica",
    "Croatia", "Cuba", "Cyprus", "Denmark", "Djibouti", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Guyana",
    "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica",
    "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
    "Liberia", "Libya", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Mali", "Malta", "Mauritania",
    "Mauritius", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
    "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Palestine",
    "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
    "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia",
    "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan",
    "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
    "United Arab Emirates", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
    # (island and small states)
    "Trinidad and Tobago", "Antigua and Barbuda", "Barbados", "Bahamas", "Dominican Republic", "Grenada", "Saint Lucia",
    "Suriname", "Ivory Coast", "Cape Verde", "Cabo Verde", "Comoros", "Seychelles", "Maldives", "Brunei", "East Timor",
    "Timor-Leste", "Samoa", "Tonga", "Vanuatu", "Solomon Islands", "Kiribati", "Equatorial Guinea", "Guinea-Bissau",
    "Central African Republic", "Czech Republic", "North Macedonia", "Liechtenstein", "Andorra", "Monaco")
STATE = "(?:" + "|".join(sorted((name.replace(" ", r"\s+") for name in STATE_NAMES + NATION_NAMES), key=len, reverse=True)) + ")"
_US_STATE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(STATE_NAMES, key=len, reverse=True)) + r")(?![\w-])")


def one_state_named(text: str) -> str | None:
    """The one US state TEXT names, else None (none, or several)."""
    found = {m.group() for m in _US_STATE.finditer(text)}
    return found.pop() if len(found) == 1 else None


# "Minas Gerais, Brazil's largest coffee-producing state", "the central Indian state of Madhya Pradesh", "Ondo State":
# a state or province named as such.
_NAMED_AS_STATE = re.compile(
    r"(?P<apposed>[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*){0,2}),\s+(?:[A-Z][\w-]*['’]s|the|a|an)\s+(?:[a-z-]+\s+){0,3}"
    r"(?P<unit>state|province)(?=[,.;:]|\s+(?:of|in|and|where|which)\b)"
    r"|\b(?P<unit2>state|province)\s+of\s+(?P<of>[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*){0,2})"
    r"|(?<![\w-])(?P<titled>[A-ZÀ-ÖØ-Þ][\w-]*\s+(?P<unit3>State|Province))(?![\w-]|\s+[A-Z])")  # ("Ondo State")


def one_named_as(text: str, unit: str) -> str | None:
    """The one state (UNIT "state") or province the article names as such, else the one US state it names, else None."""
    found = {m.group("apposed") or m.group("of") or m.group("titled") for m in _NAMED_AS_STATE.finditer(text)
             if unit in (m.group("unit"), m.group("unit2"), (m.group("unit3") or "").lower())}
    if not found and unit == "state":
        return one_state_named(text)
    return found.pop() if len(found) == 1 else None


# The nouns of a town's own body ("The city of Richmond", "the borough of X").
TOWN_BODY_NOUNS = r"(?:city|town|village|county|borough|municipality)"
# Any of them, after a town and its comma.
PLACES_AFTER_A_TOWN = frozenset(STATE_NAMES + NATION_NAMES + COUNTRY_NAMES + PROVINCE_NAMES)
# The same, as a pattern (longest first).
PLACE_AFTER_A_TOWN = "(?:" + "|".join(sorted(PLACES_AFTER_A_TOWN, key=lambda name: (-len(name), name))) + ")"


# A region named by a compass point after a town and its comma ("in Rotherham, South Yorkshire").
_COMPASS_REGION = re.compile(r"(?:North|South|East|West|Greater|Mid)\s+[A-Z][a-z]+")


def names_a_place_after_a_town(name: str) -> bool:
    """Whether NAME, after a town and its comma, is where the town is: a state, a country, a compass-named region."""
    return name in PLACES_AFTER_A_TOWN or _COMPASS_REGION.fullmatch(name) is not None


_COUNTRIES = frozenset(COUNTRY_NAMES)


def names_a_country(name: str) -> bool:
    """Whether NAME is a country the list names ("Vietnam", "Albania")."""
    return name in _COUNTRIES


_NATION_DEMONYMS = frozenset(("Welsh", "Scottish", "English", "Irish", "British"))


def country_demonym(word: str) -> bool:
    """Whether WORD is the adjective of a country the list names ("Ugandan", "Canadian", "Japanese", "Pakistani"),
    or of one of the UK's nations ("Welsh")."""
    return word in _NATION_DEMONYMS or any(word.endswith(ending) and (word[:-len(ending)] + restored) in _COUNTRIES
               for ending, restored in (("n", ""), ("ian", ""), ("ian", "a"), ("an", "a"), ("ese", ""), ("ese", "a"), ("i", "")))

