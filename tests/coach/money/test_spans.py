"""Where a thing was found in the text: its span, start and end slice out exactly what was typed."""
import dataclasses

import pytest

from actions.coach.money.figures import find_figures
from actions.coach.money.spans import Spanned


def test_start_and_end_are_the_two_ends_of_the_span():
    found = Spanned((7, 10))
    assert (found.start, found.end) == (7, 10)


def test_a_span_cannot_be_moved_once_found():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Spanned((0, 1)).span = (2, 3)


def test_each_figures_span_slices_out_the_figure_as_typed():
    text = "I make 85k now and they offer $40/hr"
    assert [text[figure.start:figure.end] for figure in find_figures(text)] == ["85k", "$40/hr"]
