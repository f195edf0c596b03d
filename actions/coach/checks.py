"""The three tests every reason must pass before it is worth raising: relevant, concrete, truthful.

Each check returns a `Check` with the why in plain words, so the candidate sees how we decided.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List

from text_to_num import alpha2digit

from .answers import YES, can_back_up
from .case import Case, Check, CheckedReason, Reason
from .money import format_money


def _relevant(passed: bool, why: str) -> Check:
    return Check("relevant", passed, why)


def _concrete(passed: bool, why: str) -> Check:
    return Check("concrete", passed, why)


def _truthful(passed: bool, why: str) -> Check:
    return Check("truthful", passed, why)


def _money(case: Case, value: float) -> str:
    return format_money(value, case.currency)


def _honest(reason: Reason) -> List[Check]:
    """A plan to state something untrue fails truthfulness whatever the facts."""
    if reason.misstated:
        return [_truthful(False, "You mentioned stating something that isn't so; I can't help with that, "
                                 "and if it came out it would cost you the offer.")]
    return []


def _backed_up(case: Case, what: str) -> Check:
    answer = can_back_up(case.evidence or "")
    if answer == YES:
        return _truthful(True, f"You can show {what} if asked.")
    return _truthful(False, f"You'd need to be able to show {what} if they ask; gather it before you raise this.")


# alpha2digit leaves lone small numbers as words ("covers two"), so those are counted here.
_SMALL_NUMBERS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|double|"
                            r"triple|half|single|a dozen)\b", re.I)
_PEERS = re.compile(r"\b(every(one)? else|every other|others|other (reps|aes|people)|rest of the team|teammates|peers|"
                    r"colleagues|the standard|standard|usual|typical|everybody else)\b", re.I)


def _count_numbers(text: str) -> int:
    digits = alpha2digit(text or "", "en")
    return len(re.findall(r"\d[\d,]*(?:\.\d+)?", digits)) + len(_SMALL_NUMBERS.findall(digits))


def below_previous_earnings(reason: Reason, case: Case) -> List[Check]:
    checks = [_relevant(True, "It is about this job's pay.")]
    total, previous = case.offer_total, case.previous_earnings
    if total is None or previous is None:
        return checks + [_concrete(False, "I need both the offer and what you earn now to compare them.")]
    checks.append(_concrete(True, f"The offer is {_money(case, total)} in total against "
                                  f"{_money(case, previous)} you earn now."))
    base_short = case.previous_base is not None and case.offer_base is not None and case.offer_base < case.previous_base
    if total < previous:
        checks.append(_truthful(True, f"The offer's total is {_money(case, previous - total)} below what you earn now."))
    elif base_short:
        checks.append(_truthful(True, f"The base is {_money(case, case.previous_base - case.offer_base)} below "
                                      f"your current base of {_money(case, case.previous_base)}."))
    else:
        checks.append(_truthful(False, f"The offer ({_money(case, total)} in total) is not below what you earn now "
                                       f"({_money(case, previous)}), so calling it a step back would not hold up."))
    return checks + [_backed_up(case, "a pay stub or last year's tax form")] + _honest(reason)


def larger_territory(reason: Reason, case: Case) -> List[Check]:
    checks = [_relevant(True, "The territory is part of this job's terms.")]
    said = f"{reason.said} {case.evidence or ''}"
    numbers = _count_numbers(said)
    if numbers >= 2 or (numbers == 1 and _PEERS.search(said)):
        checks.append(_concrete(True, "You can compare your territory with the standard in numbers."))
    else:
        checks.append(_concrete(False, "It needs a comparison in numbers: your territory against what others "
                                       "in the role cover (states, accounts, quota)."))
    return checks + [_backed_up(case, "the territory list or map, or the team's numbers")] + _honest(reason)


_TERMS = re.compile(r"\b(remote|hybrid|office|on[- ]?site|commut\w*|relocat\w*|travel\w*|pto|vacation|holiday\w*|"
                    r"benefits?|health|insurance|dental|401k|pension|start date|hours|schedule|title|days?|"
                    r"equipment|visa|location|shifts?|overtime|car|phone|parental|weekends?|"
                    r"(mon|tues|wednes|thurs|fri|satur|sun)days?|mon-fri|nights?|on[- ]call)\b", re.I)
_EARLIER = re.compile(r"\b(said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*|"
                      r"recruiter|ad|earlier|originally|job description|jd|agreed|mentioned|wrote)\b", re.I)
# What nobody said, or the candidate only assumed, was never part of the deal.
_NOT_DESCRIBED = re.compile(r"\b(nobody|no one|never|not|n't)\s+(\w+\s+){0,2}(mentioned|said|told|promised|discussed|"
                            r"described)\b|\b(assumed|assuming|i expected|i thought|i guess|i figured)\b", re.I)


# "I'm fine with remote": a change the candidate welcomes stands in nobody's way.
_WELCOME = re.compile(r"\b(i'?m|i am|i'?d be|that'?s|it'?s) (totally |perfectly |actually )?(fine|happy|ok|okay|good|glad)"
                      r" with\b|\b(i )?(don'?t|do not) mind\b|\bi (prefer|like) (it|that|remote|the)\b|\bsuits me\b", re.I)


def changed_terms(reason: Reason, case: Case) -> List[Check]:
    said = f"{reason.said} {case.evidence or ''}"
    # The reason itself must name the term; proof alone can't say what changed.
    names_a_term = bool(_TERMS.search(reason.said))
    if _WELCOME.search(f"{reason.said} {case.concern or ''}"):
        checks = [_relevant(False, "You said the change suits you, so it isn't something standing between you "
                                   "and yes.")]
    else:
        checks = [_relevant(names_a_term, "It is about this job's working terms." if names_a_term
                            else "I couldn't tell which of this job's terms changed; name it (remote days, travel, "
                                 "benefits) and what was said before.")]
    if _NOT_DESCRIBED.search(said):
        checks.append(_concrete(False, "Nobody described it that way; an expectation of your own isn't a change "
                                       "in what they offered."))
    else:
        checks.append(_concrete(bool(_EARLIER.search(said)),
                                "You can say what was described earlier and what the offer says now."
                                if _EARLIER.search(said) else
                                "It needs what you were told earlier, and where, against what the offer says."))
    return checks + [_backed_up(case, "where it was described (the posting, an email or a message)")] + _honest(reason)


def competing_offer(reason: Reason, case: Case) -> List[Check]:
    checks = [_relevant(True, "A real alternative affects whether you can say yes to this one.")]
    other, total = case.competing_offer, case.offer_total
    if other is None:
        return checks + [_concrete(False, "It needs the other offer's figures.")] + _honest(reason)
    checks.append(_concrete(True, f"The other offer is {_money(case, other)} a year."))
    if total is not None and other <= total:
        checks.append(_truthful(False, f"The other offer ({_money(case, other)}) is not above this one "
                                       f"({_money(case, total)}), so it gives no reason to move."))
    elif case.competing_offer_in_writing is not True:
        checks.append(_truthful(False, "It only counts once it is in hand, in writing; a verbal or expected offer "
                                       "can fall through."))
    elif case.would_choose_other is not True:
        checks.append(_truthful(False, "It only counts if you would really take it; otherwise it is a bluff."))
    else:
        checks.append(_truthful(True, "It is in writing and you would really take it."))
    return checks + _honest(reason)


def _backfiring(relevant: bool, concrete: bool, truthful: bool, whys: Dict[str, str]) -> Callable:
    def check(reason: Reason, case: Case) -> List[Check]:
        return [_relevant(relevant, whys["relevant"]), _concrete(concrete, whys["concrete"]),
                _truthful(truthful, whys["truthful"])]
    return check


CHECKS: Dict[str, Callable[[Reason, Case], List[Check]]] = {
    "below_previous_earnings": below_previous_earnings,
    "larger_territory": larger_territory,
    "changed_terms": changed_terms,
    "competing_offer": competing_offer,
    "always_negotiate": _backfiring(False, False, True, {
        "relevant": "It is general advice, not something about this offer.",
        "concrete": "There is no gap to point to.",
        "truthful": "Nothing untrue, but nothing to act on either."}),
    "deserve_more": _backfiring(True, False, False, {
        "relevant": "It is about this job's pay.",
        "concrete": "There is no figure or proof behind it.",
        "truthful": "It can't be backed up if they ask why."}),
    "friends_perks": _backfiring(False, True, True, {
        "relevant": "It is about other people's jobs, not this one's budget.",
        "concrete": "The perks are specific.",
        "truthful": "They may well be real, elsewhere."}),
    "testing_limits": _backfiring(False, False, False, {
        "relevant": "Nothing about this offer stands in your way.",
        "concrete": "There is no gap to point to.",
        "truthful": "It would present a tactic as a need."}),
}


def check_reason(reason: Reason, case: Case) -> CheckedReason:
    checks = CHECKS[reason.key](reason, case)
    # One result per test, the failing one first when a test was run twice (e.g. a misstatement).
    by_name: Dict[str, Check] = {}
    for check in checks:
        if check.name not in by_name or not check.passed:
            by_name[check.name] = check
    unchecked = Check("", False, "It can't be checked until the figures above are known.")
    return CheckedReason(reason, [by_name.get(name, Check(name, False, unchecked.why))
                                  for name in ("relevant", "concrete", "truthful")])
