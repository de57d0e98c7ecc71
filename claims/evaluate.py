"""Scoring extracted claims against a gold file made to the claim guidelines.

Claims are matched one to one inside each article by word overlap of their content:
overlap = shared words / words of the longer of the two contents (case and accents ignored).
Gold claims with `core: false` are borderline: missing one is never a miss, and a prediction
matched to one is never a false positive. Predictions of kind `assertion` are not scored.
Speaker accuracy and said_on agreement are measured over the core gold claims matched at the
lower threshold (said_on compared as ISO strings, both absent counting as agreement; only when the
predictions carry a `said_on` key).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

THRESHOLDS = (0.3, 0.8)
_WORD = re.compile(r"\w+")
_PARENTHESES = re.compile(r"\([^)]*\)")
_LEADING_DETERMINER = re.compile(r"^(?:(?:les|le|la|des|the|an|a|une|un)\s+|l')", re.IGNORECASE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_words(text: str) -> Counter:
    return Counter(_WORD.findall(_fold(text)))


def word_overlap(a: Counter, b: Counter) -> float:
    longer = max(sum(a.values()), sum(b.values()))
    if not longer:
        return 0.0
    return sum((a & b).values()) / longer


def speaker_key(name: str | None) -> str | None:
    if not name:
        return None
    folded = _LEADING_DETERMINER.sub("", _PARENTHESES.sub(" ", _fold(name)).strip())
    return " ".join(_WORD.findall(folded))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    g, p = speaker_key(gold), speaker_key(predicted)
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    try:
        from claims.extract.names import name_key
    except ImportError:  # pragma: no cover
        return False
    return name_key(_LEADING_DETERMINER.sub("", gold.strip())) == name_key(_LEADING_DETERMINER.sub("", predicted.strip()))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalReport:
    articles: int = 0
    gold_claims: int = 0  # core gold claims
    predicted_claims: int = 0  # predictions scored (assertions excluded)
    overall: dict[float, Counts] = field(default_factory=dict)
    by_kind: dict[float, dict[str, Counts]] = field(default_factory=dict)
    speaker_matched: int = 0
    speaker_correct: int = 0
    misses: list[dict] = field(default_factory=list)  # core gold unmatched at the lower threshold
    false_positives: list[dict] = field(default_factory=list)  # predictions unmatched at the lower threshold
    wrong_speakers: list[dict] = field(default_factory=list)
    said_on_matched: int = 0
    said_on_correct: int = 0
    wrong_dates: list[dict] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_matched if self.speaker_matched else 0.0

    @property
    def said_on_agreement(self) -> float:
        return self.said_on_correct / self.said_on_matched if self.said_on_matched else 0.0

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "overlap": {str(t): c.to_dict() for t, c in self.overall.items()},
            "by_kind": {str(t): {k: c.to_dict() for k, c in kinds.items()} for t, kinds in self.by_kind.items()},
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_matched": self.speaker_matched,
            "speaker_correct": self.speaker_correct,
            "misses": self.misses,
            "false_positives": self.false_positives,
            "wrong_speakers": self.wrong_speakers,
            "said_on_agreement": round(self.said_on_agreement, 4),
            "said_on_matched": self.said_on_matched,
            "said_on_correct": self.said_on_correct,
            "wrong_dates": self.wrong_dates,
        }


def _match(gold: list[dict], pred: list[dict], threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best overlaps first."""
    gold_words = [content_words(g.get("content", "")) for g in gold]
    pred_words = [content_words(p.get("content", "")) for p in pred]
    candidates = []
    for gi, gw in enumerate(gold_words):
        for pi, pw in enumerate(pred_words):
            ov = word_overlap(gw, pw)
            if ov >= threshold:
                # Core gold first at equal overlap, so a borderline one never steals a match.
                candidates.append((-ov, 0 if gold[gi].get("core", True) else 1, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def gold_claims(records: list[dict]) -> tuple[dict[str, list[dict]], set[str]]:
    """Claim lines per article, and every article named in the file (metadata and `none` lines too)."""
    per_article: dict[str, list[dict]] = {}
    articles: set[str] = set()
    for record in records:
        article = str(record.get("article"))
        articles.add(article)
        per_article.setdefault(article, [])
        if record.get("none") or "content" not in record or "kind" not in record:
            continue
        per_article[article].append(record)
    return per_article, articles


def score(gold_records: list[dict], predicted: dict[str, list[dict]], thresholds=THRESHOLDS) -> EvalReport:
    """Score predictions (article id → claim dicts with `kind`, `content`, `speaker`) against gold lines."""
    per_article, articles = gold_claims(gold_records)
    report = EvalReport(articles=len(articles))
    for t in thresholds:
        report.overall[t] = Counts()
        report.by_kind[t] = {}
    low = min(thresholds)
    for article in sorted(articles):
        gold = per_article.get(article, [])
        pred = [p for p in predicted.get(article, []) if p.get("kind") != "assertion"]
        report.gold_claims += sum(1 for g in gold if g.get("core", True))
        report.predicted_claims += len(pred)
        for t in thresholds:
            pairs = _match(gold, pred, t)
            matched_g = {gi: pi for gi, pi in pairs}
            matched_p = {pi: gi for gi, pi in pairs}
            overall, kinds = report.overall[t], report.by_kind[t]
            for gi, g in enumerate(gold):
                if not g.get("core", True):
                    continue
                kind = kinds.setdefault(g["kind"], Counts())
                if gi in matched_g:
                    overall.tp += 1
                    kind.tp += 1
                else:
                    overall.fn += 1
                    kind.fn += 1
                    if t == low:
                        report.misses.append({"article": article, "kind": g["kind"], "content": g["content"],
                                              "speaker": g.get("speaker")})
            for pi, p in enumerate(pred):
                if pi in matched_p:
                    continue
                overall.fp += 1
                kinds.setdefault(p.get("kind", "?"), Counts()).fp += 1
                if t == low:
                    report.false_positives.append({"article": article, "kind": p.get("kind"),
                                                   "content": p.get("content"), "speaker": p.get("speaker")})
            if t == low:
                for gi, pi in pairs:
                    g = gold[gi]
                    if not g.get("core", True):
                        continue
                    report.speaker_matched += 1
                    if same_speaker(g.get("speaker"), pred[pi].get("speaker")):
                        report.speaker_correct += 1
                    else:
                        report.wrong_speakers.append({"article": article, "content": g["content"],
                                                      "gold": g.get("speaker"), "predicted": pred[pi].get("speaker")})
                    if "said_on" in pred[pi]:
                        report.said_on_matched += 1
                        if g.get("said_on") == pred[pi]["said_on"]:
                            report.said_on_correct += 1
                        else:
                            report.wrong_dates.append({"article": article, "content": g["content"],
                                                       "gold": g.get("said_on"), "predicted": pred[pi]["said_on"]})
    return report


def boundary_errors(gold_records: list[dict], predicted: dict[str, list[dict]],
                    loose: float = min(THRESHOLDS), strict: float = max(THRESHOLDS)) -> list[dict]:
    """Core gold claims matched at the loose threshold but not at the strict one, with the
    prediction they were paired with and the pair's overlap."""
    per_article, articles = gold_claims(gold_records)
    errors = []
    for article in sorted(articles):
        gold = per_article.get(article, [])
        pred = [p for p in predicted.get(article, []) if p.get("kind") != "assertion"]
        strict_matched = {gi for gi, _ in _match(gold, pred, strict)}
        for gi, pi in sorted(_match(gold, pred, loose)):
            g = gold[gi]
            if gi in strict_matched or not g.get("core", True):
                continue
            overlap = word_overlap(content_words(g["content"]), content_words(pred[pi].get("content", "")))
            errors.append({"article": article, "kind": g["kind"], "predicted_kind": pred[pi].get("kind"),
                           "gold": g["content"], "predicted": pred[pi].get("content"), "overlap": overlap})
    return errors


def load_gold(path: str) -> list[dict]:
    """Gold lines from a JSONL file in the guidelines' format."""
    import json

    from claims.errors import InputError

    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(path, "not a JSON object", number) from None
        if not isinstance(record, dict) or "article" not in record:
            raise InputError(path, "gold line without an 'article' field", number)
        records.append(record)
    return records


_PREDICTIONS_SQL = """
SELECT a.source_path AS source_path, c.kind AS kind, c.content AS content,
       COALESCE(m.name, s.name) AS speaker, c.said_on AS said_on
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN speakers m ON m.id = s.merged_into_id
ORDER BY a.id, c.start
"""


def article_key(source_path: str | None) -> str | None:
    """The gold `article` id of a stored article: its source file's stem."""
    if not source_path:
        return None
    name = source_path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def database_predictions(db) -> dict[str, list[dict]]:
    """Stored claims per article id (source file stem), as `score` takes them."""
    predicted: dict[str, list[dict]] = {}
    with db.reader() as rows:
        for row in rows.all(_PREDICTIONS_SQL):
            key = article_key(row["source_path"])
            if key is not None:
                predicted.setdefault(key, []).append(
                    {"kind": row["kind"], "content": row["content"], "speaker": row["speaker"],
                     "said_on": row["said_on"]}
                )
    return predicted


# Files of an annotated folder that are not articles: gold annotations and the dev-set metadata.
_NOT_ARTICLES = ("gold.jsonl", "meta.jsonl")
_PREFERRED_FORMAT = ".txt"


def _is_article_file(path: str) -> bool:
    name = os.path.basename(path).lower()
    return name not in _NOT_ARTICLES and not name.endswith(".gold.jsonl")


def _folder_metadata(folder: str, cache: dict[str, dict[str, dict]]) -> dict[str, dict]:
    """`meta.jsonl` records of a folder by id (file stem): url, title, published. Unreadable
    lines are skipped: metadata only fills gaps."""
    import json

    if folder in cache:
        return cache[folder]
    records: dict[str, dict] = {}
    try:
        with open(os.path.join(folder, "meta.jsonl"), encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(record, dict) and record.get("id") is not None:
                    records[str(record["id"])] = record
    except OSError:
        pass
    cache[folder] = records
    return records


def _fill_from_metadata(article, record: dict) -> None:
    from datetime import date

    if article.published is None and isinstance(record.get("published"), str):
        try:
            article.published = date.fromisoformat(record["published"][:10])
        except ValueError:
            pass
    if article.url is None and isinstance(record.get("url"), str):
        article.url = record["url"]
    if article.title is None and isinstance(record.get("title"), str):
        article.title = record["title"]


def evaluation_articles(paths, defaults):
    """Articles to score from files and folders laid out like the dev set: gold files and
    `meta.jsonl` are skipped, a `.txt` is preferred to another file of the same name in the same
    folder (the `.html` it was made from), and `meta.jsonl` fills the published date, url and
    title of the articles beside it. Yields `Article` or `InputError` as `iter_articles` does."""
    from claims.errors import InputError
    from claims.read import iter_articles
    from claims.read.files import iter_input_files

    files: list[str] = []
    errors: list = []
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            errors.append(item)
        elif item.format == "stdin" or _is_article_file(item.path):
            files.append(item.path)
    with_text = {os.path.splitext(f)[0] for f in files if f.lower().endswith(_PREFERRED_FORMAT)}
    files = [f for f in files if f.lower().endswith(_PREFERRED_FORMAT) or os.path.splitext(f)[0] not in with_text]
    yield from errors
    cache: dict[str, dict[str, dict]] = {}
    for result in iter_articles(files, defaults=defaults):
        if not isinstance(result, InputError) and result.path:
            folder, name = os.path.split(result.path)
            record = _folder_metadata(folder or ".", cache).get(os.path.splitext(name)[0])
            if record is not None:
                _fill_from_metadata(result, record)
        yield result
