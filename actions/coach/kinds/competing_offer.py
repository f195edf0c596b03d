"""A stronger offer in hand: it counts only in writing, above this one, and when they would really take it."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from ..answers import NO, YES, it_is_the_other_offer, writing_said
from ..case import Case, Check, CheckedReason, Reason
from ..drafts.phrasebook import Level, Phrasebook, Phrases
from ..drafts.text import clean_name, positive
from .kind import FollowUp, ReasonKind, concrete, honest, relevant, truthful

PHRASES: Phrases = {
    "competing": {
        "default": (
            "I {also}have {an_offer}{from_other}{worth}{vs_here}.",
            "To be open with you, I {also}have {an_offer}{from_other}{worth}{vs_here}.",
            "I want to be transparent that I {also}have {an_offer}{from_other}{worth}{vs_here}.",
        ),
        "compact": ("I {also}have {an_offer}{from_other}{worth}.",),
    },
    "ask_competing": {
        "default": (
            "Is there room to come closer to {c}?",
            "Could you move closer to the {c} of that offer?",
            "Would it be possible to narrow the gap to {c}?",
        ),
        "compact": ("Could you come closer to {c}?",),
    },
    "ask_competing_nofigure": {
        "default": ("Is there room to narrow the gap with that offer?",
                    "Could you move closer to that offer?"),
        "compact": ("Could you move closer to that offer?",),
    },
}

def check(reason: Reason, case: Case) -> List[Check]:
    checks = [relevant(True, "A real alternative affects whether you can say yes to this one.")]
    if case.competing_offer is None:
        return checks + [concrete(False, "It needs the other offer's figures.")] + honest(reason)
    checks.append(concrete(True, f"The other offer is {case.money(case.competing_offer)} a year."))
    if case.other_offer_is_stronger() is False:
        checks.append(truthful(False, f"The other offer ({case.money(case.competing_offer)}) is not above this one "
                                      f"({case.money(case.offer_total)}), so it gives no reason to move."))
    elif case.competing_offer_in_writing is not True:
        checks.append(truthful(False, "It only counts once it is in hand, in writing; a verbal or expected offer "
                                      "can fall through."))
    elif case.would_choose_other is not True:
        checks.append(truthful(False, "It only counts if you would really take it; otherwise it is a bluff."))
    else:
        checks.append(truthful(True, "It is in writing and you would really take it."))
    return checks + honest(reason)


def gap_and_ask(case: Case, checked: CheckedReason, index: int, say: Phrasebook,
                level: Level) -> Tuple[List[str], str, bool]:
    """The other offer, who made it and its figure against this one's; the ask is to come closer to it."""
    other = clean_name(case.other_company, level.name_cap)
    figure = case.competing_offer if positive(case.competing_offer) else None
    vs_here = ""
    if figure is not None and case.offer_total is not None and not level.compact:
        vs_here = f", against {case.money(case.offer_total)} here"
    gap = [say("competing", also="also " if index > 0 else "",
               an_offer="a written offer" if case.competing_offer_in_writing is True else "another offer",
               from_other=f" from {other}" if other else "",
               worth=f" at {case.money(figure)} a year" if figure is not None else "", vs_here=vs_here)]
    ask = say("ask_competing", c=case.money(figure)) if figure is not None else say("ask_competing_nofigure")
    return gap, ask, True


# "I'd take B unless A gets closer", "I'd never take the bank job": what they'd do, about the other offer.
_WOULD = re.compile(r"\bi(?:'?d|\s+would|'?ll|\s+will)(?P<neg>n'?t|\s+not|\s+never)?(?:\s+(?:really|actually|honestly"
                    r"|probably|definitely|seriously|likely|still))*\s+(?:take|go|move|switch|choose|pick|join|accept)\b"
                    r"(?P<what>[^.,;!?]{0,40})", re.I)
_WOULD_RELATIVE = re.compile(r"\boffer\b[^.;]{0,40}\b(?:that|which)\s+i(?:'?d|\s+would)(?P<neg>n'?t|\s+not|\s+never)?"
                             r"(?:\s+(?:really|actually|honestly|definitely|probably))*\s+(?:take|accept|go\s+for|choose)\b",
                             re.I)
_OTHER = r"\b(?:b|the\s+other|other\s+one|them|there|it\s+over|that\s+one|the\s+\w+\s+(?:job|offer|one))\b"
_UNLESS_THIS_MOVES = re.compile(r"\b(?:if|unless)\s+(?:this|they|it|[A-Z]\w+)\b", re.I)
_REGARDLESS = re.compile(r"\b(?:even\s+if|anyway|regardless|either\s+way|no\s+matter|whatever)\b", re.I)
_THIS = r"\b(?:this|here|a\b|yours|the\s+first)\b"


def in_writing_told(text: str, slots: Dict[str, Any]) -> Optional[str]:
    return writing_said(text)


def would_choose_told(text: str, slots: Dict[str, Any]) -> Optional[str]:
    other = _OTHER + (f"|\\b{re.escape(slots['other_company'])}\\b" if slots.get("other_company") else "")
    this = _THIS + (f"|\\b{re.escape(slots['company'])}\\b" if slots.get("company") else "")
    relative = _WOULD_RELATIVE.search(text)  # "a signed offer from Stork Labs that I'd take if..."
    if relative:
        return NO if relative.group("neg") else YES
    for said in _WOULD.finditer(text):
        what = said.group("what")
        lead = r"\s*(?:(?:with|to|for|over\s+to)\s+)?"
        if re.match(rf"{lead}(?:{other})", what, re.I) and not re.match(rf"{lead}(?:{this})", what, re.I):
            return NO if said.group("neg") else YES
        if it_is_the_other_offer(text, said.start(), what) and _UNLESS_THIS_MOVES.search(what):
            return NO if said.group("neg") else YES  # "the other offer pays more and I'd take it if this can't move"
        if re.match(rf"{lead}(?:{this})", what, re.I) and _REGARDLESS.search(what) and not said.group("neg"):
            return NO  # "I'd pick Nordlys even if they don't move": the other one is a backup
    return None


def describe(reason: Reason, case: Case) -> str:
    if case.competing_offer is None:
        return "another offer (I don't have its figures)"
    other = clean_name(case.other_company, 6)
    said = f"another offer of {case.money(case.competing_offer)} a year" + (f" from {other}" if other else "")
    if case.offer_total is not None:
        said += f", against {case.money(case.offer_total)} here"
    return said


KIND = ReasonKind(
    key="competing_offer",
    label="A stronger offer in hand",
    intent="concern_competing_offer",
    cues=(r"\b(another|other|second|competing|rival|better|higher|stronger|bigger|outside) ((job|written|signed|"
          r"formal) )?offers?\b", r"\b(offer|company|option) b\b",
          r"\bwritten offer\b[^.;]{0,50}\bi'?d (take|go|pick)\b",
          r"\b(i (also )?(have|got|hold|received) an? (\w+ )?|written |signed )offer\b(?=[^.]{0,80}\bthis (one|offer)\b)",
          r"\b(other|another|different) (company|firm|employer|place)\b", r"\b(somewhere|some place) else\b",
          r"\belsewhere\b", r"\bcompeting\b", r"\bcounter ?offer\b", r"\bretention (offer|package|bonus)\b",
          r"\boffer\w* (i )?(turned down|declined)\b",
          r"\b(recruiter|headhunter) (from|at)\b[^.;]{0,60}\boffer\b",
          r"\b(they'?d|they would|would|might|will) (probably |likely )?offer me\b"),
    check=check,
    follow_ups=(FollowUp("competing_offer", "Another offer only matters if it is stronger than this one."),
                FollowUp("competing_offer_in_writing", "A verbal or expected offer can fall through; only one in "
                                                       "hand counts.", in_writing_told),
                FollowUp("would_choose_other", "Mentioning an offer you wouldn't take is a bluff, and bluffs can "
                                               "cost you the job.", would_choose_told)),
    strength=2,
    evidence_markers=r"(another|other|competing|second|rival) offer|offers? from|counter ?offer",
    about_money=True,
    gap_and_ask=gap_and_ask,
    describe=describe,
    phrases=PHRASES,
)
