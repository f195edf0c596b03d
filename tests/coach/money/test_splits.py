"""Pay mixes: "a 60/40 split" is two shares of the total, not two figures."""
import pytest

from actions.coach.money.figures import find_figures
from actions.coach.money.splits import find_splits


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
    assert find_figures("50/50") == []
