"""What each figure in a message is: base, variable, total, a one-off, equity, or a change ("20k more");
whether it corrects the one before it, is what they would claim rather than what is so, or is too unclear to
use (garbled, absurd, a range, a bare "85").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import List, Optional, Tuple

from ..money.amounts import absurd, format_money
from ..money.figures import Figure, find_figures
from ..money.unclear import bare_question, range_question
from .found import MONEY_SLOTS, Facts
from .hours import hours_for, hours_spans, hours_statements, with_hours
from .owners import STRONG_OFFER, Scene, default_owner

_WISHED = re.compile(r"\b(?:deserve|want|wish|hope|worth|need|expect|ask(?:ing)?\s+for|aim)", re.I)
_NO_PAY = re.compile(r"\b(?:no|without|zero|nil)\s+(?:any\s+)?(?:bonus(?:es)?|commissions?|variable|incentives?)\b", re.I)
_SMALL = 1000  # a yearly salary below this is a slip ("$85" for 85k), unless it is a bonus

# What a figure is.
_CLAUSE_BREAK = re.compile(
    r",|;|\+|&|\(|\)|\s[-–—]\s|\b(?:plus|and|with|but|while|whereas|or|including|incl|inclusive|which|then"
    r"|though|although|on\s+top\s+of|excluding|versus|vs|compared|than)\b",
    re.I,
)
# After a figure, a new subject starts a new clause even without a comma: "I earn 130k now it's a pay cut".
_NEW_SUBJECT = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|it'?s|it\s+is|they|they'?re|they'?ve|we|we'?re)\b", re.I)
_LABELS = (  # first match wins
    # "I'd lose my 10k bonus by leaving": what moving would cost in its first year
    ("forfeit", re.compile(r"\b(?:lose|losing|forfeit\w*|give\s+up|giving\s+up|leave\s+behind|leaving\s+behind"
                           r"|walk\s+away\s+from)\b", re.I)),
    ("one_off", re.compile(r"\b(?:sign(?:ing)?[- ]?on|signing|joining|welcome|relocation|relo|retention|spot"
                           r"|one[- ]?(?:off|time))\b", re.I)),
    ("equity", re.compile(r"\b(?:equity|stock|rsus?|options|shares|esop|espp|vesting)\b", re.I)),
    ("delta", re.compile(r"\b(?:raise|increase|more|less|cut|gap|difference|short(?:fall)?|below|above|under"
                         r"|higher|lower|bump|jump|drop|extra)\b", re.I)),
    ("variable", re.compile(r"\b(?:commissions?|com+is+ions?|bonus(?:es)?|variable|incentives?|spiffs?|kickers?|sip"
                            r"|at[- ]risk)\b", re.I)),
    ("base", re.compile(r"\b(?:base|salary|basic|fixed|guaranteed)\b", re.I)),
    ("total", re.compile(r"\b(?:total|ote|o\.t\.e|on[- ]target|all[- ]in|altogether|overall|in\s+all|combined|ctc"
                         r"|package|tc|comes?\s+to|came\s+to|works?\s+out|so\s+(?:about|around|roughly|like|that'?s))\b",
                         re.I)),
)
_JOINED = re.compile(r"\s*(?:\+|&|plus|and|with)\s*(?:an?\s+)?(?:extra\s+|another\s+|further\s+)?", re.I)
# "really it's 105k, but I'd tell them 125k": a figure the candidate means to tell the employer, not a fact.
_CLAIMED = re.compile(
    r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|i\s+could|i\s+might|i\s+was\s+going\s+to|i'?m\s+going\s+to|gonna"
    r"|plan(?:ning)?\s+to|want\s+to|thinking\s+of)\s+(?:just\s+|probably\s+|maybe\s+|then\s+)?"
    r"(?:just\s+say|say\s+to\s+\w+|tell(?:ing)?|claim(?:ing)?|pretend(?:ing)?)\b", re.I)
_LAST_YEAR = re.compile(r"\b(?:last|past)\s+year\b", re.I)
_OF_BASE = re.compile(r"\bof\s+(?:the\s+|my\s+|your\s+)?(?:base|salary)\b", re.I)


@dataclass(frozen=True)
class Read:
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


def _owner(scene: Scene, asked: Optional[str], figure: Figure, label: Optional[str], after: str, joined: bool
           ) -> Tuple[Optional[str], bool]:
    """Whose the figure is, and whether the words right beside it said so."""
    owner, cued = scene.owner_at(figure.start, figure.end + len(after))
    if owner == "offer" and asked == "competing_offer" and not STRONG_OFFER.search(scene.text):
        owner = "competing"  # asked about the other offer, "their offer" is that one
    owner = owner or default_owner(asked, label)
    # An opening that starts with a figure ("CA$31.50/hr, 37.5 hours a week. currently...") gives the offer.
    sentence_end = scene.sentence_at(figure.start)[1]
    leading = (owner is None and asked is None and not re.search(r"\w", scene.text[:figure.start])
               and not _WISHED.search(scene.text[figure.end:sentence_end]))
    owner = "offer" if leading else owner
    if owner == "offer" and asked not in MONEY_SLOTS and scene.wished(figure.start):
        owner = None  # "but I want 120k base": what they would like, not what was offered
    if owner == "offer" and label is None and asked not in MONEY_SLOTS and not leading:
        # Not asked for a figure, an unlabelled one is the offer's only when the words at it say so, or when it
        # is added to one that is: "the offer is 70k + 10k".
        if not (joined or scene.offer_named_near(figure.start, figure.end + len(after))):
            owner = None
    return owner, cued


def _read_one(scene: Scene, asked: Optional[str], figures: List[Figure], index: int, reads: List[Read]) -> Read:
    text, figure = scene.text, figures[index]
    sentence_start, sentence_end = scene.sentence_at(figure.start)
    previous_end = max(figures[index - 1].end if index else 0, sentence_start)
    next_start = min(figures[index + 1].start if index + 1 < len(figures) else len(text), sentence_end)
    after = _NEW_SUBJECT.split(_CLAUSE_BREAK.split(text[figure.end:next_start], maxsplit=1)[0], maxsplit=1)[0]
    before = _CLAUSE_BREAK.split(text[previous_end:figure.start])[-1]
    label = _label(after) or _label(before)
    gap_before = text[figures[index - 1].end if index else 0:figure.start]
    joined = bool(reads and reads[-1].owner == "offer" and _JOINED.fullmatch(gap_before))
    owner, cued = _owner(scene, asked, figure, label, after, joined)
    return Read(figure=figure, label=label, owner=owner, cued=cued,
                last_year=bool(_LAST_YEAR.search(after) or _LAST_YEAR.search(before)),
                of_base=bool(_OF_BASE.search(after) or _OF_BASE.search(before)),
                claimed=bool(_CLAIMED.search(before)), words=f"{before} {after}", gap_before=gap_before,
                following=text[figure.end:next_start])


def _hourly_alike(figures: List[Figure]) -> List[Figure]:
    """ "$52/hr ... i'm at $56 now": beside an hourly rate, a small figure with no period is an hourly rate too."""
    rates = [figure.amount.value for figure in figures if figure.amount and figure.amount.period == "hour"]
    if not rates:
        return figures
    return [replace(figure, amount=replace(figure.amount, period="hour"), period_stated=True)
            if figure.amount and not figure.period_stated and figure.scale == 1 and not figure.in_range
            and any(rate / 2 <= figure.amount.value <= rate * 2 for rate in rates) else figure
            for figure in figures]


def read_figures(scene: Scene, asked: Optional[str]) -> List[Read]:
    statements, said_hours = hours_statements(scene.text), hours_spans(scene.text)
    money = [figure for figure in find_figures(scene.text)
             if not any(start <= figure.start < end for start, end in said_hours)]
    figures = [with_hours(figure, hours_for(figure, statements, scene.sentence_at(figure.start)))
               for figure in _hourly_alike(money)]
    reads: List[Read] = []
    for index in range(len(figures)):
        reads.append(_read_one(scene, asked, figures, index, reads))
    # "It's 120k plus a 20k bonus": an unlabelled figure that the offer's variable pay is added to is its base.
    for index, read in enumerate(reads[:-1]):
        following = reads[index + 1]
        if (read.owner is None and read.label is None and following.owner == "offer"
                and not scene.wished(read.figure.start)
                and following.label == "variable" and _JOINED.fullmatch(following.gap_before)):
            reads[index] = replace(read, owner="offer")
    return reads


def _label(window: str) -> Optional[str]:
    window = _NO_PAY.sub(" ", window)  # "68k no bonus": the bonus named is not this figure's
    found = [name for name, pattern in _LABELS if pattern.search(window)]
    return found[0] if found else None


def corrected(reads: List[Read]) -> List[Read]:
    """ "base 85k, sorry, 88k": the correction replaces the figure before it when they can be the same thing."""
    kept: List[Read] = []
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


def _left_out(read: Read, asked: Optional[str], say_in: str, facts: Facts) -> bool:
    """Whether the figure is not pay to use: a one-off or equity (said), a change, nobody's, garbled, absurd
    (refused), or a percent that is not a bonus."""
    figure = read.figure
    if read.label == "forfeit":
        return True  # set aside by the reading, as what leaving would cost
    if read.label in ("one_off", "equity"):
        if figure.amount is not None:
            what = "one-off payment" if read.label == "one_off" else "equity"
            facts.notes.append(f"I've left the {format_money(figure.amount.value, say_in)} {what} out of yearly pay.")
        return True
    if read.label == "delta" or read.owner is None:
        return True
    if figure.garbled:
        if asked in MONEY_SLOTS or figure.scale > 1 or re.search(r"[$€£₹]", figure.text):
            facts.refusals.append(f'"{figure.text}" looks like numbers run together. Please type the figure once, '
                                  'like "85k".')
        return True
    if figure.in_range:
        return False  # asked about as a range, below
    if figure.percent is not None:
        return not (read.label == "variable" or read.of_base or asked == "offer_variable")
    if absurd(figure.amount):
        facts.refusals.append(absurd(figure.amount))
        return True
    return False


def _unitless(read: Read, asked: Optional[str]) -> bool:
    """A unit-less "85" (or a "$85" salary) could be 85k a year or $85 an hour."""
    figure = read.figure
    if figure.amount is None:
        return False
    small_salary = (figure.scale == 1 and not figure.period_stated and figure.amount.yearly < _SMALL
                    and read.label != "variable" and asked != "offer_variable")
    return figure.bare or small_salary


def usable(reads: List[Read], asked: Optional[str], say_in: str, facts: Facts) -> List[Read]:
    """Drops what is not pay, and turns garbled, absurd, ranged and unit-less figures into refusals or questions."""
    kept = [read for read in reads if not _left_out(read, asked, say_in, facts)]
    ranged = [read for read in kept if read.figure.in_range]
    for low, high in zip(ranged[::2], ranged[1::2]):
        facts.questions.append(range_question(low.figure, high.figure, say_in))
    kept = [read for read in kept if not read.figure.in_range]
    clear = [read for read in kept if not _unitless(read, asked)]
    for read in kept:  # ask about a unit-less figure, unless real figures are here
        if _unitless(read, asked) and (read.label is not None or (asked in MONEY_SLOTS and not clear)):
            facts.questions.append(bare_question(read.figure, say_in))
    return clear
