"""The tables money is written with agree with each other, and the readers use them as written."""
import pytest

from actions.coach.money.amounts import currency_code
from actions.coach.money.figures import find_figures
from actions.coach.money.vocabulary import (CURRENCY_CODES, INDIAN_SCALES, PER_ANNUM_SCALES, PER_PERIOD, PER_YEAR,
                                            PERIOD_WORDS, SCALES, WEEKS_PER_YEAR)


def test_the_tables_agree_with_each_other():
    assert set(PERIOD_WORDS.values()) == set(PER_PERIOD)
    assert set(PER_YEAR) | {"hour"} == set(PER_PERIOD)
    assert set(PER_ANNUM_SCALES) <= set(INDIAN_SCALES) <= set(SCALES)
    assert all(len(code) == 3 and code.isupper() for code in CURRENCY_CODES.values())
    assert PER_YEAR["week"] == WEEKS_PER_YEAR and PER_YEAR["month"] == 12


@pytest.mark.parametrize("mark, code", [("quid", "GBP"), ("Rs.", "INR"), ("CA$", "CAD"), ("euros", "EUR")])
def test_currency_words_and_symbols_give_their_code(mark, code):
    assert currency_code(mark) == code


@pytest.mark.parametrize("text, yearly, currency", [
    ("24 LPA", 2_400_000, "INR"), ("1.2 Cr", 12_000_000, "INR"), ("85 grand", 85_000, None),
    ("5k a month", 60_000, None), ("30k quarterly", 120_000, None), ("$40 ph", 83_200, "USD"),
])
def test_scales_and_periods_are_read_as_the_tables_say(text, yearly, currency):
    (figure,) = find_figures(text)
    assert (figure.amount.yearly, figure.amount.currency) == (yearly, currency)
