"""The case's history: one plain entry per round, the summary rows it makes, and the line on what moved the advice."""
from actions.coach.advice import Advice
from actions.coach.case import Assessment
from actions.coach.history import entry, rows, what_changed
from tests.coach.drafts.rules import checked

PAY_CUT = checked("below_previous_earnings", "ugh it's a pay cut lol")
OTHER_OFFER = checked("competing_offer", "Corsair offered me 140k")


def advice(verdict, leverage=(), draft_kind="counter"):
    return Advice([], None, draft_kind, verdict, Assessment(verdict, leverage=list(leverage)))


def test_an_entry_keeps_plain_values_and_none_of_the_candidates_words():
    kept = entry(1, advice("negotiate", [PAY_CUT]), None, "12 May")
    assert kept == {"round": 1, "when": "12 May", "reply": None, "verdict": "negotiate",
                    "leverage": ["below_previous_earnings"], "draft_kind": "counter"}
    assert "pay cut" not in repr(kept)


def test_the_first_round_says_why_and_later_rounds_say_what_came_back():
    first = entry(1, advice("negotiate", [PAY_CUT]), None, "12 May")
    second = entry(2, advice("accept", draft_kind="acceptance"), "partial", "20 May")
    assert rows([first, second]) == [
        ("Round 1, 12 May", "my first view; advice to negotiate (pay below what you earn now); a counter drafted"),
        ("Round 2, 20 May", "they moved part of the way; advice to accept; an acceptance drafted"),
    ]


def test_a_round_after_an_answer_does_not_repeat_the_reasons():
    line = rows([entry(2, advice("negotiate", [PAY_CUT], "decline"), "declined", "today")])[0][1]
    assert "they said no" in line and "a decline drafted" in line and "pay below" not in line


def test_unknown_values_fall_back_to_plain_words():
    odd = {"round": 1.0, "when": "today", "reply": None, "verdict": "accept", "leverage": ["gone"], "draft_kind": "?"}
    assert rows([odd]) == [("Round 1, today", "my first view; advice to accept; a message drafted")]


def test_a_reason_that_now_holds_up_is_named_as_a_new_counter():
    before = entry(1, advice("negotiate", [PAY_CUT]), None, "then")
    changed = what_changed(before, advice("negotiate", [PAY_CUT, OTHER_OFFER]))
    assert changed == ("That changes my advice: a stronger offer in hand is now a real reason, so here's a new "
                       "counter.")


def test_a_reason_that_no_longer_holds_up_says_what_follows():
    before = entry(1, advice("negotiate", [PAY_CUT]), None, "then")
    assert what_changed(before, advice("accept", draft_kind="acceptance")) == (
        "That changes my advice: pay below what you earn now no longer holds up, so accepting is now the smart move.")
    both = entry(1, advice("negotiate", [PAY_CUT, OTHER_OFFER]), None, "then")
    assert what_changed(both, advice("negotiate", [PAY_CUT])) == (
        "That changes my advice: a stronger offer in hand no longer holds up.")


def test_a_verdict_that_moved_without_a_reason_moving_is_said_once():
    before = {"round": 1, "verdict": "negotiate", "leverage": [], "draft_kind": "counter"}
    assert what_changed(before, advice("accept")) == "That changes my advice: it's now to accept."


def test_nothing_is_said_for_a_first_verdict_or_when_nothing_moved():
    now = advice("negotiate", [PAY_CUT])
    assert what_changed(None, now) is None
    assert what_changed(entry(1, now, None, "then"), now) is None
