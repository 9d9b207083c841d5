"""Notices, messages to the reporter, audit log, encryption key check.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies: a later change to the code's lists needs a new migration.
NOTICE_TYPES = (
    "geschenk",
    "uitnodiging",
    "nevenwerkzaamheden",
    "belangenverstrengeling",
    "vermoeden_misstand",
    "contactverzoek_vertrouwenspersoon",
)
STATUSES = ("ontvangen", "in_behandeling", "afgerond")


def _one_of(column, values):
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("notice_type", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=False),
        sa.Column("receipt_hash", sa.String(200), nullable=True),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledgement_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("feedback_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_lookups", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("reference", name="uq_notices_reference"),
        sa.UniqueConstraint("idempotency_key", name="uq_notices_idempotency_key"),
        sa.CheckConstraint(_one_of("notice_type", NOTICE_TYPES), name="ck_notices_notice_type"),
        sa.CheckConstraint(_one_of("status", STATUSES), name="ck_notices_status"),
        sa.CheckConstraint("failed_lookups >= 0", name="ck_notices_failed_lookups"),
    )
    op.create_table(
        "notice_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "notice_id",
            sa.Integer(),
            sa.ForeignKey("notices.id", ondelete="CASCADE", name="fk_notice_messages_notice_id"),
            nullable=False,
        ),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_notice_messages_notice_id", "notice_messages", ["notice_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("reference", sa.String(20), nullable=True),
    )
    op.create_index("ix_audit_log_reference", "audit_log", ["reference"])
    op.create_table(
        "encryption_check",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("encryption_check")
    op.drop_index("ix_audit_log_reference", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_notice_messages_notice_id", table_name="notice_messages")
    op.drop_table("notice_messages")
    op.drop_table("notices")
