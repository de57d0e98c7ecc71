"""Print the claims extract() finds in one text file: python tools/show_claims.py FILE [fr|en] [--all]"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's claims, not an installed copy
from claims.article import Article
from claims.extract import extract

path = Path(sys.argv[1])
lang = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else None
for claim in extract(Article(path.read_text(encoding="utf-8"), language=lang)).claims:
    if claim.kind == "assertion" and "--all" not in sys.argv:
        continue
    speaker = claim.speaker and (claim.speaker.name, claim.speaker.mention)
    print(f"{claim.start:5d} {claim.kind:9s} {speaker} | {claim.cue} | {claim.said_on and claim.said_on.iso()} | {claim.content[:90]}")
