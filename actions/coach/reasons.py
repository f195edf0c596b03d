"""The kinds of reason a candidate gives for not saying yes, as data, and how we recognise them.

Four kinds can be leverage when they hold up; four backfire whatever the wording. Each kind lists the
follow-up questions it needs (form slot names) and cue patterns. The patterns are matched clause by
clause, so one message can carry several reasons; the NLU's intent for the whole message is a second
opinion that the adapter adds (see `from_intent`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from .case import Reason


@dataclass(frozen=True)
class ReasonKind:
    key: str
    label: str
    valid: bool  # a kind that can be leverage when it passes the three checks
    follow_ups: Tuple[str, ...]  # form slots to ask for this kind, in order
    cues: Tuple[str, ...]  # regular expressions, matched case-insensitively against one clause
    backfires_because: str = ""


def _kind(key, label, valid, follow_ups, cues, backfires_because=""):
    return ReasonKind(key, label, valid, tuple(follow_ups), tuple(cues), backfires_because)


KINDS: Dict[str, ReasonKind] = {k.key: k for k in (
    _kind("below_previous_earnings", "Pay below what you earn now", True,
          ["previous_earnings", "evidence"],
          [r"\bpay ?cut\b", r"\bstep(ping)? (back(wards)?|down)\b", r"\bgo(ing)? backwards?\b", r"\bdowngrade\b",
           r"\b(less|lower|below|under)\b[^.;]{0,40}\b(i|me)\b[^.;]{0,15}\b(make|made|earn|earned|get|getting|on|paid)\b",
           r"\b(less|lower|below|under)\b[^.;]{0,30}\b(current|previous|present|last|old)\b[^.;]{0,20}"
           r"\b(pay|salary|package|comp|compensation|job|role|earnings|income|base|ote)\b",
           r"\b(less|lower|below|under) than my (current |present |old )?(salary|pay|base|package|comp|earnings|income)\b",
           r"\b(take|taking) a (hit|cut|drop)\b", r"\b(drop|decrease|reduction|downgrade) in (pay|salary|income|comp)",
           r"\blose money\b", r"\bearn(ing)? less\b", r"\bmake less\b", r"\bmaking less\b", r"\bpaid less\b",
           r"\b(current|previous) (pay|salary|package|comp\w*|earnings) is (higher|more|bigger)\b",
           r"\b(doesn'?t|does not|wouldn'?t) (match|beat|cover) (what i (make|earn|get)|my (current|present) (pay|salary))"]),
    _kind("larger_territory", "A territory bigger than the role's standard", True,
          ["evidence"],
          [r"\bterritor(y|ies)\b", r"\bpatch\b", r"\b(more|twice|double|triple|bigger|larger)\b[^.;]{0,30}"
           r"\b(accounts|states|regions|countries|counties|cities|book|quota|geograph\w*|area|customers)\b",
           r"\b(accounts|states|regions)\b[^.;]{0,40}\b(everyone|others|peers|colleagues|rest of the team|team)\b",
           r"\b(every other|everyone else|the others|other reps|rest of the team|my peers)\b[^.;]{0,40}"
           r"\b(has|have|covers?|gets?|got|owns?)\b[^.;]{0,30}\b(single|one|two|three|\d+|countr\w*|states?|"
           r"regions?|accounts?|cit(y|ies))\b",
           r"\b(giving|gave|assigned|handing) me (all of|the whole|the entire|\d+|two|three|four|five|six)\b"]),
    _kind("changed_terms", "Terms different from what was described", True,
          ["evidence"],
          [r"\b(remote|hybrid|in[- ]office|on[- ]site|onsite|commute|relocat\w*|travel\w*)\b[^.;]{0,80}"
           r"\b(said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*|recruiter|ad)\b",
           r"\b(said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*|recruiter)\b"
           r"[^.;]{0,80}\b(remote|hybrid|office|on[- ]?site|travel\w*|relocat\w*|pto|vacation|benefits?|"
           r"health|insurance|401k|pension|start date|hours|schedule|shifts?|weekends?|saturdays?|sundays?|"
           r"monday|friday|title|car|equipment)\b",
           r"\b(letter|contract|offer)\b[^.;]{0,40}\b(says|said|shows|lists|has)\b[^.;]{0,40}"
           r"\b(hybrid|office|on[- ]?site|travel\w*|days|less pto|fewer|no (remote|bonus))\b",
           r"\b(changed|different|not what|(doesn'?t|does not|don'?t|didn'?t) match)\b[^.;]{0,40}"
           r"\b(described|discussed|told|said|promised|agreed|advertised|posting|interview\w*)\b",
           r"\b(no|missing|without|lacks?|lack of|(doesn'?t|does not) (include|have|offer|come with))\b[^.;]{0,30}"
           r"\b(401k|match|pension|pto|vacation|benefits?|health|insurance|dental|remote|car allowance)\b"]),
    _kind("competing_offer", "A stronger offer in hand", True,
          ["competing_offer", "competing_offer_in_writing", "would_choose_other"],
          [r"\b(another|other|second|competing|rival|better|higher|outside) (job )?offers?\b",
           r"\b(other|another|different) (company|firm|employer|place)\b", r"\b(somewhere|some place) else\b",
           r"\belsewhere\b", r"\bcompeting\b", r"\bcounter ?offer\b", r"\bretention (offer|package|bonus)\b", r"\boffer\w* (i )?(turned down|declined)\b",
           r"\b(recruiter|headhunter) (from|at)\b[^.;]{0,60}\boffer\b",
           r"\b(they'?d|they would|would|might|will) (probably |likely )?offer me\b"]),
    _kind("always_negotiate", "'Always negotiate' advice", False, ["previous_earnings"],
          [r"\bnever (take|accept) the first\b", r"\balways (negotiate|counter|ask)\b", r"\bfirst offer\b",
           r"\bsupposed to (negotiate|counter|ask)\b", r"\beveryone (negotiates|counters|says)\b",
           r"\byou should (always )?(negotiate|counter)\b", r"\bexpected to negotiate\b",
           r"\bleav\w* money on the table\b", r"\bthey (always )?expect (you|a counter)\b"],
          "Asking only because you were told to always ask gives the employer no reason to move, and in a market "
          "with plenty of candidates it can make them doubt how much you want the job."),
    _kind("deserve_more", "'I deserve more' without proof", False, ["previous_earnings"],
          [r"\bdeserve\b", r"\b(i'?m|i am) worth (more|a lot)\b", r"\bworth more\b", r"\bundervalu\w*\b",
           r"\b(should|could) (get|be paid|earn|make) (more|a lot more)\b", r"\bunderpaid\b", r"\bnot enough for me\b",
           r"\b(my|with my) (experience|skills|talent)\b[^.;]{0,40}\b(more|higher)\b"],
          "Feeling you are worth more is not something the employer can check; without a figure or proof behind it, "
          "it reads as entitlement rather than a gap they can solve."),
    _kind("friends_perks", "Perks that friends elsewhere get", False, [],
          [r"\bfriends?\b", r"\bbudd(y|ies)\b", r"\bpals?\b", r"\bmates\b", r"\bpeople i know\b", r"\b(my )?(sister|brother|cousin|roommate|classmate)\b",
           r"\bothers? (at|in) (other|different) (companies|firms|places)\b", r"\bat other companies\b",
           r"\bcohort\b", r"\bbootcamp\b"],
          "What other people get at other companies says nothing about this role's budget, so it is not a reason "
          "this employer can act on."),
    _kind("testing_limits", "Testing how far they will go", False, ["previous_earnings"],
          [r"\bhow far\b", r"\bsee (if|whether|what) they('?ll| will| would)?\b", r"\bjust to see\b",
           r"\btest (them|the waters|their limits)\b", r"\bpush (them|my luck|and see)\b", r"\bbudge\b",
           r"\bsqueeze\b", r"\bcall their bluff\b", r"\bsee what happens\b", r"\bwhat i can get\b",
           r"\b(use|leverage)\b[^.;]{0,20}\bto (get|ask for|push|squeeze|bump)\b"],
          "Pushing only to find their limit shows you are playing a game; employers notice, and the offer can go to "
          "the runner-up."),
)}

VALID_KEYS = tuple(k for k, kind in KINDS.items() if kind.valid)
BACKFIRING_KEYS = tuple(k for k, kind in KINDS.items() if not kind.valid)

# NLU intents that name a reason kind; the adapter passes the top intent to `from_intent`.
INTENT_TO_KIND = {
    "concern_below_previous": "below_previous_earnings",
    "concern_territory": "larger_territory",
    "concern_changed_terms": "changed_terms",
    "concern_competing_offer": "competing_offer",
    "concern_always_negotiate": "always_negotiate",
    "concern_deserve_more": "deserve_more",
    "concern_friends_perks": "friends_perks",
    "concern_testing_limits": "testing_limits",
}

# Sentences, and clauses joined by "but", or by "and"/"plus"/"also" when a new subject follows.
# The NLU's reading of a whole message only adds a reason when it is this sure: a wrong extra reason
# shows in the candidate's summary as something they never said.
NLU_CONFIDENCE = 0.8

_CLAUSE_SPLIT = re.compile(
    r"(?<=[.!?;])\s+|,?\s+but\s+|,?\s+(?:and also|and then|and|also|plus|so)\s+"
    r"(?=(?:my|i|i'?m|i'?d|i'?ve|the|they|their|it|it'?s|there|everyone|people|another|someone)\b)", re.I)
_NOTHING = re.compile(
    r"^\W*(no(pe|thing)?|none|not really|nah|nothing really|all good|i'?m (happy|good)|it'?s (all )?(good|fine|great))\b",
    re.I)
# Plans to state something untrue: an explicit word for it, or a claim with an admission that it isn't so,
# in the same clause or the next one ("I'll say I have an offer. I don't actually have one.").
_MISSTATE_WORDS = re.compile(
    r"\b(bluff\w*|pretend\w*|lie|lying|fib|make (it|one|something|an offer) up|fake\w*|invent\w*|exaggerat\w*|"
    r"inflat\w*|round (it |my \w+ )?up a lot)\b", re.I)
_CLAIM = re.compile(r"\b(say|saying|tell|telling|claim\w*|mention\w*|act(ing)? like|imply\w*)\b", re.I)
_ADMIT = re.compile(r"\b(don'?t|do not|doesn'?t|does not|never|not) (really |actually |even )?(have|exist|make|earn|got)\b"
                    r"|\b(even though|although|though|but) (i|it|there) (don'?t|do not|haven'?t|isn'?t|wasn'?t)\b"
                    r"|\b(but|though|although|when|while) i (actually|really|only) (make|earn|have|get)\b"
                    r"|\bhigher than it (is|was)\b|\bmore than it (is|was)\b"
                    r"|\bisn'?t (real|true)\b|\bnot (real|true)\b", re.I)
# After a "but" the clause split leaves "I actually make 80k" standing alone.
_ADMIT_LEAD = re.compile(r"^\W*(i|it) (actually|really|only) (make|earn|have|get|made|earned|pays?)\b", re.I)


def _misstating(parts: Sequence[str]) -> List[bool]:
    marks = []
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        marks.append(bool(_MISSTATE_WORDS.search(part)) or
                     bool(_CLAIM.search(part) and (_ADMIT.search(part) or _ADMIT.search(following)
                                                   or _ADMIT_LEAD.search(following))))
    return marks


def plans_to_misstate(text: str) -> bool:
    return any(_misstating(clauses(text)))


def without_misstatements(text: str) -> str:
    """The message without the clauses that plan to state something untrue (their figures are not facts)."""
    parts = clauses(text)
    for part, marked in zip(parts, _misstating(parts)):
        if marked:
            text = text.replace(part, " ")  # cut out in place: the rest keeps its punctuation
    return text


def clauses(text: str) -> List[str]:
    return [part.strip() for part in _CLAUSE_SPLIT.split(text or "") if part and part.strip()]


def _matches(kind: ReasonKind, clause: str) -> bool:
    return any(re.search(cue, clause, re.I) for cue in kind.cues)


def find_reasons(text: str) -> List[Reason]:
    """The reasons in a message, in the order first raised, one per kind, with the clause that raised it."""
    found: Dict[str, Reason] = {}
    parts = clauses(text)
    last = None
    for clause, misstated in zip(parts, _misstating(parts)):
        kinds = [kind.key for kind in KINDS.values() if _matches(kind, clause)]
        # A clause about what friends get is about their jobs, not this one: it raises no valid kind.
        if "friends_perks" in kinds:
            kinds = [key for key in kinds if not KINDS[key].valid]
        # A clause that raises nothing new usually goes on about the reason before it ("Every other AE has
        # one country"), and the checks need those details.
        for key in kinds or ([last] if last else []):
            known = found.get(key)
            found[key] = Reason(key, clause, misstated) if known is None else Reason(
                key, f"{known.said} {clause}", known.misstated or misstated)
        last = kinds[-1] if kinds else last
    return list(found.values())


def from_intent(intent: Optional[str], confidence: float, text: str, found: Sequence[Reason]) -> List[Reason]:
    """The NLU's reading of the whole message, when the cue patterns found no reason in it at all.

    Only then: when the cues did find one, an intent naming another kind is more often the NLU mistaking
    the same sentence ("a retention offer from my current company" as a pay cut) than a second reason.
    """
    key = INTENT_TO_KIND.get(intent or "")
    if not key or confidence < NLU_CONFIDENCE or found:
        return list(found)
    return list(found) + [Reason(key, (text or "").strip(), plans_to_misstate(text))]


def says_nothing_stands_in_the_way(text: str) -> bool:
    return bool(_NOTHING.search(text or ""))


def follow_ups(reasons: Sequence[Reason]) -> List[str]:
    """The form slots the raised reasons need, in order, without repeats."""
    slots: List[str] = []
    for reason in reasons:
        for slot in KINDS[reason.key].follow_ups:
            if slot not in slots:
                slots.append(slot)
    return slots
