"""The note for after saying yes: thanks, looking forward, what to confirm; never a counter."""
import re

import pytest

from actions.coach.case import Case
from actions.coach.drafts.phrasebook import STYLES
from actions.coach.drafts.signed_note import signed_note
from actions.coach.drafts.text import word_count
from tests.coach.drafts.rules import PRESSURE, RUNNER_BANNED, limit_for

CASE = Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=122_000.0, role="Account Executive",
            company="Contoso", concern="tbh the travel is a lot and my friends get more", evidence="my w2 lol",
            signed=True)


@pytest.mark.parametrize("style", STYLES)
def test_the_note_keeps_the_rules_in_every_style(style):
    note = signed_note(CASE, style)
    assert word_count(note) <= limit_for(style)
    assert not PRESSURE.search(note) and not RUNNER_BANNED.search(note)
    assert "accepted" in note and "start date" in note
    assert signed_note(CASE, style) == note
    if style == "email":
        assert note.startswith("Subject: ") and note.endswith("[Your name]")
    if style == "phone":
        assert all(line.startswith("- ") for line in note.split("\n"))


def test_the_note_is_never_a_counter():
    note = signed_note(CASE)
    assert not re.search(r"\d|\$", note)  # no figures to argue over
    assert not re.search(r"\b(budget|gap|travel|consider|revisit)\b", note, re.I)


def test_nothing_the_candidate_typed_reaches_the_note_but_the_names():
    note = signed_note(CASE).lower()
    assert "the account executive role at contoso" in note
    for words in ("tbh", "lol", "friends", "w2"):
        assert not re.search(rf"\b{words}\b", note)


def test_names_that_are_not_names_leave_the_role_unnamed():
    assert "the offer for the role" in signed_note(Case(role="idk lol", company="Company"))


def test_the_formal_note_has_no_contractions():
    assert not re.search(r"\b(I'm|I'd|I've|isn't|there's|you're)\b", signed_note(CASE, "formal"))


def test_an_unknown_style_is_refused():
    with pytest.raises(ValueError):
        signed_note(CASE, "shouty")
