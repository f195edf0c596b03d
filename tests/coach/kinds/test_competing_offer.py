"""Another offer counts only when it is stronger, in writing, and one they would really take."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason

OFFER = dict(offer_base=85_000.0, offer_variable=35_000.0)  # 120k in total


@pytest.mark.parametrize("other, in_writing, would_take, counts", [
    (140_000.0, True, True, True),
    (140_000.0, False, True, False),
    (140_000.0, True, False, False),
    (100_000.0, True, True, False),
    (120_000.0, True, True, False),  # the same is not stronger
    (None, True, True, False),
])
def test_the_other_offer_checks(other, in_writing, would_take, counts):
    case = Case(**OFFER, competing_offer=other, competing_offer_in_writing=in_writing, would_choose_other=would_take)
    assert check_reason(Reason("competing_offer", "I have another offer"), case).passed == counts


def test_a_bluffed_offer_fails_whatever_its_figures():
    case = Case(**OFFER, competing_offer=150_000.0, competing_offer_in_writing=True, would_choose_other=True)
    assert not check_reason(Reason("competing_offer", "I'll say I have one", misstated=True), case).passed
