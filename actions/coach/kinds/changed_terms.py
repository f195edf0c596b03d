"""Terms different from what was described earlier: remote days, travel, benefits, hours, title..."""
from __future__ import annotations

import re
from typing import List, Tuple

from ..case import Case, Check, CheckedReason, Reason
from ..drafts.phrasebook import Level, Phrasebook, Phrases
from ..money.amounts import format_money
from ..money.figures import find_figures
from ..terms import Term, changed_term
from .kind import EVIDENCE, ReasonKind, backed_up, concrete, honest, next_part, relevant

PHRASES: Phrases = {
    "changed": {
        "default": ("One thing differs from what was described earlier in the process: {facts}.",
                    "The terms have changed from what was described during the process: {facts}."),
        "compact": ("What changed: {facts}.",),
    },
    "changed_next": {
        "default": ("There is also a change from what was described earlier: {facts}.",),
        "compact": ("Also, {facts}.",),
    },
    "ask_changed": {
        "default": (
            "Could we return to the terms described earlier, or adjust the offer to reflect the change?",
            "Would it be possible to keep the arrangement as it was described during the process?",
            "Is there a way to bring the offer back in line with what was described earlier?",
        ),
        "compact": ("Could we return to the terms as described?",),
    },
}

_TERMS = re.compile(r"\b(remote|hybrid|office|on[- ]?site|commut\w*|relocat\w*|travel\w*|pto|vacation|holiday\w*|rsus?|equity|"
                    r"benefits?|health|insurance|dental|401k|pension|start date|hours|schedule|title|days?|"
                    r"equipment|visa|location|shifts?|overtime|car|phone|parental|weekends?|dut(y|ies)|supervision|"
                    r"responsibilit\w*|workload|week|"
                    r"(mon|tues|wednes|thurs|fri|satur|sun)days?|mon-fri|nights?|on[- ]call)\b", re.I)
_EARLIER = re.compile(r"\b(said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*|"
                      r"recruiter|ad|earlier|originally|job description|jd|agreed|mentioned|wrote)\b", re.I)
# What nobody said, or the candidate only assumed, was never part of the deal.
_NOT_DESCRIBED = re.compile(r"\b(nobody|no one|never|not|n't)\s+(\w+\s+){0,2}(mentioned|said|told|promised|discussed|"
                            r"described)\b|\b(assumed|assuming|i expected|i thought|i guess|i figured)\b", re.I)
# "I'm fine with remote": a change the candidate welcomes stands in nobody's way.
_WELCOME = re.compile(r"\b(i'?m|i am|i'?d be|that'?s|it'?s) (totally |perfectly |actually )?(fine|happy|ok|okay|good|glad)"
                      r" with\b|\b(i )?(don'?t|do not) mind\b|\bi (prefer|like) (it|that|remote|the)\b|\bsuits me\b", re.I)


def check(reason: Reason, case: Case) -> List[Check]:
    said = f"{reason.said} {case.evidence or ''}"
    names_a_term = bool(_TERMS.search(reason.said))  # the reason itself must name it: proof can't say what changed
    if _WELCOME.search(f"{reason.said} {case.concern or ''}"):
        checks = [relevant(False, "You said the change suits you, so it isn't something standing between you "
                                  "and yes.")]
    else:
        checks = [relevant(names_a_term, "It is about this job's working terms." if names_a_term
                           else "I couldn't tell which of this job's terms changed; name it (remote days, travel, "
                                "benefits) and what was said before.")]
    if _NOT_DESCRIBED.search(said):
        checks.append(concrete(False, "Nobody described it that way; an expectation of your own isn't a change "
                                      "in what they offered."))
    elif _EARLIER.search(said):
        checks.append(concrete(True, "You can say what was described earlier and what the offer says now."))
    else:
        checks.append(concrete(False, "It needs what you were told earlier, and where, against what the offer says."))
    return checks + [backed_up(case, "where it was described (the posting, an email or a message)")] + honest(reason)


def _value(term: Term, value: str) -> str:
    """A value the candidate gave, said the coach's way: "25%" of travel is "25% travel"."""
    if term.key == "travel" and value.endswith("%"):
        return f"{value} travel"
    if term.key == "hours":
        return f"{value} a week"
    if term.key == "equity":
        figures = [figure for figure in find_figures(value) if figure.amount]
        return format_money(figures[0].amount.value, figures[0].amount.currency or "USD") if figures else value
    return value


def _facts(reason: Reason, compact: bool = False) -> str:
    term = changed_term(reason.said)
    if term is None:
        return "the terms differ from what I was told" if compact else "the terms in the offer differ from what I was told"
    described = _value(term, term.described) if term.described else None
    offered = _value(term, term.offered) if term.offered else None
    if described and offered:
        if compact:
            return f"{term.label}, {described} then, {offered} now"
        return f"{term.label} was described as {described}, and the offer says {offered}"
    if offered:
        return f"{term.label}: {offered} now" if compact else f"{term.label} in the offer is {offered}, not what was described"
    if described:
        return f"{term.label}: {described} as described" if compact else (
            f"{term.label} was described as {described}, and the offer differs")
    return f"{term.label} changed" if compact else f"{term.label} in the offer differs from what was described"


def gap_and_ask(case: Case, checked: CheckedReason, index: int, say: Phrasebook,
                level: Level) -> Tuple[List[str], str, bool]:
    facts = _facts(checked.reason, level.compact)
    return [say(next_part("changed", index, PHRASES), facts=facts)], say("ask_changed"), False


def describe(reason: Reason, case: Case) -> str:
    never_described = bool(_NOT_DESCRIBED.search(reason.said))
    if never_described or not _EARLIER.search(reason.said):
        # a term they'd like different ("I was hoping for March 1"): said as that, never as a change
        term = changed_term(reason.said)
        wish = f"{term.label if term else 'a term of the job'}, which you'd like changed"
        return wish + (" though it was never described differently" if never_described
                       else " (you haven't said it was described differently)")
    return f"a change from what was described: {_facts(reason)}"


KIND = ReasonKind(
    key="changed_terms",
    label="Terms different from what was described",
    intent="concern_changed_terms",
    cues=(r"\b(remote|hybrid|in[- ]office|on[- ]site|onsite|commute|relocat\w*|travel\w*)\b[^.;]{0,80}"
          r"\b(said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*|recruiter|ad)\b",
          r"\b(said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*|recruiter)\b"
          r"[^.;]{0,80}\b(remote|hybrid|office|on[- ]?site|travel\w*|relocat\w*|pto|vacation|benefits?|"
          r"health|insurance|401k|pension|start date|hours|schedule|shifts?|weekends?|saturdays?|sundays?|"
          r"monday|friday|title|car|equipment|dut(y|ies)|supervision|(\d|four|five)[- ]day week|days a week)\b",
          r"\b(letter|contract|offer)\b[^.;]{0,40}\b(says|said|shows|lists|has)\b[^.;]{0,40}"
          r"\b(hybrid|office|on[- ]?site|travel\w*|days|less pto|fewer|no (remote|bonus))\b",
          r"\b(changed|different|not what|(doesn'?t|does not|don'?t|didn'?t) match)\b[^.;]{0,40}"
          r"\b(described|discussed|told|said|promised|agreed|advertised|posting|interview\w*)\b",
          r"\b(no|missing|without|lacks?|lack of|(doesn'?t|does not) (include|have|offer|come with))\b[^.;]{0,30}"
          r"\b(401k|match|pension|pto|vacation|benefits?|health|insurance|dental|remote|car allowance)\b"),
    check=check,
    follow_ups=(EVIDENCE,),
    strength=3,
    proof="what was described earlier (the job ad, an email or a message)",
    evidence_markers=r"posting|job ad|\bad\b|advert|recruiter|listing|described|remote|hybrid|on-?site|travel|"
                     r"interview|pto|vacation|benefits",
    gap_and_ask=gap_and_ask,
    describe=describe,
    phrases=PHRASES,
)
