"""Speakers across the database: one row per person or organisation.

A speaker's `key` is `speaker_key` of its canonical name (transliteration-insensitive
for a person's name, the whole phrase for a role or an organisation);
`speaker_aliases` records every surface form seen, keyed case- and
accent-insensitively. Hand curation (`merge`, `alias`) is stored as curated
aliases and `merged_into_id`, which resolution always follows.

A speaker an article describes rather than names ("police", "Ministry of Health",
`claims.extract.descriptions`) is one row per article (`article_id`): the same words
mean someone else in another story. Searching by those words finds every article's row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.errors import ClaimsError, NotFoundError
from claims.extract.descriptions import is_description
from claims.extract.lang import en, fr
from claims.extract.names import (
    alias_key, legacy_organisation_keys, name_key, phrase_key, speaker_key, surname_key,
)
from claims.store.sql import chunks, in_list, like_pattern

if TYPE_CHECKING:
    from claims.store.db import Database, Rows
    from claims.store.sql import WriteStatements


def follow_merges(speaker_id: int, merged_into) -> int:
    """The speaker SPEAKER_ID was folded into, through any chain of merges (cycles stop)."""
    seen = set()
    while speaker_id not in seen:
        seen.add(speaker_id)
        parent = merged_into(speaker_id)
        if parent is None:
            break
        speaker_id = parent
    return speaker_id


def _merges(rows: Rows) -> dict[int, int]:
    """Every folded speaker and the speaker it was folded into (few rows: merges are curated)."""
    return {r["id"]: r["merged_into_id"] for r in rows.all("SELECT id, merged_into_id FROM speakers WHERE merged_into_id IS NOT NULL")}


def _root(rows: Rows, speaker_id: int, merges: dict[int, int] | None = None) -> int:
    merges = _merges(rows) if merges is None else merges
    return follow_merges(speaker_id, merges.get)


def find_speaker_ids(rows: Rows, name: str) -> list[int]:
    """Speakers a user's NAME can mean: "#ID", curated aliases, then names, aliases and surnames."""
    if (number := name.strip()).startswith("#") and number[1:].isdigit():
        found = rows.scalar("SELECT id FROM speakers WHERE id = :id", id=int(number[1:]))
        return [_root(rows, found)] if found is not None else []
    akey, skey = alias_key(name), surname_key(name)
    curated = rows.all(
        "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE key = :k AND curated = :t",
        k=akey,
        t=True,
    )
    ids = [r["speaker_id"] for r in curated]
    if not ids:
        # "OMS" finds the World Health Organization, under any of its listed names' keys.
        keys, params = in_list("k", dict.fromkeys((name_key(name), phrase_key(name), *legacy_organisation_keys(name))))
        found = rows.all(
            f"SELECT id FROM speakers WHERE key IN {keys} UNION SELECT speaker_id FROM speaker_aliases WHERE key = :a",
            a=akey,
            **params,
        )
        ids = [r["id"] for r in found]
    if not ids and skey and " " not in name.strip():
        found = rows.all(
            "SELECT id FROM speakers WHERE key = :s OR key LIKE :suffix ESCAPE '\\'",
            s=skey,
            suffix=like_pattern(skey, prefix="% "),
        )
        ids = [r["id"] for r in found]
    merges = _merges(rows) if ids else {}
    return sorted({_root(rows, i, merges) for i in ids})


def with_merged(rows: Rows, speaker_ids: list[int]) -> list[int]:
    """SPEAKER_IDS and every speaker folded into them, directly or through other merges.

    An ingest that was running during a merge may still attach claims to a folded speaker.
    """
    folded_into: dict[int, list[int]] = {}
    for folded, into in _merges(rows).items():
        folded_into.setdefault(into, []).append(folded)
    found = set(speaker_ids)
    frontier = list(speaker_ids)
    while frontier and folded_into:
        frontier = [f for i in frontier for f in folded_into.get(i, ()) if f not in found]
        found.update(frontier)
    return sorted(found)


def speaker_ids_or_fail(rows: Rows, name: str) -> list[int]:
    ids = find_speaker_ids(rows, name)
    if not ids:
        raise NotFoundError(f"no speaker matches '{name}'")
    return ids


def matching_speakers(rows: Rows, name: str) -> list[dict]:
    """The speakers NAME designates: one, or one per article when NAME is a description
    ("police", with the one row a database filled before descriptions has for it); ambiguity
    between named speakers is an error listing the candidates."""
    ids = speaker_ids_or_fail(rows, name)
    sql, params = in_list("s", ids)
    found = rows.all(
        f"SELECT id, name, kind, external_id, article_id, key FROM speakers WHERE id IN {sql} ORDER BY id", **params
    )
    if len(found) > 1 and (len({s["key"] for s in found}) > 1 or sum(s["article_id"] is None for s in found) > 1):
        names = [s["name"] for s in found]
        raise ClaimsError(f"'{name}' matches several speakers: {', '.join(names)}; be more precise")
    for speaker in found:
        del speaker["key"]
    return found


def one_speaker(rows: Rows, name: str) -> dict:
    """The single speaker NAME designates; ambiguity is an error listing the candidates."""
    found = matching_speakers(rows, name)
    if len(found) > 1:
        shown = ", ".join(f"#{s['id']}" for s in found[:5]) + (", …" if len(found) > 5 else "")
        raise ClaimsError(
            f"'{name}' describes a different speaker in each of {len(found)} articles; "
            f"give one by its id: {shown}"
        )
    return found[0]


class SpeakerResolver:
    """Maps an extracted speaker to a speaker row, creating it when new. Used by ingest.

    Every method takes the `WriteStatements` of the ingest's write transaction. The
    caches are bounded (`CACHE_LIMIT` entries each, emptied when full) so a long ingest
    does not grow with the number of distinct speakers.
    """

    CACHE_LIMIT = 20_000

    def __init__(self):
        self._alias_seen: set[tuple[int, str]] = set()
        # Only found ids are cached: another process may create a speaker at any time.
        self._cache: dict[tuple[str | None, str, int | None], int] = {}
        self._curated: dict[str, int] | None = None
        self._resolved: dict[tuple[str, str | None, str, int | None], int] = {}
        self._pending: dict[tuple[int, str], str] = {}
        # Speaker ids are given here (max + 1, …) so that descriptions, one per article, are
        # inserted together by `flush` rather than one statement each.
        self._next_id: int | None = None
        self._new_descriptions: list[tuple] = []

    def _curated_aliases(self, sql: WriteStatements) -> dict[str, int]:
        if self._curated is None:
            found = sql.rows("SELECT key, speaker_id FROM speaker_aliases WHERE curated = ?", (True,))
            self._curated = {key: self._root(sql, sid) for key, sid in found}
        return self._curated

    def resolve(self, sql: WriteStatements, article_id: int, name: str, mention: str | None, kind: str) -> int:
        """The speaker row for an extracted speaker (a `SpeakerRef`'s name, mention and
        kind) in article ARTICLE_ID: a hand-curated alias of its name or mention wins."""
        scope = article_id if is_description(name) else None
        seen = (name, mention, kind, scope)
        speaker_id = self._resolved.get(seen)
        if speaker_id is None:
            speaker_id = self._resolved[seen] = self._resolve(sql, name, mention, kind, scope)
        return speaker_id

    def _resolve(self, sql: WriteStatements, name: str, mention: str | None, kind: str, scope: int | None) -> int:
        akey, nkey = alias_key(name), speaker_key(name, kind)
        curated = self._curated_aliases(sql)
        speaker_id = curated.get(akey) or (curated.get(alias_key(mention)) if mention else None)
        if speaker_id is None:
            # One row per article for a description, whatever its surface ("the police", "Police").
            cached = (akey if scope is None else None, nkey, scope)
            speaker_id = self._cache.get(cached)
            if speaker_id is None:
                if scope is None:
                    speaker_id = self._lookup_or_create(sql, name, kind, nkey)
                else:
                    speaker_id = self._create_description(sql, name, kind, nkey, scope)
                self._cache[cached] = speaker_id
            if scope is not None:
                return speaker_id  # found by its key, shown by its name: no aliases to keep
        self._record_alias(speaker_id, name)
        if mention and _names_the_speaker(mention, name):
            self._record_alias(speaker_id, mention)
        return speaker_id

    def forget(self) -> None:
        """Drop cached ids; called when a transaction that may have created them rolls back."""
        self._cache.clear()
        self._alias_seen.clear()
        self._curated = None
        self._resolved.clear()
        self._pending.clear()
        self._next_id = None
        self._new_descriptions.clear()

    def _new_id(self, sql: WriteStatements) -> int:
        if self._next_id is None:
            self._next_id = (sql.scalar("SELECT MAX(id) FROM speakers") or 0) + 1
        self._next_id += 1
        return self._next_id - 1

    def _lookup_or_create(self, sql: WriteStatements, name: str, kind: str, nkey: str) -> int:
        # A listed international body may have rows keyed by one of its names (databases filled
        # before the lists): "OTAN" stored as "otan" is still NATO.
        keys = legacy_organisation_keys(name) if kind == "organisation" else (nkey,)
        among = ", ".join("?" * len(keys))
        speaker_id = sql.scalar(
            f"SELECT id FROM speakers WHERE key IN ({among}) AND article_id IS NULL AND merged_into_id IS NULL"
            " ORDER BY id LIMIT 1",
            keys,
        )
        if speaker_id is None:
            speaker_id = sql.scalar(
                f"SELECT merged_into_id FROM speakers WHERE key IN ({among}) AND article_id IS NULL ORDER BY id LIMIT 1",
                keys,
            )
        if speaker_id is None and " " not in name.strip():
            # A surname alone joins the one known person of that surname, never several.
            candidates = sql.rows(
                "SELECT id FROM speakers WHERE key LIKE ? ESCAPE '\\' AND article_id IS NULL"
                " AND merged_into_id IS NULL LIMIT 2",
                (like_pattern(nkey, prefix="% "),),
            )
            if len(candidates) == 1:
                speaker_id = candidates[0][0]
        if speaker_id is None:
            speaker_id = self._new_id(sql)
            sql.rows("INSERT INTO speakers (id, name, key, kind) VALUES (?, ?, ?, ?)", (speaker_id, name, nkey, kind))
            return speaker_id
        return self._root(sql, speaker_id)

    def _create_description(self, sql: WriteStatements, name: str, kind: str, nkey: str, article_id: int) -> int:
        # Only this ingest of the article creates its descriptions, and `_cache` holds those
        # already created: nothing to look up.
        speaker_id = self._new_id(sql)
        self._new_descriptions.append((speaker_id, name, nkey, kind, article_id))
        return speaker_id

    def _root(self, sql: WriteStatements, speaker_id: int) -> int:
        return follow_merges(
            speaker_id,
            lambda sid: sql.scalar("SELECT merged_into_id FROM speakers WHERE id = ?", (sid,)),
        )

    def _record_alias(self, speaker_id: int, surface: str) -> None:
        key = alias_key(surface)
        if key and (speaker_id, key) not in self._alias_seen:
            self._alias_seen.add((speaker_id, key))
            self._pending[(speaker_id, key)] = surface

    def flush(self, sql: WriteStatements) -> None:
        """Store the descriptions created and the aliases seen since the last flush that the
        database does not have yet; call it before inserting the claims that refer to them."""
        sql.insert_rows("INSERT INTO speakers (id, name, key, kind, article_id) VALUES", self._new_descriptions)
        self._new_descriptions.clear()
        self._next_id = None
        if self._pending:
            pairs = list(self._pending)
            known = set()
            for part in chunks(pairs, 400):
                speakers = sorted({sid for sid, _ in part})
                found = sql.rows(
                    "SELECT speaker_id, key FROM speaker_aliases"
                    f" WHERE speaker_id IN ({', '.join('?' * len(speakers))})"
                    f" AND (speaker_id, key) IN (VALUES {', '.join(['(?, ?)'] * len(part))})",
                    [*speakers, *(value for pair in part for value in pair)],
                )
                known.update(found)
            sql.many(
                "INSERT INTO speaker_aliases (speaker_id, alias, key, curated) VALUES (?, ?, ?, ?)",
                [
                    (sid, surface, key, False)
                    for (sid, key), surface in self._pending.items()
                    if (sid, key) not in known
                ],
            )
            self._pending.clear()
        if max(len(self._resolved), len(self._cache), len(self._alias_seen)) > self.CACHE_LIMIT:
            self._resolved.clear()
            self._cache.clear()
            self._alias_seen.clear()


def _names_the_speaker(mention: str, name: str) -> bool:
    """True for 'M. Peskov' or 'Peskov' naming 'Dmitri Peskov'; False for 'il', a role or a cue."""
    name_tokens = {alias_key(t) for t in name.split()}
    tokens = mention.replace(",", " ").split()
    named = False
    for token in tokens:
        key = alias_key(token)
        if key in name_tokens:
            named = True
        elif key.rstrip(".") not in _TITLE_KEYS:
            return False
    return named


_TITLE_KEYS = {alias_key(t).rstrip(".") for t in (*fr.TITLES, *en.TITLES)}


# -- hand curation ------------------------------------------------------------


def merge_speakers(db: Database, keep_name: str, other_name: str) -> tuple[dict, dict, int]:
    """Fold OTHER into KEEP: its claims, aliases and future mentions go to KEEP."""
    from sqlalchemy import text

    with db.reader() as rows:
        keep = one_speaker(rows, keep_name)
        other = one_speaker(rows, other_name)
    if keep["id"] == other["id"]:
        raise ClaimsError(f"'{keep_name}' and '{other_name}' are already the same speaker")
    with db.writer() as conn:
        moved = conn.execute(
            text("UPDATE claims SET speaker_id = :keep WHERE speaker_id = :other"),
            {"keep": keep["id"], "other": other["id"]},
        ).rowcount
        conn.execute(
            text(
                "UPDATE speaker_aliases SET speaker_id = :keep WHERE speaker_id = :other "
                "AND key NOT IN (SELECT key FROM speaker_aliases WHERE speaker_id = :keep)"
            ),
            {"keep": keep["id"], "other": other["id"]},
        )
        conn.execute(
            text("DELETE FROM speaker_aliases WHERE speaker_id = :other"), {"other": other["id"]}
        )
        conn.execute(
            text("UPDATE speakers SET merged_into_id = :keep WHERE id = :other OR merged_into_id = :other"),
            {"keep": keep["id"], "other": other["id"]},
        )
        conn.execute(
            text("UPDATE statement_groups SET speaker_id = :keep WHERE speaker_id = :other"),
            {"keep": keep["id"], "other": other["id"]},
        )
        if other["article_id"] is None:
            # Later ingests follow the merge; one article's "police" says nothing of the others'.
            _curate(conn, keep["id"], other["name"])
    return keep, other, moved


def add_alias(db: Database, name: str, alias: str) -> dict:
    """Make ALIAS always mean the speaker NAME, for queries and for later ingests."""
    if not alias_key(alias):
        raise ClaimsError("the alias is empty")
    with db.reader() as rows:
        speaker = one_speaker(rows, name)
    with db.writer() as conn:
        _curate(conn, speaker["id"], alias)
    return speaker


def _curate(conn, speaker_id: int, surface: str) -> None:
    from sqlalchemy import text

    key = alias_key(surface)
    conn.execute(
        text("UPDATE speaker_aliases SET curated = :f WHERE key = :k AND speaker_id != :s AND curated = :t"),
        {"k": key, "s": speaker_id, "t": True, "f": False},
    )
    updated = conn.execute(
        text("UPDATE speaker_aliases SET curated = :t WHERE key = :k AND speaker_id = :s"),
        {"k": key, "s": speaker_id, "t": True},
    ).rowcount
    if not updated:
        conn.execute(
            text(
                "INSERT INTO speaker_aliases (speaker_id, alias, key, curated) "
                "VALUES (:s, :a, :k, :t)"
            ),
            {"s": speaker_id, "a": surface, "k": key, "t": True},
        )
