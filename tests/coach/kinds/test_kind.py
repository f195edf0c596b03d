"""What every kind holds, and the small pieces its three checks are built from."""
from actions.coach.case import Case, Check, Reason
from actions.coach.kinds.kind import (ReasonKind, backed_up, backfiring, concrete, honest, next_part, relevant,
                                      truthful)

CHECKER = backfiring((False, "not this job"), (True, "specific"), (True, "real"))
PLAIN = ReasonKind(key="plain", label="A plain kind", intent="concern_plain", cues=(r"\bstep back\b",), check=CHECKER)


def test_a_kind_that_backfires_can_never_be_leverage():
    assert PLAIN.valid
    assert not ReasonKind("b", "B", "concern_b", (), CHECKER, backfires_because="it backfires").valid


def test_cues_match_a_clause_whatever_its_case():
    assert PLAIN.matches("It's a STEP BACK for me") and not PLAIN.matches("a step forward")


def test_a_kind_is_said_as_its_description_when_it_has_one_else_as_its_label():
    described = ReasonKind("d", "Label", "concern_d", (), CHECKER,
                           describe=lambda reason, case: f"{case.money(case.offer_base)} offered")
    reason = Reason("d", "whatever they typed")
    assert described.said_as(reason, Case(offer_base=85_000.0)) == "$85,000 offered"
    assert PLAIN.said_as(reason, Case()) == "A plain kind"


def test_the_checks_are_named_for_the_three_tests():
    assert [relevant(True, "a"), concrete(False, "b"), truthful(True, "c")] == [
        Check("relevant", True, "a"), Check("concrete", False, "b"), Check("truthful", True, "c")]


def test_a_plan_to_state_something_untrue_fails_truthfulness():
    (check,) = honest(Reason("competing_offer", "I'll say I have one", misstated=True))
    assert check.name == "truthful" and not check.passed and "isn't so" in check.why
    assert honest(Reason("competing_offer", "I have one in writing")) == []


def test_proof_they_hold_passes_truthfulness_and_none_says_what_to_gather():
    held = backed_up(Case(evidence="yes, my pay stubs"), "your pay")
    assert held == Check("truthful", True, "You can show your pay if asked.")
    for evidence in (None, "no", "I'm not sure"):
        missing = backed_up(Case(evidence=evidence), "your pay")
        assert not missing.passed and "gather it" in missing.why


def test_a_backfiring_check_gives_the_same_three_answers_whatever_was_said():
    strong = Case(offer_base=85_000.0, previous_earnings=120_000.0, evidence="my W-2")
    assert CHECKER(Reason("x", "anything"), strong) == CHECKER(Reason("x", "else"), Case()) == [
        Check("relevant", False, "not this job"), Check("concrete", True, "specific"), Check("truthful", True, "real")]


def test_a_second_item_uses_its_next_phrasing_where_the_kind_has_one():
    phrases = {"gap": {"default": ("a",)}, "gap_next": {"default": ("b",)}, "ask": {"default": ("c",)}}
    assert [next_part("gap", 0, phrases), next_part("gap", 1, phrases), next_part("ask", 1, phrases)] == [
        "gap", "gap_next", "ask"]
