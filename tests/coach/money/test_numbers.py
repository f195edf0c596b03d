"""Numbers in digits or words, each with its place in the text."""
import pytest

from actions.coach.money.numbers import number_cores


@pytest.mark.parametrize("text, expected", [
    ("85,000", [("85,000", 85_000, 1)]),
    ("1,20,000", [("1,20,000", 120_000, 1)]),
    ("85.5", [("85.5", 85.5, 1)]),
    ("eighty-five thousand", [("eighty-five thousand", 85_000, 1000)]),
    ("one hundred and twenty thousand", [("one hundred and twenty thousand", 120_000, 1000)]),
    ("a hundred thousand", [("a hundred thousand", 100_000, 1000)]),
    ("between eighty and ninety thousand", [("eighty", 80, 1), ("ninety thousand", 90_000, 1000)]),
    ("one point two million", [("one point two million", 1_200_000, 1_000_000)]),
])
def test_numbers_in_digits_and_words(text, expected):
    found = [(text[start:end], float(value), scale) for start, end, value, scale in number_cores(text)]
    assert found == [(words, float(value), scale) for words, value, scale in expected]
