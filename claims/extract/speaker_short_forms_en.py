"""English: a short form the article defined in brackets ("the Harbour Safety Authority (HSA)") is
written out wherever it stands in a speaker's name: the short form alone ("HSA said" → "Harbour
Safety Authority", also when used before the brackets), or inside a role phrase ("an HSA official",
"a spokesperson for HSA", "an official at the HSA")."""

from __future__ import annotations

import re

from claims.extract.lang.en import ROLE_WORDS
from claims.extract.organisations import stands_for
from claims.extract.speaking_bodies_en import GENERIC_BODY_NOUNS
from claims.extract.types import SpeakerRef

# "(HSA)", "(EPA Vic)": capitals (a dot or "&" inside), maybe a short place word after.
_BRACKETED_SHORT_FORM = re.compile(r"[ \u00a0]\((?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z&.]{1,9}(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{1,5})?)\)")
# Words of a long name read backwards from its bracket: capitalised words and the links inside names.
_LINK_WORDS = frozenset(("of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "del", "y"))  # (Spanish "Agua y Drenaje")
_TITLES = frozenset(("Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame"))
_WORD_BEFORE = re.compile(r"([\w&'’.-]+,?)[ \u00a0]+$")
_PREPOSITION_CLOSING = re.compile(r"\b(?:for|at|of|from|with|to|by|in)$")
_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")


def _capitals_count(short: str) -> int:
    return sum(c.isupper() for c in short.split()[0])


def run_before(text: str, at: int) -> tuple[list[str], bool]:
    """The capitalised words (and links) right before AT, in reading order, and whether "the" opens them."""
    words: list[str] = []
    end = at
    while (match := _WORD_BEFORE.search(text, max(0, end - 60), end)) is not None and len(words) < 12:
        word = match.group(1)
        if word.endswith(",") and not (word[:1].isupper() and "and" in words):
            break  # (but "Foreign, Commonwealth and Development Office": a list inside the name)
        if not (word[:1].isupper() or word in _LINK_WORDS) or word.endswith("."):
            if word in _TITLES:
                words.insert(0, word)
            break
        words.insert(0, word)
        end = match.start()
    with_the = False
    while words and (words[0] in _LINK_WORDS or words[0] == "The"):
        with_the = words[0] in ("the", "The")
        words.pop(0)
    while words and words[-1] in _LINK_WORDS:
        words.pop()
    return words, with_the


def _long_form(text: str, match: re.Match, is_person) -> tuple[str, bool] | None:
    short = match.group("short")
    words, with_the = run_before(text, match.start() + 1)
    if len(words) < 2:
        return _lower_case_long_form(text, match.start() + 1, short)
    # The longest tail whose letters the short form spells ("Dr Ann Lee of the Kestrel Institute
    # of Astronomy (KIA)" → "Kestrel Institute of Astronomy"), else the whole run.
    for i in range(len(words) - 1):
        if words[i] in _LINK_WORDS or (i and words[i - 1] not in _LINK_WORDS and not words[i - 1].endswith(("'s", "’s"))):
            continue  # (a tail starts the run, or follows a link or an owner: "the United Kingdom's Foreign, …")
        tail = " ".join(words[i:])
        if stands_for(short, tail):
            return tail, with_the or (i >= 1 and words[i - 1] == "the")
    if len(words) >= 3 and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "Peru's National Institute of Civil Defense (INDECI)": the country owns the name
    whole = " ".join(words)
    if len(words) < 3 or words[0] in _TITLES or is_person(whole):
        return None  # "councillor Ann Roe (FF)": a person and her party
    return whole, with_the


def _lower_case_long_form(text: str, at: int, short: str) -> tuple[str, bool] | None:
    """"the water development department (WDD)": the lower-case words right before AT whose
    initials spell SHORT, and whether "the" opens them."""
    if not short.isalpha() or not short.isupper():
        return None
    words = text[max(0, at - 90):at].split()
    for size in range(len(short), min(len(words), 2 * len(short)) + 1):
        tail = words[-size:]
        if not all(w.isalpha() and w.islower() for w in tail) or tail[0] in _LINK_WORDS:
            continue
        if "".join(w[0] for w in tail if w not in _LINK_WORDS).upper() == short:
            return " ".join(tail), len(words) > size and words[-size - 1] in ("the", "The")
    return None


def _initials(name: str) -> str:
    """The capitals a name's words give ("Harbour Roads Agency" → "HRA"), "" when a word is in lower
    case and no link (then it is no proper name)."""
    letters = []
    for word in name.split():
        if word in _LINK_WORDS:
            continue
        if not word[:1].isupper():
            return ""
        letters.append(word if word.isupper() and word.isalpha() else word[0])
    return "".join(letters)


_PLURAL_POSSESSIVE = re.compile(r"\s[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*s['’](?=\s)")
# A capitalised run of two words or more, with the links inside names ("World Health Organization").
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+(?:(?:[ \u00a0]+(?:of|for|and|on|&|the)){0,2}[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+)+")


_INNER_POSSESSIVE = re.compile(r"['’]s\s")
_COUNTRY_BEFORE = re.compile(r"(?<![\w.])(U\.S\.[ \u00a0]|U\.K\.[ \u00a0])$")


def _runs_spelling(text: str, short: str) -> set[str]:
    """The capitalised runs of TEXT whose initials spell SHORT ("THE Australian Maritime Safety
    Authority" for "AMSA"; a leading "The" and a closing possessive left out)."""
    found = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if words[0] in ("The", "THE"):
            words = words[1:]
        whole = " ".join(words)
        # (a possessive inside the run ends the owner's name: "National Oceanic and Atmospheric
        # Administration's Coral Reef Watch" for "NOAA")
        for name in {part.removesuffix("'s").removesuffix("’s") for part in (whole, _INNER_POSSESSIVE.split(whole, 1)[0])}:
            # ("ITF" for "International Transport Workers’ Federation": a plural possessive may be left out)
            named, of, place = name.rpartition(" of ")
            first, _, rest = name.partition(" ")
            if len(name.split()) >= 2 and short in (_initials(name), _initials(_PLURAL_POSSESSIVE.sub("", name))) \
                    or of and " " in named and " " not in place and _initials(named) == short \
                    or len(short) >= 3 and rest.count(" ") >= 2 and first[:1] != short[:1] and _initials(rest) == short:
                # ("Michigan Department of Natural Resources" for "DNR": its place opening the name left out)
                # ("U.S. Customs and Border Protection" for "CBP": the country's initials open its name)
                country = _COUNTRY_BEFORE.search(text, max(0, run.start() - 6), run.start()) if name == whole else None
                found.add(country.group(1) + name if country else name)  # ("Citizens Utility Board of Wisconsin" for "CUB": its place left out)
    return found


_ACRONYM_THEN_ROLE = re.compile(r"(?P<short>[A-Z]{3,6})\s+(?:spokes(?:wo)?man|spokesperson|official|officials)")


def _acronyms_spelt_by_other_speakers(resolved: list[SpeakerRef | None], long_of: dict, text: str) -> None:
    """A speaker named by a bare acronym the article never defines ("the CDC says") is the one other
    speaker whose name's initials spell it ("The Centers for Disease Control and Prevention said"):
    all of them, or for three letters and more all but the last one or two words' ("Harbour Roads
    Agency Te Ara" for "HRA"); with no such speaker, the one capitalised run of TEXT that spells it
    ("According to WHO data" after "The World Health Organization's representative")."""
    names = {s.name for s in resolved if s is not None and " " in s.name}
    tried: set[str] = set()
    for speaker in resolved:
        short = speaker.name if speaker is not None else ""
        if (role := _ACRONYM_THEN_ROLE.fullmatch(short)) is not None:
            short = role.group("short")  # "A FERC spokesperson said" after "the Federal Energy Regulatory Commission"
        if 3 <= len(short) <= 8 and _MIXED_CASE_SHORT.fullmatch(short) and short not in long_of and short not in tried:
            tried.add(short)  # "ECan" for "Environment Canterbury": each capital opens a word, the letters after it go on with it
            spelt = {run.group() for run in _CAPITALISED_RUN.finditer(text) if _opens_each_word(short, run.group())}
            if len(spelt) == 1:
                long_of[short] = (spelt.pop(), False)
            continue
        if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()) or short in long_of or short in tried:
            continue
        tried.add(short)  # (each claim of the acronym would search the same names and runs again)
        spelt = []
        for name in names:
            if name.startswith(short + " ") and name.split()[-1].lower() in GENERIC_BODY_NOUNS:
                continue  # ("ZIFA Referees Committee" is a committee of ZIFA, not what "ZIFA" spells; "RISE Moldova" is)
            initials = _initials(name)
            if initials == short or (len(short) >= 3 and initials.startswith(short)
                                     and 0 < _words_left_after(name, short) <= 2):
                spelt.append(name)
        if not spelt and len(short) >= 3:
            spelt = sorted(_runs_spelling(text, short))
        if len(spelt) == 1:
            long_of[short] = (spelt[0], False)


_MIXED_CASE_SHORT = re.compile(r"(?=\w*[a-z])(?:[A-Z][a-z]*){2,3}")


def _opens_each_word(short: str, name: str) -> bool:
    """Whether each capital of SHORT, with the small letters after it, opens the next of NAME's words (links left out)."""
    pieces = re.findall(r"[A-Z][a-z]*", short)
    words = [w for w in name.split() if w not in _LINK_WORDS]
    return len(words) == len(pieces) and any(len(p) > 1 for p in pieces) and all(w.startswith(p) for w, p in zip(words, pieces))


def _words_left_after(name: str, short: str) -> int:
    """How many of NAME's words are left once SHORT's letters are spelt by whole words (-1 when they
    end inside an all-capitals word)."""
    words = [w for w in name.split() if w not in _LINK_WORDS]
    taken = ""
    for n, word in enumerate(words, 1):
        taken += word if word.isupper() and word.isalpha() else word[0]
        if len(taken) >= len(short):
            return len(words) - n if len(taken) == len(short) else -1
    return -1


def short_forms_in_speakers(text: str, resolved: list[SpeakerRef | None], is_person) -> None:
    """Each speaker's name with the short forms in it written out (IS_PERSON: whether the article
    makes a name a person's, whose bracket then holds a party or a post, not a short form)."""
    long_of: dict[str, tuple[str, bool]] = {}
    for match in _BRACKETED_SHORT_FORM.finditer(text):
        short = match.group("short")
        if _capitals_count(short) < 2 or short in long_of:
            continue
        found = _long_form(text, match, is_person)
        if found is not None:
            long_of[short] = found
    _acronyms_spelt_by_other_speakers(resolved, long_of, text)
    if not long_of:
        return
    completed: dict[str, str] = {}
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        name = speaker.name
        alone = _LEADING_THE.sub("", name)
        mentioned = _LEADING_THE.sub("", speaker.mention or "")
        if alone in long_of or (mentioned in long_of and name.endswith(long_of[mentioned][0])):
            long = long_of[alone if alone in long_of else mentioned][0]
            resolved[i] = SpeakerRef(long, speaker.mention, speaker.role, "organisation")
            continue
        if name not in completed and speaker.kind == "organisation" and not is_person(name) \
                and (found := next((long for long, _ in long_of.values() if long.startswith(name + " ") and long in mentioned), None)):
            completed[name] = found  # "The Union of Students in Ireland (USI)" read up to "in": the long form it spells
        if name in completed:
            resolved[i] = SpeakerRef(completed[name], speaker.mention, speaker.role, "organisation")
            continue
        for short, (long, with_the) in long_of.items():
            if long in name or not short.split()[0].isupper():
                continue  # (a short form in mixed case, "TfL", is the brand the body goes by: kept in a role)
            inside = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", name)
            if inside is None or inside.start() == 0 and inside.end() == len(name) \
                    or _INDEFINITE_BEFORE.search(name, 0, inside.start()):
                continue  # ("a player at a QSL club": the short form describes a club, as the article wrote it)
            after = name[inside.end():].split()
            if (name[:inside.start()].rstrip().rsplit(" ", 1)[-1][:1].isupper() or inside.start() == 0) \
                    and after and all(word[:1].isupper() for word in after):
                # ("Suffolk SEND Families Together", "SEND Families Together Lancashire", "NSW Police": a body's own name
                # holds it, as written)
                continue
            role = after[:next((k for k, word in enumerate(after) if word in ("in", "at")), len(after))]  # ("… official in Kakamega")
            if inside.start() == 0 and role and all(word[:1].islower() for word in role) \
                    and (role[-1] in ROLE_WORDS or role[-1].removesuffix("s") in ROLE_WORDS):
                # ("CMST spokesperson", "USCG dispatcher", "CQC inspectors": unnamed people keep the role as the article writes it)
                continue
            before = name[:inside.start()].rstrip()
            written = f"the {long}" if with_the and _PREPOSITION_CLOSING.search(before) else long
            resolved[i] = SpeakerRef(name[:inside.start()] + written + name[inside.end():], speaker.mention,
                                     speaker.role, speaker.kind)
            break
