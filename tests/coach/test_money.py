"""Reading money figures: what the candidate typed -> yearly amounts, questions or refusals."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.coach.money import (
    Amount,
    YEARLY_CEILING,
    describe,
    find_figures,
    find_splits,
    format_money,
    read_amount,
)

# (answer, yearly value read)
READS = [
    ("$85k", 85_000),
    ("85K", 85_000),
    ("85,000", 85_000),
    ("85.5k", 85_500),
    ("eighty-five thousand", 85_000),
    ("one hundred and twenty thousand dollars", 120_000),
    ("a hundred thousand", 100_000),
    ("120k OTE", 120_000),
    ("$40/hr", 83_200),
    ("$40 an hour", 83_200),
    ("forty dollars an hour", 83_200),
    ("hourly rate of $38.50", 80_080),
    ("€5,000 a month", 60_000),
    ("5k per month", 60_000),
    ("$7,500 quarterly", 30_000),
    ("$1,500 a week", 78_000),
    ("£55k", 55_000),
    ("1.2m", 1_200_000),
    ("one point two million", 1_200_000),
    ("$120,000/yr", 120_000),
    ("98,500 per annum", 98_500),
    ("USD 91,000", 91_000),
    ("72000 EUR", 72_000),
    ("85 grand", 85_000),
    ("₹1,20,000", 120_000),
    ("they said 95k, which is fine I guess", 95_000),
    ("1,20,000? sorry, I mean 120,000", 120_000),
    ("88k. Actually no, make that 90k", 90_000),
    ("it's 82k, no wait, 84k", 84_000),
    ("I have 2 kids and it pays 97k", 97_000),
    ("I've been in sales for 6 years; the number is 104k", 104_000),
    ("in 2023 they paid me 99k", 99_000),
    ("$40 an hour, so about $83,200 a year", 83_200),
    ("the 401(k) is nice but base is 90k", 90_000),
    ("150k OTE on a 50/50 split", 150_000),  # the split is a ratio, not two more figures
    ("150k OTE, split 60/40", 150_000),
    ("$200k OTE with a 70-30 split", 200_000),
    ("$40/hr, full time, 40 hours a week", 83_200),  # the hours are not money
    ("$40 an hour, 40-hour week", 83_200),
    ("40 hours a week at $40 an hour", 83_200),
]


@pytest.mark.parametrize("text, expected", READS)
def test_reads_one_figure_as_a_yearly_value(text, expected):
    reading = read_amount(text)
    assert reading.value == pytest.approx(expected)
    assert reading.question is None and reading.refusal is None
    assert reading.amount is not None and reading.amount.yearly == pytest.approx(expected)


@pytest.mark.parametrize("text, currency", [
    ("£55k", "GBP"), ("€60,000", "EUR"), ("$85k", "USD"), ("85,000 dollars", "USD"), ("CA$92,000", "CAD"),
    ("A$92,000", "AUD"), ("₹1,20,000", "INR"), ("90k euros", "EUR"), ("85k", None),
])
def test_reads_the_currency(text, currency):
    assert read_amount(text).amount.currency == currency


@pytest.mark.parametrize("text, said", [
    ("$40 an hour", "$40 an hour, which is $83,200 a year at 2,080 hours"),
    ("$40/hr", "$40 an hour, which is $83,200 a year at 2,080 hours"),
    ("€5,000 a month", "€5,000 a month, which is €60,000 a year"),
    ("$7,500 quarterly", "$7,500 a quarter, which is $30,000 a year"),
    ("£1,500 a week", "£1,500 a week, which is £78,000 a year over 52 weeks"),
    ("85k", "$85,000 a year"),
    ("£55k", "£55,000 a year"),
])
def test_says_the_figure_back_with_any_conversion(text, said):
    reading = read_amount(text)
    assert reading.said_back == said
    assert "?" not in reading.said_back


def test_a_percent_is_read_against_the_base_it_is_a_share_of():
    reading = read_amount("10% bonus", percent_of=78_000)
    assert reading.value == pytest.approx(7_800)
    assert reading.said_back == "10% of $78,000, which is $7,800 a year"


@pytest.mark.parametrize("text", [
    "80-90k",
    "$80k - $90k",
    "between 80k and 90k",
    "80 to 90 thousand",
    "somewhere from 95 to 105k",
    "$40-50 an hour",
    "85",  # 85k a year, or $85 an hour?
    "eighty five",
    "10% bonus",  # 10% of what?
    "85k base and a 20k bonus",  # two unrelated figures: which one?
])
def test_asks_back_when_the_answer_is_ambiguous(text):
    reading = read_amount(text)
    assert reading.question
    assert reading.value is None and reading.refusal is None


def test_a_range_is_asked_back_with_both_ends():
    question = read_amount("between 80k and 90k").question
    assert "$80,000" in question and "$90,000" in question


def test_a_bare_number_offers_both_readings():
    question = read_amount("85").question
    assert "$85,000 a year" in question and "$85 an hour" in question


@pytest.mark.parametrize("text", [
    "-5000", "minus 85k", "negative 40 an hour", "0", "$0", "0k", "1e309", "inf", "NaN", "infinity",
    "a billion trillion", "a billion trillion dollars", "200,000,000", "$150m", "9,000,000 a month", "85k85k",
    "$1,000,00",
])
def test_refuses_absurd_figures(text):
    reading = read_amount(text)
    assert reading.refusal and reading.refusal.endswith(".")
    assert reading.value is None and reading.question is None


def test_a_ceiling_figure_is_still_read():
    assert read_amount("100,000,000").value == YEARLY_CEILING


@pytest.mark.parametrize("text", ["", "   ", "no idea", "hello there", "I'd rather talk about the territory",
                                  "401(k)", "40 hours a week", "3pm works"])
def test_nothing_found_sets_nothing(text):
    reading = read_amount(text)
    assert (reading.value, reading.question, reading.refusal, reading.said_back) == (None, None, None, None)


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


def test_find_figures_gives_spans_labels_and_percents_in_order():
    text = "I'm on 92k base plus a 10% bonus, and $40/hr on weekends"
    figures = find_figures(text)
    assert [text[start:end] for start, end in (f.span for f in figures)] == ["92k", "10%", "$40/hr"]
    assert figures[0].amount == Amount(92_000, None, "year")
    assert figures[1].percent == 10.0 and figures[1].amount is None
    assert figures[2].amount == Amount(40, "USD", "hour")


@pytest.mark.parametrize("text, low, high", [
    ("80-90k", 80_000, 90_000),
    ("between 80k and 90k", 80_000, 90_000),
    ("80 to 90 thousand", 80_000, 90_000),
    ("between eighty and ninety thousand", 80_000, 90_000),
    ("£40k–£45k", 40_000, 45_000),
])
def test_find_figures_marks_ranges_and_shares_the_scale(text, low, high):
    figures = find_figures(text)
    assert [f.in_range for f in figures] == [True, True]
    assert [f.amount.value for f in figures] == [low, high]


@pytest.mark.parametrize("text, base, variable", [
    ("150k OTE on a 50/50 split", 50, 50),
    ("a 60/40 split", 60, 40),
    ("70-30 split", 70, 30),
    ("split 70 - 30", 70, 30),
    ("split 50/50", 50, 50),
    ("60:40", 60, 40),
    ("60%/40%", 60, 40),
    ("a 60 to 40 split", 60, 40),
    ("a 40/60 commission/base split", 60, 40),  # the words name the variable share first
    ("40/60 variable to base", 60, 40),
])
def test_find_splits_reads_a_pay_mix(text, base, variable):
    splits = find_splits(text)
    assert [(split.base, split.variable) for split in splits] == [(base, variable)]
    split = splits[0]
    assert not any(figure.start < split.end and split.start < figure.end for figure in find_figures(text))


@pytest.mark.parametrize("text", [
    "70-80k", "between 70 and 30", "$40-60 an hour", "24/7", "3/4", "60-40k split", "70-30", "$50/50",
    "50/50k", "1/99.5", "",
])
def test_find_splits_leaves_ranges_dates_and_money_alone(text):
    assert find_splits(text) == []


def test_a_split_alone_is_no_figure():
    assert find_figures("it's a 60/40 split") == []
    assert read_amount("50/50") == read_amount("")


def test_find_figures_marks_a_correction():
    figures = find_figures("85k, sorry, I mean 88k")
    assert [f.corrects_previous for f in figures] == [False, True]


def test_find_figures_does_not_mistake_a_sum_for_a_range():
    figures = find_figures("85k and 10k bonus")
    assert [f.in_range for f in figures] == [False, False]


# --- properties -------------------------------------------------------------------------------------------

money_words = st.sampled_from([
    "85k", "$", "€", "£", "-", "–", "k", "K", " ", "thousand", "eighty", "five", "a", "billion", "trillion", "1e309",
    "%", ",", ".", "0", "1,20,000", "sorry", "I mean", "base", "OTE", "an hour", "/hr", "a month", "between", "and",
    "to", "point", "minus", "401k", "nan", "(k)", "85k85k", "9" * 40, "60/40", "/", ":", "split",
])
texts = st.one_of(st.text(max_size=120), st.lists(money_words, max_size=14).map("".join),
                  st.lists(money_words, max_size=14).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_never_raises_and_sets_at_most_one_outcome(text):
    reading = read_amount(text)
    find_figures(text)
    for split in find_splits(text):
        assert 0 < split.base < 100 and split.base + split.variable == 100
    outcomes = [reading.value is not None, reading.question is not None, reading.refusal is not None]
    assert sum(outcomes) <= 1
    if reading.value is not None:
        assert math.isfinite(reading.value) and 0 < reading.value <= YEARLY_CEILING
        assert reading.said_back


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10_000_000), st.sampled_from(["USD", "GBP", "EUR", "CAD", "AUD", "INR"]))
def test_format_money_round_trips_through_read_amount(value, currency):
    reading = read_amount(format_money(value, currency))
    assert reading.value == value
    assert reading.amount.currency == currency


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=99_999))
def test_k_suffix_means_thousands(n):
    assert read_amount(f"{n}k").value == n * 1000
