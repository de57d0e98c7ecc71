"""French passes over the resolved speakers of an article, in order: people quoted before they are
named, opponents in a contest, recipients of speech and appositions of the previous speaker,
interviewees of a paper, bodies' whole names, long forms and listed complements, bodies speaking
through a voice, local authorities, anonymous and indefinite sources, documents' authors, journal
studies, courts' judges and rulings, generic body nouns, two bodies named together, firefighters,
documents' issuers, bodies' role nouns, legal forms and titles' articles, state bodies' nationalities,
possessive descriptions, roles continuing a statement; names running on from a capitalised plural noun, after the whole names and
again last. Each pass reads the article and rewrites the speakers it is sure of."""

from __future__ import annotations

from claims.extract.acronyms_fr import acronyms_to_long_forms
from claims.extract.anonymous_speakers_fr import anonymous_descriptions, indefinite_subjects, roles_given_to_descriptions
from claims.extract.body_roles_fr import (bodies_by_their_role, bodies_written_in_full, companies_with_their_legal_form,
                                         titles_with_their_article)
from claims.extract.bodies_by_nationality_fr import state_bodies_with_their_nationality
from claims.extract.cataphora_fr import named_after_their_quote, possessive_roles_named_later
from claims.extract.continued_statements_fr import continued_by_role
from claims.extract.courts_fr import auditors_to_their_chamber, defendants_to_persons, rulings_to_courts
from claims.extract.document_speakers_fr import documents_to_authors, documents_to_their_issuers, prefectoral_acts_to_prefecture
from claims.extract.drafts import Draft
from claims.extract.generic_bodies_fr import firefighters_to_their_service, generic_nouns_to_bodies, managements_to_bodies
from claims.extract.joint_bodies_fr import joint_bodies_to_both
from claims.extract.journal_studies_fr import studies_to_journals
from claims.extract.listed_names_fr import listed_names_in_full
from claims.extract.local_authorities_fr import local_authorities_to_towns
from claims.extract.managements_fr import unnamed_managements_to_bodies
from claims.extract.named_bodies_fr import bodies_after_their_kind, site_owners_to_bodies
from claims.extract.opponents_fr import opponents_named_before, opposition_to_its_group
from claims.extract.owned_bodies_fr import owned_bodies_named
from claims.extract.possessive_owners_fr import possessives_to_owners
from claims.extract.press_interviews_fr import interviewees_not_their_paper
from claims.extract.pronoun_bodies_fr import pronouns_after_body_subjects
from claims.extract.organisation_heads_fr import (capitalised_heads_run_on, heads_to_whole_names, public_bodies_with_their_noun,
                                                 members_bodies_with_their_place, shortened_names_in_full)
from claims.extract.short_form_names_fr import short_forms_to_long_names
from claims.extract.speech_recipients_fr import appositions_to_previous_speaker, recipients_to_previous_speaker
from claims.extract.types import SpeakerRef
from claims.extract.voice_bodies_fr import bodies_speaking_through_a_voice


def french_speaker_passes(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras, speakers=None) -> None:
    """Rewrite RESOLVED (the speakers of DRAFTS) in place."""
    named_after_their_quote(text, drafts, resolved, paras, speakers)
    possessive_roles_named_later(text, drafts, resolved, paras)
    owned_bodies_named(text, drafts, resolved)
    opponents_named_before(text, drafts, resolved)
    opposition_to_its_group(text, resolved)
    recipients_to_previous_speaker(text, drafts, resolved)
    appositions_to_previous_speaker(drafts, resolved)
    pronouns_after_body_subjects(text, drafts, resolved)
    interviewees_not_their_paper(text, drafts, resolved, paras, speakers)
    bodies_after_their_kind(text, resolved)
    site_owners_to_bodies(text, drafts, resolved)
    managements_to_bodies(text, resolved, speakers.long_form if speakers is not None else None)
    short_forms_to_long_names(text, resolved, speakers.long_form if speakers is not None else None)
    acronyms_to_long_forms(text, resolved)
    heads_to_whole_names(text, resolved)
    capitalised_heads_run_on(text, resolved)
    public_bodies_with_their_noun(resolved)
    listed_names_in_full(text, drafts, resolved)
    bodies_speaking_through_a_voice(text, drafts, resolved)
    local_authorities_to_towns(text, resolved, drafts)
    anonymous_descriptions(text, drafts, resolved)
    indefinite_subjects(text, drafts, resolved)
    roles_given_to_descriptions(text, drafts, resolved)
    documents_to_authors(text, drafts, resolved, paras)
    studies_to_journals(text, drafts, resolved)
    rulings_to_courts(text, drafts, resolved)
    auditors_to_their_chamber(text, drafts, resolved)
    defendants_to_persons(text, resolved)
    generic_nouns_to_bodies(text, drafts, resolved, paras)
    joint_bodies_to_both(text, drafts, resolved)
    unnamed_managements_to_bodies(text, drafts, resolved, speakers.company_with_short_form_before if speakers is not None else None)
    firefighters_to_their_service(text, resolved)
    documents_to_their_issuers(text, drafts, resolved, paras)
    prefectoral_acts_to_prefecture(text, resolved)
    bodies_by_their_role(resolved)
    shortened_names_in_full(resolved)
    members_bodies_with_their_place(text, resolved)
    companies_with_their_legal_form(text, resolved)
    titles_with_their_article(text, resolved)
    bodies_written_in_full(text, resolved)
    state_bodies_with_their_nationality(text, resolved)
    possessives_to_owners(text, drafts, resolved, speakers)
    continued_by_role(drafts, resolved, speakers)
    capitalised_heads_run_on(text, resolved)
