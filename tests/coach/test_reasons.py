"""Recognising reasons in free text: many phrasings, several reasons per message, nothing invented."""
import pytest
from hypothesis import given, strategies as st

from actions.coach.kinds import KINDS
from actions.coach.reasons import (find_reasons, follow_ups, from_intent, plans_to_misstate,
                                   says_nothing_stands_in_the_way, without_misstatements)
from actions.coach.case import Reason


def keys(text):
    return [reason.key for reason in find_reasons(text)]


@pytest.mark.parametrize("text, expected", [
    ("It's a pay cut compared to my current job.", ["below_previous_earnings"]),
    ("Honestly I'd be going backwards financially", ["below_previous_earnings"]),
    ("the total is less than what I make today", ["below_previous_earnings"]),
    ("This would be a step back for me and my kids", ["below_previous_earnings"]),
    ("I'd be taking a hit of about 10k", ["below_previous_earnings"]),
    ("It's lower than my current package", ["below_previous_earnings"]),
    ("They gave me six states while the rest of the team has three", ["larger_territory"]),
    ("my patch has twice as many accounts as my peers, same quota", ["larger_territory"]),
    ("The job ad said fully remote but the contract says 4 days in the office", ["changed_terms"]),
    ("In the interview they told me travel would be 10%, the letter says 50%", ["changed_terms"]),
    ("The recruiter promised 25 days PTO and the offer has 15", ["changed_terms"]),
    ("I have another offer from Initech for more money", ["competing_offer"]),
    ("A competing company offered me 150k in writing", ["competing_offer"]),
    ("My uncle says always counter", ["always_negotiate"]),
    ("you're supposed to negotiate, right? never take the first offer", ["always_negotiate"]),
    ("I feel I deserve more than this", ["deserve_more"]),
    ("I'm worth more, I've been top of my class", ["deserve_more"]),
    ("My friends all got signing bonuses", ["friends_perks"]),
    ("people I know at other companies get a car allowance", ["friends_perks"]),
    ("I want to see how far they'll go", ["testing_limits"]),
    ("just to see if they budge", ["testing_limits"]),
    ("Nothing, I'm happy with it", []),
    ("No, it all looks great", []),
])
def test_one_reason_in_many_phrasings(text, expected):
    assert keys(text) == expected


def test_several_reasons_in_one_message_keep_their_order_and_their_own_words():
    text = ("It's below what I earn now. Also my friends got a signing bonus, "
            "and I have another offer from Globex.")
    reasons = find_reasons(text)
    assert [r.key for r in reasons] == ["below_previous_earnings", "friends_perks", "competing_offer"]
    assert "friends" in reasons[1].said and "Globex" in reasons[2].said


def test_friends_advice_and_perks_are_both_heard():
    assert keys("My buddies say always ask for more, and they all got signing bonuses") == [
        "always_negotiate", "friends_perks"]


def test_a_clause_about_friends_raises_nothing_else():
    # "more vacation" would look like a term of this job if the clause were not about friends.
    assert keys("my friends at bigger firms get more vacation and a higher offer") == ["friends_perks"]


@pytest.mark.parametrize("text", [
    "I'll tell them I have another offer even though I don't",
    "could I bluff about a competing offer?",
    "I want to pretend I make 120k",
    "I'll say I earn 100k but I actually make 80k",
])
def test_plans_to_misstate_are_noticed(text):
    assert plans_to_misstate(text)


@pytest.mark.parametrize("text", [
    "I have another offer in writing from Acme",
    "I make 80k now and the offer is 75k",
    "I don't have another offer, I just want to be sure",
])
def test_honest_statements_are_not_misstatements(text):
    assert not plans_to_misstate(text)


def test_the_nlu_adds_a_kind_the_patterns_missed_only_when_confident():
    found = find_reasons("the numbers just don't work for my mortgage")
    assert from_intent("concern_below_previous", 0.9, "x", found)[-1].key == "below_previous_earnings"
    assert from_intent("concern_below_previous", 0.7, "x", found) == found
    assert from_intent("greet", 0.99, "x", found) == found


def test_the_nlu_adds_nothing_when_the_patterns_found_a_reason():
    found = find_reasons("My current company put a written retention offer on the table")
    assert [r.key for r in found] == ["competing_offer"]
    assert from_intent("concern_below_previous", 0.95, "x", found) == found


def test_follow_ups_are_in_order_without_repeats():
    reasons = [Reason("below_previous_earnings", "a"), Reason("larger_territory", "b")]
    assert follow_ups(reasons) == ["previous_earnings", "evidence"]
    assert follow_ups([Reason("competing_offer", "c")])[:3] == [
        "competing_offer", "competing_offer_in_writing", "would_choose_other"]
    assert follow_ups([Reason("friends_perks", "d")]) == []


@pytest.mark.parametrize("text", ["nothing", "Nope", "not really", "no, all good", "I'm happy with it"])
def test_nothing_stands_in_the_way(text):
    assert says_nothing_stands_in_the_way(text)


@given(st.text(max_size=300))
def test_any_text_is_read_without_error(text):
    for reason in find_reasons(text):
        assert reason.key in KINDS


def test_a_misstatement_taints_only_what_it_is_about():
    text = ("Offer is a step back from my current pay, and I'm also thinking of saying I have a 150k offer "
            "elsewhere to add pressure. I don't actually have one.")
    reasons = {r.key: r for r in find_reasons(text)}
    assert not reasons["below_previous_earnings"].misstated
    assert reasons["competing_offer"].misstated
    assert "150k" not in without_misstatements(text)
    assert "step back" in without_misstatements(text)


@pytest.mark.parametrize("text", [
    "Offer from Corvid Security: 100k base + 40k commission",
    "Got an offer from Sterling Bank for a banking role",
    "I'll tell them what I actually make",
])
def test_the_candidates_own_offer_is_not_a_competing_one(text):
    assert "competing_offer" not in keys(text)
    assert not plans_to_misstate(text)


@pytest.mark.parametrize("text, expected", [
    ("a recruiter hinted I could get 150k somewhere else", "competing_offer"),
    ("a recruiter from Nimbus told me they'd probably offer me ~140k", "competing_offer"),
    ("Ridgeline gave me an offer I turned down last week", "competing_offer"),
    ("it's a step down from my 92k salary", "below_previous_earnings"),
    ("the recruiter told me Monday to Friday only, the letter has Saturdays", "changed_terms"),
    ("The offer letter doesn't match what they told me in the interviews", "changed_terms"),
])
def test_more_phrasings(text, expected):
    assert expected in keys(text)
