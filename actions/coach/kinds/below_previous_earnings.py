"""Pay below what the candidate earns now: a real step back, when the figures show it and they can prove it."""
from __future__ import annotations

from typing import List, Tuple

from ..case import Case, Check, CheckedReason, Reason
from ..drafts.phrasebook import Level, Phrasebook, Phrases
from ..drafts.text import positive
from .kind import EVIDENCE, FollowUp, ReasonKind, backed_up, concrete, honest, next_part, relevant, truthful

PHRASES: Phrases = {
    # below_previous_earnings, the total short of previous earnings
    "gap_total": {
        "default": (
            "The gap for me is pay: the offer comes to {total}, below the {prev} a year I've been earning, so the move would be a step back.",
            "My concern is the pay. At {total}, the offer is below the {prev} I earned in my most recent role, which would make this a step back for me.",
            "To be clear about the gap: the offer totals {total}, while my most recent earnings were {prev} a year.",
        ),
        "compact": (
            "The offer totals {total}, below the {prev} I've been earning.",
            "At {total}, the offer is below my recent earnings of {prev}.",
        ),
    },
    # the same, for a second leverage item
    "gap_total_next": {
        "default": (
            "There is also the pay: the offer comes to {total}, below the {prev} a year I've been earning.",
            "Also, at {total}, the offer is below the {prev} I earned in my most recent role.",
        ),
        "compact": ("Also, the offer totals {total}, below my {prev}.",),
    },
    # appended when the base is also short of the previous base
    "gap_base_also": {
        "default": (
            "The base of {base} is also below my previous base of {pbase}.",
            "The base, {base}, is also under the {pbase} base I've had.",
        ),
        "compact": ("The {base} base is also below my {pbase}.",),
    },
    # below_previous_earnings, only the base short of the previous base
    "gap_base": {
        "default": (
            "The gap for me is the base: {base}, against the {pbase} base I've had, which would be a step back.",
            "My concern is the base pay. At {base}, it is below my previous base of {pbase}.",
        ),
        "compact": ("The {base} base is below my previous base of {pbase}.",),
    },
    "gap_base_next": {
        "default": ("There is also the base: {base}, against the {pbase} base I've had.",),
        "compact": ("Also, the {base} base is below my previous {pbase}.",),
    },
    "ask_total": {
        "default": (
            "Could we bring the total closer to {prev}?",
            "Is there room to move the total package toward {prev}?",
            "Would it be possible to bring the package closer to {prev}, so the move isn't a step back?",
        ),
        "compact": ("Could the total move closer to {prev}?",),
    },
    "ask_base": {
        "default": (
            "Could the base move closer to {pbase}?",
            "Is there room to bring the base toward {pbase}?",
            "Would it be possible to move the base closer to {pbase}?",
        ),
        "compact": ("Could the base move closer to {pbase}?",),
    },
    # a bonus the candidate gives up by leaving: a gap in the first year only
    "gap_first_year": {
        "default": ("Moving now means giving up a {lost} bonus I would otherwise receive, so the first year would be a "
                    "step back.",
                    "Leaving my current role means forfeiting a {lost} bonus, which makes the first year a step back "
                    "for me."),
        "compact": ("Moving means giving up a {lost} bonus.",),
    },
    "ask_sign_on": {
        "default": ("Would a sign-on bonus of {lost} to bridge that be possible?",
                    "Could a one-time sign-on bonus of {lost} cover that gap?"),
        "compact": ("Could a {lost} sign-on bonus cover it?",),
    },
    "ask_pay": {
        "default": ("Could we look at the pay, so the move isn't a step back?",),
        "compact": ("Could we look at the pay?",),
    },
}

def check(reason: Reason, case: Case) -> List[Check]:
    checks = [relevant(True, "It is about this job's pay.")]
    total, previous, lost = case.offer_total, case.previous_earnings, case.first_year_gap()
    if (total is None or previous is None) and lost is None:
        return checks + [concrete(False, "I need both the offer and what you earn now to compare them.")]
    if total is not None and previous is not None:
        checks.append(concrete(True, f"The offer is {case.money(total)} in total against {case.money(previous)} you "
                                     "earn now."))
    else:
        checks.append(concrete(True, f"Leaving means giving up a {case.money(lost)} bonus."))
    if case.pay_shortfall() is not None:
        checks.append(truthful(True, f"The offer's total is {case.money(case.pay_shortfall())} below what you earn "
                                     "now."))
    elif case.base_shortfall() is not None:
        checks.append(truthful(True, f"The base is {case.money(case.base_shortfall())} below your current base of "
                                     f"{case.money(case.previous_base)}."))
    elif lost is not None:
        checks.append(truthful(True, f"Leaving costs you a {case.money(lost)} bonus in the first year."))
    else:
        checks.append(truthful(False, f"The offer ({case.money(total)} in total) is not below what you earn now "
                                      f"({case.money(previous)}), so calling it a step back would not hold up."))
    return checks + [backed_up(case, "a pay stub or last year's tax form")] + honest(reason)


def _offer_total(case: Case, level: Level) -> str:
    """The offer's total as the gap states it, with its make-up when there is variable pay and room."""
    total = case.money(case.offer_total)
    if not positive(case.offer_variable) or level.shortest:
        return total
    if level.compact:
        return f"{total} at target"
    return (f"{total} a year at target ({case.money(case.offer_base)} base plus "
            f"{case.money(case.offer_variable)} variable)")


def gap_and_ask(case: Case, checked: CheckedReason, index: int, say: Phrasebook,
                level: Level) -> Tuple[List[str], str, bool]:
    """The total short of what they earn (and the base too, when it is), or the base alone."""
    pbase = case.money(case.previous_base) if case.previous_base is not None else ""
    base_short = case.base_shortfall() is not None
    if case.pay_shortfall() is not None:
        gap = [say(next_part("gap_total", index, PHRASES), total=_offer_total(case, level),
                   prev=case.money(case.previous_earnings))]
        if base_short and not level.shortest:
            gap.append(say("gap_base_also", base=case.money(case.offer_base), pbase=pbase))
            return gap, say("ask_base", pbase=pbase), True
        return gap, say("ask_total", prev=case.money(case.previous_earnings)), True
    if base_short:
        gap = [say(next_part("gap_base", index, PHRASES), base=case.money(case.offer_base), pbase=pbase)]
        return gap, say("ask_base", pbase=pbase), True
    if case.first_year_gap() is not None:
        lost = case.money(case.first_year_gap())
        return [say("gap_first_year", lost=lost)], say("ask_sign_on", lost=lost), True
    return [], say("ask_pay"), True  # the checks pass only with a shortfall; nothing to state without one


def describe(reason: Reason, case: Case) -> str:
    """Both sides of the gap: the offer against what they earn now, the base against theirs, or what leaving costs."""
    if case.pay_shortfall() is not None:
        return (f"pay below what you earn now: the offer's {case.money(case.offer_total)} a year against your "
                f"{case.money(case.previous_earnings)}")
    if case.base_shortfall() is not None:
        return (f"a base below yours: {case.money(case.offer_base)} offered against your "
                f"{case.money(case.previous_base)}")
    if case.first_year_gap() is not None:
        return f"a {case.money(case.first_year_gap())} bonus you'd give up by leaving"
    if case.offer_total is not None and case.previous_earnings is not None:
        return (f"pay below what you earn now, though the offer's {case.money(case.offer_total)} is not below your "
                f"{case.money(case.previous_earnings)}")
    return "pay below what you earn now (I don't have both figures to compare)"


KIND = ReasonKind(
    key="below_previous_earnings",
    label="Pay below what you earn now",
    intent="concern_below_previous",
    cues=(r"\b(lose|losing|forfeit\w*|give up|giving up|walk away from)\b[^.;]{0,30}\bbonus\b", r"\bpay ?cut\b",
          r"\bstep(ping)? (back(wards)?|down)\b", r"\bgo(ing)? backwards?\b", r"\bdowngrade\b",
          r"\b(less|lower|below|under)\b[^.;]{0,40}\b(i|me)\b[^.;]{0,15}\b(make|made|earn|earned|get|getting|on|paid)\b",
          r"\b(less|lower|below|under)\b[^.;]{0,30}\b(current|previous|present|last|old)\b[^.;]{0,20}"
          r"\b(pay|salary|package|comp|compensation|job|role|earnings|income|base|ote)\b",
          r"\b(less|lower|below|under) than my (current |present |old )?(salary|pay|base|package|comp|earnings|income)\b",
          r"\b(less|lower|below|under|short of)\b[^.;]{0,30}\b(mine|my (current |present |old )?(base|salary|pay|rate|"
          r"earnings|income|comp\w*|ote|total|ctc|package|hourly|wage))\b",
          r"\b(less|lower) (per|an|a) (hour|month|year)\b", r"\b(less|lower|below|under)\b[^.;]{0,15}\bmy (current|present)\b",
          r"\b(less|lower|below|under) (than )?my [$€£₹]?\d",
          r"\b(less|lower|below|under) than (my |the )?(current|present|now|before|what i (have|get|make|earn))\b", r"\b(pay|salary|base|income|earnings) (would |will )?"
          r"(go(es)?|drop(s)?|fall(s)?) down\b", r"\bcut in (pay|salary)\b",
          r"\b(take|taking) a (hit|cut|drop)\b", r"\b(drop|decrease|reduction|downgrade) in (pay|salary|income|comp)",
          r"\blose money\b", r"\bearn(ing)? less\b", r"\bmake less\b", r"\bmaking less\b", r"\bpaid less\b",
          r"\b(current|previous) (pay|salary|package|comp\w*|earnings) is (higher|more|bigger)\b",
          r"\b(doesn'?t|does not|wouldn'?t) (match|beat|cover) (what i (make|earn|get)|my (current|present) (pay|salary))"),
    check=check,
    follow_ups=(FollowUp("previous_earnings", "A step back in pay is a good reason to ask, but only if the numbers "
                                              "show it."),
                EVIDENCE),
    strength=1,
    proof="what you earn now (a pay stub or last year's tax form)",
    evidence_markers=r"w-?2|pay ?stubs?|pay ?slips?|p60|payroll|tax return|paycheck|bank statement|"
                     r"salary|earn|comp(ensation)? statement",
    about_money=True,
    gap_and_ask=gap_and_ask,
    describe=describe,
    phrases=PHRASES,
)
