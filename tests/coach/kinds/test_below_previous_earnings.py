"""Pay below what they earn now counts when the figures show it, in total or in the base, and they can prove it."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason
from actions.coach.drafts.phrasebook import LEVELS, Phrasebook
from actions.coach.kinds.below_previous_earnings import KIND

OFFER = dict(offer_base=85_000.0, offer_variable=35_000.0)  # 120k in total
PROOF = "yes, I have pay stubs"


@pytest.mark.parametrize("facts, counts", [
    (dict(previous_earnings=130_000.0, evidence=PROOF), True),
    (dict(previous_earnings=118_000.0, previous_base=95_000.0, evidence=PROOF), True),  # the base only
    (dict(previous_earnings=110_000.0, previous_base=80_000.0, evidence=PROOF), False),  # not a step back
    (dict(previous_earnings=140_000.0, evidence="no, I can't prove it"), False),
    (dict(previous_earnings=140_000.0, evidence="I'm not sure"), False),
    (dict(evidence=PROOF), False),  # nothing to compare with
])
def test_the_step_back_checks(facts, counts):
    assert check_reason(Reason(KIND.key, "it's a pay cut"), Case(**OFFER, **facts)).passed == counts


def test_the_gap_states_the_total_and_the_base_and_asks_on_the_base():
    case = Case(**OFFER, previous_earnings=122_000.0, previous_base=92_000.0)
    say = Phrasebook("seed", "default", LEVELS[0], KIND.phrases)
    gap, ask, about_money = KIND.gap_and_ask(case, None, 0, say, LEVELS[0])
    assert "$120,000 a year at target ($85,000 base plus $35,000 variable)" in gap[0] and "$122,000" in gap[0]
    assert "$92,000" in gap[1] and "$92,000" in ask and about_money
