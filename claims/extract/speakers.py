"""Speaker phrases: the proper names in a phrase, and what the words
next to a claim say about its speaker (`Mention`, parsed by `speaker_mentions`). The per-language
lexicon is `speaker_lexicon`; the per-article table is `speaker_table`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.extract.lang import en as english
from claims.extract.segments import AMOUNT_AFTER_FULL_STOP  # "Rs. 8,000": a currency, no name ("France 2" is one)
from claims.extract.first_names import is_first_name
from claims.extract.legal_forms import DOTTED_LEGAL_FORMS, ends_with_legal_form
from claims.extract.regex_trie import trie_pattern
from claims.extract.speaker_lexicon import Lexicon, fold, folded_words, lexicon  # noqa: F401 (re-exported)

# A capitalised word or an initial. The first character class comes first, unalternated, so that
# the regex engine can skip quickly to capitals when scanning a whole article.
# "St." / "Ste." / "Mt." / "Ft." before another capitalised word is part of a name ("Evelyn St. Clair-Moreno",
# "Mt. San Rafael Hospital"),
# unless that word opens a sentence ("Main St. The …").
_SAINT = r"(?:(?<=\bS)te?|(?<=\b[MF])t)\.(?=[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])(?![ \u00a0]+(?:The|A|An|He|She|It|They|We|I|Le|La|Les|Il|Elle|Ils|On)\b)"
# (Initials written together are one token: "B.S. Yediyurappa", "M.K. Stalin", "U.N.")
# (A plural possessive inside a name is part of it: "Finance Workers’ Union", "Farmers' Association")
# (A number sign is too: "Sindicato N°1 de Trabajadores Loma Blanca")
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]"
_CAP_REST = rf"(?:{_SAINT}|(?<=A)/S(?![\w/])|[\w’'\-]*\w(?:(?<=s)['’](?=[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?|(?<=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])\.(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.){{1,3}}(?=[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z])|(?<=N)[°º][ \u00a0]?\d+\b|(?<=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])\.?)"
_CAP = _UPPER + _CAP_REST
# ("wa", Arabic "and", inside organisations' names: "Maâ wa Hayat"; "ole", Maasai "son of": "Joseph ole Sankale";
# "i", Catalan "and": "Núria Soler i Vidal"; "pentru", "für", "voor", "para", "por", "for" inside
# bodies' names: "Părinți pentru Informare", "Médicos por la Vida")
# (Gaelic articles inside names of bodies: "Bòrd na Gàidhlig", "Comhairle nan Eilean Siar".)
_PARTICLE = r"(?:de|du|des|d['’]|von|van|der|den|ter|al-|el-|al|el|ben|bin|bint|binti|anak|da|do|dos|di|del|della|das|y|i|la|le|of|o|wa|ole|pentru|für|voor|para|por|na|nan|ap|es)"
# ("o": Māori "of" inside a name, "Te Rūnanga o Ngāi Tahu"; "ap": Welsh "son of", "Gareth ap Ifan"; "es": "Dar es Salaam")
# A nickname in quotation marks between first name and surname ("Desmond 'Lucky' Okafor") joins them.
_NICKNAME = r"[ \u00a0]['‘\"“][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*)?['’\"”][ \u00a0]"
# "&" inside a name of capitalised words ("Korea Agro-Fisheries & Food Trade Corp.", "Marks & Spencer",
# "le site spécialisé Tip & Shaft").
# (the capital opens no word: not the "ā" of "tāvana", a lower-case letter in the capitals' range;
# the check comes after the capital, where it costs one test per capital, not one per character)
# ("Thiriet et Fils", "Dupont et Cie": a French firm's name goes on after "et")
_FIRM_AND = r"[ \u00a0]+et[ \u00a0]+(?=(?:Fils|Cie|Associés|Frères|Filles)\b)"
_NAME = re.compile(rf"{_UPPER}(?<![^\W\d_ʻ].){_CAP_REST}(?:(?:[ \u00a0]+|-|[ \u00a0]+&[ \u00a0]+|(?<=[A-Z])&(?=[A-Z])|{_NICKNAME}|{_FIRM_AND})(?:{_PARTICLE}[ \u00a0]*)*(?:{_CAP}))*")
_VERB_NEXT = re.compile(r"\s+(?:said|says|told|announced|reported|confirmed|figures|data|has|had|is|was|will)\b")
_ROMAN = re.compile(r"[IVXLC]+")
# " and Water Affairs Minister": a second portfolio joined to an office's first one.
JOINED_OFFICE_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){1,3}(?:Minister|Ministry|Secretary|Department|Committee)\b")
_PORTFOLIO_LIST_BEFORE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)*,?\s+(?:and|&)\s+$")
# A parent's epithet opening a capitalised run ("Mum-of-three Shanice Robinson"): it describes.
_FAMILY_EPITHET_OPENING = re.compile(
    r"(?:Mum|Mom|Mother|Dad|Father|Grand(?:mother|father|ma|pa|dad|mum)|Granddad|Gran|Nan)-of-[\w-]+\s+")
# "fined Voltaris Energie RON 2.4 million": an ISO currency code and its amount after a name.
_CURRENCY_CODE_CLOSING = re.compile(r"\s[A-Z]{3}$")
_AMOUNT_NEXT = re.compile(r"[ \u00a0]+\d[\d,.]*(?:[ \u00a0]*(?:million|billion|bn|m|thousand|crore|lakh)\b|[.,]\d)")
# An age opening a capitalised run ("Fourteen-year-old Nguyễn Minh Khôi"): it describes, it names no one.
_AGE_OPENING = re.compile(r"[\w-]+-[Yy]ear-[Oo]ld(?:[ \u00a0]+|$)")
_HYPHENATED_ROLE_MODIFIERS = frozenset(("vice", "co", "deputy", "acting", "ex"))  # ("vice-chair", "co-founder")
# Irish and Scottish surname particles, capitalised ("Cathal Ó Rónáin", "Síle Ní Bhriain", "Seán Mac Aodha").
_GAELIC_PARTICLES = frozenset(("Ó", "Ní", "Nic", "Mac", "Ua", "Uí"))
_POST_NOMINALS = frozenset(("KC", "QC", "SC", "SAN", "MP", "MEP", "MSP", "MS", "MLA", "MHK", "MLC", "MPP", "MNA", "MHA", "TD", "BL", "PhD", "MBE", "OBE", "CBE", "KBE", "DBE", "Esq", "FRS",
                           "PIC", "PHOTO"))  # (and a caption's credit marker: "Kagiso Morake PIC: …")
_PARTICLE_RE = re.compile(_PARTICLE)
# A channel's name closing on its number, right before a name run: "France 3 ", "Canal 9 " (or its
# number alone, what the words before it left).
_NUMBERED_CHANNEL_BEFORE = re.compile(r"(?:^|(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]* )\d{1,2} $")
# Vietnamese family names, which open a name of three words ("Nguyễn Thanh Tùng", "Trần Văn Nam").
_VIETNAMESE_FAMILY_NAMES = frozenset((
    "Nguyễn", "Nguyên", "Nguyen", "Trần", "Tran", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh", "Huynh", "Phan", "Vũ", "Võ",
    "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Hồ", "Ngô", "Dương", "Duong", "Lê", "Lý", "Đinh", "Dinh", "Trương", "Truong"))
# First names that fold to a role word ("Pere", Catalan, is no "père"): a name when a surname follows.
_FIRST_NAMES_FOLDED_TO_ROLES = frozenset(("Pere",))
# English wire copy's unnamed sources: who they are is said by what follows the noun.
UNNAMED_SOURCES = re.compile(
    r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ne|[Aa]|\d+)\s+)?(?:[a-z]+\s+)?"
    r"(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Ii]nsiders?|[Dd]iplomats?|[Ee]xecutives?)\s+"
    r"(?:familiar\s+with|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|close\s+to|briefed\s+on|"
    r"involved\s+in|aware\s+of|knowledgeable\s+about|who\s+(?:asked|spoke|requested|declined))\b")
PARTICLE_ANY_CASE = re.compile(_PARTICLE, re.IGNORECASE)
# English: "the" and one lower-case noun ("the company", "The developer").
THE_NOUN = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)")
# French: a place's kind right before its name, inside a role's complement ("le wali de la région
# Casablanca-Settat"): the name is the place's, no person's.
# French: a territory's body before its name ("La région Grand Est", "la ville Saint-Louis").
TERRITORY_BEFORE_FR = re.compile(r"\b(?:[Ll]a|[Ll]e|[Ll]['’])\s*(?:région|département|commune|ville|province|métropole)[ \u00a0]+$")
PLACE_NOUN_BEFORE = re.compile(r"\b(?:de\s+la\s+|du\s+|de\s+l['’])(?:région|province|wilaya|préfecture|commune|ville|département|"
                               r"canton|comté|district|gouvernorat|État|état|canal|lac|étang|marais|massif)\s+$"
                               r"|\b(?:du|au)\s+mont\s+$")  # ("l'association syndicale du canal Saint-Julien", "… au mont Lozère")
# (not after the plural nouns that name a body's members inside its name: "Hanoi People's Committee",
# "Women's Institute", "Children's Hospital", "International Longshoremen's Association")
_POSSESSIVE = re.compile(r"(?<!\bPeople)(?<!men)(?<!\bChildren)(?<!\bMen)['’]s\b")
_ELIDED_COMMON_NOUN = re.compile(r"[LD]['’][a-zà-ÿ][\w’'\-]*[ \u00a0]*")
_PARENS = re.compile(r"\s*\([^)]*\)")  # (opening on spaces, tried at every character: test for "(" first)
# "L'ONG Amnesty International", "L'OTAN" stays: an elided article and the acronym of a kind of organisation.
_ELIDED_ORGANISATION_ACRONYM = re.compile(r"[LD]['’](?:ONG|AG|ASBL)[ \u00a0]+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# (a compass adjective between a preposition and a place: "A court in southern Moldova")
# (a prefix tree of the prepositions, not a flat case-insensitive list tried word by word at each word's
# edge; only one of them, followed by a space, can match at a place, so their order does not matter)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:" + trie_pattern("de|du|des|of|for|at|from|by|on|in|to|during|with|into|after|before|à|au|aux|sur|chez|pendant|lors|avec|contre|against|devant|pour|par|dans|en|sous|vers|entre|parmi|selon|under|near|between|among|via|like|unlike|including".split("|")) + r")\s+(?:(?:la|le|les|the)\s+|l['’])?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+|central\s+)?|d['’])$", re.IGNORECASE)


def _initial_closing(tokens: list[str], i: int) -> bool:
    """"Cédric M.": a capital and a dot closing a first name is an initial, not the title "M."."""
    return i == len(tokens) - 1 and i > 0 and len(tokens[i]) == 2 and tokens[i][1] == "."


# Social networks written right before the name of who posted there.
_PLATFORMS = frozenset(("Facebook", "Twitter", "Instagram", "TikTok", "LinkedIn", "YouTube", "Telegram", "Bluesky", "Threads"))
_SHARE_BUTTON_WORDS = _PLATFORMS | frozenset(("WhatsApp", "SMS", "Email", "E-mail", "Messenger", "Pinterest", "Reddit", "Print", "Copy", "X"))
# "Assassinat de Antoine Sollacaro": a noun, a particle, then the name ("Haitham bin Tariq Al Said" is one name).
_HEADLINE_NOUN_LINKS = frozenset(("de", "du", "des", "of"))
# An outlet relaying a source: "cité par l'agence Reuters", "seen by Reuters".
# (the participles as a prefix tree: see PREPOSITION_BEFORE)
RELAYED_BY = re.compile(
    r"\s(?:" + trie_pattern((
        "cité", "citée", "cités", "citées", "consulté", "consultée", "consultés", "consultées", "interrogé", "interrogée", "interrogés",
        "interrogées", "contacté", "contactée", "contactés", "contactées", "joint", "jointe", "joints", "jointes", "vu", "vue", "obtenu",
        "obtenue", "quoted", "cited", "seen", "obtained", "reviewed", "reported", "interviewed", "contacted", "reached"))
    + r")\s+(?:(?:sous\s+couvert\s+d['’]anonymat|on\s+condition\s+of\s+anonymity)\s+)?(?:par|by)\s",
    re.IGNORECASE)  # (also "cité sous couvert d'anonymat par le quotidien X")
# What continues an organisation's name past a lower-case link or a number: "Commission on
# Presidential Debates", "Committee for the Protection of Journalists", "Lost 52 Project".
_ORGANISATION_TAIL = re.compile(
    r"[ \u00a0](?P<link>\d+|(?:on|for|of|and)(?:[ \u00a0]the)?)[ \u00a0]"
    # ("Centers for Medicare & Medicaid Services": a spaced ampersand joins too)
    r"(?P<words>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:[ \u00a0](?:(?:of|and|for|on|&)[ \u00a0](?:the[ \u00a0])?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)*)(?![\w-])"
    # "Global Fund to Fight AIDS, Tuberculosis and Malaria", "Committee to Protect Journalists": a purpose, capitalised
    r"|[ \u00a0](?P<purpose>to)[ \u00a0](?P<aim>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)+"
    r"(?:(?:,[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)*[ \u00a0]and[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)?)(?![\w-])")
# A name's last capitalised words after "and" ("National Oceanic and Atmospheric Administration").
AND_ORGANISATION = re.compile(r" (?:and|&|et) (?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]* )*(?P<last>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)(?![\w-])")
_NUMBER_AFTER_NO = re.compile(r"\.[ \u00a0]?\d+")
_MONTH_NAMES = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"))
# The English first person inside a capitalised run ("Sometimes I", "I'm"): never part of a name.
# Balinese names open with "I" (men) before a birth-order or caste name: "I Made Dwi Arbawa", "I Gusti Ngurah Rai".
_BALINESE_AFTER_I = frozenset(("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang", "Nengah", "Gusti", "Dewa"))
# ("Louisiana State Police Troop I": a unit's number, no pronoun)
_FIRST_PERSON = re.compile(r"(?:^|(?<=[ \u00a0]))(?<!Troop )(?<!Division )(?<!District )(?<!Region )I(?:['’](?:m|ve|d|ll))?(?=[ \u00a0]|$)"
                           rf"(?![ \u00a0](?:{'|'.join(_BALINESE_AFTER_I)})[ \u00a0])")
# A capitalised word glued to a dotted abbreviation ("Ph.D.", "M.A."): a degree, not a name.
_DOTTED_ABBREVIATION = re.compile(r"\.[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.")


@dataclass(slots=True)
class Mention:
    """What the words next to a claim say about its speaker, before coreference."""

    text: str
    name: str | None = None  # a proper name as written (title removed)
    role: str | None = None
    pronoun: bool = False
    organisation: bool = False


def _opens_on_a_first_name_like_a_role(tokens: list[str]) -> bool:
    """"Pere Baró Soler": a first name that folds to a role word, then a surname ("Son Heung-min", "Son Tinh": a
    Korean surname, a Vietnamese place; "son" is never a title)."""
    return tokens[0] in _FIRST_NAMES_FOLDED_TO_ROLES and len(tokens) >= 3 or tokens[0] == "Son" and len(tokens) >= 2


_ARTICLES_AFTER_FUNCTION_WORD = frozenset(("la", "le", "les"))


def _strip_function_words(name: str, lex: Lexicon, keep_roles: bool = False) -> str:
    tokens = name.split()
    while tokens and (tokens[0] in lex.function_words or tokens[0].rstrip(".") in lex.titles):
        if tokens[0] == "I" and len(tokens) >= 3 and tokens[1] in _BALINESE_AFTER_I:
            break
        if len(tokens) == 1 and tokens[0] in _TITLES_ALSO_NAMES:
            break  # "Haji said": the name a person is called by
        if tokens[0] == "Oh" and len(tokens) >= 2 and _KOREAN_GIVEN_NAME.fullmatch(tokens[1]):
            break  # "Oh Jae-won": the Korean surname, no interjection
        if tokens[0] == "All" and lex.adjectival_names and len(tokens) >= 3 and fold(tokens[-1]) in lex.organisations:
            break  # "All Progressives Congress", "All India Football Federation": the name opens with "All"
        tokens.pop(0)
        if tokens and tokens[0] == "of":
            tokens.pop(0)  # "Courtesy of Kanshin Denki Co.": the credit's words go, the name stays
        if len(tokens) > 1 and tokens[0] in _ARTICLES_AFTER_FUNCTION_WORD:
            tokens.pop(0)  # "Pour la CGT": the preposition, then the article, go
    while tokens and fold(tokens[0]) in lex.roles and not keep_roles and not _opens_on_a_first_name_like_a_role(tokens) \
            and not _general_opening_a_body(tokens, 0, lex):
        tokens.pop(0)
    if len(tokens) > 2 and tokens[0] == "Pro" and tokens[1] == "Tem":
        del tokens[:2]  # "Mayor Pro Tem Keisha Ransome-Ball"
    return " ".join(tokens)


# Words that make "General" the opening of a body's name rather than a rank.
_BODIES_AFTER_GENERAL = frozenset(("Motors", "Electric", "Mills", "Dynamics", "Atomics", "Security", "Staff", "Command"))


def _general_opening_a_body(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """"General Motors", "General Security", "General Assembly": English "General" opening a body's name, no general's."""
    return tokens[i] == "General" and i + 1 < len(tokens) and lex.adjectival_names \
        and (tokens[i + 1] in _BODIES_AFTER_GENERAL or fold(tokens[i + 1]) in lex.organisations)


def _compound_role(token: str, lex: Lexicon) -> bool:
    """A hyphenated office made of role words ("Director-General", "Secretary-General"), or a role
    word after a modifier ("vice-chair", "co-founder", "deputy-head")."""
    if "-" not in token:
        return False
    parts = fold(token).split("-")
    return all(part in lex.roles or (i < len(parts) - 1 and part in _HYPHENATED_ROLE_MODIFIERS) for i, part in enumerate(parts))


def clear_caches() -> None:
    """Forget the phrases parsed so far (timing tools: each timed article starts cold)."""
    from claims.extract.speaker_mentions import _parsed_mention  # (it imports this module)

    names_in.cache_clear()
    folded_words.cache_clear()
    _parsed_mention.cache_clear()


def closes_on_a_company_word(name: str) -> bool:
    """English: NAME ends on a company's word or legal form ("Prairie Coach Industries", "… Holdings Ltd"),
    or joins two words with an ampersand ("Bayou Power & Light")."""
    return name[name.rfind(" ") + 1:] in _COMPANY_NAME_ENDINGS or ends_with_legal_form(name) or " & " in name


# Segments run up to a whole article: 4,096 of them held ~15 MB for little more reuse.
@lru_cache(maxsize=512)
def names_in(segment: str, lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """Proper names in a phrase, with their offsets; roles and titles split off. A site's name keeps
    its domain ("Heidi.news", "Space.com")."""
    found = _names_in(segment, lex)
    if "." in segment:
        found = [(o, n + domain.group()) if (domain := _DOMAIN_AFTER.match(segment, o + len(n))) is not None else (o, n)
                 for o, n in found]
    if lex.adjectival_names and any(n.endswith(" Local") or n.isupper() for _, n in found):
        found = _with_union_numbers(segment, found)
    if not lex.adjectival_names and " Canada" in segment and (department := FEDERAL_DEPARTMENT_FR.search(segment)) is not None:
        found = _one_name(found, department)  # "Pêches et Océans Canada", "Emploi et Développement social Canada"
    if lex.adjectival_names and "Local " in segment and (local := _UNION_LOCAL_OF.search(segment)) is not None:
        found = _one_name(found, local)  # "Local 17 of the Great Lakes Marine Workers Union"
    if lex.adjectival_names and " with " in segment and " Council" in segment and (council := _COUNCIL_WITH.search(segment)) is not None:
        found = _one_name(found, council)  # "Blackburn with Darwen Council"
    if not lex.adjectival_names and "Pays" in segment and (region := _REGION_WITH_ADJECTIVE_FR.search(segment)) is not None:
        # "la communauté d'agglomération Pays basque", "l'office de tourisme du Pays bigouden Sud": the adjective is the name's
        found = _one_name(found, region, start=next((o for o, n in found if o <= region.start() < o + len(n)), region.start()))
    if not lex.adjectival_names and "contre X." in segment:
        # "porter plainte contre X. Elle estime …": the unknown party of a complaint, no initial
        found = [(o + 3, n[3:]) if n.startswith("X. ") and segment.endswith("contre ", 0, o) else (o, n) for o, n in found]
    return tuple(found)


# French: a Canadian federal department named by its fields ("Pêches et Océans Canada", "Immigration,
# Réfugiés et Citoyenneté Canada", "Agriculture et Agroalimentaire Canada").
FEDERAL_DEPARTMENT_FR = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w-]+(?:[ \u00a0][a-zà-ÿ]+)?(?:(?:,[ \u00a0]|[ \u00a0]et[ \u00a0])[A-ZÀ-ÖØ-Þ][\w-]+(?:[ \u00a0][a-zà-ÿ]+)?)+[ \u00a0]Canada(?![\w-])")

# French: a region named by "Pays" and an adjective ("Pays basque", "Pays bigouden Sud").
_REGION_WITH_ADJECTIVE_FR = re.compile(
    r"(?<![\w-])Pays[ \u00a0]+[a-zà-ÿ-]{3,}(?:que|ais|ois|den|an|in|al|ard)(?![\w-])(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*")


# English: a union local named by its number and its union; a council named by two towns joined by "with".
_UNION_LOCAL_OF = re.compile(r"(?<![\w-])Local \d{1,5}[A-Z]? of (?:the )?[A-ZÀ-ÖØ-Þ][\w'’&-]*(?: [A-ZÀ-ÖØ-Þ][\w'’&-]*)*")
_COUNCIL_WITH = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w-]+ with [A-ZÀ-ÖØ-Þ][\w-]+ (?:Borough )?Council(?![\w-])")


def _one_name(found, match: re.Match, start: int | None = None) -> list[tuple[int, str]]:
    """FOUND with the names inside MATCH's span (from START when given) replaced by the one name it spans."""
    start, end = match.start() if start is None else start, match.end()
    return sorted([(o, n) for o, n in found if o + len(n) <= start or o >= end] + [(start, match.string[start:end])])


def _with_union_numbers(segment: str, found) -> list[tuple[int, str]]:
    """FOUND with a union local's number: after "Local", or after an acronym when it has three digits
    or more and is no year ("CUPE Local 8475", "CUPE 2278"; not "EU 27", "COP 2026")."""
    numbered = []
    for offset, name in found:
        local = _UNION_LOCAL_NUMBER.match(segment, offset + len(name)) if name.endswith(" Local") or name.isupper() else None
        if local is not None and (name.endswith(" Local") or len(local.group()) >= 4 and not _YEAR.fullmatch(local.group().strip())):
            name += local.group()
        numbered.append((offset, name))
    return numbered


# French: the complement of a participle opening a sentence ("Interpellé sur le sujet,").
_FRONTED_PARTICIPLE_COMPLEMENT = re.compile(r" (?:sur|par|à|au|aux|en|dans|lors|devant|pour|après|sous|de) [^,.;:]{1,60},")
# A union local's number after "Local" or the union's acronym ("CUPE Local 8475", "CUPE 2278").
_UNION_LOCAL_NUMBER = re.compile(r" \d{1,5}[A-Z]?(?![\w%-]|[.,]\d|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\s*(?:per|percent|members|workers|people|jobs|employees)\b)")
_YEAR = re.compile(r"(?:19|20)\d\d")


# A company's dotted legal form with more capitalised words after it: a new sentence opens there.
_DOTTED_LEGAL_FORM_INSIDE = re.compile(rf"(?<=[ \u00a0])(?:{DOTTED_LEGAL_FORMS})\.(?=[ \u00a0])")
_DOMAIN_AFTER = re.compile(r"\.(?:com|news|net|org|info|fr|ch|be|ca|cz|sk|pl|de|it|es|lu|ma|sn|tn|dz|ci|cm|bern|io|co\.uk|co)(?![\w-])")


_WORD_BEFORE = re.compile(r"([a-zà-ÿ-]+)[ \u00a0]+$")
# French "Il" before a capitalised word is never the pronoun but an Italian title's article ("Il Mattino").
ITALIAN_TITLE = re.compile(r"Il[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


def _party_after_noun(segment: str, offset: int, lex: Lexicon) -> bool:
    """French: the party name at OFFSET qualifies the common noun before it ("le conseiller Ecolo",
    "la municipale Verte chargée de …"), not a party named as a body ("le parti Ecolo")."""
    before = _WORD_BEFORE.search(segment, max(0, offset - 30), offset)
    return before is not None and before.group(1) not in lex.function_words \
        and fold(before.group(1)) not in lex.organisation_nouns and fold(before.group(1)) not in lex.bare_determiners


# A web page's buttons before a name: "Écouter Ludovic Hamelin, patron pêcheur (0'42)", "Watch Ann Lee's interview".
_INTERFACE_VERBS = frozenset(("Écouter", "Écoutez", "Regarder", "Regardez", "Voir", "Listen", "Watch"))
# English: a campaign group's name opening on its verb ("Save Whalley's Green Fields", "Stop Hinkley's Expansion").
_CAMPAIGN_OPENING = re.compile(r"(?:Save|Stop|Protect|Keep|Defend|Reclaim)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_CAMPAIGN_VERBS = frozenset(("Save", "Stop", "Protect", "Keep", "Defend", "Reclaim"))
_THE_THEN_NAME = re.compile(r" the [A-Z][\w-]+(?: [A-Z][\w-]+)*")
# A possessive inside a place's or an institution's name: "King's Lynn", "Bishop's Stortford", "Queen's University".
_TITLED_PLACE_POSSESSIVE = re.compile(r"\b(?:King|Queen|Bishop|Lord|Land|Prince|Earl)['’]s?$")
_PLURAL_OWNER_AFTER = re.compile(r"['’][ \u00a0]+[a-z]")
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Jae-won", "Min-ji"
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Ste\.?)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*$")


def _names_in(segment: str, lex: Lexicon) -> list[tuple[int, str]]:
    found = []
    roles, titles, function_words = lex.roles, lex.titles, lex.function_words
    joined_until = -1
    for match in _NAME.finditer(segment):
        raw = match.group()
        base = match.start()
        if base < joined_until:
            continue
        if lex.adjectival_names and raw in _CAMPAIGN_VERBS and (the := _THE_THEN_NAME.match(segment, match.end())) is not None:
            raw, joined_until = segment[base:the.end()], the.end()  # "Save the Children": a charity's name, "the" inside
        if lex.adjectival_names and raw.endswith("s") and _PLURAL_OWNER_AFTER.match(segment, match.end()) \
                and segment.endswith(("the ", "The "), 0, match.start()):
            continue  # "the Netherlands' highest administrative court": whose court, no name of the speaker
        if segment[match.end():match.end() + 1] == "$":
            raw = raw.rsplit(None, 1)[0] if " " in raw else ""  # "fined Southern Reef Aquaculture A$1.2 million": a currency
            if not raw:
                continue
        elif raw[-4:-3].isspace() and _CURRENCY_CODE_CLOSING.search(raw) and _AMOUNT_NEXT.match(segment, match.end()):
            raw = raw[:-4]  # "fined Voltaris Energie RON 2.4 million"
        if "." in raw and (form := _DOTTED_LEGAL_FORM_INSIDE.search(raw)) is not None:
            raw = raw[:form.end()]  # "operated by Carbones del Altiplano S.A.S. According to …": the form ends the name
        if lex.adjectival_names and segment.endswith(("a ", "an "), 0, base) and _OF_A_BEFORE.fullmatch(segment, 0, base) \
                and _CLOSING_NOUN_AFTER.fullmatch(segment, match.end()):
            continue  # "Residents of a Somerset Levels village": the place describes the noun closing the phrase
        if "ear-" in raw and (age := _AGE_OPENING.match(raw)) is not None:
            raw, base = raw[age.end():], base + age.end()  # "Fourteen-year-old Nguyễn Minh Khôi": the age describes
            if not raw:
                continue
        if " " in raw and raw.split(None, 1)[0] in _INTERFACE_VERBS:
            raw, base = raw.split(None, 1)[1], base + raw.index(raw.split(None, 1)[1])  # "Écouter Ludovic Hamelin (0'42)": a player's label
        if "-of-" in raw and (family := _FAMILY_EPITHET_OPENING.match(raw)) is not None:
            raw, base = raw[family.end():], base + family.end()  # "Mum-of-three Shanice Robinson": who she is
            if not raw:
                continue
        if (raw[:2] in ("I'", "I’", "I ") or " I" in raw) and (raw := _before_first_person(raw)) is None:
            continue
        if segment[match.end():match.end() + 1] == "." and _DOTTED_ABBREVIATION.match(segment, match.end()):
            continue
        if base and segment[base - 1] == "/" and _ACRONYM_BEFORE_SLASH.search(segment, max(0, base - 12), base):
            continue  # "du SYNAMED/Kinshasa": a section of the body just named, no name of its own
        if lex.adjectival_names and segment[max(0, base - 60):base].rstrip().endswith(("and", "&")) \
                and _PORTFOLIO_LIST_BEFORE.search(segment, max(0, base - 60), base) \
                and fold(raw.split()[-1]) in lex.portfolios:
            continue  # "Minister for Lands and Natural Resources", "Ministry of Culture, Tourism and Civil Aviation": a portfolio
        if lex.adjectival_names and " " not in raw and fold(raw) in lex.portfolios and JOINED_OFFICE_AFTER.match(segment, match.end()):
            continue  # "Electricity and Water Affairs Minister Dr Khalid Al Mannai": the office's first portfolio
        if " " not in raw and "\u00a0" not in raw and "'" not in raw and "’" not in raw:
            # One word, no possessive (three names in four): the general case below, shortened.
            # ("Oh" alone before its verb: the Korean surname, no interjection)
            if raw in function_words and not (raw == "Oh" and not segment[match.end():].strip()) \
                    or fold(raw) in roles or raw.rstrip(".") in titles and raw not in _TITLES_ALSO_NAMES \
                    or (not lex.adjectival_names and segment[max(0, base - 3):base] in ("le ", "la ") and fold(raw) in lex.epithets) \
                    or _compound_role(raw, lex) or raw.endswith(_DESCRIBING_SUFFIXES) or (
                # "Analysts at …", "Officials said", "Witnesses told"
                raw[-1:] == "s" and (fold(raw[:-1]) in roles or raw[-2:-1] == "e" and fold(raw[:-2]) in roles)
            ) or (raw in _ORDINALS_OF_ROLES and _ROLE_AFTER_ORDINAL.match(segment, match.end())) \
                    or AMOUNT_AFTER_FULL_STOP.match(segment, match.end()) \
                    or (not lex.adjectival_names and fold(raw) in lex.party_labels and _party_after_noun(segment, base, lex)) \
                    or (lex.adjectival_names and fold(raw) in lex.party_labels and _LOWER_CASE_NOUN_AFTER.match(segment, match.end())):
                # "l'ancien Premier ministre"; "la conseillère Verte", "Democratic state Sen. Laura Kittredge": a
                # party's adjective, no person
                continue
            if not lex.adjectival_names and raw.endswith(("é", "ée", "és", "ées")) and _FRONTED_PARTICIPLE_COMPLEMENT.match(segment, match.end()) \
                    and (base == 0 or segment[base - 1] == "\n" or segment[max(0, base - 2):base] == ". "):
                continue  # "Interpellé sur le sujet, le ministre …": a participle opening the sentence
            if lex.adjectival_names and (_INDEFINITE_BEFORE.search(segment, max(0, base - 4), base)
                                         or _DEFINITE_AND_ADJECTIVE_BEFORE.search(segment, max(0, base - 24), base)) \
                    and _LOWER_CASE_NOUN_AFTER.match(segment, match.end()) and raw.endswith(_DEMONYM_ENDINGS):
                continue  # "a Filipino technician", "the ruined Swahili trading city": a nationality, no name
            name = raw.rstrip(".").strip("-")
            if len(name) > 1 and not name.isdigit():
                found.append((base + raw.find(name), name))
            continue
        elided = _ELIDED_COMMON_NOUN.match(raw) or _ELIDED_ORGANISATION_ACRONYM.match(raw)
        if elided:
            # "L'entraîneur lorientais", "L'action Véloria": an article and a common noun opening a sentence.
            base += elided.end()
            raw = raw[elided.end():]
            if not raw:
                continue
            complement = raw.split()
            if len(complement) < 4 and _PARTICLE_RE.fullmatch(complement[0]) \
                    or len(complement) < 3 and _ELIDED_PARTICLE_OPENING.match(complement[0]):
                continue  # "L'ambassadeur de France", "L'ambassade d'Espagne": the noun's complement only, no person
            if len(complement) >= 4 and _PARTICLE_RE.fullmatch(complement[0]):
                # "L'attaquant du PSG Ousmane Dembélé", "L'entraîneur du FC Nantes X Y": the noun's
                # complement, then the person's first name and surname
                keep = 3 if _PARTICLE_RE.fullmatch(complement[-2]) else 2
                skipped = raw.rfind(" " + complement[-keep]) + 1
                base += skipped
                raw = raw[skipped:]
        # (a saint's possessive belongs to a name: "St. John's Health", "Saint Mary's Hospital"; so does a
        # place's in a campaign's name: "Save Whalley's Green Fields")
        possessive = [p for p in _POSSESSIVE.finditer(raw) if not _SAINT_BEFORE.search(raw, 0, p.start())
                      and not (lex.adjectival_names and _CAMPAIGN_OPENING.match(raw))
                      and not _TITLED_PLACE_POSSESSIVE.search(raw, 0, p.end())] if "'" in raw or "’" in raw else []
        office = bool(possessive) and lex.adjectival_names and _office_of_a_role(raw, possessive[-1], lex)
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
        if len(tokens) >= 2 and lex.adjectival_names and tokens[0] in _OPENING_PARTICIPLES:
            base += raw.find(tokens[1])  # "Listed US states as having members were …": a participle opening the sentence
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 3 and lex.adjectival_names and tokens[0] == "The" and tokens[1].endswith(_DESCRIBING_SUFFIXES):
            base += raw.find(tokens[1])  # "The Amman-based Arab Water Forum": the article opens the sentence
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 2 and tokens[0].endswith(_DESCRIBING_SUFFIXES):
            # "Wisconsin-based Kestrel Foods", "Kremlin-backed Ivan Rudov": a description, no part of the name
            base += raw.find(tokens[1])
            tokens = tokens[1:]
            raw = " ".join(tokens)
        if len(tokens) >= 3 and lex.adjectival_names and tokens[0].endswith(_PROFESSION_ENDINGS) \
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
        while len(tokens) > 2 and tokens[-1].rstrip(".,") in _POST_NOMINALS:
            tokens.pop()  # "Jonathan Abbey KC", "Jane Smith MP": honours and offices after the name
            raw = " ".join(tokens)
        if tokens[-1] in _ORDINALS_OF_ROLES and _ROLE_AFTER_ORDINAL.match(segment, match.end()):
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
            if i >= 1 and lex.adjectival_names and i < len(tokens) - 1 and fold(tokens[-1]) in lex.organisations:
                continue  # "Hillside Lifeguard Service", "Artisan Cheesemakers' Guild": a role word naming what the body does
            if i >= 1 and lex.adjectival_names and i < len(tokens) - 2 and tokens[i + 1].endswith("s") \
                    and fold(tokens[i + 1][:-1]) in lex.roles and fold(tokens[i + 1]) not in lex.roles:
                continue  # "Norfolk Parent Carers Together": a role word, then a plural one, inside a group's name
            if i >= 1 and lex.adjectival_names and i < len(tokens) - 1 and tokens[i + 1] in _UNIT_WORDS:
                continue  # "Canyon Lakes Ranger District", "Sheriff Patrol Division": a role word naming a body's unit
            if i >= 2 and tokens[i - 1] in ("Le", "La") and not lex.adjectival_names:
                continue  # "Bruno Le Maire": the surname's particle, then a role word that is the surname
            if i >= 2 and tokens[i - 1] in ("et", "&"):
                continue  # "Thiriet et Fils", "Verbeke & Fils": a firm's name
            if i >= 1 and not lex.adjectival_names and tokens[i - 1] in _FILIATION_PARTICLES:
                continue  # French "Moussa Ould Cheikh Ahmed": "son of" opens the rest of the name
            if lex.adjectival_names and not _MALAY_FILIATION.isdisjoint(tokens[:i]):
                continue  # "Sulaiman bin Haji Metali": after "bin", the father's name, honorific and all
            if lex.adjectival_names and token in _TITLE_RANK_WORDS:
                if i >= 1 and cut == i:
                    earlier_cut, cut = cut, i + 1  # "Dato Seri Setia", "Pengiran Anak": a rank right after a title
                continue
            if lex.adjectival_names and fold(token) in _ROLE_MODIFIERS and i + 2 <= len(tokens) - 2 and i >= cut \
                    and not is_first_name(tokens[i + 1]):  # ("Housing Minister Deputy Rachel Le Cornu": a member's title)
                earlier_cut, cut = cut, i + 2  # "Deputy Ombudsman Ana Cruz": the word the modifier opens is an office
                continue
            if i == 0 and _opens_on_a_first_name_like_a_role(tokens):
                continue  # "Pere Baró Soler": a first name
            if i >= 1 and fold(token) in ("general", "generale", "generaux", "generales") \
                    and (fold(tokens[i - 1]) in lex.companies or fold(tokens[i - 1]) in lex.organisations):
                continue  # "la Société Générale", "la Compagnie générale", "the Directorate General of Shipping": the body's
            if _general_opening_a_body(tokens, i, lex):
                continue
            if fold(token) in lex.roles or _compound_role(token, lex) \
                    or (i >= 1 and fold(f"{tokens[i - 1]} {token}") in lex.roles) \
                    or (token.rstrip(".") in lex.titles and not _initial_closing(tokens, i) and not (token in _TITLES_ALSO_NAMES and len(tokens) == 1) and not (
                        # "Moez Hadj Salem": a pilgrimage honorific between a first name and a surname is part of the name
                        token in _HONORIFICS_INSIDE_NAMES and 0 < i < len(tokens) - 1 and tokens[i - 1].rstrip(".") not in lex.titles
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
                and _ROLE_APPOSITION_NEXT.match(segment, match.end()) and not _DETERMINER_BEFORE.search(segment, 0, base) \
                and tokens[0] not in function_words \
                and lex.organisations.isdisjoint(fold(t) for t in tokens):
            cut = 0  # "Abdul Karim Sheikh, the deputy commissioner of …,": a person named, then their role
        if not cut and len(tokens) > 2 and tokens[0] in _TITLES_BEFORE_A_NAME_ONLY and lex.adjectival_names:
            cut = 1  # "Eng Juma Mwinyi", "Amb Ruth Odera" (not "Ng Eng Hen": only opening the run)
        if cut <= 1 and len(tokens) > 3 and (tokens[0], tokens[1]) in _HONORIFIC_PAIRS and lex.adjectival_names:
            cut = 2  # "Tan Sri Ahmad Faizal", "Datuk Seri Lim Wei Ming" (not "Tan Wei Ming": a surname)
        elif not cut and len(tokens) == 2 and tokens[0] == "Justice" and lex.adjectival_names \
                and fold(tokens[1]) not in lex.organisations and base == 0:
            cut = 1  # "Justice Pitts-Arnold": a judge by surname (not "Justice Department")
        if len(tokens) > 2 and tokens[0].isupper() and len(tokens[0]) > 1 and tokens[0].isalpha() and not cut \
                and lex.organisations.isdisjoint(fold(t) for t in tokens[1:]) \
                and tokens[0] not in INSTITUTION_PREFIXES and tokens[1] not in _PLACE_WORDS and tokens[-1] not in _PLACE_WORDS \
                and " ".join(tokens[1:]) not in _REGIONS_OF_SEVERAL_WORDS \
                and not (_PARTICLE_RE.fullmatch(tokens[1]) and fold(tokens[0]) not in lex.roles) \
                and not closes_on_a_company_word(raw) and not (lex.adjectival_names and tokens[-1] in PLURAL_BODY_ENDINGS) \
                and not _GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base):
            # (not "UL Hospitals Group", "NHS Greater Glasgow", "USPO Grand Est": a body and its region;
            # nor "BC Emergency Health Services": a service's name;
            # nor "the advocacy group TB Voices Eswatini", "le syndicat CGT Construction de la Gironde": the group's name;
            # nor "la fédération du BTP du Territoire de Belfort": the acronym's complement, unless a role's ("PDG de HP")
            cut = 1  # "LFI Louis Boyard", "AFP Jean-Philippe Magnen": an acronym glued to a name
        elif not lex.adjectival_names and not cut and len(tokens) >= 4 and tokens[1] in _MEDIA_ACRONYMS:
            cut = 2  # "la radio Joy FM Kodjo Amenyo": the station, then the person
        elif not lex.adjectival_names and not cut and len(tokens) == 3 and tokens[1] in _MEDIA_ACRONYMS \
                and segment.startswith(",", match.end()) and _MICRO_BEFORE.search(segment, max(0, base - 16), base):
            cut = 2  # "au micro de Star FM Colette, 79 ans,": the station, then the person's first name
        elif not lex.adjectival_names and not cut and len(tokens) >= 3 and _NUMBERED_CHANNEL_BEFORE.search(segment, max(0, base - 16), base):
            cut = 1  # "a déclaré à France 3 Limousin Jean-Michel Fayolle": the channel's region, then the person
        elif lex.adjectival_names and not cut and len(tokens) > 3 and not _GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base):
            # "Opposition TD Mary Lou McDonald": a capitalised modifier and an office's acronym, then the name
            # (not "the parents' group Suffolk SEND Families Together": a group's name)
            cut = next((i + 1 for i in range(1, len(tokens) - 2) if tokens[i].isupper() and 1 < len(tokens[i]) <= 4
                        and tokens[i].isalpha() and not tokens[i + 1].isupper() and _ROMAN.fullmatch(tokens[i]) is None), 0)
            if cut and not lex.organisations.isdisjoint(fold(t) for t in tokens[cut - 1:]):
                cut = 0  # "The US Geological Survey", "Carlos III Health Institute": one organisation
                # (not "Congress MLA Amrik Singh Grewal": the party, its office, then the person)
        if cut and cut < len(tokens):
            if _PARTICLE_RE.fullmatch(tokens[cut]) and tokens[cut - 1].rstrip(".") not in lex.titles:
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
            raw = " ".join(tokens[cut:])
        elif cut:
            continue
        if not cut and not lex.adjectival_names and len(tokens) >= 3 and (demonym := _demonym_words(segment, base, tokens, lex)):
            tokens = tokens[demonym:]  # "le Norvégien Casper Ruud": a nationality before the person
            raw = " ".join(tokens)
        if len(tokens) >= 2 and tokens[0] in _SHARE_BUTTON_WORDS and all(t in _SHARE_BUTTON_WORDS for t in tokens):
            continue  # "Facebook Twitter WhatsApp SMS Email": a page's share buttons
        if not cut and len(tokens) >= 3 and tokens[0] in _PLATFORMS:
            tokens = tokens[1:]  # "sur sa page Facebook Adama Kéita-Soro": where it was posted, then who
            raw = " ".join(tokens)
        if not cut and len(tokens) >= 4 and tokens[1] in _HEADLINE_NOUN_LINKS and tokens[2][:1].isupper() \
                and tokens[2] not in _SURNAME_ARTICLES \
                and (base == 0 or segment[base - 1] == "\n" or segment[max(0, base - 2):base] in (". ", ": ")):
            # ("Marie-Hélène de La Roche-Vernay" stays whole; so does "le député Romain de Sainte Marie")
            raw = " ".join(tokens[2:])  # "Assassinat de Antoine Sollacaro": a headline noun, then the name
            tokens = tokens[2:]
        if " of " in raw:
            left = raw.split(" of ")[0]
            if len(left.split()) >= 2 and not ({fold(w) for w in left.split()} & lex.organisations):
                raw = left  # "Lucy Fischer of The Times"
                tokens = raw.split()
        if not cut and len(tokens) >= 3 and lex.adjectival_names and _AND_THE_BEFORE.search(segment, max(0, base - 9), base) \
                and role_in(segment[max(0, base - 80):base], lex) is not None and lex.organisations.isdisjoint(fold(t) for t in tokens):
            # "Minister of State for Sustainability and the Environment Rahayu Ismail": the office's
            # last complement, then the person ("… and Environment Mutale Kabwe Phiri": all of it)
            leading = next((i for i, t in enumerate(tokens) if not portfolio_word(t, lex)), 0)
            tokens = tokens[leading:] if 0 < leading <= len(tokens) - 2 else tokens[-2:]
            raw = " ".join(tokens)
            base = match.start() + match.group().rfind(raw)
        if not cut and len(tokens) >= 3 and "&" not in tokens and PREPOSITION_BEFORE.search(segment[max(0, base - 12):base]) \
                and not (lex.adjectival_names and _INDEFINITE_ROLE_APPOSITION.search(segment, max(0, base - 60), base)) \
                and (lex.adjectival_names or not is_first_name(tokens[0])) \
                and not (lex.adjectival_names and _SOURCE_PREPOSITION_BEFORE.search(segment, max(0, base - 16), base)) and (
                # ("la réaction de Berthe Kalenga Mwamba", "according to Mary Anne Smith": one person)
            lex.adjectival_names or not _FRENCH_LOCATIVE_BEFORE.search(segment, max(0, base - 6), base)
            or (not PARTICLE_ANY_CASE.fullmatch(tokens[-2]) and role_in(segment[max(0, base - 50):base], lex) is not None)
        ):  # (French "à Santa Cruz de Tenerife", "en Seine-Saint-Denis", "de la Région Grand Est": a place through and through; but
            # "l'ambassadeur de France aux États-Unis Laurent Bili": a role, its place, then the person)
            # "of Scotland Nicola Sturgeon", "to the United Nations Nikki Haley": a place or an
            # organisation, then the person's first name and surname.
            keep = 3 if PARTICLE_ANY_CASE.fullmatch(tokens[-2]) or tokens[-2] in _GAELIC_PARTICLES or _MIDDLE_INITIAL.fullmatch(tokens[-2]) \
                or tokens[-3] in _VIETNAMESE_FAMILY_NAMES else 2
            portfolio = next((i for i, t in enumerate(tokens) if not portfolio_word(t, lex)), 0)
            if lex.adjectival_names and portfolio and len(tokens) - portfolio > keep and tokens[portfolio][:1].isupper():
                # (not "Department of Health Gerard Kilbane": the body's link, then its portfolio)
                keep = len(tokens) - portfolio  # "Minister for Water Supply Gita Kumari Shahi": the portfolio, then the person
            bodies = {fold(w) for w in tokens} & lex.organisations
            if bodies and lex.adjectival_names and bodies.isdisjoint(fold(t) for t in tokens[-keep:]) \
                    and role_in(segment[max(0, base - 40):base], lex) is not None:
                bodies = set()  # "Deputy Health Minister for Administration Sylvester T. Zarwolo": the office's portfolio, then the person
            if not bodies and tokens[-1].rstrip(".") not in _COMPANY_NAME_ENDINGS \
                    and not (lex.adjectival_names and (tokens[-1] in _NON_PERSON_NAME_ENDINGS or tokens[-1] in PLURAL_BODY_ENDINGS)) \
                    and fold(tokens[0]) not in _TERRITORIES and tokens[0] not in COMPANY_PREFIXES \
                    and not (len(tokens[0]) > 1 and tokens[0].isupper() and tokens[0].isalpha() and not is_first_name(tokens[-keep])) \
                    and not _body_noun_after(segment, match.end(), lex) and not _PARTICLE_RE.fullmatch(tokens[-keep]) \
                    and tokens[-keep][1:2] not in ("'", "’") \
                    and tokens[-keep] not in _PLACE_WORDS and tokens[-1] not in _PLACE_WORDS \
                    and not (lex.adjectival_names and tokens[0] in _COMPASS_WORDS_EN) \
                    and tokens[-keep] not in ("St", "St.", "Saint", "Ste", "Ste.") \
                    and not (lex.adjectival_names and tokens[-keep] in _COMMON_NOUNS_OF_NAMES_EN) \
                    and not (lex.adjectival_names and "of" in tokens[-keep:]):
                # (not "at Corvin Heavy Industries": a company's name whole; nor "of Bury St Edmunds": a saint's
                # town; nor "for the Clean Air Krakow coalition": the capitalised words name the body the noun
                # after them is; nor "de l'USPO Grand Est": a region; nor "of the Federation of Kichwa Communities of
                # Sucumbíos": no English name holds "of")
                raw = " ".join(tokens[-keep:])
        if not cut and not lex.adjectival_names and len(tokens) >= 4 and fold(tokens[0]) in lex.organisations \
                and is_first_name(tokens[-2]) and tokens[-3][:1].isupper() and not is_first_name(tokens[-3]) \
                and not PARTICLE_ANY_CASE.fullmatch(tokens[-3]) and tokens[-3] not in ("Saint", "Sainte"):
            raw = " ".join(tokens[-2:])  # "le politologue de l'Université de Lausanne Thomas Wenger": the body, then the person
        if not lex.adjectival_names and ITALIAN_TITLE.match(raw):
            name = raw
        else:
            name = _strip_function_words(raw, lex, keep_roles=office).rstrip(".").strip("-")
            if lex.adjectival_names and raw.split(None, 1)[0] in _NUMBER_WORDS and len(raw.split()) >= 3 \
                    and _GROUP_NOUN_BEFORE.search(segment, max(0, base - 16), base):
                name = raw  # "Residents' group Two Rocks Rail Now": a place's number word opens the group's name
            if not lex.adjectival_names and raw[:3] in ("Le ", "La ") and len(words := raw.split()) >= 3 and name == " ".join(words[1:]) \
                    and fold(words[-1]) in lex.organisations and segment[:base].rstrip()[-1:].islower():
                name = raw  # "la communauté urbaine Le Havre Seine Métropole": a town's article inside a sentence
        if lex.adjectival_names and " " in name and all(fold(t) in lex.portfolios or fold(t) in lex.roles for t in name.split()) \
                and not (not any(fold(t) in lex.roles for t in name.split())
                         and (_VERB_NEXT.match(segment, match.end()) or not segment[match.end():].strip())) \
                and not ((joined := AND_ORGANISATION.match(segment, match.end())) is not None
                         and fold(joined.group("last")) in lex.organisations):
            # "Deputy Health Minister for Administration X": an office, no name (but "the Health
            # Information and Quality Authority": a body's name runs on; "Interior Health said": a health authority)
            continue
        if " " not in name and name.endswith(_DESCRIBING_SUFFIXES) and raw.startswith("The "):
            continue  # "The Chennai-based specialty plastics maker": where it is, no name
        if name and (len(name) > 1) and not name.isdigit() and not _ELIDED_OPENING.match(name):
            offset = base + match.group()[base - match.start():].find(name.split()[0])
            found.append((offset, name))
    return found


# Prepositions that introduce a person, not an office's place or body ("according to Abdul Karim Sheikh").
_SOURCE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|by|with|like|unlike|including)\s+$")
# A portfolio named by a verbal noun ("Director of Club Licensing", "… Resources Surveillance"; not
# "Florence", a first name).
_GERUND_PORTFOLIO = re.compile(r"(?!(?:Florence|Constance|Prudence|Clarence|Terrence|Lawrence|Laurence)\b)"
                               r"[A-Z][a-z]{3,}(?:ing|ance|ence|ment|tion|sion)")


def portfolio_word(token: str, lex: Lexicon) -> bool:
    """Whether TOKEN is a word of an office's portfolio ("Fisheries", and in English "Licensing")."""
    return fold(token) in lex.portfolios or (lex.adjectival_names and _GERUND_PORTFOLIO.fullmatch(token) is not None)


_HONORIFICS_INSIDE_NAMES = frozenset(("Hadj", "Hadja", "El-Hadj", "Elhadj", "Alhaji"))
_FILIATION_PARTICLES = frozenset(("Ould", "Ben", "Bin", "Ibn", "Bint", "Mint"))
# Malay honorifics that are also the name a person is called by alone ("Haji said").
_TITLES_ALSO_NAMES = frozenset(("Haji", "Awang"))
_MALAY_FILIATION = frozenset(("bin", "binti", "Bin", "Binti"))
# Words of a Malay honorific's rank ("Dato Seri Setia", "Pengiran Anak"), titles only after a title.
_TITLE_RANK_WORDS = frozenset(("Seri", "Sri", "Setia", "Paduka", "Lela", "Anak", "Indera", "Utama"))
_MIDDLE_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.")
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
# A French elided pronoun or particle opening a sentence, then a verb: "C'était", "Qu'importe", "N'oublions".
_ELIDED_PARTICLE_OPENING = re.compile(r"d['’][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_ELIDED_OPENING = re.compile(r"(?:C|Qu|J|N|S|D|M|T)['’][a-zà-ÿ]")


def _body_noun_after(segment: str, end: int, lex: Lexicon) -> bool:
    after = _WORD_AFTER.match(segment, end)
    return after is not None and after.group(1) in lex.organisations


def _office_of_a_role(raw: str, possessive: re.Match, lex: Lexicon) -> bool:
    """English: the possessive in RAW joins an office-holder's title to the body named after it ("State
    Attorney's Office", "Chief Constable's Department"): one name. A person's possessive ("Mayor
    Lopez's Office") still cuts it."""
    before = raw[:possessive.start()].split()
    after = raw[possessive.end():].split()
    return bool(before) and bool(after) and fold(before[-1]) in lex.roles and fold(after[0]) in lex.organisations


# Words that open an office before a name ("Deputy Registrar", "Acting Ombudsman", "Assistant Auditor").
_ROLE_MODIFIERS = frozenset(("deputy", "assistant", "acting", "associate", "interim", "vice"))
# French regions of several words, which close a body's name ("l'ARS Centre-Val de Loire"), no person's.
_REGIONS_OF_SEVERAL_WORDS = frozenset(("Centre-Val de Loire", "Pays de la Loire", "Provence-Alpes-Côte d'Azur",
                                       "Provence-Alpes-Côte d’Azur", "Hauts-de-France"))
# Words opening or closing a region's or a town's name, no person's ("Grand Est", "Haute Silesia", "Sud Ouest").
_PLACE_WORDS = frozenset(("Grand", "Grande", "Haut", "Haute", "Bas", "Basse", "Nouvelle", "Nouveau", "Saint", "Sainte",
                          "Archipel", "Île", "Îles", "Est", "Ouest", "Nord", "Sud", "Greater", "North", "South", "East", "West"))
# ("member for South Wales Central", "of North East Lincolnshire": a region, no one's name after it)
_COMPASS_WORDS_EN = frozenset(("North", "South", "East", "West", "Mid", "Central", "Northern", "Southern", "Eastern", "Western"))
# English common nouns that open the last words of a place's or a body's name, never a person's
# ("president of Kennebec Valley Anglers", "director of the Lewiston-Auburn Housing Partnership").
_COMMON_NOUNS_OF_NAMES_EN = frozenset(("Valley", "River", "County", "Coast", "Creek", "Bay", "Harbour", "Harbor", "Island", "Islands",
                                       "Mountain", "Mountains", "Housing", "Community", "Water", "Village", "Borough", "Canal", "Estuary",
                                       "Heritage", "Wildlife", "Health", "Education", "Transport", "Energy", "Food", "Arts", "Sports"))
# Abbreviated titles without their dot that are also name words elsewhere ("Ng Eng Hen"), and "Justice"
# ("Justice Department", "Ministry of Justice"), hence not in TITLES (which cut a run wherever they
# stand): a title only when they open the run ("Justice Mary Kasango").
# Malaysian and Bruneian honorifics of two words, opening a name ("Tan Sri", "Datuk Seri").
_HONORIFIC_PAIRS = frozenset((("Tan", "Sri"), ("Puan", "Sri"), ("Datuk", "Seri"), ("Dato'", "Seri"), ("Dato’", "Seri"),
                              ("Dato'", "Sri"), ("Dato’", "Sri"), ("Dato", "Seri"), ("Dato", "Sri"), ("Toh", "Puan"),
                              ("Pehin", "Dato"), ("Pehin", "Datu")))
# ("Premier Dennis King"; "Premier League"; "Begum Rokeya Khatun"; "Rokeya Begum Lipi")
_TITLES_BEFORE_A_NAME_ONLY = frozenset(("Eng", "Amb", "Arch", "Justice", "Premier", "Begum", "Nkosi", "Patient"))
# Company forms written before the name ("PT Sulawesi Prima Nikel", "PJSC Rosneft"): a body's name opens with them.
COMPANY_PREFIXES = frozenset(("PT", "PJSC", "JSC", "OJSC", "PAO", "OAO", "ZAO"))
# Acronyms of institutions whose units are named after them ("NHS Fife", "BBC Scotland", "CBC News").
INSTITUTION_PREFIXES = frozenset(("NHS", "BBC", "ITV", "CBC", "ABC", "RTÉ", "HSE", "UEFA", "FIFA", "RTBF", "SNCF", "RATP",
                                   # Australian states and territories naming their own bodies ("NSW Fair Trading")
                                   "NSW", "QLD", "WA", "NT", "ACT", "VIC", "TAS")) | COMPANY_PREFIXES
_DESCRIBING_SUFFIXES = ("-based", "-born", "-backed", "-owned", "-run", "-led", "-headquartered", "-registered", "-listed",
                        "-flagged", "-made", "-funded")
# Words that close a company's name, never a person's ("Corvin Heavy Industries", "Selangor Sdn Bhd").
COMPANY_DESIGNATORS = ("Inc", "Corp", "Co", "Ltd", "LLC", "plc", "PLC", "AG", "SA", "NV", "SE", "ASA", "AB", "Holdings",
                       "Group", "Corporation", "Limited", "GmbH", "SpA", "Bhd", "Berhad", "Industries", "Motors",
                       "Pharmaceuticals", "Technologies", "Logistics", "Shipbuilding", "Developments", "Properties", "Dairies",
                       "Foods", "Mills", "Breweries", "Airways", "Resources", "Mining", "Solutions", "Enterprises", "Partners",
                       "Ventures", "Brands", "Therapeutics", "Biosciences", "Laboratories", "Labs", "Chemicals", "Ceramics",
                       "Teoranta")  # (Irish "Teoranta": limited)
_ACRONYM_BEFORE_SLASH = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,}/$")
_MEDIA_ACRONYMS = frozenset(("FM", "TV", "AM", "Info", "Radio"))
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ \u00a0]+$")
_OF_A_BEFORE = re.compile(r"[ \u00a0]*(?:[Tt]he[ \u00a0]+)?[A-Za-z][a-z]+[ \u00a0]+(?:of|in|at|from)[ \u00a0]+an?[ \u00a0]+")  # ("Residents of a ")
# (the phrase may go on with a clause: "The owner of a Silver City outfitting business, who asked …")
_CLOSING_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z][a-z-]+(?:[ \u00a0]+[a-z][a-z-]+)?[ \u00a0]*(?:(?:,|[ \u00a0]who[ \u00a0]).*)?")
_LOWER_CASE_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_DEFINITE_AND_ADJECTIVE_BEFORE = re.compile(r"\b[Tt]he [a-z][a-z-]+ $")
_DEMONYM_ENDINGS = ("ino", "ina", "ese", "ian", "an", "ish", "ch", "i", "ic")
# English participles that open a sentence before a name ("Listed US states …", "Asked Jane Doe …").
_NUMBER_WORDS = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"))
_MICRO_BEFORE = re.compile(r"\b(?:micro|antenne|ondes)\s+(?:de|d['’])\s*$")
_OPENING_PARTICIPLES = frozenset(("Listed", "Asked", "Based", "Located", "Founded", "Named", "Called", "Published",
                                  "Released", "Quoted", "Cited", "Elected", "Appointed", "Accused", "Charged",
                                  # court reporting: "Prosecuting for Redcar and Cleveland Council, solicitor X said"
                                  "Prosecuting", "Defending", "Representing", "Mitigating"))
# English professions opening a sentence before a name ("Volcanologist Þóra Einarsdóttir").
_UNIT_WORDS = frozenset(("District", "Division", "Station", "Unit", "Office", "Department", "Bureau", "Branch", "Section"))
_PROFESSION_ENDINGS = ("ologist", "onomist", "cientist", "ographer", "icist", "ician", "torian", "ichiatrist", "urgeon")
# Legal forms that close a company's name ("Prairie Current Energy LLC of Minneapolis": where it is based follows).
LEGAL_FORMS = frozenset(("Inc", "Corp", "Co", "Ltd", "LLC", "plc", "PLC", "GmbH", "Limited", "LLP"))
# ("Nama Water Services", "Boreas Cable Systems"; "Halvorsen Ruud Architects": a practice named by its trade)
_COMPANY_NAME_ENDINGS = frozenset(COMPANY_DESIGNATORS) | {"Services", "Outfitters", "Systems", "Architects", "Surveyors", "Solicitors",
                                                          "Consultants", "Accountants", "Associates"}
# Words no person's name ends on: works and holdings ("of Borpukhuri Tea Estate", "at Rupsha Fibre Mill"), a
# union's local ("of United Steelworkers Local 1188").
_NON_PERSON_NAME_ENDINGS = frozenset(("Estate", "Estates", "Mill", "Mills", "Plant", "Works", "Factory", "Mine", "Mines",
                                      "Quarry", "Farm", "Farms", "Plantation", "Plantations", "Refinery", "Ranch", "Local", "Schools",
                                      "District", "UK", "US", "USA"))
# English plural nouns that close a body's name, never a person's ("SA Power Networks", "NSW Health Services").
PLURAL_BODY_ENDINGS = frozenset(("Networks", "Services", "Systems", "Solutions", "Partners", "Resources", "Communications",
                                 "Products", "Industries", "Holdings", "Technologies", "Enterprises", "Brands", "Foods",
                                 "Pharmaceuticals", "Laboratories", "Chemicals", "Materials", "Metals"))
_AND_THE_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")
# ", an analyst at ", ", head of research at ": the employer named after a person's role in apposition, whole
# ("Brindle Capital Markets", "Crescent Line Securities").
_INDEFINITE_ROLE_APPOSITION = re.compile(
    r"(?:,\s+|^)(?:[Aa]n?\s+(?:[a-z][\w-]*\s+){1,3}(?:at|with|for|from|of)|(?:[a-z][\w-]*\s+){1,3}(?:at|with|from))\s+(?:the\s+)?$")
_ROLE_APPOSITION_NEXT = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")
# French: a capitalised ordinal that opens a role ("le Premier ministre", "la Première secrétaire").
_ORDINALS_OF_ROLES = frozenset(("Premier", "Première"))
_ROLE_AFTER_ORDINAL = re.compile(r"[ \u00a0]+(?:ministre|secrétaire|adjoint|adjointe|magistrat|président|présidente)\b")
_FRENCH_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:à|au|aux|en|dans|vers)\s+$", re.IGNORECASE)
_DEFINITE_BEFORE_NAME = re.compile(r"(?:^|[\s(])(?:le|la|l['’])\s*$")


_ENGLISH_BODY_HEADS = frozenset(w for w in english.ORGANISATION_WORDS if w[:1].isupper())


# French territories named with their proper name after them ("la Région Grand Est"): no nationality.
_TERRITORIES = frozenset(("region", "departement", "province", "canton", "commune", "ville", "metropole", "prefecture"))


_SPORT_NAME_ENDINGS = frozenset(("football", "rugby", "basket", "handball", "volley", "volley-ball", "hockey", "athletic"))


def _demonym_words(segment: str, base: int, tokens: list[str], lex: Lexicon) -> int:
    """French: how many tokens of a capitalised run are a definite article and a nationality
    before a person's name ("le Norvégien Casper Ruud", "L'Américaine Coco Gauff"), else 0."""
    if tokens[0] in ("Le", "La"):
        skip = 2
    elif tokens[0][:2] in ("L'", "L’") or _DEFINITE_BEFORE_NAME.search(segment, max(0, base - 4), base):
        skip = 1
    else:
        return 0
    demonym, rest = tokens[skip - 1], tokens[skip:]
    folded = fold(demonym.split("'")[-1].split("’")[-1])
    if len(rest) < 2 or rest[-1].isupper() or folded in lex.organisations or folded in lex.companies or folded in _TERRITORIES \
            or rest[-1] in _ENGLISH_BODY_HEADS or (demonym.isalpha() and demonym.isupper()) or rest[0] in _PLACE_WORDS \
            or any(c.isupper() for c in demonym.split("'")[-1].split("’")[-1].split("-")[0][1:]) \
            or demonym in _PLACE_WORDS or fold(rest[0]) in lex.organisations or fold(rest[0]) in lex.organisation_nouns \
            or fold(rest[-1]) in lex.organisations or fold(rest[-1]) in _SPORT_NAME_ENDINGS:
        # ("Le Havre Seine Métropole", "Le Rodez Aveyron Football": a town opening a body's or a club's name)
        # ("le Ghana Cocoa Board": a country's body, named in English; "l'USPO Grand Est": a body's region; "l'UFC-Que
        # Choisir du Tarn": an acronym, no nationality;
        # "le Grand Hôpital de Charleroi": an adjective opening a body's name; "le Racing Club d'Abobo": a body's noun next)
        return 0
    if not rest[0][:1].isupper():
        return 0  # "la Santé du Hamas": a portfolio and its complement, no person
    return skip


_SEATED_MISSIONS = ("Embassy", "Consulate", "Consulate General", "High Commission")
_MISSION_SEAT = re.compile(r" in [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?(?=[\s,.;:]|$)")


_GROUP_NOUN_BEFORE = re.compile(r"\b(?:group|organi[sz]ation|charity|coalition|network|campaign|alliance|movement|NGO|union"
                                r"|syndicat|association|collectif|fédération|mouvement)\s+$", re.IGNORECASE)


def organisation_tail(text: str, end: int, name: str, lex: Lexicon) -> str:
    """The rest of an organisation's name that `name` (ending at `end` in `text`) opens, past a
    lower-case link ("on", "for the") or a number: "" when none. Only after a name that holds an
    organisation word (or, for a number, any name): "the Court on Monday" is not a name."""
    if name.endswith(_SEATED_MISSIONS) and (seat := _MISSION_SEAT.match(text, end)) is not None:
        return seat.group()  # "the US Embassy in London": a mission is named with its seat
    numbered = ""
    if name.endswith(" No") and (number := _NUMBER_AFTER_NO.match(text, end)) is not None:
        numbered, end = number.group(), number.end()  # "Union No. 1 of Cerro Morado"
    tail = _ORGANISATION_TAIL.match(text, end)
    if tail is None:
        return numbered
    if tail.group("purpose"):  # (not "the Department of Health to Prime Minister Ann Lee": whom it wrote to)
        aimed_at_someone = any(fold(w) in lex.roles or w.rstrip(".") in lex.titles for w in tail.group("aim").split())
        return tail.group() if not aimed_at_someone and not lex.organisations.isdisjoint(folded_words(name)) else numbered
    words = tail.group("words").split()
    stop = next((i for i, w in enumerate(words) if w in lex.function_words or w in _MONTH_NAMES), None)
    if stop is not None:
        # "of Fisheries on Friday": the name ends before the link that opens a day or a date
        while stop > 0 and words[stop - 1] in ("on", "of", "for", "and", "the"):
            stop -= 1
        if stop == 0:
            return numbered
        last_kept = list(re.finditer(r"\S+", tail.group("words")))[stop - 1]
        found = text[tail.start():tail.start("words") + last_kept.end()]
    else:
        found = tail.group()
    if not tail.group("link").isdigit() and lex.organisations.isdisjoint(
        word for w in name.split() for word in (fold(w), fold(w).removesuffix("s"))  # "Centers for Disease Control"
    ):
        return numbered
    return numbered + found


def _before_first_person(raw: str) -> str | None:
    """The words of a capitalised run before a first-person "I" / "I'm" (None when fewer than two:
    "Sometimes I" is a sentence opener and a pronoun, not a name)."""
    pronoun = _FIRST_PERSON.search(raw)
    if pronoun is None:
        return raw
    kept = raw[:pronoun.start()].split()
    return " ".join(kept) if len(kept) >= 2 else None


def role_in(segment: str, lex: Lexicon, last: bool = False) -> tuple[int, str] | None:
    low = fold(segment)
    hits = list(lex.role_pattern.finditer(low)) if last else [lex.role_pattern.search(low)]
    if not hits or hits[-1] is None:
        return None
    k = len(hits) - 1
    while k and hits[k - 1].end() + 1 == hits[k].start():
        k -= 1  # "directeur général": the role starts at the first of adjacent role words
    return (hits[k].start(), low[hits[k].start():hits[-1].end()])


_SURNAME_ARTICLES = frozenset(("La", "Le", "Les", "L'", "L’"))


# A plural noun ending a phrase ("residents", not "press").
_PLURAL_WORD = re.compile(r"[a-z’'-]+[^s]s")


def clean_phrase(phrase: str, lex: Lexicon) -> str:
    phrase = (_PARENS.sub("", phrase) if "(" in phrase else phrase).strip(" ,;:.«»\"“”")
    words = phrase.split()
    while words and fold(words[0]).rstrip("'’") in lex.bare_determiners and not (
            lex.adjectival_names and fold(words[0]) == "some" and _PLURAL_WORD.fullmatch(words[-1])):
        words.pop(0)  # (English "Some residents" keeps its quantifier, as "Several residents" does; not "some local press")
    if words and fold(words[0])[:2] in ("l'", "d'"):
        words[0] = words[0][2:]
    if lex.adjectival_names and len(words) > 1 and fold(words[0]) == "including":
        words.pop(0)  # "19 witnesses, including revenue collectors who testified": the collectors
    if lex.adjectival_names and len(words) > 2 and fold(words[0]) == "number" and fold(words[1]) == "of":
        del words[:2]  # "a number of residents who spoke to the Times": the residents
    if lex.adjectival_names:  # "Analysts at Mumbai-based Veda Securities": a description of the body, no part of it
        words = [w for i, w in enumerate(words) if not (w.endswith(_DESCRIBING_SUFFIXES) and words[i + 1:i + 2]
                                                        and words[i + 1][:1].isupper() and i > 0)]
        if len(words) > 1 and words[-1] == "here":
            words.pop()  # "Seafood restaurant operators and hoteliers here say": where the dateline is
    return " ".join(words)
