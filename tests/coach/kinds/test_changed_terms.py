"""Changed terms count when the reason names the term and what was described before, with proof."""
from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason


def checks(said, evidence, concern=None):
    checked = check_reason(Reason("changed_terms", said), Case(evidence=evidence, concern=concern or said))
    return {check.name: check.passed for check in checked.checks}


def test_a_change_with_the_term_what_was_said_and_proof_counts():
    assert all(checks("The recruiter said fully remote but the letter says hybrid",
                      "I have the job posting and an email").values())
    assert all(checks("the recruiter told me Monday to Friday only, the letter has every other Saturday",
                      "I have a screenshot of the posting").values())


def test_a_change_of_terms_must_name_the_term():
    assert not checks("The offer letter doesn't match what they told me in the interviews",
                      "the job posting said hybrid")["relevant"]


def test_an_assumed_benefit_is_no_change_of_terms():
    assert not checks("There's no 401k match. Nobody mentioned a match, I just assumed one.", "no")["concrete"]


def test_a_change_the_candidate_welcomes_is_no_obstacle():
    said = "In the interviews they said hybrid with three office days, but the letter says fully remote."
    assert not checks(said, "the job posting said hybrid", concern=said + " I'm fine with remote.")["relevant"]


def test_a_change_only_said_on_a_call_cannot_be_shown():
    assert not checks("They told me 10% travel and the offer says 40% travel", "it was only on a call")["truthful"]


def test_a_wish_is_described_as_a_wish_never_as_a_change():
    from actions.coach.kinds.changed_terms import describe
    wish = describe(Reason("changed_terms", "the start date, i wanted march 1"), Case())
    assert wish.startswith("the start date, which you'd like changed") and "differs" not in wish
    change = describe(Reason("changed_terms", "the recruiter said 25% travel, the letter says 60%"), Case())
    assert change.startswith("a change from what was described")
