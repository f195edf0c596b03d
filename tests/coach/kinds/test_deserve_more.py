""""I deserve more" is heard however it is put, and backfires: there is nothing behind it the employer can check."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason
from actions.coach.decision import assess
from actions.coach.kinds.deserve_more import KIND


@pytest.mark.parametrize("said", [
    "I deserve more", "I'm worth more than this", "I feel undervalued", "I should be paid more",
    "I'm underpaid for my level", "with my experience I should get something higher", "it's not enough for me",
])
def test_feeling_worth_more_is_recognised(said):
    assert KIND.matches(said)


@pytest.mark.parametrize("said", ["I think the pay is fine", "I earn more now", "the territory is bigger"])
def test_a_fact_about_the_offer_is_not_a_feeling_of_worth(said):
    assert not KIND.matches(said)


def test_it_is_about_this_pay_but_has_no_figure_or_proof_even_with_proof_in_hand():
    case = Case(offer_base=85_000.0, evidence="yes, my W-2 and pay stubs")
    checked = check_reason(Reason("deserve_more", "I deserve more with my experience"), case)
    assert {check.name: check.passed for check in checked.checks} == {
        "relevant": True, "concrete": False, "truthful": False}
    assert "no figure or proof" in checked.checks[1].why


def test_on_its_own_it_leads_to_accepting_and_says_why_it_backfires():
    assessment = assess(Case(offer_base=85_000.0), [Reason("deserve_more", "I deserve more")])
    assert assessment.verdict == "accept" and assessment.weak_keys == ["deserve_more"]
    assert any("would backfire" in line and "entitlement" in line for line in assessment.explanations)
