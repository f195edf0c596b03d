"""The acceptance note: every style, every combination of figures, and one exact example."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.coach.case import Case
from actions.coach.drafts.acceptance import acceptance
from actions.coach.drafts.phrasebook import STYLES
from actions.coach.drafts.text import word_count
from tests.coach.drafts.rules import PRESSURE, RUNNER_BANNED, limit_for

ROLES = [None, "Account Executive", "Senior Enterprise Account Executive", "Sales Engineer", "SDR",
         "Regional Sales Manager role"]
COMPANIES = [None, "Contoso", "Northwind Traders", "Fabrikam", "Globex Corporation Ltd"]
AMOUNT_MIN, AMOUNT_MAX = 20_000, 900_000
GRID = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STEP_BACK = Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=122_000.0, previous_base=92_000.0,
                 role="Account Executive", company="Contoso")


@st.composite
def acceptances(draw):
    base = draw(st.one_of(st.none(), st.integers(AMOUNT_MIN, AMOUNT_MAX)))
    variable = draw(st.one_of(st.none(), st.just(0), st.integers(AMOUNT_MIN, AMOUNT_MAX)))
    return Case(offer_base=None if base is None else float(base),
                offer_variable=None if variable is None else float(variable),
                currency=draw(st.sampled_from(["USD", "GBP", "EUR"])),
                role=draw(st.sampled_from(ROLES)), company=draw(st.sampled_from(COMPANIES)))



@GRID
@given(acceptances(), st.sampled_from(STYLES))
def test_every_acceptance_meets_the_rules(case, style):
    note = acceptance(case, style)
    low = note.lower()
    assert "accept" in low
    assert re.search(r"\bthank", note, re.I)
    assert word_count(note) <= limit_for(style), note
    assert not RUNNER_BANNED.search(note) and not PRESSURE.search(note)
    assert "start date" in low and "in writing" in low
    if case.offer_base:
        assert case.money(case.offer_base) in note
        if case.offer_variable:
            assert case.money(case.offer_variable) in note
    assert "None" not in note and "{" not in note
    if style == "email":
        assert note.startswith("Subject: ") and note.endswith("[Your name]")
    if style == "phone":
        assert all(line.startswith("- ") for line in note.split("\n"))
    assert acceptance(case, style) == note


def test_acceptance_note():
    note = acceptance(STEP_BACK)
    assert "accept" in note and re.search(r"\bthank", note, re.I)
    assert "the Account Executive role at Contoso" in note
    assert "a base of $85,000 plus $35,000 variable at target" in note
    assert "start date" in note and "in writing" in note
    assert "forward" in note
    bare = acceptance(Case())
    assert "the role" in bare and "$" not in bare and "None" not in bare
    no_variable = acceptance(Case(offer_base=58_000.0, offer_variable=0.0, currency="GBP"))
    assert "a base of £58,000." in no_variable and "variable" not in no_variable
    email = acceptance(STEP_BACK, "email")
    assert email.startswith("Subject: ") and "accept" in email.split("\n")[0].lower()
