"""The registry is the only list of kinds, and every kind in it has every part it needs."""
import re
from pathlib import Path

import pytest
import yaml

from actions.coach.case import Case, Reason
from actions.coach.kinds import BACKFIRING_KEYS, BY_INTENT, KINDS, VALID_KEYS
from actions.coach.drafts.phrasebook import LEVELS, Phrasebook

ROOT = Path(__file__).resolve().parents[3]
SLOTS_ASKED = {"previous_earnings", "evidence", "competing_offer", "competing_offer_in_writing", "would_choose_other"}


def test_kinds_match_the_contract():
    assert set(VALID_KEYS) == {"below_previous_earnings", "larger_territory", "changed_terms", "competing_offer"}
    assert set(BACKFIRING_KEYS) == {"always_negotiate", "deserve_more", "friends_perks", "testing_limits"}


@pytest.mark.parametrize("key", list(KINDS))
def test_every_kind_has_what_the_reading_and_the_checks_need(key):
    kind = KINDS[key]
    assert kind.key == key and kind.label and kind.cues and callable(kind.check)
    for cue in kind.cues:
        re.compile(cue)
    for follow_up in kind.follow_ups:
        assert follow_up.slot in SLOTS_ASKED and follow_up.why
    checks = kind.check(Reason(key, "something"), Case())
    assert {check.name for check in checks} <= {"relevant", "concrete", "truthful"}
    assert all(check.why for check in checks)


@pytest.mark.parametrize("key", VALID_KEYS)
def test_every_kind_that_can_be_leverage_can_be_ranked_proven_and_drafted(key):
    kind = KINDS[key]
    assert kind.strength > 0 and kind.evidence_markers and kind.gap_and_ask and kind.phrases
    if "evidence" in {follow_up.slot for follow_up in kind.follow_ups}:
        assert kind.proof  # the evidence question names what suits it
    say = Phrasebook("seed", "default", LEVELS[0], kind.phrases)
    case = Case(offer_base=80_000.0, offer_variable=0.0, previous_earnings=90_000.0, competing_offer=100_000.0,
                competing_offer_in_writing=True, would_choose_other=True)
    checked = type("Checked", (), {"key": key, "reason": Reason(key, "The territory is 5 states, others have 2")})
    gap, ask, _ = kind.gap_and_ask(case, checked, 0, say, LEVELS[0])
    assert gap and ask.endswith("?")


def test_leverage_ranks_are_distinct():
    ranks = [KINDS[key].strength for key in VALID_KEYS]
    assert len(set(ranks)) == len(ranks)
    assert sorted(VALID_KEYS, key=lambda key: KINDS[key].strength)[:2] == ["below_previous_earnings", "competing_offer"]


@pytest.mark.parametrize("key", BACKFIRING_KEYS)
def test_every_kind_that_backfires_says_why_and_fails_a_check(key):
    kind = KINDS[key]
    assert not kind.valid and kind.backfires_because and not kind.gap_and_ask
    assert not all(check.passed for check in kind.check(Reason(key, "anything"), Case()))


def test_every_kind_has_its_intent_in_the_domain():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    concern_intents = {intent for intent in domain["intents"] if intent.startswith("concern_")}
    assert set(BY_INTENT) == concern_intents
    assert set(BY_INTENT.values()) == set(KINDS)
