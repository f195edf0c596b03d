"""Negotiate or accept: the decision, the at most two items that go forward, and the why for each reason."""
from __future__ import annotations

from typing import List, Sequence

from .case import Assessment, Case, CheckedReason, Reason
from .checks import check_reason
from .kinds import KINDS
from .reasons import says_nothing_stands_in_the_way

MAX_ITEMS = 2


def with_discovered(case: Case, raised: Sequence[Reason]) -> List[Reason]:
    """The raised reasons, plus a step back in pay the candidate did not name but their figures show, when they
    said something stands in the way (a reason, or words no kind could place)."""
    reasons = list(raised)
    said_something = bool(reasons) or bool(case.concern and case.concern.strip()
                                            and not says_nothing_stands_in_the_way(case.concern))
    if any(r.key == "below_previous_earnings" for r in reasons) or not said_something:
        return reasons
    if case.pay_shortfall() is not None:
        reasons.append(Reason("below_previous_earnings", "The offer is below what I earn now."))
    return reasons


def _explain(checked: CheckedReason, case: Case, chosen: bool) -> str:
    kind = KINDS[checked.key]
    if checked.passed and chosen:
        return f"✓ {kind.label}: this counts. " + " ".join(c.why for c in checked.checks if c.name != "relevant")
    if checked.passed:
        return f"• {kind.label}: real, but I've kept your message to the two strongest points."
    if not kind.valid:
        return f"✗ {kind.label}: this would backfire. {kind.backfires_because}"
    return f"✗ {kind.label}: not one to raise as it stands. " + " ".join(c.why for c in checked.failed())


def _advice(verdict: str, case: Case, misstated: bool) -> List[str]:
    lines = []
    if misstated:
        lines.append("I won't help present something that isn't true: if it came out, it would end the offer. "
                     "What follows uses only what is real.")
    if verdict == "negotiate":
        lines.append("There is a real, specific reason here, so it's worth raising once, politely, "
                     "with the facts and a clear wish to join.")
        if case.accept_as_is is True:
            lines.append("You said you'd take the job as it is if they can't move: keep that in mind and be ready "
                         "to say yes either way.")
        elif case.accept_as_is is False:
            lines.append("You said you wouldn't accept it as it stands. That's a real deal-breaker: say it calmly "
                         "as a fact, never as a threat, and be prepared for a no.")
    else:
        lines.append("Nothing here gives the employer a concrete reason to change the offer, and pushing without "
                     "one can cost you the job in a market with plenty of candidates. Accepting is the smart move.")
        if case.accept_as_is is False:
            lines.append("You said you wouldn't take it as it stands. Then the honest choice is whether this role "
                         "is right for you at these terms, not a push without a reason.")
        lines.append("Before you sign, ask for the start date and every term you discussed to be confirmed in writing.")
    return lines


def assess(case: Case, raised: Sequence[Reason]) -> Assessment:
    checked = [check_reason(reason, case) for reason in with_discovered(case, raised)]
    # When more than two reasons hold up, the ones an employer can least dispute go forward.
    holding = sorted((c for c in checked if c.passed and KINDS[c.key].valid), key=lambda c: KINDS[c.key].strength)
    leverage, dropped = holding[:MAX_ITEMS], holding[MAX_ITEMS:]
    weak = [c for c in checked if c not in holding]
    verdict = "negotiate" if leverage else "accept"
    explanations = [_explain(c, case, c in leverage) for c in checked]
    explanations += _advice(verdict, case, any(r.misstated for r in raised))
    return Assessment(verdict=verdict, leverage=leverage, weak=weak, dropped=dropped, explanations=explanations,
                      deal_breaker=verdict == "negotiate" and case.accept_as_is is False)


def short_why(case: Case, assessment: Assessment) -> str:
    """The reasoning again, in a sentence or two and other words, for a second "why?"."""
    if assessment.verdict == "negotiate":
        items = "; and ".join(KINDS[c.key].said_as(c.reason, case) for c in assessment.leverage)
        return f"In short: {items}. That's real and you can show it, so it's worth asking once, politely."
    weak = [KINDS[c.key].label.lower() for c in assessment.weak]
    if weak:
        return (f"In short: {', '.join(weak)} won't move an employer who has other good candidates, so asking "
                "could cost more than it gains. Saying yes is the safer move.")
    return "In short: nothing real stands between you and yes, so a counter would only add risk."
