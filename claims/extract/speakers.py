"""Speaker phrases: the proper names in a phrase, and what the words
next to a claim say about its speaker (`Mention`, parsed by `speaker_mentions`). The per-language
lexicon is `speaker_lexicon`; the per-article table is `speaker_table`. The words and the context that tell a
name from a role inside a capitalised run are `name_words` and `name_contexts`; what a run leaves out of a
name is `name_tails`; cleaning a phrase and finding its role, `speaker_phrases`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.extract.lang import en as english
from claims.extract.segments import AMOUNT_AFTER_FULL_STOP  # "Rs. 8,000": a currency, no name ("France 2" is one)
from claims.extract.segments import letter_closes_sentence, sentence_opener
from claims.extract.first_names import first_middle_and_surname, is_first_name
from claims.extract.regex_trie import trie_pattern
from claims.extract.state_names_en import COUNTRY_NAMES, country_demonym
from claims.extract.mention_shapes import NUMBERED_OUTLET_NAME
from claims.extract.speaker_lexicon import Lexicon, fold, folded_words, lexicon  # noqa: F401 (re-exported)
from claims.extract.name_contexts import (
    ACRONYM_BEFORE_SLASH, AGE_OPENING, AMOUNT_NEXT, AND_THE_BEFORE, CAMPAIGN_OPENING, CLOSING_NOUN_AFTER,
    CURRENCY_CODE_CLOSING, DEFINITE_AND_ADJECTIVE_BEFORE, DETERMINER_BEFORE, DOTTED_ABBREVIATION,
    DOTTED_LEGAL_FORM_INSIDE, ELIDED_COMMON_NOUN, ELIDED_OPENING, ELIDED_ORGANISATION_ACRONYM, ELIDED_PARTICLE_OPENING,
    FAMILY_EPITHET_OPENING, FRENCH_LOCATIVE_BEFORE, FRONTED_PARTICIPLE_COMPLEMENT, GROUP_NOUN_BEFORE, HYPHENATED_EPITHET_OPENING,
    INDEFINITE_BEFORE, INDEFINITE_ROLE_APPOSITION, ITALIAN_TITLE, JOINED_OFFICE_AFTER, LOWER_CASE_NOUN_AFTER,
    MICRO_BEFORE, MIDDLE_INITIAL, NAME, NUMBERED_CHANNEL_BEFORE, OF_A_BEFORE, PARTICLE_ANY_CASE, PARTICLE_RE, PLACE_NOUN_BEFORE_FR,
    PLURAL_OWNER_AFTER, PORTFOLIO_LIST_BEFORE, POSSESSIVE, ROLE_AFTER_ORDINAL, ROLE_APPOSITION_NEXT, ROMAN,
    SAINT_BEFORE, SOURCE_PREPOSITION_BEFORE, THE_THEN_NAME, TITLED_PLACE_POSSESSIVE, VERB_NEXT, before_first_person,
    body_noun_after, demonym_words, party_after_noun,
)
from claims.extract.name_tails import (
    AND_ORGANISATION, COUNCIL_WITH, DOMAIN_AFTER, FEDERAL_DEPARTMENT_FR, REGION_WITH_ADJECTIVE_FR, SHOP_NAME_FR, UNION_LOCAL_OF,
    one_name, with_union_numbers,
)
from claims.extract.name_words import (
    CAMPAIGN_VERBS, COMMON_NOUNS_OF_NAMES_EN, COMPANY_NAME_ENDINGS, COMPANY_PREFIXES, COMPASS_WORDS_EN,
    DEMONYM_ENDINGS, DESCRIBING_SUFFIXES, FILIATION_PARTICLES, GAELIC_PARTICLES, HEADLINE_NOUN_LINKS,
    HONORIFICS_INSIDE_NAMES, HONORIFIC_PAIRS, INSTITUTION_PREFIXES, INTERFACE_VERBS, MALAY_FILIATION, MEDIA_ACRONYMS,
    NON_PERSON_NAME_ENDINGS, NUMBER_WORDS, OPENING_PARTICIPLES, ORDINALS_OF_ROLES, PLACE_WORDS, PLATFORMS,
    PLURAL_BODY_ENDINGS, POST_NOMINALS, PROFESSION_ENDINGS, REGIONS_OF_SEVERAL_WORDS, ROLE_MODIFIERS,
    SHARE_BUTTON_WORDS, SURNAME_ARTICLES, TERRITORIES, TITLES_ALSO_NAMES, UNIT_WORDS, VIETNAMESE_FAMILY_NAMES,
    closes_on_a_company_word, compound_role, general_opening_a_body, initial_closing, office_of_a_role,
    opens_on_a_first_name_like_a_role, portfolio_word, role_opening_a_body, strip_function_words,
)
from claims.extract.speaker_phrases import role_in

# A saint opening a place's name ("à San Juan de Luz", "à Saint Pierre"): the first name is the saint's.
_SAINTS = frozenset(("San", "Santa", "Santo", "São", "Saint", "Sainte", "St", "Ste"))
# (a compass adjective between a preposition and a place: "A court in southern Moldova", "in north-west Queensland")
# ("Long-haul truck drivers crossing North Dakota": a participle of place, read as a preposition; "Stephen Holme,
# defending Kevin Armstrong": a lawyer's client)
# (a prefix tree of the prepositions, not a flat case-insensitive list tried word by word at each word's
# edge; only one of them, followed by a space, can match at a place, so their order does not matter)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:" + trie_pattern("de|du|des|of|for|at|from|by|on|in|to|during|with|into|after|before|à|au|aux|sur|chez|pendant|lors|avec|contre|against|devant|pour|par|dans|en|sous|vers|entre|parmi|selon|under|near|between|among|via|like|unlike|including|across|throughout|around|outside|crossing|defending|representing|prosecuting".split("|")) + r")\s+(?:(?:la|le|les|the)\s+|l['’])?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+|central\s+|(?-i:(?:north|south)-(?:east|west)\s+)"
    r"|(?<=the\s)(?-i:opposition|ruling|governing)\s+)?|d['’])$", re.IGNORECASE)  # ("for the opposition Cymru Ymlaen party")


@dataclass(slots=True)
class Mention:
    """What the words next to a claim say about its speaker, before coreference."""

    text: str
    name: str | None = None  # a proper name as written (title removed)
    role: str | None = None
    pronoun: bool = False
    organisation: bool = False


def clear_caches() -> None:
    """Forget the phrases parsed so far (timing tools: each timed article starts cold)."""
    from claims.extract.speaker_mentions import _parsed_mention  # (it imports this module)

    names_in.cache_clear()
    folded_words.cache_clear()
    _parsed_mention.cache_clear()


# Body words that open a body's name in its own language ("Instituto Pantanal Vivo", "Fundación Vida Silvestre").
_BODY_WORDS_OPENING_FOREIGN_NAMES = frozenset((
    "École", "Université", "Universidad", "Universidade", "Università", "Universität", "Universiteit", "Instituto",
    "Institut", "Hôpital", "Ministerio", "Ministério", "Ministère", "Banco", "Banque", "Fundación", "Fundação",
    "Stiftung", "Asociación", "Associação", "Associazione", "Sindicato", "Federación", "Federação", "Confederación"))


_MISSION_COUNTRY = re.compile(r" in (?:" + "|".join(COUNTRY_NAMES) + r")(?![\w-])")


def with_numbered_outlets(segment: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """FOUND with the outlets whose name holds a number whole ("France" → "France 24", "Il Sole" and "Ore" → "Il Sole 24 Ore")."""
    joined, until = [], -1
    for offset, name in found:
        if offset < until:
            continue
        if (outlet := NUMBERED_OUTLET_NAME.match(segment, offset)) is not None and outlet.end() > offset + len(name):
            joined.append((offset, outlet.group()))
            until = outlet.end()
        else:
            joined.append((offset, name))
    return joined


def with_mission_country(text: str, name: str, start: int = 0) -> str:
    """NAME, a mission's, with the country TEXT writes after it, from START on ("… Verification Mission" + " in Colombia")."""
    if not name.endswith("Mission") or (at := text.find(name + " in ", start)) == -1:
        return name
    country = _MISSION_COUNTRY.match(text, at + len(name))
    return name + country.group() if country is not None else name


# Segments run up to a whole article: 4,096 of them held ~15 MB for little more reuse.
@lru_cache(maxsize=512)
def names_in(segment: str, lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """Proper names in a phrase, with their offsets; roles and titles split off. A site's name keeps
    its domain ("Heidi.news", "Space.com")."""
    found = _names_in(segment, lex)
    if "." in segment:
        found = [(o, n + domain.group()) if (domain := DOMAIN_AFTER.match(segment, o + len(n))) is not None else (o, n)
                 for o, n in found]
        found = _initials_joined(segment, found)
    if lex.adjectival_names and any(n.endswith(" Local") or n == "Local" or n.isupper() for _, n in found):
        found = with_union_numbers(segment, found)
    if not lex.adjectival_names and " Canada" in segment and (department := FEDERAL_DEPARTMENT_FR.search(segment)) is not None:
        found = one_name(found, department)  # "Pêches et Océans Canada", "Emploi et Développement social Canada"
    if (" 24 " in segment or "France " in segment or "Europe " in segment or "Channel " in segment or " 1re" in segment
            or " 1ère" in segment) and NUMBERED_OUTLET_NAME.search(segment) is not None:
        found = with_numbered_outlets(segment, found)  # "France 24", "Il Sole 24 Ore", "Réunion 1re"
    if lex.adjectival_names and "Mission in " in segment:
        # "the United Nations Verification Mission in Colombia": a mission's name holds its country
        found = [(o, with_mission_country(segment, n, o)) for o, n in found]
    if lex.adjectival_names and "Local " in segment and (local := UNION_LOCAL_OF.search(segment)) is not None:
        found = one_name(found, local)  # "Local 17 of the Great Lakes Marine Workers Union"
    if lex.adjectival_names and " with " in segment and " Council" in segment and (council := COUNCIL_WITH.search(segment)) is not None:
        found = one_name(found, council)  # "Blackburn with Darwen Council"
    if not lex.adjectival_names and "Pays" in segment and (region := REGION_WITH_ADJECTIVE_FR.search(segment)) is not None:
        # "la communauté d'agglomération Pays basque", "l'office de tourisme du Pays bigouden Sud": the adjective is the name's
        found = one_name(found, region, start=next((o for o, n in found if o <= region.start() < o + len(n)), region.start()))
    if not lex.adjectival_names and ("Au " in segment or "Aux " in segment) and (shop := SHOP_NAME_FR.search(segment)) is not None:
        found = one_name(found, shop, start=shop.start("name"))  # "le grand magasin Aux Trois Clochers"
    if not lex.adjectival_names and "contre X." in segment:
        # "porter plainte contre X. Elle estime …": the unknown party of a complaint, no initial
        found = [(o + 3, n[3:]) if n.startswith("X. ") and segment.endswith("contre ", 0, o) else (o, n) for o, n in found]
    if not lex.adjectival_names and ("L'" in segment or "L’" in segment):
        # "L'Université Laval a annoncé …", "L'Association régionale …": the article opening a sentence, no part of the
        # name (but "L'Oréal", "L'Équipe": no body's word after it)
        found = [(o + 2, n[2:]) if n[:2] in ("L'", "L’") and " " in n.strip() and fold(n[2:].split()[0]) in lex.organisations
                 else (o, n) for o, n in found]
    if ". " in segment and any(n[1:3] == ". " and letter_closes_sentence(segment, o + 1) for o, n in found):
        # "l'analyse de l'échantillon B. Son avocat …": a letter closing a sentence, no initial
        found = [(o + 3, n[3:]) if n[1:3] == ". " and letter_closes_sentence(segment, o + 1) else (o, n) for o, n in found]
        found = [(o, n) for o, n in found if not sentence_opener(n)]
    return tuple(found)


def _group_name_opening_on_a_role(segment: str, base: int, tokens: list[str], lex: Lexicon) -> bool:
    """"The passengers' group Commuter Voice North West": after a group noun, a role word and no first name open
    the group's name."""
    return lex.adjectival_names and len(tokens) >= 3 and fold(tokens[0]) in lex.roles and not is_first_name(tokens[1]) \
        and GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base) is not None


def _body_name_opening_on_a_role(tokens: list[str], lex: Lexicon) -> bool:
    """"The Garda Síochána Ombudsman Commission": a role word opening a body's name of three words or more, no
    first name or title after it."""
    if tokens[:1] == ["The"]:
        tokens = tokens[1:]
    return lex.adjectival_names and len(tokens) >= 3 and fold(tokens[0]) in lex.roles and fold(tokens[-1]) in lex.organisations \
        and not is_first_name(tokens[1]) and tokens[1].rstrip(".") not in lex.titles and fold(tokens[1]) not in lex.roles


def _initials_joined(segment: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"Folha de S.Paulo": a name closing on an initial and its full stop goes on with the word right after them."""
    joined: list[tuple[int, str]] = []
    for offset, name in found:
        if joined and (before := joined[-1])[1][-2:-1] == " " and before[1][-1:].isupper() \
                and offset == before[0] + len(before[1]) + 1 and segment[offset - 1] == ".":
            joined[-1] = (before[0], f"{before[1]}.{name}")
        else:
            joined.append((offset, name))
    return joined


def _names_in(segment: str, lex: Lexicon) -> list[tuple[int, str]]:
    found = []
    roles, titles, function_words = lex.roles, lex.titles, lex.function_words
    joined_until = -1
    for match in NAME.finditer(segment):
        raw = match.group()
        base = match.start()
        if base < joined_until:
            continue
        if lex.adjectival_names and raw in CAMPAIGN_VERBS and (the := THE_THEN_NAME.match(segment, match.end())) is not None:
            raw, joined_until = segment[base:the.end()], the.end()  # "Save the Children": a charity's name, "the" inside
        if lex.adjectival_names and segment.startswith(" international ", match.end()) and segment[match.end() + 15:match.end() + 16].isupper():
            continue  # "Former Ireland international Clodagh Desmond": the country she played for, no name of hers
        if lex.adjectival_names and raw.endswith("s") and PLURAL_OWNER_AFTER.match(segment, match.end()) \
                and segment.endswith(("the ", "The "), 0, match.start()):
            continue  # "the Netherlands' highest administrative court": whose court, no name of the speaker
        if segment[match.end():match.end() + 1] == "$":
            raw = raw.rsplit(None, 1)[0] if " " in raw else ""  # "fined Southern Reef Aquaculture A$1.2 million": a currency
            if not raw:
                continue
        elif raw[-4:-3].isspace() and CURRENCY_CODE_CLOSING.search(raw) and AMOUNT_NEXT.match(segment, match.end()):
            raw = raw[:-4]  # "fined Voltaris Energie RON 2.4 million"
        if not lex.adjectival_names and segment.endswith(("à ", "à\u00a0"), 0, base) and len(words := raw.split()) in (3, 4) \
                and all(w[:1].isupper() for w in words) and words[0] not in _SAINTS and is_first_name(words[1]) \
                and not is_first_name(words[0]):
            at = raw.index(words[1], len(words[0]))
            raw, base = raw[at:], base + at  # "a condamné jeudi soir à Strasbourg Karim Belkacem": a place, then the name
        if "." in raw and (form := DOTTED_LEGAL_FORM_INSIDE.search(raw)) is not None:
            raw = raw[:form.end()]  # "operated by Carbones del Altiplano S.A.S. According to …": the form ends the name
        if lex.adjectival_names and segment.endswith(("a ", "an "), 0, base) and OF_A_BEFORE.fullmatch(segment, 0, base) \
                and CLOSING_NOUN_AFTER.fullmatch(segment, match.end()):
            continue  # "Residents of a Somerset Levels village": the place describes the noun closing the phrase
        if "ear-" in raw and (age := AGE_OPENING.match(raw)) is not None:
            raw, base = raw[age.end():], base + age.end()  # "Fourteen-year-old Nguyễn Minh Khôi": the age describes
            if not raw:
                continue
        if " " in raw and raw.split(None, 1)[0] in INTERFACE_VERBS:
            raw, base = raw.split(None, 1)[1], base + raw.index(raw.split(None, 1)[1])  # "Écouter Ludovic Hamelin (0'42)": a player's label
        if "-of-" in raw and (family := FAMILY_EPITHET_OPENING.match(raw)) is not None:
            raw, base = raw[family.end():], base + family.end()  # "Mum-of-three Shanice Robinson": who she is
            if not raw:
                continue
        elif "-" in raw and (epithet := HYPHENATED_EPITHET_OPENING.match(raw)) is not None:
            raw, base = raw[epithet.end():], base + epithet.end()  # "Quarter-miler Kerwin Baptiste": what he runs
        if (raw[:2] in ("I'", "I’", "I ") or " I" in raw) and (raw := before_first_person(raw)) is None:
            continue
        if segment[match.end():match.end() + 1] == "." and DOTTED_ABBREVIATION.match(segment, match.end()):
            continue
        if base and segment[base - 1] == "/" and ACRONYM_BEFORE_SLASH.search(segment, max(0, base - 12), base):
            continue  # "du SYNAMED/Kinshasa": a section of the body just named, no name of its own
        if lex.adjectival_names and segment[max(0, base - 60):base].rstrip().endswith(("and", "&")) \
                and PORTFOLIO_LIST_BEFORE.search(segment, max(0, base - 60), base) \
                and fold(raw.split()[-1]) in lex.portfolios:
            continue  # "Minister for Lands and Natural Resources", "Ministry of Culture, Tourism and Civil Aviation": a portfolio
        if lex.adjectival_names and " " not in raw and fold(raw) in lex.portfolios and JOINED_OFFICE_AFTER.match(segment, match.end()):
            continue  # "Electricity and Water Affairs Minister Dr Khalid Al Mannai": the office's first portfolio
        if " " not in raw and "\u00a0" not in raw and "'" not in raw and "’" not in raw:
            # One word, no possessive (three names in four): the general case below, shortened.
            # ("Oh" alone before its verb: the Korean surname, no interjection)
            if raw in function_words and not (raw == "Oh" and not segment[match.end():].strip()) \
                    or fold(raw) in roles or raw.rstrip(".") in titles and raw not in TITLES_ALSO_NAMES \
                    or (not lex.adjectival_names and segment[max(0, base - 3):base] in ("le ", "la ") and fold(raw) in lex.epithets) \
                    or compound_role(raw, lex) or raw.endswith(DESCRIBING_SUFFIXES) or (
                # "Analysts at …", "Officials said", "Witnesses told"
                raw[-1:] == "s" and (fold(raw[:-1]) in roles or raw[-2:-1] == "e" and fold(raw[:-2]) in roles)
            ) or (raw in ORDINALS_OF_ROLES and ROLE_AFTER_ORDINAL.match(segment, match.end())) \
                    or AMOUNT_AFTER_FULL_STOP.match(segment, match.end()) \
                    or (not lex.adjectival_names and fold(raw) in lex.party_labels and party_after_noun(segment, base, lex)) \
                    or (lex.adjectival_names and fold(raw) in lex.party_labels and LOWER_CASE_NOUN_AFTER.match(segment, match.end())):
                # "l'ancien Premier ministre"; "la conseillère Verte", "Democratic state Sen. Laura Kittredge": a
                # party's adjective, no person
                continue
            if not lex.adjectival_names and (raw.endswith(("é", "ée", "és", "ées")) or raw.endswith(("is", "ies", "u", "us", "ue", "ues")) and not is_first_name(raw)) \
                    and FRONTED_PARTICIPLE_COMPLEMENT.match(segment, match.end()) \
                    and (base == 0 or segment[base - 1] == "\n" or segment[max(0, base - 2):base] in (". ", "- ")):
                continue  # "Interpellé sur le sujet, le ministre …", "Réunis mardi à Paris, les directeurs …": a participle opening the sentence
            if lex.adjectival_names and (INDEFINITE_BEFORE.search(segment, max(0, base - 4), base)
                                         or DEFINITE_AND_ADJECTIVE_BEFORE.search(segment, max(0, base - 24), base)) \
                    and LOWER_CASE_NOUN_AFTER.match(segment, match.end()) and raw.endswith(DEMONYM_ENDINGS):
                continue  # "a Filipino technician", "the ruined Swahili trading city": a nationality, no name
            if lex.adjectival_names and (base == 0 or segment[base - 1] == "\n") and LOWER_CASE_NOUN_AFTER.match(segment, match.end()) \
                    and country_demonym(raw):
                continue  # a headline's "Ugandan distance runner suspended …": the nationality opens it, no name
            name = raw.rstrip(".").strip("-")
            if len(name) > 1 and not name.isdigit():
                found.append((base + raw.find(name), name))
            continue
        elided = ELIDED_COMMON_NOUN.match(raw) or ELIDED_ORGANISATION_ACRONYM.match(raw)
        if lex.adjectival_names and raw.count(" ") == 1 and (base == 0 or segment[base - 1] == "\n") \
                and LOWER_CASE_NOUN_AFTER.match(segment, match.end()) and country_demonym(raw):
            continue  # a headline's "South African sugar cane co-operative says …": the nationality opens it, no name
        if elided:
            # "L'entraîneur lorientais", "L'action Véloria": an article and a common noun opening a sentence.
            base += elided.end()
            raw = raw[elided.end():]
            if not raw:
                continue
            complement = raw.split()
            if len(complement) < 4 and PARTICLE_RE.fullmatch(complement[0]) \
                    or len(complement) < 3 and ELIDED_PARTICLE_OPENING.match(complement[0]):
                continue  # "L'ambassadeur de France", "L'ambassade d'Espagne": the noun's complement only, no person
            if len(complement) >= 4 and PARTICLE_RE.fullmatch(complement[0]):
                # "L'attaquant du PSG Ousmane Dembélé", "L'entraîneur du FC Nantes X Y": the noun's
                # complement, then the person's first name and surname
                keep = 3 if PARTICLE_RE.fullmatch(complement[-2]) else 2
                skipped = raw.rfind(" " + complement[-keep]) + 1
                base += skipped
                raw = raw[skipped:]
        # (a saint's possessive belongs to a name: "St. John's Health", "Saint Mary's Hospital"; so does a
        # place's in a campaign's name: "Save Whalley's Green Fields")
        possessive = [p for p in POSSESSIVE.finditer(raw) if not SAINT_BEFORE.search(raw, 0, p.start())
                      and not (lex.adjectival_names and CAMPAIGN_OPENING.match(raw))
                      and not TITLED_PLACE_POSSESSIVE.search(raw, 0, p.end())] if "'" in raw or "’" in raw else []
        office = bool(possessive) and lex.adjectival_names and office_of_a_role(raw, possessive[-1], lex)
        if office and len(possessive) >= 2 and raw[:possessive[-2].start()] in COUNTRY_NAMES:
            base += possessive[-2].end()  # "Peru's Ombudsman's Office": the office, without the country owning it
            raw = raw[possessive[-2].end():].strip()
        if possessive and not office:
            if lex.adjectival_names and (of := raw.find(" of ", 0, possessive[-1].start())) > 0:
                # "Inspector Mark Sadler of Tasmania Police's Marine and Rescue Services": the person before "of"
                found.extend((base + offset, name) for offset, name in _names_in(raw[:of], lex))
            base += possessive[-1].end()
            raw = raw[possessive[-1].end():].strip()
            if not raw:
                continue
        # A capitalised role word inside the run ("United States President Donald Trump") ends what precedes it.
        tokens = raw.split()
        if len(tokens) >= 2 and lex.adjectival_names and tokens[0] in OPENING_PARTICIPLES:
            base += raw.find(tokens[1])  # "Listed US states as having members were …": a participle opening the sentence
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 3 and lex.adjectival_names and tokens[0] == "The" and tokens[1].endswith(DESCRIBING_SUFFIXES):
            base += raw.find(tokens[1])  # "The Amman-based Arab Water Forum": the article opens the sentence
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 2 and tokens[0].endswith(DESCRIBING_SUFFIXES):
            # "Wisconsin-based Kestrel Foods", "Kremlin-backed Ivan Rudov": a description, no part of the name
            base += raw.find(tokens[1])
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 3 and lex.adjectival_names and tokens[0].endswith(PROFESSION_ENDINGS) \
                and lex.organisations.isdisjoint(fold(t) for t in tokens):
            # "Volcanologist Þóra Einarsdóttir of …": a profession opening the sentence, then the person
            base += raw.find(tokens[1])
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 3 and lex.adjectival_names and tokens[0] in english.TRADES_BEFORE_COMPANY_NAMES:
            # "Contractor Rother Marine Civils said", "Developer Barratt Homes": the trade opening the sentence, then the company
            base += raw.find(tokens[1])
            tokens = tokens[1:]
            raw = " ".join(tokens)
        while len(tokens) > 2 and tokens[-1].rstrip(".,") in POST_NOMINALS:
            tokens.pop()  # "Jonathan Abbey KC", "Jane Smith MP": honours and offices after the name
            raw = " ".join(tokens)
        if tokens[-1] in ORDINALS_OF_ROLES and ROLE_AFTER_ORDINAL.match(segment, match.end()):
            tokens.pop()  # "Le Premier ministre", "L'ancien Premier ministre": the ordinal opens the role
            raw = " ".join(tokens)
            if not tokens:
                continue
        cut = 0
        earlier_cut = 0
        company_name = lex.adjectival_names and len(tokens) > 2 and closes_on_a_company_word(raw)
        for i, token in enumerate(tokens if not office else ()):  # (an office's title is part of its name)
            if i >= 2 and tokens[i - 1] == "of":
                continue  # "Lars Chittka of Queen Mary University": a role word inside the organisation's name
            if i >= 3 and lex.adjectival_names and "of" in tokens[1:i] and (
                    i == len(tokens) - 1 or i == len(tokens) - 2 and tokens[-1].endswith("s")) \
                    and fold(tokens[tokens.index("of", 1) - 1]) in lex.organisations:
                continue  # "Association of Ambulance Chief Executives": the body's name holds the role word
            if i >= 1 and company_name and i < len(tokens) - 1:
                continue  # "Prairie Coach Industries", "Captain Tom Holdings Ltd": the company's name holds the role word
            if lex.adjectival_names and token in ("Student", "Students") and 0 < i < len(tokens) - 1:
                continue  # "Tri-Lakes Student Transport", "Ontario Student Transit Workers Union": no student's title
            if i >= 1 and lex.adjectival_names and i < len(tokens) - 1 and fold(tokens[-1]) in lex.organisations:
                continue  # "Hillside Lifeguard Service", "Artisan Cheesemakers' Guild": a role word naming what the body does
            if i >= 1 and lex.adjectival_names and i < len(tokens) - 2 and tokens[i + 1].endswith("s") \
                    and fold(tokens[i + 1][:-1]) in lex.roles and fold(tokens[i + 1]) not in lex.roles:
                continue  # "Norfolk Parent Carers Together": a role word, then a plural one, inside a group's name
            if i == 0 and _group_name_opening_on_a_role(segment, base, tokens, lex):
                continue  # "The passengers' group Commuter Voice North West": a role word opening the group's name
            if i >= 1 and lex.adjectival_names and i < len(tokens) - 1 and tokens[i + 1] in UNIT_WORDS:
                continue  # "Canyon Lakes Ranger District", "Sheriff Patrol Division": a role word naming a body's unit
            if i >= 2 and tokens[i - 1] in ("Le", "La") and not lex.adjectival_names:
                continue  # "Bruno Le Maire": the surname's particle, then a role word that is the surname
            if i >= 2 and tokens[i - 1] in ("et", "&"):
                continue  # "Thiriet et Fils", "Verbeke & Fils": a firm's name
            if i >= 1 and not lex.adjectival_names and tokens[i - 1] in FILIATION_PARTICLES:
                continue  # French "Moussa Ould Cheikh Ahmed": "son of" opens the rest of the name
            if lex.adjectival_names and not MALAY_FILIATION.isdisjoint(tokens[:i]):
                continue  # "Sulaiman bin Haji Metali": after "bin", the father's name, honorific and all
            if lex.adjectival_names and token in _TITLE_RANK_WORDS:
                if i >= 1 and cut == i:
                    earlier_cut, cut = cut, i + 1  # "Dato Seri Setia", "Pengiran Anak": a rank right after a title
                continue
            if lex.adjectival_names and fold(token) in ROLE_MODIFIERS and i + 2 <= len(tokens) - 2 and i >= cut \
                    and not is_first_name(tokens[i + 1]):  # ("Housing Minister Deputy Rachel Le Cornu": a member's title)
                earlier_cut, cut = cut, i + 2  # "Deputy Ombudsman Ana Cruz": the word the modifier opens is an office
                continue
            if i == 0 and opens_on_a_first_name_like_a_role(tokens):
                continue  # "Pere Baró Soler": a first name
            if lex.adjectival_names and i >= 1 and cut == i - 1 and tokens[i + 1:i + 2] == ["of"] and is_first_name(tokens[i - 1]):
                continue  # "Chief Raymond Keeper of Wapikwan Cree Nation": a surname that is also a role word, then his body
            if i >= 1 and fold(token) in ("general", "generale", "generaux", "generales") \
                    and (fold(tokens[i - 1]) in lex.companies or fold(tokens[i - 1]) in lex.organisations):
                continue  # "la Société Générale", "la Compagnie générale", "the Directorate General of Shipping": the body's
            if general_opening_a_body(tokens, i, lex) or role_opening_a_body(tokens, i):
                continue
            if lex.adjectival_names and token == "Executive" and i == len(tokens) - 1 and i >= 1 and fold(tokens[i - 1]) not in lex.roles \
                    and fold(tokens[i - 1]) not in ROLE_MODIFIERS and tokens[i - 1].rstrip(".") not in lex.titles:
                continue  # "the Health Service Executive", "the Northern Ireland Executive": a body, no chief executive
            if fold(token) in lex.roles or compound_role(token, lex) \
                    or (i >= 1 and fold(f"{tokens[i - 1]} {token}") in lex.roles) \
                    or (i >= 2 and fold(" ".join(tokens[i - 2:i + 1])) in lex.roles) \
                    or (token.rstrip(".") in lex.titles and not initial_closing(tokens, i) and not (token in TITLES_ALSO_NAMES and len(tokens) == 1) and not (
                        # "Moez Hadj Salem": a pilgrimage honorific between a first name and a surname is part of the name
                        token in HONORIFICS_INSIDE_NAMES and 0 < i < len(tokens) - 1 and tokens[i - 1].rstrip(".") not in lex.titles
                        and fold(tokens[i - 1]) not in lex.roles) and not (
                        # "Hun Sen", "Amartya Sen": a title closing the run is a surname (titles precede names)
                        lex.adjectival_names and i == len(tokens) - 1 and i > 0 and fold(token.rstrip(".")) not in lex.roles
                        and segment[match.end():match.end() + 1] != ".")) \
                    or (i == 0 and fold(token) in lex.party_labels and tokens[1:2] != ["Party"]) \
                    or (i == 1 and token in ("Democrat", "Dem") and fold(f"{tokens[0]} {token}") in lex.party_labels and tokens[2:3] != ["Party"]):
                earlier_cut, cut = cut, i + 1
        if cut == len(tokens) and 0 < earlier_cut <= len(tokens) - 2 and lex.adjectival_names \
                and fold(" ".join(tokens[-2:])) not in lex.roles:  # (not "Deputy Permanent Secretary": a role of two words)
            cut = earlier_cut  # "Chief Roland Cardinal": a surname that is also a role word
        elif cut == len(tokens) and earlier_cut == 0 and len(tokens) >= 2 and is_first_name(tokens[0]):
            cut = 0  # "Dennis King", "Ann Bishop": a first name, then a surname that is also a role word
        elif cut == len(tokens) and earlier_cut == 0 and len(tokens) >= 3 and lex.adjectival_names \
                and tokens[0] in _TITLES_BEFORE_A_NAME_ONLY and is_first_name(tokens[1]):
            cut = 1  # "Premier Dennis King": the same after a title
        elif cut == len(tokens) and earlier_cut == 0 and len(tokens) >= 3 and lex.adjectival_names \
                and ROLE_APPOSITION_NEXT.match(segment, match.end()) and not DETERMINER_BEFORE.search(segment, 0, base) \
                and tokens[0] not in function_words \
                and lex.organisations.isdisjoint(fold(t) for t in tokens):
            cut = 0  # "Abdul Karim Sheikh, the deputy commissioner of …,": a person named, then their role
        if not cut and len(tokens) > 2 and tokens[0] in _TITLES_BEFORE_A_NAME_ONLY and lex.adjectival_names:
            cut = 1  # "Eng Juma Mwinyi", "Amb Ruth Odera" (not "Ng Eng Hen": only opening the run)
        elif not cut and 3 <= len(tokens) <= 4 and lex.adjectival_names and country_demonym(tokens[0]) and not is_first_name(tokens[0]) \
                and lex.organisations.isdisjoint(fold(t) for t in tokens) and fold(tokens[1]) not in roles \
                and not closes_on_a_company_word(raw) and (is_first_name(tokens[1]) or base == 0 and "\n" in segment):
            cut = 1  # headline "Namibian Petrus Haufiku wins …": where the person comes from, then the name
        if cut <= 1 and len(tokens) > 3 and (tokens[0], tokens[1]) in HONORIFIC_PAIRS and lex.adjectival_names:
            cut = 2  # "Tan Sri Ahmad Faizal", "Datuk Seri Lim Wei Ming" (not "Tan Wei Ming": a surname)
        elif not cut and len(tokens) in (3, 4) and tokens[0] == "Major" and lex.adjectival_names \
                and lex.organisations.isdisjoint(fold(t) for t in tokens) and not any(fold(t) in roles for t in tokens[1:]):
            cut = 1  # "Major Rodrigo Tapia": an officer's rank (the adjective is no role word: "a major fire")
        elif not cut and len(tokens) == 2 and tokens[0] == "Justice" and lex.adjectival_names \
                and fold(tokens[1]) not in lex.organisations and base == 0:
            cut = 1  # "Justice Pitts-Arnold": a judge by surname (not "Justice Department")
        if len(tokens) > 2 and tokens[0].isupper() and len(tokens[0]) > 1 and tokens[0].replace("-", "").isalpha() and not cut \
                and lex.organisations.isdisjoint(fold(t) for t in tokens[1:]) \
                and tokens[0] not in INSTITUTION_PREFIXES and tokens[1] not in PLACE_WORDS and tokens[-1] not in PLACE_WORDS \
                and " ".join(tokens[1:]) not in REGIONS_OF_SEVERAL_WORDS \
                and not (PARTICLE_RE.fullmatch(tokens[1]) and fold(tokens[0]) not in lex.roles) \
                and not closes_on_a_company_word(raw) and not (lex.adjectival_names and tokens[-1] in PLURAL_BODY_ENDINGS) \
                and not GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base) \
                and not (lex.adjectival_names and not is_first_name(tokens[1]) and tokens[0] not in _COUNTRY_ACRONYMS):
            # (not "CILIP Cymru Wales": English glues an acronym to a name only before a first name, or a country's
            # before a body, "US National Oceanic and Atmospheric Administration";
            # nor "UL Hospitals Group", "NHS Greater Glasgow", "USPO Grand Est": a body and its region;
            # nor "BC Emergency Health Services": a service's name;
            # nor "the advocacy group TB Voices Eswatini", "le syndicat CGT Construction de la Gironde": the group's name;
            # nor "la fédération du BTP du Territoire de Belfort": the acronym's complement, unless a role's ("PDG de HP")
            cut = 1  # "LFI Louis Boyard", "AFP Jean-Philippe Magnen", "SNB-CFE-CGC Patrick Renaudin": an acronym glued to a name
        elif not lex.adjectival_names and not cut and len(tokens) >= 4 and tokens[1] in MEDIA_ACRONYMS:
            cut = 2  # "la radio Joy FM Kodjo Amenyo": the station, then the person
        elif not lex.adjectival_names and not cut and len(tokens) == 3 and tokens[1] in MEDIA_ACRONYMS \
                and segment.startswith(",", match.end()) and MICRO_BEFORE.search(segment, max(0, base - 16), base):
            cut = 2  # "au micro de Star FM Colette, 79 ans,": the station, then the person's first name
        elif not lex.adjectival_names and not cut and len(tokens) == 3 and is_first_name(tokens[1]) and not is_first_name(tokens[0]) \
                and PLACE_NOUN_BEFORE_FR.search(segment, max(0, base - 24), base):
            cut = 1  # "devant l'hôpital Purpan Céline Arnaudet": the place's name, then the person
        elif not lex.adjectival_names and not cut and len(tokens) >= 3 and NUMBERED_CHANNEL_BEFORE.search(segment, max(0, base - 16), base):
            cut = 1  # "a déclaré à France 3 Limousin Jean-Michel Fayolle": the channel's region, then the person
        elif lex.adjectival_names and not cut and len(tokens) > 3 and not GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base):
            # "Opposition TD Mary Lou McDonald": a capitalised modifier and an office's acronym, then the name
            # (not "the parents' group Suffolk SEND Families Together": a group's name)
            cut = next((i + 1 for i in range(1, len(tokens) - 2) if tokens[i].isupper() and 1 < len(tokens[i]) <= 4
                        and tokens[i].isalpha() and not tokens[i + 1].isupper() and ROMAN.fullmatch(tokens[i]) is None), 0)
            if cut and not lex.organisations.isdisjoint(fold(t) for t in tokens[cut - 1:]):
                cut = 0  # "The US Geological Survey", "Carlos III Health Institute": one organisation
                # (not "Congress MLA Amrik Singh Grewal": the party, its office, then the person)
        if cut and cut < len(tokens):
            if PARTICLE_RE.fullmatch(tokens[cut]) and tokens[cut - 1].rstrip(".") not in lex.titles:
                # (after a title the particle opens the surname: "M. von Albrecht")
                # "PDG de HP France": an organisation complement; "Mayor of London Sadiq Khan": a
                # place, then the person.
                if len(tokens) - cut - 2 < 2:
                    continue
                cut += 2
                # "Minister of Foreign Affairs Hanna Lind", "Director of Kenya Wildlife Service Jo
                # Ray": the rest of the office or organisation, then the person
                office_end = max((i + 1 for i in range(cut, len(tokens) - 2) if fold(tokens[i]) in lex.portfolios
                                  or (lex.adjectival_names and (fold(tokens[i]) in lex.organisations
                                                                or portfolio_word(tokens[i], lex)))), default=cut)
                if lex.organisations.isdisjoint(fold(t) for t in tokens[office_end:]):
                    cut = office_end
            while lex.adjectival_names and cut < len(tokens) - 2 and portfolio_word(tokens[cut], lex):
                cut += 1  # "Vice Chancellor for Student Affairs Ramon Villareal": the rest of the portfolio, then the person
            raw = " ".join(tokens[cut:])
        elif cut:
            continue
        if not cut and not lex.adjectival_names and len(tokens) >= 3 and (demonym := demonym_words(segment, base, tokens, lex)):
            tokens = tokens[demonym:]  # "le Norvégien Casper Ruud": a nationality before the person
            raw = " ".join(tokens)
        if len(tokens) >= 2 and tokens[0] in SHARE_BUTTON_WORDS and all(t in SHARE_BUTTON_WORDS for t in tokens):
            continue  # "Facebook Twitter WhatsApp SMS Email": a page's share buttons
        if not cut and len(tokens) >= 3 and tokens[0] in PLATFORMS:
            tokens = tokens[1:]  # "sur sa page Facebook Adama Kéita-Soro": where it was posted, then who
            raw = " ".join(tokens)
        if not cut and len(tokens) >= 4 and tokens[1] in HEADLINE_NOUN_LINKS and tokens[2][:1].isupper() \
                and tokens[2] not in SURNAME_ARTICLES \
                and (base == 0 or segment[base - 1] == "\n" or segment[max(0, base - 2):base] in (". ", ": ")):
            # ("Marie-Hélène de La Roche-Vernay" stays whole; so does "le député Romain de Sainte Marie")
            raw = " ".join(tokens[2:])  # "Assassinat de Antoine Sollacaro": a headline noun, then the name
            tokens = tokens[2:]
        if " of " in raw:
            left = raw.split(" of ")[0]
            if len(left.split()) >= 2 and not ({fold(w) for w in left.split()} & lex.organisations) \
                    and not (left.split()[0] in ("St.", "St", "Saint") and fold(raw.split()[-1]) in lex.organisations) \
                    and not (lex.adjectival_names and left.split()[0] in COMPASS_WORDS_EN and fold(raw.split()[-1]) in lex.organisations):
                # (not "St. Clare of Jaro Medical Center": a saint opens the body's name; nor "East Riding of Yorkshire
                # Council": a place's compass word)
                raw = left  # "Lucy Fischer of The Times"
                tokens = raw.split()
        if not cut and len(tokens) >= 3 and lex.adjectival_names and AND_THE_BEFORE.search(segment, max(0, base - 9), base) \
                and role_in(segment[max(0, base - 80):base], lex) is not None and lex.organisations.isdisjoint(fold(t) for t in tokens):
            # "Minister of State for Sustainability and the Environment Rahayu Ismail": the office's
            # last complement, then the person ("… and Environment Mutale Kabwe Phiri": all of it)
            leading = next((i for i, t in enumerate(tokens) if not portfolio_word(t, lex)), 0)
            tokens = tokens[leading:] if 0 < leading <= len(tokens) - 2 else tokens[-2:]
            raw = " ".join(tokens)
            base = match.start() + match.group().rfind(raw)
        if not cut and len(tokens) >= 3 and "&" not in tokens and PREPOSITION_BEFORE.search(segment[max(0, base - 12):base]) \
                and not (lex.adjectival_names and INDEFINITE_ROLE_APPOSITION.search(segment, max(0, base - 60), base)) \
                and (lex.adjectival_names or not is_first_name(tokens[0])) \
                and not (lex.adjectival_names and first_middle_and_surname(tokens)) \
                and not (lex.adjectival_names and SOURCE_PREPOSITION_BEFORE.search(segment, max(0, base - 16), base)) and (
                # ("la réaction de Berthe Kalenga Mwamba", "according to Mary Anne Smith", "parole to Curtis Lamont Hale": one person)
            lex.adjectival_names or not FRENCH_LOCATIVE_BEFORE.search(segment, max(0, base - 6), base)
            or (not PARTICLE_ANY_CASE.fullmatch(tokens[-2]) and role_in(segment[max(0, base - 50):base], lex) is not None)
        ):  # (French "à Santa Cruz de Tenerife", "en Seine-Saint-Denis", "de la Région Grand Est": a place through and through; but
            # "l'ambassadeur de France aux États-Unis Laurent Bili": a role, its place, then the person)
            # "of Scotland Nicola Sturgeon", "to the United Nations Nikki Haley": a place or an
            # organisation, then the person's first name and surname.
            keep = 3 if PARTICLE_ANY_CASE.fullmatch(tokens[-2]) or tokens[-2] in GAELIC_PARTICLES or MIDDLE_INITIAL.fullmatch(tokens[-2]) \
                or tokens[-3] in VIETNAMESE_FAMILY_NAMES else 2
            if keep == 2 and len(tokens) >= 4 and is_first_name(tokens[-3]) and not is_first_name(tokens[-2]):
                keep = 3  # "l'ancien maire d'Owendo Hervé Moussavou Boussougou": a given name, then a surname of two words
            portfolio = next((i for i, t in enumerate(tokens) if not portfolio_word(t, lex)), 0)
            if lex.adjectival_names and portfolio and len(tokens) - portfolio > keep and tokens[portfolio][:1].isupper():
                # (not "Department of Health Gerard Kilbane": the body's link, then its portfolio)
                keep = len(tokens) - portfolio  # "Minister for Water Supply Gita Kumari Shahi": the portfolio, then the person
            bodies = {fold(w) for w in tokens} & lex.organisations
            if bodies and lex.adjectival_names and bodies.isdisjoint(fold(t) for t in tokens[-keep:]) \
                    and role_in(segment[max(0, base - 40):base], lex) is not None \
                    and tokens[0] not in _BODY_WORDS_OPENING_FOREIGN_NAMES:
                # (not "the coordinator of Instituto Pantanal Vivo": a body named in its own language opens on its noun)
                bodies = set()  # "Deputy Health Minister for Administration Sylvester T. Zarwolo": the office's portfolio, then the person
            if not bodies and tokens[-1].rstrip(".") not in COMPANY_NAME_ENDINGS \
                    and not (lex.adjectival_names and (tokens[-1] in NON_PERSON_NAME_ENDINGS or tokens[-1] in PLURAL_BODY_ENDINGS)) \
                    and not (lex.adjectival_names and tokens[-1].endswith(("ians", "ers", "ors", "ists")) and not is_first_name(tokens[-keep])) \
                    and fold(tokens[0]) not in TERRITORIES and tokens[0] not in COMPANY_PREFIXES \
                    and not (len(tokens[0]) > 1 and tokens[0].isupper() and tokens[0].isalpha() and not is_first_name(tokens[-keep])) \
                    and not body_noun_after(segment, match.end(), lex) and not PARTICLE_RE.fullmatch(tokens[-keep]) \
                    and tokens[-keep][1:2] not in ("'", "’") \
                    and not (tokens[-1][:2] in ("d'", "d’") and not is_first_name(tokens[-keep])) \
                    and tokens[-keep] not in PLACE_WORDS and tokens[-1] not in PLACE_WORDS \
                    and not (tokens[-1] in COUNTRY_NAMES and not is_first_name(tokens[-keep])) \
                    and not (lex.adjectival_names and tokens[0] in COMPASS_WORDS_EN) \
                    and tokens[-keep] not in ("St", "St.", "Saint", "Ste", "Ste.") \
                    and not (lex.adjectival_names and tokens[-keep] in COMMON_NOUNS_OF_NAMES_EN) \
                    and not (lex.adjectival_names and "of" in tokens[-keep:]) \
                    and not (lex.adjectival_names and segment.endswith((" in ", " near "), 0, base) and not is_first_name(tokens[-keep])) \
                    and not (lex.adjectival_names and segment.endswith((" of the ", " for the "), 0, base) and len(tokens) > keep
                             and (tokens[-keep - 1].endswith(("al", "ic")) or tokens[-keep - 1] in NUMBER_WORDS
                                  or len(tokens) == keep + 1 and _PLURAL_BEFORE_OF_THE.search(segment, max(0, base - 30), base))
                             and not is_first_name(tokens[-keep])):
                # (not "at Corvin Heavy Industries": a company's name whole; nor "du Yacht-Club Côte d'Opale": a place after
                # the club's noun, no given name before its particle; nor "of Bury St Edmunds": a saint's
                # town; nor "for the Clean Air Krakow coalition": the capitalised words name the body the noun
                # after them is; nor "de l'USPO Grand Est": a region; nor "of the Federation of Kichwa Communities of
                # Sucumbíos": no English name holds "of"; nor "of the Kansas Municipal Risk Pool": no person after an
                # adjective of the body's, nor "of the Grote Prijs Ieperboog": a race's name whole, no given name in it; nor "of
                # the Treaty Six Justice Circle": a number inside the name)
                raw = " ".join(tokens[-keep:])
        if not cut and not lex.adjectival_names and len(tokens) >= 4 and fold(tokens[0]) in lex.organisations \
                and is_first_name(tokens[-2]) and tokens[-3][:1].isupper() and not is_first_name(tokens[-3]) \
                and not PARTICLE_ANY_CASE.fullmatch(tokens[-3]) and tokens[-3] not in ("Saint", "Sainte"):
            raw = " ".join(tokens[-2:])  # "le politologue de l'Université de Lausanne Thomas Wenger": the body, then the person
        if not lex.adjectival_names and ITALIAN_TITLE.match(raw):
            name = raw
        else:
            name = strip_function_words(raw, lex, keep_roles=office or _group_name_opening_on_a_role(segment, base, raw.split(), lex)
                                        or _body_name_opening_on_a_role(raw.split(), lex))
            name = name.rstrip(".").strip("-")
            if lex.adjectival_names and raw.split(None, 1)[0] in NUMBER_WORDS and len(raw.split()) >= 3 \
                    and GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base):
                name = raw  # "Residents' group Two Rocks Rail Now": a place's number word opens the group's name
            if not lex.adjectival_names and raw[:3] in ("Le ", "La ") and len(words := raw.split()) >= 3 and name == " ".join(words[1:]) \
                    and fold(words[-1]) in lex.organisations and segment[:base].rstrip()[-1:].islower():
                name = raw  # "la communauté urbaine Le Havre Seine Métropole": a town's article inside a sentence
        if lex.adjectival_names and " " in name and all(fold(t) in lex.portfolios or fold(t) in lex.roles for t in name.split()) \
                and not role_opening_a_body(name.split(), 0) \
                and not (not any(fold(t) in lex.roles for t in name.split())
                         and (VERB_NEXT.match(segment, match.end()) or not segment[match.end():].strip())) \
                and not ((joined := AND_ORGANISATION.match(segment, match.end())) is not None
                         and fold(joined.group("last")) in lex.organisations):
            # "Deputy Health Minister for Administration X": an office, no name (but "the Health
            # Information and Quality Authority": a body's name runs on; "Interior Health said": a health authority;
            # "Sheriff Services said": a service)
            continue
        if " " not in name and name.endswith(DESCRIBING_SUFFIXES) and raw.startswith("The "):
            continue  # "The Chennai-based specialty plastics maker": where it is, no name
        if name and (len(name) > 1) and not name.isdigit() and not ELIDED_OPENING.match(name):
            offset = base + match.group()[base - match.start():].find(name.split()[0])
            found.append((offset, name))
    return found
# English: a plural noun, then "of the" ("The organisers of the Grote Prijs Ieperboog": a group, no person's name next).
_PLURAL_BEFORE_OF_THE = re.compile(r"\b[a-z]{3,}s\s+of\s+the\s+$")
_COUNTRY_ACRONYMS = frozenset(("US", "UK", "USA", "UAE", "EU", "UN"))
# Words of a Malay honorific's rank ("Dato Seri Setia", "Pengiran Anak"), titles only after a title.
_TITLE_RANK_WORDS = frozenset(("Seri", "Sri", "Setia", "Paduka", "Lela", "Anak", "Indera", "Utama"))
# ("Premier Dennis King"; "Premier League"; "Begum Rokeya Khatun"; "Rokeya Begum Lipi")
_TITLES_BEFORE_A_NAME_ONLY = frozenset(("Eng", "Amb", "Arch", "Justice", "Premier", "Begum", "Nkosi", "Patient"))
