""""Always negotiate" advice is heard however it is put, and backfires: it gives the employer no reason to move."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason
from actions.coach.decision import assess
from actions.coach.kinds.always_negotiate import KIND

STRONG = Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=100_000.0, evidence="my W-2")


@pytest.mark.parametrize("said", [
    "never accept the first offer", "Everyone says you should always counter", "my dad told me to negotiate",
    "I don't want to leave money on the table", "they always expect a counter", "you're expected to negotiate",
    "my buddy says I should have asked for more", "My mentor advised me to push for more",
    "I'd be an idiot if I don't counter",
])
def test_advice_to_ask_is_recognised(said):
    assert KIND.matches(said)


@pytest.mark.parametrize("said", ["the pay is lower than my current job", "I want to negotiate the travel",
                                  "my friends got signing bonuses"])
def test_a_reason_about_this_offer_is_not_advice(said):
    assert not KIND.matches(said)


def test_it_fails_as_general_advice_with_no_gap_whatever_the_figures():
    checked = check_reason(Reason("always_negotiate", "never accept the first offer"), STRONG)
    assert {check.name: check.passed for check in checked.checks} == {
        "relevant": False, "concrete": False, "truthful": True}
    assert "general advice" in checked.checks[0].why and "no gap" in checked.checks[1].why


def test_on_its_own_it_leads_to_accepting_and_says_why_it_backfires():
    assessment = assess(Case(offer_base=85_000.0), [Reason("always_negotiate", "everyone says always counter")])
    assert assessment.verdict == "accept" and assessment.weak_keys == ["always_negotiate"]
    assert any("would backfire" in line and "no reason to move" in line for line in assessment.explanations)
