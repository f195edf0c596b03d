"""The pay arithmetic: a base, a variable and a total (OTE) given in any combination, a pay mix ("60/40"),
a percent of the base, put together into the yearly figures, each with how it is said back.

The sums themselves are small functions of numbers alone (`share`, `rest`, `percent_of`); the rest decides
which figures go together and says what was worked out.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..money.amounts import Amount, describe, format_money
from ..money.splits import Split
from .found import Facts
from .labels import Read

Settled = Dict[str, Tuple[float, Optional[str]]]  # slot -> (yearly value, how we say it; None for "no variable")

_ADD_ON = re.compile(r"\b(?:plus|and|with|on\s+top)\b|\+", re.I)  # "90k base plus 20k": the 20k adds to the base
_FLAT = re.compile(r"\b(?:flat|no\s+(?:bonus|commission|variable)|all\s+fixed|fixed\s+only|(?:base|salary)[- ]only"
                   r"|just\s+(?:the\s+)?(?:base|salary)|straight\s+salary)\b", re.I)
_ON_TOP = re.compile(r"\b(?:on\s+top|extra|additional|in\s+addition|plus)\b", re.I)
_VARIABLE_AT_MOST = 0.7  # of the base: an "OTE" nearer the base is more likely a slip, and asked about
_INCLUDED = re.compile(r"\b(?:includ\w*|incl|in\s+it|of\s+(?:that|which|it|those|the))\b", re.I)
_NORMAL = re.compile(r"\b(?:normal\w*|usual\w*|regular\w*|typical\w*)\b", re.I)
_ON_TARGET = re.compile(r"\b(?:ote|o\.t\.e|on[- ]target)\b", re.I)
_COMMISSION = re.compile(r"\bcommissions?\b", re.I)
_VARIABLE_WORD = re.compile(r"(?<!no )(?<!without )\b(?:commissions?|bonus(?:es)?|variable|incentives?)\b", re.I)


def _pick(reads: List[Read], what: str, say_in: str, facts: Facts) -> Optional[Read]:
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


def _said_short(read: Read, say_in: str) -> str:
    if read.figure.percent is not None:
        return f"{read.figure.percent:g}%"
    return format_money(read.yearly, read.figure.amount.currency or say_in)


def _said(read: Read, say_in: str) -> str:
    return describe(read.figure.amount, say_in)


def _by_label(reads: Iterable[Read], label: Optional[str]) -> List[Read]:
    return [read for read in reads if read.label == label]


def _parts(reads: List[Read], plain_is: str) -> Tuple[List[Read], List[Read], List[Read]]:
    """Bases, variables and totals. An unlabelled figure added to a base ("90k plus 20k") is variable pay;
    any other unlabelled one is `plain_is`."""
    parts: Dict[str, List[Read]] = {"base": [], "variable": [], "total": []}
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
        elif _variable_added(read, reads):
            parts["base"].append(read)  # "68k + 4k bonus": what a bonus is added to is the base
        elif parts["base"] and not parts["variable"] and _ADD_ON.search(read.gap_before):
            parts["variable"].append(read)
        else:
            parts[plain_is].append(read)
    return parts["base"], parts["variable"], parts["total"]


def _variable_added(read: Read, reads: List[Read]) -> bool:
    at = reads.index(read)
    following = reads[at + 1:at + 2]
    return bool(following) and following[0].owner == read.owner and _ADD_ON.search(following[0].gap_before) is not None \
        and (following[0].label == "variable" or following[0].figure.percent is not None)


# ---- the arithmetic, with numbers alone ---------------------------------------------------------------------

def share(total: float, percent: float) -> float:
    """A share of a total: 60% of a 150,000 OTE is 90,000."""
    return total * percent / 100


def matching_share(part: float, part_percent: float, other_percent: float) -> float:
    """The other side of a pay mix: with a 60/40 split, a 90,000 base goes with 60,000 of variable pay."""
    return part * other_percent / part_percent


def rest(total: float, part: float) -> Optional[float]:
    """What is left of a total once one part is taken: the variable of a 130,000 OTE on a 100,000 base.
    None when the part is bigger than the total, which can't be."""
    return total - part if total >= part else None


# ---- this offer -----------------------------------------------------------------------------------------------

Said = Tuple[float, str]  # a yearly value and how it is said back


def _picked(reads: List[Read], asked: Optional[str], say_in: str,
            facts: Facts) -> Optional[Tuple[Optional[Read], Optional[Read], Optional[Read]]]:
    """The base, variable and total figures given; None when one of them was given twice, differently (asked)."""
    bases, variables, totals = _parts(reads, "variable" if asked == "offer_variable" else "base")
    base = _pick(bases, "base figure", say_in, facts)
    variable = _pick(variables, "variable pay figure", say_in, facts)
    total = _pick(totals, "total (OTE) figure", say_in, facts)
    if (bases and not base) or (variables and not variable) or (totals and not total):
        return None
    return base, variable, total


def _with_split(split: Split, base: Optional[Said], variable: Optional[Said], total: Optional[Read],
                known_base: Optional[float], asked: Optional[str],
                say_in: str) -> Tuple[Optional[Said], Optional[Said], Optional[Read]]:
    """What a pay mix adds: the shares of an OTE, the other side of a base or variable, or the variable asked for."""
    mix = f"a {split.base:g}/{split.variable:g} split"
    if base is None and variable is None and total is not None:  # "150k OTE on a 60/40 split"
        total_said = format_money(total.yearly, total.figure.amount.currency or say_in)
        base_value, variable_value = share(total.yearly, split.base), share(total.yearly, split.variable)
        return ((base_value, f"{_yearly(base_value, say_in)} ({split.base:g}% of the {total_said} OTE)"),
                (variable_value, f"{_yearly(variable_value, say_in)} ({split.variable:g}% of the {total_said} OTE)"),
                None)
    if total is None and variable is None and base is not None:  # "90k base on a 60/40 split"
        value = matching_share(base[0], split.base, split.variable)
        return base, (value, f"{_yearly(value, say_in)} ({mix} with the {format_money(base[0], say_in)} base)"), None
    if total is None and base is None and variable is not None:
        value = matching_share(variable[0], split.variable, split.base)
        said = f"{_yearly(value, say_in)} ({mix} with the {format_money(variable[0], say_in)} variable pay)"
        return (value, said), variable, None
    if total is None and base is None and asked == "offer_variable" and known_base is not None:
        value = matching_share(known_base, split.base, split.variable)  # asked for the variable: "a 50/50 split"
        return None, (value, f"{_yearly(value, say_in)} ({mix} with the {format_money(known_base, say_in)} base)"), None
    return base, variable, total


def _with_total(total: Read, base: Optional[Said], variable: Optional[Said], known_base: Optional[float],
                asked: Optional[str], say_in: str, facts: Facts) -> Optional[Tuple[Optional[Said], Optional[Said]]]:
    """OTE is base plus variable: the missing part is the rest. None when the figures can't both be right."""
    total_said = format_money(total.yearly, total.figure.amount.currency or say_in)
    base_figure = base[0] if base else known_base if asked == "offer_variable" else None
    on_top = bool(_ON_TOP.search(f"{total.words} {total.following}"))
    if (variable is None and base_figure is not None and _ON_TARGET.search(total.words)
            and (total.yearly <= base_figure * _VARIABLE_AT_MOST or on_top)):
        # "€50k base, €15k OTE": an on-target figure well below the base is the variable pay at target
        return base, (total.yearly, f"{_said(total, say_in)}, on top of the base")
    if base is None and variable is None:
        left = rest(total.yearly, known_base) if asked == "offer_variable" and known_base is not None else None
        if left and left > 0:
            return None, (left, f"{_yearly(left, say_in)} ({total_said} OTE less the "
                                f"{format_money(known_base, say_in)} base)")
        facts.questions.append(f"I have {total_said} as the total at target (OTE). How much of that is base salary?")
        facts.pending_total = total.yearly
        return None, None
    if base is not None and variable is not None:
        return base, variable
    part, part_name = (base, "base") if variable is None else (variable, "variable")
    left = rest(total.yearly, part[0])
    if left is None or (part_name == "variable" and not left):  # a base can't be nothing
        facts.questions.append(f"The total ({total_said}) isn't more than the {part_name} "
                               f"({format_money(part[0], say_in)}). Which is right?")
        return None
    said = (left, f"{_yearly(left, say_in)} ({total_said} OTE less the {format_money(part[0], say_in)} {part_name})")
    return (base, said) if variable is None else (said, variable)


def settle_offer(reads: List[Read], asked: Optional[str], known: dict, say_in: str, settled: Settled,
                 facts: Facts, split: Optional[Split] = None) -> None:
    picked = _picked(reads, asked, say_in, facts)
    if picked is None:
        return  # already asked which one
    base_read, variable_read, total_read = picked
    known_base = known.get("offer_base") if isinstance(known.get("offer_base"), (int, float)) else None
    base = (base_read.yearly, _said(base_read, say_in)) if base_read else None
    variable = _variable(variable_read, base[0] if base else known_base, say_in, facts)
    if split is not None:
        base, variable, total_read = _with_split(split, base, variable, total_read, known_base, asked, say_in)
    if total_read is not None:
        both = _with_total(total_read, base, variable, known_base, asked, say_in, facts)
        if both is None:
            return
        base, variable = both
    if base is not None:
        settled["offer_base"] = base
    if variable is not None:
        settled["offer_variable"] = variable


def settle_previous(reads: List[Read], say_in: str, settled: Settled, facts: Facts,
                    split: Optional[Split] = None, one_offs: Sequence[Read] = ()) -> None:
    bases, variables, totals = _parts(reads, "total")
    base_read = _pick(bases, "current base figure", say_in, facts)
    total_read = _pick([read for read in totals if read.last_year] or totals, "figure for what you earn", say_in,
                       facts)
    if split is not None and total_read is not None and base_read is None and not variables:
        value = share(total_read.yearly, split.base)  # "I'm on 120k OTE, 60/40": the base is 60% of it
        settled["previous_base"] = (value, f"{_yearly(value, say_in)} ({split.base:g}% of "
                                           f"{format_money(total_read.yearly, say_in)})")
    variable = _variable(_pick(variables, "commission figure", say_in, facts),
                         base_read.yearly if base_read else None, say_in, facts)
    if base_read is not None:
        settled["previous_base"] = (base_read.yearly, _said(base_read, say_in))
    if total_read is not None:
        settled["previous_earnings"] = _normal_year(total_read, one_offs, say_in)
        if base_read is None and _FLAT.search(total_read.following):  # "88k flat, no bonus": all of it is base
            settled["previous_base"] = (total_read.yearly, _earned(total_read, say_in))
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


def _normal_year(total: Read, one_offs: Sequence[Read], say_in: str) -> Said:
    """Last year's pay without what was paid once ("96k, but that included a one-time 16k spot bonus"); a figure
    said to be a normal year ("my normal is 95k") is one already."""
    included = [read for read in one_offs if _INCLUDED.search(f"{read.gap_before} {read.words}")]
    once = 0 if _NORMAL.search(total.words) else sum(read.yearly for read in included)
    left = rest(total.yearly, once) if once else None
    if not left:
        return total.yearly, _earned(total, say_in)
    return left, (f"{format_money(left, say_in)} in a normal year ({format_money(total.yearly, say_in)} less the "
                  f"{format_money(once, say_in)} paid once)")


def settle_competing(reads: List[Read], say_in: str, settled: Settled, facts: Facts) -> None:
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


def _variable(read: Optional[Read], base: Optional[float], say_in: str, facts: Facts) -> Optional[Said]:
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
    value = share(base, percent)
    return value, f"{_yearly(value, say_in)} ({percent:g}% of the {format_money(base, say_in)} base)"


def _yearly(value: float, say_in: str) -> str:
    return describe(Amount(value, say_in, "year"), say_in)


def _earned(read: Read, say_in: str) -> str:
    """Yearly earnings are said without "a year" ("your earnings last year as $122,000")."""
    amount = read.figure.amount
    return format_money(amount.value, amount.currency or say_in) if amount.period == "year" else describe(amount, say_in)
