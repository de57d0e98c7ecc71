"""The scans `ArticleSpeakers.build` runs over an article's text: which capitalised words are
people (not sentence openers, places or things), the organisation noun that introduces a name,
the role phrases tied to a name, names written only before a possessive, and spelling variants."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extract.regex_trie import trie_pattern
from claims.extract.sources import canonical_source
from claims.extract.speech_recipients_fr import person_after_outlet
from claims.extract.name_contexts import PARTICLE_ANY_CASE
from claims.extract.speakers import PREPOSITION_BEFORE, Lexicon, fold, folded_words, names_in
from claims.extract.triggers import word_opening

if TYPE_CHECKING:
    from claims.extract.speaker_table import ArticleSpeakers


# Prepositions that introduce places and institutions rather than people ("par X", "with X" do not).
# ("Quant à Gabriel Attal, il a jugé": the person the sentence turns to, no place)
# (a prefix tree of the prepositions: see speakers.PREPOSITION_BEFORE)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:" + trie_pattern(("de", "du", "des", "of", "at", "from", "in", "to", "into", "au", "aux", "en", "dans", "sur", "vers",
                                "devant", "near", "on")) + r"|(?<!uant )à)\s+(?:(?:la|le|les|the)\s+|l['’])?|d['’])$",
    re.IGNORECASE)
# The space first: a literal prefix the regex engine can scan for quickly.
_CAPITALISED_INSIDE = re.compile(r" (?<=[\w,;:)»”\"] )([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+)")
_CLAUSE_PUNCTUATION = re.compile(r"[.;:!?»\"”\n]")
# A capitalised word opening a sentence, followed by a lower-case word.
_SENTENCE_OPENER = re.compile(r"[.!?\n]\s?([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-öø-ÿ]+)(?= [a-zà-öø-ÿ])")
_FIRST_OPENER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-öø-ÿ]+(?= [a-zà-öø-ÿ])")


def _written_in_lower_case(word: str, text: str) -> bool:
    """Whether `word` also appears in lower case as a whole word (one scan of the text)."""
    low = " " + word.lower()
    at = text.find(low)
    while at != -1:
        after = text[at + len(low):at + len(low) + 1]
        if not after or not (after.isalnum() or after in "-'’"):
            return True
        at = text.find(low, at + 1)
    return False


_APPOSITION_END = re.compile(r"[,.;:!?\n]")


# ("l'association d'usagers Aurillac-Clermont Rail": an elided complement qualifies the noun like an adjective)
_NOUN_BEFORE_NAME = re.compile(
    r"(?:^|[\s(])(?:(?i:le|la|les|du|au|un|une|the)\s+|(?i:l)['’])(?P<noun>[^\W\d_][\w-]*)(?P<adjectives>(?:\s+(?:d['’])?[^\W\d_][\w-]*){0,3}?)"
    r"(?P<comma>\s*,)?\s+(?P<article>(?:Le|La|Les|L['’]|The)\s*)?$")


_DESCRIBING_PREPOSITIONS = frozenset(("de", "d'"))
_PRESS_NOUNS_EN = frozenset(("newspaper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "website"))
_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’]\s*)?$")


def _introducing_noun(text: str, offset: int, lex: Lexicon) -> tuple[str, int, str] | None:
    """The organisation noun right before a name ("l'entreprise américaine Hewlett-Packard",
    "le quotidien français Le Figaro", "the company Apple"): (folded noun, distance back to the
    determiner, the name's own article as written)."""
    before = text[max(0, offset - 60):offset]
    nouns = lex.organisation_nouns_lower
    if not any(w.lower().replace("’", "'").rsplit("'", 1)[-1] in nouns for w in before[-45:].split()[-4:]):
        return None  # the common case, without a regex search
    match = _NOUN_BEFORE_NAME.search(before)
    if match is not None and lex.adjectival_names and fold(match.group("noun")) not in lex.organisation_nouns \
            and not match.group("comma") and (adjectives := match.group("adjectives").split()) \
            and fold(adjectives[-1]) in _PRESS_NOUNS_EN and all(w.islower() for w in [match.group("noun")] + adjectives):
        # "the regional newspaper El Heraldo": English adjectives before a newspaper's noun (not "the local campaign
        # group X", which "the company" is not)
        return fold(adjectives[-1]), len(before) - match.start("noun"), match.group("article") or ""
    if match is not None and fold(match.group("noun")) not in lex.organisation_nouns:
        # "la présidente du groupe Les Républicains": the organisation noun nearest the name.
        match = _NOUN_BEFORE_NAME.search(before, match.end("noun"))
    if match is None:
        return None
    noun = fold(match.group("noun"))
    adjectives = match.group("adjectives").split()
    if noun not in lex.organisation_nouns or not match.group("noun").islower() and not (
            not lex.adjectival_names and adjectives and all(w.islower() for w in adjectives)):
        return None  # (but "du Centre hospitalier Princesse Grace": a capitalised noun and its adjective open the name)
    if match.group("comma") and (not adjectives or lex.adjectival_names):
        return None  # ("selon la société, X a …"; but "l'entreprise exploitante, Minera Sur": the name in apposition)
    if match.group("comma") and _COMPLEMENT_BEFORE.search(before, 0, match.start("noun")):
        return None  # "le gouverneur de la banque centrale sardanaise, Nikolaï X": the governor named, not the bank
    if adjectives and lex.adjectival_names:
        return None  # English adjectives come before the noun: "the company will keep its Berlin…" is a clause
    if any(not w.islower() for w in adjectives) or (
        adjectives and (fold(adjectives[-1]) in lex.stops or PARTICLE_ANY_CASE.fullmatch(adjectives[-1]))
    ) or any((fold(w) in lex.stops or PARTICLE_ANY_CASE.fullmatch(w)) and fold(w) not in _DESCRIBING_PREPOSITIONS
             for w in adjectives):
        return None  # "la société de Paris": a complement, not an adjective ("le fabricant de vélos Véloria" is)
    return noun, len(before) - match.start("noun"), match.group("article") or ""


# French: a company or body noun in apposition right after a name ("Minera Norte, la société qui
# exploite le gisement, …"; not "Selon Paul Roux, la société a …").
_NOUN_APPOSED = re.compile(
    r",[ \u00a0]+(?:le|la|l['’])[ \u00a0]*(?P<noun>[a-zà-ÿ-]{4,})(?:[ \u00a0]+[a-zà-ÿ-]+){0,3}?(?:,|[ \u00a0]+(?:qui|dont)\b)"
    # "La mégisserie Faurie, l'une des dernières entreprises de …": one of a kind
    r"|,[ \u00a0]+(?:l['’]une?|une?)[ \u00a0]+des[ \u00a0]+(?:[a-zà-ÿ-]+[ \u00a0]+)?(?P<plural>[a-zà-ÿ-]{4,})s[ \u00a0]")
# A common noun opening a company's name as the article writes it: "La mégisserie " before "Faurie".
_TRADE_NOUN_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:La|Le|L['’])[ \u00a0]*(?P<trade>[a-zà-ÿ-]{4,}[ \u00a0]+)$")
_SOURCE_BEFORE = re.compile(r"(?:[Ss]elon|[Pp]our|[Dd]['’]après)[ \u00a0]+$")
_CAPITALISED_WORDS_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+)+$")


def _apposed_noun(text: str, offset: int, end: int, lex: Lexicon) -> tuple[str, int, str] | None:
    """French: the organisation noun in apposition right after the name at OFFSET..END, in the
    form of `_introducing_noun`, with the capitalised words of the name the scan left out ("des
    travailleurs de Minera Norte": "Minera ") in place of its article."""
    if lex.adjectival_names or text[end:end + 1] != "," or (apposed := _NOUN_APPOSED.match(text, end)) is None:
        return None
    noun = fold(apposed.group("noun") or apposed.group("plural"))
    if noun not in lex.organisation_nouns or _SOURCE_BEFORE.search(text, max(0, offset - 10), offset):
        return None
    if apposed.group("plural") and (trade := _TRADE_NOUN_BEFORE.search(text, max(0, offset - 30), offset)) is not None:
        return noun, 0, trade.group("trade")
    cut = _CAPITALISED_WORDS_BEFORE.search(text, max(0, offset - 40), offset)
    left_out = cut.group() if cut is not None and not any(w in lex.function_words for w in cut.group().split()) else ""
    return noun, 0, left_out


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter replaced, added or removed, in words of five letters or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


def _spelling_variants(names: list[str]) -> dict[str, str]:
    """Names of the same length in words that differ by one letter in one word: each rarer
    spelling → the most frequent one (the first written at equal counts)."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    distinct = list(counts)
    variants: dict[str, str] = {}
    for i, a in enumerate(distinct):
        wa = folded_words(a)
        for b in distinct[i + 1:]:
            wb = folded_words(b)
            if len(wa) != len(wb) or len(wa) < 2:
                continue
            differing = [(x, y) for x, y in zip(wa, wb) if x != y]
            if len(differing) == 1 and _one_edit_apart(*differing[0]):
                rare, common = (b, a) if counts[a] >= counts[b] else (a, b)
                variants.setdefault(rare, common)
    return variants


_CONTRACTED_PREPOSITIONS = frozenset(("du", "des", "d'", "au", "aux"))  # "préfète du Gers"


def _names_another_noun(role: str, lex: Lexicon) -> bool:
    """The phrase before a name ends with a preposition ("l'avocate générale contre X") or a new
    noun phrase follows the role ("accusé d'avoir tué son voisin, X"): the role is not X's."""
    if PREPOSITION_BEFORE.search(role + " "):
        return True
    words = role.split()
    return any(
        fold(w).rstrip("'’") in lex.bare_determiners and fold(w) not in _CONTRACTED_PREPOSITIONS
        and not PREPOSITION_BEFORE.search(" ".join(words[:i]) + " ")
        for i, w in enumerate(words[1:], 1)
    )


def _plural_role(found: str, lex: Lexicon) -> bool:
    """A role word in the plural ("prosecutors", "analystes"): a group, never one named person."""
    last = found.split()[-1]
    return last.endswith("s") and last not in lex.roles and last[:-1] in lex.roles


_TITLE_BEFORE = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{1,3})\.?[ \u00a0]+$")
_BIRTH_NAME_BEFORE = re.compile(r"\b(?:born|née|né)\s$")


_NAME_BEFORE_POSSESSIVE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+){1,3}$")


# "Health NZ Hawke’s Bay", "St John's Wood": a place's name holds the possessive
_PLACE_AFTER_POSSESSIVE = re.compile(r"[ \u00a0](?:Bay|Island|Islands|Creek|Point|Head|Harbour|Harbor|Hill|Valley|Park|Cross|Wood|Lake|River|Beach|Peak)\b")


def _names_before_possessives(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """Full names written only before a possessive ("Prime Minister Oleksiy Honcharuk's offer"),
    which names_in leaves out."""
    found = []
    for mark in ("'s", "’s"):
        at = text.find(mark)
        while at != -1:
            match = _NAME_BEFORE_POSSESSIVE.search(text, max(0, at - 60), at) \
                if text[at - 1:at].isalpha() and not _PLACE_AFTER_POSSESSIVE.match(text, at + 2) else None
            if match is not None:
                names = names_in(match.group(), lex)
                if names and " " in names[-1][1] and lex.organisations.isdisjoint(fold(w) for w in names[-1][1].split()):
                    found.append((match.start() + names[-1][0], names[-1][1]))
            at = text.find(mark, at + 2)
    return found


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’»]?\s+|\n\s*|[\"“«]\s?)$")


# French: a preposition and a lower-case word after a word opening a sentence ("Moniteur de ski").
_NOUN_AND_COMPLEMENT_AFTER = re.compile(r"[ \u00a0]+(?:de|du|des|à|au|aux|en|d['’])[ \u00a0]*[a-zà-ÿ]")


def headline_topic(speakers: ArticleSpeakers, text: str, start: int, name: str) -> bool:
    """French: whether NAME at START is one word opening the headline ("Inondations", "Réforme du
    rail", "Sécheresse : …") that no sentence writes capitalised inside it and no full name holds:
    the headline's topic, neither a person nor a body a pronoun or "le syndicat" can refer to."""
    return _one_word_opening_headline(text, start, name) and name not in speakers.capitalised_inside \
        and not any(name in full.split() for _, full in speakers.full_names)


def _headline_place_or_body(text: str, start: int, name: str) -> bool:
    """French: whether NAME at START is one word opening the headline that the article writes after
    an article no person's name takes ("Colombie-Britannique : …", "de la Colombie-Britannique"):
    a place or a body, no person a pronoun or a role can refer to."""
    return _one_word_opening_headline(text, start, name) \
        and re.search(rf"\b(?:[Ll]a|[Ll]e|[Dd]u|[Aa]u|[Aa]ux|[Ee]n)[ \u00a0]+{re.escape(name)}\b", text) is not None


def _one_word_opening_headline(text: str, start: int, name: str) -> bool:
    """NAME at START is one word opening the headline of an article with a body after it."""
    return start == 0 and " " not in name and -1 < text.find("\n\n") and len(name) <= text.find("\n")


_DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean")
# English: "in" or "near", maybe a compass word, right before a single capitalised word: a place.
_PLACE_PREPOSITION_BEFORE_EN = re.compile(r"\b(?:[Ii]n|[Nn]ear)\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central"
                                          r"|north-east|north-west|south-east|south-west|downtown|rural|greater)\s+)?$")
_LOWER_CASE_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")


def _without_sentence_openers(speakers: ArticleSpeakers, text: str) -> list[tuple[int, int, str]]:
    """Person mentions minus one-word ones that open a sentence and are never capitalised inside
    one nor part of a full name: "Business groups warned …", "Minimum parking rules …" are not
    people a pronoun can refer to."""
    mentions = speakers.person_mentions
    if not speakers.lex.adjectival_names and mentions:
        # French: "Moniteur de ski depuis trente ans, Patrick Donzel …": a common noun and its complement
        kept = [m for m in mentions if " " in m[2] or m[2] in speakers.capitalised_inside
                or not _NOUN_AND_COMPLEMENT_AFTER.match(text, m[1])
                or not _SENTENCE_OPENING.search(text, max(0, m[0] - 4), m[0]) and m[0] > 0]
        if kept and (headline_topic(speakers, text, kept[0][0], kept[0][2]) or _headline_place_or_body(text, kept[0][0], kept[0][2])):
            kept = kept[1:]
        return kept
    if not speakers.lex.adjectival_names or not mentions:
        return mentions
    full_words: set[str] | None = None
    kept = []
    for mention in mentions:
        start, end, name = mention
        if " " not in name and (name not in speakers.capitalised_inside and _SENTENCE_OPENING.search(
            text, max(0, start - 4), start
        ) or name.endswith(_DEMONYM_ENDINGS) and _LOWER_CASE_WORD_AFTER.match(text, end)
                or text.startswith(",", end) and _PLACE_PREPOSITION_BEFORE_EN.search(text, max(0, start - 24), start)):
            # "Vietnamese state media quoted her": a nationality before a noun; "In Manurewa, in south Auckland, Losa
            # Faleolo …, she said": a fronted place, no one "she" may be; unless a full name holds the word
            if full_words is None:
                full_words = {w for _, full in speakers.full_names for w in full.split()}
            if name not in full_words:
                continue
        kept.append(mention)
    return kept


# A name after its kind's noun: capitalised words, maybe joined by "&" ("Servais & Fils").
_NAME_AFTER_NOUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,4}"


_SENTENCE_END_IN_NAME = re.compile(r"(?<=\w{4})\.\s")  # (not "St. Pauli")
_MEDIUM_NOUNS = _PRESS_NOUNS_EN | frozenset(("quotidien", "journal", "hebdomadaire", "mensuel", "radio", "chaîne", "site",
                                             "station"))


def outlet_before_person(run: str) -> str:
    """A medium's name that a person's name follows in RUN ("Le Monde Pierre-Yves Le Goff" → "Le Monde"), else RUN."""
    words = run.split()
    first = person_after_outlet(words) if len(words) >= 3 else None
    return " ".join(words[:first]) if first is not None else run


def introduced_by_noun(text: str, noun: str, position: int) -> str | None:
    """"… fined Stockholm club BK Söderport … The club said", "la maison de ventes Servais & Fils …
    Selon la maison de ventes": the one name the article gives right after the lower-case NOUN
    before POSITION."""
    # (not "la régie La Tamponnaise des eaux", "le collectif Médecins pour l'air de l'Arve": a name that goes on in lower case)
    # ("\b" and NOUN, opening on its first letter: see `word_opening`)
    at_noun = word_opening(noun, r"\w") if noun[:1].isalnum() else rf"\b{re.escape(noun)}"
    # ("l'ONG nigérienne Sahel Solidarité Action": an adjective of origin between them)
    found = {m.group("name") for m in re.finditer(rf"{at_noun}(?:\s+[a-zà-ÿ]+(?:ien|ienne|ais|aise|ain|aine|ois|oise|ique|al|ale|and|ande))?"
                                                  rf"\s+(?P<name>(?>{_NAME_AFTER_NOUN}))(?!\s+(?:de|des|du|d['’]|pour|sans|contre)\s*[a-zà-ÿ])",
                                                  text[:position])}
    if not found and noun[:1].islower():
        # "le collectif Médecins pour l'air de l'Arve": a name for a cause, whole
        found = {m.group("name") for m in re.finditer(rf"{at_noun}\s+(?P<name>{_NAME_AFTER_NOUN}\s+(?:pour|sans|contre)\s+"
                                                      r"[^,.;:!?«»()\n]{1,40}?)(?=\s*[,.;:!?)]|\s+(?:a|ont|est|sont|qui)\s)",
                                                      text[:position])}
    # ("l'ONG Action Paysanne Haïti. Dans un communiqué": the name ends with its sentence)
    found = {_SENTENCE_END_IN_NAME.split(name, 1)[0] for name in found}
    # ("… a affirmé l'ONG malienne Solidarité Delta.": the sentence's full stop, not an abbreviation's)
    found = {name[:-1] if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 4 else name for name in found}
    # ("a raconté à l'agence Reuters Rosalinda Dizon", "a expliqué au quotidien Le Monde Pierre-Yves Le Goff": the
    # outlet, then who spoke to it)
    found = {name.split()[0] if " " in name and canonical_source(name.split()[0]) is not None
             else outlet_before_person(name) if noun in _MEDIUM_NOUNS else name for name in found}
    return found.pop() if len(found) == 1 else None
