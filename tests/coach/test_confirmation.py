"""The facts listed for the candidate to confirm, in the coach's words, and how their reply is read."""
import pytest

from actions.coach.confirmation import ASK, INTRO, facts_list, message, read_reply

OFFER = {"role": "Account Executive", "company": "Acme", "offer_base": 85_000.0, "offer_variable": 35_000.0,
         "previous_earnings": 122_000.0, "previous_base": 92_000.0}


@pytest.mark.parametrize("text", ["That's right", "yes", "looks good", "yep, all correct", "ok", "spot on"])
def test_a_yes_confirms_the_list(text):
    assert read_reply(text).confirmed


@pytest.mark.parametrize("text", ["Change something", "no", "not quite", "something's off", "wrong"])
def test_a_no_wants_a_change_without_saying_which(text):
    reply = read_reply(text)
    assert reply.wants_change and not reply.confirmed


@pytest.mark.parametrize("text", ["the base is 95k", "yes 95k", "yes but the base is 95k"])
def test_a_reply_with_a_figure_is_a_correction_not_a_confirmation(text):
    reply = read_reply(text)
    assert not reply.confirmed and not reply.wants_change


def test_not_sure_is_neither_a_yes_nor_a_change():
    assert read_reply("not sure").unsure and not read_reply("not sure").confirmed
    assert read_reply("") == read_reply(None) == read_reply("idk")


def test_the_offer_and_earnings_are_listed_as_money():
    assert facts_list(OFFER) == [
        "Role: Account Executive at Acme",
        "The offer: $85,000 a year base plus $35,000 variable at target, $120,000 a year in total",
        "What you earn now: $122,000 a year in total ($92,000 base)",
    ]


def test_an_offer_with_no_variable_says_so_and_one_not_yet_known_does_not():
    assert "The offer: $85,000 a year, no variable pay" in facts_list(dict(OFFER, offer_variable=0.0))
    assert "The offer: $85,000 a year base" in facts_list(dict(OFFER, offer_variable=None))


def test_an_hourly_base_shows_the_rate_and_hours_behind_it():
    slots = {"offer_base": 89_856.0, "hourly": {"offer_base": {"rate": 48.0, "hours": 36, "currency": "USD"}}}
    assert "The offer: $48 an hour at 36 hours a week, $89,856 a year base" in facts_list(slots)


def test_earnings_that_are_all_base_or_declined_are_said_plainly():
    all_base = dict(OFFER, previous_base=122_000.0)
    assert "What you earn now: $122,000 a year in total, all of it base" in facts_list(all_base)
    assert facts_list({"declined": ["previous_earnings"]}) == ["Role: not given", "What you earn now: not given"]


def test_the_other_offer_lists_its_company_paperwork_and_whether_they_would_take_it():
    slots = dict(OFFER, competing_offer=140_000.0, other_company="Corsair", competing_offer_in_writing="no",
                 would_choose_other="yes")
    assert ("The other offer: $140,000 a year from Corsair, not in writing yet; you'd take it if they can't get "
            "closer") in facts_list(slots)


def test_reasons_and_proof_are_in_the_coachs_words_not_the_candidates():
    slots = dict(OFFER, concern="ugh pay cut lol", evidence="yes my paystubs and w2 lol",
                 reasons=[{"key": "below_previous_earnings", "said": "ugh pay cut lol", "misstated": False}])
    lines = facts_list(slots)
    assert "What stands in the way: pay below what you earn now: the offer's $120,000 a year against your $122,000" \
        in lines
    assert "What you could show: pay stubs and your W-2" in lines
    assert not any("lol" in line or "ugh" in line for line in lines)


def test_a_shortfall_the_figures_show_is_listed_though_not_named():
    lines = facts_list(dict(OFFER, concern="something feels off", reasons=[]))
    assert any(line.startswith("What stands in the way: pay below what you earn now") for line in lines)
    assert "What stands in the way: nothing" in facts_list(dict(OFFER, previous_earnings=None, concern="nothing"))


@pytest.mark.parametrize("answer, conditions, line", [
    ("yes", None, "If they can't move: you'd still accept"),
    ("no", {"accept_as_is": "travel"}, "If they can't move: you wouldn't accept as it is unless travel changes"),
    ("no", {"accept_as_is": "pay"}, "If they can't move: you wouldn't accept as it is"),
    ("unsure", None, "If they can't move: you're not sure yet"),
])
def test_whether_they_would_take_it_as_it_is_ends_the_list(answer, conditions, line):
    assert facts_list(dict(OFFER, accept_as_is=answer, conditions=conditions))[-1] == line


def test_names_that_are_not_names_are_left_out():
    assert facts_list(dict(OFFER, role="idk lol", company="none"))[0] == "Role: not given"


def test_the_message_frames_the_list_as_bullets_and_asks():
    lines = message(OFFER).split("\n")
    assert lines[0] == INTRO and lines[-1] == ASK
    assert lines[1:-1] == [f"- {line}" for line in facts_list(OFFER)]
