"""The counter: property tests over a generated grid of cases, then exact examples.

The grid covers every valid reason kind, one and two leverage items, amounts from 20,000 to 900,000 in
USD/GBP/EUR, role/company present or missing, deal_breaker True/False and every style. Each counter must
thank, state the figures it relies on as money, ask once per leverage item, acknowledge the employer's
limits, say the candidate is ready to accept (not negated), stay within the word cap and carry none of
the pressure or backfiring words.
"""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.coach.case import Assessment, Case
from actions.coach.drafts.acceptance import acceptance
from actions.coach.drafts.counter import counter
from actions.coach.drafts.phrasebook import STYLES
from actions.coach.drafts.text import word_count
from actions.coach.kinds import KINDS
from tests.coach.drafts.rules import (LIMITS, NEGATED, PRESSURE, READY, RUNNER_BANNED, THANKS, checked, limit_for,
                                      questions, ready_sentences, sentences)

VALID = ["below_previous_earnings", "larger_territory", "changed_terms", "competing_offer"]

# ---------------------------------------------------------------------------------------------------
# The generated grid

ROLES = [None, "Account Executive", "Senior Enterprise Account Executive", "Sales Engineer", "SDR",
         "Regional Sales Manager role"]
COMPANIES = [None, "Contoso", "Northwind Traders", "Fabrikam", "Globex Corporation Ltd"]
OTHER_COMPANIES = [None, "Initech", "Wayne Enterprises", "Umbrella"]
TERRITORY_SAID = [
    "The territory is five states, the others cover two",
    "The territory they gave me is five states, everyone else on the team covers two, and the quota is the same.",
    "I'd be covering 600 accounts when the standard for the role is about 250",
    "My patch is the whole of the north-west region plus Scotland, while the other reps each have a single "
    "county, and I was told in the second interview that the territories were all the same size, which they are "
    "clearly not according to the map the hiring manager showed me on Tuesday afternoon",
]
CHANGED_SAID = [
    "The recruiter said fully remote but the letter says hybrid three days a week",
    "The recruiter told me three times the role was fully remote, but the offer letter says hybrid with three "
    "office days, and the office is an hour away.",
    "The job ad listed 25 days of holiday and the contract says 20",
    "In the interviews travel was described as occasional; the letter says 50% travel across the region, every "
    "week, with overnight stays, and that was never mentioned by anyone in any of the four rounds of interviews",
]
PAY_SAID = ["The pay is lower than what I make now.", "Taking it would be a step back for my family",
            "It's a pay cut from my current job"]
COMPETING_SAID = ["I have another offer in hand that pays more", "Initech offered me more, in writing"]
EVIDENCE = [None, "Yes, I can show my W-2 and my last pay stub", "the job posting and the recruiter's email",
            "I'm not sure", "No", "The hiring manager showed me the territory map and the team's account list, "
            "600 accounts against about 250 for the others"]
WEAK = [
    checked("friends_perks", "My friends at other companies all get a signing bonus", failing="relevant"),
    checked("deserve_more", "I deserve more with my experience", failing="concrete"),
    checked("always_negotiate", "Everyone says never take the first offer", failing="relevant"),
    checked("testing_limits", "I want to see how far they will go", failing="relevant"),
]
SAID = {"below_previous_earnings": PAY_SAID, "larger_territory": TERRITORY_SAID, "changed_terms": CHANGED_SAID,
        "competing_offer": COMPETING_SAID}

AMOUNT_MIN, AMOUNT_MAX = 20_000, 900_000


@st.composite
def negotiations(draw):
    kinds = draw(st.lists(st.sampled_from(VALID), min_size=1, max_size=2, unique=True))
    currency = draw(st.sampled_from(["USD", "GBP", "EUR"]))
    base = draw(st.integers(AMOUNT_MIN, 700_000))
    variable = draw(st.one_of(st.just(0), st.integers(AMOUNT_MIN, max(AMOUNT_MIN, min(AMOUNT_MAX - base - 50_000,
                                                                                         300_000)))))
    variable = min(variable, AMOUNT_MAX - base - 10_000) if variable else 0
    variable = variable if variable >= AMOUNT_MIN else 0
    total = base + variable
    fields = dict(offer_base=float(base), offer_variable=float(variable), currency=currency,
                  role=draw(st.sampled_from(ROLES)), company=draw(st.sampled_from(COMPANIES)),
                  evidence=draw(st.sampled_from(EVIDENCE)), accept_as_is=draw(st.sampled_from([None, True, False])))
    if "below_previous_earnings" in kinds:
        fields["previous_earnings"] = float(draw(st.integers(total + 1_000, AMOUNT_MAX)))
        if draw(st.booleans()):
            fields["previous_base"] = float(draw(st.integers(max(AMOUNT_MIN, base - 50_000), base + 50_000)))
    else:
        fields["previous_earnings"] = float(draw(st.integers(AMOUNT_MIN, max(AMOUNT_MIN, total))))
    if "competing_offer" in kinds:
        fields.update(competing_offer=float(draw(st.integers(total + 1_000, AMOUNT_MAX))),
                      competing_offer_in_writing=True, would_choose_other=True,
                      other_company=draw(st.sampled_from(OTHER_COMPANIES)))
    case = Case(**fields)
    leverage = [checked(k, draw(st.sampled_from(SAID[k]))) for k in kinds]
    weak = draw(st.lists(st.sampled_from(WEAK), max_size=2, unique_by=lambda c: c.key))
    assessment = Assessment("negotiate", leverage=leverage, weak=weak, deal_breaker=draw(st.booleans()))
    return case, assessment


GRID = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@GRID
@given(negotiations(), st.sampled_from(STYLES))
def test_every_counter_meets_the_rules(generated, style):
    case, assessment = generated
    draft = counter(case, assessment, style)
    low = draft.lower()
    kinds = assessment.leverage_keys

    # (1) thanks and enthusiasm, by name
    assert re.search(r"\bthank", draft, re.I), draft
    assert THANKS.search(draft)
    if case.role:  # squeezed, a role keeps its head noun ("Senior Enterprise Account Executive" -> "Account Executive")
        assert [w for w in case.role.split() if w != "role"][-1] + " role" in draft, draft
    if case.company:  # ... and a company its first words
        assert " at " + case.company.split()[0] in draft
    if not case.role:
        assert "the role" in draft
    assert "None" not in draft and "{" not in draft and "}" not in draft

    # (2) the gap with the figures it relies on, as money
    if "below_previous_earnings" in kinds:
        assert case.money(case.previous_earnings) in draft, draft
        assert case.money(case.offer_total) in draft, draft
    if "competing_offer" in kinds:
        assert case.money(case.competing_offer) in draft, draft
        assert "written offer" in low or "in writing" in low
        if case.other_company:
            assert case.other_company in draft
    if "larger_territory" in kinds:
        assert "territory" in low, draft
    if "changed_terms" in kinds:
        assert "described" in low, draft
    assert not _carries_free_text(draft, assessment, case), draft

    # (3) one ask per leverage item, each tied to its reason
    asked = questions(draft)
    assert len(asked) >= len(kinds), draft
    anchors = {
        "below_previous_earnings": [case.money(case.previous_earnings)]
        + ([case.money(case.previous_base)] if case.previous_base else []),
        "competing_offer": [case.money(case.competing_offer or 0)],
        "larger_territory": ["territory"],
        "changed_terms": ["described"],
    }
    for key in kinds:
        assert any(any(a in q for a in anchors[key]) for q in asked), (key, draft)

    # (4) the employer's limits
    assert LIMITS.search(draft)
    assert "budget" in low and ("equity" in low or "fair" in low), draft

    # (5) ready to accept, not negated
    assert ready_sentences(draft), draft
    assert any(not NEGATED.search(m.group(0)) for m in READY.finditer(draft))

    # deal breaker: said calmly, only when it is one
    hard = "hard to say yes" in low or "hard for me to say yes" in low
    assert hard == assessment.deal_breaker, draft

    # length, pressure words, nothing from the weak reasons
    assert word_count(draft) <= limit_for(style), (word_count(draft), draft)
    assert word_count(draft) == len(draft.split())
    assert not RUNNER_BANNED.search(draft), draft
    assert not PRESSURE.search(draft), draft
    for weak in assessment.weak:
        assert weak.reason.said.lower() not in low
        assert KINDS[weak.key].label.lower() not in low

    # style shape
    if style == "email":
        lines = draft.split("\n")
        assert lines[0].startswith("Subject: ")
        assert lines[2].endswith(",") and "[Name]" in lines[2]
        assert lines[-1] == "[Your name]"
    if style == "phone":
        assert all(line.startswith("- ") for line in draft.split("\n")), draft

    # deterministic
    assert counter(case, assessment, style) == draft


VOCAB = ["the", "territory", "is", "five", "states", "others", "cover", "two", ",", ";", ".", "?", "—", "\"",
         "final", "friends", "deserve", "demand", "or else", "first offer", "won't accept", "non-negotiable",
         "I", "recruiter", "said", "fully", "remote", "letter", "says", "hybrid", "600", "accounts", "Yes,", "no",
         "walk away", "ultimatum", "week", "travel", "of", "and", "but", "my", "quota", "lol", "toddler", "banana",
         "Bob", "honestly", "ugh", "idk", "whatever"]
words = st.lists(st.sampled_from(VOCAB), min_size=0, max_size=90).map(" ".join)


# Words of the candidate's telling that are not facts: none may reach a draft.
JUNK = ("three times", "an hour away", "tuesday afternoon", "hiring manager", "lol", "toddler", "banana", "bob",
        "honestly", "ugh", "idk", "whatever", "my manager")


def _carries_free_text(draft: str, assessment: Assessment, case: Case) -> bool:
    low = draft.lower()
    return any(re.search(rf"\b{re.escape(junk)}\b", low) for junk in JUNK)


@settings(max_examples=300, deadline=None)
@given(kinds=st.lists(st.sampled_from(VALID), min_size=1, max_size=2, unique=True), said=st.tuples(words, words),
       evidence=words, role=st.sampled_from(ROLES), style=st.sampled_from(STYLES), deal_breaker=st.booleans())
def test_any_wording_from_the_candidate_keeps_the_rules(kinds, said, evidence, role, style, deal_breaker):
    """Whatever the candidate typed (long, empty, full of pressure words), the draft still meets the rules."""
    case = Case(offer_base=60_000.0, offer_variable=10_000.0, previous_earnings=90_000.0, competing_offer=95_000.0,
                competing_offer_in_writing=True, evidence=evidence, role=role, company="Contoso")
    assessment = Assessment("negotiate", [checked(k, s) for k, s in zip(kinds, said)], deal_breaker=deal_breaker)
    draft = counter(case, assessment, style)
    assert word_count(draft) <= limit_for(style), draft
    assert re.search(r"\bthank", draft, re.I) and LIMITS.search(draft) and ready_sentences(draft)
    assert not RUNNER_BANNED.search(draft) and not PRESSURE.search(draft), draft
    assert len(questions(draft)) >= len(kinds)
    assert "{" not in draft and "None" not in draft
    assert not _carries_free_text(draft, assessment, case), draft


STEP_BACK = Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=122_000.0, previous_base=92_000.0,
                 role="Account Executive", company="Contoso",
                 evidence="Yes, I can show my W-2 and my last pay stub")
STEP_BACK_ASSESSMENT = Assessment("negotiate", leverage=[checked("below_previous_earnings",
                                                                 "The pay is lower than what I make now.")])

COMPETING = Case(offer_base=110_000.0, offer_variable=20_000.0, previous_earnings=118_000.0,
                 competing_offer=140_000.0, competing_offer_in_writing=True, would_choose_other=True,
                 other_company="Fabrikam")
COMPETING_ASSESSMENT = Assessment("negotiate", leverage=[checked("competing_offer", "I have another offer in hand")])

REMOTE = Case(offer_base=78_000.0, offer_variable=7_800.0, previous_earnings=75_000.0, role="Inside Sales Rep",
              currency="GBP", evidence="Yes, the job posting said remote and I have the recruiter's email")
REMOTE_SAID = ("The recruiter told me three times the role was fully remote, but the offer letter says hybrid "
               "with three office days, and the office is an hour away.")
REMOTE_ASSESSMENT = Assessment("negotiate", leverage=[checked("changed_terms", REMOTE_SAID)])


def test_step_back_states_total_against_previous_earnings_and_asks_on_the_base():
    draft = counter(STEP_BACK, STEP_BACK_ASSESSMENT)
    assert "$120,000" in draft and "$122,000" in draft
    assert "$85,000 base plus $35,000 variable" in draft
    assert "$92,000" in draft  # the base is where the shortfall also is
    assert any("$92,000" in q and "base" in q for q in questions(draft))
    assert "the Account Executive role at Contoso" in draft
    assert "share pay stubs and my W-2" in draft  # the proof, in the coach's words
    assert "Yes," not in draft and "lower than what I make now" not in draft


def test_a_bonus_given_up_by_leaving_asks_for_a_sign_on_bonus():
    case = Case(offer_base=125_000.0, offer_variable=0.0, previous_earnings=125_000.0, forfeited_bonus=10_000.0)
    draft = counter(case, Assessment("negotiate", leverage=[checked("below_previous_earnings", "i'd lose the 10k")]))
    assert "$10,000 bonus" in draft and any("sign-on" in q for q in questions(draft))


def test_only_the_base_short():
    case = Case(offer_base=80_000.0, offer_variable=50_000.0, previous_earnings=120_000.0, previous_base=95_000.0)
    draft = counter(case, STEP_BACK_ASSESSMENT)
    assert "$80,000" in draft and "$95,000" in draft
    assert "$120,000" not in draft  # the total is not below previous earnings, so it is not claimed
    assert any("$95,000" in q for q in questions(draft))


def test_below_previous_without_figures_invents_no_number():
    case = Case(role="SDR")
    draft = counter(case, Assessment("negotiate", leverage=[checked("below_previous_earnings",
                                                                    "It's a pay cut from my current job")]))
    assert not re.search(r"\d", draft)
    assert any("pay" in q for q in questions(draft))


def test_competing_offer_names_figure_writing_and_company():
    draft = counter(COMPETING, COMPETING_ASSESSMENT)
    assert "a written offer from Fabrikam at $140,000 a year" in draft
    assert "$130,000" in draft  # this offer's total, for comparison
    assert any("$140,000" in q for q in questions(draft))
    assert "the role" in draft and "None" not in draft


def test_competing_offer_not_known_to_be_in_writing_is_not_claimed_in_writing():
    case = Case(offer_base=100_000.0, competing_offer=120_000.0)
    draft = counter(case, COMPETING_ASSESSMENT)
    assert "written" not in draft.lower() and "in writing" not in draft.lower()
    assert "$120,000" in draft


def test_changed_terms_states_both_sides_in_the_coachs_words():
    draft = counter(REMOTE, REMOTE_ASSESSMENT)
    assert "remote work was described as fully remote, and the offer says hybrid" in draft
    assert "three times" not in draft and "an hour away" not in draft  # the candidate's telling stays out
    assert "share the job posting and the recruiter's email" in draft
    assert any("described" in q for q in questions(draft))
    assert "£" not in draft and not re.search(r"\d", draft)  # no money reason, so no figures at all
    for style in STYLES:  # squeezing drops the proof before it drops the change itself
        assert "fully remote" in counter(REMOTE, REMOTE_ASSESSMENT, style)


@pytest.mark.parametrize("said, facts", [
    ("recruiter said 25% travel, offer letter says 60%", "travel was described as 25% travel, and the offer says 60% travel"),
    ("The job ad listed 25 days of holiday and the contract says 20", "paid time off was described as 25 days, and the offer says 20 days"),
    ("promised 40k in RSUs, the offer has 20k", "the equity grant was described as $40,000, and the offer says $20,000"),
    ("the offer letter doesn't match what they said", "the terms in the offer differ from what I was told"),
])
def test_a_changed_term_is_stated_from_its_facts(said, facts):
    draft = counter(Case(offer_base=50_000.0), Assessment("negotiate", leverage=[checked("changed_terms", said)]))
    assert facts in draft


def test_weak_and_backfiring_reasons_never_reach_the_draft():
    case = Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=122_000.0,
                competing_offer=150_000.0, other_company="Initech", competing_offer_in_writing=False)
    assessment = Assessment("negotiate", leverage=STEP_BACK_ASSESSMENT.leverage,
                            weak=[checked("competing_offer", "Initech might offer me 150k", failing="truthful"),
                                  checked("friends_perks", "My friends all get signing bonuses", failing="relevant")])
    for style in STYLES:
        draft = counter(case, assessment, style)
        assert "$150,000" not in draft and "Initech" not in draft
        assert "other offer" not in draft.lower() and "signing" not in draft.lower()
        assert not PRESSURE.search(draft)


def test_two_items_each_get_an_ask_and_the_second_is_introduced_as_such():
    assessment = Assessment("negotiate", leverage=[
        checked("larger_territory", "The territory is five states, the others cover two"),
        checked("changed_terms", "The recruiter said fully remote but the letter says hybrid three days a week"),
    ])
    case = Case(offer_base=90_000.0, role="Account Executive", company="Northwind")
    for style in STYLES:
        draft = counter(case, assessment, style)
        asked = questions(draft)
        assert any("territory" in q for q in asked) and any("described" in q for q in asked), draft
        assert "5 states, against 2 states" in draft and "hybrid three days" in draft
        assert "Also" in draft or "also" in draft
        assert word_count(draft) <= limit_for(style)


def test_deal_breaker_is_a_calm_statement_and_fits_the_reason():
    money_case = counter(COMPETING, Assessment("negotiate", COMPETING_ASSESSMENT.leverage, deal_breaker=True))
    assert "at the current figure it would be hard" in money_case.lower()
    terms_case = counter(REMOTE, Assessment("negotiate", REMOTE_ASSESSMENT.leverage, deal_breaker=True))
    assert "it would be hard" in terms_case and "current figure" not in terms_case
    calm = counter(REMOTE, REMOTE_ASSESSMENT)
    assert "hard" not in calm


def test_role_and_company_phrasing():
    base = dict(offer_base=70_000.0, competing_offer=90_000.0, competing_offer_in_writing=True)
    lev = COMPETING_ASSESSMENT
    assert "the role at Acme" in counter(Case(company="Acme", **base), lev)
    assert "the Sales Engineer role" in counter(Case(role="Sales Engineer", **base), lev)
    assert "role role" not in counter(Case(role="Sales Engineer role", **base), lev)
    both_missing = counter(Case(**base), lev)
    assert "the role" in both_missing and " at " not in both_missing.split(".")[0]


def test_styles_have_their_shape():
    email = counter(STEP_BACK, STEP_BACK_ASSESSMENT, "email")
    lines = email.split("\n")
    assert lines[0].startswith("Subject: ") and lines[1] == ""
    assert email.endswith("\n[Your name]") and re.search(r"(regards|sincerely|thanks),\n\[Your name\]$", email, re.I)
    phone = counter(STEP_BACK, STEP_BACK_ASSESSMENT, "phone")
    assert len(phone.split("\n")) >= 5 and all(line.startswith("- ") for line in phone.split("\n"))
    shorter = counter(STEP_BACK, STEP_BACK_ASSESSMENT, "shorter")
    default = counter(STEP_BACK, STEP_BACK_ASSESSMENT, "default")
    assert word_count(shorter) <= 80 and word_count(shorter) < word_count(default)
    formal = counter(COMPETING, COMPETING_ASSESSMENT, "formal")
    assert not re.search(r"\b(I'm|I'd|I've|isn't|there's|you're)\b", formal), formal
    warmer = counter(COMPETING, COMPETING_ASSESSMENT, "warmer")
    assert warmer != default and re.search(r"thrilled|delighted|so much|truly|love|glad", warmer, re.I)


def test_every_style_fits_its_cap_with_two_items_and_a_deal_breaker():
    case = Case(offer_base=60_000.0, offer_variable=60_000.0, previous_earnings=150_000.0, previous_base=80_000.0,
                role="Senior Enterprise Account Executive", company="Globex Corporation Ltd", evidence=EVIDENCE[5])
    assessment = Assessment("negotiate", leverage=[checked("larger_territory", TERRITORY_SAID[3]),
                                                   checked("below_previous_earnings", "a step back")],
                            deal_breaker=True)
    for style in STYLES:
        draft = counter(case, assessment, style)
        assert word_count(draft) <= limit_for(style), (style, word_count(draft), draft)
        assert "territory" in draft and "$150,000" in draft and "$120,000" in draft
        assert "Tuesday afternoon" not in draft


def test_proof_for_a_reason_left_out_is_not_used():
    territory = Assessment("negotiate", leverage=[checked("larger_territory", "The territory is five states")])
    pay_proof = Case(offer_base=50_000.0, evidence="Yes, I can show my W-2 and my last pay stub")
    assert "W-2" not in counter(pay_proof, territory)
    map_proof = Case(offer_base=50_000.0, evidence="the hiring manager showed me the territory map")
    assert "share the territory map" in counter(map_proof, territory)
    for answer in ("I'm not sure", "No", "no, nothing in writing", "yes", "like a screenshot?"):
        assert "share" not in counter(Case(offer_base=50_000.0, evidence=answer), territory)


def test_counter_refuses_without_leverage_or_with_unknown_style():
    with pytest.raises(ValueError):
        counter(STEP_BACK, Assessment("accept"))
    with pytest.raises(ValueError):
        counter(STEP_BACK, Assessment("negotiate", weak=[WEAK[0]]))
    with pytest.raises(ValueError):
        counter(STEP_BACK, STEP_BACK_ASSESSMENT, "shouty")
    with pytest.raises(ValueError):
        acceptance(STEP_BACK, "shouty")


def test_phrasing_varies_between_cases_but_not_between_calls():
    openings = set()
    for base in range(60_000, 100_000, 2_500):
        case = Case(offer_base=float(base), previous_earnings=float(base + 10_000), role="Account Executive")
        draft = counter(case, STEP_BACK_ASSESSMENT)
        assert draft == counter(case, STEP_BACK_ASSESSMENT)
        openings.add(sentences(draft)[0])
    assert len(openings) >= 2
