"""Money figures in what a candidate types: each with its amount, currency and period, or marked as a range,
a percent, a correction or garbled; what is not money (counts, years, a 401k) is no figure at all."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.coach.money.amounts import Amount, describe, format_money
from actions.coach.money.figures import find_figures
from actions.coach.money.splits import find_splits


def the_yearly_value(text):
    """The one yearly value the text gives, once a correction has replaced the figure before it."""
    kept = []
    for figure in find_figures(text):
        if figure.corrects_previous and kept:
            kept.pop()
        kept.append(figure)
    kept = [figure for figure in kept if not figure.bare] or kept  # "40-hour week" beside "$40 an hour"
    values = {round(figure.amount.yearly, 2) for figure in kept if figure.amount is not None}
    assert len(values) == 1, (text, kept)
    return values.pop()


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
    assert the_yearly_value(text) == pytest.approx(expected)


@pytest.mark.parametrize("text, currency", [
    ("£55k", "GBP"), ("€60,000", "EUR"), ("$85k", "USD"), ("85,000 dollars", "USD"), ("CA$92,000", "CAD"),
    ("A$92,000", "AUD"), ("₹1,20,000", "INR"), ("90k euros", "EUR"), ("85k", None), ("Rs. 5,00,000", "INR"),
    ("US$90,000", "USD"), ("C$90,000", "CAD"), ("AU$80,000", "AUD"),
])
def test_reads_the_currency(text, currency):
    assert find_figures(text)[0].amount.currency == currency


@pytest.mark.parametrize("text, said", [
    ("$40 an hour", "$40 an hour, which is $83,200 a year at 40 hours a week"),
    ("$40/hr", "$40 an hour, which is $83,200 a year at 40 hours a week"),
    ("€5,000 a month", "€5,000 a month, which is €60,000 a year"),
    ("$7,500 quarterly", "$7,500 a quarter, which is $30,000 a year"),
    ("£1,500 a week", "£1,500 a week, which is £78,000 a year over 52 weeks"),
    ("85k", "$85,000 a year"),
    ("£55k", "£55,000 a year"),
])
def test_a_figure_is_said_back_with_any_conversion(text, said):
    assert describe(find_figures(text)[0].amount) == said


@pytest.mark.parametrize("text", ["", "   ", "no idea", "hello there", "I'd rather talk about the territory",
                                  "401(k)", "40 hours a week", "3pm works", "it's a 60/40 split", "50/50"])
def test_no_money_no_figure(text):
    assert find_figures(text) == []


@pytest.mark.parametrize("text", ["85k85k", "$1,000,00"])
def test_numbers_run_together_are_marked_garbled(text):
    assert [figure.garbled for figure in find_figures(text)] == [True]


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


def test_find_figures_marks_a_correction():
    figures = find_figures("85k, sorry, I mean 88k")
    assert [f.corrects_previous for f in figures] == [False, True]


def test_find_figures_does_not_mistake_a_sum_for_a_range():
    figures = find_figures("85k and 10k bonus")
    assert [f.in_range for f in figures] == [False, False]


money_words = st.sampled_from([
    "85k", "$", "€", "£", "-", "–", "k", "K", " ", "thousand", "eighty", "five", "a", "billion", "trillion", "1e309",
    "%", ",", ".", "0", "1,20,000", "sorry", "I mean", "base", "OTE", "an hour", "/hr", "a month", "between", "and",
    "to", "point", "minus", "401k", "nan", "(k)", "85k85k", "9" * 40, "60/40", "/", ":", "split",
])
texts = st.one_of(st.text(max_size=120), st.lists(money_words, max_size=14).map("".join),
                  st.lists(money_words, max_size=14).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_never_raises_and_every_figure_is_whole(text):
    for figure in find_figures(text):
        assert figure.garbled or (figure.amount is None) != (figure.percent is None)
        assert text[figure.start:figure.end] == figure.text
    for split in find_splits(text):
        assert 0 < split.base < 100 and split.base + split.variable == 100


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10_000_000), st.sampled_from(["USD", "GBP", "EUR", "CAD", "AUD", "INR"]))
def test_format_money_round_trips_through_find_figures(value, currency):
    figure, = find_figures(format_money(value, currency))
    assert figure.amount == Amount(value, currency, "year")


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=99_999))
def test_k_suffix_means_thousands(n):
    assert the_yearly_value(f"{n}k") == n * 1000
