"""Amounts as the coach says them: formatting, yearly values, conversions said back, what can't be pay."""
import pytest

from actions.coach.money.amounts import Amount, absurd, describe, format_money

@pytest.mark.parametrize("value, currency, written", [
    (92_000, "USD", "$92,000"),
    (58_000, "GBP", "£58,000"),
    (60_000, "EUR", "€60,000"),
    (60_000, "€", "€60,000"),
    (83_200.0, "USD", "$83,200"),
    (40.5, "USD", "$40.50"),
    (1_234_567.891, "USD", "$1,234,567.89"),
    (92_000, "CAD", "CA$92,000"),
    (92_000, "AUD", "A$92,000"),
    (120_000, "INR", "₹120,000"),
    (92_000, "XYZ", "92,000 XYZ"),
    (92_000, "CHF", "92,000 CHF"),
    (92_000, "JPY", "¥92,000"),
    (92_000, None, "92,000"),
    (0.004, "USD", "$0"),
    (-5_000, "USD", "-$5,000"),
])
def test_format_money(value, currency, written):
    assert format_money(value, currency) == written


def test_format_money_defaults_to_dollars():
    assert format_money(92_000) == "$92,000"


@pytest.mark.parametrize("period, yearly", [("hour", 83_200), ("week", 2_080), ("month", 480), ("quarter", 160),
                                            ("year", 40)])
def test_amount_yearly(period, yearly):
    assert Amount(40, "USD", period).yearly == yearly


def test_describe_uses_the_fallback_currency_when_none_was_written():
    assert describe(Amount(5_000, None, "month"), "GBP") == "£5,000 a month, which is £60,000 a year"


@pytest.mark.parametrize("amount", [Amount(-5_000, "USD"), Amount(0, "USD"), Amount(float("inf"), None),
                                    Amount(9_000_000, "USD", "month"), Amount(200_000_000, None)])
def test_what_cannot_be_pay_is_said_to_be_so(amount):
    assert absurd(amount).endswith(".")


def test_a_ceiling_figure_is_still_pay():
    assert absurd(Amount(100_000_000, "USD")) is None
