"""A definite role or description that names a person the article tied to no name ("le
sélectionneur", "said the filmmaker"): the person just named or quoted, or the person a trial is about."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.lang import en
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.mention_resolution import INDEFINITE_COMPLEMENT_FR
from claims.extract.speaker_epithets import TRADE_EPITHETS
from claims.extract.speaker_lookups import SINGLE_OFFICES
from claims.extract.role_lookups import ENGLISH_ROLE_GENDERS, FAMILY_ROLES
from claims.extract.speakers import Lexicon, fold
from claims.extract.types import SpeakerRef
from claims.extract.person_descriptions_fr import (
    DEFINITE as _DEFINITE, aged_description_gender, description_of_a_person, epithet_unknown_as_role,
)
from claims.extract.untied_roles_fr import role_gender_allows

_DOCUMENTS_EN = frozenset(fold(word) for word in en.DOCUMENT_WORDS)


_AGE_AFTER_ROLE = re.compile(r"\s+de\s+\d+\s+ans$")  # "la cinéaste de 34 ans"
# A role with a complement ("la porte-parole de la fédération") names someone else than the last person.
_COMPLEMENT = re.compile(r"\b(?:de|du|des|d['’]|of|at|for|à|au|aux)\b(?!\s+\d)")


# Offices whose families never name the person just quoted unless someone was tied to them ("a déclaré le
# maire" after the mayor's widow spoke).
_OFFICES = SINGLE_OFFICES | frozenset(("president", "presidente", "directeur", "directrice", "ministre", "dirigeant",
                                        "dirigeante", "chef", "cheffe", "premier", "premiere"))


def _may_describe_the_quoted(role: str, position: int, speakers) -> bool:
    """French: whether a role may name the person just quoted: a role of no family, or of a family
    of descriptions (not offices) no one in the article was tied to before ("Le syndicaliste affirme"
    after "Davide Rossetti, secrétaire syndical")."""
    head = fold(role).split()[0]
    family = speakers.lex.role_families.get(head)
    return family is None or not (family & _OFFICES) and not speakers.family_tied_before(role, position)


_ARTICLE_THEN_WORD = re.compile(r"\b(?:le|la|l['’])\s*([a-z-]+)")


def _of_the_description_s_family(speakers, speaker: SpeakerRef, person: tuple[int, str] | None, position: int):
    """PERSON, unless tied to a role outside the family of SPEAKER's description ("le joueur de 29 ans" right after the
    club's president spoke): then the one person tied before POSITION to a role of that family, if any."""
    family = speakers.lex.role_families.get(fold(speaker.role or "").split(" ", 1)[0], ())
    if person is None or not family or (held := speakers._role_of(person[1])) is not None and fold(held).split(" ", 1)[0] in family:
        return person
    of_family = {name for at, role, name in speakers.role_ties if at < position and role.split(" ", 1)[0] in family}
    text = speakers.text
    previous_end = 0
    for start, end, name in speakers.person_mentions:
        before = text[max(0, start - 90, previous_end):start]
        before = before[before.rfind(". ") + 1:]
        previous_end = end
        if start < position and " " in name and any(word in family for word in _ARTICLE_THEN_WORD.findall(fold(before))):
            of_family.add(name)  # "Le judoka québécois Samuel Bergeron", "le pilier fidjien de l'Union …, Isikeli Vatubua"
    return (position, of_family.pop()) if len(of_family) == 1 else person


def person_in_role(speakers: ArticleSpeakers, mention, speaker: SpeakerRef | None, draft: Draft, paras, contents,
                    just_quoted: SpeakerRef | None = None, quoted_person: str | None = None):
    """"Le dirigeant a assuré …", "said the filmmaker": a definite role the article tied to no
    name goes to the person just named with a role of the same family, else to the person just
    quoted when the article gave them no other role ("… a regretté Paul Roux. Le sélectionneur a
    reconnu …")."""
    if speaker is None:
        return None
    if not speakers.lex.adjectival_names and speaker.role and INDEFINITE_COMPLEMENT_FR.search(speaker.role):
        return speaker  # "le maire d'une commune rurale de l'agglomération": one the article does not name
    if not speakers.lex.adjectival_names and speaker.role and speaker.role[:1].isupper() and mention.text[:3] in ("le ", "la "):
        return speaker  # "a rappelé le Directeur général des élections du Québec": an office by its capitalised title, no person
    if speakers.lex.adjectival_names and speaker.role and fold(speaker.role).split()[-1] in _DOCUMENTS_EN:
        return speaker  # "the notice said": a document, no person in a role
    if not speakers.lex.adjectival_names and speaker.role and " " in speaker.name \
            and fold(_AGE_AFTER_ROLE.sub("", speaker.role)) in TRADE_EPITHETS and speaker.name == speakers.headline_person():
        return speaker  # "a déclaré la skieuse de 22 ans": the headline's skier, whoever the narration named last
    if (gender := aged_description_gender(mention, speaker, speakers.lex)) is not None:
        # "« … », s'inquiète la jeune femme de 31 ans": the person the narration just named
        person = speakers.last_person(speakers.text, draft.position, paras[max(0, draft.paragraph - 1)][0], contents,
                                      gender or None)
        person = _of_the_description_s_family(speakers, speaker, person, draft.position)
        if person is not None and " " in person[1]:
            return SpeakerRef(person[1], mention.text, speaker.role, "person")
    if draft.position > draft.spans[0][1] and description_of_a_person(mention, speaker, speakers.lex) \
            and (person := speakers.last_person(speakers.text, draft.spans[0][0], paras[draft.paragraph][0], contents)) \
            and " " in person[1]:
        # "En face, le technicien hongrois X ne cachait pas sa déception. « … », a regretté l'ancien
        # international serbe": the person this paragraph's narration named before the quotation
        return SpeakerRef(person[1], mention.text, speaker.role, "person")
    if draft.position < draft.end and description_of_a_person(mention, speaker, speakers.lex):
        # "« … », a regretté X. Le demi de mêlée toulousain a reconnu …": the person the sentence before names
        person = _of_the_description_s_family(
            speakers, speaker, speakers.last_person(speakers.text, draft.sentence[0], paras[max(0, draft.paragraph - 1)][0], contents),
            draft.position)
        named = person[1] if person is not None and " " in person[1] else quoted_person
        if named is not None:
            return SpeakerRef(named, mention.text, speaker.role, "person")
    if not _definite_role_only(mention, speaker, speakers.lex):
        if draft.position > draft.spans[0][1] and _varied_role(mention, speaker, speakers.lex) is not None \
                and fold(speaker.role).split()[0] in speakers.lex.role_families \
                and (named := speakers.last_person_in_role(draft.position, paras[draft.paragraph][0], contents, speaker.role)):
            # "X, lui, préférait retenir … « … », a expliqué l'entraîneur de l'Asvel": the person the
            # paragraph's narration named, who may hold a role of that family.
            return SpeakerRef(named, mention.text, speaker.role, "person")
        varied = _varied_role(mention, speaker, speakers.lex) if quoted_person is not None else None
        if varied is not None and (speakers.may_hold_role(quoted_person, speaker.role) if varied == "of an organisation"
                                   else speakers.may_be_called(quoted_person, speaker.role)) \
                and role_gender_allows(speakers, quoted_person, mention, speaker.role):
            # ("le président russe X" … "le chef du Kremlin": of an organisation, only a role of the same family)
            return SpeakerRef(quoted_person, mention.text, speaker.role, "person")
        return speaker
    since = paras[max(0, draft.paragraph - 1)][0]
    named = speakers.last_person_in_role(draft.position, since, contents, speaker.role)
    if named is None and speakers.lex.adjectival_names and fold(speaker.role).strip() in FAMILY_ROLES:
        named = speakers.last_person_in_role(draft.position, 0, contents, speaker.role)  # "The mother said": anywhere before
    if named is None and not speakers.lex.adjectival_names:
        # "Le ministre japonais a reconnu …" after "Son homologue japonais, X, …": the qualifier they share
        named = speakers._person_of_qualifier(speaker.role, draft.position, since, contents)
    if named is None and just_quoted is not None and just_quoted.kind == "person" and " " in just_quoted.name \
            and just_quoted.name != just_quoted.role and speakers.may_hold_role(just_quoted.name, speaker.role) and role_gender_allows(speakers, just_quoted.name, mention, speaker.role):
        named = just_quoted.name
    if named is None and quoted_person is not None and _may_describe_the_quoted(speaker.role, draft.position, speakers) \
            and speakers.may_be_called(quoted_person, speaker.role):
        named = quoted_person  # "La mère de famille assure …" right after Mélanie Roux spoke
    if named is None and draft.position > draft.spans[0][1] and epithet_unknown_as_role(speaker.role, speakers.lex):
        # "Le capitaine Paul Roux, lui, n'a pas cherché d'excuses. « … », a martelé le deuxième-ligne
        # toulousain": a description no role word names, in the incise, is the person the paragraph is about.
        person = speakers.last_person(speakers.text, draft.sentence[0], paras[draft.paragraph][0], contents)
        if person is None and draft.paragraph > 0 and draft.sentence[0] == paras[draft.paragraph][0]:
            # "Enzo Roux a pris le tir du 84-81. / « … », a reconnu le meneur villeurbannais": the
            # paragraph opens with the quotation; the person is the one the narration just named.
            person = speakers.last_person(speakers.text, draft.sentence[0], paras[draft.paragraph - 1][0], contents)
        named = person[1] if person is not None and " " in person[1] else None
    if named is None and speakers.lex.adjectival_names and fold(speaker.role) in _SEX_NOUNS and just_quoted is not None \
            and just_quoted.kind == "person" and just_quoted.name == just_quoted.role \
            and ENGLISH_ROLE_GENDERS.get(fold(just_quoted.role).split()[0]) in (None, _SEX_NOUNS[fold(speaker.role)]):
        # "The daughter of one resident told NOS … "…," said the woman": the unnamed person just quoted
        return SpeakerRef(just_quoted.name, mention.text, just_quoted.role, "person")
    if named is None and not speakers.lex.adjectival_names:
        # "le prévenu" tied to nobody in reach: the person the trial is about
        named = _main_person_for_role(speakers, mention.text, speaker.role)
    return speaker if named is None else SpeakerRef(named, mention.text, speaker.role, "person")


_SEX_NOUNS = {"woman": "f", "man": "m"}
_ARTICLE_GENDERS = {"le": "m", "la": "f"}
# Before a name inside a longer one or a place: "HBC Vosges Épinal", "de Namur", "à Tournai".
_NOT_A_PERSON_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*|\b(?:de|du|des|à|au|aux|en)|[dl]['’])[ \u00a0]*$")


def _standalone_count(name: str, text: str) -> int:
    """How often the article writes NAME, or its last word, on its own (not inside a longer
    capitalised name, not after a preposition of place)."""
    count = 0
    for found in re.finditer(r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", text):
        start = found.start()
        if text.endswith(" ".join(name.split()[:-1]) + " ", 0, start):
            start -= len(name) - len(name.split()[-1])
        if _NOT_A_PERSON_BEFORE.search(text, max(0, start - 30), start) is None:
            count += 1
    return count
# Roles a trial or an event gives someone who holds another ("le président du club" is "le prévenu").
_SITUATIONAL_ROLES = frozenset(("prevenu", "prevenue", "accuse", "accusee", "plaignant", "plaignante", "victime"))


def _main_person_for_role(speakers: ArticleSpeakers, mention_text: str, role: str) -> str | None:
    """French: for a trial's situational role ("le prévenu", "la victime"), the person the article
    names most often (two times at least, more than anyone else), when the article tied that role to
    nobody else and the article of MENTION_TEXT agrees with their gender."""
    head = fold(role).split()[0] if role and role.strip() else ""
    if head not in _SITUATIONAL_ROLES:
        return None  # (not "le médecin légiste", "la ministre": a role the article ties to no one stays a role)
    people = {speakers.full_name(n, s) for s, _, n in speakers.person_mentions}
    people = {p for p in people if " " in p}
    counts = {p: _standalone_count(p, speakers.text) for p in people}
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    untied = [p for p in people if not any(tied == p for _, _, tied in speakers.role_ties)]
    if ranked and ranked[0][1] < 2 and len(untied) == 1:
        ranked = [(untied[0], 2)]  # (named once, the one person the article ties to no other role: "X, 58 ans")
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    main = ranked[0][0]
    for _, tied_role, tied in speakers.role_ties:
        tied_head = fold(tied_role).split()[0] if tied_role and tied_role.strip() else ""
        if tied != main and tied_head == head:
            return None  # someone else holds that role
    gender = _ARTICLE_GENDERS.get(fold(mention_text).split()[0]) if mention_text.strip() else None
    if gender is not None and speakers.gender_of(main) not in (None, gender):
        return None
    return main


def _definite_role_only(mention, speaker: SpeakerRef, lex: Lexicon) -> bool:
    """A singular role after a definite article ("le réalisateur", "the coach") that no name in
    the article is tied to: the speaker kept the role as its name."""
    words = mention.text.split()
    if words and words[0][:2].lower() in ("l'", "l’") and len(words[0]) > 2:
        words = [words[0][:2]] + [words[0][2:]] + words[1:]  # "L'entraîneur"
    if not (
        speaker.kind == "person" and mention.name is None and speaker.name == mention.role
        and len(words) >= 2 and _DEFINITE.match(words[0]) is not None and not _COMPLEMENT.search(mention.role)
    ):
        return False
    role_words = _AGE_AFTER_ROLE.sub("", mention.role).split()
    # The noun carries the number: last in English, first in French ("le technicien nantais").
    noun = role_words[-1] if lex.adjectival_names else role_words[0]
    return not noun.endswith("s") or noun.endswith("ss")  # (singular: "the boss", "the actress", "the witness")


def _varied_role(mention, speaker: SpeakerRef, lex: Lexicon) -> str | None:
    """French: a definite singular role with a complement, which the press uses for the person it
    just quoted ("le chef du Département fédéral de l'intérieur", "le ministre de l'Intérieur"):
    "of an organisation" when the complement names one ("le chef du Kremlin", "la porte-parole de
    la fédération": maybe someone speaking for the body), "other" else, None when not such a role."""
    if lex.adjectival_names or speaker.kind != "person" or mention.name is not None or speaker.name != mention.role:
        return None
    words = mention.text.split()
    if not words or not (_DEFINITE.match(words[0]) or words[0][:2].lower() in ("l'", "l’")):
        return None
    role_words = mention.role.split()
    if not role_words or fold(role_words[0]).endswith(("s", "x")) or fold(role_words[0]) not in lex.roles:
        return None
    if lex.organisations.isdisjoint(fold(w.split("'")[-1].split("’")[-1]) for w in role_words[1:]):
        return "other"
    return "of an organisation"
