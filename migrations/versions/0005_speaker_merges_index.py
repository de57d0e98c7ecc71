"""index on speakers.merged_into_id: a search reads the few merged speakers without a scan

Revision ID: 0005
Revises: 0004
"""

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_speakers_merged_into_id'), 'speakers', ['merged_into_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_speakers_merged_into_id'), table_name='speakers')
