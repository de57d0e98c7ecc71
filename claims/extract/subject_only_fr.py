"""French subjects before their verb: "Très remontée, la présidente de l'association, Marie Lenoir, a
critiqué l'absence de concertation." (before the verb stands its subject with appositions, after it
its object: no statement followed by an inverted speaker); and the subject opening a sentence whose
later, coordinated verb reports ("Le parquet a ouvert une enquête et précise …"); people gathered in
a body, who speak through it; an indefinite subject and its restrictive relative clause."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.quotes import TITLE_IN_GUILLEMETS
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import Lexicon, Mention, fold

# A finite verb (not the capitalised "Front" of a name).
_FINITE = re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|va|vont|fait|font)\b"
                     r"|\b(?!front\b)[a-zà-ÿ]\w*(?:ait|aient|ront)\b")
# An article and a lower-case noun opening a phrase ("l'annulation du concert du groupe Nawa").
_COMMON_NOUN_OPENING = re.compile(r"(?:[Ll]['’]|[Ll]es?\s|[Ll]a\s|[Uu]ne?\s|[Dd]es\s)\s*([a-zà-ÿ][a-zà-ÿ-]+)\s")
# A segment that can be the subject: a determiner-led noun phrase or a capitalised name.
_SUBJECT_SEGMENT = re.compile(
    r"\s*(?:(?:Le|La|Les|L['’]|Un|Une|Son|Sa|Ses|Leur|Ce|Cet|Cette|le|la|les|l['’]|un|une|son|sa|ses|leur)\s*[a-zà-ÿ-]"
    r"|(?:M\.|Mme|Me|Dr)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+){1,3}\s*$)")

# A relative clause in apposition ("Le propriétaire du parc, X, qui a ouvert l'établissement en 2004,"): its verb is
# not the sentence's.
_RELATIVE_CLAUSE = re.compile(r"\s*(?:qui|dont)\s")

# "L'Orchestre symphonique de l'Estuaire (OSE), fondé en 1979 à Rimouski, a annoncé la suspension de sa saison": a
# body's name after its article, then where or when it was set up, or what it does ("La Compagnie des navettes de la
# Riviera, qui assure les liaisons vers Saint-Tropez, a annoncé …").
_NAMED_BODY_SEGMENT = re.compile(r"\s*(?:Le|La|Les|L['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_FOUNDED_APPOSITION = re.compile(r"\s*(?:fondée?s?|créée?s?|basée?s?|installée?s?|implantée?s?)\s+(?:en|à|au|dans|par)\s")


@lru_cache(maxsize=None)
def _roles_of_several_words(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """LEX's roles of several words by their first word ("inspecteur": "inspecteur d'academie")."""
    by_first: dict[str, list[str]] = {}
    for role in lex.roles:
        if " " in role:
            by_first.setdefault(role.split(" ", 1)[0], []).append(role)
    return {first: tuple(roles) for first, roles in by_first.items()}


def subject_then_object(text: str, start: int, end: int, inverted: Mention | None, lex: Lexicon) -> bool:
    """Whether TEXT[START:END] (before the comma and the verb) is a subject with its appositions and
    INVERTED (the noun phrase after the verb) no speaker: neither a name nor a person's or a body's noun."""
    if inverted is None or inverted.pronoun:
        return False
    if inverted.name:
        # "a annoncé lundi l'annulation du concert du groupe Nawa": a name inside the object's complement
        if (noun := _COMMON_NOUN_OPENING.match(inverted.text)) is None:
            return False
        head = fold(noun.group(1))
    elif not inverted.role:
        return False
    else:
        words = fold(inverted.role).split()
        head = words[1] if words[0] == "meme" and len(words) > 1 else words[0]  # ("a précisé la même source")
    folded = fold(inverted.text)
    for noun in (head, head[:-1]) if head.endswith("s") else (head,):  # ("ont annoncé les syndicats de la banque")
        if noun in lex.roles or noun in lex.organisations or noun in lex.organisation_nouns or noun in lex.companies \
                or noun in lex.collective_heads or noun in ("source", "proche") \
                or any(role in folded for role in _roles_of_several_words(lex).get(noun, ())):  # ("l'inspecteur d'académie")
            return False
    segments = text[start:end].split(",")
    if len(segments) < 2 or len(segments) > 4 or any(len(s.split()) > 12 for s in segments):
        return False
    before = text[start:end]
    main_clause = ",".join(s for s in segments if not _RELATIVE_CLAUSE.match(s))
    if _FINITE.search(main_clause) or "«" in before and TITLE_IN_GUILLEMETS.sub("", before).count("«") \
            or " que " in before or " qu'" in before or " qu’" in before:
        return False  # (but a work's title may be quoted in the subject: "Le distributeur de « La Maison du fleuve »")
    return any(_SUBJECT_SEGMENT.match(s) for s in segments) \
        or _NAMED_BODY_SEGMENT.match(segments[0]) is not None \
        and any(_FOUNDED_APPOSITION.match(s) or _RELATIVE_CLAUSE.match(s) for s in segments[1:])


# French: a sentence opening with a definite noun phrase and an auxiliary ("Le parquet de Nanterre a …").
_FRENCH_OPENING_SUBJECT = re.compile(
    # ("Le ministère de l'Enseignement primaire, secondaire et professionnel a qualifié …": adjectives listed in its name)
    r"\s*(?P<np>(?:Le|La|Les|L['’]|Ce|Cet|Cette|Un|Une|le|la|les|l['’])\s*[^,;:«»()\n.]{1,90}?"
    r"(?:(?:,\s*[a-zà-ÿ-]+)+\s+et\s+[a-zà-ÿ-]+)?)(?:\s*\([^()]{1,30}\))?"
    # (maybe an apposition: "Le Syndicat national de la santé publique, affilié à la CDT, a apporté …")
    r"(?:,(?P<apposition>[^,;:«»()\n.]{1,90}(?:\s*\([^()]{1,15}\))?),)?"
    r"\s+(?:a|ont|avait|avaient|est|sont|était|étaient"
    # "Les commerçants y enverront une délégation, mais préviennent …": a clitic before the verb
    r"|(?!en\s+(?:scène|chef|poste|exercice|charge|fonction)\b)(?:(?:y|en|ne|se)\s+|n['’]|s['’])[a-zà-ÿ]+"  # (not "Le metteur en scène X")
    # "Les prévisionnistes de Météo-France annoncent une amélioration, mais rappellent …": a plural present
    r"|(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)(?<!\bla\s)(?<!\ble\s)(?<!\bles\s)(?![a-zà-ÿ]*ment\s)[a-zà-ÿ]{3,}ent"
    # "Le ministère de l'Éducation nationale avance un chiffre de 25 % et affirme …": a singular present, then its object
    # (not "la direction départementale des territoires": an adjective of the body's)
    r"|(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)(?<!\bla\s)(?<!\ble\s)(?<!\bles\s)(?<!\bqui\s)"
    r"(?!(?:départementale|régionale|nationale|générale|municipale|centrale|locale|fédérale|cantonale|communale|territoriale"
    # (nor "L'Association contre les nuisances aériennes": a preposition inside the name)
    r"|provinciale|internationale|interministérielle|publique|technique|économique|sanitaire|contre|entre|comme|outre)\s)"
    r"(?P<singular>[a-zà-ÿ]{3,}e)"
    r"(?=\s+(?:une?|le|la|les|des|son|sa|ses|leur)\s))\s")
_VERB_THEN_QUE = re.compile(r"\s+[a-zà-ÿ]+\s+(?:que\s|qu['’])")
# "cité par l'Agence centrafricaine de presse": who relays the subject's words, no subject.
_RELAYING_PARTICIPLE = re.compile(r"\s*(?:cité|interrogé|interviewé|joint|contacté|sollicité|rapporté)e?s?\s+(?:par|sur)\b")
_FRENCH_ROLE_THEN_NAME = re.compile(
    # ("Le prestataire, la société VisaLink Services, a assuré … et affirmé": a body's noun before its name;
    # "Contactée par PressAfrik, la coordonnatrice de …, Aïssatou Ba Diop, estime … mais rappelle": after the adjunct)
    # (not "Le tribunal a acquitté le promoteur, Marc-Antoine Brélaz,": the role's phrase has no verb)
    # ("Le directeur de l'école Les Chamois, à Villars, Didier Pittet, a rejeté … assurant": where the body is, then the name)
    r"\s*(?P<np>(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:(?!\s(?:a|ont|avait|avaient|est|sont)\s)[^,;:«»\n.]){1,100}?"
    r"(?:,\s*(?:à|au|en)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)*)?,\s*(?:(?:M\.|Mme|Dr|Me|Pr)\s+"
    r"|(?:la|le|l['’])\s*(?:société|entreprise|groupe|compagnie|association|firme|banque|fondation)\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3}),\s")
_FRENCH_OPENING_ADJUNCT = re.compile(r"\s*(?:Dans|Lors|Selon|Après|Avant|En|Sur|Par|À|Au|Aux|Devant|Mardi|Lundi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche"
                                     r"|(?:Contacté|Interrogé|Joint|Sollicité|Interviewé|Questionné|Cité|Rencontré)e?s?\s+par"
                                     # "Présent à l'inauguration, le maire …": where the subject was
                                     r"|(?:Présent|Venu|Arrivé|Invité|Installé)e?s?\s+(?:à|au|aux|sur|dans|lors|pour|en))\b[^,;:«»]{0,50},\s*")


def opening_subject_fr(text: str, opening: int, end: int, lex: Lexicon) -> tuple[int, Mention | None]:
    """The subject opening a French sentence whose later, coordinated verb reports ("Le parquet de
    Nanterre a ouvert une enquête et précise …"), and where it starts (past an opening adjunct)."""
    named = None
    if (adjunct := _FRENCH_OPENING_ADJUNCT.match(text, opening, end)) is not None:
        opening = adjunct.end()  # "Dans un communiqué, le Conseil national de l'Ordre … a rappelé … et s'est dit"
    if (appositive := _FRENCH_ROLE_THEN_NAME.match(text, opening, end)) is not None:
        # "Le président de la FNRIP, Pierre-Yves Lemarchand, redoute … et rappelle que": the person
        named = parse_mention(appositive.group("np"), lex)
        tail = appositive.group("np").rsplit(",", 1)[1]
        if named is not None and named.name and named.name not in tail:
            named = parse_mention(tail, lex)  # ("Le président du groupe Renaissance …, Thibault X": not the group)
        if named is not None and not named.name:
            named = None
    if not named and (pronoun := OPENING_PRONOUN_FR.match(text, opening, end)) is not None:
        return opening, Mention(pronoun.group("pronoun"), pronoun=True)
    if not named and (subject := _FRENCH_OPENING_SUBJECT.match(text, opening, end)) is not None:
        # "Le parquet de Nanterre a ouvert une enquête et précise …", "Le ministre a reçu Paul Roux et a dit …"
        np = subject.group("np")
        if (verb := _VERB_THEN_QUE.search(np)) is not None:
            np = np[:verb.start()]  # "le Conservatoire du littoral rappelle que le sentier …": a present verb ended the subject
        named = parse_mention(np, lex)
        if named is not None and subject.group("singular") and not named.name and not named.organisation \
                and fold((named.role or " ").split()[0]) not in lex.roles:
            named = None  # (not "Le texte qualifie la décision …": a document pointing back, no body nor person)
        if named is not None and not named.name and subject.group("apposition") \
                and not _RELAYING_PARTICIPLE.match(subject.group("apposition")) \
                and (apposed := parse_mention(subject.group("apposition"), lex)) is not None and apposed.name and not apposed.pronoun \
                and (not apposed.organisation and not named.organisation  # (not "Le gouvernement régional de Galice, la Xunta,")
                     or _ANOTHER_OF_A_KIND.match(np) is not None):
            # "le président de la commission, le député Horizons Bastien Carrel, s'est dit …": the person; "Un autre
            # syndicat, l'Union des agents pénitentiaires (UAP), a refusé …": the body, another of its kind
            named = apposed
        if named is not None and (named.pronoun or not (named.name or named.role)):
            named = None
    return opening, named


# Another of a kind, whose name follows in apposition ("Un autre syndicat, l'Union des agents pénitentiaires,").
# ("L'un d'eux, l'association Choix des Parents, a rejeté …": one of a group just named)
_ANOTHER_OF_A_KIND = re.compile(r"\s*(?:Une?|une?)\s+autre\s+[a-zà-ÿ-]+\s*$|\s*[Ll]['’]une?\s+(?:d['’](?:eux|elles)|des\s+[a-zà-ÿ-]+)\s*$")
# A subject pronoun opening the sentence ("Il rappelle que … et affirme que …": he speaks in both clauses).
OPENING_PRONOUN_FR = re.compile(r"\s*(?P<pronoun>Il|Elle|Ils|Elles)\s+(?=[a-zà-ÿ])")
# French: the object right after a verb that a relative clause follows ("Le Parisien a contacté le
# ministère, qui a indiqué …", "Bruxelles s'appuie sur l'avis du Ciem, qui estime …").
_OBJECT_BEFORE_RELATIVE = re.compile(
    r"\s(?:(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ]+\s+)?(?:[a-zà-ÿ]{2,}(?:é|ée|és|ées|i|u|it)|vu)|s['’]appuie(?:nt)?\s+sur"
    r"|cite|citent|consulte|consultent|interroge|interrogent)\s+(?:(?P<contracted>au|aux|du|des)\s+)?"
    r"(?P<np>(?:(?:le|la|les|l['’]|un|une)\s*)?[^,;:«»()\s][^,;:«»()]{1,90}?)(?:\s*\([^()]{1,15}\))?\s*$")

# Who backs the subject, after the backing's noun ("le soutien de la section départementale de X").
_BACKING_OF = re.compile(r"(?:le\s+soutien|l['’]appui|l['’]aval)\s+(?P<of>de\s+|d['’]|du|des)\s*(?P<np>\S.*)")

_NAME_THEN_AGE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’-]+)+),[ \u00a0]+\d{1,3}[ \u00a0]+ans\s*$")


def relative_antecedent_fr(region: str, lex: Lexicon) -> Mention | None:
    """The person or body named right after the verb before ", qui …" (REGION ends before ", qui")."""
    if region.rstrip().endswith("ans") and (aged := _NAME_THEN_AGE.search(region)) is not None:
        return Mention(aged.group("name"), name=aged.group("name"))  # "ses cours à Maxime Paquin-Rioux, 19 ans, qui affirmait"
    found = _OBJECT_BEFORE_RELATIVE.search(region)
    if found is None or not (found.group("contracted") or found.group("np")[:1].isupper()
                             or fold(found.group("np").split()[0]).split("'")[0] in ("le", "la", "les", "l", "un", "une")):
        return None
    np = found.group("np")
    if (backing := _BACKING_OF.match(np)) is not None:
        # "a reçu le soutien de la section départementale de la Fédération X, qui a dénoncé": who backs it
        np = {"du": "le ", "des": "les "}.get(backing.group("of"), "") + backing.group("np")
    mention = parse_mention(np, lex)
    if mention is None or mention.pronoun or not (
        mention.name or mention.organisation or (mention.role and fold(mention.role.split()[0]) in lex.roles)
    ):
        return None
    if backing is not None:
        mention.text = backing.group("np")  # (the words as written, not the article put back)
    return mention


# People gathered in a body ("Les organisateurs, réunis au sein de la Coordination …,"), and an
# indefinite noun phrase with the relative clause that restricts it ("Un marchand d'art qui a suivi
# la vente"; but "La société qui exploite le lagon" needs its clause to say which).
_GATHERED_IN_BODY = re.compile(
    r"[^,]{3,60},\s+(?:réuni|regroupé|rassemblé|fédéré|organisé)e?s?\s+au\s+sein\s+(?:de\s+la|de\s+l['’]|du|des|d['’])\s*(?P<body>[^,]{3,80}?),?")
_RESTRICTIVE_RELATIVE = re.compile(
    r"(?P<np>(?:[Uu]ne?|[Dd]es|[Pp]lusieurs|[Cc]ertaine?s|[Qq]uelques|[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Dd]ix|\d+)"
    r"\s+[^,;:«»\"]{2,60}?)\s+qui\s+[^,;:«»\"]{3,80}")


# A body where the speaker works, opening the sentence: "Au ministère de X, un cadre …".
_AT_A_BODY = re.compile(r"(?P<at>Au\s|Aux\s|À\s+la\s|À\s+l['’])\s*(?P<body>[^,;:«»\"]{3,80}?),\s+(?P<rest>[^,;:«»\"]{3,100})")
_OF_AT = {"Au ": "du ", "Aux ": "des ", "À la ": "de la ", "À l'": "de l'"}
_INDEFINITE = re.compile(r"[Uu]ne?\s")


def gathered_or_restricted_subject_fr(region: str, lex: Lexicon) -> Mention | None:
    """The body people speak through ("réunis au sein de X": X), or the indefinite noun phrase a
    relative clause restricts, when REGION (the words before the verb) is one of those; else None."""
    if "au sein" in region and (gathered := _GATHERED_IN_BODY.fullmatch(region.strip())) is not None \
            and (body := parse_mention(gathered.group("body"), lex)) is not None and (body.name or body.role) and not body.pronoun:
        body.text, body.organisation = region.strip().rstrip(","), True
        return body
    if region.lstrip()[:1] in ("A", "À") and (seat := _AT_A_BODY.fullmatch(region.strip())) is not None \
            and not lex.organisations.isdisjoint(fold(w) for w in seat.group("body").split()) \
            and (inner := gathered_or_restricted_subject_fr(seat.group("rest"), lex) or parse_mention(seat.group("rest"), lex)) is not None \
            and inner.role and not inner.name and not inner.pronoun and _INDEFINITE.match(inner.text) \
            and " de" not in inner.role and " du " not in inner.role:
        # "Au ministère de la Jeunesse et des Sports, un cadre qui a requis l'anonymat indique": one of its staff
        inner.role = f"{inner.role} {_OF_AT[seat.group('at').replace('’', chr(39))]}{seat.group('body')}"
        inner.text = region.strip()
        return inner
    if " qui " in region and (restricted := _RESTRICTIVE_RELATIVE.fullmatch(region.strip())) is not None:
        mention = parse_mention(restricted.group("np"), lex)
        if mention is not None and not mention.pronoun and (mention.name or mention.role):
            return mention
    return None
