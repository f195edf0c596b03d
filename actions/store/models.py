"""The coach's own table: one row per candidate's case, the latest assessment and draft, and its rounds."""
import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class CaseRecord(Base):
    __tablename__ = "coach_cases"

    sender_id = sa.Column(sa.String(255), primary_key=True)
    facts = sa.Column(sa.JSON, nullable=False, default=dict)  # the offer facts and the candidate's answers
    checks = sa.Column(sa.JSON, nullable=False, default=list)  # each reason with its three checks
    verdict = sa.Column(sa.String(16))
    draft = sa.Column(sa.Text)
    draft_style = sa.Column(sa.String(16))
    history = sa.Column(sa.JSON, nullable=False, default=list)  # one entry per round: plain values, no typed words
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)
