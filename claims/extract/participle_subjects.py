"""English and French: the subject of a participle that goes on with the sentence's statement
("…, saying …", "…, adding that …", "…, ajoutant que …"), and of an English absolute participle
("…, with Ann Lee calling it …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.opening_subjects_en import FRONTED_ADJUNCT, english_opening_subject
from claims.extract.clause_starts import has_clear_verb_en
from claims.extract.cue_filters_fr import FR_BEFORE_INFINITIVE
from claims.extract.quotes import Quote
from claims.extract.speaker_lexicon import Lexicon
from claims.extract.speaker_mentions import Mention, parse_mention
from claims.extract.subject_only_fr import opening_subject_fr
from claims.extract.coordinated_subjects_en import subject_of_first_verb
from claims.extract.first_names import is_first_name
from claims.extract.inverted_subjects import MEDIUM_BY_KIND, mention_after
from claims.extract.speakers import fold
from claims.extract.subjects import find_subject
from claims.extract.first_named import first_named, group_up_to_verb
from claims.extract.name_words import GROUP_COUNT_WORDS
from claims.extract.state_names_en import TOWN_BODY_NOUNS

_ABSOLUTE_SUBJECT = re.compile(r"\b(?:with|and)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*"
                               r"(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.-]*){0,4}"  # ("with analyst Kevin Bonham declaring")
                               r"|the\s+(?!latter\b|former\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:having\s+)?$")  # ("with the developer telling …")

# A town's own body opening the sentence ("The city of Richmond, Virginia on Monday suspended").
_TOWN_BODY_OPENING = re.compile(r"\s*(?P<np>The\s+" + TOWN_BODY_NOUNS + r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# A share of a group, the whole absolute subject ("…, with some saying").
_SHARE = re.compile(r"(?:some|many|most|several|a\s+few)", re.IGNORECASE)
_PLURAL_GROUP_OPENING = re.compile(r"\s*[A-Z][a-z-]*(?:\s+[a-z-]+)?s\b")


def share_of_opening_group(text: str, start: int, end: int, share: str, lex: Lexicon) -> Mention | None:
    """"Dairy farmers in X are selling cattle …, with some saying …": some of the group opening the
    sentence at START (before END), described as the sentence describes it."""
    if not _SHARE.fullmatch(share) or _PLURAL_GROUP_OPENING.match(text, start, end) is None:
        return None
    if (grouped := group_up_to_verb(text, start, end, lex, longest=10)) is None:
        return None
    phrase = grouped[0].strip()
    described = phrase[:1].lower() + phrase[1:]
    return Mention(share, role=f"{share.lower()} {described}")


# An indefinite description opening a subject ("A rail engineering company in Crewe").
_INDEFINITE_OPENING = re.compile(r"(?:An?|One)\s+[a-z]")


def absolute_subject(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The named subject of an English participle starting at `end`, after "with" or "and", or its definite role
    ("…, with the developer telling the inspector that …")."""
    absolute = _ABSOLUTE_SUBJECT.search(text, max(start, end - 80), end)
    mention = parse_mention(absolute.group("np"), lex) if absolute is not None else None
    return mention if mention is not None and not mention.pronoun and (
        mention.name or mention.role and absolute.group("np").startswith("the ")) else None


# "…, a spokesperson for the Department for Environment, Food and Rural Affairs said, adding": an
# inverted attribution right before the participle ("Health Minister Ana Ruiz said, adding"), also
# right after the quotation it closes (""…," an official told Dawn on condition of anonymity, adding").
_INVERTED_SAID_RIGHT_BEFORE = re.compile(
    # (a bare body noun too: "…, police said in a statement, adding"; "told the South China Morning Post on Tuesday, adding")
    r"(?:,|(?<=[\"”]))\s+(?P<np>(?:[Aa]n?|[Tt]he)\s+[^,;:.\"“”]{1,80}?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;:.\"“”]{0,60}?)*|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,5}"
    r"|police|officials|authorities|investigators|prosecutors)"
    r"\s+(?:said|says|wrote|writes|announced|confirmed|added|told\s+(?:the\s+)?[\w.]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.]+){0,3})"
    r"(?![^,]*\bthat\b)"  # (not "…, England announced on Tuesday that it would …, saying": its own statement, no inversion)
    # ("said Thursday,", "told X on condition of anonymity,")
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|(?:last|this)\s+[a-z]+))?"
    r"(?:\s+(?:on|in|at|during|after|from|by|via|under)\s+[^,;:.\"“”]{1,60}?)?\s*,\s*$")


# English: a pronoun's attribution right before the participle ("…, he said, adding that …").
_PRONOUN_SAID_RIGHT_BEFORE = re.compile(r"(?:,|(?<=[\"”]))\s+(he|she|they)\s+(?:said|says|told\s+[\w.]+|wrote|added)\s*,\s*$")


# The opening of the participle's own clause: ", but", ", and", ", while", ";" (the last one before it).
_LAST_CLAUSE_OPENING = re.compile(r"(?:,\s+(?:but|and|while|whereas)|;)\s+(?!.*(?:,\s+(?:but|and|while|whereas)|;)\s)(?=[a-zA-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# English: a second predicate of the main clause's subject after ", and" ("overturned the conviction of X, a former
# mechanic, and ordered a new trial, ruling"): no clause of its own.
_SUBJECTLESS_PREDICATE_EN = re.compile(r"(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\s+(?!by\b)")


# French: ", mais" or ";" opening the participle's own clause, the last one before it.
_LAST_CLAUSE_OPENING_FR = re.compile(r"(?:,\s+mais|;)\s+(?=[a-zA-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")


def _last_clause_start_fr(text: str, start: int, at: int) -> int:
    """"Les grévistes avaient exercé leur droit, mais le rectorat l'a jugé « non fondé », estimant …": where the
    rectorat's clause starts."""
    for clause in _LAST_CLAUSE_OPENING_FR.finditer(text, start, at):
        start = clause.end()
    return start


_SAID_BEFORE = re.compile(r"(?<=[a-z] )(?:said|says|told|tells)\b")
# French: a relative "ce que" clause with its own subject right before the participle ("…, ce que la municipalité a
# démenti mardi auprès de l'AFP, assurant que …").
_CE_QUE_CLAUSE_RIGHT_BEFORE_FR = re.compile(
    r"\bce\s+qu(?:e\s+|['’])(?P<np>(?:le|la|les|l['’])\s*[^,;:«»\"]{2,60}?)\s+(?:a|ont|avait|avaient)\s+[a-zà-ÿ]+[^,;:«»\"]{0,80},\s*$")
# French: an inverted pronoun's attribution right before the participle ("…, a-t-il ajouté, précisant").
# ("…, a-t-elle précisé dans un communiqué, rappelant que": the adjunct after the verb too)
# ("a-t-il déclaré d'une voix à peine audible, selon le quotidien La Tribune des Volcans, avant d'ajouter": who relayed it)
_INVERTED_PRONOUN_RIGHT_BEFORE_FR = re.compile(r"\b[a-zà-ÿ]+-(?:t-)?(?P<pron>il|elle|ils|elles)(?:\s+[^\s,«»“”\"]+){0,7}"
                                               r"(?:\s*,\s*(?:selon|d['’]après)\s+[^,;:«»“”\"]{2,60})?\s*,\s*$")


# French: a possessive opening a noun phrase ("sa porte-parole", "son intention").
_POSSESSIVE_OPENING_FR = re.compile(r"(?:son|sa|ses|leurs?)\s")
# French: an inverted reporting verb in the past, maybe its day, its subject and where it spoke, then the participle's comma.
_INVERTED_SUBJECT_RIGHT_BEFORE_FR = re.compile(
    r",\s+(?:a|ont)\s+(?:indiqué|déclaré|annoncé|affirmé|expliqué|assuré|précisé|souligné|ajouté|estimé|confirmé|rapporté)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)(?:\s+(?:matin|soir))?)?"
    r"(?:\s+dans\s+un\s+communiqué)?"  # ("a indiqué dans un communiqué le secrétaire général, X, précisant")
    # ("a indiqué lundi un porte-parole de la compagnie, qui exploite le site, ajoutant": an indefinite one too)
    r"\s+(?P<np>(?:(?:le|la|les|l['’])\s*|(?:son|sa|ses|leurs?|une?)\s+)[^,;:«»“”\"]{2,80}?)(?:\s+(?:dans|lors|par|devant|sur)\s[^,;:«»“”\"]{1,60}"
    # (or whom it was said to: "a déclaré lundi le coureur au quotidien Le Soir, précisant")
    r"|\s+(?:" + MEDIUM_BY_KIND + r"|(?:à|au|auprès\s+d(?:u|e\s+la|e\s+l['’]))\s*(?:l['’])?(?:AFP|Reuters)\b)[^,;:«»“”\"]{0,60})?\s*,\s*"
    # (or its holder's name, or a relative clause about it, and the gerund's "en": "a indiqué la société X, qui exploite le
    # réseau, en précisant")
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}\s*,\s*)?(?:qui\s[^,;:«»“”\"]{1,80},\s*)?(?:en\s+)?$")
# French: an inverted verb, maybe its day, then whom it was said to before the subject.
_INVERTED_VERB_THEN_AUDIENCE_FR = re.compile(
    r",\s+(?:a|ont)\s+(?P<verb>(?:indiqué|déclaré|annoncé|affirmé|expliqué|assuré|précisé|souligné|ajouté|estimé|confirmé|raconté|confié)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?)?)"
    r"(?=\s+(?:à|au|aux|auprès)\s)[^«»“”\";:]{4,160}?,\s*(?:en\s+)?$")
# A role and the name in apposition to it, the sentence's subject before its verb: "Le directeur général du groupe, Frédéric
# Hummel, a confirmé à l'AFP le nombre de postes concernés, précisant …" (no inverted subject after the verb).
_ROLE_THEN_NAME_SUBJECT_FR = re.compile(r"\s*(?:Le|La|Les|L['’])\s*[a-zà-ÿ][^,.;:«»]{2,80},\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+")
# A counted group opening the sentence ("About 200 growers", "1,500 workers").
_COUNTED_GROUP_OPENING = re.compile(r"\s*(?:(?:About|Around|Nearly|Almost|Roughly|Some|More\s+than|Over|At\s+least|Up\s+to)\s+)?"
                                    rf"(?:\d[\d,]*|{GROUP_COUNT_WORDS})\s+[a-z]")
# Officers named by their plural office at the sentence's start ("Prosecutors in Dakota County charged …").
_OFFICERS_OPENING = re.compile(r"\s*(?:Prosecutors|Investigators|Detectives|Police|Deputies|Troopers|Officials|Regulators|Inspectors)"
                               r"\s+(?:in|from|for|with|at)\s+[A-Z]")
# People named by their plural trade and their place at the sentence's start ("Nurses at X Hospital stopped work, saying",
# "Midwives at X have written …, warning").
_PEOPLE_IN_A_PLACE_OPENING = re.compile(r"\s*(?:(?P<noun>[A-Z][a-z]+s)|[A-Z][a-z]+\s+(?P<trade>[a-z]+s))\s+(?:in|from|at|of)\s+(?:the\s+)?[A-Z]")
# People at a named body, then where it is, up to their verb ("Lecturers at Lake Basin University in Kisumu, western Kenya,
# began"): the people at the body.
_PEOPLE_AT_A_BODY_IN_A_PLACE = re.compile(
    r"\s*(?P<np>(?P<noun>[A-Z][a-z]+s)\s+(?:at|of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|&\s+)?[A-Z][\w'’-]*)*)"
    r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+(?:[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?"
    r"\s+(?:have|has|had|began|[a-z]{3,}ed)\b")
_SOURCE_OPENING = re.compile(r"According\s+to\s+(?P<np>[^,;.]{2,60}),\s")


# English: a subordinate clause, its subject and its verb in the past, then the participle with no comma between.
_SUBORDINATE_CLAUSE_RIGHT_BEFORE = re.compile(
    r"\b(?:after|when|because|since|until)\s+(?P<np>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?:[a-z]{2,}ed|wrote|sent|went|took|made|gave|brought|began|ran|won|lost)\b[^,;:.\"“”]*(?P<comma>,)?\s$")
# A passive main verb: its subject did nothing, so says nothing ("The stage was cancelled after riders refused to start, saying").
_PASSIVE_MAIN_VERB = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")


def _speaker_opens(text: str, start: int, at: int, lex: Lexicon) -> bool:
    """French: whether the sentence from START opens on someone who may speak, a person or a body ("Le groupe a affirmé
    …"; not "Le feu n'a fait aucun blessé")."""
    opening = opening_subject_fr(text, _last_clause_start_fr(text, start, at), at, lex)[1]
    return opening is not None and (opening.name is not None or opening.pronoun or opening.organisation
                                    or bool(opening.role) and (fold(opening.role.split()[0]) in lex.roles
                                                                or fold(opening.role.split()[0]) in lex.organisations))

# English: a written thing right before the participle ("a notice on the door saying", "a sign reading").
_DOCUMENT_RIGHT_BEFORE_EN = re.compile(r"\b(?:a|an)\s+(?P<np>(?:[a-z-]+\s+)?(?:notice|sign|note|banner|poster|leaflet)"
                                       r"(?:\s+(?:on|in|at)\s+(?:the|a|its|their)\s+[a-z]+)?)\s+$")


# "Xinhua quoted Premier Li Qiang as saying …": the person quoted speaks, the outlet relays.
_QUOTED_AS = re.compile(r"\bquoted\s+(?!by\s)(?P<np>[^,;:.\"“”]{2,80}?)\s+as\s+$")

def participle_subject(text: str, start: int, at: int, lex: Lexicon, quotes: Sequence[Quote] = ()) -> Mention | None:
    """The subject of the main verb of the participle's clause (in English the clause after the last
    ", but" / ", and" / ";" before AT): the speaker of an English inverted attribution right before
    it, the clause's opening subject (an English pronoun, "the" + noun, role phrase or titled name;
    a French body or role opening the sentence), else its first name — never one inside the
    participle's own words, nor, in English, one inside a quotation opening the sentence
    (""Dennis made a mistake," Ferrante said, adding …")."""
    if not lex.adjectival_names and (avant := FR_BEFORE_INFINITIVE.search(text, max(start, at - 12), at)) is not None:
        at = avant.start()  # "…, a-t-il déclaré, avant d'ajouter que": the clause before "avant de"
    if lex.adjectival_names and (quoted := _QUOTED_AS.search(text, max(start, at - 100), at)) is not None \
            and (speaker := parse_mention(quoted.group("np"), lex)) is not None:
        return speaker  # "Xinhua quoted Premier Li Qiang as saying …" (inside a quotation too): the person quoted
    if lex.adjectival_names:
        start = next((q.end for q in quotes if start <= q.open and q.end <= at and not text[start:q.open].strip()), start)
        if (clause := _LAST_CLAUSE_OPENING.search(text, max(start, at - 160), at)) is not None \
                and has_clear_verb_en(text, clause.end(), at) and not _SUBJECTLESS_PREDICATE_EN.match(text, clause.end()):
            start = clause.end()  # "The court upheld the fund, but a group of customers has filed a lawsuit arguing …"
            # (not "… acquitted X, youth chairperson of …, and eleven party members of unlawful assembly, ruling")
        if (document := _DOCUMENT_RIGHT_BEFORE_EN.search(text, max(start, at - 60), at)) is not None:
            return Mention(document.group("np"), role=document.group("np"))  # "… and a notice on the door saying …": the notice
        if (source := _SOURCE_OPENING.match(text, start, at)) is not None \
                and (speaker := parse_mention(source.group("np"), lex)) is not None and (speaker.pronoun or speaker.name or speaker.role):
            return speaker  # "According to him, the state government has paid …, adding that …": the source goes on
        if (said := _PRONOUN_SAID_RIGHT_BEFORE.search(text, max(start, at - 40), at)) is not None:
            return Mention(said.group(1), pronoun=True)  # "An engine … has to run reliably, he said, adding that …": he
        if (said := _INVERTED_SAID_RIGHT_BEFORE.search(text, max(start, at - 120), at)) is not None \
                and (speaker := parse_mention(said.group("np"), lex)) is not None and not speaker.pronoun:
            return speaker
        if (subordinate := _SUBORDINATE_CLAUSE_RIGHT_BEFORE.search(text, max(start, at - 160), at)) is not None \
                and (not subordinate.group("comma") or _PASSIVE_MAIN_VERB.search(text, start, subordinate.start()) is not None) \
                and (subject := parse_mention(subordinate.group("np"), lex)) is not None and not subject.pronoun \
                and (subject.name or subject.role):
            return subject  # "… withdrew the film after lawyers for the man wrote to the organisers claiming …": the lawyers
        if (opening := english_opening_subject(text, start, at, lex)) is not None:
            return opening
        if (town := _TOWN_BODY_OPENING.match(text, start, at)) is not None and (body := parse_mention(town.group("np"), lex)) is not None:
            return body  # "The city of Richmond, Virginia on Monday suspended …, saying": the city, not its state
        if (fronted := FRONTED_ADJUNCT.match(text, start, at)) is not None:
            start = fronted.end()  # "Immediately after the ruling, the lawyer, X, announced …, arguing": not "Immediately"
        if (said := _SAID_BEFORE.search(text, start, at)) is not None \
                and (subject := find_subject(text, start, said.start(), lex, start)) is not None \
                and subject.role and not subject.name and not subject.pronoun and subject.text[:1].isupper():
            return subject  # "Lawyers for X said the company would appeal, arguing that …": the lawyers go on
        if (placed := _PEOPLE_AT_A_BODY_IN_A_PLACE.match(text, start, at)) is not None and _people_noun(placed.group("noun"), lex) \
                and (group := parse_mention(placed.group("np"), lex)) is not None and not group.pronoun and group.role:
            return group  # "Lecturers at Lake Basin University in Kisumu, western Kenya, began …, saying": the lecturers there
        if (_COUNTED_GROUP_OPENING.match(text, start, at) is not None or _OFFICERS_OPENING.match(text, start, at) is not None
                or (people := _PEOPLE_IN_A_PLACE_OPENING.match(text, start, at)) is not None
                and _people_noun(people.group("noun") or people.group("trade"), lex)) \
                and (group := subject_of_first_verb(text, start, at, lex, find_subject, need_role=False, named=False)) is not None:
            return group  # "About 200 cane growers from X blockaded the mill, saying …", "Prosecutors in X charged …, alleging"
        if (subject := subject_of_first_verb(text, start, at, lex, find_subject, need_role=False)) is not None \
                and " " in subject.name and (subject.role or subject.text.split()[0].rstrip(".") in lex.titles
                                             or is_first_name(subject.name.split()[0])):
            return subject  # "The chairperson of the X Association, Mr Y, welcomed the crackdown, saying …": Y, not the body
        if (subject := subject_of_first_verb(text, start, at, lex, find_subject, need_role=False, named=False)) is not None \
                and subject.role and (subject.organisation or fold(subject.role.split()[0]) in lex.organisations
                                      # "A judicial panel of the Northern Netball League … cleared X …, ruling that": the panel
                                      or len(subject.role.split()) > 1 and fold(subject.role.split()[1]) in lex.organisations) \
                and not subject.name and _INDEFINITE_OPENING.match(subject.text):
            # ("A co-operative of small-scale fishers in Bacoor, Cavite, has asked …, saying": the co-operative, not Cavite)
            return subject  # "A rail engineering company in Crewe, England announced …, saying": the company, not England
        if (subject := subject_of_first_verb(text, start, at, lex, find_subject, need_role=False, named=False)) is not None \
                and subject.role and not subject.name and not subject.pronoun \
                and (subject.text.startswith(("A ", "An ")) and fold(subject.role.split()[-1]) in lex.roles
                     or subject.text.startswith("The ") and subject.role[:1].isupper() and fold(subject.role.split()[0]) in lex.roles):
            # ("The Director of Public Prosecutions appealed in May, arguing that": an office, capitalised)
            return subject  # "A Western Australian coroner has recommended …, finding that": the coroner, not the state
    elif (relative := _CE_QUE_CLAUSE_RIGHT_BEFORE_FR.search(text, max(start, at - 200), at)) is not None \
            and (subject := parse_mention(relative.group("np"), lex)) is not None and not subject.pronoun \
            and (subject.name or subject.role):
        return subject  # "…, ce que la municipalité a démenti mardi auprès de l'AFP, assurant que …": the municipality
    elif (inverted := _INVERTED_PRONOUN_RIGHT_BEFORE_FR.search(text, max(start, at - 90), at)) is not None:
        return Mention(inverted.group("pron"), pronoun=True)  # "X a été saisie, a-t-il ajouté, précisant que …": he
    elif (told := _INVERTED_VERB_THEN_AUDIENCE_FR.search(text, max(start, at - 200), at)) is not None \
            and not _ROLE_THEN_NAME_SUBJECT_FR.fullmatch(text, start, told.start()) \
            and (subject := mention_after(text, told.end("verb"), at, lex)[0]) is not None and not subject.pronoun \
            and (subject.name or subject.role):
        return subject  # "…, a expliqué mercredi au quotidien La Presse son agent, Luc Gendron, précisant que": past whom it was told
    elif (inverted := _INVERTED_SUBJECT_RIGHT_BEFORE_FR.search(text, max(start, at - 160), at)) is not None \
            and (subject := parse_mention(inverted.group("np"), lex)) is not None and not subject.pronoun \
            and (subject.name or subject.role and (" " in subject.role or text[start:at].lstrip()[:1] in "«“\""
                                                   or not _speaker_opens(text, start, at, lex))) \
            and not (_POSSESSIVE_OPENING_FR.match(inverted.group("np")) and fold(subject.role or "-").split()[0] not in lex.roles):
            # ("a expliqué sa porte-parole à l'agence Belga, ajoutant": her; not "a annoncé son intention de faire appel,
            # estimant": what was announced)
        # "…, a indiqué vendredi le ministère de l'Intérieur dans un communiqué, précisant que": the ministry (not "a
        # affirmé le groupe, estimant": a bare noun, which the sentence's opening subject names better, unless the
        # sentence opens on the quotation)
        return subject
    elif (opening := opening_subject_fr(text, _last_clause_start_fr(text, start, at), at, lex)[1]) is not None:
        return opening  # "Le parquet a ouvert une enquête sur X, estimant que …": the body opening the sentence
    return first_named(text, start, at, lex)


def _people_noun(noun: str, lex: Lexicon) -> bool:
    """Whether NOUN is people by their trade ("Nurses", "Midwives")."""
    folded = fold(noun)
    return folded.removesuffix("s") in lex.roles or folded.endswith("ves") and folded[:-3] + "fe" in lex.roles
