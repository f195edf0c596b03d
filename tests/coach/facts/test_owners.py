"""Whose a figure is: a figure that is not this offer's (a wish, a friend's pay, the other offer) stays out of it."""
import pytest

from actions.coach.facts.found import MONEY_SLOTS
from actions.coach.facts.reading import read_facts


# (message, slot asked, known, slots that must stay empty): figures that are not this offer's
NOT_THE_OFFER = [
    ("I deserve more than 130k at this point in my career, and a recruiter hinted I could get 150k somewhere else",
     None, None, ("offer_base", "offer_variable")),
    ("I deserve more than 130k at this point in my career, and a recruiter hinted I could get 150k somewhere else",
     "concern", None, ("offer_base", "offer_variable")),
    ("I think I'm worth 140k", None, None, MONEY_SLOTS),
    ("Someone with my background deserves at least 220k.", "concern", None, MONEY_SLOTS),
    ("I got an offer from Acme and I think I deserve 130k", None, None, MONEY_SLOTS),
    ("A friend of mine makes 130k doing the same job", "concern", None, MONEY_SLOTS),
    ("I deserve 130k plus a 20k bonus", None, None, MONEY_SLOTS),
    ("I think I deserve at least 130k base", None, None, MONEY_SLOTS),
    ("I'd like to counter at 130k base", "concern", None, MONEY_SLOTS),
    ("They offered 100k but I want 120k", None, None, ("offer_variable",)),
    ("saying I have a 150k offer elsewhere", None, None, ("offer_base", "offer_variable")),
    ("it's a step down from my 92k salary", "concern", None, ("offer_base", "offer_variable")),
    ("less than my 92k salary now", None, None, ("offer_base", "offer_variable")),
    ("I have a signed 140k offer from Stork Labs", "concern", {"company": "Puffin Networks"},
     ("offer_base", "offer_variable")),
    ("Besides my other offer, Acme offered me 100k base", None, None, ("competing_offer", "other_company")),
]


@pytest.mark.parametrize("text, asked, known, empty", NOT_THE_OFFER)
def test_leaves_figures_that_are_not_the_offers_out_of_it(text, asked, known, empty):
    facts = read_facts(text, asked, known)
    assert not [name for name in empty if name in facts.values]
    assert not facts.questions and not facts.refusals


def test_the_company_named_as_making_another_offer_is_the_other_company():
    facts = read_facts("I have a signed 140k offer from Stork Labs", "concern", {"company": "Puffin Networks"})
    assert facts.values.get("other_company") == "Stork Labs" and facts.values.get("competing_offer") == 140_000


@pytest.mark.parametrize("text, values", [
    ("accepted the offer letter, 12 LPA. my friends got 15 LPA at other companies", {"offer_base": 1200000.0}),
    ("My friends at Google make 200k, I was offered 150k", {"offer_base": 150000.0}),
    ("accepted by email on tuesday, $41/hr 36 hours", {"offer_base": 76752.0}),
])
def test_what_friends_get_is_nobodys_pay_here_and_an_accepted_offer_is_this_one(text, values):
    found = read_facts(text).values
    assert {name: found.get(name) for name in ("offer_base", "competing_offer", "company")} == \
        {"offer_base": values["offer_base"], "competing_offer": None, "company": None}
