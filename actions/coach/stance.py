"""Where the candidate stands: whether they'd take this offer as it is, the other one, or say nothing is in
the way; read from the yes/no questions' answers and from what a longer message says in passing.

The same reply reads differently by which offer it is about: "I'd take it if they can't get closer" after
naming the other offer is a no to this one as it is.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from .answers import NO, YES, in_writing, it_is_the_other_offer, read_conditional
from .misses import PENDING

YES_BUT = "You said yes, but with a condition."
WHICH_OFFER = ("You said you'd take the other offer if they can't get closer, and also that you'd accept this one as "
               "it is.")
# What they'd do if nothing moves: "I'd still take it either way", "I'd take Tessellate if they can't get closer",
# "if they can't move I'd probably not take it".
_STILL_ACCEPT = re.compile(r"\b(?:i'?d|i would|i will|i'?ll)\b(?P<between>[^.;]{0,25}?)\b(?:still )?(?:take|accept|sign|join|say yes"
                           r"|pick|choose|go with)\b(?P<what>[^.;]{0,40}?)\b(?:if|even if|anyway|regardless|either way)\b"
                           r"|\bif\s+(?:they|it|[\w-]+)\s+(?:can'?t|cannot|won'?t|doesn'?t|don'?t|do\s+not)\s+(?:move|budge|match"
                           r"|get\s+closer|come\s+up|improve|change)\b[^.;]{0,20}?\b(?:i'?d|i\s+would|i'?ll|i\s+will)\b"
                           r"(?P<between_after>[^.;]{0,20}?)\b(?:still\s+)?(?:take|accept|sign|join)\b(?P<what_after>[^.;]{0,20})",
                           re.I)
_NOT = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
# "Honestly nothing's stopping me, I'd say yes today": the concern question answered before it is asked.
_NOTHING_IN_THE_WAY = re.compile(
    r"\bnothing(?:'?s|\s+is)?\s+(?:really\s+)?(?:stopping|holding|standing\s+in|in\s+the\s+way|stands\s+in)"
    r"|\b(?:i'?d|i\s+would|i'?ll|i\s+will|ready\s+to|happy\s+to)\s+(?:happily\s+|gladly\s+)?(?:say\s+yes|accept|sign)"
    r"\s+(?:today|now|right\s+away|tomorrow|as\s+is)\b(?![^.;]{0,30}\b(?:if|unless|once|as\s+long)\b)", re.I)
_THIS_ONE = re.compile(r"\b(?:this\s+one|this\s+offer|here|stay|accept\s+(?:it|this)|yours|the\s+first)\b", re.I)
_OTHER_ONE = re.compile(r"\b(?:the\s+other|other\s+one|theirs|them|go\s+there|b\b|the\s+second)\b", re.I)


def nothing_in_the_way(text: str) -> bool:
    return bool(_NOTHING_IN_THE_WAY.search(text))


def yes_no(text: str, asked: str, slots: Dict[str, Any]) -> Tuple[Dict[str, Any], List[str]]:
    """A yes/no answer as people give it; "yes but..." and a contradiction get one short question back."""
    if asked == "competing_offer_in_writing":
        answer = in_writing(text)
        return ({asked: answer} if answer else {}), []
    if asked == "accept_as_is" and slots.get(PENDING) == "which_offer":
        if _THIS_ONE.search(text) and not _OTHER_ONE.search(text):
            return {"accept_as_is": YES, "would_choose_other": NO}, []
        if _OTHER_ONE.search(text):
            return {"accept_as_is": NO}, []
    reading = read_conditional(text, about_this_offer=asked == "accept_as_is")
    if reading.unclear and slots.get(PENDING) != "yes_but":
        return {PENDING: "yes_but"}, [YES_BUT]
    if asked == "accept_as_is" and reading.answer == YES and slots.get("would_choose_other") == YES \
            and slots.get(PENDING) != "which_offer":
        return {PENDING: "which_offer"}, [WHICH_OFFER]
    if reading.answer is None:
        return {}, []
    updates: Dict[str, Any] = {asked: reading.answer}
    if asked == "accept_as_is" and reading.answer == NO and reading.condition:
        updates["conditions"] = {**(slots.get("conditions") or {}), "accept_as_is": reading.condition}
    return updates, []


def accepts_as_is(text: str, slots: Dict[str, Any]) -> Optional[str]:
    """Whether they'd take this offer as it is, when the message says so; None when it doesn't."""
    other = slots.get("other_company")
    for said in _STILL_ACCEPT.finditer(text):
        if re.search(r"\boffer\b[^.;]{0,40}\b(?:that|which)\s+$", text[:said.start()], re.I):
            return NO  # "an offer from Stork Labs that I'd take if Puffin can't get closer": the other one
        between = said.group("between") or said.group("between_after") or ""
        what = said.group("what") or said.group("what_after") or ""
        names_other = _OTHER_ONE.search(what) or (isinstance(other, str) and re.search(re.escape(other), what, re.I)) \
            or it_is_the_other_offer(text, said.start(), what)
        return NO if _NOT.search(between) or names_other else YES
    return None
