"""French quotation and source layouts of press copy, for `SentenceReader`: a quotation that is a
sentence of its own, an incise inside the marks, a multi-paragraph quotation attributed after its
last piece, appositions after "selon X" / "pour X", live-blog timestamps and datelines, impersonal
sources ("a-t-on appris auprès de X")."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_fr import without_anonymity
from claims.extract.clause_starts import EN_FINITE
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.lang import en, fr
from claims.extract.impersonal import ImpersonalSource, impersonal_head
from claims.extract.quotes import TITLE_IN_GUILLEMETS, WORK_TITLE_EN, Quote
from claims.extract.speakers import Lexicon, Mention, clean_phrase, fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.inverted_subjects import mention_after
from claims.extract.first_named import first_named
from claims.extract.cues import is_weak

# English "In his view, …", "in their words": the owner is the source.
_OWN_VIEW = re.compile(r"(?:his|her|their)\s+(?:view|opinion|words)", re.IGNORECASE)
# A French adjunct that closes a mixed claim even so: "…, en référence à …", "… en conformité avec …".
# ("en raison de …", "en cas de …", "en pleine période de …" give the statement's cause, condition or
# time: they stay.)
# (not "en juin 2025", "en Europe centrale": when or where the statement says; nor "lors du conseil des 15
# et 16 décembre": only "lors" of the speaking, "lors d'une conférence de presse", is the article's; "lors
# de la prochaine réunion" is the statement's)
_FRENCH_ADJUNCT_TAIL = re.compile(
    r"\s*,?\s*(?:en(?!\s+(?:raison|cas|pleine?|dépit|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|\d{4})\b|(?-i:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])))|selon|d['’]après|alors|tandis)\b"
    r"|\s*,?\s*lors\s+(?:(?!prochaine?\b)[\w'’-]+\s+){0,3}?(?:conférence|point|entretien|interview|discours|déclaration|intervention|"
    r"réunion|séance|audience|débat|émission|visite|meeting)\b",
    re.IGNORECASE)
# A quotation and its inverted attribution closing the sentence before: "« … », a raconté X, une infirmière."
_ATTRIBUTED_QUOTE_BEFORE = re.compile(r"[»”][ \u00a0]*,[ \u00a0]+[a-zà-ÿ-]+(?:-t)?-?[^.!?«»\n]{0,200}[.!?][ \u00a0]*$")
_REPORTED_CLAUSE = re.compile(r"\squ(?:e\s|['’])")
_RELATIVE_CLOSING = re.compile(r",\s+(?:qui|dont)\s[^,«»]*$")
_CLEFT = re.compile(r"C['’]est\b|Ce\s+sont\b")  # ("C'est par ces mots que le maire, X, a ouvert …")
_PARTICIPLE_OPENER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:é|ée|és|ées|ie|ant)\b")
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# The end of an incise inside the marks: "…, tranche-t-elle. " or "…, explique-t-il, ".
_INCISE_END = re.compile(r"[^.,;!?«»\n]{0,60}?[.,;]\s+(?=\S)")
# French appositions after a source, before its clause: ", cités dans une note publiée mardi,",
# ", interrogé par l'AFP,", ", à Paris,", ", qui n'a pas participé aux travaux,".
_RANKS = frozenset(("premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "principal", "principale",
                    "plus", "grand", "grande", "petit", "petite", "ancien", "ancienne", "nouveau", "nouvelle"))
_FRENCH_APPOSITION = re.compile(
    r"\s*(?:qui|dont|(?:à|au|aux)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|int|inte)\s+"
    r"(?:par|dans|à|au|aux|en|sur|lors|devant|de|du|des|d['’]))")


# Where a quotation resumes after the speaker an incise named, its sentence going on (« A, a résumé la maire,
# X, mais elle … »).
_QUOTE_RESUMES_WITH_CONJUNCTION = re.compile(r",\s+(?=(?:mais|et|car|donc|parce\s+que|puisque|pourtant|sauf|sinon|même\s+si)\s)")


_BODY_DESCRIBED_EN = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,3}(?:body|group|association|regulator|charity|watchdog|organi[sz]ation|lobby|federation)\s*")


def _is_apposition(segment: str, lex: Lexicon | None = None) -> bool:
    """A short name or indefinite description after a source: ", Febelfin,", ", un centre de réflexion
    américain,", ", director of the festival,"."""
    words = segment.split()
    if not words or len(words) > 6:
        return False
    if _quoted_title(segment):
        return True  # "According to the consultation document, “Connecting Our Island”, …": its title
    if lex is not None and lex.adjectival_names and fold(words[0]) in lex.roles:
        return True  # English: a bare role in apposition ("According to Jan Novak, director of …, …")
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
    r"(?:[Ss]elon|[Dd]['’]après)\s+(?:l['’]|le\s+|la\s+)[a-zà-ÿ-]+(?:\s+(?:d['’]|du\s+|des\s+|de\s+la\s+|de\s+l['’])[a-zà-ÿ-]+)?$")


_SUBJECT_OPENING_FR = re.compile(r"\s*(?:(?:le|la|les|un|une|des)\s|l['’]|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")


def _is_kind_then_name(words: list[str], lex: Lexicon) -> bool:
    """French: a body's kind after its article, then its name ("la compagnie Armor Traversées")."""
    return not lex.adjectival_names and len(words) >= 3 and words[0].lower() in ("le", "la", "les") \
        and (fold(words[1]) in lex.organisation_nouns or fold(words[1]) in lex.companies) and words[2][:1].isupper()


_NAME_LINKS = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "of", "for", "and", "y", "e"))


def _role_then_name(words: list[str], lex: Lexicon) -> bool:
    """French "le major Didier Lhoest": an article, a role, then the person's name."""
    return len(words) >= 3 and words[0] in ("le", "la") and fold(words[1]) in lex.roles and words[2][:1].isupper()


_VERB_OF_A_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|left|lost|won|made|took|gave|got|"
    r"saw|went|came|began|became|said|told|found|fell|rose|sent|spent|paid|kept|held|put|cut|hit)\b")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose)\b")
_COMMISSIONED_BY_FR = re.compile(r"\s(?:commandée?s?|commanditée?s?|financée?s?)\s+par\s")
_AND_WHEN_PUBLISHED_FR = re.compile(
    r"\s+et\s+(?:publiée?s?|parue?s?|diffusée?s?|présentée?s?|dévoilée?s?|rendue?s?\s+publi|remise?s?|transmise?s?)\b.*$", re.S)
_AUTHOR_BEFORE_FR = re.compile(r"\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?:[a-zà-ÿ]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_TITLED_PERSON = re.compile(r"\s*(?:M\.|Mme|Mlle|Me|Dr|Pr|MM\.)\s")
# (and the parties whose case a document states: "Selon l'accusation, X, 52 ans, a encaissé …")
_DOCUMENT_WORDS = "|".join(sorted(map(re.escape, fr.DOCUMENT_WORDS + en.DOCUMENT_WORDS), key=len, reverse=True))
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:" + _DOCUMENT_WORDS + r"|accusation|prosecution|enquêteurs|investigators|complaint|affidavit|indictment)\s*$", re.IGNORECASE)
_DOCUMENT_OPENING_SOURCE = re.compile(
    r"\b(?:[Ss]elon|[Dd]['’]après|[Aa]ccording\s+to)\s+(?:l['’]|le\s+|la\s+|les\s+|the\s+)(?:" + _DOCUMENT_WORDS + r"|criminal\s+complaint|(?:arrest\s+)?affidavit|indictment)\b[^,;:.]*$")
_AGE_OR_AND_NEXT = re.compile(r"\s*(?:\d{1,3}(?:\s+ans)?\s*,|and\s|et\s)")
_REFERRING_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:ce|cet|cette|ces|this|that|these|those)\s+[\w’'-]+|\b(?:lui|elle|eux|elles|celui-ci|celle-ci|him|her|them))\s*$",
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


def _name_apposition_end(text: str, comma: int, limit: int, lex: Lexicon | None = None) -> int:
    """The end of a source's name: past a short name in apposition (", Febelfin,"); not after a
    source that refers back ("Selon cette source, Tisséo, l'autorité …, n'était …": the subject)."""
    if _REFERRING_SOURCE_BEFORE.search(text, max(0, comma - 30), comma):
        return comma
    if lex is not None and lex.adjectival_names and (body := _ENGLISH_BODY_REFERRED_BACK.search(text, max(0, comma - 30), comma)) \
            and fold(body.group("noun")) not in lex.roles and (surname := _SURNAME_NEXT.match(text, comma + 1)) is not None \
            and re.search(rf"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+ {re.escape(surname.group(1))}\b", text) is not None:
        return comma  # "According to the commission, Chisanga, of the …, received": a person named before, the subject
    if _subject_after_document(text, comma, limit):
        return comma
    nxt = next_comma(text, comma + 1, limit)
    if nxt != -1 and lex is not None and _GENERIC_SOURCE_BEFORE.search(text, max(0, comma - 40), comma) \
            and _is_kind_then_name(text[comma + 1:nxt].split(), lex) and _SUBJECT_OPENING_FR.match(text, nxt + 1) is not None:
        # "Selon l'exploitant, la compagnie Armor Traversées, le Kerlédan a subi …": the body's name, with its kind (not
        # "Selon la collectivité, le transporteur X, titulaire du marché, a perdu …": the clause's subject)
        return nxt
    return nxt if nxt != -1 and _is_apposition(text[comma + 1:nxt], lex) and not _quoted_title(text[comma + 1:nxt]) \
        and not (lex is not None and not lex.adjectival_names and _VERB_OPENING_FR.match(text, nxt + 1)) else comma


def _quoted_title(segment: str) -> bool:
    """A work's title in quotation marks, in English title case ("“Connecting Our Island”")."""
    segment = segment.strip()
    return segment[:1] in "“\"‘" and WORK_TITLE_EN.fullmatch(segment, 1, len(segment) - 1) is not None


def _subject_after_document(text: str, comma: int, limit: int) -> bool:
    """"Selon l'arrêt, M. Lemoine, ancien directeur, savait …", "According to the verdict, Serik Tulegenov,
    54, and two accomplices submitted …": after a document, the clause's subject, not the document's name."""
    nxt = next_comma(text, comma + 1, limit)
    return nxt != -1 and (_TITLED_PERSON.match(text, comma + 1, nxt) is not None or _AGE_OR_AND_NEXT.match(text, nxt + 1) is not None) \
        and (_DOCUMENT_BEFORE.search(text, max(0, comma - 30), comma) is not None  # (the costly tests last)
             # ("Selon l'enquête de la direction départementale de la protection des populations (DDPP), X, 54 ans,")
             or _DOCUMENT_OPENING_SOURCE.search(text, max(0, comma - 160), comma) is not None)


# "le dernier rapport sur le marché locatif de la SCHL": a document, maybe its topic, then the body that wrote it.
_DOCUMENT_OF_NAMED_BODY = re.compile(
    r"(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?)\s*(?:[a-zà-ÿ-]+\s+)?(?:" + "|".join(map(re.escape, fr.DOCUMENT_WORDS)) + r")\b(?:(?!\s(?:de|du|des|d['’]|par)\s)[^,;:«»()]){0,60}?"  # (a topic, no body of its own: "sur le marché locatif")
    r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*)")
# "son budget", "ses propres estimations": a document named through its owner.
_OWN_DOCUMENT = re.compile(r"\s*(?:son|sa|ses|leur|leurs)\s+(?:propres?\s+|dernier\s+|dernière\s+|derniers\s+|dernières\s+)?(?P<noun>[\w-]+)", re.IGNORECASE)
# ("d'après ses résultats": a survey's or a count's results, the owner no speaker of its own)
_FRENCH_DOCUMENTS = frozenset(fold(w) for w in fr.DOCUMENT_WORDS) - {"resultats"}
# The sentence's subject named right before ", selon laquelle": "(. )L'association Tortues du Maroni, ".
_BODY_OPENING_THE_SENTENCE = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))(?P<np>(?:L['’]|La |Le |Les )?[a-zà-ÿ]*\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,.;:!?«»\n]{1,60}),\s*$")
# The relative pronoun after "pour" / "selon" / "d'après": "pour qui", "selon lequel".
_RELATIVE_SOURCE = re.compile(r"(qui|lequel|laquelle|lesquels|lesquelles|whom)\s+", re.IGNORECASE)


# "Pour l'analyste X, de la firme Aéro Conseil, …", "du cabinet Y": whom the source works for.
_OF_A_BODY_APPOSITION = re.compile(r"\s*(?:de\s+la|du|de\s+l['’]|des)\s*(?:[a-zà-ÿ-]+\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,4}\s*")
# "Selon l'étude, publiée le même jour dans la revue X, …": a participle describing the source.
_PARTICIPLE_APPOSITION = re.compile(r"\s*[a-zà-ÿ]{3,}(?:é|ée|és|ées)\s+(?!(?:que|qu['’])\b)[^\d«»“”\"]*$")
# "Selon la STUA, maître d'ouvrage délégué, …", "Selon la CFDT, majoritaire dans le groupe, …": a bare
# role noun or adjective and its complement, no determiner.
_BARE_ROLE_APPOSITION = re.compile(
    r"\s*(?!(?:faute|près|lors|hors|loin|autour|afin|grâce|face|suite|compte|sauf|vers|malgré)\b)[a-zà-ÿ-]{3,}\s+"
    r"(?:de|du|des|d['’]|dans|sur|pour|au|aux)\s*[\w’'+-]+(?:\s+[a-zà-ÿ-]+){0,2}\s*$")

# French: what opens a longer description of the source right after it ("la compagnie publique qui
# exploite le réseau", "spécialiste de la sécurité minière à l'Institut …", "de l'université d'Islande").
_TITLE_IN_QUOTES = re.compile(r"\b(?:titre|intitulée?s?|titled|entitled)\s*[«“\"][^«»“”\"]{1,80}[»”\"]")
_WHEN_PUBLISHED = re.compile(r"\s*(?:publiée?s?|rendue?s?\s+publi(?:c|cs|que|ques)|parue?s?|consultée?s?\s+par|obtenue?s?\s+par"
                             r"|published|released|(?:seen|obtained|reviewed)\s+by)\s")
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
# A French clause's auxiliary: the clause before it has its verb.
_FINITE_AUXILIARY = re.compile(r"\s(?:a|ont|avait|avaient|est|sont|était|étaient)\s+[a-zà-ÿ]")


_SUBJECT_PRONOUN_OPENING = re.compile(r"(?:Il|Elle|Ils|Elles)\s+(?!y\s)")


class FrenchQuotes:
    """Mixed into `SentenceReader` (its attributes: `text`, `language`, `pats`, `lex`, `_attributed_tails`,
    `_tail_attribution`)."""

    __slots__ = ()

    def _impersonal_sources(self, source: ImpersonalSource | None, drafts: list[Draft], s: int, e: int,
                            quotes: list[Quote], paragraph: int) -> list[Draft]:
        """French "on" statements whose source is named: after the statement ("…, a-t-on appris
        auprès de X") or at the head of the sentence ("Dans l'entourage de X, on assure que …")."""
        if self.language != "fr":
            return drafts
        if source is not None:
            drafts = self._with_impersonal_source(source, drafts, s, e, quotes, paragraph)
        for draft in drafts:  # "on" is the subject: whatever was read before it is not
            if not draft.inherit and draft.cue is not None and draft.position > s:
                draft.mention = impersonal_head(self.text, s, draft.position, self.lex) or draft.mention
        return drafts

    def _with_impersonal_source(self, source: ImpersonalSource, drafts: list[Draft], s: int, e: int,
                                quotes: list[Quote], paragraph: int) -> list[Draft]:
        """The statement before "…, a-t-on appris auprès de X" is X's: drafts attributed by the
        tail (or covering the statement) give way to one claim of X."""
        text = self.text
        kept = [d for d in drafts if d.position < source.comma and d.end <= source.comma and not (
            d.start >= s and d.cue is None)]
        prior = max([d.end for d in kept] + [s])
        start, end = trim(text, prior, source.comma)
        if word_count(text[start:end]) < 3:
            return drafts
        whole = [q for q in quotes if q.open <= start + 1 and q.end >= end - 1]
        if whole:
            draft = Draft("direct", list(whole[0].spans), source.cue, source.mention, source.cue_start, paragraph=paragraph)
        else:
            kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
            draft = Draft(kind, [(start, end)], source.cue, source.mention, source.cue_start, paragraph=paragraph)
        draft.sentence = (s, e)
        return [d for d in kept if d.end <= start] + [draft]

    def _standalone_quote(self, s: int, e: int, quotes: list[Quote], paragraph: int) -> tuple[Draft, int] | None:
        """« Nous ne reculerons pas. » La formule, prononcée par la ministre X, … — a quotation that
        is a sentence of its own, then a sentence that names its speaker (or nobody: the quotation
        then continues the previous speaker). Returns the quotation's draft and where the rest starts."""
        if self.language != "fr" or not quotes or quotes[0].close is None or quotes[0].open > s + 1:
            return None
        q = quotes[0]
        text = self.text
        if q.end >= e or not _ENDS_SENTENCE.search(text, q.content_start, q.close) or word_count(text[q.content_start:q.content_end]) < 3:
            return None
        rest = q.end
        while rest < e and text[rest].isspace():
            rest += 1
        if rest >= e or not text[rest].isupper():
            return None
        if (inside := self._incise_draft(q, paragraph)) is not None:
            inside.sentence = (s, q.end)  # « A, a réagi X, président de … B » Il …: the quotation names its speaker
            return inside, rest
        stop = _SENTENCE_STOP.search(text, rest, e)
        opener = _PARTICIPLE_OPENER.match(text, rest)  # "Rencontrée à …, Josiane, 72 ans, …"
        until = stop.end() if stop else e
        if not _CLEFT.match(text, rest) and (reported := _REPORTED_CLAUSE.search(text, rest, until)) is not None:
            until = reported.start()  # "L'entreprise a indiqué qu'elle saisirait le Conseil d'État": no name of the clause speaks
        # ("« … » Il a accusé Buenos Aires de …": the sentence's subject is the pronoun, its names are no speaker; "« A »,
        # a raconté X. « B » Le Croissant-Rouge a indiqué …": B goes on with the quotation X said before)
        named = first_named(text, opener.end() if opener else rest, until, self.lex) \
            if not _SUBJECT_PRONOUN_OPENING.match(text, rest) \
            and not _ATTRIBUTED_QUOTE_BEFORE.search(text, max(text.rfind("\n", 0, s) + 1, s - 300), s) else None
        if named is not None:
            draft = Draft("direct", list(q.spans), None, named, rest, paragraph=paragraph)
        else:
            draft = Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        draft.sentence = (s, q.end)
        return draft, rest

    def _quote_attributed_after_its_end(self, q: Quote, paragraph: int) -> Draft | None:
        """A quotation running over paragraphs whose attribution follows its last piece
        (« A …¶« B », a averti X.): X speaks for all of it."""
        text = self.text
        line_end = text.find("\n", q.end)
        tail_end = len(text) if line_end == -1 else line_end
        stop = _SENTENCE_STOP.search(text, q.end, tail_end)
        tail_end = stop.end() if stop is not None else tail_end
        attribution = self._tail_attribution(q, tail_end, list(self.pats.finditer(text, q.end, tail_end)))
        if attribution is None or attribution[1] is None:
            return None
        m, mention, pos = attribution
        self._attributed_tails.add(m.start())
        return Draft("direct", list(q.spans), m.group(), mention, pos, paragraph=paragraph)

    def _incise_draft(self, q: Quote, paragraph: int) -> Draft | None:
        """The quotation's draft when an attribution inside its marks names who speaks, after a
        comma: « A, a-t-il affirmé à Radio X. B », « A, lance Dominique Vanhove, délégué CGT. B »."""
        text = self.text
        for incise in self.pats.finditer(text, q.content_start, q.content_end):
            if text[max(0, incise.start() - 2):incise.start()].strip() != ",":
                continue
            if incise.group("pron") or "-" in (incise.group("aux") or ""):
                return Draft("direct", self._around_incise(q, incise), incise.group(),
                             Mention(incise.group(), pronoun=True), incise.start(), paragraph=paragraph)
            named = self._named_incise(q, incise)
            if named is not None:
                return Draft("direct", self._around_incise(q, incise, named[1]), incise.group(), named[0],
                             incise.start(), paragraph=paragraph)
        return None

    def _named_incise(self, q: Quote, incise) -> tuple[Mention, int] | None:
        """The speaker named by an inverted verb inside the marks, when a sentence of the quote
        follows: (mention, where the quotation resumes)."""
        if self.language != "fr":
            return None
        weak = is_weak(incise.group("verb"), self.pats)  # (« A, tonne Karine Ducrocq. B »: a weak verb naming a person)
        stop = _SENTENCE_STOP.search(self.text, incise.end(), q.content_end)
        resumed = _QUOTE_RESUMES_WITH_CONJUNCTION.search(self.text, incise.end(), stop.start() if stop else q.content_end)
        if resumed is not None and word_count(self.text[incise.end():resumed.start()]) <= 16:
            # « A, a résumé la maire, X, jointe par téléphone, mais elle … »: the sentence goes on after the speaker
            mention, _ = mention_after(self.text, incise.end(), resumed.start(), self.lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role and not weak):
                return mention, resumed.end()
        between = _RELATIVE_CLOSING.sub("", self.text[incise.end():stop.start()]) if stop is not None else ""
        # (not counting "…, qui a demandé à ne pas être nommée par crainte de représailles"; nor, with no verb of its own,
        # "…, Pierre-Yves Lamarre, lors d'une conférence de presse jeudi devant l'établissement")
        if stop is None or word_count(between) > (24 if _FINITE_AUXILIARY.search(" " + between) is None else 14):
            return None
        mention, _ = mention_after(self.text, incise.end(), stop.start(), self.lex)
        if mention is None or mention.pronoun or not (mention.name and not (weak and mention.organisation) or mention.role and not weak):
            return None  # a role too: « A, a reconnu le technicien breton. B »
        return mention, stop.end()

    def _around_incise(self, q: Quote, incise, resume_at: int | None = None) -> list[tuple[int, int]]:
        """The pieces of a quotation around its attribution inside the marks (« A, tranche-t-elle.
        B »): A and B, not the incise."""
        text = self.text
        if self.language != "fr":
            return list(q.spans)
        if resume_at is None:
            resume = _INCISE_END.match(text, incise.end())
            resume_at = resume.end() if resume is not None else None
        spans = []
        for a, b in q.spans:
            if a < incise.start() < b and resume_at is not None and resume_at < b:
                cut = text.rfind(",", a, incise.start())
                while resume_at < b and text[resume_at].isspace():
                    resume_at += 1
                spans.extend([trim(text, a, cut), (resume_at, b)])
            else:
                spans.append((a, b))
        return [span for span in spans if span[1] > span[0]]

    def _pour_inside_clause(self, source, s: int) -> bool:
        """"pour" introduces a source only at the head of a clause ("Pour X, …"), not inside one
        ("la cour compétente pour les affaires de terrorisme")."""
        if source.group().strip().lower() != "pour":
            return False
        prefix = self.text[s:source.start()].strip()
        if prefix.endswith(",") and len(prefix.split()) > 6 and _FINITE_AUXILIARY.search(prefix):
            return True  # "la société a vendu … à des particuliers, pour des montants …": the clause's adjunct
        return bool(prefix) and not prefix.endswith((",", ":"))

    def _relative_source(self, source, limit: int) -> tuple[Mention, int] | None:
        """"…, Nadège Roux, pour qui le texte « … »", "selon lequel": the relative pronoun stands
        for the person just named (resolved like a pronoun); the clause starts after it."""
        relative = _RELATIVE_SOURCE.match(self.text, source.end(), limit)
        if relative is None or not self.text[:source.start()].rstrip().endswith(","):
            return None
        if (antecedent := _BODY_OPENING_THE_SENTENCE.search(self.text, max(0, source.start() - 80), source.start())) is not None \
                and (body := parse_mention(antecedent.group("np"), self.lex)) is not None and body.name and not body.pronoun:
            return body, relative.end()  # "L'association Tortues du Maroni, selon laquelle …": the body just named
        return Mention(relative.group(1), pronoun=True), relative.end()

    def _source_mention(self, source, np: str) -> Mention | None:
        """The source after "selon" / "d'après": also a long common-noun phrase ("selon des
        travaux menés sur près de 18 000 enfants"), which `parse_mention` leaves to subjects;
        "selon son rapport", "d'après ses propres estimations": the owner, resolved as a pronoun."""
        if self.language == "fr":
            np = without_anonymity(np)  # "selon un sinistré de Melreux qui a requis l'anonymat": the description
            np = _AND_WHEN_PUBLISHED_FR.sub("", np)  # "d'après une étude commandée par la Région et publiée en juin"
            if (commissioned := _COMMISSIONED_BY_FR.search(np)) is not None and _AUTHOR_BEFORE_FR.search(np, 0, commissioned.start()):
                # "d'après une étude du cabinet X commandée par la Région": X wrote it (but "une étude commandée par la
                # Commission", no author named, is the document)
                np = np[:commissioned.start()]
        owned = _OWN_DOCUMENT.match(np) if self.language == "fr" else None
        if owned is not None and (fold(owned.group("noun")) in _FRENCH_DOCUMENTS or owned.group("noun") == "yeux"):
            return Mention(np.strip(), pronoun=True)
        if self.language == "en" and (np.strip().lower() == "her" or _OWN_VIEW.fullmatch(np.strip())):
            # "According to her, …" ("her" alone reads as a determiner), "In his view, …": the owner
            return Mention(np.strip(), pronoun=True)
        if self.language == "fr" and ", " in np and _is_kind_then_name((apposed := np.split(", ", 1)[1]).split(), self.lex) \
                and (body := parse_mention(apposed, self.lex)) is not None and body.name:
            return Mention(np.strip(), name=body.name, role=body.role, organisation=True)  # "l'exploitant, la compagnie X"
        mention = parse_mention(np, self.lex)
        if self.language == "fr" and (mention is None or mention.name is None) and (authored := _DOCUMENT_OF_NAMED_BODY.fullmatch(np.strip())):
            # "selon le dernier rapport sur le marché locatif de la SCHL": the document's author
            author = authored.group("author")
            return Mention(np.strip(), name=author, organisation=" " not in author or not self.lex.organisations.isdisjoint(
                fold(w) for w in author.split()))
        if mention is not None or self.language != "fr" or source.group().strip().lower() == "pour":
            return mention
        words = np.split()
        if 1 < len(words) <= 12 and fold(words[0]).rstrip("'’") in self.lex.bare_determiners:
            return Mention(np.strip(), role=clean_phrase(np, self.lex))
        return None

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
                                or (_BARE_ROLE_APPOSITION.match(segment) is not None and words[0] not in self.lex.function_words))

    def _french_clause_goes_on(self, tail: str) -> bool:
        """French copy keeps a quoted fragment's clause to its end ("a agi dans « un état de
        panique » après une dispute sur un mur"): only a new clause or incise cuts it."""
        return self.language == "fr" and _FRENCH_ADJUNCT_TAIL.match(tail) is None
