"""The employer's answer, as candidates report it."""
import pytest

from actions.coach.employer import reply_in

KNOWN = {"offer_base": 85_000.0}


@pytest.mark.parametrize("text, kind", [
    ("they said yes to everything!", "agreed"),
    ("great, they matched it", "agreed"),
    ("update: they came back with 88k base. i'd asked for 92k", "partial"),
    ("hr came back w 88k, i asked for 92", "partial"),
    ("they can do 2 remote days instead of 3", "partial"),
    ("they said they can't go higher", "declined"),
    ("the recruiter said the budget is fixed", "declined"),
    ("they want my payslip", "proof_requested"),
    ("hr asked me to send the offer letter from the other company", "proof_requested"),
    ("they need an answer by friday", "deadline"),
    ("recruiter ghosted me for a week", "silent"),
    ("no reply since monday", "silent"),
    ("they rescinded it!!", "withdrawn"),
    ("they lowered their offer to 80k", "withdrawn"),
])
def test_the_kind_of_answer(text, kind):
    assert reply_in(text, KNOWN).kind == kind


@pytest.mark.parametrize("text", ["I asked for 92k", "will they take the offer back if I ask for more?",
                                  "ok, B just emailed me the written offer, 170k total", "thanks!"])
def test_a_message_that_reports_no_answer(text):
    assert reply_in(text, KNOWN) is None


@pytest.mark.parametrize("text, base, total", [
    ("hr came back w 88k, i asked for 92", 88_000, None),
    ("they offered 90k instead of 92k", 90_000, None),
    ("they came up to 125k total", None, 125_000),
])
def test_the_figure_they_moved_to_not_the_one_asked_for(text, base, total):
    reply = reply_in(text, KNOWN)
    assert (reply.new_base, reply.new_total) == (base, total)
