"""Never the same question three times: the second unusable answer is met with an assumption, said aloud."""
import pytest

from actions.coach.misses import answered, missed


def test_the_first_miss_is_only_counted():
    assert missed("offer_base", {}) == ({"misses": {"offer_base": 1}}, [])


def test_counting_a_miss_leaves_the_slots_it_was_given_alone():
    slots = {"misses": {"offer_base": 1}}
    missed("offer_base", slots)
    assert slots == {"misses": {"offer_base": 1}}


def test_the_second_miss_on_a_figure_leaves_it_out_and_keeps_other_counts():
    updates, said = missed("offer_base", {"misses": {"offer_base": 1, "role": 1}, "declined": ["company"]})
    assert updates == {"misses": {"role": 1}, "pending": None, "declined": ["company", "offer_base"]}
    assert said == ["I'll leave the base out for now; you can add it when I list the facts."]


def test_a_total_given_twice_for_the_base_is_taken_as_all_base():
    updates, said = missed("offer_base", {"misses": {"offer_base": 1}}, pending_total=110_000.0)
    assert updates["offer_base"] == 110_000 and updates["offer_variable"] == 0
    assert "whole package" in said[0]


@pytest.mark.parametrize("asked, assumed", [
    ("accept_as_is", {"accept_as_is": "unsure"}),
    ("competing_offer_in_writing", {"competing_offer_in_writing": "unsure"}),
    ("evidence", {"evidence": "not sure"}),
    ("facts_confirmed", {"facts_confirmed": "yes"}),
    ("correction", {"change_wanted": False, "correction": None}),
    ("role", {"declined": ["role"]}),
    ("something_else", {"declined": ["something_else"]}),
])
def test_what_is_assumed_after_two_misses(asked, assumed):
    updates, said = missed(asked, {"misses": {asked: 1}, "pending": "yes_but"})
    assert {name: updates.get(name) for name in assumed} == assumed
    assert updates["pending"] is None and len(said) == 1


def test_a_concern_missed_twice_is_taken_as_nothing_more_keeping_the_reasons():
    reasons = [{"key": "friends_perks", "said": "x", "misstated": False}]
    updates, said = missed("other_concern", {"misses": {"other_concern": 1}, "reasons": reasons})
    assert updates["other_concern"] == "" and updates["reasons"] == reasons
    assert "nothing else stands in the way" in said[0]


def test_a_usable_answer_clears_its_count_and_any_question_pending():
    assert answered("offer_base", {"misses": {"offer_base": 1, "role": 1}}) == {"misses": {"role": 1}, "pending": None}
    assert answered("offer_base", {"pending": "yes_but"}) == {"misses": {}, "pending": None}


def test_an_answer_with_nothing_to_clear_changes_nothing():
    assert answered("offer_base", {}) == {}
    assert answered("offer_base", {"misses": {"role": 1}}) == {}


def test_the_other_companys_name_missed_twice_is_left_out():
    updates, said = missed("other_company", {"misses": {"other_company": 1}})
    assert "other_company" in updates["declined"] and "the other company" in said[0]
