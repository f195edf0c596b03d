"""Reading one candidate message into facts: the offered base and variable pay, what they earn now, the
other offer, and the role and company when they are named.

The words around each figure say what it is ("base", "commission", "OTE", "last year") and whose it is
(this offer, their current pay, another offer); the slot the bot just asked about fills in what the words
leave open. When no figure was asked for (an opening, a concern), an unlabelled figure is the offer's only when
the words right at it say so ("they offered 120k"); one that no words claim ("I deserve 130k") is left out.
A figure we cannot be sure of becomes a question or a refusal, never a slot value.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Dict, Iterable, List, Optional, Tuple

from .money import (
    Amount,
    Figure,
    Split,
    absurd,
    bare_question,
    describe,
    find_figures,
    find_splits,
    format_money,
    range_question,
)

MONEY_SLOTS = ("offer_base", "offer_variable", "previous_earnings", "competing_offer")
NAME_SLOTS = ("role", "company")
NAME_LIMIT = 80
NO_VARIABLE_SAID = "I have no variable pay in this offer: it's salary only."
_OWNER_OF_SLOT = {"offer_base": "offer", "offer_variable": "offer", "previous_earnings": "previous",
                  "competing_offer": "competing"}
_Settled = Dict[str, Tuple[float, Optional[str]]]  # slot -> (yearly value, how we say it; None for "no variable")
_SMALL = 1000  # a yearly salary below this is a slip ("$85" for 85k), unless it is a bonus

_DECLINE = re.compile(
    r"\W*(?:(?:please\s+)?skip(?:\s+(?:it|this|that))?|pass|(?:i'?d\s+)?rather\s+not(?:\s+say)?"
    r"|(?:i'?d\s+)?prefer\s+not\s+to\s+(?:say|share)|no\s+comment|n/?a|not\s+applicable|(?:i'?m\s+)?not\s+sure"
    r"|unsure|no\s+idea|(?:i\s+)?don'?t\s+know|dunno|none|no|nope|nothing|-+)\W*(?:thanks?|thank\s+you)?\W*",
    re.I,
)
# A money answer that says the candidate does not know the figure or will not give it, anywhere in the answer:
# "I'm not sure, they didn't say", "honestly no idea". Only when the answer holds no figure.
_UNKNOWN = re.compile(
    r"\b(?:not\s+(?:sure|certain)|unsure|no\s+(?:idea|clue)|(?:don'?t|do\s+not|didn'?t)\s+know|dunno"
    r"|(?:can'?t|cannot|can\s+not|don'?t|do\s+not)\s+(?:remember|recall)|forgot|rather\s+not|prefer\s+not"
    r"|(?:don'?t|do\s+not)\s+want\s+to\s+(?:say|share)|not\s+(?:going\s+to|gonna)\s+(?:say|share)|skip(?:\s+it)?"
    r"|keep\s+(?:it|that|this)\s+(?:private|confidential|to\s+myself)|no\s+comment)\b",
    re.I,
)
_WONT_SAY = re.compile(
    r"\b(?:(?:i'?d|i\s+would)\s+)?(?:rather|prefer)\s+(?:not|to\s+keep)\b|\bkeep\s+(?:it|that|this)\s+(?:private"
    r"|confidential|to\s+myself)\b|\b(?:don'?t|do\s+not)\s+want\s+to\s+(?:say|share)\b"
    r"|\bnot\s+(?:going\s+to|gonna)\s+(?:say|share)\b", re.I)
_NOT_APPLICABLE = re.compile(r"\W*(?:n/?a|not\s+applicable|none|no|nope|nothing|nil|zero|\$?0)\W*", re.I)
_NONE_FIRST = re.compile(r"\W*(?:none|nothing|nil|zero)\b\D*$", re.I)  # "nothing, sadly"
_NO_VARIABLE = re.compile(
    r"(?:\b(?:no|zero|nil|without(?:\s+any)?|not\s+any|there'?s\s+no|there\s+is\s+no)|(?<![\w$.,])\$?0[k%]?)"
    r"\s+(?:\w+\s+)?(?:bonus(?:es)?|commissions?|variable|incentives?)\b"
    r"|\b(?:salary|base)[- ]only\b|\bonly\s+(?:a\s+)?(?:base|salary)\b|\bjust\s+(?:a\s+|the\s+)?(?:base|salary)\b"
    r"|\bstraight\s+salary\b|\bthere\s+isn'?t\s+(?:one|any)\b",
    re.I,
)

# Whose figure it is.
_COMPETING_CUE = (
    r"\b(?:another|other|second|competing|rival|outside|alternative|backup|separate|retention|counter)"
    r"\s+(?:(?:job|written|signed|verbal|formal)\s+)?offers?\b|\bcounter-?offers?\b"
    r"|\bcompeting\b|\bcompetitor\b|\bthe\s+other\s+(?:one|company|firm|employer|role|job|place)\b|\belsewhere\b"
    r"|\b(?:another|other|different|(?:a\s+)?second|a\s+new)\s+(?:company|companies|firm|firms|employer|employers|place"
    r"|places|business|startup|team|shop)\b|\bsome(?:where|place)\s+else\b"
    r"|\b(?:they'?d|they\s+(?:would|could|might)|would|could|might)\s+(?:probably|likely|possibly|maybe|perhaps)"
    r"\s+(?:be\s+able\s+to\s+)?offer\b|\b(?:they'?d|they\s+would)\s+offer\b"
    r"|\balso\s+(?:have|got|received|hold)\s+(?:an?\s+)?(?:[\w']+\s+){0,2}offer\b"
)
_PAY_WORD = r"(?:salary|base|pay|wage|wages|income|earnings|comp|compensation|package|ote|total)\b"
_FIGURE_AHEAD = r"(?:about\s+|around\s+|roughly\s+)?[$€£₹]?[0-9][0-9.,]*\s?(?:k|grand|thousand)?"
_PREVIOUS_CUE = (
    r"\bi\s+(?:currently\s+|now\s+|also\s+)?(?:earn|make|take\s+home|bring\s+in|gross|earned|made)\b"
    r"|\bi(?:'?m|\s+am)\s+(?:currently\s+|now\s+)?(?:on|earning|making|paid|getting|at)\b"
    r"|\bi\s+was\s+(?:making|earning|on|paid|getting)\b|\bused\s+to\s+(?:make|earn|get)\b"
    r"|\bi(?:'?m|\s+am)?\s+(?:currently\s+)?(?:work(?:ing)?|employed)\s+(?:at|for|with)\b|\bi'?m\s+with\b"
    r"|\bcurrently\b|\bright\s+now\b|\bat\s+the\s+moment\b|\blast\s+year\b|\bthis\s+past\s+year\b"
    r"|\bmy\s+(?:current|present|existing|old|last|previous|prior)\b"
    r"|\bat\s+my\s+(?:current|present|old|last|previous)\b|\bprevious(?:ly)?\b|\bprior\s+(?:job|role)\b"
    # "my 92k salary", "my salary of 92k", "my pay now": the pay the candidate has, not the pay offered
    rf"|\bmy(?=\s+{_FIGURE_AHEAD}\s+(?:(?:annual|yearly|base|gross|total)\s+)?{_PAY_WORD})"
    rf"|\bmy\s+(?:(?:annual|yearly|base|gross|total)\s+)?{_PAY_WORD}\s+(?:of|was|now|today)\b"
)
_STRONG_OFFER_CUE = r"\b(?:this|the\s+new)\s+(?:one|offer|role|job|position)\b"
_STRONG_OFFER = re.compile(_STRONG_OFFER_CUE, re.I)
_OFFER_CUE = (r"\boffer(?:ed|ing|s)?\b|\bpays\b|\bpaying\b|\bpropos(?:ed|ing)\b"
              r"|\b(?:letter|contract|paperwork)\s+(?:says|said|states|stated|shows|showed|lists|listed|reads)\b")
_CUES = re.compile(
    rf"(?P<competing>{_COMPETING_CUE})|(?P<previous>{_PREVIOUS_CUE})|(?P<strong>{_STRONG_OFFER_CUE})"
    rf"|(?P<offer>{_OFFER_CUE})",
    re.I,
)
# Words that put a figure in another clause than the offer named before it: "I got an offer and I deserve 130k".
_FAR = re.compile(r"[;()]|\s[-–—]\s|\b(?:and|but|while|whereas|or|though|although|than|because|since|if|so|which"
                  r"|my|deserve|deserves|want|wanted|need|hope|expect|think|thought|ask|asking|asked|worth|make|making"
                  r"|earn|earning)\b", re.I)
# A wish a few words before a figure: "I deserve more than 130k", "but I want 120k base", "counter at 130k".
_WISH = re.compile(r"\b(?:deserve[sd]?|want(?:ed|s)?|wish|hop(?:e|ed|ing)|need|worth|ask(?:ing|ed)?\s+for"
                   r"|counter(?:ing|ed)?|aim(?:ing)?\s+for|push(?:ing)?\s+for|would\s+like|'d\s+like|looking\s+for"
                   r"|go(?:ing)?\s+for)\b(?:\s+[^\s,;:.!?]+){0,3}\s*$", re.I)
# After these, the sentence turns to something else: "I make 100k, but the base here is 90k".
_CONTRAST = re.compile(r"\b(?:but|while|whereas|however|although|though|compared|versus|vs|than|instead)\b", re.I)

# What a figure is.
_CLAUSE_BREAK = re.compile(
    r",|;|\+|&|\(|\)|\s[-–—]\s|\b(?:plus|and|with|but|while|whereas|or|including|incl|inclusive|which|then"
    r"|though|although|on\s+top\s+of|excluding|versus|vs|compared|than)\b",
    re.I,
)
# After a figure, a new subject starts a new clause even without a comma: "I earn 130k now it's a pay cut".
_NEW_SUBJECT = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|it'?s|it\s+is|they|they'?re|they'?ve|we|we'?re)\b", re.I)
_LABELS = (  # first match wins
    ("one_off", re.compile(r"\b(?:sign(?:ing)?[- ]?on|signing|joining|welcome|relocation|relo|retention"
                           r"|one[- ]?(?:off|time))\b", re.I)),
    ("equity", re.compile(r"\b(?:equity|stock|rsus?|options|shares|esop|espp|vesting)\b", re.I)),
    ("delta", re.compile(r"\b(?:raise|increase|more|less|cut|gap|difference|short(?:fall)?|below|above|under"
                         r"|higher|lower|bump|jump|drop|extra)\b", re.I)),
    ("variable", re.compile(r"\b(?:commissions?|com+is+ions?|bonus(?:es)?|variable|incentives?|spiffs?|kickers?|sip"
                            r"|at[- ]risk)\b", re.I)),
    ("base", re.compile(r"\b(?:base|salary|basic|fixed|guaranteed)\b", re.I)),
    ("total", re.compile(r"\b(?:total|ote|o\.t\.e|on[- ]target|all[- ]in|altogether|overall|in\s+all|combined"
                         r"|package|tc|comes?\s+to|came\s+to|works?\s+out|so\s+(?:about|around|roughly|like|that'?s))\b",
                         re.I)),
)
_ADD_ON = re.compile(r"\b(?:plus|and|with|on\s+top)\b|\+", re.I)  # "90k base plus 20k": the 20k adds to the base
_JOINED = re.compile(r"\s*(?:\+|&|plus|and|with)\s*(?:an?\s+)?(?:extra\s+|another\s+|further\s+)?", re.I)
# "really it's 105k, but I'd tell them 125k": a figure the candidate means to tell the employer, not a fact.
_CLAIMED = re.compile(
    r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|i\s+could|i\s+might|i\s+was\s+going\s+to|i'?m\s+going\s+to|gonna"
    r"|plan(?:ning)?\s+to|want\s+to|thinking\s+of)\s+(?:just\s+|probably\s+|maybe\s+|then\s+)?"
    r"(?:just\s+say|say\s+to\s+\w+|tell(?:ing)?|claim(?:ing)?|pretend(?:ing)?)\b", re.I)
_LAST_YEAR = re.compile(r"\b(?:last|past)\s+year\b", re.I)
_OF_BASE = re.compile(r"\bof\s+(?:the\s+|my\s+|your\s+)?(?:base|salary)\b", re.I)
_COMMISSION = re.compile(r"\bcommissions?\b", re.I)
_VARIABLE_WORD = re.compile(r"(?<!no )(?<!without )\b(?:commissions?|bonus(?:es)?|variable|incentives?)\b", re.I)

# Names. Capitalised words, minus the capitalised words that are not companies.
_NOT_NAME = (r"(?:I|I'm|I've|I'd|I'll|OTE|The|A|An|My|Our|Their|Your|And|But|So|It|It's|This|That|They|We|He|She"
             r"|Base|Salary|Commission|Bonus|Total|USD|EUR|GBP|CAD|AUD|INR|AE|SDR|BDR|AM|CSM|SE|Q[1-4]"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|June|July|August"
             r"|September|October|November|December)\b")
_NAME = rf"(?!{_NOT_NAME})[A-Z][\w&'-]*(?:(?:\s+&)?\s+(?!{_NOT_NAME})[A-Z][\w&'-]*){{0,3}}"
_COMPANY_AFTER = re.compile(rf"\b(?i:at|with|for|from|join|joining|by)\s+(?:the\s+)?(?P<name>{_NAME})")
_COMPANY_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:'s\s+(?:[\w-]+\s+)?offer|\s+(?:has\s+|have\s+|also\s+|just\s+)*"
                             r"(?:offered|is\s+offering|came\s+back\s+with"
                             r"|(?:made|gave|sent|extended|handed)\s+(?:me\s+)?(?:an?\s+)?(?:[\w-]+\s+)?offer))")
# "a recruiter from Ironbark": a company that may make an offer, not the one that made this one.
_RECRUITER_FROM = re.compile(r"\b(?:recruiter|headhunter|recruiting\s+firm|hiring\s+manager)\s+(?:from|at|with)\s+$",
                             re.I)
# A cue for the other offer that a comma or a new clause separates from a company's name is about something else:
# "Besides my other offer, Acme offered me 100k".
_NAME_GAP = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas|though|although|so|because)\b", re.I)
_JOB_TITLE_WORD = re.compile(
    r"\b(?:executive|manager|representative|rep|engineer|director|developer|specialist|associate|lead|consultant"
    r"|analyst|officer|vp|head|partner|account|sales)\b", re.I)
_ROLE_TOKEN = (r"(?!(?:a|an|the|for|at|with|in|of|to|from|and|as|on|offer\w*|role|job|position|i|my|is|was|much"
               r"|well|soon|long|far|such|part|per)\b)[A-Za-z][\w/&+.'-]*")
_ROLE_WORDS = rf"{_ROLE_TOKEN}(?:\s+{_ROLE_TOKEN}){{0,5}}?"
_ROLE_PATTERNS = (
    re.compile(rf"\b(?:an?|the)\s+(?P<role>{_ROLE_WORDS})\s+(?:role|position|job|opening|post|seat)\b", re.I),
    re.compile(rf"\boffer(?:ed)?\s+(?:for|as)\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})"
               r"(?:\s+(?:role|position|job))?\s+(?:at|with)\b", re.I),
    re.compile(rf"\bas\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})\s+(?:at|with|for)\s+[A-Z]", re.I),
    re.compile(rf"\b(?:role|title|position)\s+(?:is|of|as|:)\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})"
               r"(?=\s*(?:[,.;!?]|$|\s+(?:at|with|for|and)\b))", re.I),
)
_FILLER_ADJECTIVES = re.compile(r"^(?:(?:new|great|good|similar|same|better|exciting|nice|full-time|remote"
                                r"|permanent)\b\s*)+", re.I)
_ROLE_PREFIX = re.compile(
    r"^(?:(?:it'?s|it\s+is|that'?s|the\s+(?:role|title|job|position)\s+is|my\s+(?:new\s+)?(?:role|title|job|position)"
    r"\s+(?:is|will\s+be)|i'?ll\s+be|i\s+will\s+be|i'?d\s+be|i'?m\s+going\s+to\s+be|i'?m|i\s+am|they\s+offered\s+me"
    r"|as|an?"
    r"|the)\s+|(?:role|title|job|position)\s*[:=-]\s*)",
    re.I,
)
_COMPANY_PREFIX = re.compile(
    r"^(?:(?:it'?s|it\s+is|that'?s|the\s+(?:company|employer)\s+is|they'?re|they\s+are|i'?d\s+be\s+joining"
    r"|joining|at|with|for|called"
    r"|a\s+company\s+called)\s+|(?:company|employer)\s*[:=-]\s*)",
    re.I,
)
_ROLE_SUFFIX = re.compile(r"\s+(?:role|position|job)$", re.I)
_ANSWER_BREAK = re.compile(r",|;|\(|\s[-–—]\s|\.\s|\s+and\s+", re.I)


@dataclass
class Facts:
    """What one message told us. `values` uses the contract's slot names; money is yearly."""

    values: Dict[str, object] = field(default_factory=dict)
    said_back: List[str] = field(default_factory=list)
    questions: List[str] = field(default_factory=list)
    refusals: List[str] = field(default_factory=list)
    declined: List[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Read:
    """One figure with what the words around it say about it."""

    figure: Figure
    label: Optional[str]  # "base", "variable", "total"; "one_off", "equity", "delta" are left out of pay
    owner: Optional[str]  # "offer", "previous" or "competing"
    cued: bool  # the owner came from words right next to the figure
    last_year: bool
    of_base: bool  # a percent said to be a share of the base
    claimed: bool  # what they would tell the employer ("I'd tell them 125k"), not what is so
    words: str  # the words beside the figure that gave its label
    gap_before: str  # the text since the figure before it
    following: str  # the text up to the next figure in the sentence

    @property
    def yearly(self) -> float:
        return self.figure.amount.yearly


def read_facts(text: str, asked: Optional[str] = None, known: Optional[dict] = None) -> Facts:
    text = (text if isinstance(text, str) else "").replace("\u2019", "'")  # same length, so spans hold
    known = known or {}
    facts = Facts()
    answer = text.strip()
    if asked == "offer_variable" and (_NOT_APPLICABLE.fullmatch(answer) or _NONE_FIRST.match(answer)):
        facts.values["offer_variable"] = 0.0
        facts.said_back.append(NO_VARIABLE_SAID)
        return facts
    if asked in MONEY_SLOTS + NAME_SLOTS and _DECLINE.fullmatch(answer):
        facts.declined.append(asked)
        return facts
    # "I'm not sure, they didn't say", "I'd rather keep that private": no figure or name, and none to ask about.
    unknown = _UNKNOWN if asked in MONEY_SLOTS else _WONT_SAY
    if asked in MONEY_SLOTS + NAME_SLOTS and unknown.search(answer) and "?" not in answer and not find_figures(answer):
        facts.declined.append(asked)
        return facts
    companies = _read_companies(text, asked, known, facts)
    if asked in NAME_SLOTS:
        _read_name_answer(answer, asked, facts)
    elif asked is None:
        _read_role(text, facts)
    _read_money(text, asked, known, companies, facts)
    return facts


# ---- names ------------------------------------------------------------------------------------------------

def _read_companies(text: str, asked: Optional[str], known: dict, facts: Facts) -> Dict[str, str]:
    """Finds who made this offer and who made the other one; returns {name: "offer" or "competing"}."""
    main = known.get("company") if isinstance(known.get("company"), str) else None
    owners: Dict[str, str] = {main: "offer"} if main else {}
    # (where the words about it end, name, where the name starts, whether it is named as the one making an
    # offer, whether it is only named as a recruiter's company)
    mentions = sorted(
        [(m.end(), m.group("name"), m.start("name"), True, False) for m in _COMPANY_BEFORE.finditer(text)]
        + [(m.start("name"), m.group("name"), m.start("name"), _says_offer_from(text, m.start()),
            bool(_RECRUITER_FROM.search(text[max(0, m.start("name") - 40):m.start("name")])))
           for m in _COMPANY_AFTER.finditer(text)]
    )
    scene = _Scene(text, {})
    for position, name, name_start, offering, recruiter in mentions:
        name = re.sub(r"'s$", "", name)
        if name in owners or _JOB_TITLE_WORD.search(name):
            continue
        cue = scene.owner_at(position, position)[0]
        if cue == "previous":
            continue  # their current employer
        if cue == "competing" and offering and _cue_set_apart(scene, name_start):
            cue = None  # "Besides my other offer, Acme offered me 100k": Acme made this one
        if cue == "competing" or asked == "competing_offer" or ((offering or recruiter) and main and name != main):
            owners[name] = "competing"
            facts.values.setdefault("other_company", name)
        elif recruiter:
            continue  # a recruiter's company, with no offer of ours named yet: not known to be either one
        elif main is None and asked in (None, "company"):
            main = name
            owners[name] = "offer"
            facts.values["company"] = name
    return owners


def _cue_set_apart(scene: "_Scene", name_start: int) -> bool:
    """Whether the last cue for the other offer before a company's name is in another clause than the name."""
    sentence_start = scene.sentence_at(name_start)[0]
    competing = [end for _, end, kind in scene.cues_between(sentence_start, name_start)
                 if kind == "competing" and end <= name_start]
    return bool(competing) and bool(_NAME_GAP.search(scene.text[competing[-1]:name_start]))


def _says_offer_from(text: str, position: int) -> bool:
    return bool(re.search(r"\boffer(?:ed)?(?:\s+in\s+hand)?\s+$", text[max(0, position - 30):position], re.I))


def _read_role(text: str, facts: Facts) -> None:
    for pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(text):
            role = _FILLER_ADJECTIVES.sub("", match.group("role")).strip()
            if role and role != facts.values.get("company"):
                facts.values["role"] = _capped(role)
                return


def _read_name_answer(answer: str, asked: str, facts: Facts) -> None:
    prefix = _ROLE_PREFIX if asked == "role" else _COMPANY_PREFIX
    name = answer
    while True:
        stripped = prefix.sub("", name, count=1)
        if stripped == name:
            break
        name = stripped
    if asked == "role":
        at_company = re.search(rf"\s+(?i:at|with|for)\s+(?P<company>{_NAME})", name)
        if at_company:
            facts.values.setdefault("company", at_company.group("company"))
            name = name[:at_company.start()]
        name = _ROLE_SUFFIX.sub("", name.strip())
    name = _ANSWER_BREAK.split(name, maxsplit=1)[0].strip().strip("\"'").rstrip(".!?,;: ")
    if not re.search(r"[A-Za-z]", name):
        what = "the job title" if asked == "role" else "the company's name"
        facts.questions.append(f"I didn't catch a name there. What is {what} (or say \"skip\")?")
        return
    facts.values[asked] = _capped(name)


def _capped(name: str) -> str:
    if len(name) <= NAME_LIMIT:
        return name
    cut = name[:NAME_LIMIT]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-")


# ---- figures ----------------------------------------------------------------------------------------------

def _read_money(text: str, asked: Optional[str], known: dict, companies: Dict[str, str], facts: Facts) -> None:
    scene = _Scene(text, companies)
    reads = _corrected(_reads(scene, asked))
    no_variable = _no_variable_said(scene, asked)
    if no_variable:
        reads = [read for read in reads if not _is_zero(read.figure)]
    say_in = _currency(reads) or known.get("currency") or "USD"
    usable = _usable(reads, asked, say_in, facts)
    # "80k for real, but I'd tell them 100k": when the answer also says what is so, the claim is not a fact.
    usable = [read for read in usable
              if not (read.claimed and any(other.owner == read.owner and not other.claimed for other in usable))]
    if _currency(usable):
        facts.values["currency"] = _currency(usable)

    splits = _splits(scene, reads, asked)
    settled: _Settled = {}
    _settle_offer([r for r in usable if r.owner == "offer"], asked, known, say_in, settled, facts,
                  splits.get("offer"))
    if no_variable and "offer_variable" not in settled:
        settled["offer_variable"] = (0.0, None)
    _settle_previous([r for r in usable if r.owner == "previous"], say_in, settled, facts, splits.get("previous"))
    _settle_competing([r for r in usable if r.owner == "competing"], say_in, settled, facts)

    templates = {
        "offer_base": "I have your base as {}.",
        "offer_variable": "I have your variable pay at target as {}.",
        "previous_earnings": "I have your earnings last year as {}.",
        "previous_base": "I have your current base as {}.",
        "competing_offer": "I have the other offer{} at {}.",
    }
    for slot, template in templates.items():
        if slot not in settled:
            continue
        value, said = settled[slot]
        facts.values[slot] = value
        if said is None:
            facts.said_back.append(NO_VARIABLE_SAID)
        elif slot == "competing_offer":
            other = facts.values.get("other_company")
            facts.said_back.append(template.format(f" from {other}" if other else "", said))
        else:
            facts.said_back.append(template.format(said))


def _splits(scene: _Scene, reads: List[_Read], asked: Optional[str]) -> Dict[str, Split]:
    """Whose pay mix each "60/40 split" is: that of the nearest figure in its sentence, else the cue words'."""
    found: Dict[str, Split] = {}
    for split in find_splits(scene.text):
        sentence = scene.sentence_at(split.start)
        nearby = [read for read in reads if sentence[0] <= read.figure.start < sentence[1] and read.owner]
        if nearby:
            owner = min(nearby, key=lambda read: min(abs(read.figure.start - split.end),
                                                     abs(split.start - read.figure.end))).owner
        else:
            owner = scene.owner_at(split.start, split.end)[0] or _default_owner(asked, "total")
        if owner is not None:
            found.setdefault(owner, split)
    return found


def _is_zero(figure: Figure) -> bool:
    return figure.percent == 0 or (figure.amount is not None and figure.amount.value == 0)


def _currency(reads: List[_Read]) -> Optional[str]:
    return next((read.figure.amount.currency for read in reads
                 if read.owner and read.figure.amount is not None and read.figure.amount.currency), None)


def _no_variable_said(scene: _Scene, asked: Optional[str]) -> bool:
    """ "no bonus", "salary only": said of this offer, or in answer to the variable-pay question."""
    for match in _NO_VARIABLE.finditer(scene.text):
        owner = scene.owner_at(match.start(), match.end())[0] or _default_owner(asked, "variable")
        if asked == "offer_variable" or owner == "offer":
            return True
    return False


def _reads(scene: _Scene, asked: Optional[str]) -> List[_Read]:
    text = scene.text
    figures = find_figures(text)
    reads = []
    for index, figure in enumerate(figures):
        sentence_start, sentence_end = scene.sentence_at(figure.start)
        previous_end = max(figures[index - 1].end if index else 0, sentence_start)
        next_start = min(figures[index + 1].start if index + 1 < len(figures) else len(text), sentence_end)
        after = _NEW_SUBJECT.split(_CLAUSE_BREAK.split(text[figure.end:next_start], maxsplit=1)[0], maxsplit=1)[0]
        before = _CLAUSE_BREAK.split(text[previous_end:figure.start])[-1]
        label = _label(after) or _label(before)
        owner, cued = scene.owner_at(figure.start, figure.end + len(after))
        if owner == "offer" and asked == "competing_offer" and not _STRONG_OFFER.search(text):
            owner = "competing"  # asked about the other offer, "their offer" is that one
        owner = owner or _default_owner(asked, label)
        gap_before = text[figures[index - 1].end if index else 0:figure.start]
        if owner == "offer" and asked not in MONEY_SLOTS and scene.wished(figure.start):
            owner = None  # "but I want 120k base": what they would like, not what was offered
        if owner == "offer" and label is None and asked not in MONEY_SLOTS:
            # Not asked for a figure, an unlabelled one is the offer's only when the words at it say so, or
            # when it is added to one that is: "the offer is 70k + 10k".
            joined = reads and reads[-1].owner == "offer" and _JOINED.fullmatch(gap_before)
            if not (joined or scene.offer_named_near(figure.start, figure.end + len(after))):
                owner = None
        reads.append(_Read(
            figure=figure,
            label=label,
            owner=owner,
            cued=cued,
            last_year=bool(_LAST_YEAR.search(after) or _LAST_YEAR.search(before)),
            of_base=bool(_OF_BASE.search(after) or _OF_BASE.search(before)),
            claimed=bool(_CLAIMED.search(before)),
            words=f"{before} {after}",
            gap_before=gap_before,
            following=text[figure.end:next_start],
        ))
    # "It's 120k plus a 20k bonus": an unlabelled figure that the offer's variable pay is added to is its base.
    for index, read in enumerate(reads[:-1]):
        following = reads[index + 1]
        if (read.owner is None and read.label is None and following.owner == "offer"
                and not scene.wished(read.figure.start)
                and following.label == "variable" and _JOINED.fullmatch(following.gap_before)):
            reads[index] = replace(read, owner="offer")
    return reads


def _default_owner(asked: Optional[str], label: Optional[str]) -> Optional[str]:
    """Whose a figure is when no words say: the slot asked about, else the offer when it is labelled as pay
    (base, variable, total). An unlabelled figure no words claim belongs to nobody."""
    if asked in _OWNER_OF_SLOT:
        return _OWNER_OF_SLOT[asked]
    if label in ("base", "variable", "total"):
        return "offer"
    return None  # an unlabelled figure nobody owns: "I deserve more than 130k"


def _label(window: str) -> Optional[str]:
    found = [name for name, pattern in _LABELS if pattern.search(window)]
    return found[0] if found else None


class _Scene:
    """The message with its sentences and its cues about whose pay is meant, found once."""

    def __init__(self, text: str, companies: Dict[str, str]):
        self.text = text
        self.sentences = _sentence_spans(text)
        self.sentence_starts = [start for start, _ in self.sentences]
        found = [(m.start(), m.end(), m.lastgroup) for m in _CUES.finditer(text)]
        for name, owner in companies.items():
            found += [(m.start(), m.end(), "competing" if owner == "competing" else "strong")
                      for m in re.finditer(_name_pattern(name), text)]
        self.cues = sorted(found)
        self.cue_starts = [start for start, _, _ in self.cues]
        self.contrast_ends = [m.end() for m in _CONTRAST.finditer(text)]

    def sentence_at(self, position: int) -> Tuple[int, int]:
        return self.sentences[max(bisect_right(self.sentence_starts, position) - 1, 0)]

    def cues_between(self, start: int, end: int) -> List[Tuple[int, int, str]]:
        return self.cues[bisect_left(self.cue_starts, start):bisect_left(self.cue_starts, end)]

    def owner_at(self, start: int, window_end: int) -> Tuple[Optional[str], bool]:
        """Whose figure sits at text[start:]: (owner, whether words right beside it said so)."""
        beside = self.cues_between(start, window_end)
        if beside:
            if beside[0][2] == "offer" and len(beside) > 1 and beside[1][2] == "competing":
                return "competing", True  # "a 150k offer elsewhere", "a 140k offer from <the other company>"
            return _owner_of_cue(beside[0][2]), True
        sentence_start = self.sentence_at(start)[0]
        last_contrast = self.contrast_ends[max(bisect_right(self.contrast_ends, start) - 1, 0)] \
            if self.contrast_ends else -1
        contrast = sentence_start <= last_contrast <= start
        in_scope = [kind for _, end, kind in self.cues_between(last_contrast if contrast else sentence_start, start)
                    if end <= start]
        if in_scope:
            named = [kind for kind in in_scope if kind != "offer"]
            if in_scope[-1] == "offer" and named and named[-1] == "competing":
                return "competing", False  # "another offer from X: they offered 140k"
            return _owner_of_cue(in_scope[-1]), False
        if contrast:
            return None, False
        earlier = self.cues_between(0, sentence_start)  # a sentence with no cue goes on about the one before
        return (_owner_of_cue(earlier[-1][2]) if earlier else None), False

    def wished(self, start: int) -> bool:
        """Whether the figure at `start` is what the candidate wants rather than a fact: a wish word ("deserve",
        "want", "ask for") just before it, since the last cue before it in its sentence."""
        sentence_start = self.sentence_at(start)[0]
        before = [end for _, end, _ in self.cues_between(sentence_start, start) if end <= start]
        return bool(_WISH.search(self.text[before[-1] if before else sentence_start:start]))

    def offer_named_near(self, start: int, window_end: int) -> bool:
        """Whether words right at the figure say it is this offer's: "they offered (me) 120k", "the offer is
        120k", "offered a role at X for 120k", "a 120k offer". A cue further off (another clause, another
        sentence) does not make an unlabelled figure the offer's."""
        beside = self.cues_between(start, window_end)
        if beside:
            return beside[0][2] in ("offer", "strong")
        sentence_start = self.sentence_at(start)[0]
        before = [cue for cue in self.cues_between(sentence_start, start) if cue[1] <= start]
        if not before or before[-1][2] not in ("offer", "strong"):
            return False
        return not _FAR.search(self.text[before[-1][1]:start])


def _name_pattern(name: str) -> str:
    """A company's name as the candidate may shorten it: "Halden" for "Halden Systems"."""
    first = name.split()[0] if " " in name else ""
    if len(first) >= 4 and first[0].isupper() and not re.fullmatch(_NOT_NAME, first):
        return rf"\b{re.escape(name)}\b|\b{re.escape(first)}\b"
    return rf"\b{re.escape(name)}\b"


def _sentence_spans(text: str) -> List[Tuple[int, int]]:
    """Sentence boundaries; a full stop between digits ("85.5k") is a decimal point, not a boundary."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?;\n]", text):
        at = match.start()
        if match.group() == "." and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            continue
        spans.append((start, at + 1))
        start = at + 1
    spans.append((start, len(text)))
    return spans


def _owner_of_cue(kind: str) -> str:
    return "offer" if kind in ("offer", "strong") else kind


def _corrected(reads: List[_Read]) -> List[_Read]:
    """ "base 85k, sorry, 88k": the correction replaces the figure before it when they can be the same thing."""
    kept: List[_Read] = []
    for read in reads:
        if read.figure.corrects_previous and kept:
            previous = kept[-1]
            if read.label is None or previous.label is None or read.label == previous.label:
                kept.pop()
                read = replace(read, label=read.label or previous.label,
                               owner=read.owner if read.cued else previous.owner,
                               last_year=read.last_year or previous.last_year)
        kept.append(read)
    return kept


def _usable(reads: List[_Read], asked: Optional[str], say_in: str, facts: Facts) -> List[_Read]:
    """Drops what is not pay, and turns garbled, absurd, ranged and unit-less figures into refusals or questions."""
    usable: List[_Read] = []
    money_asked = asked in MONEY_SLOTS
    ranged: List[_Read] = []
    for read in reads:
        figure = read.figure
        if read.label in ("one_off", "equity"):
            if figure.amount is not None:
                what = "one-off payment" if read.label == "one_off" else "equity"
                facts.said_back.append(f"I've left the {format_money(figure.amount.value, say_in)} {what} out of "
                                       "yearly pay.")
            continue
        if read.label == "delta" or read.owner is None:
            continue
        if figure.garbled:
            if money_asked or figure.scale > 1 or re.search(r"[$€£₹]", figure.text):
                facts.refusals.append(f'"{figure.text}" looks like numbers run together. '
                                      'Please type the figure once, like "85k".')
            continue
        if figure.in_range:
            ranged.append(read)
            continue
        if figure.percent is not None:
            if read.label == "variable" or read.of_base or asked == "offer_variable":
                usable.append(read)
            continue
        reason = absurd(figure.amount)
        if reason:
            facts.refusals.append(reason)
            continue
        usable.append(read)
    for low, high in zip(ranged[::2], ranged[1::2]):
        facts.questions.append(range_question(low.figure, high.figure, say_in))

    # A unit-less "85" (or a "$85" salary) could be 85k a year or $85 an hour: ask, unless real figures are here.
    def unitless(read: _Read) -> bool:
        figure = read.figure
        if figure.amount is None:
            return False
        small_salary = (figure.scale == 1 and not figure.period_stated and figure.amount.yearly < _SMALL
                        and read.label != "variable" and asked != "offer_variable")
        return figure.bare or small_salary

    clear = [read for read in usable if not unitless(read)]
    for read in usable:
        if unitless(read) and (read.label is not None or (money_asked and not clear)):
            facts.questions.append(bare_question(read.figure, say_in))
    return clear


def _pick(reads: List[_Read], what: str, say_in: str, facts: Facts) -> Optional[_Read]:
    """The one figure given for something; a question when several different ones were."""
    if not reads:
        return None
    amounts = [read for read in reads if read.figure.amount is not None]
    if len(amounts) == len(reads) and all(abs(r.yearly - amounts[0].yearly) < 0.5 for r in amounts):
        return reads[0]
    if len(reads) == 1:
        return reads[0]
    said = " and ".join(_said_short(read, say_in) for read in reads[:3])
    facts.questions.append(f"I see more than one {what} ({said}). Which one is right?")
    return None


def _said_short(read: _Read, say_in: str) -> str:
    if read.figure.percent is not None:
        return f"{read.figure.percent:g}%"
    return format_money(read.yearly, read.figure.amount.currency or say_in)


def _said(read: _Read, say_in: str) -> str:
    return describe(read.figure.amount, say_in)


def _by_label(reads: Iterable[_Read], label: Optional[str]) -> List[_Read]:
    return [read for read in reads if read.label == label]


def _parts(reads: List[_Read], plain_is: str) -> Tuple[List[_Read], List[_Read], List[_Read]]:
    """Bases, variables and totals. An unlabelled figure added to a base ("90k plus 20k") is variable pay;
    any other unlabelled one is `plain_is`."""
    parts: Dict[str, List[_Read]] = {"base": [], "variable": [], "total": []}
    for read in reads:
        if read.figure.percent is not None:
            parts["variable"].append(read)  # only a bonus is said as a share of pay
        elif read.label in parts:
            parts[read.label].append(read)
    for read in _by_label(reads, None):
        if read.figure.percent is not None:
            continue
        if read.last_year:
            parts["total"].append(read)
        elif parts["base"] and not parts["variable"] and _ADD_ON.search(read.gap_before):
            parts["variable"].append(read)
        else:
            parts[plain_is].append(read)
    return parts["base"], parts["variable"], parts["total"]


def _settle_offer(reads: List[_Read], asked: Optional[str], known: dict, say_in: str, settled: _Settled,
                  facts: Facts, split: Optional[Split] = None) -> None:
    bases, variables, totals = _parts(reads, "variable" if asked == "offer_variable" else "base")
    base_read = _pick(bases, "base figure", say_in, facts)
    variable_read = _pick(variables, "variable pay figure", say_in, facts)
    total_read = _pick(totals, "total (OTE) figure", say_in, facts)
    if (bases and not base_read) or (variables and not variable_read) or (totals and not total_read):
        return  # already asked which one

    known_base = known.get("offer_base") if isinstance(known.get("offer_base"), (int, float)) else None
    base = (base_read.yearly, _said(base_read, say_in)) if base_read else None
    variable = _variable(variable_read, base[0] if base else known_base, say_in, facts)
    if split is not None and base is None and variable is None and total_read is not None:
        total = total_read.yearly  # "150k OTE on a 60/40 split": the shares of the OTE
        total_said = format_money(total, total_read.figure.amount.currency or say_in)
        base = (total * split.base / 100, f"{_yearly(total * split.base / 100, say_in)} ({split.base:g}% of the "
                                          f"{total_said} OTE)")
        variable = (total * split.variable / 100, f"{_yearly(total * split.variable / 100, say_in)} "
                                                  f"({split.variable:g}% of the {total_said} OTE)")
        total_read = None
    elif split is not None and total_read is None and (base is None) != (variable is None):
        if variable is None:  # "90k base on a 60/40 split": the variable is 40 for every 60 of base
            value = base[0] * split.variable / split.base
            variable = (value, f"{_yearly(value, say_in)} (a {split.base:g}/{split.variable:g} split with the "
                               f"{format_money(base[0], say_in)} base)")
        else:
            value = variable[0] * split.base / split.variable
            base = (value, f"{_yearly(value, say_in)} (a {split.base:g}/{split.variable:g} split with the "
                           f"{format_money(variable[0], say_in)} variable pay)")
    elif (split is not None and total_read is None and base is None and variable is None
          and asked == "offer_variable" and known_base is not None):
        value = known_base * split.variable / split.base  # asked for the variable: "it's a 50/50 split"
        variable = (value, f"{_yearly(value, say_in)} (a {split.base:g}/{split.variable:g} split with the "
                           f"{format_money(known_base, say_in)} base)")
    if total_read is not None:
        total = total_read.yearly
        total_said = format_money(total, total_read.figure.amount.currency or say_in)
        if base is None and variable is None:
            if asked == "offer_variable" and known_base is not None and total > known_base:
                variable = (total - known_base, f"{_yearly(total - known_base, say_in)} ({total_said} OTE "
                                                f"less the {format_money(known_base, say_in)} base)")
            else:
                facts.questions.append(f"I have {total_said} as the total at target (OTE). "
                                       "How much of that is base salary?")
        elif variable is None or base is None:  # OTE is base plus variable: the missing part is the rest
            part, part_name = (base, "base") if variable is None else (variable, "variable")
            if total < part[0]:
                facts.questions.append(f"The total ({total_said}) is below the {part_name} "
                                       f"({format_money(part[0], say_in)}). Which is right?")
                return
            rest = (total - part[0], f"{_yearly(total - part[0], say_in)} ({total_said} OTE less the "
                                     f"{format_money(part[0], say_in)} {part_name})")
            base, variable = (base, rest) if variable is None else (rest, variable)
    if base is not None:
        settled["offer_base"] = base
    if variable is not None:
        settled["offer_variable"] = variable


def _settle_previous(reads: List[_Read], say_in: str, settled: _Settled, facts: Facts,
                     split: Optional[Split] = None) -> None:
    bases, variables, totals = _parts(reads, "total")
    base_read = _pick(bases, "current base figure", say_in, facts)
    total_read = _pick([read for read in totals if read.last_year] or totals, "figure for what you earn", say_in,
                       facts)
    if split is not None and total_read is not None and base_read is None and not variables:
        value = total_read.yearly * split.base / 100  # "I'm on 120k OTE, 60/40": the base is 60% of it
        settled["previous_base"] = (value, f"{_yearly(value, say_in)} ({split.base:g}% of "
                                           f"{format_money(total_read.yearly, say_in)})")
    variable = _variable(_pick(variables, "commission figure", say_in, facts),
                         base_read.yearly if base_read else None, say_in, facts)
    if base_read is not None:
        settled["previous_base"] = (base_read.yearly, _said(base_read, say_in))
    if total_read is not None:
        settled["previous_earnings"] = (total_read.yearly, _earned(total_read, say_in))
    elif base_read is not None and variable is not None:
        value = base_read.yearly + variable[0]
        settled["previous_earnings"] = (value, f"{format_money(value, say_in)} "
                                               f"({format_money(base_read.yearly, say_in)} base plus "
                                               f"{format_money(variable[0], say_in)} variable)")
    elif base_read is not None and not totals and not variables:
        if _VARIABLE_WORD.search(base_read.following):  # "92k base plus commission": the total is unknown
            facts.questions.append("What did you earn in total last year, including commission or bonus?")
        else:
            settled["previous_earnings"] = (base_read.yearly, _earned(base_read, say_in))


def _settle_competing(reads: List[_Read], say_in: str, settled: _Settled, facts: Facts) -> None:
    bases, variables, totals = _parts(reads, "total")
    base_read = _pick(bases, "base for the other offer", say_in, facts)
    total_read = _pick(totals, "figure for the other offer", say_in, facts)
    variable = _variable(_pick(variables, "variable pay for the other offer", say_in, facts),
                         base_read.yearly if base_read else None, say_in, facts)
    if total_read is not None:
        settled["competing_offer"] = (total_read.yearly, f"{_said(total_read, say_in)} in total")
    elif base_read is not None and variable is not None:
        value = base_read.yearly + variable[0]
        settled["competing_offer"] = (value, f"{_yearly(value, say_in)} in total "
                                             f"({format_money(base_read.yearly, say_in)} base plus "
                                             f"{format_money(variable[0], say_in)} variable)")
    elif base_read is not None and not variables:
        settled["competing_offer"] = (base_read.yearly, f"{_said(base_read, say_in)} (base; no variable pay given)")


def _variable(read: Optional[_Read], base: Optional[float], say_in: str, facts: Facts) -> Optional[Tuple[float, str]]:
    """Variable pay as (yearly value, how we say it); a percent is worked out on the base."""
    if read is None:
        return None
    percent = read.figure.percent
    if percent is None:
        return read.yearly, _said(read, say_in)
    if percent < 0 or percent > 200:
        facts.refusals.append(f"{percent:g}% of base isn't a bonus I can use. Please check the figure.")
        return None
    if _COMMISSION.search(read.words) and not read.of_base:
        facts.questions.append(f"Is the {percent:g}% commission a share of the base, or a rate on sales? "
                               "What does it come to in a year at target?")
        return None
    if base is None:
        facts.questions.append(f"What base is the {percent:g}% a share of, or what does it come to in a year?")
        return None
    value = base * percent / 100
    return value, f"{_yearly(value, say_in)} ({percent:g}% of the {format_money(base, say_in)} base)"


def _yearly(value: float, say_in: str) -> str:
    return describe(Amount(value, say_in, "year"), say_in)


def _earned(read: _Read, say_in: str) -> str:
    """Yearly earnings are said without "a year" ("your earnings last year as $122,000")."""
    amount = read.figure.amount
    return format_money(amount.value, amount.currency or say_in) if amount.period == "year" else describe(amount, say_in)
