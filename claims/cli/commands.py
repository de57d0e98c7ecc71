"""Imports every command module so each registers itself on the app."""

from claims.cli import ingest_cmd  # noqa: F401
from claims.cli import search_cmd  # noqa: F401
from claims.cli import speakers_cmd  # noqa: F401
from claims.cli import articles_cmd  # noqa: F401
from claims.cli import db_cmd  # noqa: F401
from claims.cli import compare_cmd  # noqa: F401
from claims.cli import eval_cmd  # noqa: F401
