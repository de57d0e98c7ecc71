"""The extraction pipeline: paragraphs → quotations → attributed statements → speakers → dates and facts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.article import Article
from claims.extract import facts, statement_days
from claims.extract.possessive_kin import families_to_the_person_named_next, first_names_to_family_names, relatives_to_their_person
from claims.extract.anonymous_speakers_en import with_anonymity_clauses
from claims.extract.described_bodies_en import described_bodies_to_their_names
from claims.extract.fronted_places_en import groups_at_a_fronted_place
from claims.extract.national_governments_en import national_governments
from claims.extract.attribution import SentenceReader
from claims.extract.cleft_attributions_fr import with_cleft_attributions
from claims.extract.assertions import find_assertions
from claims.extract.cues import patterns
from claims.extract.demonym_epithets_fr import demonyms_to_their_person
from claims.extract.winners_fr import winners_to_their_person
from claims.extract.dateline import find_dateline, publication_date, without_dateline
from claims.extract.document_back_references_en import documents_named_before
from claims.extract.group_back_references_en import groups_described_before
from claims.extract.drafts import Draft, word_count
from claims.extract.interview import answer_claims, find_interview, without_self_reports
from claims.extract.intertitles import without_repeated_intertitles
from claims.extract.lang import MODELLED, detect_language, resources
from claims.extract.nicknames import without_nicknames
from claims.extract.quotes import OPENING_MARKS, Quote, find_quotes
from claims.extract.segments import paragraphs, sentences
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.speaker_english import documents_to_authors, headline_roles_to_body_person
from claims.extract.speaker_fuller_names_en import fuller_names
from claims.extract.name_titles_en import titles_off_names
from claims.extract.bodies_by_kind_en import kinds_to_bodies
from claims.extract.generic_bodies_en import generic_nouns_to_bodies
from claims.extract.speaker_short_forms_en import short_forms_in_speakers
from claims.extract.headline_counts import headline_counts_to_lede_speaker
from claims.extract.headline_labels import with_headline_label_claim
from claims.extract.cited_by_relays import to_cited_sources
from claims.extract.source_sentences import sources_before_relays, with_source_sentences_whole
from claims.extract.anonymous_ledes_en import described_ledes_to_the_person_named_next
from claims.extract.headline_speakers import (headline_descriptions_to_apposed_names, headline_generics_to_lede_speaker,
                                              headline_kinds_to_later_bodies, headline_owned_bodies_named,
                                              headline_press_to_lede_outlet, headline_short_forms_to_full_names,
                                              headline_quotes_to_main_speaker, headline_quotes_to_their_speaker,
                                              headline_works_to_the_work_named, headline_documents_to_lede_document)
from claims.extract.lede_speakers import (definite_lede_bodies_to_the_name_opening_next, lede_bodies_to_the_name_opening_next,
                                          lede_descriptions_to_next_named_body, lede_generics_to_headline_body)
from claims.extract.speaker_resolution import resolve_speakers
from claims.extract.statement_subjects_fr import statement_subjects
from claims.extract.speakers import lexicon
from claims.extract.types import ExtractedClaim, Extraction
from claims.extract.written_forms import as_written


def _excluded(start: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def _quotes_only(text: str, quotes: list[Quote]) -> list[ExtractedClaim]:
    """For languages without resources: every quotation of three words or more."""
    claims = []
    for q in quotes:
        content = " ".join(text[s:e] for s, e in q.spans)
        if len(content.split()) >= 3:
            spans = list(q.spans) if len(q.spans) > 1 else None
            claims.append(ExtractedClaim("direct", content, q.spans[0][0], q.spans[-1][1], spans=spans))
    return claims


# English: a body's name and "said", the whole of what an outlet reported ("the Philippine Coast Guard said").
_ATTRIBUTION_ONLY_EN = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){1,6}(?:police\s+)?(?:said|says)")


def _drafts(text: str, language: str, paras, quotes: list[Quote], plain_sentences: dict) -> list[Draft]:
    """Drafts of claims, sentence by sentence; fills `plain_sentences` with the sentences of the
    paragraphs without quotations (split as `find_assertions` splits them)."""
    reader = SentenceReader(text, language, patterns(language), lexicon(resources(language)))
    drafts: list[Draft] = []
    # The pieces of quotations in the paragraphs after the one they open in: no reported speech of their own
    continued = [piece for q in quotes for piece in q.spans[1:]]
    qi = 0
    prev_colon = None
    for pi, (ps, pe) in enumerate(paras):
        para_quotes = []
        while qi < len(quotes) and quotes[qi].open < pe:
            if quotes[qi].open >= ps:
                para_quotes.append(quotes[qi])
            qi += 1
        protected = [(q.open, q.end) for q in para_quotes]
        sents = sentences(text, ps, pe, protected)
        if not protected:
            plain_sentences[(ps, pe)] = sents
        for si, (s, e) in enumerate(sents):
            sent_quotes = [q for q in para_quotes if s <= q.open < e]
            colon = prev_colon if si == 0 else None
            read = reader.read(s, e, sent_quotes, pi, colon)
            if language == "en":
                # "…, the Philippine Coast Guard said, the Philippine News Agency reported": the outlet relays the body's
                # attribution, no statement of its own
                read = [d for d in read if not (d.cue and len(d.spans) == 1 and _ATTRIBUTION_ONLY_EN.fullmatch(text, *d.spans[0]))]
            if continued and not sent_quotes:
                read = [d for d in read if not any(ps <= start <= d.start < end for start, end in continued)]
            drafts.extend(read)
        last = sents[-1] if sents else None
        prev_colon = last if last and text[last[0]:last[1]].rstrip().endswith(":") else None
    return drafts


def _merge_interrupted(text: str, drafts: list[Draft]) -> list[Draft]:
    """« A », a répondu X. « B » — a quotation whose attribution sits between two of its pieces
    is one claim when the second piece has no attribution of its own."""
    merged: list[Draft] = []
    for draft in drafts:
        if merged:
            last = merged[-1]
            if (
                draft.inherit and draft.kind == "direct" and last.kind == "direct" and last.cue
                and last.paragraph == draft.paragraph and last.position > last.end
                and _only_attribution_between(text[last.end:draft.start])
            ):
                last.spans = last.spans + draft.spans
                continue
        if draft.inherit and draft.cue is None and draft.kind == "direct" and word_count(" ".join(text[a:b] for a, b in draft.spans)) < 3:
            continue  # a short quotation that continues none: no statement of its own
        if draft.kind == "indirect" and len(draft.spans) == 1 and text[draft.start:draft.start + 1] in OPENING_MARKS \
                and any(d.kind == "direct" and any(a - 3 <= draft.start and draft.end <= b + 3 for a, b in d.spans) for d in merged):
            continue  # « A » across two paragraphs, « B », a assuré X: B is the quotation's, already claimed
        merged.append(draft)
    return merged


def _only_attribution_between(between: str) -> bool:
    """The text between two pieces is the first piece's closing mark, its attribution, then the
    next piece's opening mark."""
    stripped = between.strip(" ,\u00a0\u202f")  # (narrow no-break spaces inside « » too)
    return (
        stripped.startswith(("»", "”", '"', "’", "'")) and stripped.endswith(("«", "“", '"', "‘", "'"))
        and len(stripped.split()) <= 32 and stripped.count("«") + stripped.count("“") <= 1
        and not any(m.group(1) not in _ABBREVIATIONS_BEFORE_NAME and len(m.group(1)) > 1
                    for m in _SECOND_SENTENCE.finditer(stripped))
    )


# "», raconte X, encore choqué. Avec deux passants, il a porté secours. « B »": a sentence of narration
# after the attribution; "», a dit M. Roux. « B »" is not one.
_SECOND_SENTENCE = re.compile(r"(\w+)[.!?]\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_ABBREVIATIONS_BEFORE_NAME = frozenset(("M", "Mme", "Mlle", "Me", "Dr", "Pr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "Sgt", "Gen", "Gov", "Sen", "Rep"))


# A headline's kicker: up to six words and a colon ("Immigration francophone: Ottawa ratera …",
# "Urgences de la Cité-de-la-Santé: un taux …"), the rubric, not the statement.
_HEADLINE_KICKER = re.compile(r"[^\s:«»“”\"]+(?:[ \u00a0][^\s:«»“”\"]+){0,5}[ \u00a0]?:[ \u00a0]+(?=\S)")


# A headline closing on "…, councillors told": those told, no one who speaks ("were told").
_PASSIVE_TOLD_CLOSING = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}told\s*[.!]?\s*$")


# Where and how a quoted verdict was given, after its closing mark or before its opening one: "ces résultats
# « … » dans un entretien au Figaro", "… as "the debut of the year" in a review published on July 2", "a salué dans
# un communiqué « … »": the occasion, no part of what was said.
_OCCASION = (r"(?:(?:un|une|le|la|les|l['’]|a|an|the|his|her|its|their|son|sa|ses|leur)[ \u00a0]*)?(?:[\w-]+[ \u00a0]+)?"
             r"(?:entretien|interview|communiqué|statement|review|post|tweet|message|lettre|letter|tribune|chronique"
             r"|émission|conférence|briefing|chaîne|antenne|editorial|éditorial|column|speech|discours)\b")
_OCCASION_AFTER_QUOTE = re.compile(r"[ \u00a0]+(?:dans|sur|lors\s+d['’]|à|au|in|on|at|during)[ \u00a0]*" + _OCCASION + r"[^«»“”\"]*$")
_OCCASION_BEFORE_QUOTE = re.compile(r"(?:dans|in)[ \u00a0]+" + _OCCASION + r"[ \u00a0,]*(?=[«“\"])")


def _without_occasions(text: str, drafts: list[Draft]) -> None:
    """Cut, in place, the occasion before or after a mixed claim's quotation (`_OCCASION_AFTER_QUOTE`)."""
    for draft in drafts:
        if draft.kind != "mixed":
            continue
        start, end = draft.spans[-1]
        closing = max(text.rfind(mark, start, end) for mark in ("»", "”", '"'))
        if closing > start and _OCCASION_AFTER_QUOTE.match(text, closing + 1, end) is not None:
            draft.spans[-1] = (start, closing + 1)
        start, end = draft.spans[0]
        if (before := _OCCASION_BEFORE_QUOTE.match(text, start, end)) is not None:
            draft.spans[0] = (before.end(), end)


def _past_headline_kicker(text: str, paras, drafts: list[Draft]) -> None:
    """Start a headline's claim after its kicker (in place)."""
    for draft in drafts:
        if draft.paragraph != 0 or not paras or len(draft.spans) != 1 or draft.spans[0][0] != paras[0][0]:
            continue
        start, end = draft.spans[0]
        kicker = _HEADLINE_KICKER.match(text, start, end)
        if kicker is not None and len(text[kicker.end():end].split()) >= 3:
            draft.spans = [(kicker.end(), end)]


# A site's links to other stories ("Lire aussi : Hôpital de Taravao : …", "Read more: …"), as each
# language's page furniture lists them.
_RELATED_LINK = re.compile("|".join(p for module in MODELLED.values() for p in module.RELATED_LINKS), re.IGNORECASE)


def _without_related_links(text: str, excluded: list[tuple[int, int]]) -> str:
    """TEXT with the excluded lines that link to other stories blanked out (offsets kept): no one
    they name is in the story."""
    links = [(start, end) for start, end in excluded if _RELATED_LINK.fullmatch(text[start:end].strip())]
    for start, end in links:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# A straight double quote opening a quotation: at a paragraph's start, after a space, a bracket or an elision
# ("d'\"exceptionnel\"").
_OPENING_STRAIGHT_QUOTE = re.compile(r'(?:^|(?<=[\s(\[-])|(?<=\b[cdjlmnstCDJLMNST][\'’])|(?<=qu[\'’]))"', re.MULTILINE)


def as_guillemets(text: str) -> str:
    """French TEXT with its “ ” set as « », or with no “ ” its straight double quotes (same length, so offsets hold;
    straight quotes inside “ ” stay quotations inside a quotation)."""
    if "“" in text:
        return text.replace("“", "«").replace("”", "»")
    return _OPENING_STRAIGHT_QUOTE.sub("«", text).replace('"', "»")


def run(article: Article, extra_agencies: Sequence[str] = ()) -> Extraction:
    # The rules read a narrow no-break space as a no-break space (same length, so offsets hold: "«\u202fA\u202f»",
    # "4\u202f000"); contents are cut from the article's own text.
    text = article.text.replace("\u202f", "\u00a0") if "\u202f" in article.text else article.text
    language = article.language or detect_language(text)
    if language == "fr" and "«" not in text and ("“" in text or '"' in text):
        text = as_guillemets(text)  # a French article set with English marks reads as if set with guillemets
    paras = paragraphs(text)
    interview = find_interview(text, paras)
    if interview is not None:
        # The rules read the text with the tags blanked; contents are cut from the article's own text.
        text = interview.masked(text)
        paras = paragraphs(text)
    quotes = without_nicknames(text, find_quotes(text, paras))  # "Desmond 'Lucky' Okafor": a name, no quotation
    credits = facts.find_credits(text, language, extra_agencies, paras)
    excluded = list(credits.excluded) if credits is not None else []
    extraction = Extraction(language)
    if credits is not None:
        extraction.cited_sources = list(credits.cited_sources)
        extraction.photo_credits = list(credits.photo_credits)
        extraction.byline = credits.byline
    module = resources(language)
    cue_patterns = patterns(language)
    if module is None or cue_patterns is None:
        extraction.claims = [c for c in _quotes_only(article.text, quotes) if not _excluded(c.start, excluded)]
        return extraction

    page_paras = paras
    if excluded:
        # A few words of page furniture standing as a paragraph ("Article content", "Advertisement", a short
        # byline) part no paragraphs of the story for its claims (a photo's caption does; the dateline and
        # the assertions read every paragraph)
        paras = [(s, e) for s, e in paras
                 if not (e - s <= 40 and any(xs <= s and e <= xe for xs, xe in excluded) and word_count(text[s:e]) <= 3)] or paras
    plain_sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
    drafts = [d for d in _drafts(text, language, paras, quotes, plain_sentences) if not _excluded(d.start, excluded)]
    drafts = with_source_sentences_whole(text, without_repeated_intertitles(text, _merge_interrupted(text, drafts), paras),
                                         lexicon(module).roles)
    sources_before_relays(text, drafts, lexicon(module))
    _past_headline_kicker(text, paras, drafts)
    _without_occasions(text, drafts)
    if language == "en" and paras and _PASSIVE_TOLD_CLOSING.search(text, paras[0][0], paras[0][1]):
        drafts = [d for d in drafts if d.paragraph != 0 or (d.cue or "").strip().lower() != "told"]
    if language == "fr":
        drafts, clefts = with_cleft_attributions(text, drafts, paras, lexicon(module),
                                                 lambda verb: cue_patterns.verbs.fullmatch(verb) is not None)
        excluded.extend(clefts)  # "C'est ce qu'a indiqué X mardi": an attribution, no assertion
        statement_subjects(text, drafts, lexicon(module))
    drafts = with_headline_label_claim(text, paras, drafts, lexicon(module),
                                       lambda s, e: next(cue_patterns.finditer(text, s, e), None) is not None)
    named = _without_related_links(text, excluded)  # whom the article names, for its speakers
    speakers = ArticleSpeakers.build(named, lexicon(module))
    speakers_of = resolve_speakers(named, drafts, speakers, paras)
    headline_quotes_to_their_speaker(named, drafts, speakers_of)
    headline_works_to_the_work_named(drafts, speakers_of)
    headline_quotes_to_main_speaker(drafts, speakers_of)
    headline_counts_to_lede_speaker(named, drafts, speakers_of)
    relatives_to_their_person(named, paras, drafts, speakers_of, speakers, module)
    if language == "fr":
        demonyms_to_their_person(named, paras, drafts, speakers_of, speakers)
        winners_to_their_person(named, paras, drafts, speakers_of, speakers)
    if speakers.lex.adjectival_names:
        headline_roles_to_body_person(drafts, speakers_of, speakers)
        documents_to_authors(speakers_of, speakers)
        to_cited_sources(named, drafts, speakers_of, speakers)
        short_forms_in_speakers(named, speakers_of, speakers.reads_as_person)
        titles_off_names(named, speakers_of)
        fuller_names(named, drafts, speakers_of)
        generic_nouns_to_bodies(named, speakers_of)
        kinds_to_bodies(named, speakers_of, [d.start for d in drafts], speakers.gender_of, paras[min(1, len(paras) - 1)][1] if paras else 0,
                        speakers.organisations.full_names)
        with_anonymity_clauses(named, drafts, speakers_of)
    if language == "en":
        lede_descriptions_to_next_named_body(named, drafts, speakers_of)
        lede_bodies_to_the_name_opening_next(named, paras, drafts, speakers_of)
        definite_lede_bodies_to_the_name_opening_next(named, paras, drafts, speakers_of)
        documents_named_before(named, drafts, speakers_of)
        groups_described_before(drafts, speakers_of)
        groups_at_a_fronted_place(named, drafts, speakers_of)
        families_to_the_person_named_next(named, paras, drafts, speakers_of, module)
        described_ledes_to_the_person_named_next(named, paras, drafts, speakers_of, speakers.lex)
        first_names_to_family_names(named, speakers_of, module)
        described_bodies_to_their_names(named, speakers_of)
        national_governments(named, speakers_of)
    headline_generics_to_lede_speaker(named, paras, drafts, speakers_of)
    headline_owned_bodies_named(drafts, speakers_of)
    headline_press_to_lede_outlet(paras, drafts, speakers_of)
    lede_generics_to_headline_body(named, paras, drafts, speakers_of)
    headline_short_forms_to_full_names(named, paras, drafts, speakers_of)
    headline_descriptions_to_apposed_names(named, paras, drafts, speakers_of)
    if language == "en":
        headline_kinds_to_later_bodies(named, paras, drafts, speakers_of)
    headline_documents_to_lede_document(named, drafts, speakers_of)
    if interview is not None:
        drafts, speakers_of = without_self_reports(interview, drafts, speakers_of, speakers, cue_patterns)
    dateline = find_dateline(text, page_paras, language, facts.find_dates)
    published = article.published
    if published is None:
        published = extraction.published = publication_date(dateline)
    all_dates = facts.find_dates(text, 0, len(text), language, published)
    # The dateline dates the article, not the statements of its first sentence.
    statement_dates = [m for m in all_dates if dateline is None or m.start != dateline.start]
    all_numbers = facts.find_quantities(text, 0, len(text), language)
    said_on = statement_days.said_on(text, drafts, speakers_of, statement_dates, published)
    claims = []
    for draft, speaker, when in zip(drafts, speakers_of, said_on):
        draft.spans = without_dateline(text, dateline, draft.spans)  # "14 mars 2026. - Un séisme …": from "Un"
        content = " ".join(article.text[s:e] for s, e in draft.spans)
        if speaker is not None and speaker.role:
            speaker.role = as_written(text, speaker.role)  # ("ministre de la sante" → "ministre de la Santé")
        claim = ExtractedClaim(
            draft.kind, content, draft.start, draft.end, cue=draft.cue, speaker=speaker, said_on=when,
            spans=list(draft.spans) if len(draft.spans) > 1 else None,
        )
        claims.append(claim)
    if interview is not None:
        claims.extend(answer_claims(article.text, interview, speakers, module.NON_ANSWERS))
    assertions = find_assertions(text, page_paras, [(c.start, c.end) for c in claims], excluded, all_dates, all_numbers,
                                 plain_sentences)
    if text is not article.text:  # (the rules read a rewritten text: contents from the article's own)
        for assertion in assertions:
            assertion.content = article.text[assertion.start:assertion.end]
    claims.extend(assertions)
    numbers_by_start, dates_by_start = statement_days.ByStart(all_numbers), statement_days.ByStart(all_dates)
    for claim in claims:
        spans = claim.spans or [(claim.start, claim.end)]
        claim.numbers = numbers_by_start.inside(spans)
        claim.dates = dates_by_start.inside(spans)
        for s, e in spans:
            claim.entities.extend(facts.find_entities(text, s, e, language))
        claim.negated = facts.is_negated(claim.content, language)
    claims.sort(key=lambda c: c.start)
    extraction.claims = claims
    return extraction
