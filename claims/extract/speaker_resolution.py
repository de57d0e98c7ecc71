"""Resolving the speaker of each draft in reading order: names, roles, pronouns (the headline's
quotations are `headline_speakers`)."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.legal_forms import ends_with_legal_form, with_legal_forms
from claims.extract.lede_companies_en import company_named_next
from claims.extract.preceding_subjects import person_opening_sentence_before, plural_subject
from claims.extract.speaker_english import document_of_previous
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speaker_passes_fr import french_speaker_passes
from claims.extract.mention_resolution import INDEFINITE_COMPLEMENT_FR
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.role_lookups import ENGLISH_ROLE_GENDERS, FAMILY_ROLES
from claims.extract.speaker_lookups import SINGLE_OFFICES
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.types import SpeakerRef
from claims.extract.person_descriptions_fr import (
    DEFINITE as _DEFINITE, aged_description_gender, description_of_a_person, epithet_unknown_as_role,
)
from claims.extract.untied_roles_fr import role_gender_allows
from claims.extract.role_genders_fr import body_gender, body_genders, determiner_gender

_POSSESSIVES = frozenset(("his", "her", "their", "its", "son", "sa", "ses", "leur", "leurs"))
# Offices named by their place ("le préfet des Pyrénées-Orientales"): the place is no other person.
_PLACE_OFFICES = frozenset(("prefet", "prefete", "maire", "mairesse", "gouverneur", "gouverneure", "procureur", "procureure", "wali"))
_SENTENCE_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?»”] ))"
    # "Dans l'hémicycle, le premier ministre a …", "À la barre, le prévenu …": after a place adjunct.
    # "Quant à la préfète, elle a jugé …": the role the sentence turns to.
    # "Vendredi, lors d'une réunion à la préfecture, le préfet …": a day and an occasion.
    # "Pour sa part, le ministère …": the side the sentence turns to.
    # "Lors de l'audience, jeudi après-midi, l'ancien maire …": an occasion, then maybe its day.
    # "Interrogée par le Café pédagogique, la direction …": who asked, then the subject.
    # "Lundi, devant le tribunal présidé par le juge X, la prévenue …": a day, then the place.
    r"(?:(?:(?:Dans|À|Au|Aux|Devant|Chez|Sur|En|Lors|(?:Interrog|Sollicit|Contact|Question)ée?s?\s+par|Jointe?s?\s+par"
    r"|(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier),\s+(?:dans|à|au|aux|devant|chez|lors))\s[^,.!?«»]{1,60}"
    r"(?:,\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+[a-zà-ÿ-]+){0,2})?"
    # ("À la barre, chemise blanche et voix basse, le prévenu …": how the subject looks, after the place)
    r"(?:,\s+[a-zà-ÿ][^,.!?«»]{1,40}(?=,\s+(?:le|la|l['’])))?"
    r"|(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier)"
    r"(?:,\s+lors\s[^,.!?«»]{1,70})?)"
    r",\s+|Quant\s+à\s+|Quant\s+(?=au\s)|(?:Pour\s+(?:sa|leur)\s+part|De\s+(?:son|leur)\s+côté),\s+)?"
    r"(?P<article>L['’]|Le |La |The |l['’]|le |la |Une |Un |une |un |(?<=Quant )au )(?P<role>(?:[Pp]remi(?:er|ère)\s+|[Aa]ncien(?:ne)?\s+)?[\w-]+)(?=[ ,])"
    # French organisations keep their complement: "Le parquet de Nanterre", "La mairie de Lyon".
    r"(?P<complement>\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:\s+et\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?",  # "… des Transports et de la Mer"
    re.MULTILINE)
# A personal pronoun in the sentence of a participle ("il avait présenté ses excuses, déclarant : …").
_PERSON_PRONOUN = re.compile(r"\b(?:il|elle|he|she|He|She|Il|Elle)\b")
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
_ANY_COMPLEMENT = re.compile(r"\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[\w'’-]+(?=[\s,.;:(])")
# The article of an organisation subject agrees with the French pronoun that refers back to it.
_PRONOUN_ARTICLES = {"il": ("le ", "l'"), "elle": ("la ", "l'")}
_PRONOUN_SPLIT = re.compile(r"[\s-]+")
# A role with a complement ("la porte-parole de la fédération") names someone else than the last person.
_AGE_AFTER_ROLE = re.compile(r"\s+de\s+\d+\s+ans$")  # "la cinéaste de 34 ans"
_COMPLEMENT = re.compile(r"\b(?:de|du|des|d['’]|of|at|for|à|au|aux)\b(?!\s+\d)")


# Offices whose families never name the person just quoted unless someone was tied to them ("a déclaré le
# maire" after the mayor's widow spoke).
_OFFICES = SINGLE_OFFICES | frozenset(("president", "presidente", "directeur", "directrice", "ministre", "dirigeant",
                                        "dirigeante", "chef", "cheffe", "premier", "premiere"))


# English: a body's voice named with the body ("spokesperson for the New Forest National Park Authority").
_VOICE_FOR_BODY = re.compile(r"(?:spokes(?:wo)?man|spokesperson|representative)\s+for\s+(?:the\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'’-]*)*)")


def _may_describe_the_quoted(role: str, position: int, speakers) -> bool:
    """French: whether a role may name the person just quoted: a role of no family, or of a family
    of descriptions (not offices) no one in the article was tied to before ("Le syndicaliste affirme"
    after "Davide Rossetti, secrétaire syndical")."""
    head = fold(role).split()[0]
    family = speakers.lex.role_families.get(head)
    return family is None or not (family & _OFFICES) and not speakers.family_tied_before(role, position)


def resolve_speakers(text: str, drafts: list[Draft], speakers: ArticleSpeakers, paras) -> list[SpeakerRef | None]:
    """Speakers of the drafts in reading order. A pronoun or a quote without attribution goes to
    the most recent of: the previous claim's speaker, the person last named in the narration."""
    resolved: list[SpeakerRef | None] = []
    previous: SpeakerRef | None = None
    previous_position = -1
    previous_paragraph = previous_end_paragraph = -10
    contents = [span for d in drafts for span in d.spans]
    # French: "Selon l'accusation, le prévenu, Jean X, a …": the narration of a "selon" claim names whom later pronouns mean
    narrated = contents if speakers.lex.adjectival_names else \
        [span for d in drafts if not _ACCORDING_CUE.match(d.cue or "") for span in d.spans]
    # Speakers so far, each once, ordered by their latest claim (what `resolve` looks back on).
    recent: dict[str, None] = {}
    previous_sentence: tuple[int, int] | None = None
    spoken: list[tuple[tuple[int, int], SpeakerRef, int]] = []  # (sentence, speaker, paragraph) of each claim so far
    quoted_people: list[tuple[int, str]] = []  # (paragraph, name) of each claim a named person made
    for draft in drafts:
        speaker = None
        referring = draft.mention is not None and draft.mention.pronoun
        if draft.mention is not None and not referring:
            speaker = speakers.resolve(draft.mention, draft.position, previous, list(recent))
            just_quoted = previous if previous is not None and draft.paragraph - previous_paragraph <= 2 else None
            speaker = _person_in_role(speakers, draft.mention, speaker, draft, paras, contents, just_quoted,
                                      _recent_person(quoted_people, draft.paragraph))
            if just_quoted is not None and document_of_previous(text, draft, previous_sentence, french=True):
                speaker = SpeakerRef(previous.name, draft.mention.text, previous.role, previous.kind)
            elif speaker is not None and speaker.name == (draft.mention.role or "") and (owner := next(
                    (said for sentence, said, paragraph in reversed(spoken) if draft.paragraph - paragraph <= 2
                     and document_of_previous(text, draft, sentence)), None)) is not None:
                # "X has found …, in a report published on Thursday. [Another claim.] According to the report, …"
                speaker = SpeakerRef(owner.name, draft.mention.text, owner.role, owner.kind)
        elif (referring and draft.mention.organisation) or (
            draft.participle and draft.mention is None and _opens_with_it(text, draft.sentence[0], speakers)
        ):
            # "It has said …": the organisation that spoke last, never a person; but first the body the
            # sentence before (in this paragraph) opens with ("The Central Power Purchasing Agency had asked … It argued")
            speaker = next((s for s in reversed(resolved) if s is not None and s.kind == "organisation"), None)
            if referring and speakers.lex.adjectival_names and (
                subject := speakers.organisation_subject_before(text, draft.sentence[0], paras[draft.paragraph][0])
            ) is not None and (speaker is None or subject != speaker.name) \
                    and (not speakers.lex.organisations.isdisjoint(fold(w) for w in subject.split())
                         # "Russia said … It argued …": one word, no one's first name, who spoke just before
                         or previous is not None and subject == previous.name and " " not in subject
                         and first_name_gender(subject) is None and subject not in speakers.genders):
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            if speakers.lex.adjectival_names and resolved and resolved[-1] is previous and previous is not None and previous.kind == "person" \
                    and draft.paragraph == previous_paragraph and first_name_gender(previous.name) is None \
                    and (_opens_with_it(text, drafts[len(resolved) - 1].spans[0][0], speakers)
                         or ends_with_legal_form(previous.mention or previous.name)):
                # "Kestrel Mobility said it had stopped sales. It said …": a name that is an "it" (so is "The mine's
                # operator, Minera Altiplano Sur S.A., said …. It denied …": a company's legal form)
                speaker = previous
            if speakers.lex.adjectival_names and referring and previous is not None and draft.paragraph == previous_paragraph \
                    and resolved and resolved[-1] is previous and (voice := _VOICE_FOR_BODY.fullmatch(previous.name)) is not None:
                # "A spokesperson for the New Forest National Park Authority said: "…" It added that …": the body
                speaker = SpeakerRef(voice.group("body"), draft.mention.text, None, "organisation")
            if speaker is None and referring and speakers.lex.adjectival_names and (
                subject := speakers.organisation_subject_before(text, draft.sentence[0], paras[max(0, draft.paragraph - 1)][0])
            ) is not None:  # "Vantor Energy reported a loss. It said …"
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            if referring and speakers.lex.adjectival_names and fold(draft.mention.text) == "its board" \
                    and (subject := speakers.organisation_subject_before(text, draft.position, draft.sentence[0])) is not None:
                speaker = SpeakerRef(f"board of {subject}", draft.mention.text, "board", "organisation")
                # "Trego Plains Community Hospital … will close its emergency room, its board announced": the subject's board
            elif referring and speakers.lex.adjectival_names and fold(draft.mention.text) == "its committee" \
                    and (subject := speakers.organisation_subject_before(text, draft.position, draft.sentence[0])) is not None:
                speaker = SpeakerRef(f"{subject} committee", draft.mention.text, "committee", "organisation")
                # "The Upper Waitaki Rugby Football Club … will be wound up, its committee announced"
            if speaker is None and referring and speakers.lex.adjectival_names and (subject := speakers.lede_body(paras, draft.paragraph)):
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")  # "it" with no body since the lede's
            if speaker is None and referring and speakers.lex.adjectival_names \
                    and (company := company_named_next(text, draft.mention.text, draft.position)) is not None:
                speaker = SpeakerRef(company, draft.mention.text, None, "organisation")  # "…, its operator announced." in a lede
            if speaker is not None:
                mention = draft.mention.text if draft.mention else text[draft.sentence[0]:draft.sentence[1]].split(None, 1)[0]
                speaker = SpeakerRef(speaker.name, mention, speaker.role, speaker.kind)
        elif referring and (group := plural_subject(text, draft)) is not None:
            # "The stores were reluctant, according to a report in which they said …"
            speaker = SpeakerRef(group, draft.mention.text, group, "person")
        elif referring or draft.inherit or draft.participle:
            since = paras[max(0, draft.paragraph - 1)][0]
            if referring and draft.position < paras[draft.paragraph][0]:
                # "…, he put it this way:" closing the paragraph before the quotation: from the paragraph before that one
                since = paras[max(0, draft.paragraph - 2)][0]
            gender = _pronoun_gender(draft.mention.text) if referring else None
            look_from = draft.position
            if referring and speakers.lex.adjectival_names and (
                    text.startswith(draft.mention.text, draft.sentence[0])
                    or _INTERRUPTING_PRONOUN.search(text, draft.position - 6, draft.position + 12)):
                # "She proposed bail for Lim …, saying": not a name after the pronoun; "Power from the Rock
                # Island dams, she said, "…"": nor one in the first words of the statement
                look_from = draft.sentence[0]
            named = speakers.last_person(text, look_from, since, contents, gender)
            if referring and narrated is not contents \
                    and (subject := speakers.last_person(text, look_from, since, narrated, gender)) is not None \
                    and subject != named and " " in subject[1] and is_first_name(subject[1].split()[0]) \
                    and (named is None or named[0] < subject[0]):
                named = subject  # (a person's full name)
            back = draft.paragraph - 1
            while named is None and referring and gender is not None and 1 <= back and draft.paragraph - back < 3 \
                    and text.startswith(draft.mention.text.strip() + " ", paras[back][0]):
                # "Cllr X confirmed … / He estimated the cost at … / He warned that …": paragraphs that go on
                # with the same pronoun, back to the person
                back -= 1
                named = speakers.last_person(text, look_from, paras[back][0], contents, gender)
            if draft.inherit and (opening := person_opening_sentence_before(text, speakers, draft, paras)) is not None \
                    and (named is None or named[0] < opening[0]):
                named = opening  # "Didier, lui, ne se voit plus ailleurs. « Ici, c'est chez moi. »": the sentence's subject
            if named is not None and named[0] == look_from:
                named = (draft.position, named[1])  # (the article's main person, found at the lookup point)
            # ("…" across two paragraphs, then "He told …": the quotation's last paragraph counts)
            recent_previous = previous is not None and draft.paragraph - max(previous_paragraph, previous_end_paragraph) <= 1
            if named is not None and recent_previous and referring and speakers.lex.adjectival_names \
                    and draft.mention.text.lower() == "they" and " " not in named[1]:
                named = None  # "US authorities claimed … Alabama, Arkansas … They also stated": the group, not a listed name
            if recent_previous and gender is not None and (
                    speakers.gender_of(previous.name) not in (None, gender) or not speakers.lex.adjectival_names
                    and previous.name == previous.role and gender not in (body_genders(previous.name, None) or {gender})
                    if previous.kind != "organisation" or speakers.lex.adjectival_names
                    else (genders := body_genders(previous.name, previous.mention)) and gender not in genders):
                recent_previous = False  # "elle" is not the man just quoted, nor "le conseil de surveillance", nor "il" "l'accusation"
            if recent_previous and referring and _singular_for_group(draft.mention.text, previous, speakers.lex):
                recent_previous = False  # "The researchers noted … These orcas, she suggested, …"
            subject = _role_subject(text, speakers, draft, paras) if referring else None
            witness = _witness_introduced_before(text, draft, paras, speakers.lex) if draft.inherit and draft.paragraph > 0 else None
            if witness is None and draft.inherit and not speakers.lex.adjectival_names:
                witness = _role_subject_of_sentence_before(text, draft, paras, speakers.lex)
            source = _unnamed_source_before(text, draft, paras) if referring and gender == "f" \
                and not speakers.lex.adjectival_names else None
            if witness is not None and witness[0] > max(previous_position, named[0] if named else -1):
                # "Un homme de 52 ans … accepte de parler … / « Ici, on a un lit … »": that person
                speaker = SpeakerRef(witness[1].role, witness[1].text, witness[1].role, "person")
            elif source is not None and source[0] > max(previous_position, named[0] if named else -1):
                # "Une source au ministère, contactée par X, nuance ce calendrier. Selon elle, …"
                speaker = SpeakerRef(source[1], draft.mention.text, source[1], "person")
            elif (body := _body_subject_before(text, draft, paras, gender) if referring and gender is not None
                    and not speakers.lex.adjectival_names else None) is not None \
                    and body[0] > max(previous_position, named[0] if named else -1):
                # "Le nouveau gouvernement s'est donné pour objectif … Il a cependant déclaré que …": that body
                speaker = SpeakerRef(body[1], draft.mention.text, None, "organisation")
            elif subject is not None and subject[0] > max(previous_position, named[0] if named else -1):
                # "L'accusé, lui, maintient sa version. « … », a-t-il répété": the role subject just before.
                speaker = speakers.resolve(subject[1], subject[0], previous, list(recent))
                speaker = _person_in_role(speakers, subject[1], speaker, draft, paras, contents,
                                          quoted_person=_recent_person(quoted_people, draft.paragraph))
                if speaker is not None:
                    speaker = SpeakerRef(speaker.name, draft.mention.text, speaker.role, speaker.kind)
            elif named is not None and (not recent_previous or previous_position < named[0] < draft.position
                                        and not (previous.kind == "organisation" and previous.name.endswith(" " + named[1]))
                                        # ("…," said the department's Klamath district fish biologist, Marisol Trujillo.
                                        # She …": a word of the mention that named the person just quoted is no one else)
                                        and not (named[1] != previous.name
                                                 and (named[1] in (previous.mention or "")
                                                      or named[1].split()[0] in (previous.mention or "").split())
                                                 and (is_first_name(previous.name.split()[0])
                                                      or previous.kind == "person" and previous.name.count(" ") == 1
                                                      and previous.name != previous.role
                                                      and not is_first_name(named[1].split()[0])))) \
                    and (not draft.participle or previous_paragraph < draft.paragraph and " " in named[1]
                         and paras[draft.paragraph][0] <= named[0] < draft.position
                         and (_PERSON_PRONOUN.search(text, draft.sentence[0], draft.position) is not None
                              or draft.sentence[0] <= named[0])):
                # (named at draft.position: the article's main person, by default; a participle's subject is
                # the full name its own paragraph gave, when no claim came earlier in it and a personal pronoun
                # stands before the participle or the name in its sentence: "X, 68 ans, est resté silencieux.
                # … il avait présenté ses excuses, déclarant : « … »")
                mention = draft.mention.text if draft.mention else named[1]
                speaker = SpeakerRef(named[1], mention, speakers._role_of(named[1]), "person")
            elif recent_previous:
                mention = draft.mention.text if draft.mention else previous.mention
                speaker = SpeakerRef(previous.name, mention, previous.role, previous.kind)
            if speaker is not None and gender is not None and speakers.gender_of(speaker.name) not in (None, gender):
                # "Tull said he … Ferrante said she …  "…," he said": the last speaker of the pronoun's gender
                agreeing = next((name for name in reversed(recent) if speakers.gender_of(name) == gender), None) \
                    or speakers.last_person_of_gender(gender, draft.position, paras[max(0, draft.paragraph - 3)][0])
                if agreeing is None and not speakers.lex.adjectival_names:
                    # "Jean X, 58 ans, a été condamné … a tonné la procureure, Anne Y. / À la barre, le
                    # prévenu … « … », a-t-il dit": the last person named whose gender is not the other
                    agreeing = _last_person_not_of_other_gender(speakers, gender, draft.position,
                                                                paras[max(0, draft.paragraph - 3)][0])
                if agreeing is not None:
                    speaker = SpeakerRef(agreeing, draft.mention.text, speakers._role_of(agreeing), "person")
            if speaker is not None and referring and speakers.lex.adjectival_names and draft.mention.text.lower() == "they" \
                    and speaker.kind == "person" and speaker.name != speaker.role \
                    and (group := next((said for _, said, paragraph in reversed(spoken) if draft.paragraph - paragraph <= 3
                                        and said.name == said.role and _PLURAL_GROUP.search(said.name)), None)) is not None:
                # "The researchers noted … Co-author X said … They found …": the group, not one person
                speaker = SpeakerRef(group.name, draft.mention.text, group.role, group.kind)
            if speaker is None and referring and named is None and not recent_previous and draft.paragraph >= 2 \
                    and not speakers.lex.adjectival_names and subject is None:
                # French: "Arnaud X, éleveur, a perdu vingt bêtes. / Le loup a attaqué trois fois. / « … »,
                # explique-t-il": a paragraph naming nobody lies between the pronoun and the person.
                speaker = _person_two_paragraphs_back(text, draft, speakers, paras, contents, gender,
                                                      previous if previous_paragraph >= draft.paragraph - 2 else None,
                                                      previous_position)
        resolved.append(speaker)
        if speaker is not None:
            recent.pop(speaker.name, None)
            recent[speaker.name] = None
            previous = speaker
            previous_position = draft.position
            previous_paragraph = draft.paragraph
            previous_end_paragraph = next((i for i in range(draft.paragraph, len(paras)) if paras[i][1] >= draft.end),
                                          draft.paragraph)
            previous_sentence = draft.sentence
            spoken.append((draft.sentence, speaker, draft.paragraph))
            if speaker.kind == "person" and " " in speaker.name and speaker.name != speaker.role:
                quoted_people.append((draft.paragraph, speaker.name))
    if not speakers.lex.adjectival_names:
        french_speaker_passes(text, drafts, resolved, paras, speakers)
    else:
        _without_owning_country(resolved)
    with_legal_forms(text, resolved)
    return resolved


_OWNING_COUNTRY = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+['’]s (?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].+)")


def _without_owning_country(resolved: list[SpeakerRef | None]) -> None:
    """English: "Peru's National Institute of Civil Defense" where another claim of the article
    names the body without its country: one speaker, under the name without it."""
    names = {s.name for s in resolved if s is not None}
    for i, speaker in enumerate(resolved):
        owned = _OWNING_COUNTRY.fullmatch(speaker.name) if speaker is not None and speaker.kind == "organisation" else None
        if owned is not None and owned.group("body") in names:
            resolved[i] = SpeakerRef(owned.group("body"), speaker.mention, speaker.role, speaker.kind)


def _last_person_not_of_other_gender(speakers: ArticleSpeakers, gender: str, position: int, since: int) -> str | None:
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


def _witness_introduced_before(text: str, draft: Draft, paras, lex) -> tuple[int, Mention] | None:
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


def _role_subject_of_sentence_before(text: str, draft: Draft, paras, lex) -> tuple[int, Mention] | None:
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


def _unnamed_source_before(text: str, draft: Draft, paras) -> tuple[int, str] | None:
    """The last sentence of the claim's paragraph, before its own sentence, that opens with an
    unnamed source or woman ("Une source au ministère des Finances, …"): (offset, "source au …")."""
    start = paras[draft.paragraph][0] if draft.paragraph < len(paras) else 0
    found = None
    for found in _UNNAMED_SOURCE_SUBJECT.finditer(text, start, draft.sentence[0]):
        pass
    return (found.start(), found.group("np")) if found is not None else None


def _person_two_paragraphs_back(text: str, draft: Draft, speakers: ArticleSpeakers, paras, contents, gender: str | None,
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


# An English pronoun's attribution interrupting the statement ("Power from the dams, she said, "…"").
_INTERRUPTING_PRONOUN = re.compile(r", (?:he|she) (?:said|says|added|argued|insisted|noted|explained),")
_PRONOUN_GENDERS = {"il": "m", "ils": "m", "lui": "m", "celui-ci": "m", "elle": "f", "elles": "f", "celle-ci": "f",
                    "he": "m", "she": "f"}


# English: a group named by a plural noun ("the researchers", "the authors").
_PLURAL_GROUP = re.compile(r"(?:^|\s)[a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ees|ies)$")
_ACCORDING_CUE = re.compile(r"(?i)(?:selon|d['’]apr[eè]s)$")


# French: a body named by its noun opening a sentence ("Le nouveau gouvernement s'est donné …").
_BODY_OPENING_SENTENCE_FR = re.compile(
    r"(?:Le|La|L['’])[ \u00a0]*(?P<np>(?:(?:nouveau|nouvelle|nouvel|même|futur|future)[ \u00a0]+)?"
    r"(?P<noun>gouvernement|ministère|conseil|parquet|tribunal|comité|syndicat|parti|commission|mairie|préfecture))"
    r"[ \u00a0]+(?:s['’]|a|est|va|doit|ont|se)\b")


# French: a body introduced by its noun and named, opening a sentence, maybe after an adjunct ("Dans un
# communiqué, la compagnie nationale d'électricité Kenya Power a attribué …").
_NAMED_BODY_OPENING_SENTENCE_FR = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][^,.;:«»\n]{2,40},[ \u00a0]+)?(?:[Ll]e|[Ll]a|[Ll]['’])[ \u00a0]*"
    r"(?P<noun>groupe|société|entreprise|compagnie|banque|firme|coopérative|mutuelle|enseigne|constructeur|fabricant"
    r"|laboratoire|opérateur|association|fédération|syndicat)(?:[ \u00a0]+(?:d['’])?[a-zà-ÿ-]+){0,3}?[ \u00a0]+"
    r"(?P<np>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,4})"
    r"[ \u00a0]+(?:s['’]|a|est|va|doit|se|annonce|prévoit|compte|affirme|estime)\b")


def _body_subject_before(text: str, draft: Draft, paras, gender: str) -> tuple[int, str] | None:
    """French: (offset, name) of the body opening the sentence before DRAFT's, in its paragraph, when the
    pronoun's GENDER is the body noun's; the name in its fullest form the article writes ("nouveau
    gouvernement de coalition")."""
    start = paras[draft.paragraph][0]
    before = text.rfind(". ", start, draft.sentence[0] - 1)
    at = before + 2 if before >= 0 else start
    found = _BODY_OPENING_SENTENCE_FR.match(text, at)
    if found is None and (named := _NAMED_BODY_OPENING_SENTENCE_FR.match(text, at)) is not None \
            and body_gender(named.group("noun")) == gender:
        return named.start("np"), named.group("np")  # "La compagnie Kenya Power a attribué … Elle a précisé"
    if found is None or body_gender(found.group("noun")) != gender:
        return None
    phrase = found.group("np").lower()
    fuller = [m.group() for m in re.finditer(re.escape(phrase) + r"(?:[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*[a-zà-ÿ-]{3,})?", text)]
    return found.start("np"), max(fuller, key=len, default=phrase)


def _pronoun_gender(mention: str) -> str | None:
    """French: the gender of the pronoun in a mention ("a-t-elle déclaré", "Il")."""
    for word in _PRONOUN_SPLIT.split(mention.lower()):
        if word in _PRONOUN_GENDERS:
            return _PRONOUN_GENDERS[word]
    return None


def _recent_person(quoted_people: list[tuple[int, str]], paragraph: int) -> str | None:
    """The named person who last spoke, in this paragraph or the one before."""
    if quoted_people and paragraph - quoted_people[-1][0] <= 1:
        return quoted_people[-1][1]
    return None


def _singular_for_group(pronoun: str, speaker: SpeakerRef, lex: Lexicon) -> bool:
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
        and head.endswith(("s", "x")) and len(head) > 3
    )


_PHRASE_LINK_EN = re.compile(r"\b(?:who|that|which|of|from|in|at|on|with|for|to)\b")
_COLLECTIVE_PEOPLE_EN = frozenset(("staff", "police", "personnel", "people", "crew", "team", "management"))


def _opens_with_it(text: str, at: int, speakers: ArticleSpeakers) -> bool:
    """"It closed 61 branches and has said …", "X said it had …": the words at AT open with an
    organisation pronoun."""
    opening = text[at:at + 12].split(None, 1)
    return bool(opening) and opening[0].lower() in speakers.lex.organisation_pronouns


def _person_in_role(speakers: ArticleSpeakers, mention, speaker: SpeakerRef | None, draft: Draft, paras, contents,
                    just_quoted: SpeakerRef | None = None, quoted_person: str | None = None):
    """"Le dirigeant a assuré …", "said the filmmaker": a definite role the article tied to no
    name goes to the person just named with a role of the same family, else to the person just
    quoted when the article gave them no other role ("… a regretté Paul Roux. Le sélectionneur a
    reconnu …")."""
    if speaker is None:
        return None
    if not speakers.lex.adjectival_names and speaker.role and INDEFINITE_COMPLEMENT_FR.search(speaker.role):
        return speaker  # "le maire d'une commune rurale de l'agglomération": one the article does not name
    if (gender := aged_description_gender(mention, speaker, speakers.lex)) is not None:
        # "« … », s'inquiète la jeune femme de 31 ans": the person the narration just named
        person = speakers.last_person(speakers.text, draft.position, paras[max(0, draft.paragraph - 1)][0], contents,
                                      gender or None)
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
        person = speakers.last_person(speakers.text, draft.sentence[0], paras[max(0, draft.paragraph - 1)][0], contents)
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


def _role_subject(text: str, speakers: ArticleSpeakers, draft: Draft, paras):
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
        while (complement := _ANY_COMPLEMENT.match(text, end)) is not None:
            end = complement.end()  # "Le syndicat mixte de l'aéroport de Beauvais-Tillé (SMABT) … Il y affirme"
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
        while (more := _LOWER_CASE_COMPLEMENT.match(text, end)) is not None:
            end = more.end()
        if (more := _NAME_GOES_ON_AFTER_COMPLEMENT.match(text, end)) is not None:
            end = more.end()
    phrase = text[found.start("article"):end].strip()
    mention = parse_mention("le " + phrase[3:] if found.group("article") == "au " else phrase, lex)  # "Quant au maire, il …"
    if mention is None or mention.pronoun:
        return None
    if mention.organisation:
        return (found.start("article"), mention) if mention.name or mention.role else None
    return (found.start("article"), mention) if mention.name is None and mention.role else None


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
