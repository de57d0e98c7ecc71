"""Question-and-answer interviews: who holds each turn, and the answers as the interviewee's claims.

Wikinews and many outlets print interviews as paragraphs opening with the speaker's tag,
``((WN)) question?`` then ``((Anthony Boccaletti)) answer``; a paragraph without a tag continues
the turn before it. The interviewer is the tag whose turns are mostly questions. When only the
interviewer is tagged, the untagged paragraphs after a question are the answers of the person the
interview is about. ``((hi))`` / ``((fa))`` open a translation of the turn (not kept).

The pipeline drops what the sentence rules found in a turn when it has no speaker or is the
interviewee reporting themselves ("I think that …", "I told them …": the answer already holds
it), keeps statements by third parties, and adds each answer as one `direct` claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.extract.cue_patterns import CuePatterns
from claims.extract.cues import is_weak
from claims.extract.drafts import Draft
from claims.extract.segments import sentences
from claims.extract.spans import Pieces
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.types import ExtractedClaim, SpeakerRef

_TAG = re.compile(r"\(\(([^()\n]{1,60})\)\)[ \t]*:?[ \t]*")
_TRANSLATION_LABEL = re.compile(r"[a-z]{2,3}")
# "((hi))Hindi language: …": a translation of the turn follows, glued to its language tag.
_TRANSLATION = re.compile(r"\(\([a-z]{2,3}\)\)(?=\S)")
# After a sentence end, a capitalised Latin word and two lower-case ones: English again.
_ENGLISH_RESUMES = re.compile(r"[.!?।۔][\"”’]?\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:\s+[a-z]+){2})")
# "Jean Dupont : …", "Q. : …", "Wikinews: …" at a paragraph's start (a name of up to five words).
_LABEL = re.compile(
    r"([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*(?:[ \u00a0](?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*|de|du|des|von|van|der|la|le|el|al|bin|ben)){0,4})"
    r"[ \u00a0\u202f]?:[ \u00a0\u202f]+(?=\S)")
# Sentences this short ("No.", "Oh, me too.") say nothing checkable.
MIN_SENTENCE_WORDS = 5
_WORD = re.compile(r"\w+")
_FIRST_OR_SECOND_PERSON = frozenset(("i", "we", "me", "us", "you", "my", "our", "your", "je", "j", "nous", "vous", "moi"))


@dataclass(slots=True)
class Turn(Pieces):
    label: str | None  # the tag; None for an untagged answer after a question
    interviewer: bool
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Interview:
    turns: list[Turn]
    tags: list[tuple[int, int]] = field(default_factory=list)

    def masked(self, text: str) -> str:
        """TEXT with every tag blanked (same length, so offsets hold): a tag is not a sentence's subject."""
        if not self.tags:
            return text
        pieces, cursor = [], 0
        for start, end in self.tags:
            start = max(start, cursor)  # (a tag inside a translation already blanked)
            if end <= start:
                continue
            pieces.append(text[cursor:start])
            pieces.append(" " * (end - start))
            cursor = end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def turn_at(self, position: int) -> Turn | None:
        for turn in self.turns:
            if turn.start <= position and any(s <= position < e for s, e in turn.spans):
                return turn
        return None

    def answers(self) -> list[Turn]:
        return [t for t in self.turns if not t.interviewer]


def _tagged(text: str, paras: list[tuple[int, int]], pattern: re.Pattern,
            mark: str) -> list[tuple[int, str | None, int]]:
    """(paragraph index, label or None, body start) for each paragraph; MARK is a string every match holds."""
    out = []
    for i, (start, end) in enumerate(paras):
        match = pattern.match(text, start, end) if text.find(mark, start, end) != -1 else None
        if match and not _TRANSLATION_LABEL.fullmatch(match.group(1).strip()):
            out.append((i, match.group(1).strip(), match.end()))
        else:
            out.append((i, None, start))
    return out


def _body_end(text: str, start: int, end: int) -> int:
    """End of a turn's own words: before an inline translation tag, trailing spaces dropped."""
    match = _TRANSLATION.search(text, start, end)
    if match is not None:
        end = match.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _translation_end(text: str, position: int) -> int:
    """Where a translation opened at POSITION stops: its paragraph's end, or an English sentence
    resuming after it ("… ((fa))Farsi language: … He further stated, "…"")."""
    end = text.find("\n", position)
    end = len(text) if end == -1 else end
    resumed = _ENGLISH_RESUMES.search(text, position, end)
    return resumed.start() + 1 if resumed is not None else end


def _is_question(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip().endswith("?")


def find_interview(text: str, paras: list[tuple[int, int]]) -> Interview | None:
    """The turns of an interview whose paragraphs open with their speaker's tag ("((WN))",
    "((Sara Seager))") or label ("Wikinews : …", "Jean Dupont : …", "Q : …"), else None."""
    if "((" in text:
        tagged = _tagged(text, paras, _TAG, "((")
        if sum(label is not None for _, label, _ in tagged) >= 2:
            tags = [(paras[i][0], body) for i, label, body in tagged if label is not None]
            # A translation runs to its paragraph's end: blanked whole, its quotes are no one's new words.
            tags += [(m.start(), _translation_end(text, m.end())) for m in _TRANSLATION.finditer(text)]
            return _turns(text, paras, tagged, sorted(tags), 1)
    if ":" in text:
        tagged = _tagged(text, paras, _LABEL, ":")
        counts: dict[str, int] = {}
        for _, label, _ in tagged:
            if label is not None:
                counts[label] = counts.get(label, 0) + 1
        # Two labels at least, each opening two paragraphs (not a list of vox-pop quotes), taking
        # turns ("Lire aussi : …" and "Photo : …" lines do not answer each other).
        sequence = [label for _, label, _ in tagged if label is not None and counts[label] >= 2]
        exchanges = sum(a != b for a, b in zip(sequence, sequence[1:]))
        if sum(n >= 2 for n in counts.values()) >= 2 and exchanges >= 3:
            tagged = [(i, label, body) if label and counts[label] >= 2 else (i, None, paras[i][0])
                      for i, label, body in tagged]
            tags = [(paras[i][0], body) for i, label, body in tagged if label is not None]
            return _turns(text, paras, tagged, tags, 2)
    return None


def _turns(text: str, paras, tagged, tags: list[tuple[int, int]], min_labels: int) -> Interview | None:
    ends = [_body_end(text, body, paras[i][1]) for i, _, body in tagged]
    questions: dict[str, list[bool]] = {}
    for i, label, body in tagged:
        if label is not None:
            questions.setdefault(label, []).append(_is_question(text, body, ends[i]))
    if len(questions) < min_labels:
        return None
    share = {label: sum(q) / len(q) for label, q in questions.items()}
    interviewer = max(share, key=share.get)
    if share[interviewer] < 0.5:
        return None
    turns: list[Turn] = []
    for i, label, body in tagged:
        end = ends[i]
        if label is not None:
            if body < end:
                turns.append(Turn(label, label == interviewer, [(body, end)]))
            continue
        if not turns:
            continue  # the introduction, in the article's voice
        previous = turns[-1]
        if previous.interviewer and previous.label is not None and len(questions) == 1:
            turns.append(Turn(None, False, [(body, end)]))  # only the interviewer is tagged
        else:
            previous.spans.append((body, end))
    return Interview(turns, tags)


def answer_worth_keeping(text: str, turn: Turn, non_answers: tuple[str, ...]) -> bool:
    """An answer with one sentence at least that states something: not a question back, not a
    courtesy or an "I don't know" (NON_ANSWERS), not a word or two ("No.", "[laughs]")."""
    for start, end in turn.spans:
        for s, e in sentences(text, start, end):
            sentence = text[s:e]
            if _is_question(text, s, e) or len(_WORD.findall(sentence)) < MIN_SENTENCE_WORDS:
                continue
            low = sentence.lower().replace("’", "'")
            if not any(phrase in low for phrase in non_answers):
                return True
    return False


def self_reported(mention_text: str | None) -> bool:
    """A mention in the first or second person: the interviewee reporting themselves."""
    if not mention_text:
        return True
    return any(word.lower() in _FIRST_OR_SECOND_PERSON for word in _WORD.findall(mention_text))


def _interviewee(turn: Turn, speakers: ArticleSpeakers) -> str | None:
    """The tag names the interviewee ("((Sara Seager))"); a one-word tag is completed from the article."""
    if turn.label is None:
        return speakers.main_person()
    return turn.label if " " in turn.label else speakers.full_name(turn.label, turn.start)


def _same_surname(name: str, other: str | None) -> bool:
    return other is not None and name.split()[-1:] == other.split()[-1:]


def without_self_reports(interview: Interview, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                         speakers: ArticleSpeakers, cues: CuePatterns) -> tuple[list[Draft], list[SpeakerRef | None]]:
    """Inside the turns of an interview, only what third parties said stays a claim of its own:
    an answer is already the interviewee's claim (their musings on what "feels" or "seems" too),
    a question is not a claim."""
    kept_drafts, kept_speakers = [], []
    interviewees: dict[int, str | None] = {}
    for draft, speaker in zip(drafts, speakers_of):
        turn = interview.turn_at(draft.start)
        if turn is not None:
            if speaker is None or self_reported(speaker.mention):
                continue
            if not turn.interviewer:
                if id(turn) not in interviewees:
                    interviewees[id(turn)] = _interviewee(turn, speakers)
                if _same_surname(speaker.name, interviewees[id(turn)]) or draft.cue is None \
                        or is_weak(draft.cue.split()[-1], cues):
                    continue
        kept_drafts.append(draft)
        kept_speakers.append(speaker)
    return kept_drafts, kept_speakers


def answer_claims(text: str, interview: Interview, speakers: ArticleSpeakers,
                  non_answers: tuple[str, ...]) -> list[ExtractedClaim]:
    """Each answer of an interview as one direct claim of the interviewee."""
    claims = []
    for turn in interview.answers():
        name = _interviewee(turn, speakers)
        if name is None or not answer_worth_keeping(text, turn, non_answers):
            continue
        claims.append(ExtractedClaim(
            "direct", " ".join(text[s:e] for s, e in turn.spans), turn.start, turn.end,
            speaker=SpeakerRef(name, turn.label or name),
            spans=list(turn.spans) if len(turn.spans) > 1 else None,
        ))
    return claims
