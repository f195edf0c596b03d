"""Every reason gets the same three checks, in one order, each with its why."""
from actions.coach.case import Case, Reason
from actions.coach.checks import CHECK_NAMES, UNCHECKED, check_reason


def test_checks_always_give_three_results_with_reasons():
    checked = check_reason(Reason("below_previous_earnings", "pay cut"), Case(offer_base=1.0))
    assert [c.name for c in checked.checks] == ["relevant", "concrete", "truthful"]
    assert all(c.why for c in checked.checks)
    assert not checked.passed


def test_a_check_a_kind_did_not_run_is_failed_and_said_so():
    checked = check_reason(Reason("competing_offer", "another offer"), Case())
    assert [c.name for c in checked.checks] == list(CHECK_NAMES)
    truthful = checked.checks[2]
    assert not truthful.passed and truthful.why == UNCHECKED


def test_a_failing_repeat_of_a_check_wins():
    checked = check_reason(Reason("competing_offer", "I'd bluff", misstated=True),
                           Case(offer_base=90_000.0, competing_offer=140_000.0, competing_offer_in_writing=True,
                                would_choose_other=True))
    assert not checked.checks[2].passed
