"""The words of a capitalised run that tell a person's name from a title, a role, a place or a body's name
(titles, particles, honorifics, company and place words), and the tests on a run's tokens that use them."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.legal_forms import ends_with_legal_form
from claims.extract.name_tails import MONTH_NAMES
from claims.extract.speaker_lexicon import Lexicon, fold

_HYPHENATED_ROLE_MODIFIERS = frozenset(("vice", "co", "deputy", "acting", "ex"))  # ("vice-chair", "co-founder")
# Irish and Scottish surname particles, capitalised ("Cathal Ó Rónáin", "Síle Ní Bhriain", "Seán Mac Aodha").
GAELIC_PARTICLES = frozenset(("Ó", "Ní", "Nic", "Mac", "Ua", "Uí"))
POST_NOMINALS = frozenset(("KC", "QC", "SC", "SAN", "MP", "MEP", "MSP", "MS", "MLA", "MHK", "MLC", "MPP", "MNA", "MHA", "TD", "BL", "PhD", "MBE", "OBE", "CBE", "KBE", "DBE", "Esq", "FRS",
                           "PIC", "PHOTO"))  # (and a caption's credit marker: "Kagiso Morake PIC: …")
# Vietnamese family names, which open a name of three words ("Nguyễn Thanh Tùng", "Trần Văn Nam").
VIETNAMESE_FAMILY_NAMES = frozenset((
    "Nguyễn", "Nguyên", "Nguyen", "Trần", "Tran", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh", "Huynh", "Phan", "Vũ", "Võ",
    "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Hồ", "Ngô", "Dương", "Duong", "Lê", "Lý", "Đinh", "Dinh", "Trương", "Truong"))
# First names that fold to a role word ("Pere", Catalan, is no "père"; "Pape", Senegalese, no "pape"): a name when a
# surname follows.
_FIRST_NAMES_FOLDED_TO_ROLES = frozenset(("Pere", "Pape"))


def initial_closing(tokens: list[str], i: int) -> bool:
    """"Cédric M.": a capital and a dot closing a first name is an initial, not the title "M."."""
    return i == len(tokens) - 1 and i > 0 and len(tokens[i]) == 2 and tokens[i][1] == "."


# Social networks written right before the name of who posted there.
PLATFORMS = frozenset(("Facebook", "Twitter", "Instagram", "TikTok", "LinkedIn", "YouTube", "Telegram", "Bluesky", "Threads"))
SHARE_BUTTON_WORDS = PLATFORMS | frozenset(("WhatsApp", "SMS", "Email", "E-mail", "Messenger", "Pinterest", "Reddit", "Print", "Copy", "X"))
# "Assassinat de Antoine Sollacaro": a noun, a particle, then the name ("Haitham bin Tariq Al Said" is one name).
HEADLINE_NOUN_LINKS = frozenset(("de", "du", "des", "of"))
# The English first person inside a capitalised run ("Sometimes I", "I'm"): never part of a name.
# Balinese names open with "I" (men) before a birth-order or caste name: "I Made Dwi Arbawa", "I Gusti Ngurah Rai".
BALINESE_AFTER_I = frozenset(("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang", "Nengah", "Gusti", "Dewa"))


def opens_on_a_first_name_like_a_role(tokens: list[str]) -> bool:
    """"Pere Baró Soler": a first name that folds to a role word, then a surname ("Son Heung-min", "Son Tinh": a
    Korean surname, a Vietnamese place; "son" is never a title)."""
    return tokens[0] in _FIRST_NAMES_FOLDED_TO_ROLES and len(tokens) >= 3 or tokens[0] == "Son" and len(tokens) >= 2


_ARTICLES_AFTER_FUNCTION_WORD = frozenset(("la", "le", "les"))


# Words that close a newspaper's title ("Fiji Times", "Daily Nation", "Sunday Monitor").
PAPER_WORDS = frozenset(("Times", "Telegraph", "Herald", "Independent", "Mail", "Express", "Post", "Mirror", "Star", "Nation",
                          "Tribune", "World", "Standard", "Observer", "Sun", "Age", "Argus", "Monitor", "News"))
# Words that open a newspaper's title ("Gazeta Paranaense", "Diário de Notícias", "Daily Maverick").
PAPER_TITLE_OPENINGS = frozenset(("Daily", "Gazette", "Gazeta", "Diario", "Diário", "Jornal", "Folha", "Correio", "Journal"))


# Days of the week that are also given names (Nigeria, Ghana): "Sunday Akinwale", "Monday Okpebholo".
_DAYS_ALSO_GIVEN_NAMES = frozenset(("Sunday", "Monday", "Friday"))
# English roles of people in training: a title before a name ("Graduate Shauna Littlefield"), not before a plural
# ("Graduate Employees United", a union).
_TRAINING_ROLES = frozenset(("graduate", "trainee", "apprentice", "intern"))
# Bodies whose name opens with a role word ("Victim Support said").
_BODIES_OPENING_WITH_A_ROLE = frozenset(("Victim Support", "Carers UK", "Carers Trust"))
_SURNAME = re.compile(r"[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?")


def strip_function_words(name: str, lex: Lexicon, keep_roles: bool = False) -> str:
    tokens = name.split()
    while tokens and (tokens[0] in lex.function_words or tokens[0].rstrip(".") in lex.titles):
        if tokens[0] == "I" and len(tokens) >= 3 and tokens[1] in BALINESE_AFTER_I:
            break
        if len(tokens) == 1 and tokens[0] in TITLES_ALSO_NAMES:
            break  # "Haji said": the name a person is called by
        if tokens[0] == "Oh" and len(tokens) >= 2 and _KOREAN_GIVEN_NAME.fullmatch(tokens[1]):
            break  # "Oh Jae-won": the Korean surname, no interjection
        if tokens[0] == "All" and lex.adjectival_names and len(tokens) >= 3 and fold(tokens[-1]) in lex.organisations:
            break  # "All Progressives Congress", "All India Football Federation": the name opens with "All"
        if tokens[0] in ("Sunday", "Saturday") and len(tokens) >= 2 and tokens[1] in PAPER_WORDS:
            break  # "the Sunday Times", "the Saturday Star": a paper's title, the day its word
        if tokens[0] in _DAYS_ALSO_GIVEN_NAMES and len(tokens) == 2 and len(name.split()) == 2 and _SURNAME.fullmatch(tokens[1]) \
                and tokens[1] not in PAPER_WORDS and tokens[1] not in lex.function_words and tokens[1] not in MONTH_NAMES:
            break  # "Sunday Akinwale, chairman of …": a Nigerian given name opening the name, no day
        if tokens[0] == "Grâce" and len(tokens) >= 2 and len(name.split()) == len(tokens):
            break  # "Grâce Mabiala": a given name, no "grâce à" (whose "à" would sit between the words)
        if tokens[0] in ("Dernier", "Dernière") and len(tokens) >= 2 and tokens[1][:1].isupper() \
                and name.split()[-len(tokens) - 1:][:1] in (["La"], ["Le"]):
            break  # "La Dernière Heure": a paper's title, the adjective its word
        if _opens_a_body_of_two_words(tokens, lex):
            break  # "Veteran Front wrote": an adjective opening a body's name
        tokens.pop(0)
        if tokens and tokens[0] == "of":
            tokens.pop(0)  # "Courtesy of Kanshin Denki Co.": the credit's words go, the name stays
        if len(tokens) > 1 and tokens[0] in _ARTICLES_AFTER_FUNCTION_WORD:
            tokens.pop(0)  # "Pour la CGT": the preposition, then the article, go
    while tokens and fold(tokens[0]) in lex.roles and not keep_roles and not opens_on_a_first_name_like_a_role(tokens) \
            and not general_opening_a_body(tokens, 0, lex) \
            and not role_opening_a_body(tokens, 0):
        tokens.pop(0)
    if len(tokens) > 2 and tokens[0] == "Pro" and tokens[1] == "Tem":
        del tokens[:2]  # "Mayor Pro Tem Keisha Ransome-Ball"
    return " ".join(tokens)


def _opens_a_body_of_two_words(tokens: list[str], lex: Lexicon) -> bool:
    """English: whether TOKENS are a word that is no article, preposition, conjunction or personal title, then one
    capitalised body's noun ("Veteran Front", "Police Service"): a body's name of two words."""
    return lex.adjectival_names and len(tokens) == 2 and fold(tokens[0]) not in lex.determiners \
        and fold(tokens[0]) not in lex.stops and tokens[0] not in _NO_BODY_OPENING and tokens[0].rstrip(".") not in lex.titles \
        and tokens[1][1:].islower() and fold(tokens[1]) in lex.organisations and not is_first_name(tokens[1])


# Capitalised function words before a name that are no word of it, beside the lexicon's articles and stop words.
_NO_BODY_OPENING = frozenset(("For", "From", "By", "And", "But", "Former"))


def role_opening_a_body(tokens: list[str], i: int) -> bool:
    """English: a role word opening a body's name, no title: a role of people in training before a plural ("Graduate
    Employees United"), one of the charities named so ("Victim Support"), or the service of those people closing the
    name ("Manitoba Sheriff Services", "Sheriff Services said")."""
    return i + 1 < len(tokens) and (fold(tokens[i]) in _TRAINING_ROLES and tokens[i + 1].endswith("s") and not is_first_name(tokens[i + 1])
                                    or f"{tokens[i]} {tokens[i + 1]}" in _BODIES_OPENING_WITH_A_ROLE
                                    or i + 2 == len(tokens) and tokens[i + 1] in ("Service", "Services"))


# Words that make "General" the opening of a body's name rather than a rank.
_BODIES_AFTER_GENERAL = frozenset(("Motors", "Electric", "Mills", "Dynamics", "Atomics", "Security", "Staff", "Command"))


def general_opening_a_body(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """"General Motors", "General Security", "General Assembly": English "General" opening a body's name, no general's."""
    return tokens[i] == "General" and i + 1 < len(tokens) and lex.adjectival_names \
        and (tokens[i + 1] in _BODIES_AFTER_GENERAL or fold(tokens[i + 1]) in lex.organisations)


def compound_role(token: str, lex: Lexicon) -> bool:
    """A hyphenated office made of role words ("Director-General", "Secretary-General"), or a role
    word after a modifier ("vice-chair", "co-founder", "deputy-head")."""
    if "-" not in token:
        return False
    parts = fold(token).split("-")
    return all(part in lex.roles or (i < len(parts) - 1 and part in _HYPHENATED_ROLE_MODIFIERS) for i, part in enumerate(parts))


def closes_on_a_company_word(name: str) -> bool:
    """English: NAME ends on a company's word or legal form ("Prairie Coach Industries", "… Holdings Ltd"),
    or joins two words with an ampersand ("Bayou Power & Light")."""
    return name[name.rfind(" ") + 1:] in COMPANY_NAME_ENDINGS or ends_with_legal_form(name) or " & " in name


# A web page's buttons before a name: "Écouter Ludovic Hamelin, patron pêcheur (0'42)", "Watch Ann Lee's interview".
INTERFACE_VERBS = frozenset(("Écouter", "Écoutez", "Regarder", "Regardez", "Voir", "Listen", "Watch"))
CAMPAIGN_VERBS = frozenset(("Save", "Stop", "Protect", "Keep", "Defend", "Reclaim"))
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Jae-won", "Min-ji"
# A portfolio named by a verbal noun ("Director of Club Licensing", "… Resources Surveillance"; not
# "Florence", a first name).
_GERUND_PORTFOLIO = re.compile(r"(?!(?:Florence|Constance|Prudence|Clarence|Terrence|Lawrence|Laurence)\b)"
                               r"[A-Z][a-z]{3,}(?:ing|ance|ence|ment|tion|sion)")


def portfolio_word(token: str, lex: Lexicon) -> bool:
    """Whether TOKEN is a word of an office's portfolio ("Fisheries", and in English "Licensing")."""
    return fold(token) in lex.portfolios or (lex.adjectival_names and _GERUND_PORTFOLIO.fullmatch(token) is not None)


HONORIFICS_INSIDE_NAMES = frozenset(("Hadj", "Hadja", "El-Hadj", "Elhadj", "Alhaji"))
FILIATION_PARTICLES = frozenset(("Ould", "Ben", "Bin", "Ibn", "Bint", "Mint"))
# Malay honorifics that are also the name a person is called by alone ("Haji said").
TITLES_ALSO_NAMES = frozenset(("Haji", "Awang"))
MALAY_FILIATION = frozenset(("bin", "binti", "Bin", "Binti"))


def office_of_a_role(raw: str, possessive: re.Match, lex: Lexicon) -> bool:
    """English: the possessive in RAW joins an office-holder's title to the body named after it ("State
    Attorney's Office", "Chief Constable's Department"): one name. A person's possessive ("Mayor
    Lopez's Office") still cuts it."""
    before = raw[:possessive.start()].split()
    after = raw[possessive.end():].split()
    return bool(before) and bool(after) and fold(before[-1]) in lex.roles and fold(after[0]) in lex.organisations


# Words that open an office before a name ("Deputy Registrar", "Acting Ombudsman", "Assistant Auditor").
ROLE_MODIFIERS = frozenset(("deputy", "assistant", "acting", "associate", "interim", "vice"))
# French regions of several words, which close a body's name ("l'ARS Centre-Val de Loire"), no person's.
REGIONS_OF_SEVERAL_WORDS = frozenset(("Centre-Val de Loire", "Pays de la Loire", "Provence-Alpes-Côte d'Azur",
                                       "Provence-Alpes-Côte d’Azur", "Hauts-de-France"))
# Words opening or closing a region's or a town's name, no person's ("Grand Est", "Haute Silesia", "Sud Ouest").
PLACE_WORDS = frozenset(("Grand", "Grande", "Haut", "Haute", "Bas", "Basse", "Nouvelle", "Nouveau", "Saint", "Sainte",
                          "Archipel", "Île", "Îles", "Est", "Ouest", "Nord", "Sud", "Greater", "North", "South", "East", "West"))
# ("member for South Wales Central", "of North East Lincolnshire": a region, no one's name after it)
COMPASS_WORDS_EN = frozenset(("North", "South", "East", "West", "Mid", "Central", "Northern", "Southern", "Eastern", "Western"))
# English common nouns that open the last words of a place's or a body's name, never a person's
# ("president of Kennebec Valley Anglers", "director of the Lewiston-Auburn Housing Partnership").
COMMON_NOUNS_OF_NAMES_EN = frozenset(("Valley", "River", "County", "Coast", "Creek", "Bay", "Harbour", "Harbor", "Island", "Islands",
                                       "Mountain", "Mountains", "Housing", "Community", "Water", "Village", "Borough", "Canal", "Estuary",
                                       "Heritage", "Wildlife", "Health", "Education", "Transport", "Energy", "Food", "Arts", "Sports",
                                       "Trail", "Road", "Street", "Lake", "Garden", "Gardens", "Square"))
# Abbreviated titles without their dot that are also name words elsewhere ("Ng Eng Hen"), and "Justice"
# ("Justice Department", "Ministry of Justice"), hence not in TITLES (which cut a run wherever they
# stand): a title only when they open the run ("Justice Mary Kasango").
# Malaysian and Bruneian honorifics of two words, opening a name ("Tan Sri", "Datuk Seri").
HONORIFIC_PAIRS = frozenset((("Tan", "Sri"), ("Puan", "Sri"), ("Datuk", "Seri"), ("Dato'", "Seri"), ("Dato’", "Seri"),
                              ("Dato'", "Sri"), ("Dato’", "Sri"), ("Dato", "Seri"), ("Dato", "Sri"), ("Toh", "Puan"),
                              ("Pehin", "Dato"), ("Pehin", "Datu")))
# Company forms written before the name ("PT Sulawesi Prima Nikel", "PJSC Rosneft"): a body's name opens with them.
COMPANY_PREFIXES = frozenset(("PT", "PJSC", "JSC", "OJSC", "PAO", "OAO", "ZAO"))
# Acronyms of institutions whose units are named after them ("NHS Fife", "BBC Scotland", "CBC News").
INSTITUTION_PREFIXES = frozenset(("NHS", "BBC", "ITV", "CBC", "ABC", "RTÉ", "HSE", "UEFA", "FIFA", "RTBF", "SNCF", "RATP",
                                   # Australian states and territories naming their own bodies ("NSW Fair Trading")
                                   "NSW", "QLD", "WA", "NT", "ACT", "VIC", "TAS")) | COMPANY_PREFIXES
DESCRIBING_SUFFIXES = ("-based", "-born", "-backed", "-owned", "-run", "-led", "-headquartered", "-registered", "-listed",
                        "-flagged", "-made", "-funded")
# Words that close a company's name, never a person's ("Corvin Heavy Industries", "Selangor Sdn Bhd").
COMPANY_DESIGNATORS = ("Inc", "Corp", "Co", "Ltd", "LLC", "plc", "PLC", "AG", "SA", "NV", "SE", "ASA", "AB", "Holdings",
                       "Group", "Corporation", "Limited", "GmbH", "SpA", "Bhd", "Berhad", "Industries", "Motors",
                       "Pharmaceuticals", "Technologies", "Logistics", "Shipbuilding", "Developments", "Properties", "Dairies",
                       "Foods", "Mills", "Breweries", "Air", "Airways", "Lines", "Management", "Resources", "Mining", "Solutions", "Enterprises", "Partners",
                       "Ventures", "Brands", "Therapeutics", "Biosciences", "Laboratories", "Labs", "Chemicals", "Ceramics",
                       "Teoranta")  # (Irish "Teoranta": limited)
MEDIA_ACRONYMS = frozenset(("FM", "TV", "AM", "Info", "Radio"))
DEMONYM_ENDINGS = ("ino", "ina", "ese", "ian", "an", "ish", "ch", "i", "ic")
# English participles that open a sentence before a name ("Listed US states …", "Asked Jane Doe …").
NUMBER_WORDS = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"))
# The number words that count a group ("Four former officers"), as a pattern's alternation ("One" is a person's pronoun).
GROUP_COUNT_WORDS = "|".join(sorted(NUMBER_WORDS - {"One"}))
OPENING_PARTICIPLES = frozenset(("Listed", "Asked", "Based", "Located", "Founded", "Named", "Called", "Published",
                                  "Released", "Quoted", "Cited", "Elected", "Appointed", "Accused", "Charged",
                                  # court reporting: "Prosecuting for Redcar and Cleveland Council, solicitor X said"
                                  "Prosecuting", "Defending", "Representing", "Mitigating"))
# English professions opening a sentence before a name ("Volcanologist Þóra Einarsdóttir").
UNIT_WORDS = frozenset(("District", "Division", "Station", "Unit", "Office", "Department", "Bureau", "Branch", "Section"))
PROFESSION_ENDINGS = ("ologist", "onomist", "cientist", "ographer", "icist", "ician", "torian", "ichiatrist", "urgeon")
# Legal forms that close a company's name ("Prairie Current Energy LLC of Minneapolis": where it is based follows).
LEGAL_FORMS = frozenset(("Inc", "Corp", "Co", "Ltd", "LLC", "plc", "PLC", "GmbH", "Limited", "LLP"))
# ("Nama Water Services", "Boreas Cable Systems"; "Halvorsen Ruud Architects": a practice named by its trade)
COMPANY_NAME_ENDINGS = frozenset(COMPANY_DESIGNATORS) | {"Services", "Outfitters", "Systems", "Architects", "Surveyors", "Solicitors",
                                                          "Consultants", "Accountants", "Associates", "Coaches", "Buses", "Coachlines"}
# Words no person's name ends on: works and holdings ("of Borpukhuri Tea Estate", "at Rupsha Fibre Mill"), a
# union's local ("of United Steelworkers Local 1188").
NON_PERSON_NAME_ENDINGS = frozenset(("Estate", "Estates", "Mill", "Mills", "Plant", "Works", "Factory", "Mine", "Mines",
                                      "Quarry", "Farm", "Farms", "Plantation", "Plantations", "Refinery", "Ranch", "Local", "Schools",
                                      "District", "UK", "US", "USA", "Festival", "Carnival", "Fair", "Show", "Games", "Awards",
                                      "Championship", "Championships", "Marathon", "Regatta", "Nation", "School", "Clinic",
                                      "Library", "Surgery", "Mosque", "Conference", "Collective",
                                      # places of worship ("St Anne's Church", "Holy Cross Church": no Anne Church)
                                      "Church", "Chapel", "Cathedral", "Temple", "Synagogue", "Basilica", "Abbey",
                                      # South Asian bodies' words ("Sundarban Krishak Samiti", "Kisan Sangh", "Lok Sabha")
                                      "Samiti", "Sangh", "Sangha", "Sabha", "Parishad", "Sangathan", "Manch", "Morcha"))
# English words that give a body's size after a number ("the three-member panel", "a 15-strong council"): no part of its name.
SIZE_WORDS = ("member", "person", "strong")
# English plural nouns that close a body's name, never a person's ("SA Power Networks", "NSW Health Services").
PLURAL_BODY_ENDINGS = frozenset(("Networks", "Services", "Systems", "Solutions", "Partners", "Resources", "Communications",
                                 "Products", "Industries", "Holdings", "Technologies", "Enterprises", "Brands", "Foods",
                                 "Pharmaceuticals", "Laboratories", "Chemicals", "Materials", "Metals", "Homes"))
# English continents that close a body's name, never a person's ("Baseball America", "Radio Free Asia").
CONTINENT_ENDINGS = frozenset(("America", "Africa", "Asia", "Europe", "Oceania"))
# French: a capitalised ordinal that opens a role ("le Premier ministre", "la Première secrétaire").
ORDINALS_OF_ROLES = frozenset(("Premier", "Première"))


# English: the nouns of a municipality ("the town said", a headline's "…, town says").
MUNICIPALITY_NOUNS = ("town", "city", "village")
# French territories named with their proper name after them ("la Région Grand Est"): no nationality.
TERRITORIES = frozenset(("region", "departement", "province", "canton", "commune", "ville", "metropole", "prefecture"))


SURNAME_ARTICLES = frozenset(("La", "Le", "Les", "L'", "L’"))
