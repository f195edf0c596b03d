"""What to ask when a figure can't be read one way: a bare "85" (thousands a year, or an hourly rate?) and a
range (offers name one figure). Ranges and bare numbers are never guessed."""
from __future__ import annotations

from typing import Optional

from .amounts import format_money
from .figures import Figure
from .vocabulary import PER_PERIOD


def bare_question(figure: Figure, default_currency: Optional[str] = "USD") -> str:
    """Asks which of the two likely readings a unit-less "85" means."""
    value = figure.amount.value if figure.amount else 0.0
    return (f"Did you mean {format_money(value * 1000, default_currency)} a year, "
            f"or {format_money(value, default_currency)} an hour?")


def range_question(low: Figure, high: Figure, default_currency: Optional[str] = "USD") -> str:
    """Asks for the one figure behind a range; ranges are never guessed."""
    return (f"That's a range ({_say_figure(low, default_currency)} to {_say_figure(high, default_currency)}). "
            "An offer names one figure: which exact number should I use?")


def _say_figure(figure: Figure, default_currency: Optional[str]) -> str:
    if figure.percent is not None:
        return f"{figure.percent:g}%"
    if figure.amount is None:
        return figure.text
    money = format_money(figure.amount.value, figure.amount.currency or default_currency)
    return money if figure.amount.period == "year" else f"{money} {PER_PERIOD[figure.amount.period]}"
