"""What the coach advises: the first verdict, after signing, and after each kind of answer from the employer."""
import re

import pytest

from actions.coach.advice import advise, needs_answer

STEP_BACK = {"offer_base": 85_000.0, "offer_variable": 35_000.0, "previous_earnings": 122_000.0,
             "previous_base": 92_000.0, "concern": "it's a pay cut", "evidence": "my W-2 and pay stubs",
             "reasons": [{"key": "below_previous_earnings", "said": "it's a pay cut"}], "role": "Account Executive"}


def test_the_first_verdict_comes_with_the_case_at_a_glance():
    advice = advise(dict(STEP_BACK, accept_as_is="yes"))
    assert advice.verdict == "negotiate" and advice.draft_kind == "counter" and advice.summary
    assert "$122,000" in advice.draft


def test_a_signed_offer_is_not_reopened():
    advice = advise(dict(STEP_BACK, signed=True))
    assert advice.draft_kind == "signed" and advice.verdict == "accept"
    assert "accepted" in advice.draft and "$92,000" not in advice.draft
    assert any("Reopening" in line for line in advice.lines)


# (reply, accept as is, what the draft is, words it must say)
AFTER = [
    ("agreed", "yes", "acceptance", r"updated terms"),
    ("partial", "yes", "acceptance", r"\$88,000"),
    ("partial", "no", "decline", r"not to go ahead|won't be moving forward"),
    ("declined", "yes", "acceptance", r"accept"),
    ("declined", "no", "decline", r"stay in touch"),
    ("declined", "unsure", "none", None),
    ("proof_requested", "yes", "proof", r"W-2|pay stubs"),
    ("deadline", "yes", "nudge", r"reply before then|answer in time"),
    ("silent", "yes", "nudge", r"update|where things stand"),
    ("withdrawn", "yes", "closing", r"stay in touch"),
]


@pytest.mark.parametrize("reply, accept, kind, says", AFTER)
def test_after_the_employers_answer(reply, accept, kind, says):
    slots = dict(STEP_BACK, accept_as_is=accept, employer_reply=reply, round=2.0)
    if reply == "partial":
        slots["offer_base"] = 88_000.0
    advice = advise(slots)
    assert advice.draft_kind == kind and advice.lines
    if says:
        assert re.search(says, advice.draft), advice.draft
        assert len(advice.draft.split()) <= 150 and re.search(r"\bthank", advice.draft, re.I)
        assert not re.search(r"\b(?:final offer|ultimatum|demand\w*|or else|deserve)\b", advice.draft, re.I)
    else:
        assert advice.draft is None and any("accept" in line and "decline" in line for line in advice.lines)


def test_an_offer_moved_far_enough_is_accepted_whatever_was_said():
    slots = dict(STEP_BACK, previous_base=None, accept_as_is="no", employer_reply="partial", offer_base=90_000.0)
    advice = advise(slots)
    assert advice.draft_kind == "acceptance" and "$90,000" in advice.draft


@pytest.mark.parametrize("reply, accept, needed", [
    ("partial", "yes", False), ("partial", "no", True), ("partial", None, True),
    ("declined", "yes", False), ("declined", "no", False), ("declined", "unsure", True),
    ("silent", None, False),
])
def test_when_the_candidate_is_asked_again_first(reply, accept, needed):
    assert needs_answer(reply, {"accept_as_is": accept}) is needed
