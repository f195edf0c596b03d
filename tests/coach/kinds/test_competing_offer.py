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


@pytest.mark.parametrize("text, matches", [
    ("I also have another offer at 140k", True),
    ("No other offers, I just want a fair deal", False),
    ("I don't have another offer", False),
    ("not interviewing elsewhere", False),
    ("I'm not sure whether to bring up my other offer", True),
])
def test_an_offer_denied_is_not_raised(text, matches):
    from actions.coach.kinds import KINDS
    assert KINDS["competing_offer"].matches(text) == matches


@pytest.mark.parametrize("text, slots, in_writing, would_take", [
    ("offer B from Foundry, in writing: 132k. i'd take B unless A gets closer", {}, "yes", "yes"),
    ("a written offer from a bank for 140k, but i'd never take the bank job", {}, "yes", "no"),
    ("Corsair offered 140k verbally, I'd go with Corsair", {"other_company": "Corsair"}, "no", "yes"),
    ("another offer at 140k; I'd still take this one", {}, None, None),
    ("another offer at 140k, I'd take it if this can't move", {}, None, "yes"),  # "it": the offer just named
])
def test_what_the_message_already_says_about_the_other_offer(text, slots, in_writing, would_take):
    from actions.coach.kinds.competing_offer import in_writing_told, would_choose_told
    assert in_writing_told(text, slots) == in_writing
    assert would_choose_told(text, slots) == would_take


def test_an_offer_that_they_would_take_is_read_with_its_paper():
    from actions.coach.kinds.competing_offer import in_writing_told, would_choose_told
    said = "and I have a signed 140k offer from Stork Labs that I'd take if Puffin can't get closer."
    assert in_writing_told(said, {}) == "yes" and would_choose_told(said, {}) == "yes"
    assert in_writing_told("they promised it next week", {}) == "no"
