"""What the employer answered, as the candidate reports it: "they said yes to everything", "hr came back w 88k,
i asked for 92", "they said they can't go higher", "they want my payslip", "they need an answer by friday",
"recruiter ghosted me for a week", "they rescinded it!!".

`reply_in` gives the kind of answer (the contract's `employer_reply` values) and, for an offer that moved, the
new figure. A report can be worse news than "no": an offer pulled, or cut, is `withdrawn`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .money.figures import find_figures

AGREED, PARTIAL, DECLINED, PROOF, DEADLINE, SILENT, WITHDRAWN = (
    "agreed", "partial", "declined", "proof_requested", "deadline", "silent", "withdrawn")
KINDS = (AGREED, PARTIAL, DECLINED, PROOF, DEADLINE, SILENT, WITHDRAWN)

_THEY = r"(?:they|he|she|hr|the\s+recruiter|recruiter|the\s+company|the\s+hiring\s+manager|hiring\s+manager|my\s+manager|\w+\s+(?:hr|team))"
# First match wins: the worst news first, then the particular before the general.
_KINDS = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in (
    (WITHDRAWN, r"\b(?:rescind\w*|withdr[ae]w\w*|pulled\s+(?:the\s+|my\s+|their\s+)?(?:offer|it)|took\s+(?:the\s+offer|it)\s+back"
                r"|offer\s+(?:is|was)\s+(?:off|gone|cancel+ed)|cancel+ed\s+(?:the\s+|my\s+)?(?:offer|role|position)"
                r"|no\s+longer\s+(?:available|open|on\s+the\s+table)|went\s+with\s+(?:someone|another\s+candidate)"
                r"|lowered\s+(?:the\s+|their\s+)?offer|reduced\s+(?:the\s+|their\s+)?offer|cut\s+(?:the\s+|their\s+)?offer"
                r"|offer\s+(?:is\s+)?(?:now\s+)?(?:lower|worse|less)|made\s+it\s+worse)"),
    (PROOF, r"\b(?:want|wants|need|needs|asked\s+for|asking\s+for|requested|ask(?:ed)?\s+me\s+(?:for|to\s+send))\b[^.?!]{0,40}"
            r"\b(?:proof|pay\s*stubs?|payslips?|pay\s*slips?|w-?2s?|p60|tax|evidence|copy|letter|document\w*|offer\s+letter"
            r"|screenshot|verification|verify)\b|\bverify\b|\bprove\s+(?:it|that|my)\b"
            r"|\basked\s+(?:me\s+)?(?:if|whether)\s+i\s+(?:can|could|would)\s+(?:send|share|show|provide|forward)\b"),
    (DEADLINE, r"\b(?:deadline|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end\s+of"
               r"|the\s+end|eod|cob|\d)|answer\s+by|decision\s+by|respond\s+by|reply\s+by|expires?|expiring|within\s+\d+"
               r"|(?:24|48|72)\s*(?:hours|hrs|h)\b|exploding)"),
    (SILENT, r"\b(?:ghost\w*|no\s+(?:reply|response|answer|word|news)|haven'?t\s+(?:heard|had)|hasn'?t\s+(?:replied|answered"
             r"|responded|got(?:ten)?\s+back)|not\s+heard|didn'?t\s+(?:reply|respond|answer|hear)|silen\w+|radio\s+silence"
             r"|nothing\s+(?:back|yet|since)|still\s+waiting|waiting\s+to\s+hear)"),
    (AGREED, r"\b(?:agreed|said\s+yes|yes\s+to\s+(?:everything|it|all)|accepted\s+my|matched|met\s+(?:it|me|my)|gave\s+me"
             r"\s+(?:what|everything)|full\s+amount|everything\s+i\s+asked|approved|got\s+(?:it|everything|what\s+i\s+asked))\b"),
    (PARTIAL, r"\b(?:came\s+(?:up|back)\s+(?:to|with|w/?)|meet\s+(?:me\s+)?(?:in\s+the\s+middle|halfway)|part\s+of\s+the\s+way"
              r"|partway|instead|moved\s+(?:to|up)|raised\s+(?:it\s+)?to|increased\s+(?:it\s+)?to|bumped\s+(?:it\s+)?(?:up\s+)?to"
              r"|(?:can|could)\s+do\s+\$?\d+|best\s+they\s+can\s+do\s+is|offered\s+(?:me\s+)?\$?\d+|only\s+\w+\s+(?:days?|%)"
              r"|compromise|counter(?:ed)?\s+(?:with|at))\b"),
    (DECLINED, r"\b(?:can'?t|cannot|couldn'?t|won'?t|unable\s+to|not\s+able\s+to)\s+(?:go\s+higher|move|budge|change|do\s+(?:it"
               r"|that|more|anything)|increase|meet|match|offer\s+more|go\s+(?:any\s+)?(?:up|further))|\bsaid\s+no\b|\bturned"
               r"\s+(?:it|me)\s+down\b|\bno\s+flexibility\b|\bfinal\s+offer\b|\bfirm\b|\bdeclined\b|\bnot\s+(?:possible|"
               r"negotiable)\b|\bnon[- ]?negotiable\b|\bstuck\s+at\b|\bbudget\s+is\s+fixed\b|\bno\s+room\b"),
))
_REPORTS = re.compile(rf"\b{_THEY}\b|\b(?:update|heard\s+back|got\s+back|came\s+back|replied|responded|answered|emailed"
                      r"|called|said)\b", re.I)
_ASKED_FOR = re.compile(r"\b(?:i\s*(?:'d|\s+had)?\s+)?(?:asked|wanted|requested|countered)\s+(?:for\s+)?[^.,;]{0,12}$",
                        re.I)
_TOTAL = re.compile(r"^\s*(?:total|ote|all[- ]in|in\s+total|package)\b", re.I)


@dataclass(frozen=True)
class Reply:
    kind: str
    new_base: Optional[float] = None  # the offer's base as it stands now, when they moved
    new_total: Optional[float] = None


def reply_in(text: str, known: dict) -> Optional[Reply]:
    """The employer's answer in the candidate's report, or None when the message reports no answer."""
    plain = text or ""
    kind = next((kind for kind, pattern in _KINDS if pattern.search(plain)), None)
    if kind is None or (kind in (AGREED, DECLINED) and not _REPORTS.search(plain)):
        return None
    if kind != PARTIAL:
        return Reply(kind)
    base, total = _moved_to(plain, known)
    return Reply(PARTIAL, base, total)


def _moved_to(text: str, known: dict) -> tuple:
    """The offer's new yearly figure: what they moved to, not what the candidate asked for ("I asked for 92k")."""
    for figure in find_figures(text):
        if figure.amount is None or figure.garbled or figure.in_range:
            continue
        if _ASKED_FOR.search(text[max(0, figure.start - 30):figure.start]):
            continue
        yearly = figure.amount.yearly if not figure.bare else figure.amount.value * 1000
        if _TOTAL.search(text[figure.end:figure.end + 20]):
            return None, yearly
        return yearly, None
    return None, None
