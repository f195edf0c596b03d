"""Reading one candidate message into facts: the offered base and variable pay, what they earn now, the
other offer, and the role and company when they are named.

The words around each figure say what it is ("base", "commission", "OTE", "last year": labels.py) and whose
it is (this offer, their current pay, another offer: owners.py); the slot the bot just asked about fills in
what the words leave open. The figures then add up (pay.py). A figure we cannot be sure of becomes a
question or a refusal, never a slot value.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from ..money.amounts import absurd, format_money
from ..money.figures import Figure, find_figures
from ..money.splits import Split, find_splits
from .found import MONEY_SLOTS, NAME_SLOTS, Facts
from .hours import rates_kept, rework_hours
from .labels import Read, corrected, read_figures, usable
from .names import read_name_answer, read_role
from .owners import Scene, default_owner, read_companies
from .pay import Settled, settle_competing, settle_offer, settle_previous

NO_VARIABLE_SAID = "I have no variable pay in this offer: it's salary only."
# Each figure said back as a statement the candidate can correct, with how it was worked out.
_SAID_BACK = {
    "offer_base": "I have the offer's base as {}.",
    "offer_variable": "I have the offer's variable pay at target as {}.",
    "previous_earnings": "I have what you earn now, in total, as {}.",
    "previous_base": "I have your current base as {}.",
    "competing_offer": "I have the other offer{} at {}.",
}
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


def read_facts(text: str, asked: Optional[str] = None, known: Optional[dict] = None) -> Facts:
    text = (text if isinstance(text, str) else "").replace("\u2019", "'")  # same length, so spans hold
    known = known or {}
    facts = Facts()
    answer = text.strip()
    if asked == "offer_variable" and (_NOT_APPLICABLE.fullmatch(answer) or _NONE_FIRST.match(answer)):
        facts.values["offer_variable"] = 0.0
        facts.said["offer_variable"] = NO_VARIABLE_SAID
        return facts
    if asked in MONEY_SLOTS + NAME_SLOTS and _DECLINE.fullmatch(answer):
        facts.declined.append(asked)
        return facts
    # "I'm not sure, they didn't say", "I'd rather keep that private": no figure or name, and none to ask about.
    unknown = _UNKNOWN if asked in MONEY_SLOTS else _WONT_SAY
    if asked in MONEY_SLOTS + NAME_SLOTS and unknown.search(answer) and "?" not in answer and not find_figures(answer):
        facts.declined.append(asked)
        return facts
    companies = read_companies(text, asked, known, facts)
    if asked in NAME_SLOTS:
        read_name_answer(answer, asked, facts)
    elif asked is None:
        read_role(text, facts)
    _read_money(text, asked, known, companies, facts)
    return facts


# ---- names ------------------------------------------------------------------------------------------------


def _read_money(text: str, asked: Optional[str], known: dict, companies: Dict[str, str], facts: Facts) -> None:
    scene = Scene(text, companies)
    reads = corrected(read_figures(scene, asked))
    no_variable = _no_variable_said(scene, asked)
    if no_variable:
        reads = [read for read in reads if not _is_zero(read.figure)]
    say_in = _currency(reads) or known.get("currency") or "USD"
    kept = usable(reads, asked, say_in, facts)
    # "80k for real, but I'd tell them 100k": when the answer also says what is so, the claim is not a fact.
    kept = [read for read in kept
            if not (read.claimed and any(other.owner == read.owner and not other.claimed for other in kept))]
    if _currency(kept):
        facts.values["currency"] = _currency(kept)

    splits = _splits(scene, reads, asked)
    settled: Settled = {}
    settle_offer([r for r in kept if r.owner == "offer"], asked, known, say_in, settled, facts, splits.get("offer"))
    if no_variable and "offer_variable" not in settled:
        settled["offer_variable"] = (0.0, None)
    one_offs = [read for read in reads if read.label == "one_off" and read.figure.amount and (
        read.owner == "previous" or (read.owner is None and any(other.owner == "previous" for other in reads)))]
    settle_previous([r for r in kept if r.owner == "previous"], say_in, settled, facts, splits.get("previous"),
                    one_offs)
    _forfeited(reads, say_in, facts)
    settle_competing([r for r in kept if r.owner == "competing"], say_in, settled, facts)
    _say_back(settled, facts)
    hourly = rates_kept(kept, settled, known.get("hourly"))
    if not any(read.figure.amount and read.figure.amount.period == "hour" for read in reads):
        rework_hours(scene, asked, hourly, say_in, facts)
    if hourly:
        facts.values["hourly"] = hourly


def _forfeited(reads: List[Read], say_in: str, facts: Facts) -> None:
    """ "I'd lose my 10k bonus by leaving": a first-year cost of moving, kept apart from yearly pay."""
    lost = [read for read in reads if read.label == "forfeit" and read.figure.amount and not absurd(read.figure.amount)]
    if lost:
        value = sum(read.yearly for read in lost)
        facts.values["forfeited_bonus"] = value
        facts.said["forfeited_bonus"] = f"I have {format_money(value, say_in)} that you'd give up by leaving."


def _say_back(settled: Settled, facts: Facts) -> None:
    for slot, template in _SAID_BACK.items():
        if slot not in settled:
            continue
        value, said = settled[slot]
        facts.values[slot] = value
        if said is None:
            facts.said[slot] = NO_VARIABLE_SAID
        elif slot == "competing_offer":
            other = facts.values.get("other_company")
            facts.said[slot] = template.format(f" from {other}" if other else "", said)
        else:
            facts.said[slot] = template.format(said)


def _splits(scene: Scene, reads: List[Read], asked: Optional[str]) -> Dict[str, Split]:
    """Whose pay mix each "60/40 split" is: that of the nearest figure in its sentence, else the cue words'."""
    found: Dict[str, Split] = {}
    for split in find_splits(scene.text):
        sentence = scene.sentence_at(split.start)
        nearby = [read for read in reads if sentence[0] <= read.figure.start < sentence[1] and read.owner]
        if nearby:
            owner = min(nearby, key=lambda read: min(abs(read.figure.start - split.end),
                                                     abs(split.start - read.figure.end))).owner
        else:
            owner = scene.owner_at(split.start, split.end)[0] or default_owner(asked, "total")
        if owner is not None:
            found.setdefault(owner, split)
    return found


def _is_zero(figure: Figure) -> bool:
    return figure.percent == 0 or (figure.amount is not None and figure.amount.value == 0)


def _currency(reads: List[Read]) -> Optional[str]:
    return next((read.figure.amount.currency for read in reads
                 if read.owner and read.figure.amount is not None and read.figure.amount.currency), None)


def _no_variable_said(scene: Scene, asked: Optional[str]) -> bool:
    """ "no bonus", "salary only": said of this offer, or in answer to the variable-pay question."""
    for match in _NO_VARIABLE.finditer(scene.text):
        owner = scene.owner_at(match.start(), match.end())[0] or default_owner(asked, "variable")
        if asked == "offer_variable" or owner == "offer":
            return True
    return False
