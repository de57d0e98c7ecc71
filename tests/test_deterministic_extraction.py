"""Extraction gives the same speakers whatever the interpreter's string-hash seed (sets of names are
never read in their hash order). Text invented for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_TEXT = ("Urgences : régulation la nuit\n\n"
         "Les patients devront appeler le 15 la nuit, a annoncé lundi le Groupe hospitalier Bretagne Sud (GHBS). "
         "Selon la direction, il manque sept médecins.\n\n"
         "La directrice du GHBS, Isabelle Tanguy, a assuré que le dispositif serait évalué.\n\n"
         "Pour la CGT du GHBS, cette régulation est « une fermeture qui ne dit pas son nom ».\n")
_PROGRAM = ("import json, sys\nfrom claims.article import Article\nfrom claims.extract import extract\n"
            "claims = extract(Article(sys.stdin.read(), language='fr')).claims\n"
            "print(json.dumps([c.speaker.name if c.speaker else None for c in claims]))")


def _speakers_with_seed(seed: int) -> list[str | None]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", _PROGRAM], input=_TEXT, capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_a_short_form_goes_to_the_longest_name_it_follows_whatever_the_hash_seed():
    runs = [_speakers_with_seed(seed) for seed in range(6)]
    assert all(run == runs[0] for run in runs)
    assert "CGT du Groupe hospitalier Bretagne Sud" in runs[0]
