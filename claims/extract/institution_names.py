"""Institution names that run over "and"/"et" and commas: English "the Department of Agriculture,
Food and the Marine", French "le ministère de l'Éducation, de la Culture et des Sciences", "la
ministre des Forêts et des Rivières". In French, a conjunct or a comma segment that opens on "de",
"du", "des", "d'" continues the name before it; it is no subject of its own. French names that run
on in lower-case words after their capitalised head ("le Conseil coréen pour la justice et la mémoire").
English names around a capitalised role word ("the Royal College of Nurses")."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.lang.en import PLACE_KEYS
from claims.extract.mention_shapes import TRAILING_DAY_EN
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speakers import Mention

_COMPLEMENT_CONJUNCT = re.compile(r"(?:de|du|des|d['’])(?:\s|(?<=['’]))")
_CAPITALISED_COMPLEMENT_OPENING = re.compile(r"\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_CAPITALISED_COMPLEMENT_CLOSING = re.compile(r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s*$")


def joined_complement_lists(segments: list[str]) -> list[str]:
    """French: a comma that only separates an institution's capitalised complements joins its
    segments back ("… de l'Éducation", " de la Culture et des Sciences")."""
    joined = [segments[0]]
    for segment in segments[1:]:
        if _CAPITALISED_COMPLEMENT_OPENING.match(segment) and _CAPITALISED_COMPLEMENT_CLOSING.search(joined[-1]):
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined


def complement_conjunct(phrase: str, before: str = "", organisations: frozenset[str] = frozenset()) -> bool:
    """Whether PHRASE, after "et", is a complement of the name BEFORE it ("et des Rivières"), or
    one capitalised word closing a body's name ("La Fédération BTP Rhône et Métropole")."""
    return _COMPLEMENT_CONJUNCT.match(phrase) is not None or (
        _ONE_CAPITALISED_WORD.fullmatch(phrase) is not None and _ONE_CAPITALISED_WORD.fullmatch(before.split()[-1] if before.split() else "")
        and not organisations.isdisjoint(fold(w) for w in before.split()[-5:])) or (
        # "L'Organisation des Nations unies pour l'alimentation et l'agriculture (FAO)": what the body is for, listed
        _LOWER_NOUN_CONJUNCT.fullmatch(phrase) is not None and _PURPOSE_BEFORE.search(before.rstrip()) is not None
        and not organisations.isdisjoint(fold(w.removeprefix("L'").removeprefix("L’")) for w in before.split()[:-3]))


_PURPOSE_BEFORE = re.compile(r"\bpour\s+(?:l['’]|la\s+|le\s+|les\s+)[a-zà-ÿ][\w-]*$")
_LOWER_NOUN_CONJUNCT = re.compile(r"\s*(?:l['’]|la\s+|le\s+|les\s+)[a-zà-ÿ][\w-]*(?:\s*\([A-ZÀ-ÖØ-Þ][\w-]{1,9}\))?\s*")


_ONE_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+")


# A French adjective by its ending ("référendaire", "citoyen", "locale"; no verb: "dénonce", "estime").
FRENCH_ADJECTIVE = r"[a-zà-ÿ-]{2,}(?:aire|al|ale|aux|ien|ienne|ois|oise|el|elle|if|ive|ais|aise|ain|aine|iste|istes)(?![\w-])"
# A body whose name the article puts between guillemets: "le collectif « Stop Bétonnage »".
_KIND_THEN_QUOTED_NAME = re.compile(
    r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:collectif|association|mouvement|plateforme|groupe|réseau|syndicat|club|fondation|"
    r"coalition|comité|liste|parti|ONG|initiative)(?:\s+" + FRENCH_ADJECTIVE + r")?\s+[«“\"]\s*(?P<name>[^«»“”\"]{2,60}?)\s*(?:[»”\"]\s*)?"
    # (its closing mark maybe stripped; "le comité référendaire « X », qui avait fait campagne …,": what it did)
    r"(?P<relative>,\s*qui\s[^,;:«»“”\"]{3,120},\s*)?$")


def last_quoted_body_name(text: str, noun: str, end: int) -> str | None:
    """The name between guillemets of the last body of kind NOUN the article named so before END ("GLT vivra" of "le
    collectif « GLT vivra »", for "Selon le collectif"), else None."""
    # (a capital opens the name: not "le club « dans les prochaines semaines »", what it said)
    named = re.findall(rf"\b(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)\s*{re.escape(noun)}(?:\s+{FRENCH_ADJECTIVE})?\s+[«“\"]\s*"
                       rf"([A-ZÀ-ÖØ-Þ0-9][^«»“”\"]{{1,59}}?)\s*[»”\"]", text[:end])
    return " ".join(named[-1].split()) if named else None


def quoted_body_name(region: str) -> tuple[str, str] | None:
    """(phrase, name) of a body named between guillemets closing REGION, else None."""
    found = _KIND_THEN_QUOTED_NAME.search(region)
    if found is None:
        return None
    return found.group()[:found.start("relative") - found.start() if found.group("relative") else None].strip(), found.group("name")


# ("the Global Fund to Fight AIDS", " Tuberculosis and Malaria": what the body is for, listed)
_PORTFOLIO_CLOSING = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+(?:of|for|to\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s*$")
# The country a listing body covers, after its head word ("… Travel Goods Association in Cambodia").
_COUNTRY_COVERED = r"(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?)?"
_COUNTRY_COVERED_CLOSING = re.compile(_COUNTRY_COVERED + r"\s*$")
_PORTFOLIO_CONTINUING = re.compile(
    r"\s*(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?:\s+(?:and|&)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?"
    + r"(?:\s+(?:union|spokes(?:wo)?man|spokesperson))?" + _COUNTRY_COVERED + r"(?:\s*\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,14}\))?\s*")  # (and the body's short form: "Pharmacists and Dentists Union (KMPDU)")


# "The Rail", "the Kenya Medical Practitioners": a body's name opening on a listed word ("The Rail, Tram and
# Bus Union").
_LISTED_NAME_OPENING = re.compile(r"(?:^|\b[Tt]he\s+)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s*$")
# ("In Australia, the Australian Competition and Consumer Commission": a place, then a body with its own article)
_ARTICLE_OPENING = re.compile(r"\s*(?:the|The)\s")
_PREPOSITION_OPENING = re.compile(r"\s*(?:In|At|On|For|From|By|With)\s")
_SHORT_FORM_AFTER = re.compile(r"(?:\s*\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]{1,14}\))?\s*$")
_LISTED_BODY_HEADS = ("Union", "Association", "Federation", "Confederation", "Council", "Alliance", "Institute", "Society",
                      "Ministry", "Department", "Agency", "Commission", "Committee", "Authority", "Board",
                      "union")  # ("the Fish, Food and Allied Workers union": a union named in lower case)


def _closes_a_body(segments: list[str]) -> bool:
    """One of SEGMENTS closes on "and" and the head word of a body's name ("Tram and Bus Union")."""
    return any((" and " in segment or " & " in segment)
               and _COUNTRY_COVERED_CLOSING.sub("", _SHORT_FORM_AFTER.sub("", segment)).endswith(_LISTED_BODY_HEADS)
               for segment in segments)


_LISTED_BODY_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+,?\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*?\s+"
    r"(?:" + "|".join(_LISTED_BODY_HEADS) + r")" + _COUNTRY_COVERED + r")\s*")


def listed_body_name(segment: str) -> str | None:
    """English: the whole name of a body listing what it covers, as SEGMENT ("The Rail, Tram and Bus Union",
    "the Kenya Medical Practitioners, Pharmacists and Dentists Union")."""
    match = _LISTED_BODY_NAME.fullmatch(segment)
    return match.group("name") if match is not None else None


def listed_body_closing(segment: str) -> int | None:
    """English: where the name of a body listing what it covers starts when it closes SEGMENT (its
    short form in brackets may follow: "… secretary of the Tanzania Mines, Energy, Construction and
    Allied Workers Union (TAMICO)"), else None."""
    match = _LISTED_BODY_NAME.search(segment)
    if match is None or _SHORT_FORM_AFTER.fullmatch(segment, match.end()) is None:
        return None
    return match.start("name")


def joined_listed_portfolios(segments: list[str]) -> list[str]:
    """English: the commas of a body's listed portfolios join their segments back ("… the Department
    of Agriculture", " Food and the Marine"; "The Rail", " Tram and Bus Union"; " Communities and Local Government on
    Friday": a day after the name); the list must close on "and"."""
    joined = [segments[0]]
    for i, segment in enumerate(segments[1:], 1):
        if (_PORTFOLIO_CLOSING.search(joined[-1]) or _LISTED_NAME_OPENING.search(joined[-1]) and _closes_a_body(segments[i:i + 3])
                and not _ARTICLE_OPENING.match(segment) and not _PREPOSITION_OPENING.match(joined[-1])) \
                and _PORTFOLIO_CONTINUING.fullmatch(TRAILING_DAY_EN.sub("", segment.rstrip())) \
                and any(" and " in later or " & " in later for later in segments[i:i + 3]):
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined


# English: a university named with its campus town ("the University of Nevada, Las Vegas (UNLV)", "California State
# University, Fresno"): the town closes the name.
_UNIVERSITY_CLOSING = re.compile(r"\bUniversity(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*$")
_CAMPUS_TOWN = re.compile(r"\s*[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}(?:\s*\([A-Z]{2,}\))?\s*")


def joined_campus_towns(segments: list[str]) -> list[str]:
    """English: the comma between a university's name and its campus town joins their segments back."""
    joined = [segments[0]]
    for segment in segments[1:]:
        if _UNIVERSITY_CLOSING.search(joined[-1]) and _CAMPUS_TOWN.fullmatch(segment):
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined


def campus_town(segment: str, name: str) -> bool:
    """Whether NAME is the campus town closing a university's name in SEGMENT ("… at the University of Nevada, Las Vegas")."""
    at = segment.find(", " + name)
    return at > 0 and _UNIVERSITY_CLOSING.search(segment, 0, at) is not None


# French: an organisation's name that runs on in lower-case words after its capitalised head ("le
# Conseil coréen pour la justice et la mémoire", "l'Organisation pour la sécurité et la coopération
# en Europe"), or after an organisation noun ("l'organisation Médecins sans frontières"), maybe with whom it gathers
# ("le réseau d'observateurs Veille citoyenne du Faso").
_ORGANISATION_NAME_RUNNING_ON = re.compile(
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?:(?P<noun>[a-zà-ÿ]+|ONG)(?:\s+(?:de\s+|d['’])[a-zà-ÿ]+s)?\s+)?"
    r"(?P<name>(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)(?P<rest>(?:\s+(?:[a-zà-ÿ-]+|[ldLD]['’][\wà-ÿ-]+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)){1,10}))")
# Common nouns that head an institution's name when capitalised ("le Service départemental d'incendie
# et de secours", "la Caisse nationale d'assurance maladie"), everyday words in lower case.
_CAPITALISED_INSTITUTION_HEADS = frozenset(("service", "centre", "caisse", "bureau", "maison", "regie", "haut", "haute", "institution"))
_NOT_IN_A_NAME = frozenset(("a", "ont", "est", "sont", "qui", "que", "dont", "avait", "sera", "lui", "elle", "il"))
_NAME_LINKS = frozenset(("de", "du", "des", "d'", "l'", "la", "le", "les", "et", "en", "pour", "sur", "sans", "contre", "au", "aux", "à"))
# What a body is for, closing the name before a comma, then the rest of that list ("la Commission nationale de lutte
# contre la non-transparence", ", la corruption et la concussion (CNLCC)").
_PURPOSE_CLOSING = re.compile(r"\s(?:contre|pour)\s+(?:la\s+|le\s+|les\s+|l['’])[a-zà-ÿ][\w'’-]*$")
_LOWER_NOUN = r"(?:la\s+|le\s+|les\s+|l['’])[a-zà-ÿ][\w'’-]*"
_PURPOSES_LISTED = re.compile(rf"(?P<list>(?:\s*{_LOWER_NOUN},)*\s*{_LOWER_NOUN}\s+et\s+{_LOWER_NOUN})(?:\s*\([A-ZÀ-ÖØ-Þ]{{2,10}}\))?\s*")


def organisation_running_on(segment: str, lex: Lexicon) -> Mention | None:
    """French: the whole name of an organisation written with lower-case words after its
    capitalised head, up to an apposition's comma."""
    head_phrase = segment.split(",", 1)[0].strip()
    found = _ORGANISATION_NAME_RUNNING_ON.fullmatch(head_phrase)
    if found is None or found.group("head").isupper():  # "L'ONG Médecins du Monde": the kind, then the name
        return None
    if found.group("noun") is not None:
        if fold(found.group("noun")) not in lex.organisation_nouns:
            return None
    elif fold(found.group("head")) not in lex.organisations and fold(found.group("head")) not in _CAPITALISED_INSTITUTION_HEADS:
        return None
    words = found.group("rest").split()
    if len(words) == 1 and words[0][:1].islower() and (found.group("noun") is None or words[0].isalpha()) \
            and fold(words[0]) not in _NOT_IN_A_NAME \
            and fold(words[0]) not in lex.stops and fold(words[0]) not in _NAME_LINKS:
        # "La Confédération paysanne", "l'ONG Action paysanne": one adjective, even one that is also a role word
        # (not "le site Info-pannes d'Hydro-Québec": a complement)
        return Mention(segment, name=found.group("name"), organisation=True)
    lower = [fold(w) for w in words if w[:1].islower()]
    if not lower or fold(words[-1]).split("'")[-1] in _NAME_LINKS or words[-1] in _NAME_LINKS:
        return None
    # ("La Confédération paysanne de la Mayenne": the head's one adjective, then its place, even a role word)
    adjective = fold(words[0]) if len(words) > 1 and words[0][:1].islower() and (
        fold(words[1]) in _NAME_LINKS or words[1][:2] in ("d'", "d’")) else None
    if any(w in _NOT_IN_A_NAME or w in lex.roles and w != adjective or w in lex.stops and w not in _NAME_LINKS for w in lower):
        return None
    if not any(w.split("'")[-1] in _NAME_LINKS or w in _NAME_LINKS for w in lower) \
            and not (len(words) == len(lower) and head_phrase[:2] in ("L'", "L’", "l'", "l’")):
        return None  # "la Commission européenne": adjectives only, read as before (not "L'Agence spatiale européenne")
    name = found.group("name")
    if "," in segment and _PURPOSE_CLOSING.search(head_phrase) and (listed := _PURPOSES_LISTED.fullmatch(segment.split(",", 1)[1])):
        name += "," + listed.group("list")  # "… contre la non-transparence, la corruption et la concussion": what it is for, listed
    return Mention(segment, name=name, organisation=True)


# English: a run of capitalised words joined by "and", "of", "for", "the" ("Irish Nurses and Midwives Organisation").
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*(?:(?:\s+(?:and|&|of|for|of\s+the|and\s+the|for\s+the))?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*)*")


# A role word, then a first name and a surname: "MP Marta Jurić".
_NAME_THEN_OF_AFTER_ROLE = re.compile(
    r"[\w-]+\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’-]+)\s+of\s")
_FIRST_NAME_AFTER_ROLE = re.compile(r"[\w-]+\s+(?P<first>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


# Capitalised words after a title, up to a body's word ("Guide| Outfitters Association").
_ROLE_THEN_NAME_AFTER = re.compile(r"\s+(?P<role>(?:[a-z][\w-]*\s+){1,3})[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


def organisation_around(segment: str, at: int, lex: Lexicon) -> str | None:
    """English: the organisation's name whose capitalised role word stands at AT ("Nurses" in "the
    Royal College of Nurses"): a run of capitalised words holding an organisation word, after an "of"
    or ending with the organisation word; None for an office before a name ("President Joe Biden")."""
    for run in _CAPITALISED_RUN.finditer(segment):
        if not run.start() <= at < run.end():
            continue
        words = run.group().split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]
        folded = [fold(w) for w in words]
        if len(words) < 2 or lex.organisations.isdisjoint(folded):
            return None
        # "The Guide Outfitters Association", "The Prince George Chamber of Commerce": the article opens a body's name
        body_after_title = run.group().startswith("The ") and segment[at:].startswith(words[0]) \
            and not lex.organisations.isdisjoint(fold(w) for w in words[1:5 if folded[1] == "and" else 4])
        # (not "… Elizabeth Hospital King's Lynn …"; "The Paramedics' and Ambulance Staff Association": one more word after "and")
        # "the Passenger Transport Workers' Union": capitalised words up to the body's word, no one's name among them
        # (not "Actor Denzel Washington": a city's name stands for a government, not for a body named so)
        body_named_from_role = len(words) >= 3 and folded[-1] in lex.organisations and folded[-1] not in PLACE_KEYS \
            and "of" not in folded and not any(w.endswith(("'s", "’s")) or is_first_name(w) for w in words)
        if segment[at:].startswith(words[0]) and folded[1] not in lex.organisations and not body_after_title \
                and not body_named_from_role:
            return None  # "President of the European Council", "Actor Denzel Washington": an office, a person
        after_of = segment[max(run.start(), at - 4):at] == " of " or segment[max(run.start(), at - 8):at] == " of the "
        if not after_of and not body_after_title and (person := _FIRST_NAME_AFTER_ROLE.match(segment, at)) is not None \
                and is_first_name(person.group("first")):
            return None  # "Opposition MP Marta Jurić of the Social Democratic Party": a person, then her party
        closing = words[-3:]
        if len(words) > 3 and fold(closing[0]) in lex.roles and lex.organisations.isdisjoint(map(fold, closing[1:])) \
                and not (closing[-1].endswith("s") and fold(closing[-1][:-1]) in lex.roles):  # (not "Ambulance Chief Executives")
            return None  # "Board of Supervisors Chairman Rocky Counts": the body's officer, named by first name and surname
        if not after_of and (person := _NAME_THEN_OF_AFTER_ROLE.match(segment, at)) is not None \
                and lex.organisations.isdisjoint(fold(w) for w in person.group("name").split()):
            return None  # "Associate Professor Rangi Parata of Massey University": a person, then the university
        if (office := _ROLE_THEN_NAME_AFTER.match(segment, run.end())) is not None \
                and not lex.roles.isdisjoint(fold(w) for w in office.group("role").split()):
            return None  # "Queensland Nurses and Midwives' Union secretary Danielle Roper": the body's officer
        named = [w for w in words[:words.index("of")] if w.rstrip(".") not in lex.titles] if "of" in words else []
        if len(named) >= 2 and lex.organisations.isdisjoint(map(fold, named)) \
                and (is_first_name(named[0]) or len(named) <= 3 and lex.roles.isdisjoint(map(fold, named))
                     and all(w[:1].isupper() and w[1:].islower() for w in named) and not named[-1].endswith("s")
                     and words[words.index("of") + 1:words.index("of") + 2] == ["the"]):
            # "Dr Peter Ramo of the Solomon Islands Midwives Network", "Aoife Gallagher of the Parents' Food Safety
            # Network": a person, then the body (not "Lowland Sectors of Nurses Trade Union": the body's own name)
            return None
        return " ".join(words) if folded[-1] in lex.organisations or after_of or body_after_title else None
    return None
