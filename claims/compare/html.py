"""One self-contained HTML page of discrepancies: versions side by side, differences marked.

No scripts, no external resources; every article-derived string goes through `esc`.
"""

from __future__ import annotations

import re
from html import escape
from typing import Iterable

from claims.compare.report import outlet_label, speaker_label

_HTML_SPECIAL = re.compile("[&<>\"']")  # what html.escape(quote=True) replaces

_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f;background:#fafafa}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin:0 0 .4rem}
.d{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0}
.type{display:inline-block;font-size:.8rem;padding:.1rem .5rem;border-radius:4px;background:#eef;margin-right:.4rem}
.high{background:#fde2e1}.medium{background:#fff1cc}.low{background:#e8f5e9}
.versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.8rem;margin-top:.8rem}
.v{border-left:4px solid #ccc;padding:.3rem .7rem;background:#f6f6f8}.v.ref{border-color:#6a8}
.v.odd{border-color:#d66}.meta{font-size:.85rem;color:#555}
del{background:#fbd3d0;text-decoration:line-through}ins{background:#cdebd3;text-decoration:none}
mark{background:#ffe58a}.summary{margin:.3rem 0}
"""


def esc(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return escape(text, quote=True) if _HTML_SPECIAL.search(text) else text


def _highlight(text: str, values: list[str]) -> str:
    """`text` escaped, with each occurrence of `values` wrapped in <mark>."""
    spans = []
    lowered = text.casefold()
    for value in sorted({v for v in values if v}, key=len, reverse=True):
        start = lowered.find(value.casefold())
        while start >= 0:
            end = start + len(value)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = lowered.find(value.casefold(), end)
    out, pos = [], 0
    for s, e in sorted(spans):
        out += [esc(text[pos:s]), "<mark>", esc(text[s:e]), "</mark>"]
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def _diff_side(ops: list[dict], side: str) -> str:
    tag = "del" if side == "a" else "ins"
    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(esc(op["a"]))
        elif op[side]:
            parts.append(f"<{tag}>{esc(op[side])}</{tag}>")
    return " ".join(p for p in parts if p)


def _values(version: dict) -> list[str]:
    values = [n.get("text") for n in version.get("numbers", [])]
    values += [d.get("text") for d in version.get("dates", [])]
    values += list(version.get("entities", []))
    return values


def _version_html(d: dict, claim: dict, index: int) -> str:
    evidence = d["evidence"]
    reference = evidence.get("reference_claim_id")
    diff = evidence.get("diff")
    role = "ref" if claim["id"] == reference else "odd"
    if diff and index == 0 and role == "ref":
        body = _diff_side(diff, "a")
    elif diff and index == 1:
        body = _diff_side(diff, "b")
    else:
        version = next((v for v in evidence.get("versions", []) if v.get("claim_id") == claim["id"]), {})
        body = _highlight(claim["text"], _values(version))
    a = claim["article"]
    meta = " · ".join(
        x
        for x in (
            esc(speaker_label(claim)),
            f"said on {esc(claim['said_on'])}" if claim.get("said_on") else "",
            f"published {esc(a.get('published'))}" if a.get("published") else "",
            f"cites {esc(', '.join(a.get('cited_sources') or []))}" if a.get("cited_sources") else "",
        )
        if x
    )
    title = esc(a.get("title") or "")
    url = a.get("url") or ""
    if url.startswith(("http://", "https://")):
        link = f' — <a href="{esc(url)}">{title or "article"}</a>'
    else:
        link = f" — {title}" if title else ""
    return (
        f'<div class="v {role}"><div><strong>{esc(outlet_label(claim))}</strong>{link}</div>'
        f'<div class="meta">{meta} · {esc(claim["kind"])}</div><p>{body}</p></div>'
    )


def _sources_html(d: dict) -> str:
    sources = d["evidence"].get("source_articles") or []
    if not sources:
        return ""
    items = "".join(f"<li>{esc(s.get('outlet'))}: {esc(s.get('title') or s.get('id'))}</li>" for s in sources)
    return f'<div class="meta">Source articles checked:<ul>{items}</ul></div>'


def discrepancies_html(items: Iterable[dict], title: str = "Discrepancies between outlets") -> str:
    """The page for any iterable of discrepancies; only the rendered cards are kept."""
    cards = []
    for n, d in enumerate(items, 1):
        versions = "".join(_version_html(d, c, i) for i, c in enumerate(d["claims"]))
        cards.append(
            f'<section class="d"><h2>{n}. <span class="type {esc(d["severity"])}">{esc(d["type"])}</span>'
            f'<span class="meta">{esc(d["severity"])} · group {esc(d["group_id"])}</span></h2>'
            f'<p class="summary">{esc(d["summary"])}</p><div class="versions">{versions}</div>'
            f"{_sources_html(d)}</section>"
        )
    body = "".join(cards) or "<p>No discrepancy found.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{esc(title)}</h1><p class=\"meta\">{len(cards)} discrepancy(ies). "
        "Reference version in green, differing versions in red; "
        "<del>removed</del> and <ins>added</ins> words, <mark>compared values</mark>.</p>"
        f"{body}</body></html>\n"
    )
