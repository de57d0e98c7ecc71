"""The capitalised run a name is found in (`NAME`), and what the text just before or after a run says about it
(a preposition, an article, a participle opening the sentence, a nationality, a first-person "I")."""

from __future__ import annotations

import re

from claims.extract.lang import en as english
from claims.extract.legal_forms import DOTTED_LEGAL_FORMS
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.name_words import BALINESE_AFTER_I, PLACE_WORDS, TERRITORIES

# A capitalised word or an initial. The first character class comes first, unalternated, so that
# the regex engine can skip quickly to capitals when scanning a whole article.
# "St." / "Ste." / "Mt." / "Ft." before another capitalised word is part of a name ("Evelyn St. Clair-Moreno",
# "Mt. San Rafael Hospital"),
# unless that word opens a sentence ("Main St. The …").
_SAINT = r"(?:(?<=\bS)te?|(?<=\b[MF])t)\.(?=[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])(?![ \u00a0]+(?:The|A|An|He|She|It|They|We|I|Le|La|Les|Il|Elle|Ils|On)\b)"
# (Initials written together are one token: "B.S. Yediyurappa", "M.K. Stalin", "U.N.")
# (A plural possessive inside a name is part of it: "Finance Workers’ Union", "Farmers' Association")
# (A number sign is too: "Sindicato N°1 de Trabajadores Loma Blanca"; and two capitals about a slash: "Novo A/S",
# Ghana's "Asuofua D/A Basic School")
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]"
_CAP_REST = rf"(?:{_SAINT}|(?<=[A-Z])/[A-Z](?![\w/])|[\w’'\-]*\w(?:(?<=s)['’](?=[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?|(?<=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])\.(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.){{1,3}}(?=[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z])|(?<=N)[°º][ \u00a0]?\d+\b|(?<=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])\.?)"
_CAP = "ʻ?" + _UPPER + _CAP_REST  # (a Polynesian glottal stop may open a name: "ʻAna Taumalolo", "Sione ʻAkauʻola")
# ("wa", Arabic "and", inside organisations' names: "Maâ wa Hayat"; "ole", Maasai "son of": "Joseph ole Sankale";
# "i", Catalan "and": "Núria Soler i Vidal"; "pentru", "für", "voor", "para", "por", "for" inside
# bodies' names: "Părinți pentru Informare", "Médicos por la Vida"; Spanish articles and "contra": "Comisión Nacional de
# los Derechos Humanos", "Red Ciudadana contra el Secuestro"; "to" after "Right": "Right to Information Act"; Haitian
# "pou": "Jistis pou Viktim Kolera")
# (Gaelic articles inside names of bodies: "Bòrd na Gàidhlig", "Comhairle nan Eilean Siar".)
_PARTICLE = r"(?:upon|de|du|des|d['’]|von|van|der|den|ter|al-|el-|al|el|ben|bin|bint|binti|anak|ag|ould|da|do|dos|di|del|della|das|y|i|la|le|los|las|of|(?<=Right[ \u00a0])to|o|wa|ole|pentru|für|voor|para|por|contra|pou|na|nan|ap|arap|es|kwa|ng)"
# ("o": Māori "of" inside a name, "Te Rūnanga o Ngāi Tahu"; "ap": Welsh "son of", "Gareth ap Ifan"; "arap": Kalenjin; "es": "Dar es Salaam";
# "upon": "Newcastle upon Tyne", "Kingston upon Thames"; "kwa", Swahili "of": "Mukuru kwa Njenga"; "ng", Filipino "of":
# "Kalinga ng Magulang")
# A nickname in quotation marks between first name and surname ("Desmond 'Lucky' Okafor") joins them.
_NICKNAME = r"[ \u00a0]['‘\"“][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*)?['’\"”][ \u00a0]"
# "&" inside a name of capitalised words ("Korea Agro-Fisheries & Food Trade Corp.", "Marks & Spencer",
# "le site spécialisé Tip & Shaft").
# (the capital opens no word: not the "ā" of "tāvana", a lower-case letter in the capitals' range;
# the check comes after the capital, where it costs one test per capital, not one per character)
# ("Thiriet et Fils", "Dupont et Cie": a French firm's name goes on after "et")
FAMILY_FIRM_CLOSINGS = r"(?:Fils|Cie|Associés|Frères|Filles)"
_FIRM_AND = rf"[ \u00a0]+et[ \u00a0]+(?={FAMILY_FIRM_CLOSINGS}\b)"
# ("la Région autonome Vallée d'Aoste", "la Province autonome de Trente": the territory's status inside its name)
_AUTONOMOUS = r"(?:(?<=Région)|(?<=Province)|(?<=Communauté))[ \u00a0]+autonome[ \u00a0]+(?=(?:de[ \u00a0]+)?[A-ZÀ-ÖØ-Þ])"
NAME = re.compile(rf"ʻ?{_UPPER}(?<![^\W\d_ʻ].){_CAP_REST}(?:(?:[ \u00a0]+|-|[ \u00a0]+&[ \u00a0]+|(?<=[A-Z])&(?=[A-Z])|{_NICKNAME}|{_FIRM_AND}|{_AUTONOMOUS})(?:{_PARTICLE}[ \u00a0]*)*(?:{_CAP}))*")
VERB_NEXT = re.compile(r"\s+(?:said|says|told|announced|reported|confirmed|figures|data|has|had|is|was|will)\b")
ROMAN = re.compile(r"[IVXLC]+")
# " and Water Affairs Minister": a second portfolio joined to an office's first one.
JOINED_OFFICE_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){1,3}(?:Minister|Ministry|Secretary|Department|Committee)\b")
PORTFOLIO_LIST_BEFORE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)*,?\s+(?:and|&)\s+$")
# A parent's epithet opening a capitalised run ("Mum-of-three Shanice Robinson"): it describes.
FAMILY_EPITHET_OPENING = re.compile(
    r"(?:Mum|Mom|Mother|Dad|Father|Grand(?:mother|father|ma|pa|dad|mum)|Granddad|Gran|Nan)-of-[\w-]+\s+")
# A hyphenated agent noun in lower case after its capital, before a person's two names ("Quarter-miler Kerwin Baptiste").
HYPHENATED_EPITHET_OPENING = re.compile(r"[A-Z][a-z]+-[a-z]+(?:er|or|ist)\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$)")
# "fined Voltaris Energie RON 2.4 million": an ISO currency code and its amount after a name.
CURRENCY_CODE_CLOSING = re.compile(r"\s[A-Z]{3}$")
AMOUNT_NEXT = re.compile(r"[ \u00a0]+\d[\d,.]*(?:[ \u00a0]*(?:million|billion|bn|m|thousand|crore|lakh)\b|[.,]\d)")
# An age opening a capitalised run ("Fourteen-year-old Nguyễn Minh Khôi"): it describes, it names no one.
AGE_OPENING = re.compile(r"[\w-]+-[Yy]ear-[Oo]ld(?:[ \u00a0]+|$)")
PARTICLE_RE = re.compile(_PARTICLE)
# A channel's name closing on its number, right before a name run: "France 3 ", "Canal 9 " (or its
# number alone, what the words before it left).
NUMBERED_CHANNEL_BEFORE = re.compile(r"(?:^|(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]* )\d{1,2} $")
PARTICLE_ANY_CASE = re.compile(_PARTICLE, re.IGNORECASE)
# Places a French statement is made at, named by one word after their noun ("devant l'hôpital Purpan").
PLACE_NOUNS_FR = r"(?:hôpital|clinique|gare|lycée|collège|école|mairie|usine|stade|université|église)"
PLACE_NOUN_BEFORE_FR = re.compile(rf"(?:à|devant)\s+(?:la\s+|le\s+|l['’]){PLACE_NOUNS_FR}\s+$")
# (not after the plural nouns that name a body's members inside its name: "Hanoi People's Committee",
# "Women's Institute", "Children's Hospital", "International Longshoremen's Association")
POSSESSIVE = re.compile(r"(?<!\bPeople)(?<!men)(?<!\bChildren)(?<!\bMen)['’]s\b")
ELIDED_COMMON_NOUN = re.compile(r"[LD]['’][a-zà-ÿ][\w’'\-]*[ \u00a0]*")
# "L'ONG Amnesty International", "L'OTAN" stays: an elided article and the acronym of a kind of organisation.
ELIDED_ORGANISATION_ACRONYM = re.compile(r"[LD]['’](?:ONG|AG|ASBL)[ \u00a0]+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# ("Louisiana State Police Troop I": a unit's number, no pronoun)
_FIRST_PERSON = re.compile(r"(?:^|(?<=[ \u00a0]))(?<!Troop )(?<!Division )(?<!District )(?<!Region )I(?:['’](?:m|ve|d|ll))?(?=[ \u00a0]|$)"
                           rf"(?![ \u00a0](?:{'|'.join(BALINESE_AFTER_I)})[ \u00a0])")
# A capitalised word glued to a dotted abbreviation ("Ph.D.", "M.A."): a degree, not a name.
DOTTED_ABBREVIATION = re.compile(r"\.[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.")


# French: the complement of a participle opening a sentence ("Interpellé sur le sujet,").
# ("Entendu mercredi après-midi, le prévenu …": a day alone)
FRONTED_PARTICIPLE_COMPLEMENT = re.compile(r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?"
                                           r"(?: (?:sur|par|à|au|aux|en|dans|lors|devant|pour|après|sous|de) [^,.;:]{1,60},"
                                           r"|(?<=[a-z]) (?:matin|après-midi|soir)(?:,|$)|(?<=di|er)(?:,|$))")


# A company's dotted legal form with more capitalised words after it: a new sentence opens there.
DOTTED_LEGAL_FORM_INSIDE = re.compile(rf"(?<=[ \u00a0])(?:{DOTTED_LEGAL_FORMS})\.(?=[ \u00a0])")


_WORD_BEFORE = re.compile(r"([a-zà-ÿ-]+)[ \u00a0]+$")
# French "Il" before a capitalised word is never the pronoun but an Italian title's article ("Il Mattino").
ITALIAN_TITLE = re.compile(r"Il[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


def party_after_noun(segment: str, offset: int, lex: Lexicon) -> bool:
    """French: the party name at OFFSET qualifies the common noun before it ("le conseiller Ecolo",
    "la municipale Verte chargée de …"), not a party named as a body ("le parti Ecolo")."""
    before = _WORD_BEFORE.search(segment, max(0, offset - 30), offset)
    return before is not None and before.group(1) not in lex.function_words \
        and fold(before.group(1)) not in lex.organisation_nouns and fold(before.group(1)) not in lex.bare_determiners
# English: a campaign group's name opening on its verb ("Save Whalley's Green Fields", "Stop Hinkley's Expansion").
CAMPAIGN_OPENING = re.compile(r"(?:Save|Stop|Protect|Keep|Defend|Reclaim)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
THE_THEN_NAME = re.compile(r" the [A-Z][\w-]+(?: [A-Z][\w-]+)*")
# A possessive inside a place's or an institution's name: "King's Lynn", "Bishop's Stortford", "Queen's University".
TITLED_PLACE_POSSESSIVE = re.compile(r"\b(?:King|Queen|Bishop|Lord|Land|Prince|Earl)['’]s?$")
PLURAL_OWNER_AFTER = re.compile(r"['’][ \u00a0]+[a-z]")
SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Ste\.?)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*$")


# Prepositions that introduce a person, not an office's place or body ("according to Abdul Karim Sheikh").
SOURCE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|by|with|like|unlike|including)\s+$")
MIDDLE_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.")
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
# A French elided pronoun or particle opening a sentence, then a verb: "C'était", "Qu'importe", "N'oublions".
ELIDED_PARTICLE_OPENING = re.compile(r"d['’][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
ELIDED_OPENING = re.compile(r"(?:C|Qu|J|N|S|D|M|T)['’][a-zà-ÿ]")


def body_noun_after(segment: str, end: int, lex: Lexicon) -> bool:
    after = _WORD_AFTER.match(segment, end)
    return after is not None and after.group(1) in lex.organisations
ACRONYM_BEFORE_SLASH = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,}/$")
INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ \u00a0]+$")
OF_A_BEFORE = re.compile(r"[ \u00a0]*(?:[Tt]he[ \u00a0]+)?[A-Za-z][a-z]+[ \u00a0]+(?:of|in|at|from)[ \u00a0]+an?[ \u00a0]+")  # ("Residents of a ")
# (the phrase may go on with a clause: "The owner of a Silver City outfitting business, who asked …")
CLOSING_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z][a-z-]+(?:[ \u00a0]+[a-z][a-z-]+)?[ \u00a0]*(?:(?:,|[ \u00a0]who[ \u00a0]).*)?")
LOWER_CASE_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z]")
DEFINITE_AND_ADJECTIVE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) [a-z][a-z-]+ $")  # ("the ruined Swahili", "an annual Pacific")
MICRO_BEFORE = re.compile(r"\b(?:micro|antenne|ondes)\s+(?:de|d['’])\s*$")
AND_THE_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")
# ", an analyst at ", ", head of research at ": the employer named after a person's role in apposition, whole
# ("Brindle Capital Markets", "Crescent Line Securities").
INDEFINITE_ROLE_APPOSITION = re.compile(
    r"(?:,\s+|^)(?:[Aa]n?\s+(?:[a-z][\w-]*\s+){1,3}(?:at|with|for|from|of)|(?:[a-z][\w-]*\s+){1,3}(?:at|with|from))\s+(?:the\s+)?$")
ROLE_APPOSITION_NEXT = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")
ROLE_AFTER_ORDINAL = re.compile(r"[ \u00a0]+(?:ministre|secrétaire|adjoint|adjointe|magistrat|président|présidente)\b")
FRENCH_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:à|au|aux|en|dans|vers)\s+$", re.IGNORECASE)
_DEFINITE_BEFORE_NAME = re.compile(r"(?:^|[\s(])(?:le|la|l['’])\s*$")


_ENGLISH_BODY_HEADS = frozenset(w for w in english.ORGANISATION_WORDS if w[:1].isupper())


# The sports a club's name holds ("Le Rodez Aveyron Football", "l'Arverne Handball Clermont"): no person's name.
SPORT_NAME_WORDS = frozenset(("football", "rugby", "basket", "handball", "volley", "volley-ball", "hockey", "athletic"))


def demonym_words(segment: str, base: int, tokens: list[str], lex: Lexicon) -> int:
    """French: how many tokens of a capitalised run are a definite article and a nationality
    before a person's name ("le Norvégien Casper Ruud", "L'Américaine Coco Gauff"), else 0."""
    if tokens[0] in ("Le", "La"):
        skip = 2
    elif len(tokens) >= 5 and tokens[1] in ("le", "la") and tokens[0] in lex.function_words:
        skip = 3  # "Pour le Breton Mathieu Kerlouan": a preposition opening the sentence, then the article
    elif tokens[0][:2] in ("L'", "L’") or _DEFINITE_BEFORE_NAME.search(segment, max(0, base - 4), base):
        skip = 1
    else:
        return 0
    demonym, rest = tokens[skip - 1], tokens[skip:]
    folded = fold(demonym.split("'")[-1].split("’")[-1])
    if len(rest) < 2 or rest[-1].isupper() or folded in lex.organisations or folded in lex.companies or folded in TERRITORIES \
            or rest[-1] in _ENGLISH_BODY_HEADS or (demonym.isalpha() and demonym.isupper()) or rest[0] in PLACE_WORDS \
            or any(c.isupper() for c in demonym.split("'")[-1].split("’")[-1].split("-")[0][1:]) \
            or demonym in PLACE_WORDS or fold(rest[0]) in lex.organisations or fold(rest[0]) in lex.organisation_nouns \
            or fold(rest[-1]) in lex.organisations or any(fold(word) in SPORT_NAME_WORDS for word in rest):
        # ("Le Havre Seine Métropole", "Le Rodez Aveyron Football", "l'Arverne Handball Clermont": a town or a people
        # opening a body's or a club's name)
        # ("le Ghana Cocoa Board": a country's body, named in English; "l'USPO Grand Est": a body's region; "l'UFC-Que
        # Choisir du Tarn": an acronym, no nationality;
        # "le Grand Hôpital de Charleroi": an adjective opening a body's name; "le Racing Club d'Abobo": a body's noun next)
        return 0
    if not rest[0][:1].isupper():
        return 0  # "la Santé du Hamas": a portfolio and its complement, no person
    return skip


GROUP_NOUN_BEFORE = re.compile(r"\b(?:group|organi[sz]ation|charity|coalition|network|campaign|alliance|movement|NGO|union"
                                r"|syndicat|association|collectif|fédération|mouvement)\s+$", re.IGNORECASE)


def before_first_person(raw: str) -> str | None:
    """The words of a capitalised run before a first-person "I" / "I'm" (None when fewer than two:
    "Sometimes I" is a sentence opener and a pronoun, not a name)."""
    pronoun = _FIRST_PERSON.search(raw)
    if pronoun is None:
        return raw
    kept = raw[:pronoun.start()].split()
    return " ".join(kept) if len(kept) >= 2 else None
