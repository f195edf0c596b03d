"""Reading short answers: yes / no / not sure, and whether the candidate can back a reason up."""
from __future__ import annotations

import re
from typing import Optional

YES, NO, UNSURE = "yes", "no", "unsure"

_FILLER = re.compile(r"^\W*((honestly|well|um+|uh+|hmm+|so|ok(ay)?|i think|i guess|probably|actually|"
                     r"to be honest|tbh|oh|ah)\W+)+", re.I)
_LEAD_YES = re.compile(r"^(yes|yeah|yea|yep|yup|ya|sure|absolutely|definitely|of course|certainly|correct|"
                       r"right|y|i would|i'd|i will|i can|i do|i have|indeed|totally|for sure)\b", re.I)
_LEAD_NO = re.compile(r"^(no|nope|nah|not really|never|n|no way|not at all)\b", re.I)
_UNSURE = re.compile(r"\b(not sure|unsure|maybe|don'?t know|dunno|perhaps|it depends|depends|hard to say|no idea|"
                     r"possibly|might|can'?t say|undecided|torn)\b", re.I)
_NEGATIVE = re.compile(r"\b(i wouldn'?t|i would not|i can'?t|i cannot|i don'?t|i do not|i won'?t|i will not|"
                       r"i couldn'?t|i could not|i haven'?t|i have not|not (really|in writing|yet)|no)\b", re.I)
_POSITIVE = re.compile(r"\b(yes|yeah|yep|sure|i would|i'd|i will|i can|i do|i have|absolutely|definitely)\b", re.I)


def read_yes_no(text: str) -> Optional[str]:
    """YES, NO or UNSURE for an answer to a yes/no question; None when it is no answer at all."""
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
_PROOF = re.compile(r"\b(stub|stubs|payslips?|pay slips?|w-?2s?|p60|tax return|bank statement|letter|e-?mails?|"
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


def in_writing(text: str) -> Optional[str]:
    """For the other offer: YES only when it is in hand in writing; verbal or expected offers are NO."""
    plain = (text or "").strip()
    if not plain:
        return None
    if _NOT_YET.search(plain) or _NO_PROOF.search(plain):
        return NO
    return can_back_up(plain)
