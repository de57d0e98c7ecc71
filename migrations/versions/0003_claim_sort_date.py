"""claim sort date

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Kept in step with claims.store.ingest.sort_date().
BACKFILL = """
UPDATE claims SET sort_date = CASE
    WHEN said_on IS NOT NULL AND said_on NOT LIKE '--%' THEN said_on
    ELSE (SELECT published FROM articles WHERE articles.id = claims.article_id)
END
"""


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_date', sa.String(length=10), nullable=True))
        batch_op.drop_index(batch_op.f('ix_claims_kind'))
        batch_op.drop_index(batch_op.f('ix_claims_said_on'))
        batch_op.drop_index(batch_op.f('ix_claims_speaker_said_on'))
    op.execute(BACKFILL)
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_sort_date'), ['sort_date'], unique=False)
        batch_op.create_index('ix_claims_speaker_sort_date', ['speaker_id', 'sort_date'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_speaker_sort_date')
        batch_op.drop_index(batch_op.f('ix_claims_sort_date'))
        batch_op.create_index(batch_op.f('ix_claims_speaker_said_on'), ['speaker_id', 'said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_said_on'), ['said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_kind'), ['kind'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # A native drop keeps the full-text triggers that a batch table copy would lose.
        op.execute("ALTER TABLE claims DROP COLUMN sort_date")
    else:
        op.drop_column('claims', 'sort_date')
