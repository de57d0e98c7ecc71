"""initial schema

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


FTS_SQLITE = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5(content, content='claims', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, content) VALUES (new.id, new.content); END",
    "CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, content) VALUES ('delete', old.id, old.content); END",
    "CREATE TRIGGER claims_fts_au AFTER UPDATE OF content ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, content) VALUES ('delete', old.id, old.content); "
    "INSERT INTO claims_fts(rowid, content) VALUES (new.id, new.content); END",
]


def _create_fts() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQLITE:
            op.execute(statement)


def _drop_fts() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("claims_fts_ai", "claims_fts_ad", "claims_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS claims_fts")


def upgrade() -> None:
    op.create_table('outlets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('key', name=op.f('uq_outlets_key'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('key', name=op.f('uq_sources_key'))
    )
    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['speakers.id'], name=op.f('fk_speakers_merged_into_id_speakers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speakers'))
    )
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speakers_key'), ['key'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('byline', sa.String(length=300), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('speaker_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('curated', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_speaker_aliases_speaker_id_speakers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_aliases')),
    sa.UniqueConstraint('speaker_id', 'key', name='uq_speaker_aliases_speaker_key')
    )
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_aliases_key'), ['key'], unique=False)

    op.create_table('statement_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('said_on', sa.String(length=10), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_statement_groups_speaker_id_speakers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_groups'))
    )
    with op.batch_alter_table('statement_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_groups_said_on'), ['said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_groups_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('article_sources',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_sources_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_article_sources_source_id_sources')),
    sa.PrimaryKeyConstraint('article_id', 'source_id', 'role', name=op.f('pk_article_sources'))
    )
    with op.batch_alter_table('article_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_sources_source_id'), ['source_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('mention', sa.String(length=300), nullable=True),
    sa.Column('role', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('cue', sa.String(length=100), nullable=True),
    sa.Column('said_on', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=5), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('spans', sa.JSON(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('facts', sa.JSON(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['statement_groups.id'], name=op.f('fk_claims_group_id_statement_groups'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_claims_speaker_id_speakers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_article_start', ['article_id', 'start'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_said_on'), ['said_on'], unique=False)
        batch_op.create_index('ix_claims_speaker_said_on', ['speaker_id', 'said_on'], unique=False)

    op.create_table('discrepancies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('claim_ids', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['statement_groups.id'], name=op.f('fk_discrepancies_group_id_statement_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discrepancies'))
    )
    with op.batch_alter_table('discrepancies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discrepancies_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_discrepancies_type'), ['type'], unique=False)


    _create_fts()

def downgrade() -> None:
    _drop_fts()
    with op.batch_alter_table('discrepancies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_discrepancies_type'))
        batch_op.drop_index(batch_op.f('ix_discrepancies_group_id'))

    op.drop_table('discrepancies')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_speaker_said_on')
        batch_op.drop_index(batch_op.f('ix_claims_said_on'))
        batch_op.drop_index(batch_op.f('ix_claims_kind'))
        batch_op.drop_index(batch_op.f('ix_claims_group_id'))
        batch_op.drop_index('ix_claims_article_start')

    op.drop_table('claims')
    with op.batch_alter_table('article_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_sources_source_id'))

    op.drop_table('article_sources')
    with op.batch_alter_table('statement_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_groups_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_statement_groups_said_on'))

    op.drop_table('statement_groups')
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_aliases_key'))

    op.drop_table('speaker_aliases')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet_id'))

    op.drop_table('articles')
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speakers_key'))

    op.drop_table('speakers')
    op.drop_table('sources')
    op.drop_table('outlets')
