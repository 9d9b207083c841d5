"""Trend facts: one row of anonymous facts per conversation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copies of bot/trends.py's lists: a later change needs a new migration.
PERSPECTIVES = ("eigen", "ander")
OUTCOMES = ("bedankt", "gestopt", "naar_mens", "fallback")
DEPTHS = 4


def _one_of(column, values):
    return f"{column} IS NULL OR {column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "trend_facts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token", sa.String(32), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=True),
        sa.Column("themes", sa.String(400), nullable=False, server_default=""),
        sa.Column("perspective", sa.String(10), nullable=True),
        sa.Column("depth", sa.Integer(), nullable=True),
        sa.Column("notice_types", sa.String(300), nullable=False, server_default=""),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.UniqueConstraint("token", name="uq_trend_facts_token"),
        sa.CheckConstraint(_one_of("perspective", PERSPECTIVES), name="ck_trend_facts_perspective"),
        sa.CheckConstraint(_one_of("outcome", OUTCOMES), name="ck_trend_facts_outcome"),
        sa.CheckConstraint(f"depth IS NULL OR (depth >= 0 AND depth < {DEPTHS})", name="ck_trend_facts_depth"),
    )
    op.create_index("ix_trend_facts_week", "trend_facts", ["week"])


def downgrade() -> None:
    op.drop_index("ix_trend_facts_week", table_name="trend_facts")
    op.drop_table("trend_facts")
