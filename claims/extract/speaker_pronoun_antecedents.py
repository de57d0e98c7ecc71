"""What a pronoun or an unattributed quotation refers back to: the pronoun's gender and number, the
sentence-opening role or body before it, an unnamed witness or source, the person two paragraphs back."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.types import SpeakerRef
from claims.extract.role_genders_fr import body_gender, determiner_gender


_POSSESSIVES = frozenset(("his", "her", "their", "its", "son", "sa", "ses", "leur", "leurs"))
# Offices named by their place ("le préfet des Pyrénées-Orientales"): the place is no other person.
_PLACE_OFFICES = frozenset(("prefet", "prefete", "sous-prefet", "sous-prefete", "maire", "mairesse", "gouverneur", "gouverneure", "procureur", "procureure", "wali"))
_SENTENCE_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?»”] ))"
    # "Dans l'hémicycle, le premier ministre a …", "À la barre, le prévenu …": after a place adjunct.
    # "Quant à la préfète, elle a jugé …": the role the sentence turns to.
    # "Vendredi, lors d'une réunion à la préfecture, le préfet …": a day and an occasion.
    # "Pour sa part, le ministère …": the side the sentence turns to.
    # "Lors de l'audience, jeudi après-midi, l'ancien maire …": an occasion, then maybe its day.
    # "Interrogée par le Café pédagogique, la direction …": who asked, then the subject.
    # "Lundi, devant le tribunal présidé par le juge X, la prévenue …": a day, then the place.
    # "Pendant les huit jours de procès, l'accusé …": when.
    r"(?:(?:(?:Dans|À|Au|Aux|Devant|Chez|Sur|En|Lors|Pendant|Durant|Après|Avant|Depuis|(?:Interrog|Sollicit|Contact|Question)ée?s?\s+par|Jointe?s?\s+par"
    r"|(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier),\s+(?:dans|à|au|aux|devant|chez|lors))\s[^,.!?«»]{1,60}"
    r"(?:,\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+[a-zà-ÿ-]+){0,2})?"
    # ("À la barre, chemise blanche et voix basse, le prévenu …": how the subject looks, after the place)
    r"(?:,\s+[a-zà-ÿ][^,.!?«»]{1,40}(?=,\s+(?:le|la|l['’])))?"
    r"|(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier)"
    # ("Dimanche en fin de journée, le procureur …": the part of the day)
    r"(?:\s+(?:matin|midi|soir|après-midi|en\s+(?:fin|début)\s+(?:de\s+|d['’])(?:journée|matinée|soirée|après-midi)))?"
    r"(?:,\s+lors\s[^,.!?«»]{1,70})?"
    # ("Entendu mercredi après-midi, le prévenu …": heard on a day)
    r"|(?:Entendue?s?|Auditionnée?s?|Interrogée?s?|Questionnée?s?|Interpellée?s?)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    r"(?:\s+(?:matin|après-midi|soir))?)"
    r",\s+|Quant\s+à\s+|Quant\s+(?=au\s)|(?:Pour\s+(?:sa|leur)\s+part|De\s+(?:son|leur)\s+côté),\s+)?"
    r"(?P<article>L['’]|Le |La |The |l['’]|le |la |Une |Un |une |un |(?<=Quant )au )(?P<role>(?:[Pp]remi(?:er|ère)\s+|[Aa]ncien(?:ne)?\s+)?[\w-]+)(?=[ ,])"
    # French organisations keep their complement: "Le parquet de Nanterre", "La mairie de Lyon".
    r"(?P<complement>\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:\s+et\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?",  # "… des Transports et de la Mer"
    re.MULTILINE)
# French: "à" and a town ("à Dublin").
_IN_A_TOWN_FR = re.compile(r"\s+à\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?=[\s,.;:])")
# French adjectives that belong to the role they follow ("avocate générale", "procureur adjoint").
_ROLE_QUALIFIER_AFTER = re.compile(r"\s+(?:générale?|adjointe?|déléguée?)(?![\w-])")
# A lower-case complement closing an organisation's name ("Cour des comptes", "Conseil de l'ordre").
_COMPLEMENT = r"\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[a-zà-ÿ][\w'’-]*"
_LOWER_CASE_COMPLEMENT = re.compile(_COMPLEMENT + r"(?=[\s,.;:])")
# What may follow it in the name: a second complement ("et d'industrie"), then the place or proper
# name ("de Lyon", "Les Maskoutains").
_NAME_GOES_ON_AFTER_COMPLEMENT = re.compile(
    r"(?:\s+et\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[a-zà-ÿ][\w'’-]*)?"
    r"(?:\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)?(?:Les\s+|Le\s+|La\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*"
    r"(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?(?=[\s,.;:])")
_SHORT_FORM_IN_BRACKETS = re.compile(r"\s+\([A-ZÀ-ÖØ-Þ][\w-]{1,9}\)(?=\s)")
# A lower-case complement after the name's adjectives, then its short form ("Agence régionale de santé (ARS)").
_ADJECTIVES_AND_COMPLEMENT = re.compile(r"(?:\s+[a-zà-ÿ]{4,}){1,2}" + _COMPLEMENT + r"(?:\s+\([A-Z]{2,8}\))?(?=[\s,.;:])")
# French: the adjective that says which body of its kind ("conseil départemental", "tribunal administratif").
# (not a verb: "La préfecture appelle", "Le parquet indique")
_BODY_ADJECTIVE_AFTER = re.compile(r"\s+(?:[a-zà-ÿ]+(?:al|ale|aux|ales|aire|aires|if|ive|ifs|ives|ier|ière)|mixte|public|publique)(?![\w'’-])")
# A second adjective, of the place ("Le gouvernement régional valdôtain").
_PLACE_ADJECTIVE_AFTER = re.compile(r"\s+[a-zà-ÿ]{3,}(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne)(?![\w'’-])")
_ANY_COMPLEMENT = re.compile(r"\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[\w'’-]+(?=[\s,.;:(])")
# A second capitalised member after a capitalised complement ("des Eaux et Forêts", "des Sports et de la Jeunesse").
_CAPITALISED_CONJUNCT = re.compile(r"\s+et\s+(?:(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*)?[A-ZÀ-ÖØ-Þ][\w'’-]*(?=[\s,.;:(])")
# The article of an organisation subject agrees with the French pronoun that refers back to it.
_PRONOUN_ARTICLES = {"il": ("le ", "l'"), "lui": ("le ", "l'"), "elle": ("la ", "l'")}  # ("selon lui")
_PRONOUN_SPLIT = re.compile(r"[\s-]+")


def last_person_not_of_other_gender(speakers: ArticleSpeakers, gender: str, position: int, since: int) -> str | None:
    for start, end, name in reversed(speakers.person_mentions):
        if since <= start and end <= position and " " in (full := speakers.full_name(name, start)) \
                and speakers.gender_of(full) in (None, gender):
            return full
    return None


# French: a sentence opening with an unnamed source or woman ("Une ancienne locataire, constituée partie
# civile, …"), up to its apposition's comma or its verb.
_UNNAMED_SOURCE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?»] ))Une\s+(?P<np>(?:source|(?:(?:ancienne|jeune)\s+)?(?:locataire|habitante|riveraine|voisine|infirmière|"
    r"commerçante|salariée|employée|agricultrice|étudiante|enseignante|passagère|cliente|victime|manifestante|retraitée|patiente|mère))"
    r"(?:\s+[^,.;:!?«»]{1,60}?)?)(?=\s*,|\s+(?:a|avait|affirme|assure|indique|précise|"
    r"explique|estime|confie|nuance|souligne|juge|rapporte|ajoute|dément|reconnaît)\s)", re.MULTILINE)


# Someone unnamed who agrees to speak, opening a sentence: "Un homme de 52 ans, hébergé depuis lundi, accepte de parler …".
_WITNESS_AGREEING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<np>(?:Un|Une|An?|One)\s+[^,.;:\n]{3,60}?)(?:,[^.;:\n]{1,80},)?\s+"
    r"(?:a\s+|has\s+)?(?:accepte|accepté|agreed|agrees)\s+(?:de|to)\s+(?:parler|témoigner|se\s+confier|speak|talk)", re.MULTILINE)


def witness_introduced_before(text: str, draft: Draft, paras, lex) -> tuple[int, Mention] | None:
    """The unnamed person the paragraph before an unattributed quotation introduces as agreeing to speak:
    (offset, their mention), else None."""
    start, end = paras[draft.paragraph - 1][0], paras[draft.paragraph][0]
    found = _WITNESS_AGREEING.search(text, start, end)
    if found is None or (mention := parse_mention(found.group("np"), lex)) is None or mention.name or mention.pronoun:
        return None
    return found.start("np"), mention


# French: a sentence whose subject is a definite role, maybe after a fronted adjunct, and whose verb is a
# compound past ("Pour terminer, la porte-parole de la fédération a nuancé les chiffres du parquet.").
_ROLE_SENTENCE_FR = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][^,.;:!?«»\n]{0,30},\s+)?(?P<np>(?:[Ll]e|[Ll]a)\s+[a-zà-ÿ-]+(?:\s+(?:de|du|des)\s+(?:la\s+|l['’])?[a-zà-ÿ-]+"
    r"|\s+d['’][a-zà-ÿ-]+)?)\s+(?:a|avait)\s+[a-zà-ÿ]+(?:é|i|u|is|it)\b[^.!?«»\n]*[.!?]\s*$")


def role_subject_of_sentence_before(text: str, draft: Draft, paras, lex) -> tuple[int, Mention] | None:
    """French: the unnamed role that is the subject of the sentence right before an unattributed
    quotation in its paragraph ("… la porte-parole de la fédération a nuancé les chiffres. « … »")."""
    start = paras[draft.paragraph][0] if draft.paragraph < len(paras) else 0
    if draft.sentence[0] <= start:
        return None
    opening = max(text.rfind(". ", start, draft.sentence[0] - 1) + 2, text.rfind("» ", start, draft.sentence[0] - 1) + 2, start)
    found = _ROLE_SENTENCE_FR.match(text, opening, draft.sentence[0])
    if found is None or (mention := parse_mention(found.group("np"), lex)) is None or mention.name or mention.pronoun \
            or not mention.role or fold(mention.role.split()[0]) not in lex.roles:
        return None
    return found.start("np"), mention


def unnamed_source_before(text: str, draft: Draft, paras) -> tuple[int, str] | None:
    """The last sentence of the claim's paragraph, before its own sentence, that opens with an
    unnamed source or woman ("Une source au ministère des Finances, …"): (offset, "source au …")."""
    start = paras[draft.paragraph][0] if draft.paragraph < len(paras) else 0
    found = None
    for found in _UNNAMED_SOURCE_SUBJECT.finditer(text, start, draft.sentence[0]):
        pass
    return (found.start(), found.group("np")) if found is not None else None


def person_two_paragraphs_back(text: str, draft: Draft, speakers: ArticleSpeakers, paras, contents, gender: str | None,
                                previous: SpeakerRef | None, previous_position: int) -> SpeakerRef | None:
    """The person a French pronoun refers to from two paragraphs back: the latest of the person
    named there and the speaker quoted there, of the pronoun's gender."""
    named = speakers.last_person(text, draft.position, paras[draft.paragraph - 2][0], contents, gender)
    if previous is not None and previous.kind == "person" and " " in previous.name and previous.name != previous.role \
            and speakers.gender_of(previous.name) in (None, gender) and (named is None or previous_position > named[0]):
        return SpeakerRef(previous.name, draft.mention.text, previous.role, previous.kind)
    if named is None or " " not in named[1] and named[1] not in text[paras[draft.paragraph - 2][0]:paras[draft.paragraph - 1][0]]:
        return None
    if gender is not None and speakers.gender_of(named[1]) not in (None, gender):
        return None
    return SpeakerRef(named[1], draft.mention.text, speakers._role_of(named[1]), "person")
_PRONOUN_GENDERS = {"il": "m", "ils": "m", "lui": "m", "celui-ci": "m", "elle": "f", "elles": "f", "celle-ci": "f",
                    "he": "m", "she": "f"}


# French: a body named by its noun opening a sentence ("Le nouveau gouvernement s'est donné …").
_BODY_OPENING_SENTENCE_FR = re.compile(
    r"(?:Le|La|L['’])[ \u00a0]*(?P<np>(?:(?:nouveau|nouvelle|nouvel|même|futur|future)[ \u00a0]+)?"
    r"(?P<noun>[Gg]ouvernement|[Mm]inistère|[Cc]onseil|[Pp]arquet|[Tt]ribunal|[Cc]omité|[Ss]yndicat|[Pp]arti|[Cc]ommission|[Mm]airie"
    r"|[Pp]réfecture|[Mm]unicipalité)"
    # ("Le Ministère public vaudois a ouvert …", "Le ministère de l'Intérieur a ouvert …": its adjectives or complement)
    r"(?:[ \u00a0]+(?:de|du|des|de[ \u00a0]+la|d['’]|de[ \u00a0]+l['’])[ \u00a0]*[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \u00a0]+[a-zà-ÿ]{4,})?"
    r"|(?:[ \u00a0]+[a-zà-ÿ]{4,}){1,2})?)"
    r"[ \u00a0]+(?:s['’]|a|est|va|doit|ont|se)\b")


# A name after a definite article opening a sentence: a body's ("La Calmin conteste …"), never a person's.
# (not "Le Garde des Sceaux", "La Fédération des conseils …": a name going on past its first word)
_ARTICLE_THEN_NAME_FR = re.compile(r"(?P<article>L[ae])[ \u00a0]+(?P<np>[A-ZÀ-ÖØ-Þ][\w'’-]+)[ \u00a0]+(?!(?:de|des|du|d['’]|et|en)\b)[a-zà-ÿ]")
# French: a body introduced by its noun and named, opening a sentence, maybe after an adjunct ("Dans un
# communiqué, la compagnie nationale d'électricité Kenya Power a attribué …").
_NAMED_BODY_OPENING_SENTENCE_FR = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][^,.;:«»\n]{2,40},[ \u00a0]+)?(?:[Ll]e|[Ll]a|[Ll]['’])[ \u00a0]*"
    r"(?P<noun>groupe|société|entreprise|compagnie|banque|firme|coopérative|mutuelle|enseigne|constructeur|fabricant"
    r"|laboratoire|opérateur|association|fédération|syndicat|chaîne)(?:[ \u00a0]+(?:d['’])?[a-zà-ÿ-]+){0,3}?[ \u00a0]+"
    r"(?P<np>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,4})"
    # ("L'un des deux distributeurs, la chaîne Primeco, a rejeté …": the body in apposition to the subject)
    r",?[ \u00a0]+(?:s['’]|a|est|va|doit|se|annonce|prévoit|compte|affirme|estime)\b")


# French: a body named by its noun anywhere in a sentence, with its complement ("la chambre régionale des comptes de
# Languedoc-Roussillon").
_BODY_IN_SENTENCE_FR = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’])[ \u00a0]*(?P<np>(?:chambre|cour|commission|mairie|préfecture|municipalité|direction|société|entreprise"
    r"|association|fédération|agence|autorité|compagnie|ministère|conseil|tribunal|parquet|comité|syndicat|gouvernement|office"
    r"|institut)\b[^,.;:«»()]*)")


def body_subject_before(text: str, draft: Draft, paras, gender: str) -> tuple[int, str] | None:
    """French: (offset, name) of the body opening the sentence before DRAFT's, in its paragraph, when the
    pronoun's GENDER is the body noun's; the name in its fullest form the article writes ("nouveau
    gouvernement de coalition")."""
    start = paras[draft.paragraph][0]
    before = text.rfind(". ", start, draft.sentence[0] - 1)
    at = before + 2 if before >= 0 else start
    if at >= draft.sentence[0]:
        return None  # the paragraph opens on DRAFT's own sentence: its subject is what was said (`statement_subjects`)
    found = _BODY_OPENING_SENTENCE_FR.match(text, at)
    if found is None and (named := _NAMED_BODY_OPENING_SENTENCE_FR.match(text, at)) is not None \
            and body_gender(named.group("noun")) == gender:
        return named.start("np"), named.group("np")  # "La compagnie Kenya Power a attribué … Elle a précisé"
    if found is None and (named := _ARTICLE_THEN_NAME_FR.match(text, at)) is not None \
            and {"La": "f", "Le": "m"}[named.group("article")] == gender and not is_first_name(named.group("np").split()[0]):
        return named.start("np"), named.group("np")  # "La Calmin conteste toute pollution. Dans un communiqué, elle assure"
    if found is None and draft.mention is not None and fold(draft.mention.text.split()[0]) in ("celle-ci", "celui-ci"):
        # "… après un signalement de la chambre régionale des comptes de Languedoc. Dans un rapport, celle-ci relevait
        # que …": the demonstrative stands for the last body of its gender the sentence before names
        latter = [m for m in _BODY_IN_SENTENCE_FR.finditer(text, at, draft.sentence[0]) if body_gender(m.group("np")) == gender]
        return (latter[-1].start("np"), latter[-1].group("np").rstrip()) if latter else None
    if found is None or body_gender(found.group("noun")) != gender:
        return None
    phrase = found.group("np")
    fuller = [m.group() for m in re.finditer(re.escape(phrase) + r"(?:[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*[a-zà-ÿ-]{3,})?", text)]
    return found.start("np"), max(fuller, key=len, default=phrase)


def pronoun_gender(mention: str) -> str | None:
    """French: the gender of the pronoun in a mention ("a-t-elle déclaré", "Il")."""
    for word in mention.lower().split() + _PRONOUN_SPLIT.split(mention.lower()):  # ("celle-ci" whole, "a-t-elle" split)
        if word in _PRONOUN_GENDERS:
            return _PRONOUN_GENDERS[word]
    return None


def singular_for_group(pronoun: str, speaker: SpeakerRef, lex: Lexicon) -> bool:
    """A singular personal pronoun cannot refer back to a group known only by a plural noun
    ("scientists behind the study", "les enquêteurs")."""
    words = pronoun.lower().split()
    word = words[-1].removeprefix("-t-").removeprefix("-") if words else ""
    if len(words) > 1:  # "a-t-elle expliqué": the pronoun inside the verb, not the participle
        word = next((w for w in _PRONOUN_SPLIT.split(pronoun.lower()) if w in lex.singular_pronouns), word)
    head = speaker.name.split()[0] if speaker.name else ""
    if word in lex.singular_pronouns and head in _POSSESSIVES:
        return True  # "according to her memoirs … She would later say": her, not the memoirs
    if lex.adjectival_names and word in ("he", "she") and speaker.name == speaker.role and 0 < len(speaker.name.split()) <= 3 \
            and not _PHRASE_LINK_EN.search(speaker.name):
        last = speaker.name.split()[-1].lower()  # ("Council staff said … " … ," he told": a person, no group)
        return last in _COLLECTIVE_PEOPLE_EN or last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3
    return (
        word in lex.singular_pronouns and speaker.name == speaker.role and head[1:].islower()  # ("Witnesses told …")
        and head.endswith(("s", "x")) and not head.endswith("ss") and len(head) > 3  # (not "headmistress")
    )


_PHRASE_LINK_EN = re.compile(r"\b(?:who|that|which|of|from|in|at|on|with|for|to)\b")
_COLLECTIVE_PEOPLE_EN = frozenset(("staff", "police", "personnel", "people", "crew", "team", "management"))


def role_subject(text: str, speakers: ArticleSpeakers, draft: Draft, paras):
    """The last sentence-opening definite role ("L'accusé", "La ministre", "The coach") in the
    claim's paragraph before its attribution: (offset, mention) or None."""
    start = paras[draft.paragraph][0] if draft.paragraph < len(paras) else 0
    found = None
    lex = speakers.lex
    words = _PRONOUN_SPLIT.split(draft.mention.text.lower()) if draft.mention else ()
    pronoun = next((w for w in words if w in _PRONOUN_ARTICLES), "")  # "il", "a-t-elle précisé"
    articles = _PRONOUN_ARTICLES.get(pronoun) or (("le ", "la ", "l'", "l’") if words and words[0] in _POSSESSIVES else ())
    for match in _SENTENCE_ROLE_SUBJECT.finditer(text, start, draft.position):
        if any(s <= match.start("article") < e for s, e in draft.spans):
            continue  # "L'entreprise compte 112 commandes, a-t-il indiqué": the claim's own subject
        role = match.group("role")
        held = role.split(None, 1)[1] if role.startswith(("ancien ", "ancienne ")) else role  # "l'ancien édile"
        if pronoun and determiner_gender(fold(match.group("article")).strip()) not in (None, _PRONOUN_GENDERS[pronoun]):
            continue  # "Le maire ne répond pas. « … », ajoute-t-elle": "elle" is not the man
        if role[:1].islower() and (fold(held) in lex.roles or fold(held) in lex.epithets) and (
                match.group("complement") is None or text.startswith("Quant", match.start())  # "Quant au maire de Lyon, il"
                or not lex.adjectival_names and match.group("article").lower() in ("une ", "un ")  # "une porte-parole d'Atlantic Skyline"
                or fold(role) in _PLACE_OFFICES):  # "Le préfet des Pyrénées-Orientales a annoncé … Il a indiqué"
            found = match
        elif not lex.adjectival_names and (fold(role) in lex.organisations or (role.isupper() and len(role) >= 2)) \
                and fold(match.group("article")).startswith(
            articles
        ):  # "Le parquet de Nanterre a ouvert une enquête. Il a précisé que …", "… Selon son rapport, …"
            found = match
    if found is None:
        return None
    end = found.end()
    if (qualifier := _ROLE_QUALIFIER_AFTER.match(text, end)) is not None:
        end = qualifier.end()  # "L'avocate générale", "Le procureur adjoint": the whole role
    elif not lex.adjectival_names and found.group("complement") is None and found.group("role").islower() \
            and fold(found.group("role")) in lex.organisations \
            and ((adjective := _BODY_ADJECTIVE_AFTER.match(text, end)) is not None or _ANY_COMPLEMENT.match(text, end) is not None):
        # "Le conseil départemental, compétent pour …, a justifié … : selon ses projections", "La chambre
        # d'agriculture de la Manche a annoncé … Selon elle"
        end = adjective.end() if adjective is not None else end
        if adjective is not None and (place := _PLACE_ADJECTIVE_AFTER.match(text, end)) is not None:
            end = place.end()
        while (complement := _ANY_COMPLEMENT.match(text, end)) is not None:
            end = complement.end()  # "Le syndicat mixte de l'aéroport de Beauvais-Tillé (SMABT) … Il y affirme"
    elif not lex.adjectival_names and found.group("complement") is None and fold(found.group("role")) in _PLACE_OFFICES \
            and (complement := _LOWER_CASE_COMPLEMENT.match(text, end)) is not None \
            and (named := _NAME_GOES_ON_AFTER_COMPLEMENT.match(text, complement.end())) is not None:
        end = named.end()  # "Le préfet du district de Morges a ouvert une enquête. Selon lui": the office and its place
    elif found.group("role")[:1].isupper() and found.group("complement") is None \
            and ((complement := _LOWER_CASE_COMPLEMENT.match(text, end)) is not None
                 or not lex.adjectival_names and (complement := _ADJECTIVES_AND_COMPLEMENT.match(text, end)) is not None):
        end = complement.end()  # "La Cour des comptes": the organisation's whole name
        while not lex.adjectival_names and (complement := _LOWER_CASE_COMPLEMENT.match(text, end)) is not None:
            end = complement.end()  # "La Fédération des conseils de parents d'élèves (FCPE) de l'Allier"
        if not lex.adjectival_names and (short := _SHORT_FORM_IN_BRACKETS.match(text, end)) is not None:
            end = short.end()
        if (more := _NAME_GOES_ON_AFTER_COMPLEMENT.match(text, end)) is not None:
            end = more.end()  # "La Chambre de commerce et d'industrie de Lyon"
    elif found.group("article").strip().lower() in ("un", "une") and found.group("complement") is None \
            and (complement := _LOWER_CASE_COMPLEMENT.match(text, end)) is not None:
        # "Un commerçant du centre-ville, qui …", "Au dispensaire de Mua, une mère de famille attendait …": the
        # person as the article describes them ("un gérant de station-service du quartier Moursal": all of it)
        end = complement.end()
        if not lex.adjectival_names and (adjective := _BODY_ADJECTIVE_AFTER.match(text, end)) is not None:
            end = adjective.end()  # "Un responsable de la mission locale de Lens": the body's adjective
        while (more := _LOWER_CASE_COMPLEMENT.match(text, end)) is not None:
            end = more.end()
        if (more := _NAME_GOES_ON_AFTER_COMPLEMENT.match(text, end)) is not None:
            end = more.end()
    elif found.group("article").lower() in ("une ", "un ") and found.group("complement") is not None \
            and (place := _IN_A_TOWN_FR.match(text, end)) is not None:
        end = place.end()  # "Une porte-parole d'Atlantic Skyline à Dublin": where the person is, with them
    if not lex.adjectival_names and (conjunct := _CAPITALISED_CONJUNCT.match(text, end)) is not None \
            and text[max(0, end - 30):end].split()[-1][:1].isupper():
        end = conjunct.end()  # "Le ministère des Eaux et Forêts a annoncé … Il rappelle": both members of the name
    phrase = text[found.start("article"):end].strip()
    mention = parse_mention("le " + phrase[3:] if found.group("article") == "au " else phrase, lex)  # "Quant au maire, il …"
    if mention is None or mention.pronoun:
        return None
    if mention.organisation:
        return (found.start("article"), mention) if mention.name or mention.role else None
    return (found.start("article"), mention) if mention.name is None and mention.role else None
