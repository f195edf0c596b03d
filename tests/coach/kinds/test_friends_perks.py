"""Perks friends get elsewhere are heard however they are put, and backfire: they say nothing of this budget."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason
from actions.coach.decision import assess
from actions.coach.kinds.friends_perks import KIND


@pytest.mark.parametrize("said", [
    "my friends all get company cars", "My friends at Google get free lunch",
    "people I know at other companies get a car allowance", "everyone else got a signing bonus",
    "former colleagues get 30 days PTO", "signing bonuses are standard for my friends", "my brother makes more",
])
def test_what_others_get_elsewhere_is_recognised(said):
    assert KIND.matches(said)


@pytest.mark.parametrize("said", ["my friend says I should counter", "the company car is gone",
                                  "I have another offer"])
def test_advice_from_friends_or_this_offers_own_terms_are_not_perks_elsewhere(said):
    assert not KIND.matches(said)


def test_specific_and_true_perks_still_fail_as_not_about_this_job():
    checked = check_reason(Reason("friends_perks", "my friends all get a 10k signing bonus"), Case(offer_base=85_000.0))
    assert {check.name: check.passed for check in checked.checks} == {
        "relevant": False, "concrete": True, "truthful": True}
    assert "other people's jobs" in checked.checks[0].why


def test_on_its_own_it_leads_to_accepting_and_says_why_it_backfires():
    assessment = assess(Case(offer_base=85_000.0), [Reason("friends_perks", "my friends get company cars")])
    assert assessment.verdict == "accept" and assessment.weak_keys == ["friends_perks"]
    assert any("would backfire" in line and "this role's budget" in line for line in assessment.explanations)
