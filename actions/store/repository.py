"""Reads and writes candidates' cases. The actions use this and nothing else to touch the tables."""
from typing import Any, Dict, List, Optional

from sqlalchemy.orm import Session

from .db import database_url, scrub, shared_engine
from .models import CaseRecord
from .schema import upgrade


class CaseRepository:
    def __init__(self, url: Optional[str] = None):
        self.engine = shared_engine(url or database_url())
        upgrade(self.engine)

    def save(self, sender_id: str, facts: Dict[str, Any], checks: List[Dict[str, Any]], verdict: str,
             draft: str, draft_style: str, history: Optional[List[Dict[str, Any]]] = None) -> None:
        """`history` None keeps the rounds stored (another wording of the same draft is no new round)."""
        with Session(self.engine) as session, session.begin():
            record = session.get(CaseRecord, sender_id) or CaseRecord(sender_id=sender_id, history=[])
            record.facts, record.checks, record.verdict = facts, checks, verdict
            record.draft, record.draft_style = draft, draft_style
            if history is not None:
                record.history = history
            session.add(record)

    def load(self, sender_id: str) -> Optional[CaseRecord]:
        with Session(self.engine, expire_on_commit=False) as session:
            return session.get(CaseRecord, sender_id)

    def delete(self, sender_id: str) -> int:
        with Session(self.engine) as session, session.begin():
            deleted = session.query(CaseRecord).filter_by(sender_id=sender_id).delete()
        scrub(self.engine)
        return deleted
