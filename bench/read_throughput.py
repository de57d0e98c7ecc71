"""Read-stage throughput: articles/s of `claims.read.iter_articles` on 3 KB text, HTML and JSONL.

    python bench/read_throughput.py [--count 2000]

Writes COUNT generated ~3 KB articles per format to a temporary directory, then times
reading them (files walked, decoded, parsed; no extraction, no database). Prints one
line per format.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from claims.article import Article
from claims.read import iter_articles

PARAGRAPH = (
    "« Nous avons pris toutes les mesures nécessaires », a déclaré jeudi le porte-parole "
    "du ministère, Jean-Marc Lefèvre, lors d'une conférence de presse à Paris, selon l'AFP. "
    "Le gouvernement prévoit 3,5 milliards d'euros d'investissements d'ici 2026. "
)


def article_text(number: int) -> str:
    paragraphs = [f"{PARAGRAPH} Article {number}, paragraphe {index}." for index in range(12)]
    return f"Titre de l'article numéro {number}\n\n" + "\n\n".join(paragraphs)


def article_html(number: int) -> str:
    body = "".join(f"<p>{PARAGRAPH} Article {number}, paragraphe {index}.</p>\n" for index in range(12))
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>Titre {number} - Le Journal</title>"
        '<meta property="og:site_name" content="Le Journal">'
        '<meta property="article:published_time" content="2024-03-04T10:00:00+01:00">'
        "<script>var analytics = {page: 'article'};</script><style>p { margin: 0 }</style></head>"
        '<body><nav class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>'
        f"<main><article><h1>Titre de l'article numéro {number}</h1>{body}"
        '<figure><img src="a.jpg"><figcaption>Une photo. Photo : AFP</figcaption></figure>'
        '</article></main><footer><p>© Le Journal</p></footer></body></html>'
    )


def measure(label: str, paths: list[str], expected: int) -> None:
    start = time.perf_counter()
    results = list(iter_articles(paths))
    elapsed = time.perf_counter() - start
    articles = sum(isinstance(result, Article) for result in results)
    assert articles == expected, (articles, expected)
    size = sum(len(result.text.encode()) for result in results) / max(articles, 1)
    print(f"{label:6s} {articles:6d} articles  {elapsed:6.2f} s  {articles / elapsed:8.0f} articles/s  (text {size / 1024:.1f} KB each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        for name in ("text", "html"):
            (root / name).mkdir()
        with open(root / "all.jsonl", "w", encoding="utf-8") as jsonl:
            for number in range(count):
                (root / "text" / f"{number:06d}.txt").write_text(article_text(number), encoding="utf-8")
                (root / "html" / f"{number:06d}.html").write_text(article_html(number), encoding="utf-8")
                jsonl.write(json.dumps({"text": article_text(number), "outlet": "Le Journal", "published": "2024-03-04"}) + "\n")
        measure("text", [str(root / "text")], count)
        measure("html", [str(root / "html")], count)
        measure("jsonl", [str(root / "all.jsonl")], count)


if __name__ == "__main__":
    main()
