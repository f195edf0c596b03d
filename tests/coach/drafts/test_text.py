"""The small text tools drafts are written with."""
import pytest

from actions.coach.case import Case
from actions.coach.drafts.text import clean_name, clean_quote, evidence_sentence, role_phrase, word_count


def test_clean_quote_keeps_whole_clauses_and_drops_banned_ones():
    assert clean_quote('"The final letter says hybrid, the recruiter promised remote"') == "the recruiter promised remote"
    assert clean_quote("one two three, four five six", limit=3) == "one two three"
    assert clean_quote("") == ""


@pytest.mark.parametrize("case, phrase", [
    (Case(role="Account Executive", company="Contoso"), "the Account Executive role at Contoso"),
    (Case(role="Sales Engineer role"), "the Sales Engineer role"),
    (Case(company="Acme"), "the role at Acme"),
    (Case(role="skip", company="n/a"), "the role"),
])
def test_role_phrase(case, phrase):
    assert role_phrase(case, 12) == phrase


def test_a_long_name_keeps_the_words_that_matter():
    assert clean_name("Senior Enterprise Account Executive", 2, keep_end=True) == "Account Executive"
    assert clean_name("Globex Corporation Ltd Worldwide", 2) == "Globex Corporation"


@pytest.mark.parametrize("answer, sentence", [
    ("Yes, I can show my W-2", "I can show my W-2."),
    ("the job posting and an email", "I can back this up: the job posting and an email."),
    ("no", ""), ("I'm not sure", ""), ("yes", ""),
])
def test_evidence_sentence(answer, sentence):
    assert evidence_sentence(answer, None) == sentence


def test_word_count_counts_every_token():
    assert word_count("Subject: Hello\n\n[Name],  hi") == 4
