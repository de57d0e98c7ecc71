"""Helpers for tests that run `claims` in real processes on generated articles."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

FIRST_NAMES = (
    "Marie", "Jean", "Anne", "Paul", "Claire", "Louis", "Sophie", "Pierre", "Julie", "Marc",
    "Élise", "Hugo", "Léa", "Nicolas", "Camille", "Thomas", "Chloé", "Antoine", "Manon", "Lucas",
)
SURNAMES = (
    "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel",
    "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
    "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Henry", "Roussel",
    "Mathieu", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Lemaire", "Meyer", "Dufour",
    "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
)
VERBS = ("a déclaré", "a affirmé", "a dit", "a indiqué")
OUTLETS = ("Le Journal", "La Gazette", "Le Courrier")


SYLLABLES = ("ba", "ko", "ri", "mu", "sé", "la", "to", "vi", "ne", "da", "pu", "gé", "fo", "zi", "ma", "lu")


def pseudo_word(number: int) -> str:
    """A distinct made-up word per number, so generated articles share little vocabulary."""
    syllables = []
    for _ in range(3):
        number, digit = divmod(number, len(SYLLABLES))
        syllables.append(SYLLABLES[digit])
    return "".join(syllables) + SYLLABLES[number % len(SYLLABLES)]


def article_text(number: int) -> str:
    """A short French article; four in five carry a quote by a speaker of their own."""
    words = [pseudo_word(number * 7 + k) for k in range(5)]
    if number % 5 == 0:
        return f"Article {number}. Le conseil de {words[0]} s'est réuni pour la séance {words[1]}."
    speaker = f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {SURNAMES[(number // len(FIRST_NAMES)) % len(SURNAMES)]}"
    return (
        f"Article {number}. « Nous ouvrirons les {words[0]} de {words[1]} cette année », "
        f"{VERBS[number % len(VERBS)]} {speaker}. "
        f"Selon lui, les {words[2]} et les {words[3]} coûteront {number * 3} millions à {words[4]}."
    )


def article_record(number: int) -> dict:
    day = f"{2010 + number % 14}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    return {"text": article_text(number), "outlet": OUTLETS[number % len(OUTLETS)], "published": day}


def write_jsonl(path: Path, numbers) -> Path:
    with open(path, "w", encoding="utf-8") as stream:
        for number in numbers:
            stream.write(json.dumps(article_record(number), ensure_ascii=False) + "\n")
    return path


def claims_command(db: Path, *args) -> list[str]:
    return [sys.executable, "-m", "claims", "--db", str(db), *map(str, args)]


def run_claims(db: Path, *args, timeout: float = 240, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        claims_command(db, *args), capture_output=True, text=True, timeout=timeout,
        env=child_env(), **kwargs,
    )


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CLAIMS_DB", None)
    env.pop("CLAIMS_AGENCIES", None)
    env["COLUMNS"] = "200"
    return env


def count_articles(db: Path) -> int:
    """Committed articles, read without disturbing a writer (0 while the schema is missing)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def wait_for_articles(db: Path, process: subprocess.Popen, at_least: int, timeout: float = 180) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        count = count_articles(db)
        if count >= at_least:
            return count
        if process.poll() is not None:
            raise AssertionError(f"ingest ended (exit {process.returncode}) before {at_least} articles")
        time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} articles after {timeout} s")


def claim_counts_by_hash(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(
            conn.execute(
                "SELECT a.content_hash, count(c.id) FROM articles a "
                "LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id"
            ).fetchall()
        )
    finally:
        conn.close()


def scalar(db: Path, sql: str, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()
