"""The case's history: each round (the verdict, what came back, the advice after it) as summary rows, and
what changed when new facts or the employer's answer moved the advice."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from .advice import Advice
from .kinds import KINDS

_REPLIES = {"agreed": "they agreed", "partial": "they moved part of the way", "declined": "they said no",
            "proof_requested": "they asked for proof", "deadline": "they gave a deadline",
            "silent": "they went quiet", "withdrawn": "they pulled or cut the offer"}
_DRAFTS = {"counter": "a counter", "acceptance": "an acceptance", "signed": "a note for after signing",
           "decline": "a decline", "nudge": "a follow-up", "proof": "a cover note for the proof",
           "closing": "a closing reply", "none": "no message yet"}


def entry(round_number: int, advice: Advice, reply: Optional[str], when: str) -> Dict[str, Any]:
    """One round as the history keeps it: plain values, no words of the candidate's."""
    return {"round": round_number, "when": when, "reply": reply, "verdict": advice.verdict,
            "leverage": [c.key for c in advice.assessment.leverage], "draft_kind": advice.draft_kind}


def rows(history: Sequence[Dict[str, Any]]) -> List[Tuple[str, str]]:
    """Each round as a summary row: ("Round 2, 2026-12-03", "they moved part of the way; advice to accept; ...")."""
    found = []
    for item in history:
        happened = _REPLIES.get(item.get("reply"), "my first view")
        verdict = "negotiate" if item.get("verdict") == "negotiate" else "accept"
        reasons = ", ".join(KINDS[key].label.lower() for key in item.get("leverage") or [] if key in KINDS)
        because = f" ({reasons})" if reasons and not item.get("reply") else ""
        found.append((f"Round {item['round']:g}, {item['when']}",
                      f"{happened}; advice to {verdict}{because}; {_DRAFTS.get(item.get('draft_kind'), 'a message')} "
                      "drafted"))
    return found


def what_changed(before: Optional[Dict[str, Any]], advice: Advice) -> Optional[str]:
    """One line on how new facts moved the advice, for a case decided before; None when nothing moved."""
    if not before:
        return None
    was, now = set(before.get("leverage") or []), {c.key for c in advice.assessment.leverage}
    gained = [KINDS[key].label for key in now - was]
    lost = [KINDS[key].label for key in was - now]
    if gained:
        return f"That changes my advice: {' and '.join(gained).lower()} is now a real reason, so here's a new counter."
    if lost:
        return (f"That changes my advice: {' and '.join(lost).lower()} no longer holds up"
                + (", so accepting is now the smart move." if advice.verdict == "accept" else "."))
    if before.get("verdict") != advice.verdict:
        return f"That changes my advice: it's now to {advice.verdict}."
    return None
