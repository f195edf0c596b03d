"""Finding the reasons in what a candidate says, clause by clause, and the plans to state something untrue.

Each kind's cue patterns (kinds/) are matched clause by clause, so one message can carry several reasons;
the NLU's intent for the whole message is a second opinion that the adapter adds (see `from_intent`).
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence

from .case import Reason
from .kinds import BY_INTENT, KINDS


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


def find_reasons(text: str) -> List[Reason]:
    """The reasons in a message, in the order first raised, one per kind, with the clause that raised it."""
    found: Dict[str, Reason] = {}
    parts = clauses(text)
    last = None
    for clause, misstated in zip(parts, _misstating(parts)):
        kinds = [kind.key for kind in KINDS.values() if kind.matches(clause)]
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
    key = BY_INTENT.get(intent or "")
    if not key or confidence < NLU_CONFIDENCE or found:
        return list(found)
    return list(found) + [Reason(key, (text or "").strip(), plans_to_misstate(text))]


def says_nothing_stands_in_the_way(text: str) -> bool:
    return bool(_NOTHING.search(text or ""))


def told_with(reasons: Sequence[Reason], slots: Dict[str, object]) -> Dict[str, object]:
    """The follow-up answers the clauses that raised these reasons give already ("a written offer I'd take"), so
    that they are not asked again. Only those clauses: "they promised remote" says nothing about another offer."""
    told: Dict[str, object] = {}
    for reason in reasons:
        for follow_up in KINDS[reason.key].follow_ups:
            if follow_up.told and slots.get(follow_up.slot) is None and follow_up.slot not in told:
                value = follow_up.told(reason.said, slots)
                if value is not None:
                    told[follow_up.slot] = value
    return told


def follow_ups(reasons: Sequence[Reason]) -> List[str]:
    """The form slots the raised reasons need, in order, without repeats."""
    slots: List[str] = []
    for reason in reasons:
        for follow_up in KINDS[reason.key].follow_ups:
            if follow_up.slot not in slots:
                slots.append(follow_up.slot)
    return slots


def reasons_in(text: str, names_another_offer: bool = False) -> List[Reason]:
    """The reasons in a message; figures or a name for another offer are a reason of their own."""
    found = find_reasons(text)
    if names_another_offer and "competing_offer" not in {r.key for r in found}:
        # said in the clauses about an offer that raise nothing else: what is told of it is read from those
        about = [clause for clause in clauses(text) if re.search(r"\boffers?\b", clause, re.I)
                 and not any(kind.matches(clause) for kind in KINDS.values())]
        found.append(Reason("competing_offer", " ".join(about) or text))
    return found


def merged(known: Sequence[Reason], more: Sequence[Reason]) -> List[Dict[str, object]]:
    """Reasons so far plus new ones; a kind raised again keeps both tellings (the second is often the specific one)."""
    by_key = {reason.key: reason for reason in known}
    for reason in more:
        before = by_key.get(reason.key)
        by_key[reason.key] = reason if before is None else Reason(
            reason.key, f"{before.said} {reason.said}", before.misstated or reason.misstated)
    return [vars(reason) for reason in by_key.values()]
