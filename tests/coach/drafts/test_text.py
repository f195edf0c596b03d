"""The small text tools drafts are written with, and what may go in a draft as a name."""
import pytest

from actions.coach.case import Case
from actions.coach.drafts.text import clean_name, role_phrase, word_count


@pytest.mark.parametrize("case, phrase", [
    (Case(role="Account Executive", company="Contoso"), "the Account Executive role at Contoso"),
    (Case(role="Sales Engineer role"), "the Sales Engineer role"),
    (Case(company="Acme"), "the role at Acme"),
    (Case(role="skip", company="n/a"), "the role"),
    (Case(role="the AE lol role", company="Company"), "the AE role"),
    (Case(role="the idk what it's called role", company="I don't know if I'm allowed to say"), "the role"),
])
def test_role_phrase(case, phrase):
    assert role_phrase(case, 12) == phrase


@pytest.mark.parametrize("value", ["What do I do??", "idk", "not sure tbh", "the company", "a startup", "them",
                                   "something in fintech", "I'd rather not say", "it's a secret lol"])
def test_what_does_not_read_as_a_name_stays_out(value):
    assert clean_name(value, 12) == ""


def test_a_long_name_keeps_the_words_that_matter():
    assert clean_name("Senior Enterprise Account Executive", 2, keep_end=True) == "Account Executive"
    assert clean_name("Globex Corporation Ltd Worldwide", 2) == "Globex Corporation"


def test_word_count_counts_every_token():
    assert word_count("Subject: Hello\n\n[Name],  hi") == 4
