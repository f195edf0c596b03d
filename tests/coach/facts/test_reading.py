"""Reading one candidate message into slot values, said-back statements, questions and refusals."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.coach.facts.found import MONEY_SLOTS
from actions.coach.facts.names import NAME_LIMIT
from actions.coach.facts.reading import read_facts
from actions.coach.money.vocabulary import YEARLY_CEILING

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
    # a pay mix ("60/40 split") shares out the OTE: the first share is the base unless the words say otherwise
    ("150k OTE on a 50/50 split", None, None, {"offer_base": 75_000, "offer_variable": 75_000}),
    ("150k OTE on a 50/50 split", "offer_base", None, {"offer_base": 75_000, "offer_variable": 75_000}),
    ("150k OTE, 60/40 split", "offer_base", None, {"offer_base": 90_000, "offer_variable": 60_000}),
    ("$200k OTE with a 70-30 split", None, None, {"offer_base": 140_000, "offer_variable": 60_000}),
    ("OTE is 120k, split 50/50", "offer_base", None, {"offer_base": 60_000, "offer_variable": 60_000}),
    ("180k on-target, 60:40 base to commission", None, None, {"offer_base": 108_000, "offer_variable": 72_000}),
    ("160k OTE, a 40/60 commission/base split", "offer_base", None, {"offer_base": 96_000, "offer_variable": 64_000}),
    ("Got an offer from Wayfinder Freight, 150k OTE on a 50/50 split. I'm happy with it.", None, None,
     {"company": "Wayfinder Freight", "offer_base": 75_000, "offer_variable": 75_000}),
    ("90k base on a 60/40 split", None, None, {"offer_base": 90_000, "offer_variable": 60_000}),
    ("it's a 50/50 split", "offer_variable", {"offer_base": 80_000.0}, {"offer_variable": 80_000}),
    ("I'm on 120k OTE right now, 60/40", None, None, {"previous_earnings": 120_000, "previous_base": 72_000}),
    # an opening or a concern: unlabelled figures go where the words around them say, never to the offer by default
    ("I deserve more than 130k at this point in my career, and a recruiter hinted I could get 150k somewhere else",
     None, None, {"competing_offer": 150_000}),
    ("I deserve more than 130k at this point in my career, and a recruiter hinted I could get 150k somewhere else",
     "concern", {"company": "Kittiwake Pharma"}, {"competing_offer": 150_000}),
    ("I deserve more than 130k, and a recruiter from Ironbark hinted they could probably offer me 150k.", "concern",
     {"company": "Kittiwake Pharma"}, {"competing_offer": 150_000, "other_company": "Ironbark"}),
    ("I'd get 150k at another company", None, None, {"competing_offer": 150_000}),
    ("Another firm would probably offer me 160k", None, None, {"competing_offer": 160_000}),
    ("I have a second offer for 135k", None, None, {"competing_offer": 135_000}),
    ("I have an offer in hand from Fabrikam for 150k", None, {"company": "Woodgrove"},
     {"competing_offer": 150_000, "other_company": "Fabrikam"}),
    ("The offer is 120k", None, None, {"offer_base": 120_000}),
    ("The offer would be 120k", None, None, {"offer_base": 120_000}),
    ("They offered me 105 grand!", None, None, {"offer_base": 105_000}),
    ("offer is 70K + 10K", None, None, {"offer_base": 70_000, "offer_variable": 10_000}),
    ("They offered 100k but I want 120k", None, None, {"offer_base": 100_000}),
    ("They offered 100k base but I want 120k base", None, None, {"offer_base": 100_000}),
    ("It's 120k plus a 20k bonus", None, None, {"offer_base": 120_000, "offer_variable": 20_000}),
    ("20k bonus at target, 100k base", None, None, {"offer_base": 100_000, "offer_variable": 20_000}),
    ("I need to decide on the 120k offer", None, None, {"offer_base": 120_000}),
    ("I earn 130k now it's a pay cut", None, None, {"previous_earnings": 130_000}),
    # "an offer elsewhere" is the other offer, whatever the plan for it
    ("saying I have a 150k offer elsewhere", None, None, {"competing_offer": 150_000}),
    ("saying I have a 150k offer elsewhere", "concern", None, {"competing_offer": 150_000}),
    ("Offer is a step back from my current pay, and I'm also thinking of saying I have a 150k offer elsewhere.",
     None, None, {"competing_offer": 150_000}),
    ("And I might say I have a 150k offer from another company, though I don't.", "concern",
     {"company": "Wren Analytics"}, {"competing_offer": 150_000}),
    ("I have a signed 140k offer from Stork Labs that I'd take if Puffin can't get closer.", "concern",
     {"company": "Puffin Networks"}, {"competing_offer": 140_000, "other_company": "Stork Labs"}),
    ("I have a written offer from another company for $138K total", "concern", {"company": "Osprey"},
     {"competing_offer": 138_000}),
    # "my 92k salary" is the pay they have now
    ("it's a step down from my 92k salary", "concern", None, {"previous_earnings": 92_000, "previous_base": 92_000}),
    ("it's a step down from my 92k salary", None, None, {"previous_earnings": 92_000, "previous_base": 92_000}),
    ("less than my 92k salary now", "concern", None, {"previous_earnings": 92_000, "previous_base": 92_000}),
    ("my current salary of 92k", None, None, {"previous_earnings": 92_000, "previous_base": 92_000}),
    ("The offer is less than my salary of 95k", None, None, {"previous_earnings": 95_000, "previous_base": 95_000}),
    ("it pays less than my 92k salary", None, None, {"previous_earnings": 92_000}),
    ("It's below my $88,000 base", "concern", None, {"previous_earnings": 88_000, "previous_base": 88_000}),
    # whose offer: "offer from X" first, "got an offer from X", "X offered me" is this one unless marked as another
    ("Offer from Corvid Security: 100k base + 40k commission at target. I make 120k now", None, None,
     {"company": "Corvid Security", "offer_base": 100_000, "offer_variable": 40_000, "previous_earnings": 120_000}),
    ("Got an offer from Corvid Security, 100k base and 40k commission. I make 120k now.", None, None,
     {"company": "Corvid Security", "offer_base": 100_000, "offer_variable": 40_000, "previous_earnings": 120_000}),
    ("Corvid Security offered me 100k base plus 40k commission; I currently make 120k", None, None,
     {"company": "Corvid Security", "offer_base": 100_000, "offer_variable": 40_000, "previous_earnings": 120_000}),
    ("I make 120k at my current job. Got an offer from Corvid Security for 100k base.", None, None,
     {"company": "Corvid Security", "offer_base": 100_000, "previous_earnings": 120_000}),
    ("Besides my other offer, Acme offered me 100k base", None, None, {"company": "Acme", "offer_base": 100_000}),
    ("I got an offer from Acme for 100k base, and a second offer from Beta at 120k.", None, None,
     {"company": "Acme", "offer_base": 100_000, "other_company": "Beta", "competing_offer": 120_000}),
    ("Another offer from Beta: 120k base", None, None, {"other_company": "Beta", "competing_offer": 120_000}),
    ("Quantum Freight gave me a written offer for 125k, but I'd never go there", "concern",
     {"company": "Gannet Freight"}, {"other_company": "Quantum Freight", "competing_offer": 125_000}),
    ("offer from Brightline: 140k base 60k variable. I also have Cobalt's signed offer at 230k OTE.", None, None,
     {"company": "Brightline", "offer_base": 140_000, "offer_variable": 60_000, "other_company": "Cobalt",
      "competing_offer": 230_000}),
    # an hourly rate with the hours worked: the hours are not a second figure
    ("$40/hr, full time, 40 hours a week", "offer_base", None, {"offer_base": 83_200}),
    ("$40 an hour, 40-hour week", "offer_base", None, {"offer_base": 83_200}),
    ("40 hours a week at $40 an hour", "offer_base", None, {"offer_base": 83_200}),
    ("$45/hr for 40 hrs/week", "previous_earnings", None, {"previous_earnings": 93_600}),
    # the other offer's figure, and a figure only meant to be told to the employer
    ("the Orbital letter, but it says 105k", "competing_offer", None, {"competing_offer": 105_000}),
    ("the Orbital letter, but it says 105k", "competing_offer", {"company": "Lumen Payroll", "offer_base": 95_000.0},
     {"competing_offer": 105_000}),
    ("the letter from Orbital says 105k", "competing_offer", {"company": "Lumen Payroll"},
     {"competing_offer": 105_000, "other_company": "Orbital"}),
    ("really it's 105k, but I'd tell them 125k", "competing_offer", None, {"competing_offer": 105_000}),
    ("80k for real, but I'd tell them 100k", "previous_earnings", None, {"previous_earnings": 80_000}),
    ("not sure, maybe 20k", "offer_variable", None, {"offer_variable": 20_000}),
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
    ("85k", "offer_base", None, ["I have the offer's base as $85,000 a year."]),
    ("35k commission at target", "offer_variable", None,
     ["I have the offer's variable pay at target as $35,000 a year."]),
    ("122k", "previous_earnings", None, ["I have what you earn now, in total, as $122,000."]),
    ("$40 an hour", "offer_base", None,
     ["I have the offer's base as $40 an hour, which is $83,200 a year at 40 hours a week."]),
    ("£4,500 a month", "previous_earnings", None,
     ["I have what you earn now, in total, as £4,500 a month, which is £54,000 a year."]),
    ("none", "offer_variable", None, ["I have no variable pay in this offer: it's salary only."]),
    ("10% bonus", "offer_variable", {"offer_base": 80_000.0},
     ["I have the offer's variable pay at target as $8,000 a year (10% of the $80,000 base)."]),
    ("60k", "offer_base", {"currency": "EUR"}, ["I have the offer's base as €60,000 a year."]),
])
def test_says_each_figure_back_as_a_statement(text, asked, known, said):
    assert list(read_facts(text, asked, known).said.values()) == said


def test_not_sure_about_the_variable_pay_is_not_zero():
    facts = read_facts("I'm not sure", "offer_variable")
    assert "offer_variable" not in facts.values and facts.declined == ["offer_variable"]


def test_a_question_back_is_not_a_skip():
    facts = read_facts("not sure what you mean?", "offer_variable")
    assert not facts.declined and not facts.values


def test_a_split_is_said_back_as_shares_of_the_ote():
    facts = read_facts("150k OTE, 60/40 split", "offer_base")
    assert list(facts.said.values()) == [
        "I have the offer's base as $90,000 a year (60% of the $150,000 OTE).",
        "I have the offer's variable pay at target as $60,000 a year (40% of the $150,000 OTE)."]


# (message, slot asked, known): genuinely ambiguous, so a question and no money value
QUESTIONS = [
    ("80-90k", "offer_base", None),
    ("$80k - $90k", "offer_base", None),
    ("between 80k and 90k", "offer_base", None),
    ("80 to 90 thousand", "offer_base", None),
    ("somewhere from 95 to 105k", "offer_base", None),
    ("$40-50 an hour", "offer_base", None),
    ("eighty five", "offer_base", None),
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
    assert "?" not in "".join(facts.said.values())


def test_a_range_is_asked_back_with_both_ends():
    question, = read_facts("between 80k and 90k", "offer_base").questions
    assert "$80,000" in question and "$90,000" in question


def test_a_bare_number_offers_both_readings():
    question, = read_facts("85", "offer_base").questions
    assert "$85,000 a year" in question and "$85 an hour" in question


def test_a_ceiling_figure_is_still_read():
    assert read_facts("100,000,000", "offer_base").values["offer_base"] == YEARLY_CEILING


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
    ("minus 85k", "offer_base"), ("negative 40 an hour", "offer_base"), ("$0", "offer_base"), ("0k", "offer_base"),
    ("a billion trillion", "offer_base"), ("200,000,000", "offer_base"), ("$150m", "offer_base"),
    ("9,000,000 a month", "offer_base"), ("$1,000,00", "offer_base"),
])
def test_refuses_absurd_figures_without_filling_the_slot(text, asked):
    facts = read_facts(text, asked)
    assert facts.refusals
    assert not any(name in facts.values for name in MONEY_SLOTS + ("currency",))


@pytest.mark.parametrize("text, asked", [
    ("skip", "role"), ("rather not say", "company"), ("n/a", "role"), ("I'm not sure", "company"),
    ("I'm not sure", "role"), ("prefer not to say", "previous_earnings"), ("Skip this, thanks", "competing_offer"),
    ("not sure", "offer_base"),
    # money questions: not knowing or not saying, anywhere in an answer with no figure
    ("I'm not sure", "offer_variable"), ("not sure, they didn't say", "offer_variable"), ("no idea", "competing_offer"),
    ("dunno", "previous_earnings"), ("I'd rather not say", "previous_earnings"), ("skip", "offer_base"),
    ("can't remember", "previous_earnings"), ("Honestly I can't remember the exact number", "previous_earnings"),
    ("prefer not to say", "competing_offer"), ("I don't know yet, they haven't told me", "offer_base"),
    ("I'm not sure", "offer_base"), ("don't know", "offer_variable"),
    ("I'd rather keep that private", "company"),
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
    assert not facts.values and not facts.said and not facts.questions and not facts.refusals


# --- properties -------------------------------------------------------------------------------------------

ALLOWED = set(MONEY_SLOTS) | {"previous_base", "currency", "role", "company", "other_company", "hourly", "forfeited_bonus"}
asked_slots = st.sampled_from([None, "role", "company", "offer_base", "offer_variable", "previous_earnings",
                               "competing_offer", "concern", "evidence", "competing_offer_in_writing",
                               "would_choose_other", "accept_as_is"])
words = st.sampled_from([
    "85k", "$", "€", "k", " ", "thousand", "eighty", "billion", "trillion", "1e309", "%", ",", ".", "-", "0",
    "sorry", "I mean", "base", "OTE", "commission", "bonus", "an hour", "a month", "between", "and", "offer",
    "another offer from", "Fabrikam", "I make", "last year", "at", "Woodgrove", "as an", "role", "plus", "\n",
    "60/40", "split", "elsewhere", "my", "salary", "not sure", "I'd tell them", "recruiter from",
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
    assert all("?" not in line for line in facts.said.values())


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1_000, max_value=10_000_000), st.sampled_from(MONEY_SLOTS))
def test_a_plain_figure_fills_the_slot_asked(value, asked):
    assert read_facts(f"{value:,}", asked).values[asked] == value
