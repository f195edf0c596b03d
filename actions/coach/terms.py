"""The working terms of a job (travel, remote days, hours, benefits...) as the coach names them, and what was
described earlier against what the offer says, read into facts the coach can state in its own words.

"The recruiter said 25% travel, the letter says 60%" -> Term("travel", described="25% travel", offered="60%
travel"). A value the words don't make clear is left out; the draft then names the term alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

# key -> (how the coach names it, the words that name it). First match wins, so the particular before the general.
TERMS: Tuple[Tuple[str, str, str], ...] = (
    ("equity", "the equity grant", r"\b(?:equity|rsus?|stock\s+options?|options|shares|stock\s+grant)\b"),
    ("travel", "travel", r"\btravel\w*\b"),
    ("relocation", "relocating", r"\b(?:relocat\w*|move\s+(?:to|cities)|moving|have\s+to\s+move)\b"),
    ("remote", "remote work", r"\b(?:remote|hybrid|wfh|work(?:ing)?\s+from\s+home|in[- ]office|on[- ]?site|office\s+days?"
                              r"|days?\s+(?:a\s+week\s+)?in\s+(?:the\s+)?office|commut\w*)\b"),
    ("work_week", "the working week", r"\b(?:(?:\d|four|five|six)[- ]day\s+(?:work\s*)?weeks?|days\s+a\s+week\s+in\s+total)\b"),
    ("duties", "the duties", r"\b(?:dut(?:y|ies)|supervision|responsibilit\w*|workload|on\s+top\s+of\s+teaching)\b"),
    ("weekends", "weekend work", r"\b(?:weekends?|saturdays?|sundays?)\b"),
    ("hours", "the hours", r"\b(?:hours|schedule|shifts?|nights?|on[- ]call|overtime|duty|duties)\b"),
    ("start_date", "the start date", r"\bstart(?:ing)?\s+date\b"),
    ("title", "the job title", r"\b(?:title|level|seniority)\b"),
    ("time_off", "paid time off", r"\b(?:pto|vacation|holidays?|time\s+off|leave|days\s+off)\b"),
    ("retirement", "the retirement match", r"\b(?:401\s*\(?k\)?|pension|retirement|(?:employer|company)\s+match\w*"
                                           r"|matching\s+contributions?)\b"),
    ("benefits", "the benefits", r"\b(?:benefits?|health|insurance|dental|medical|parental|car|phone|equipment"
                                 r"|allowance)\b"),
    ("pay", "the pay", r"\b(?:pay|salary|base|money|number|figure|comp\w*|bonus|commission|offer\s+amount)\b"),
)
_PATTERNS = tuple((key, label, re.compile(pattern, re.I)) for key, label, pattern in TERMS)
LABELS: Dict[str, str] = {key: label for key, label, _ in TERMS}

_EARLIER = re.compile(r"\b(?:said|told|promised|described|advertised|posting|posted|listed|discussed|interview\w*"
                      r"|recruiter|ad|earlier|originally|job\s+description|jd|agreed|mentioned|wrote|was)\b", re.I)
_NOW = re.compile(r"\b(?:letter|contract|offer|paperwork|now|says|say|shows|lists|actually|became|is)\b", re.I)
_VALUE = {
    "travel": re.compile(r"\b\d{1,3}\s*%", re.I),
    "remote": re.compile(r"\b(?:fully\s+remote|remote|hybrid(?:\s+\w+\s+days?)?|\d\s+(?:office\s+)?days?"
                         r"(?:\s+(?:a|per)\s+week)?(?:\s+in\s+(?:the\s+)?office)?|on[- ]?site|in[- ]office"
                         r"|five\s+days|every\s+day)\b", re.I),
    "time_off": re.compile(r"\b\d{1,2}\s+(?:days?|weeks?)\b", re.I),
    "hours": re.compile(r"\b\d{1,3}(?:\.\d)?\s*(?:hours?|hrs?)\b", re.I),
    "weekends": re.compile(r"\b(?:no\s+weekends?|every\s+other\s+weekend|every\s+weekend|weekends?|one\s+weekend"
                           r"\s+a\s+month|saturdays?|sundays?)\b", re.I),
    "work_week": re.compile(r"\b(?:\d|four|five|six)[- ]day\s+(?:work\s*)?weeks?|\b\d\s+days\b", re.I),
    "equity": re.compile(r"[$€£₹]?\d[\d,.]*\s*k?\b(?:\s+in\s+(?:rsus?|equity|stock))?", re.I),
}


@dataclass(frozen=True)
class Term:
    key: str
    described: Optional[str] = None  # what was said earlier, in a short normalised form
    offered: Optional[str] = None  # what the offer says now

    @property
    def label(self) -> str:
        return LABELS[self.key]


def term_in(text: str, exclude: Tuple[str, ...] = ()) -> Optional[str]:
    """The key of the first term the text names."""
    for key, _, pattern in _PATTERNS:
        if key not in exclude and pattern.search(text or ""):
            return key
    return None


def _values(key: str, text: str) -> List[Tuple[int, str]]:
    pattern = _VALUE.get(key)
    return [(match.start(), " ".join(match.group().lower().split())) for match in pattern.finditer(text)] \
        if pattern else []


def changed_term(text: str) -> Optional[Term]:
    """The term that changed and, when the words say both, what was described and what is offered now: the value
    after words of the past ("said", "posting") is the described one, the value after words of the offer
    ("letter says", "now") the offered one."""
    key = term_in(text, exclude=("pay",))
    if key is None:
        return None
    values = _values(key, text)
    described = offered = None
    for where, value in values:
        before = text[max(0, where - 40):where]
        earlier, now = _last(_EARLIER, before), _last(_NOW, before)
        if now > earlier and offered is None:
            offered = value
        elif earlier >= 0 and described is None:
            described = value
    if described and not offered:
        offered = _bare_now(text, described)
    if described == offered:
        described = offered = None
    return Term(key, described, offered)


_BARE_NOW = re.compile(r"\b(?:letter|contract|offer|paperwork|now)\b[^.;]{0,25}?\b(?:says|say|has|shows|lists|is|gives)"
                       r"\s+(?:only\s+|just\s+)?(?P<n>\d{1,3})\b(?!\s*%)", re.I)


def _bare_now(text: str, described: str) -> Optional[str]:
    """ "the ad listed 25 days and the contract says 20": the offer's figure in the unit of the described one."""
    match = _BARE_NOW.search(text)
    unit = described.split(" ", 1)[1] if " " in described else ("%" if described.endswith("%") else "")
    if not match or not unit:
        return None
    return f"{match.group('n')}%" if unit == "%" else f"{match.group('n')} {unit}"


def _last(pattern: re.Pattern, text: str) -> int:
    found = [match.start() for match in pattern.finditer(text)]
    return found[-1] if found else -1
