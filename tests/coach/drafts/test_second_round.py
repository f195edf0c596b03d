"""The messages after the employer's answer: a decline, a nudge, a cover note for proof, a closing reply."""
import re

import pytest

from actions.coach.case import Case
from actions.coach.drafts.phrasebook import STYLES
from actions.coach.drafts.second_round import closing, decline, nudge, proof_note
from actions.coach.drafts.text import word_count
from tests.coach.drafts.rules import PRESSURE, RUNNER_BANNED, limit_for

CASE = Case(offer_base=85_000.0, role="Account Executive lol", company="Contoso",
            concern="ugh my friends get more and honestly I deserve it", evidence="yes lol my paystubs, ugh")
DRAFTS = {"decline": lambda case, style: decline(case, style),
          "silent": lambda case, style: nudge(case, False, style),
          "deadline": lambda case, style: nudge(case, True, style),
          "proof": lambda case, style: proof_note(case, ["pay stubs", "my W-2"], style),
          "closing": lambda case, style: closing(case, style)}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", list(DRAFTS))
def test_every_message_keeps_the_rules_in_every_style(name, style):
    draft = DRAFTS[name](CASE, style)
    assert word_count(draft) <= limit_for(style)
    assert not PRESSURE.search(draft) and not RUNNER_BANNED.search(draft), draft
    assert "None" not in draft and "{" not in draft
    assert DRAFTS[name](CASE, style) == draft
    if style == "email":
        assert draft.startswith("Subject: ") and draft.endswith("[Your name]")
    if style == "phone":
        assert all(line.startswith("- ") for line in draft.split("\n"))


@pytest.mark.parametrize("name", list(DRAFTS))
def test_nothing_the_candidate_typed_reaches_the_message_but_the_names(name):
    draft = DRAFTS[name](CASE, "default").lower()
    for words in ("lol", "ugh", "honestly", "friends", "deserve", "paystubs"):
        assert not re.search(rf"\b{words}\b", draft), (words, draft)


def test_the_decline_thanks_says_no_and_leaves_the_door_open():
    draft = decline(CASE)
    assert "the Account Executive role at Contoso" in draft
    assert re.search(r"\bthank", draft, re.I) and re.search(r"not to (?:go ahead|proceed)|won.t be moving forward", draft)
    assert "stay in touch" in draft


def test_the_nudge_after_silence_asks_for_news_and_before_a_deadline_promises_an_answer():
    silent, deadline = nudge(CASE, False), nudge(CASE, True)
    assert "timeline" not in silent and ("update" in silent or "where things stand" in silent)
    assert "timeline" in deadline and "point I raised" in deadline


def test_the_proof_note_names_the_items_in_the_coachs_words():
    assert "I've attached pay stubs and my W-2" in proof_note(CASE, ["pay stubs", "my W-2"])
    assert "attached the documents" in proof_note(CASE, [])


def test_the_closing_reply_accepts_the_news_without_argument():
    draft = closing(CASE)
    assert re.search(r"Thank you for (?:letting me know|telling me)", draft) and "stay in touch" in draft
    assert "?" not in draft  # no question back, no push to reconsider


def test_a_case_with_no_names_speaks_of_the_role():
    assert "the offer for the role" in decline(Case(role="idk", company="none"))


def test_an_unknown_style_is_refused():
    with pytest.raises(ValueError):
        closing(CASE, "shouty")


def test_the_formal_closing_has_no_contractions():
    assert "n't" not in closing(CASE, "formal") and "did not work out" in closing(CASE, "formal")
