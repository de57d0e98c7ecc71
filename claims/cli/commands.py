"""Imports every command module so each registers itself on the app."""

from claims.cli import db_cmd  # noqa: F401
