"""Word-level diff of two versions of a quote, ignoring case, accents and typography."""

from __future__ import annotations

from difflib import SequenceMatcher

from claims.compare.normalise import word_spans


def word_diff(a: str, b: str) -> list[dict]:
    """Operations turning `a` into `b`: [{"op": equal|delete|insert|replace, "a": str, "b": str}].

    Words are compared folded; the surfaces shown are the original words.
    """
    sa, sb = word_spans(a), word_spans(b)
    matcher = SequenceMatcher(None, [k for _, k in sa], [k for _, k in sb], autojunk=False)
    ops = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(
            {
                "op": tag,
                "a": " ".join(s for s, _ in sa[i1:i2]),
                "b": " ".join(s for s, _ in sb[j1:j2]),
            }
        )
    return ops


def changed_words(ops: list[dict]) -> tuple[list[str], list[str]]:
    """The folded words removed from `a` and added in `b` by a diff."""
    from claims.compare.normalise import words

    removed, added = [], []
    for op in ops:
        if op["op"] != "equal":
            removed += words(op["a"])
            added += words(op["b"])
    return removed, added


def render_plain(ops: list[dict]) -> str:
    """A one-line diff: [-removed-] {+added+}."""
    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(op["a"])
            continue
        if op["a"]:
            parts.append(f"[-{op['a']}-]")
        if op["b"]:
            parts.append(f"{{+{op['b']}+}}")
    return " ".join(parts)
