"""The proof a candidate holds, named in the coach's words, and only for the reasons it backs."""
import pytest

from actions.coach.proof import listed, proof_items


@pytest.mark.parametrize("text, items", [
    ("yes my paystubs and last 2 years w2s", ["pay stubs", "my W-2"]),
    ("the territory map and the account list", ["the territory map", "the territory list"]),
    ("my tax return and bank statements", ["my tax return", "bank statements"]),
    ("the offer letter from Initech", ["the written offer"]),
    ("screenshot of the slack messages", ["a screenshot", "the messages"]),
    ("my comp plan", ["my compensation plan"]),
    ("my P60", ["my P60"]),
])
def test_the_items_named_in_the_coachs_words(text, items):
    assert proof_items(text) == items


def test_the_recruiters_email_is_not_also_a_second_email():
    assert proof_items("I have the recruiter's email and the job posting") == ["the job posting",
                                                                              "the recruiter's email"]


@pytest.mark.parametrize("text", ["no, nothing in writing", "I can't prove it", "no I don't have my pay stubs",
                                  "lol idk", "yes", "", None])
def test_nothing_is_named_when_they_hold_nothing_or_name_nothing(text):
    assert proof_items(text) == []


def test_only_the_proof_for_the_reasons_asked_about_is_kept():
    text = "my pay stubs, the territory map and the offer letter"
    assert proof_items(text, ["larger_territory"]) == ["the territory map"]
    assert proof_items(text, ["competing_offer"]) == ["the written offer"]
    assert proof_items(text, ["below_previous_earnings", "competing_offer"]) == ["pay stubs", "the written offer"]
    assert proof_items(text, ["changed_terms"]) == []


def test_a_comp_plan_backs_both_pay_and_territory():
    assert proof_items("my comp plan", ["larger_territory"]) == proof_items("my comp plan",
                                                                           ["below_previous_earnings"])


def test_items_are_listed_as_a_sentence_would_say_them():
    assert [listed(items) for items in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == ["", "a", "a and b", "a, b and c"]


def test_the_recruiters_email_is_not_also_proof_of_another_offer():
    assert proof_items("I have the recruiter's email and the job posting", ["competing_offer"]) == []
