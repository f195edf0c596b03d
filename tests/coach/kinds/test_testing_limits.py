"""Testing how far they will go is heard however it is put, and backfires: it presents a tactic as a need."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason
from actions.coach.decision import assess
from actions.coach.kinds.testing_limits import KIND


@pytest.mark.parametrize("said", [
    "I want to see how far they'll go", "just to see if they budge", "let's test the waters",
    "I want to push my luck", "see what happens", "I want to see what I can get", "how much more they'd pay",
    "call their bluff", "squeeze a bit more out", "use the other offer to get more",
])
def test_probing_for_their_limit_is_recognised(said):
    assert KIND.matches(said)


@pytest.mark.parametrize("said", ["I want to see the office", "the territory is five states"])
def test_a_plain_wish_or_fact_is_not_a_probe(said):
    assert not KIND.matches(said)


def test_it_fails_all_three_checks_whatever_the_case():
    case = Case(offer_base=85_000.0, previous_earnings=120_000.0, evidence="my W-2")
    checked = check_reason(Reason("testing_limits", "I want to see how far they'll go"), case)
    assert [check.passed for check in checked.checks] == [False, False, False]
    assert "tactic as a need" in checked.checks[2].why


def test_on_its_own_it_leads_to_accepting_and_says_why_it_backfires():
    assessment = assess(Case(offer_base=85_000.0), [Reason("testing_limits", "just to see if they budge")])
    assert assessment.verdict == "accept" and assessment.weak_keys == ["testing_limits"]
    assert any("would backfire" in line and "runner-up" in line for line in assessment.explanations)


def test_how_far_the_office_is_is_not_a_tactic():
    assert not KIND.matches("I'm worried about how far the office is")
    assert KIND.matches("I want to see how far they will go")
