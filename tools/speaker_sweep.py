"""Speaker attribution by construction: short texts written for each way press copy attributes a
statement (roles in apposition, demonstratives, pronouns, "selon" / "according to", documents,
inverted verbs …), each with the speaker expected for a fragment of its claims.

    python tools/speaker_sweep.py fr|en [-v] [-t]

Cases are in tools/speaker_sweep/LANG.jsonl: {"batch", "construction", "text", "expect": [[fragment,
speaker], …]}; a speaker of null means the claim may also be missed. Prints the failures (every case
with -v), the tally per batch (per construction with -t) and the total. Invented names throughout: a
checklist for finding construction classes that fail, not a score to tune to — fixes go in with a
test in tests/test_speaker_constructions_LANG.py.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's claims, not an installed copy
from claims.article import Article
from claims.evaluate import same_speaker
from claims.extract import extract

CASES = Path(__file__).resolve().parent / "speaker_sweep"


def check(text: str, expect: list[list], language: str) -> list[str]:
    """What is wrong with the claims of TEXT (empty when every fragment has its speaker)."""
    claims = [c for c in extract(Article(text, language=language)).claims if c.kind != "assertion"]
    problems = []
    for fragment, speaker in expect:
        hit = [c for c in claims if fragment in c.content]
        if not hit:
            if speaker is not None:
                problems.append(f"MISSING {fragment!r}: {[(c.content[:40], c.speaker.name if c.speaker else None) for c in claims]}")
            continue
        got = hit[0].speaker.name if hit[0].speaker else None
        if not same_speaker(speaker, got):
            problems.append(f"WRONG {fragment!r}: got {got!r} want {speaker!r}")
    return problems


def main(argv: list[str]) -> int:
    languages = [a for a in argv if not a.startswith("-")]
    if len(languages) != 1 or not (CASES / f"{languages[0]}.jsonl").is_file():
        print("usage: python tools/speaker_sweep.py fr|en [-v] [-t]", file=sys.stderr)
        return 2
    language, verbose = languages[0], "-v" in argv
    by_batch: dict[str, list[int]] = collections.OrderedDict()
    by_construction: dict[str, list[int]] = collections.OrderedDict()
    for line in (CASES / f"{language}.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        problems = check(case["text"], case["expect"], language)
        for tally, key in ((by_batch, case["batch"]), (by_construction, case["construction"])):
            counts = tally.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += not problems
        if problems or verbose:
            print(("FAIL " if problems else "ok   ") + case["construction"] + " | " + case["text"][:90].replace("\n", " / "))
            for problem in problems:
                print("     ", problem)
    for name, (n, right) in (by_construction if "-t" in argv else by_batch).items():
        print(f"{name:40s} {right}/{n}")
    total, good = sum(v[0] for v in by_batch.values()), sum(v[1] for v in by_batch.values())
    print(f"all: {good}/{total} texts; constructions fully right "
          f"{sum(1 for n, right in by_construction.values() if n == right)}/{len(by_construction)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
