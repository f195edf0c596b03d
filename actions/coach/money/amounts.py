"""Amounts of money as the coach holds and says them: yearly values, in a currency, with babel's formatting."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from babel.numbers import format_currency, get_currency_symbol

from .vocabulary import CURRENCY_CODES, HOURS_PER_WEEK, PER_PERIOD, PER_YEAR, WEEKS_PER_YEAR, YEARLY_CEILING

_LOCALE = "en_US"  # "$92,000", "€60,000", "CA$90,000": every figure grouped in thousands, symbol first


@dataclass(frozen=True)
class Amount:
    value: float
    currency: Optional[str]  # ISO code, or None when the candidate did not say
    period: str = "year"  # "year", "quarter", "month", "week" or "hour"
    hours_per_week: float = HOURS_PER_WEEK  # for an hourly rate: "32 hours a week", "three 12s"

    @property
    def yearly(self) -> float:
        if self.period == "hour":
            return self.value * self.hours_per_week * WEEKS_PER_YEAR
        return self.value * PER_YEAR[self.period]


def currency_code(mark: Optional[str]) -> Optional[str]:
    """The ISO code for a symbol or word ("$", "euros", "CA$"), or an unknown code as written."""
    if not mark:
        return None
    mark = " ".join(mark.split())
    return CURRENCY_CODES.get(mark.lower(), mark.upper() if mark.isalpha() and len(mark) == 3 else None)


def format_money(value: float, currency: Optional[str] = "USD") -> str:
    """ "$92,000", "€60,000", "$40.50"; cents only when the figure is not whole; no symbol for None; a code
    babel has no symbol for goes after the number ("92,000 CHF")."""
    if not math.isfinite(value):
        return str(value)
    code = currency_code(currency) if currency else None
    cents = round(abs(value) * 100)
    pattern = "#,##0.00" if cents % 100 else "#,##0"
    signed = math.copysign(cents / 100, value) if cents else 0.0
    if code is None:
        return format_currency(signed, "USD", format=pattern, locale=_LOCALE, currency_digits=False)
    if get_currency_symbol(code, _LOCALE) == code:
        return f"{format_currency(signed, code, format=pattern, locale=_LOCALE, currency_digits=False)} {code}"
    return format_currency(signed, code, format="¤" + pattern, locale=_LOCALE, currency_digits=False)


def describe(amount: Amount, default_currency: Optional[str] = "USD") -> str:
    """The amount in words, with the yearly conversion when it was not yearly."""
    currency = amount.currency or default_currency
    said = format_money(amount.value, currency)
    yearly = format_money(amount.yearly, currency)
    if amount.period == "hour":
        return f"{said} an hour, which is {yearly} a year at {amount.hours_per_week:g} hours a week"
    if amount.period == "week":
        return f"{said} a week, which is {yearly} a year over {WEEKS_PER_YEAR} weeks"
    if amount.period in ("month", "quarter"):
        return f"{said} {PER_PERIOD[amount.period]}, which is {yearly} a year"
    return f"{said} a year"


def absurd(amount: Amount) -> Optional[str]:
    """Why the amount cannot be real pay, or None when it can."""
    if not math.isfinite(amount.value) or not math.isfinite(amount.yearly):
        return 'That isn\'t a number I can work with. Please type the figure, like "85k" or "$40 an hour".'
    if amount.value < 0:
        return "Pay can't be negative. Please type the figure without a minus sign."
    if amount.value == 0:
        return 'Zero can\'t be the pay figure. If there is none, say "none"; otherwise type the amount, like "85k".'
    if amount.yearly > YEARLY_CEILING:
        return (f"That comes to more than {format_money(YEARLY_CEILING, amount.currency or 'USD')} a year, "
                "beyond any real pay package. Please check the figure.")
    return None
