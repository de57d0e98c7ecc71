"""speakers described by an article: one per article

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Native ADD COLUMN (no batch copy): `speakers` is referenced by claims, groups and aliases.
    op.add_column('speakers', sa.Column('article_id', sa.Integer(), nullable=True))
    op.create_index(op.f('ix_speakers_article_id'), 'speakers', ['article_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_speakers_article_id'), table_name='speakers')
    op.drop_column('speakers', 'article_id')
