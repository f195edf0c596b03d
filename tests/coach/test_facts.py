"""Reading one candidate message into slot values, said-back statements, questions and refusals."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.coach.facts import MONEY_SLOTS, NAME_LIMIT, read_facts
from actions.coach.money import YEARLY_CEILING

# (message, slot just asked, slots already known, values expected among those read)
FILLS = [
    # answers to one money question
    ("110k", "offer_base", None, {"offer_base": 110_000}),
    ("$96,500", "offer_base", None, {"offer_base": 96_500, "currency": "USD"}),
    ("ninety-two thousand", "offer_base", None, {"offer_base": 92_000}),
    ("£48k", "offer_base", None, {"offer_base": 48_000, "currency": "GBP"}),
    ("$40 an hour", "offer_base", None, {"offer_base": 83_200}),
    ("€4,000 a month", "offer_base", None, {"offer_base": 48_000, "currency": "EUR"}),
    ("$130k OTE with 100k base", "offer_base", None, {"offer_base": 100_000, "offer_variable": 30_000}),
    ("base is 101k, sorry, 105k", "offer_base", None, {"offer_base": 105_000}),
    ("20k bonus at target", "offer_variable", None, {"offer_variable": 20_000}),
    ("$35k on-target commission", "offer_variable", None, {"offer_variable": 35_000}),
    ("$7,500 a quarter in commission", "offer_variable", None, {"offer_variable": 30_000}),
    ("10% bonus", "offer_variable", {"offer_base": 78_000.0}, {"offer_variable": 7_800}),
    ("15% of base", "offer_variable", {"offer_base": 90_000.0}, {"offer_variable": 13_500}),
    ("130k OTE", "offer_variable", {"offer_base": 100_000.0}, {"offer_variable": 30_000}),
    ("none", "offer_variable", None, {"offer_variable": 0.0}),
    ("no bonus", "offer_variable", None, {"offer_variable": 0.0}),
    ("nothing, sadly", "offer_variable", None, {"offer_variable": 0.0}),
    ("zero variable", "offer_variable", None, {"offer_variable": 0.0}),
    ("it's salary only", "offer_variable", None, {"offer_variable": 0.0}),
    ("0", "offer_variable", None, {"offer_variable": 0.0}),
    ("n/a", "offer_variable", None, {"offer_variable": 0.0}),
    ("118,000 total", "previous_earnings", None, {"previous_earnings": 118_000}),
    ("about 104k last year", "previous_earnings", None, {"previous_earnings": 104_000}),
    ("$45/hr", "previous_earnings", None, {"previous_earnings": 93_600}),
    ("I was on 88k base and made another 22k in commission", "previous_earnings", None,
     {"previous_earnings": 110_000, "previous_base": 88_000}),
    ("140k total, base 120k plus 20k bonus", "competing_offer", None, {"competing_offer": 140_000}),
    ("their base is 115k with a 25k bonus", "competing_offer", None, {"competing_offer": 140_000}),
    ("150k all-in, offer in hand from Fabrikam", "competing_offer", {"company": "Woodgrove"},
     {"competing_offer": 150_000, "other_company": "Fabrikam"}),
    # opening paragraphs
    ("I was offered an AE role at Woodgrove for $88k base plus $40k OTE commission. I currently earn $96k base "
     "plus commission, 130k last year, so this is a pay cut.", None, None,
     {"offer_base": 88_000, "offer_variable": 40_000, "previous_earnings": 130_000, "previous_base": 96_000,
      "role": "AE", "company": "Woodgrove"}),
    ("I'm on a 92k base right now plus about 30k commission, so about 122k last year", None, None,
     {"previous_earnings": 122_000, "previous_base": 92_000}),
    ("95k variable, 190k OTE", None, None, {"offer_variable": 95_000, "offer_base": 95_000}),
    ("Contoso came back with 104k base and a 12% bonus.", None, None,
     {"offer_base": 104_000, "offer_variable": 12_480}),
    ("They want me as a Territory Manager at Litware Inc for £52,000 basic, no commission.", None, None,
     {"role": "Territory Manager", "company": "Litware Inc", "offer_base": 52_000, "offer_variable": 0.0,
      "currency": "GBP"}),
    ("My current base is 105k and the new role pays 98k base plus 20k bonus", None, None,
     {"previous_base": 105_000, "previous_earnings": 105_000, "offer_base": 98_000, "offer_variable": 20_000}),
    ("I make 100k but they're offering 90k base", None, None, {"offer_base": 90_000, "previous_earnings": 100_000}),
    ("I'm on 92k base plus a 10% bonus at my current job", None, None,
     {"previous_base": 92_000, "previous_earnings": 101_200}),
    ("Contoso offered me 120k, and Fabrikam offered 135k", None, None,
     {"company": "Contoso", "offer_base": 120_000, "other_company": "Fabrikam", "competing_offer": 135_000}),
    ("They offered 90k. I also have an offer from Fabrikam for 110k.", None, {"company": "Contoso"},
     {"offer_base": 90_000, "other_company": "Fabrikam", "competing_offer": 110_000}),
    ("I currently work at Tailspin and make 100k. Proseware offered me 95k base.", None, None,
     {"company": "Proseware", "offer_base": 95_000, "previous_earnings": 100_000}),
    ("A Sales Engineer position with Northwind: 105k base and a 15k signing bonus.", None, None,
     {"role": "Sales Engineer", "company": "Northwind", "offer_base": 105_000}),
    ("It's a Regional Sales Director role with Litware, 160k base and 60k OTE commission, plus 40k in RSUs",
     None, None, {"role": "Regional Sales Director", "company": "Litware", "offer_base": 160_000,
                  "offer_variable": 60_000}),
    ("offered $4,200 a month base, I make $5,000 a month now", None, None,
     {"offer_base": 50_400, "previous_earnings": 60_000}),
    # names asked for
    ("It's Senior Account Executive.", "role", None, {"role": "Senior Account Executive"}),
    ("the role is Customer Success Manager, at Proseware", "role", None,
     {"role": "Customer Success Manager", "company": "Proseware"}),
    ("I'm an SDR", "role", None, {"role": "SDR"}),
    ("enterprise AE", "role", None, {"role": "enterprise AE"}),
    ("it's Woodgrove Bank.", "company", None, {"company": "Woodgrove Bank"}),
    ("Procter & Gamble", "company", None, {"company": "Procter & Gamble"}),
    ("Atlassian", "company", None, {"company": "Atlassian"}),
]


@pytest.mark.parametrize("text, asked, known, expected", FILLS)
def test_reads_the_facts(text, asked, known, expected):
    facts = read_facts(text, asked, known)
    for name, value in expected.items():
        if isinstance(value, str):
            assert facts.values.get(name) == value, name
        else:
            assert isinstance(facts.values.get(name), float), name
            assert facts.values[name] == pytest.approx(value), name
    assert not facts.refusals


@pytest.mark.parametrize("text, asked, known, said", [
    ("85k", "offer_base", None, ["I have your base as $85,000 a year."]),
    ("35k commission at target", "offer_variable", None, ["I have your variable pay at target as $35,000 a year."]),
    ("122k", "previous_earnings", None, ["I have your earnings last year as $122,000."]),
    ("$40 an hour", "offer_base", None,
     ["I have your base as $40 an hour, which is $83,200 a year at 2,080 hours."]),
    ("£4,500 a month", "previous_earnings", None,
     ["I have your earnings last year as £4,500 a month, which is £54,000 a year."]),
    ("none", "offer_variable", None, ["I have no variable pay in this offer: it's salary only."]),
    ("10% bonus", "offer_variable", {"offer_base": 80_000.0},
     ["I have your variable pay at target as $8,000 a year (10% of the $80,000 base)."]),
    ("60k", "offer_base", {"currency": "EUR"}, ["I have your base as €60,000 a year."]),
])
def test_says_each_figure_back_as_a_statement(text, asked, known, said):
    assert read_facts(text, asked, known).said_back == said


def test_a_one_off_bonus_is_said_to_be_left_out():
    facts = read_facts("95k base and a 10k sign-on bonus", None)
    assert facts.values["offer_base"] == 95_000 and "offer_variable" not in facts.values
    assert any("left" in line and "$10,000" in line for line in facts.said_back)


# (message, slot asked, known): genuinely ambiguous, so a question and no money value
QUESTIONS = [
    ("80-90k", "offer_base", None),
    ("somewhere between 100k and 110k", "previous_earnings", None),
    ("85", "offer_base", None),
    ("$85", "offer_base", None),
    ("120k OTE", "offer_base", None),  # how much of it is base?
    ("10% bonus", "offer_variable", None),  # 10% of what?
    ("12% commission", "offer_variable", {"offer_base": 90_000.0}),  # share of base or rate on sales?
    ("We agreed 100k base on the phone but the letter says 95k", None, None),
    ("my current salary is 92k plus commission", "previous_earnings", None),  # the total is unknown
    ("85k base, 90k base", None, None),
    ("12345", "role", None),
    ("!!!", "company", None),
]


@pytest.mark.parametrize("text, asked, known", QUESTIONS)
def test_asks_back_only_when_ambiguous(text, asked, known):
    facts = read_facts(text, asked, known)
    assert facts.questions
    assert all(question.endswith("?") for question in facts.questions)
    assert asked not in facts.values
    assert "?" not in "".join(facts.said_back)


def test_the_base_is_kept_when_only_the_variable_is_unclear():
    facts = read_facts("95k base plus 15% commission", None)
    assert facts.values["offer_base"] == 95_000
    assert "offer_variable" not in facts.values and facts.questions


@pytest.mark.parametrize("text, asked", [
    ("-5000", "offer_base"),
    ("minus 90k", "previous_earnings"),
    ("0", "offer_base"),
    ("1e309", "offer_base"),
    ("a billion trillion dollars", "offer_base"),
    ("300,000,000", "competing_offer"),
    ("85k85k", "offer_base"),
])
def test_refuses_absurd_figures_without_filling_the_slot(text, asked):
    facts = read_facts(text, asked)
    assert facts.refusals
    assert not any(name in facts.values for name in MONEY_SLOTS + ("currency",))


@pytest.mark.parametrize("text, asked", [
    ("skip", "role"), ("rather not say", "company"), ("n/a", "role"), ("I'm not sure", "company"),
    ("I'm not sure", "role"), ("prefer not to say", "previous_earnings"), ("Skip this, thanks", "competing_offer"),
    ("not sure", "offer_base"),
])
def test_records_a_skipped_question(text, asked):
    facts = read_facts(text, asked)
    assert facts.declined == [asked]
    assert not facts.values and not facts.questions


@pytest.mark.parametrize("text, asked", [
    ("Yes, I have it in writing", "competing_offer_in_writing"),
    ("Honestly the base is just 10k less than I make now", "concern"),
    ("I have 3 years of pay stubs", "evidence"),
    ("", None),
])
def test_reads_nothing_from_messages_without_facts(text, asked):
    facts = read_facts(text, asked)
    assert not facts.values and not facts.said_back and not facts.questions and not facts.refusals


def test_a_long_name_is_capped_at_a_word():
    facts = read_facts("Senior Enterprise Strategic Account Executive for the North American Financial Services "
                       "Vertical Accounts", "role")
    assert 0 < len(facts.values["role"]) <= NAME_LIMIT
    assert not facts.values["role"].endswith(" ")


# --- properties -------------------------------------------------------------------------------------------

ALLOWED = set(MONEY_SLOTS) | {"previous_base", "currency", "role", "company", "other_company"}
asked_slots = st.sampled_from([None, "role", "company", "offer_base", "offer_variable", "previous_earnings",
                               "competing_offer", "concern", "evidence", "competing_offer_in_writing",
                               "would_choose_other", "accept_as_is"])
words = st.sampled_from([
    "85k", "$", "€", "k", " ", "thousand", "eighty", "billion", "trillion", "1e309", "%", ",", ".", "-", "0",
    "sorry", "I mean", "base", "OTE", "commission", "bonus", "an hour", "a month", "between", "and", "offer",
    "another offer from", "Fabrikam", "I make", "last year", "at", "Woodgrove", "as an", "role", "plus", "\n",
])
messages = st.one_of(st.text(max_size=160), st.lists(words, max_size=18).map(" ".join),
                     st.lists(words, max_size=18).map("".join))


@settings(max_examples=400, deadline=None)
@given(messages, asked_slots, st.sampled_from([None, {"offer_base": 80_000.0, "company": "Woodgrove"}]))
def test_never_raises_and_never_puts_garbage_in_a_slot(text, asked, known):
    facts = read_facts(text, asked, known)
    assert set(facts.values) <= ALLOWED
    for name in MONEY_SLOTS + ("previous_base",):
        if name in facts.values:
            value = facts.values[name]
            assert isinstance(value, float) and math.isfinite(value) and 0 <= value <= YEARLY_CEILING
            assert value > 0 or name == "offer_variable"
    for name in ("role", "company", "other_company"):
        if name in facts.values:
            assert 0 < len(facts.values[name]) <= NAME_LIMIT
    assert all("?" not in line for line in facts.said_back)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1_000, max_value=10_000_000), st.sampled_from(MONEY_SLOTS))
def test_a_plain_figure_fills_the_slot_asked(value, asked):
    assert read_facts(f"{value:,}", asked).values[asked] == value
