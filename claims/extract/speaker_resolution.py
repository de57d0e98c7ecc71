"""Resolving the speaker of each draft in reading order: names, roles, pronouns (the headline's
quotations are `headline_speakers`)."""

from __future__ import annotations

import re

from claims.extract.administrators_en import administrators_to_firm
from claims.extract.described_then_named_en import described_body_then_named, described_then_named, owned_role_then_holder
from claims.extract.drafts import Draft
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.lang import en as english, fr as french
from claims.extract.legal_forms import ends_with_legal_form, with_legal_forms, with_spelled_out_kinds
from claims.extract.lede_companies_en import company_named_next, holder_named_next
from claims.extract.preceding_subjects import person_opening_sentence_before, plural_subject
from claims.extract.sources import canonical_source
from claims.extract.speaker_english import document_of_previous
from claims.extract.speaker_phrases import BODY_EXECUTIVE
from claims.extract.speaker_passes_fr import french_speaker_passes
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.speakers import fold
from claims.extract.types import SpeakerRef
from claims.extract.un_agencies import un_agencies_to_bodies
from claims.extract.role_genders_fr import body_genders
from claims.extract.speaker_person_in_role import person_in_role
from claims.extract.speaker_pronoun_antecedents import (
    body_subject_before, last_person_not_of_other_gender, person_two_paragraphs_back, pronoun_gender, role_subject,
    role_subject_of_sentence_before, singular_for_group, unnamed_source_before, witness_introduced_before,
)


# A personal pronoun in the sentence of a participle ("il avait présenté ses excuses, déclarant : …").
_PERSON_PRONOUN = re.compile(r"\b(?:il|elle|he|she|He|She|Il|Elle)\b")


# English: a body's voice named with the body ("spokesperson for the New Forest National Park Authority").
_VOICE_FOR_BODY = re.compile(r"(?:spokes(?:wo)?man|spokesperson|representative)\s+for\s+(?:the\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'’-]*)*)")


# "its board", "its committee" after a sentence whose subject is a body: (role, name) of that body's organ.
_ORGANS_OF_THE_SUBJECT_EN = {"its board": ("board", "{} board"), "its board of trustees": ("board of trustees", "{} board of trustees"),
                             "its board of directors": ("board of directors", "{} board of directors"),
                             "its committee": ("committee", "{} committee")}

# What follows a description's head noun ("rider who took the video": a rider).
_HEAD_BEFORE_COMPLEMENT = re.compile(r"\s+(?:who|that|which|whose|with|at|from|in|of|on|for)\s")


def _subject_inside_last_claim(drafts: list[Draft], count: int, speaker: SpeakerRef | None, previous: SpeakerRef | None,
                               draft: Draft) -> bool:
    """Whether the sentence before DRAFT is the last claim's, opening on its content and ending on SPEAKER, the last
    speaker ("Police seized … on Monday, the South African Police Service said. … it said"): the subject opening it is
    what was said, not who "it" is."""
    if speaker is None or speaker is not previous or not count:
        return False
    last = drafts[count - 1]
    return last.paragraph == draft.paragraph and last.sentence[1] <= draft.sentence[0] and last.spans[0][0] == last.sentence[0] \
        and last.position > last.spans[-1][1]


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
            if speaker is not None and previous is not None and speaker.kind == previous.kind == "person" \
                    and draft.mention.name and " " not in draft.mention.name and speaker.name != previous.name \
                    and previous.name.endswith(" " + draft.mention.name) and draft.paragraph == previous_paragraph \
                    and all(w[:1].isupper() for w in previous.name.split()):
                # "His father, Mark Szabo, told … "…," Szabo said.": of two people with that surname, who just spoke
                speaker = SpeakerRef(previous.name, draft.mention.text, previous.role, "person")
            just_quoted = previous if previous is not None and draft.paragraph - previous_paragraph <= 2 else None
            speaker = person_in_role(speakers, draft.mention, speaker, draft, paras, contents, just_quoted,
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
                    and not _subject_inside_last_claim(drafts, len(resolved), speaker, previous, draft) \
                    and (not speakers.lex.organisations.isdisjoint(fold(w) for w in subject.split())
                         or subject.endswith(" Executive") and BODY_EXECUTIVE.search(subject) is not None  # "The Housing Executive … It told"
                         # "Russia said … It argued …", "SA Health denied that … In a statement, it said": no one's first
                         # name, who spoke just before
                         or previous is not None and subject == previous.name
                         and first_name_gender(subject.split()[0]) is None and subject not in speakers.genders):
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            if speakers.lex.adjectival_names and resolved and resolved[-1] is previous and previous is not None and previous.kind == "person" \
                    and draft.paragraph == previous_paragraph and first_name_gender(previous.name) is None \
                    and (_opens_with_it(text, drafts[len(resolved) - 1].spans[0][0], speakers)
                         or ends_with_legal_form(previous.mention or previous.name)
                         or (drafts[len(resolved) - 1].cue or "").lower() == "according to" and speakers.gender_of(previous.name) is None):
                # "Kestrel Mobility said it had stopped sales. It said …": a name that is an "it" (so is "The mine's
                # operator, Minera Altiplano Sur S.A., said …. It denied …": a company's legal form, and "According to
                # GeoNet, the quake was …. It said …": a source no one's name)
                speaker = previous
            if speakers.lex.adjectival_names and referring and previous is not None and draft.paragraph == previous_paragraph \
                    and resolved and resolved[-1] is previous and (voice := _VOICE_FOR_BODY.fullmatch(previous.name)) is not None:
                # "A spokesperson for the New Forest National Park Authority said: "…" It added that …": the body
                speaker = SpeakerRef(voice.group("body"), draft.mention.text, None, "organisation")
            if speaker is None and referring and speakers.lex.adjectival_names and (
                subject := speakers.organisation_subject_before(text, draft.sentence[0], paras[max(0, draft.paragraph - 1)][0])
            ) is not None:  # "Vantor Energy reported a loss. It said …"
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            if referring and speakers.lex.adjectival_names and (organ := _ORGANS_OF_THE_SUBJECT_EN.get(fold(draft.mention.text))) \
                    and (subject := speakers.organisation_subject_before(text, draft.position, draft.sentence[0])) is not None:
                # "Trego Plains Community Hospital … will close its emergency room, its board announced", "The Upper
                # Waitaki Rugby Football Club … will be wound up, its committee announced": the subject's board or committee
                speaker = SpeakerRef(organ[1].format(subject), draft.mention.text, organ[0], "organisation")
            elif referring and speakers.lex.adjectival_names and fold(draft.mention.text).startswith("its ") \
                    and draft.position > draft.spans[-1][1] and (subject := _body_opening_own_sentence(text, draft, speakers)):
                # "The Storm Prediction Center has received 41 reports …, according to its website", "The centre
                # recorded 17 incidents …, according to its annual report": the subject's own
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            elif referring and speakers.lex.adjectival_names and fold(draft.mention.text).startswith("its ") \
                    and draft.position < draft.spans[0][0] and (noun := _THE_NOUN_OPENING.match(text, draft.spans[0][0])) is not None \
                    and noun.group("noun") in speakers.lex.organisations \
                    and (named := speakers.named_organisation(noun.group("noun"), draft.position)) is not None:
                speaker = SpeakerRef(named, draft.mention.text, None, "organisation")  # "According to its website, the hospice has …"
            elif referring and speakers.lex.adjectival_names and fold(draft.mention.text) == "it" and draft.position > draft.spans[-1][1] \
                    and (subject := speakers.organisation_subject_before(text, draft.position, draft.sentence[0])) is not None \
                    and " " in subject and not is_first_name(subject.split()[0]) and speakers.gender_of(subject) is None:
                # "Cricket Samoa has also called off its fixtures, it said": the statement's own subject
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            elif referring and speakers.lex.adjectival_names and fold(draft.mention.text) == "it" and draft.position > draft.spans[-1][1] \
                    and _BODY_NOUN_OPENING.match(text, draft.sentence[0]) and (subject := _body_opening_own_sentence(text, draft, speakers)):
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")  # "The agency has since sealed …, it said"
            if referring and speakers.lex.adjectival_names and _RELATIVE_BEFORE_IT.search(text, draft.sentence[0], draft.position) \
                    and (subject := speakers.organisation_subject_before(text, draft.position, draft.sentence[0])) is not None \
                    and not speakers.lex.organisations.isdisjoint(fold(w) for w in subject.split()):
                # "The Department of the Treasury imposed sanctions on …, which it said had …": the sentence's subject
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")
            elif speaker is None and referring and speakers.lex.adjectival_names and fold(draft.mention.text) == "it" \
                    and _RELATIVE_BEFORE_IT.search(text, draft.sentence[0], draft.position) \
                    and _BODY_NOUN_OPENING.match(text, draft.sentence[0]) and (subject := _body_opening_own_sentence(text, draft, speakers)):
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")  # "The council does not defend …, which it says is …"
            if speaker is None and referring and speakers.lex.adjectival_names and (subject := speakers.lede_body(paras, draft.paragraph)):
                speaker = SpeakerRef(subject, draft.mention.text, None, "organisation")  # "it" with no body since the lede's
            if (speaker is None or speaker.kind == "organisation") and referring and speakers.lex.adjectival_names \
                    and draft.mention.text[:4].lower() == "its " \
                    and (holder := holder_named_next(text, draft.mention.text, draft.position, speakers.known_people())) is not None:
                # "…, its owner said. / X, who has run the park …" (not the body the owner owns)
                speaker = SpeakerRef(holder, draft.mention.text, None, "person")
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
            gender = pronoun_gender(draft.mention.text) if referring else None
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
                    speakers.gender_of(previous.name) not in (None, gender)
                    or speakers.lex.adjectival_names and previous.kind == "organisation"  # ("he": no newspaper, no "ministry")
                    and (previous.name[:1].isupper() or fold(_HEAD_BEFORE_COMPLEMENT.split(previous.name, 1)[0].split()[-1]) in speakers.lex.organisations)
                    or not speakers.lex.adjectival_names
                    and previous.name == previous.role and gender not in (body_genders(previous.name, None) or {gender})
                    if previous.kind != "organisation" or speakers.lex.adjectival_names
                    else (genders := body_genders(previous.name, previous.mention)) and gender not in genders):
                recent_previous = False  # "elle" is not the man just quoted, nor "le conseil de surveillance", nor "il" "l'accusation"
            if recent_previous and referring and draft.kind == "direct" and previous.kind == "organisation" \
                    and canonical_source(previous.name) is not None:
                recent_previous = False  # "…, rapporte l'AFP. « … », a-t-elle expliqué": a news agency quotes no one in person
            if recent_previous and referring and singular_for_group(draft.mention.text, previous, speakers.lex):
                recent_previous = False  # "The researchers noted … These orcas, she suggested, …"
            subject = role_subject(text, speakers, draft, paras) if referring else None
            witness = witness_introduced_before(text, draft, paras, speakers.lex) if draft.inherit and draft.paragraph > 0 else None
            if witness is None and draft.inherit and not speakers.lex.adjectival_names:
                witness = role_subject_of_sentence_before(text, draft, paras, speakers.lex)
            source = unnamed_source_before(text, draft, paras) if referring and gender == "f" \
                and not speakers.lex.adjectival_names else None
            if witness is not None and witness[0] > max(previous_position, named[0] if named else -1):
                # "Un homme de 52 ans … accepte de parler … / « Ici, on a un lit … »": that person
                speaker = SpeakerRef(witness[1].role, witness[1].text, witness[1].role, "person")
            elif source is not None and source[0] > max(previous_position, named[0] if named else -1):
                # "Une source au ministère, contactée par X, nuance ce calendrier. Selon elle, …"
                speaker = SpeakerRef(source[1], draft.mention.text, source[1], "person")
            elif (body := body_subject_before(text, draft, paras, gender) if referring and gender is not None
                    and not speakers.lex.adjectival_names else None) is not None \
                    and body[0] > max(previous_position, named[0] if named else -1):
                # "Le nouveau gouvernement s'est donné pour objectif … Il a cependant déclaré que …": that body
                speaker = SpeakerRef(body[1], draft.mention.text, None, "organisation")
            elif subject is not None and subject[0] > max(previous_position, named[0] if named and not (
                    subject[0] <= named[0] < subject[0] + len(subject[1].text)) else -1):
                # (a name inside the role's own phrase, "une porte-parole d'Atlantic Skyline", is no later person)
                # "L'accusé, lui, maintient sa version. « … », a-t-il répété": the role subject just before.
                speaker = speakers.resolve(subject[1], subject[0], previous, list(recent))
                speaker = person_in_role(speakers, subject[1], speaker, draft, paras, contents,
                                          quoted_person=_recent_person(quoted_people, draft.paragraph))
                if speaker is not None:
                    speaker = SpeakerRef(speaker.name, draft.mention.text, speaker.role, speaker.kind)
            elif named is not None and (not recent_previous or previous_position < named[0] < draft.position
                                        and not (previous.kind == "organisation" and previous.name.endswith(" " + named[1]))
                                        # ("…," said the department's Klamath district fish biologist, Marisol Trujillo.
                                        # She …": a word of the mention, or of the role, that named the person just quoted is no one else)
                                        and not (named[1] != previous.name
                                                 and (named[1] in (previous.mention or "") or named[1].lower() in (previous.role or "").lower()
                                                      or named[1].split()[0] in (previous.mention or "").split())
                                                 and (is_first_name(previous.name.split()[0])
                                                      or previous.kind == "person" and previous.name.count(" ") == 1
                                                      and previous.name != previous.role
                                                      and not is_first_name(named[1].split()[0])
                                                      # ("a ironisé un responsable de l'association Mer bleue Provence.
                                                      # Selon lui": the body's name inside the role)
                                                      or previous.kind == "person" and previous.name == previous.role
                                                      and named[1] in previous.name))) \
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
                    agreeing = last_person_not_of_other_gender(speakers, gender, draft.position,
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
                speaker = person_two_paragraphs_back(text, draft, speakers, paras, contents, gender,
                                                      previous if previous_paragraph >= draft.paragraph - 2 else None,
                                                      previous_position)
        if speaker is not None and previous is not None and previous_sentence == draft.sentence and draft.mention is not None \
                and not referring and speaker.name == draft.mention.role and previous.mention and previous.name != speaker.name \
                and _DESCRIBED_BY_RELATIVE.search(draft.mention.text) is not None \
                and f"{draft.mention.text}, {previous.mention}" in text[draft.sentence[0]:draft.position]:
            # "La société qui exploite l'ouvrage, la Compagnie X (CHB), a reconnu … mais a assuré que …": the
            # second verb's subject is the first one's, the name its description is given (but "Le gouvernement
            # régional de Galice, la Xunta, …": a name first, the apposition only another)
            speaker = SpeakerRef(previous.name, draft.mention.text, previous.role, previous.kind)
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
        described_then_named(text, drafts, resolved, paras)
        described_body_then_named(drafts, resolved)
        owned_role_then_holder(text, drafts, resolved, paras)
        administrators_to_firm(text, resolved)
    un_agencies_to_bodies(text, drafts, resolved, english if speakers.lex.adjectival_names else french)
    with_legal_forms(text, resolved)
    with_spelled_out_kinds(text, resolved)
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


# (", a change which it said", "after an inspection which it said")
_RELATIVE_BEFORE_IT = re.compile(r"(?:,\s+|\b(?:after|following|over|for|in)\s+)(?:(?:an?|the)\s+[a-z]+\s+)?(?:which|that)\s+it\s+$")
# An English pronoun's attribution interrupting the statement ("Power from the dams, she said, "…"").
_INTERRUPTING_PRONOUN = re.compile(r", (?:he|she) (?:said|says|added|argued|insisted|noted|explained),")


# English: a group named by a plural noun ("the researchers", "the authors").
_PLURAL_GROUP = re.compile(r"(?:^|\s)[a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ees|ies)$")
_ACCORDING_CUE = re.compile(r"(?i)(?:selon|d['’]apr[eè]s)$")


def _recent_person(quoted_people: list[tuple[int, str]], paragraph: int) -> str | None:
    """The named person who last spoke, in this paragraph or the one before."""
    if quoted_people and paragraph - quoted_people[-1][0] <= 1:
        return quoted_people[-1][1]
    return None


_DESCRIBED_BY_RELATIVE = re.compile(r"\s(?:qui|que|qu['’]|who|which|that)\s")
_BODY_NOUN_OPENING = re.compile(r"The\s+(?P<noun>[a-z]+)\s")
_THE_NOUN_OPENING = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)\s")


def _body_opening_own_sentence(text: str, draft: Draft, speakers: ArticleSpeakers) -> str | None:
    """The body whose name (or whose noun, for a body the article named) opens the sentence of DRAFT."""
    subject = speakers.organisation_subject_before(text, draft.position, draft.sentence[0])
    if subject is not None:
        return subject if not speakers.lex.organisations.isdisjoint(fold(w) for w in subject.split()) else None
    noun = _BODY_NOUN_OPENING.match(text, draft.sentence[0])
    if noun is None or noun.group("noun") not in speakers.lex.organisations:
        return None
    if (named := speakers.named_organisation(noun.group("noun"), draft.position)) is not None:
        return named
    # ("the Cairo-based Centre for Citizenship Studies": its noun first, then what it is for)
    heads = {m.group() for m in re.finditer(rf"\b{noun.group('noun').capitalize()}\s+(?:for|of|on)\s+(?:the\s+)?"
                                            r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*", text[:draft.sentence[0]])}
    return heads.pop() if len(heads) == 1 else None


def _opens_with_it(text: str, at: int, speakers: ArticleSpeakers) -> bool:
    """"It closed 61 branches and has said …", "X said it had …": the words at AT open with an
    organisation pronoun."""
    opening = text[at:at + 12].split(None, 1)
    return bool(opening) and opening[0].lower() in speakers.lex.organisation_pronouns
