"""Alembic environment: claims passes its own connection; see claims.store.db."""

from alembic import context

from claims.store.models import Base

target_metadata = Base.metadata


def include_name(name, type_, parent_names):
    # The SQLite full-text index and its shadow tables are managed by hand in migrations.
    if type_ == "table" and name and name.startswith("claims_fts"):
        return False
    return True


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from claims.store.db import _create_engine, resolve_url

        engine = _create_engine(resolve_url(context.config.get_main_option("sqlalchemy.url")))
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
