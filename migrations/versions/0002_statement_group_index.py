"""statement group index

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('statement_groups', schema=None) as batch_op:
        batch_op.create_index('ix_statement_groups_speaker_said_on', ['speaker_id', 'said_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('statement_groups', schema=None) as batch_op:
        batch_op.drop_index('ix_statement_groups_speaker_said_on')

