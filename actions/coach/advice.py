"""What the coach advises now, from everything the case holds: the first verdict and its draft; for a candidate
who already said yes, a note for after signing; once the employer has answered a counter, what to do about
their answer. Plain values in, plain values out: the adapter says the lines and sets the slots.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from . import employer, signed
from .answers import NO, YES
from .case import Assessment, Case
from .decision import assess
from .drafts import second_round
from .drafts.acceptance import acceptance
from .drafts.counter import counter
from .drafts.signed_note import signed_note
from .kinds import KINDS
from .proof import proof_items
from .state import case_from, reasons_from
from .terms import LABELS, term_in

COUNTER, ACCEPTANCE, SIGNED = "counter", "acceptance", "signed"
INTROS = {COUNTER: "Here's a counter you could send:", ACCEPTANCE: "Here's an acceptance you could send:",
          SIGNED: "Here's a short note you could send:", second_round.DECLINE: "Here's a decline you could send:",
          second_round.NUDGE: "Here's a short follow-up you could send:",
          second_round.PROOF: "Here's a cover note to go with it:", second_round.CLOSING: "Here's a reply you could send:"}


@dataclass
class Advice:
    lines: List[str]
    draft: Optional[str]
    draft_kind: str
    verdict: str
    assessment: Assessment
    summary: bool = False  # the case at a glance goes first (the first verdict)
    updates: Dict[str, Any] = field(default_factory=dict)

    @property
    def intro(self) -> Optional[str]:
        return INTROS.get(self.draft_kind)


def advise(slots: Dict[str, Any], style: str = "default") -> Advice:
    case = case_from(slots)
    assessment = assess(case, reasons_from(slots))
    if case.signed:
        raised = [LABELS[key] for key in dict.fromkeys(term_in(r.said) for r in reasons_from(slots)) if key]
        return Advice(signed.advice(raised), signed_note(case, style), SIGNED, "accept", Assessment("accept"))
    reply = slots.get("employer_reply")
    if reply:
        return after_reply(reply, case, assessment, slots, style)
    return Advice(assessment.explanations, draft_for(case, assessment, style), kind_of(assessment),
                  assessment.verdict, assessment, summary=True)


def kind_of(assessment: Assessment) -> str:
    return COUNTER if assessment.verdict == "negotiate" else ACCEPTANCE


def draft_for(case: Case, assessment: Assessment, style: str) -> str:
    return counter(case, assessment, style) if assessment.verdict == "negotiate" else acceptance(case, style)


# ---- after the employer's answer -----------------------------------------------------------------------------

def needs_answer(reply: str, slots: Dict[str, Any]) -> bool:
    """Whether the candidate must say, at the terms now on the table, if they'd take the job, before any draft."""
    if reply == employer.PARTIAL:
        return slots.get("accept_as_is") != YES
    return reply == employer.DECLINED and slots.get("accept_as_is") not in (YES, NO)


def after_reply(reply: str, case: Case, assessment: Assessment, slots: Dict[str, Any], style: str) -> Advice:
    kept = assessment.verdict  # the verdict of the case stays what it was; the draft answers the employer
    if reply == employer.AGREED:
        return Advice(AGREED_LINES, acceptance(case, style, after_reply=True, updated=True), ACCEPTANCE, kept,
                      assessment)
    if reply in (employer.PARTIAL, employer.DECLINED):
        return _moved_or_not(reply, case, assessment, style)
    if reply == employer.PROOF:
        items = proof_items(case.evidence, [c.key for c in assessment.leverage] or None)
        return Advice(PROOF_LINES, second_round.proof_note(case, items, style), second_round.PROOF, kept, assessment)
    if reply in (employer.DEADLINE, employer.SILENT):
        lines = DEADLINE_LINES if reply == employer.DEADLINE else SILENT_LINES
        return Advice(lines, second_round.nudge(case, reply == employer.DEADLINE, style), second_round.NUDGE, kept,
                      assessment)
    return Advice(WITHDRAWN_LINES, second_round.closing(case, style), second_round.CLOSING, kept, assessment)


def _moved_or_not(reply: str, case: Case, assessment: Assessment, style: str) -> Advice:
    kept = assessment.verdict
    if reply == employer.PARTIAL and assessment.verdict == "accept":
        lines = ["They moved far enough that what stood in the way doesn't any more. Take it: accept warmly and "
                 "ask for the updated terms in writing."]
        return Advice(lines, acceptance(case, style, after_reply=True, updated=True), ACCEPTANCE, kept, assessment)
    if case.accept_as_is is True:
        lines = PARTIAL_YES_LINES if reply == employer.PARTIAL else DECLINED_YES_LINES
        return Advice(lines, acceptance(case, style, after_reply=True, updated=reply == employer.PARTIAL),
                      ACCEPTANCE, kept, assessment)
    if case.accept_as_is is False:
        return Advice(DEAL_BREAKER_LINES, second_round.decline(case, style), second_round.DECLINE, kept, assessment)
    return Advice(_deciding(case, assessment), None, "none", kept, assessment)


def _deciding(case: Case, assessment: Assessment) -> List[str]:
    """Not sure, after the answer: the facts to weigh, no push either way."""
    gaps = [KINDS[c.key].said_as(c.reason, case) for c in assessment.leverage]
    lines = ["It's your call, and either answer can be the right one. Weigh it like this:"]
    if gaps:
        lines.append("What still stands in the way: " + "; ".join(gaps) + ".")
    if case.accept_condition in LABELS:
        lines.append(f"You said it hangs on {LABELS[case.accept_condition]}: is that still true at these terms?")
    lines.append("If the role is right for you even so, accept; if it isn't, decline politely. Say \"accept\" or "
                 "\"decline\" and I'll write it.")
    return lines


AGREED_LINES = ["They said yes to what you asked: well done. Accept warmly now, and ask for the updated terms in "
                "writing before you sign anything."]
PARTIAL_YES_LINES = ["They moved part of the way. Negotiation is one round, not a back-and-forth, and you said you'd "
                     "take the job as it was, so take the improvement and accept graciously."]
DECLINED_YES_LINES = ["They can't move. You said you'd take the job as it is, so accept the original offer "
                      "graciously: how you accept now is the start of the working relationship."]
DEAL_BREAKER_LINES = ["You said this was a real deal-breaker, so the honest answer is a polite no that leaves the "
                      "door open. Before you send it, be sure the role isn't right for you at these terms."]
PROOF_LINES = ["That's a good sign: they're taking your reason seriously. Send only what backs up what you said, "
               "and black out account numbers, your tax or ID numbers, and anything confidential about another "
               "employer (like internal details of a competing offer letter)."]
DEADLINE_LINES = ["A deadline is normal. Answer before it; if you're still waiting on the point you raised, ask once, "
                  "politely, where they've landed. Don't invent a competing deadline or hint that you'll walk."]
SILENT_LINES = ["Silence for a few days is common while they check budgets. Wait three to five business days after "
                "your message, then send one short, friendly nudge. No ultimatum, and no made-up second offer."]
WITHDRAWN_LINES = ["That's hard news: they've pulled the offer or made it worse. Ask once, politely, whether it's "
                   "final; if it is, close warmly, since the door can reopen later, and put your energy into your "
                   "other options."]
