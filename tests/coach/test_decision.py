"""The judgement as a table: what the candidate said, and what a careful coach concludes."""
import pytest

from actions.coach.case import Case
from actions.coach.decision import MAX_ITEMS, assess, with_discovered
from actions.coach.reasons import find_reasons

OFFER = dict(offer_base=85000.0, offer_variable=35000.0)  # 120k total
PROOF = "yes, I have pay stubs and the emails"


def judge(concern, **facts):
    case = Case(concern=concern, **{**OFFER, **facts})
    return assess(case, find_reasons(concern))


CASES = [
    # (id, concern, facts, verdict, leverage, weak must include)
    ("pay cut with proof", "It's a pay cut from my current job",
     dict(previous_earnings=130000.0, evidence=PROOF), "negotiate", ["below_previous_earnings"], []),
    ("pay cut on base only", "the base is lower than my current base",
     dict(previous_earnings=118000.0, previous_base=95000.0, evidence=PROOF), "negotiate",
     ["below_previous_earnings"], []),
    ("pay cut that is not one", "This feels like a step back",
     dict(previous_earnings=110000.0, previous_base=80000.0, evidence=PROOF), "accept", [],
     ["below_previous_earnings"]),
    ("pay cut without proof", "I'd be earning less than I make now",
     dict(previous_earnings=140000.0, evidence="no, I can't prove it"), "accept", [], ["below_previous_earnings"]),
    ("pay cut, unsure about proof", "it's a pay cut",
     dict(previous_earnings=140000.0, evidence="I'm not sure"), "accept", [], ["below_previous_earnings"]),
    ("pay cut, no figure", "it's a pay cut", dict(evidence=PROOF), "accept", [], ["below_previous_earnings"]),
    ("competing offer, strong", "I have another offer from Globex",
     dict(competing_offer=140000.0, competing_offer_in_writing=True, would_choose_other=True), "negotiate",
     ["competing_offer"], []),
    ("competing offer, verbal", "I have another offer from Globex",
     dict(competing_offer=140000.0, competing_offer_in_writing=False, would_choose_other=True), "accept", [],
     ["competing_offer"]),
    ("competing offer, would not take it", "I have another offer from Globex",
     dict(competing_offer=140000.0, competing_offer_in_writing=True, would_choose_other=False), "accept", [],
     ["competing_offer"]),
    ("competing offer, lower", "I have another offer from Globex",
     dict(competing_offer=100000.0, competing_offer_in_writing=True, would_choose_other=True), "accept", [],
     ["competing_offer"]),
    ("competing offer, equal", "another company offered me the same",
     dict(competing_offer=120000.0, competing_offer_in_writing=True, would_choose_other=True), "accept", [],
     ["competing_offer"]),
    ("territory with numbers", "My territory is 5 states, everyone else covers 2",
     dict(evidence="the manager showed me the territory map"), "negotiate", ["larger_territory"], []),
    ("territory in words", "my territory is four regions while the others cover two",
     dict(evidence="I have the account list"), "negotiate", ["larger_territory"], []),
    ("territory, vague", "the territory seems big",
     dict(evidence="I have the account list"), "accept", [], ["larger_territory"]),
    ("territory, no proof", "My territory is 5 states, everyone else covers 2",
     dict(evidence="no"), "accept", [], ["larger_territory"]),
    ("remote became hybrid", "The recruiter said fully remote but the letter says hybrid",
     dict(evidence="I have the job posting and an email"), "negotiate", ["changed_terms"], []),
    ("travel changed, no proof", "They told me 10% travel and the offer says 40% travel",
     dict(evidence="it was only on a call"), "accept", [], ["changed_terms"]),
    ("always negotiate", "everyone says never take the first offer", {}, "accept", [], ["always_negotiate"]),
    ("deserve more", "I deserve more than this", {}, "accept", [], ["deserve_more"]),
    ("friends' perks", "my friends got signing bonuses", {}, "accept", [], ["friends_perks"]),
    ("testing limits", "I just want to see how far they'll go", {}, "accept", [], ["testing_limits"]),
    ("nothing", "nothing, it's great", {}, "accept", [], []),
    ("valid and backfiring", "It's a pay cut. Also my friends get more vacation.",
     dict(previous_earnings=130000.0, evidence=PROOF), "negotiate", ["below_previous_earnings"], ["friends_perks"]),
    ("bluff about an offer", "I'll tell them I have another offer even though I don't",
     dict(competing_offer=150000.0, competing_offer_in_writing=True, would_choose_other=True), "accept", [],
     ["competing_offer"]),
    ("deserve more hides a real step back", "I deserve more",
     dict(previous_earnings=150000.0, evidence=PROOF), "negotiate", ["below_previous_earnings"], ["deserve_more"]),
]


@pytest.mark.parametrize("name, concern, facts, verdict, leverage, weak", CASES, ids=[c[0] for c in CASES])
def test_the_judgement(name, concern, facts, verdict, leverage, weak):
    assessment = judge(concern, **facts)
    assert assessment.verdict == verdict
    assert assessment.leverage_keys == leverage
    assert set(weak) <= set(assessment.weak_keys)
    assert not set(assessment.leverage_keys) & set(assessment.weak_keys)


def test_at_most_two_items_go_forward_strongest_first():
    concern = ("It's a pay cut. The recruiter said remote but the letter says hybrid. "
               "My territory is 6 states and others have 2. I have another offer from Globex.")
    assessment = judge(concern, previous_earnings=150000.0, evidence="yes, emails, stubs and the map",
                       competing_offer=160000.0, competing_offer_in_writing=True, would_choose_other=True)
    assert assessment.verdict == "negotiate"
    assert len(assessment.leverage) == MAX_ITEMS
    assert assessment.leverage_keys == ["below_previous_earnings", "competing_offer"]
    assert [c.key for c in assessment.dropped] == ["changed_terms", "larger_territory"]
    assert not assessment.weak


def test_every_reason_is_explained():
    assessment = judge("It's a pay cut. My friends get more.", previous_earnings=130000.0, evidence=PROOF)
    text = "\n".join(assessment.explanations)
    assert "counts" in text and "backfire" in text
    assert "$120,000" in text and "$130,000" in text


def test_a_deal_breaker_is_named_plainly():
    assessment = judge("It's a pay cut", previous_earnings=130000.0, evidence=PROOF, accept_as_is=False)
    assert assessment.deal_breaker
    assert any("deal-breaker" in line for line in assessment.explanations)


def test_a_misstatement_is_declined_in_so_many_words():
    assessment = judge("I want to bluff about another offer")
    assert any("won't help" in line for line in assessment.explanations)


def test_nothing_is_discovered_when_no_reason_was_raised():
    case = Case(offer_base=50000.0, offer_variable=0.0, previous_earnings=90000.0)
    assert with_discovered(case, []) == []


def test_accepting_comes_with_what_to_confirm_in_writing():
    assert any("in writing" in line for line in judge("nothing, it's great").explanations)
