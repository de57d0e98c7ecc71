"""Where the appositions after a source's name end ("selon X, porte-parole de …, "): a role, a
description or a document of the source, not the clause that goes on after them."""

from __future__ import annotations

import re

from claims.extract.clause_starts import EN_FINITE
from claims.extract.drafts import word_count
from claims.extract.first_names import is_first_name
from claims.extract.lang import en, fr
from claims.extract.quotes import TITLE_IN_GUILLEMETS, WORK_TITLE_EN
from claims.extract.speakers import Lexicon, fold


# French appositions after a source, before its clause: ", cités dans une note publiée mardi,",
# ", interrogé par l'AFP,", ", à Paris,", ", qui n'a pas participé aux travaux,".
_RANKS = frozenset(("premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "principal", "principale",
                    "plus", "grand", "grande", "petit", "petite", "ancien", "ancienne", "nouveau", "nouvelle"))
_FRENCH_APPOSITION = re.compile(
    r"\s*(?:qui|dont|(?:à|au|aux)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|int|inte)\s+"
    r"(?:par|dans|à|au|aux|en|sur|lors|devant|de|du|des|d['’]))")


_BODY_DESCRIBED_EN = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,3}(?:body|group|association|regulator|charity|watchdog|organi[sz]ation|lobby|federation"
                                r"|agency|authority|institute|bureau)\s*")
_ACRONYM_CLOSING = re.compile(r"\b[A-Z]{2,6}$")
_FULL_NAME_EN = re.compile(r"\s*the\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|and|for|on|the|[A-Z][\w'’-]*)){1,10})\s*")


def expanded_acronym(text: str, comma: int, limit: int) -> str | None:
    """English: the full name a source named by its initials is given in apposition ("According to NIWA, the National
    Institute of Water and Atmospheric Research, …"): its capitalised words open with those initials."""
    if (acronym := _ACRONYM_CLOSING.search(text, max(0, comma - 7), comma)) is None:
        return None
    nxt = next_comma(text, comma + 1, limit)
    if nxt == -1 or (full := _FULL_NAME_EN.fullmatch(text, comma + 1, nxt)) is None:
        return None
    initials = "".join(w[0] for w in full.group("name").split() if w[:1].isupper())
    return full.group("name") if len(initials) > 2 and initials.startswith(acronym.group()) else None


def _is_apposition(segment: str, lex: Lexicon | None = None) -> bool:
    """A short name or indefinite description after a source: ", Febelfin,", ", un centre de réflexion
    américain,", ", director of the festival,"."""
    words = segment.split()
    if not words or len(words) > 6 and not (lex is not None and _role_then_name(words, lex)):
        return False
    if _quoted_title(segment):
        return True  # "According to the consultation document, “Connecting Our Island”, …": its title
    if lex is not None and lex.adjectival_names and fold(words[0]) in lex.roles:
        return True  # English: a bare role in apposition ("According to Jan Novak, director of …, …")
    role_at = next((i for i in (1, 2) if i < len(words) - 1 and fold(words[i]) in lex.roles), None) \
        if lex is not None and lex.adjectival_names else None
    if role_at is not None and all(w[:1].isupper() for w in words[role_at + 1:]):
        return True  # "According to the administrator, Bremen lawyer Matthias Oelkers, …": a described person
    if lex is not None and _role_then_name(words, lex):
        return True
    if _BODY_DESCRIBED_EN.fullmatch(segment):
        return True  # "According to RenewableUK, the industry body, about 32,000 people …": what the source is
    if words[0].lower() in ("a", "an") and _VERB_OF_A_CLAUSE.search(segment) and not _RELATIVE_WORD.search(segment):
        return False  # "According to the agency, a misconfigured server left names, …": the clause's subject
    named = len(words) - 1 if _TITLED_PERSON.match(segment) else len(words)  # ("Dr Patrick Mbuyi Kalonji")
    # ("Moussa Ould Cheikh Ahmed": four capitalised words are a name too; so are "Agência de Informação de
    # Moçambique", its particles no words of their own)
    if 3 < named <= 6 and all(w[:1].isupper() or w in _NAME_LINKS for w in words):
        named = sum(1 for w in words if w[:1].isupper())
    return (segment.strip()[:1].isupper() and (named <= 3 or named == 4 and all(w[:1].isupper() for w in words))) \
        or words[0].lower() in ("un", "une", "a", "an")


# French: a source named by a common noun only ("Selon l'exploitant").
# ("le maître d'ouvrage", "l'exploitant du réseau")
_GENERIC_SOURCE_BEFORE = re.compile(
    r"(?:[Ss]elon|[Dd]['’]après)\s+(?:l['’]|le\s+|la\s+|les\s+)[a-zà-ÿ-]+(?:\s+(?:d['’]|du\s+|des\s+|de\s+la\s+|de\s+l['’])[a-zà-ÿ-]+)?$")


# (or a count: "…, la Fédération des étudiants (FEPR), plus de 1 500 personnes ont participé")
_SUBJECT_OPENING_FR = re.compile(r"\s*(?:(?:le|la|les|un|une|des)\s|l['’]|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\d|(?:plus|moins|près)\s+d|environ\s)")


def is_kind_then_name(words: list[str], lex: Lexicon) -> bool:
    """French: a body's kind after its article, then its name ("la compagnie Armor Traversées"), or its name that
    opens on its kind ("la Fédération des étudiants polytechniciens romands")."""
    if words and words[0][:2].lower() in ("l'", "l’"):
        words = [words[0][:2], words[0][2:], *words[1:]]  # "l'Union des étudiants genevois"
    return not lex.adjectival_names and len(words) >= 3 and words[0].lower() in ("le", "la", "les", "l'", "l’") \
        and (fold(words[1]) in lex.organisation_nouns or fold(words[1]) in lex.companies
             or words[1][:1].isupper() and fold(words[1]) in lex.organisations) \
        and (words[2][:1].isupper() or words[1][:1].isupper())


_NAME_LINKS = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "of", "for", "and", "y", "e"))


def _role_then_name(words: list[str], lex: Lexicon) -> bool:
    """French "le major Didier Lhoest": an article, a role, then the person's name (or a position of no
    role list with a first name after it: "le deuxième-ligne Julien Carrère"; or a role and its complement:
    "le guide de haute montagne Jacques Perrin-Dumas")."""
    return len(words) >= 3 and words[0] in ("le", "la") and (fold(words[1]) in lex.roles and words[2][:1].isupper() or (
        (len(words) in (4, 5) or len(words) <= 8 and fold(words[1]) in lex.roles)
        and all(w.islower() for w in words[1:-2]) and words[-1][:1].isupper() and is_first_name(words[-2])))


_VERB_OF_A_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|left|lost|won|made|took|gave|got|"
    r"saw|went|came|began|became|said|told|found|fell|rose|sent|spent|paid|kept|held|put|cut|hit)\b")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose)\b")
_TITLED_PERSON = re.compile(r"\s*(?:M\.|Mme|Mlle|Me|Dr|Pr|MM\.)\s")
# (and the parties whose case a document states: "Selon l'accusation, X, 52 ans, a encaissé …")
_DOCUMENT_WORDS = "|".join(sorted(map(re.escape, fr.DOCUMENT_WORDS + en.DOCUMENT_WORDS), key=len, reverse=True))
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:" + _DOCUMENT_WORDS + r"|accusation|prosecution|enquêteurs|investigators|complaint|affidavit|indictment)\s*$", re.IGNORECASE)
_DOCUMENT_OPENING_SOURCE = re.compile(
    r"\b(?:[Ss]elon|[Dd]['’]après|[Aa]ccording\s+to)\s+(?:l['’]|le\s+|la\s+|les\s+|the\s+)(?:" + _DOCUMENT_WORDS + r"|criminal\s+complaint|(?:arrest\s+)?affidavit|indictment)\b[^,;:.]*$")
_AGE_OR_AND_NEXT = re.compile(r"\s*(?:\d{1,3}(?:\s+ans)?\s*,|and\s|et\s)")
# A relative clause of a person after a name: "Gregory Lanham, who has led the council since 2015,".
_PERSONAL_RELATIVE_NEXT = re.compile(r"\s*(?:who|whose|qui)\s")
_PLACE_THEN_PERSON_FR = re.compile(r",\s+(?:à|au|en)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*,\s+"
                                   r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})(?=\s*,)")
_LATTER_BEFORE = re.compile(r"\b(?:ce\s+dernier|cette\s+derni[eè]re)\s*$", re.IGNORECASE)
# French: a relative clause after a source that ends its sentence ("…, d'après RSF, qui a appelé à …"; no English word
# matches it).
RELATIVE_AFTER_SOURCE = re.compile(r",\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\b")
_REFERRING_SOURCE_BEFORE = re.compile(
    # (not "l'une d'elles, Sea Vigie Réunion": which one of them it is)
    r"(?:\b(?:ce|cet|cette|ces|this|that|these|those)\s+[\w’'-]+|(?<![dD]['’])\b(?:lui|elle|eux|elles|celui-ci|celle-ci|him|her|them))\s*$",
    re.IGNORECASE)


def next_comma(text: str, start: int, limit: int) -> int:
    """The next comma in text[start:limit] that is no digit group's ("11,482 votes"), or -1."""
    comma = text.find(",", start, limit)
    while comma != -1 and text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.find(",", comma + 1, limit)
    return comma


# English: a body's common noun after "the" referring back to the one the article named.
_ENGLISH_BODY_REFERRED_BACK = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)\s*$")
_SURNAME_NEXT = re.compile(r"\s*([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)\s*,")


# French: a finite verb opening what follows the commas (maybe after a participle's phrase), so what they held was its subject.
# ("…, un troisième homme, soupçonné d'avoir servi de rabatteur, est …", "…, une seconde enquête, visant un associé, est …",
# "…, X, gérant de la société, encaissait …": a participle's clause maybe, then the finite verb)
_VERB_OPENING_FR = re.compile(r"\s*(?:[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|u|ue|us|ues|ant)\s[^,;:«»\n]{0,80},\s*)?(?:est|sont|a|ont|était|étaient|avait|avaient|sera|seront|reste|restent|serait|seraient|aurait|auraient"
                              r"|[a-zà-ÿ]{3,}(?:ait|aient))\s")

# English: a source named by a body's common noun only ("According to the union"), then the body's name with its
# article, in capitals ("the Long Island Controllers Association").
_GENERIC_SOURCE_BEFORE_EN = re.compile(
    r"\b[Aa]ccording\s+to\s+the\s+(?:union|association|federation|council|company|group|agency|authority|board|commission"
    r"|charity|operator|regulator|organi[sz]ers)$")
_THE_NAMED_BODY_EN = re.compile(r"\s*the\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’-]*){1,6}\s*")


def name_apposition_end(text: str, comma: int, limit: int, lex: Lexicon | None = None) -> int:
    """The end of a source's name: past a short name in apposition (", Febelfin,"); not after a
    source that refers back ("Selon cette source, Tisséo, l'autorité …, n'était …": the subject)."""
    if _REFERRING_SOURCE_BEFORE.search(text, max(0, comma - 30), comma):
        nxt = next_comma(text, comma + 1, limit)
        if nxt != -1 and _LATTER_BEFORE.search(text, max(0, comma - 30), comma) and _TITLED_PERSON.match(text, comma + 1, nxt) \
                and _AGE_OR_AND_NEXT.match(text, nxt + 1) is None and not _VERB_OPENING_FR.match(text, nxt + 1):
            return nxt  # "Selon ce dernier, Me Olivier Jaquet, la chaîne …": who the latter is
        return comma
    if lex is not None and lex.adjectival_names and (body := _ENGLISH_BODY_REFERRED_BACK.search(text, max(0, comma - 30), comma)) \
            and fold(body.group("noun")) not in lex.roles and (surname := _SURNAME_NEXT.match(text, comma + 1)) is not None \
            and re.search(rf"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+ {re.escape(surname.group(1))}\b", text) is not None:
        return comma  # "According to the commission, Chisanga, of the …, received": a person named before, the subject
    if _subject_after_document(text, comma, limit):
        return comma
    if lex is not None and not lex.adjectival_names and (placed := _PLACE_THEN_PERSON_FR.match(text, comma, limit)) is not None:
        return placed.end("name")  # "Pour la directrice de l'EMS Les Trois-Sapins, à Martigny, Monique Darbellay, …": where, then who
    if expanded_acronym(text, comma, limit) is not None:
        return next_comma(text, comma + 1, limit)
    nxt = next_comma(text, comma + 1, limit)
    if nxt != -1 and lex is not None and _GENERIC_SOURCE_BEFORE.search(text, max(0, comma - 40), comma) \
            and is_kind_then_name(text[comma + 1:nxt].split(), lex) and _SUBJECT_OPENING_FR.match(text, nxt + 1) is not None:
        # "Selon l'exploitant, la compagnie Armor Traversées, le Kerlédan a subi …": the body's name, with its kind (not
        # "Selon la collectivité, le transporteur X, titulaire du marché, a perdu …": the clause's subject)
        return nxt
    if nxt != -1 and lex is not None and lex.adjectival_names and _GENERIC_SOURCE_BEFORE_EN.search(text, max(0, comma - 40), comma) \
            and _THE_NAMED_BODY_EN.fullmatch(text, comma + 1, nxt) is not None:
        return nxt  # "According to the union, the Long Island Controllers Association, 151 controllers …": the union's name
    return nxt if nxt != -1 and _is_apposition(text[comma + 1:nxt], lex) and not _quoted_title(text[comma + 1:nxt]) \
        and not (lex is not None and not lex.adjectival_names and _VERB_OPENING_FR.match(text, nxt + 1)) else comma


def _quoted_title(segment: str) -> bool:
    """A work's title in quotation marks, in English title case ("“Connecting Our Island”")."""
    segment = segment.strip()
    return segment[:1] in "“\"‘" and WORK_TITLE_EN.fullmatch(segment, 1, len(segment) - 1) is not None


def _subject_after_document(text: str, comma: int, limit: int) -> bool:
    """"Selon l'arrêt, M. Lemoine, ancien directeur, savait …", "According to the verdict, Serik Tulegenov,
    54, and two accomplices submitted …", "According to the report, Gregory Lanham, who has led …": after a
    document, the clause's subject, not the document's name."""
    nxt = next_comma(text, comma + 1, limit)
    return nxt != -1 and (_TITLED_PERSON.match(text, comma + 1, nxt) is not None or _AGE_OR_AND_NEXT.match(text, nxt + 1) is not None
                          or _PERSONAL_RELATIVE_NEXT.match(text, nxt + 1) is not None and text[comma + 1:nxt].strip()[:1].isupper()) \
        and (_DOCUMENT_BEFORE.search(text, max(0, comma - 30), comma) is not None  # (the costly tests last)
             # ("Selon l'enquête de la direction départementale de la protection des populations (DDPP), X, 54 ans,")
             or _DOCUMENT_OPENING_SOURCE.search(text, max(0, comma - 160), comma) is not None)


# "Pour l'analyste X, de la firme Aéro Conseil, …", "du cabinet Y": whom the source works for.
_OF_A_BODY_APPOSITION = re.compile(r"\s*(?:de\s+la|du|de\s+l['’]|des)\s*(?:[a-zà-ÿ-]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,4}\s*")
# "Selon l'étude, publiée le même jour dans la revue X, …": a participle describing the source.
_PARTICIPLE_APPOSITION = re.compile(r"\s*[a-zà-ÿ]{3,}(?:é|ée|és|ées)\s+(?!(?:que|qu['’])\b)[^\d«»“”\"]*$")
# "Selon la STUA, maître d'ouvrage délégué, …", "Selon la CFDT, majoritaire dans le groupe, …": a bare
# role noun or adjective and its complement, no determiner.
BARE_ROLE_APPOSITION = re.compile(
    r"\s*(?!(?:faute|près|lors|hors|loin|autour|afin|grâce|face|suite|compte|sauf|vers|malgré)\b)[a-zà-ÿ-]{3,}\s+"
    r"(?:de|du|des|d['’]|dans|sur|pour|au|aux)\s*[\w’'+-]+(?:\s+[a-zà-ÿ-]+){0,2}\s*$")

# French: what opens a longer description of the source right after it ("la compagnie publique qui
# exploite le réseau", "spécialiste de la sécurité minière à l'Institut …", "de l'université d'Islande").
_TITLE_IN_QUOTES = re.compile(r"\b(?:titre|intitulée?s?|titled|entitled)\s*[«“\"][^«»“”\"]{1,80}[»”\"]")
_WHEN_PUBLISHED = re.compile(r"\s*(?:publiée?s?|rendue?s?\s+publi(?:c|cs|que|ques)|parue?s?|consultée?s?\s+par|obtenue?s?\s+par"
                             r"|published|released|filed|issued|submitted|presented|tabled|(?:seen|obtained|reviewed)\s+by)\s")
_DESCRIPTION_OPENING = re.compile(r"\s*(?:(?:la|le|l['’]|une?)\s*[a-zà-ÿ-]{3,}|"
                                  r"(?!(?:faute|près|lors|hors|loin|autour|afin|grâce|face|suite|compte|sauf|malgré|plus|moins|"
                                  r"depuis|après|avant|pendant|environ|jusqu|selon|outre)\b)[a-zà-ÿ-]{4,}\s+(?:de|du|des|d['’]|à|au|aux|en|chez)|"
                                  # ("de l'université nationale de Piura": two lower-case words before the place)
                                  r"(?:de\s+la|de\s+l['’]|du|des)\s*(?:[a-zà-ÿ-]+\s+){0,2}(?:de\s+|d['’]|du\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# A participle saying when the source spoke or published ("rendu public jeudi", "publiés mardi dans la
# revue …", "entendu lundi"): a description too, after which the clause may open on a number.
_WHEN_IT_SPOKE = re.compile(r"\s*[a-zà-ÿ]{3,}(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises)\s+(?:publiques?\s+|publics?\s+)?"
                            r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|le\s+\d|en\s|dans\s|par\s|ce\s|cette\s)")
_NUMBER_OPENING = re.compile(r"\s*(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|aucun|aucune|\d)")
# Finite verbs and clitics that make a segment a clause, not a description.
_CLAUSE_WORDS = frozenset(("a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "sera", "seront", "serait",
                           "seraient", "fait", "font", "peut", "peuvent", "doit", "doivent", "va", "vont", "reste", "restent",
                           "devrait", "pourrait", "se", "ne", "y", "il", "elle", "ils", "elles", "on"))
_NOUNS_IN_ENT = frozenset(("président", "agent", "parent", "client", "patient", "accident", "incident", "argent", "adjoint",
                           "conjoint", "représentant", "habitant", "enseignant", "étudiant", "dirigeant", "intervenant"))


# English: the same descriptions ("a mining safety specialist at …", "the state company that runs …",
# "of the University of Iceland").
_DESCRIPTION_OPENING_EN = re.compile(r"\s*(?:(?:the|a|an)\s+[a-z]|of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|[a-z]{3,}\s+(?:of|at|for|with|in)\s)")
# What opens the attributed clause after the description: a determiner, a pronoun, a name or a quotation
# (not "qui détient …", "détenu depuis …", "contre 480 millions": the clause's own subject was described).
_CLAUSE_OPENING = {
    "fr": re.compile(r"\s*(?:[«“\"]|(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|on)\s|"
                     r"l['’]|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"),
    "en": re.compile(r"\s*(?:[“\"]|(?:the|a|an|this|these|those|its|his|her|their|our|he|she|it|they|we|there)\s|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")}


# What a source leads or started, in apposition to it ("selon l'association X, à l'origine d'une pétition,").
WHAT_THE_SOURCE_LEADS = re.compile(r"\s*(?:à\s+l['’]origine|à\s+la\s+tête|en\s+charge)\s+(?:de|du|des|d['’])")


def _describes_the_source(segment: str, language: str) -> bool:
    """Whether SEGMENT, between the source and the clause it attributes, only describes the source:
    a noun phrase of at most 14 words (20 for a relative clause) with no verb of its own outside a relative clause."""
    segment = _TITLE_IN_QUOTES.sub(" titre ", segment)  # ("publiée fin octobre sous le titre « Mobilités 2026 »": a title)
    relative = segment.split()[:1] in (["qui"], ["que"], ["dont"], ["who"], ["which"])  # (a relative clause may run longer)
    if language not in _CLAUSE_OPENING or len(segment.split()) > (20 if relative else 14) \
            or any(mark in segment for mark in "«»“”\"()"):
        return False
    if language == "en":
        if _WHEN_PUBLISHED.match(segment) and len(segment.split()) <= 8:
            return True  # ", published on Tuesday in the journal Nature,"
        head = re.split(r"\s(?:who|that|which|whose|where)\s", segment, maxsplit=1)[0]
        return _DESCRIPTION_OPENING_EN.match(segment) is not None and EN_FINITE.search(head) is None
    if relative:
        return True  # ", qui a donné l'alerte le 15 novembre au matin après avoir découvert des poissons morts,"
    if _WHEN_PUBLISHED.match(segment) and len(segment.split()) <= 10:
        return True  # ", publiée fin octobre sous le titre « … »,"
    if _DESCRIPTION_OPENING.match(segment) is None and _WHEN_IT_SPOKE.match(segment) is None:
        return False
    if _NOUN_THEN_PRESENT_VERB.match(segment) or _VERB_THEN_QUANTITY.search(segment):
        # "D'après la Municipalité, la patinoire accueille chaque hiver …, du hockey au curling …", "l'affluence
        # moyenne à Chaban-Delmas atteint 32 400 spectateurs cette saison"
        return False
    head = re.split(r"\s(?:qui|que|qu['’]|dont|où)\s", segment, maxsplit=1)[0].split()
    return not any(w in _CLAUSE_WORDS or w[:2] in ("s'", "s’", "n'", "n’")
                   or (w.endswith(("ent", "ait", "aient", "era", "eront")) and not w.endswith("ment") and w not in _NOUNS_IN_ENT)
                   for w in (w.lower() for w in head))


# A definite subject, then a present-tense verb and its object's determiner: a clause, no description.
_NOUN_THEN_PRESENT_VERB = re.compile(
    r"\s*(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*[\w-]+\s+[a-zà-ÿ]{3,}(?:e|ent)\s+(?:(?:déjà|encore|toujours|désormais|actuellement|aujourd['’]hui)\s+)?"
    r"(?:chaque|le|la|les|l['’]|un|une|des|du|quelque|plus|près|\d)")  # ("le département compte déjà 410 000 m²")
_VERB_THEN_QUANTITY = re.compile(r"\s(?!article\s)[a-zà-ÿ]{3,}(?:e|ent|t)\s+(?:\d|plus\s+de|près\s+de|environ)")


class SourceAppositions:
    """The apposition checks of `FrenchQuotes` (the same `SentenceReader` attributes)."""

    __slots__ = ()

    def _appositions_end(self, comma: int, limit: int) -> int:
        """The comma closing the appositions that follow a source named before `comma` (at most
        three: "Pour le Pr Denis Roux, chef du service de pédiatrie, à Paris, ces résultats …")."""
        text = self.text
        end = comma
        if _REFERRING_SOURCE_BEFORE.search(text, max(0, comma - 30), comma) and not _WHEN_PUBLISHED.match(text, comma + 1):
            return comma  # "Selon cette source, Tisséo, l'autorité des transports, n'était …": the subject follows
            # (but "Selon ces travaux, publiés mardi dans la revue X, …": when they were published)
        if _subject_after_document(text, comma, limit):
            return comma  # "Selon l'arrêt, M. Lemoine, ancien directeur, savait …": the subject follows
        described = when = False
        for index in range(3):
            nxt = next_comma(text, end + 1, limit)
            if nxt == -1:
                break
            if not self._is_apposition(text[end + 1:nxt]):
                if index or not _describes_the_source(text[end + 1:nxt], self.language):
                    break
                described = True
                when = _WHEN_IT_SPOKE.match(text, end + 1, nxt) is not None or _WHEN_PUBLISHED.match(text, end + 1, nxt) is not None
            end = nxt
        if end != comma and self.language == "fr" and _VERB_OPENING_FR.match(text, end + 1):
            return comma  # "Selon le parquet, un troisième homme, soupçonné d'avoir servi de rabatteur, est toujours recherché"
        if described and _CLAUSE_OPENING[self.language].match(text, end + 1) is None \
                and not (when and _NUMBER_OPENING.match(text, end + 1)):  # ("…, entendu lundi, deux des trois coups …")
            return comma  # (not "le fonds …, qui détient 22 % du capital, s'est engagé": the clause's own subject)
        return end

    def _is_apposition(self, segment: str) -> bool:
        if _is_apposition(segment):
            return True
        words = segment.split()
        if self.language == "en" and len(words) > 2 and words[0] in ("a", "an") and (fold(words[1]) in self.lex.roles or fold(words[2]) in self.lex.roles) \
                and len(words) <= 20 and not any(mark in segment for mark in "“”\"") and (
                    (verb := _VERB_OF_A_CLAUSE.search(segment)) is None
                    or (relative := _RELATIVE_WORD.search(segment)) is not None and relative.start() < verb.start()):
            return True  # "According to Professor X, an astronomer at the University of Glasgow who was not involved, …"
        if self.language == "fr" and "«" in segment:
            segment = TITLE_IN_GUILLEMETS.sub("X", segment)  # "auteur de « L'Armée et le pouvoir en Syrie »": a work's title
        if self.language != "fr" or word_count(segment) > 20 or any(mark in segment for mark in "«»“”\""):
            return False
        words = segment.split()
        if words and words[0] in ("qui", "dont"):
            return True  # "Pour le Pr X, qui n'a pas participé à l'étude, …": a relative clause
        if WHAT_THE_SOURCE_LEADS.match(segment):
            return True  # "Selon la FDSEA, à l'origine du mouvement, l'industriel …": what the source started
        if len(words) > 12:
            return False
        # "premier syndicat de l'enseignement", "principal parti d'opposition": a ranked organisation noun.
        ranked = len(words) >= 2 and fold(words[0]) in _RANKS and fold(words[1]) in self.lex.organisation_nouns
        return bool(words) and (fold(words[0]) in self.lex.roles or ranked or _role_then_name(words, self.lex) or _FRENCH_APPOSITION.match(segment) is not None
                                or _OF_A_BODY_APPOSITION.fullmatch(segment) is not None
                                or _PARTICIPLE_APPOSITION.match(segment) is not None
                                or (BARE_ROLE_APPOSITION.match(segment) is not None and words[0] not in self.lex.function_words))
