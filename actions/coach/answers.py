"""Reading short answers: yes / no / not sure, as people give them ("only if the travel comes down" is a no,
with a condition), and whether the candidate can back a reason up."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .terms import term_in

YES, NO, UNSURE = "yes", "no", "unsure"

_FILLER = re.compile(r"^\W*((honestly|well|um+|uh+|hmm+|so|ok(ay)?|i think|i guess|probably|actually|"
                     r"to be honest|tbh|oh|ah)\W+)+", re.I)
_LEAD_YES = re.compile(r"^(yes|yeah|yea|yep|yup|ya|sure|absolutely|definitely|of course|certainly|correct|"
                       r"right|y|i would|i'd|i will|i can|i do|i have|indeed|totally|for sure)\b", re.I)
_LEAD_NO = re.compile(r"^(no|nope|nah|not really|never|n|no way|not at all|not(?! sure| certain))\b", re.I)
_UNSURE = re.compile(r"\b(not sure|unsure|maybe|don'?t know|dunno|perhaps|it depends|depends|hard to say|no idea|"
                     r"possibly|might|can'?t say|undecided|torn)\b", re.I)
_NEGATIVE = re.compile(r"\b(i wouldn'?t|i would not|i can'?t|i cannot|i don'?t|i do not|i won'?t|i will not|"
                       r"i couldn'?t|i could not|i haven'?t|i have not|not (really|in writing|yet)|no)\b", re.I)
_POSITIVE = re.compile(r"\b(yes|yeah|yep|sure|i would|i'd|i will|i can|i do|i have|absolutely|definitely)\b", re.I)


# "only if X", "not unless X", "not at 50%", "not if I have to move", "I'd sign the other one if they can't come
# closer": not as it is, whatever comes first.
_ONLY_IF = re.compile(r"\b(?:only\s+if|not\s+unless|unless|as\s+long\s+as|provided|on\s+condition)\b", re.I)
_NOT_WITH = re.compile(r"\b(?:not|never|wouldn'?t|won'?t|couldn'?t|can'?t)\s+(?:\w+\s+){0,2}?(?:at|with|if|for|on|"
                       r"while|as\s+long\s+as)\b", re.I)
_OTHER_ONE = re.compile(r"\b(?:take|sign|go\s+(?:with|for)|pick|choose|accept)\s+(?:the\s+)?(?:other|their|b|"
                        r"second)\b|\bgo\s+(?:there|elsewhere)\b", re.I)
_YES_BUT = re.compile(r"^\W*(?:yes|yeah|yep|sure|probably|i\s+(?:would|guess|think))\b[^.?!]*?\b(?:but|although|"
                      r"though|however)\b", re.I)


@dataclass(frozen=True)
class YesNo:
    """An answer to a yes/no question: YES, NO, UNSURE or None, the term it hangs on ("travel"), and whether it
    needs one short question back ("yes but...")."""

    answer: Optional[str]
    condition: Optional[str] = None
    unclear: bool = False


_ABOUT_OTHER_OFFER = re.compile(r"\b(?:other|another|second|competing)\s+(?:offer|one|company)\b|\boffer\s+b\b", re.I)


def it_is_the_other_offer(text: str, at: int, what: str) -> bool:
    """ "the other offer pays more and I'd take it if...": "it" at `at` is the offer named just before."""
    return bool(re.match(r"\s*it\b", what, re.I)) and bool(_ABOUT_OTHER_OFFER.search(text[max(0, at - 60):at]))


def read_conditional(text: str, about_this_offer: bool = True) -> YesNo:
    """For "would you accept it as it is?" and its kin: a condition, or a preference for the other offer, is a no.
    For "would you really take the other offer?", "only if this one doesn't come closer" is a yes: that is the
    question's own premise."""
    plain = _FILLER.sub("", (text or "").strip())
    if not about_this_offer and _ONLY_IF.search(plain):
        return YesNo(YES if _NO_MOVEMENT.search(plain) else UNSURE)
    if about_this_offer and _NOT_A_DEAL_BREAKER.search(plain) and not _ONLY_IF.search(plain):
        return YesNo(YES)  # before the lead "not" of "not a deal breaker" is read as a no
    if _ONLY_IF.search(plain) or (_NOT_WITH.search(plain) and not _LEAD_YES.match(plain.lower())):
        return YesNo(NO, term_in(plain) or "other")
    if about_this_offer and _OTHER_ONE.search(plain):
        return YesNo(NO, term_in(plain, exclude=("pay",)) or "other")
    if _YES_BUT.search(plain) and not _STILL.search(plain):
        return YesNo(YES, term_in(plain) or "other", unclear=True)
    answer = read_yes_no(text)
    if answer is None and about_this_offer and _DEAL_BREAKER.search(plain):
        answer = NO  # "the travel is a deal breaker": no yes or no in it, and a clear no
    return YesNo(answer)


_DEAL_BREAKER = re.compile(r"\bdeal[- ]?breaker\b", re.I)
_NOT_A_DEAL_BREAKER = re.compile(r"(?:\bnot|n't|\bno|\bnever)\s+(?:really\s+)?(?:a\s+)?deal[- ]?breaker\b", re.I)
_NO_MOVEMENT = re.compile(r"\b(?:closer|match|move|budge|improve|come\s+up|can'?t|don'?t|doesn'?t|won'?t|no\s+movement)\b",
                          re.I)
_STILL = re.compile(r"\b(?:still|anyway|either\s+way|regardless|even\s+if|even\s+so)\b", re.I)


_LEANING_YES = re.compile(r"^\W*(?:probably|prob|likely|most\s+likely|i\s+think\s+so|i\s+guess\s+so)\b(?!\s+not)",
                          re.I)


def read_yes_no(text: str) -> Optional[str]:
    """YES, NO or UNSURE for an answer to a yes/no question; None when it is no answer at all."""
    if _LEANING_YES.match(text or ""):
        return YES
    plain = _FILLER.sub("", (text or "").strip().lower())
    if not plain:
        return None
    if _LEAD_NO.match(plain):
        return NO
    if _LEAD_YES.match(plain) and not _UNSURE.search(plain):
        return YES
    if _UNSURE.search(plain):
        return UNSURE
    negative, positive = bool(_NEGATIVE.search(plain)), bool(_POSITIVE.search(plain))
    if negative != positive:
        return NO if negative else YES
    return None


# Things a candidate can show an employer. Numbers compared side by side count as well (a territory list).
_PROOF = re.compile(r"\b(stub|stubs|pay ?stubs?|payslips?|pay slips?|salary slips?|w-?2s?|p60|form 16|tax return|"
                    r"bank statement|letter|e-?mails?|comp plan|bonus plan|plan doc\w*|"
                    r"written|writing|in writing|signed|posting|job ad|advert\w*|ad|screenshots?|map|list|document\w*|"
                    r"contract|records?|spreadsheet|crm|report|texts?|messages?|slack|notes|pdf|docusign|"
                    r"showed|show|shown|proof|payroll|statement)\b", re.I)
_NO_PROOF = re.compile(r"\b(can'?t|cannot|couldn'?t|no way to) (prove|show)|\bno (proof|evidence|document\w*)\b|"
                       r"\bjust a feeling\b|\bnothing (in writing|to show)\b|\bonly (verbal|on (a|the) call)\b|"
                       r"\bnot in writing\b|\bverbal(ly)?\b", re.I)
_NOT_YET = re.compile(r"\b(expect\w*|should (get|have|receive)|will (send|get|have)|next week|soon|not yet|"
                      r"verbal\w*|promised|waiting|pending|on (the|a) call|declined|turned (it )?down|expired|"
                      r"rejected|withdr[ae]wn|hinted|probably|might)\b", re.I)


def can_back_up(text: str) -> Optional[str]:
    """YES when the answer names proof they hold, NO when they say they have none, UNSURE otherwise."""
    plain = (text or "").strip()
    if not plain:
        return None
    if _NO_PROOF.search(plain):
        return NO
    answer = read_yes_no(plain)
    if answer == NO:
        return NO
    if _PROOF.search(plain) or answer == YES:
        return YES
    return UNSURE if answer == UNSURE else None


# Said of the other offer in passing: in hand in writing, or not (yet). Nothing said, nothing assumed.
_WRITTEN = re.compile(r"\b(?:written\s+(?:[$€£₹]?\d[\d,.]*\s*k?\s+)?offer|in\s+writing|offer\s+letter"
                      r"|signed\s+(?:[$€£₹]?\d[\d,.]*\s*k?\s+)?(?:letter|offer|contract)|on\s+paper"
                      r"|docusign\w*|letter\s+in\s+(?:my\s+)?(?:inbox|hand))\b", re.I)
_NOT_WRITTEN = re.compile(r"\bverbal\w*|\bnot\s+(?:yet\s+)?in\s+writing|\bno\s+(?:written\s+offer|letter|paperwork)\b"
                          r"|\b(?:expect\w*|waiting\s+(?:on|for))\s+(?:the\s+|a\s+)?(?:written\s+)?(?:letter|offer|paperwork)\b"
                          r"|\b(?:letter|offer|paperwork)\s+(?:is\s+)?(?:coming|promised)\b|\bpromised\b|\bon\s+(?:a|the)\s+call\b"
                          r"|\bover\s+the\s+phone\b|\bnot\s+(?:official|final)\s+yet\b", re.I)


def writing_said(text: str) -> Optional[str]:
    """Said in passing of the other offer: YES in writing, NO not (yet); None when nothing is said of it. Narrower
    than `in_writing`, which reads an answer to the question itself ("probably" there is a no)."""
    if _NOT_WRITTEN.search(text):
        return NO
    return YES if _WRITTEN.search(text) else None


def in_writing(text: str) -> Optional[str]:
    """For the other offer: YES only when it is in hand in writing; verbal or expected offers are NO."""
    plain = (text or "").strip()
    if not plain:
        return None
    if _NOT_YET.search(plain) or _NO_PROOF.search(plain):
        return NO
    return can_back_up(plain)
