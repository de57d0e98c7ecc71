"""French: "Le Conseil d'État vaudois a admis une partie du recours, a-t-il annoncé lundi." An
attribution after the statement by an inverted pronoun alone stands for the statement's own subject
when the statement opens its sentence on a person or a body, then its verb in the active voice, the
pronoun's gender agrees and no claim of the paragraph came before."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import first_name_gender
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.speaker_mentions import parse_mention

_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle)$")
# The subject, then an auxiliary and a participle ("a admis", "avait décidé"), not a passive ("a été adopté").
_SUBJECT_THEN_VERB = re.compile(
    r"(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;:«»\"“”()]{1,80}?)\s+(?:a|avait|ont|avaient)\s+(?!été\b)(?:[a-zà-ÿ]+\s+)?"
    r"[a-zà-ÿ]+(?:é|i|is|it|u|us|t|ert)\b")
_FEMININE_ARTICLE = re.compile(r"(?:La|Une|Cette)\s", re.IGNORECASE)
_MASCULINE_ARTICLE = re.compile(r"(?:Le|Un|Ce|Cet)\s", re.IGNORECASE)


def _agrees(np: str, gender: str, name: str | None) -> bool:
    if _FEMININE_ARTICLE.match(np):
        return gender == "elle"
    if _MASCULINE_ARTICLE.match(np):
        return gender == "il"
    if name is not None and np.startswith(name):
        given = first_name_gender(name)
        return given is not None and given == ("f" if gender == "elle" else "m")
    return False


def _person_of_gender(mention: Mention | None, gender: str) -> bool:
    """Whether MENTION names a person whom the pronoun GENDER ("il", "elle") may stand for."""
    if mention is None or not mention.name or mention.organisation or mention.pronoun:
        return False
    given = first_name_gender(mention.name)
    return given is None or given == ("f" if gender == "elle" else "m")


def statement_subjects(text: str, drafts: list[Draft], lex: Lexicon) -> None:
    """Give, in DRAFTS, each such pronoun attribution the statement's subject as its mention."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or not mention.pronoun or draft.inherit:
            continue
        inverted = _INVERTED_PRONOUN.search(mention.text.split()[0] if " " in mention.text else mention.text)
        if inverted is None or draft.kind == "direct":
            continue
        gender = inverted.group(1)
        start, end = draft.spans[0]
        if i > 0 and drafts[i - 1].paragraph == draft.paragraph \
                or text[draft.sentence[0]:start].strip(" «“\"\u00a0") != "" or draft.position < end:
            continue  # the statement opens its sentence, the first claim of its paragraph; its attribution follows it
        if i > 0 and drafts[i - 1].paragraph == draft.paragraph - 1 and _person_of_gender(drafts[i - 1].mention, gender):
            continue  # "…, a annoncé son directeur, Pierre-Yves Koenig. ¶ Le conseil général a réduit …, a-t-il détaillé": him
        subject = _SUBJECT_THEN_VERB.match(text, start, end)
        candidate = parse_mention(subject.group("np"), lex) if subject is not None else None
        if candidate is None or candidate.pronoun or not _agrees(subject.group("np"), gender, candidate.name):
            continue
        if candidate.name or candidate.organisation or candidate.role and fold(candidate.role.split()[0]) in lex.roles:
            draft.mention = candidate
