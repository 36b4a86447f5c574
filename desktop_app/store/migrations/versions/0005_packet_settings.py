"""Packet settings kept in the case, so a packet arranged once is arranged the same next time,
and the reason a requested item is not enclosed, which the cover gives the officer.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "packet_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("checklist", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packet_settings")),
    )
    with op.batch_alter_table("requested_items") as batch:
        batch.add_column(
            sa.Column("not_enclosed_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("requested_items") as batch:
        batch.drop_column("not_enclosed_reason")
    op.drop_table("packet_settings")
