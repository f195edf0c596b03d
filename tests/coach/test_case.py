"""The rules on a case's figures, written once and used by the checks, the decision and the drafts."""
import pytest

from actions.coach.case import Case


@pytest.mark.parametrize("case, shortfall", [
    (Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=122_000.0), 2_000.0),
    (Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=120_000.0), None),
    (Case(offer_base=85_000.0, previous_earnings=90_000.0), 5_000.0),
    (Case(offer_base=85_000.0), None),
    (Case(previous_earnings=90_000.0), None),
])
def test_pay_shortfall(case, shortfall):
    assert case.pay_shortfall() == shortfall


@pytest.mark.parametrize("case, shortfall", [
    (Case(offer_base=85_000.0, previous_base=92_000.0), 7_000.0),
    (Case(offer_base=95_000.0, previous_base=92_000.0), None),
    (Case(offer_base=95_000.0), None),
])
def test_base_shortfall(case, shortfall):
    assert case.base_shortfall() == shortfall


@pytest.mark.parametrize("case, stronger", [
    (Case(offer_base=100_000.0, offer_variable=20_000.0, competing_offer=130_000.0), True),
    (Case(offer_base=100_000.0, offer_variable=20_000.0, competing_offer=120_000.0), False),
    (Case(offer_base=100_000.0, competing_offer=90_000.0), False),
    (Case(competing_offer=130_000.0), None),
    (Case(offer_base=100_000.0), None),
])
def test_other_offer_is_stronger(case, stronger):
    assert case.other_offer_is_stronger() is stronger


def test_a_figure_is_said_in_the_case_currency():
    assert Case(currency="GBP").money(58_000) == "£58,000"
    assert Case().money(92_000) == "$92,000"
