"""Hostile text against everything that reads what strangers send: the channels' own code, the coaching
core's money and answer reading (through its public functions only), and a running coach's REST channel.

Nothing may raise, and nothing may take more than a moment: the core runs inside the action server's event
loop and the channels inside the Rasa server's, where one slow message holds every candidate. Messages are
at most MAX_MESSAGE_CHARS long by the time the core sees them (channels/screening.py).
"""
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.coach.intake import read_answer
from actions.coach.facts.reading import read_facts
from actions.coach.money.figures import find_figures
from channels.formatting import to_markdown, to_slack
from channels.identity import REST_ID, space
from channels.screening import MAX_MESSAGE_CHARS, UI_PAYLOADS, screen
from channels.sessions import SessionSigner
from channels.slack import SlackInput
from tests.security.client import request, rest

A_MOMENT = 0.5  # seconds; the slowest input found takes a tenth of that

# Characters that money and answer parsing act on, and characters that trip parsers up.
MONEY = list("0123456789$€£¥₹,.'kKmMbB%/-+()x ") + ["k", "K", " a year", " per month", "/hr", " thousand", " lakh",
                                                     " million", "eighty", "five", "-", "–", " to ", " or ", "not "]
HOSTILE = ["\x00", "\u202e", "\ufeff", "٣", "１", "\u00a0", "\n", "\t", "<", ">", "&", "|", "`", "*", "_", "[", "]",
           "{", "}", "#", "\\", "@", ":", "/", "<!channel>", "<@U1>", "<http://x|", "\ud800"]
PIECES = st.sampled_from(MONEY + HOSTILE)
HOSTILE_TEXT = st.one_of(
    st.lists(PIECES, max_size=400).map("".join),
    st.text(max_size=MAX_MESSAGE_CHARS),
    # One short piece repeated: the shape that makes a backtracking pattern take minutes.
    st.tuples(st.lists(PIECES, min_size=1, max_size=6).map("".join), st.integers(1, 1000)).map(lambda t: t[0] * t[1]),
).map(lambda text: text[:MAX_MESSAGE_CHARS])
SLOTS = [None, "role", "company", "offer_base", "offer_variable", "previous_earnings", "competing_offer", "concern",
         "evidence", "accept_as_is", "competing_offer_in_writing", "would_choose_other", "delete_confirmed"]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def quickly(call, *args, **kwargs):
    started = time.perf_counter()
    result = call(*args, **kwargs)
    elapsed = time.perf_counter() - started
    assert elapsed < A_MOMENT, f"{call.__name__} took {elapsed:.2f} s on {args[0][:80]!r}..."
    return result


# ---------------------------------------------------------------- the coaching core

@FUZZ
@given(HOSTILE_TEXT)
def test_money_parsing_survives_hostile_text_quickly(text):
    quickly(find_figures, text)
    quickly(read_facts, text)


@FUZZ
@given(HOSTILE_TEXT, st.sampled_from(SLOTS), st.sampled_from([{}, {"offer_base": 90000.0, "offer_variable": 20000.0,
                                                                 "previous_earnings": 125000.0}]))
def test_reading_an_answer_survives_hostile_text_quickly(text, asked, slots):
    quickly(read_answer, text, asked, slots)


@pytest.mark.parametrize("text", ["9" * 2000, "1," * 1000, "1." * 1000, "$" * 2000, "$1" * 1000, "k" * 2000,
                                  "80k-90k to " * 180, "thousand " * 222, "eighty five thousand " * 95, "1 " * 1000,
                                  "(" * 1000 + ")" * 1000, "٣" * 2000, "not 85k, actually 90k, sorry " * 66,
                                  "60/40 split " * 166, "€5.000,00 a month " * 110, "1,20,000 " * 220, "1e9" * 666])
def test_known_pathological_shapes_are_read_quickly(text):
    text = text[:MAX_MESSAGE_CHARS]
    quickly(find_figures, text)
    for asked in SLOTS:
        quickly(read_answer, text, asked, {})


# ---------------------------------------------------------------- the channels

@FUZZ
@given(st.one_of(st.text(max_size=3 * MAX_MESSAGE_CHARS), HOSTILE_TEXT, st.none(), st.integers(), st.lists(st.text())))
def test_screening_lets_through_only_text_the_coach_can_take(raw):
    screened = quickly(screen, raw) if isinstance(raw, str) else screen(raw)
    assert (screened.text is None) != (screened.reply is None)
    if screened.text is not None:
        assert 0 < len(screened.text) <= MAX_MESSAGE_CHARS
        assert not any(ord(char) < 32 and char not in "\t\n\r" for char in screened.text)
        assert not any(0xD800 <= ord(char) <= 0xDFFF for char in screened.text)
        assert not screened.text.startswith("/") or screened.text in UI_PAYLOADS


@FUZZ
@given(st.one_of(st.text(max_size=300), st.from_regex(REST_ID, fullmatch=True),
                 st.builds("slack:{}:{}".format, st.text(max_size=40), st.text(max_size=40)),
                 st.builds("web:{}".format, st.text(max_size=80))))
def test_only_well_formed_ids_have_a_space(conversation_id):
    found = space(conversation_id)
    if found is not None:
        assert "\x00" not in conversation_id and "/" not in conversation_id and len(conversation_id) <= 160
        assert conversation_id.startswith(f"{found}:") or (found == "rest" and ":" not in conversation_id)


@FUZZ
@given(st.text(max_size=300))
def test_no_made_up_session_token_verifies(token):
    assert SessionSigner(b"fuzz-key").verified(token) is None


@FUZZ
@given(HOSTILE_TEXT)
def test_what_the_coach_says_back_stays_text_in_every_client(text):
    quickly(to_markdown, text)
    posted = quickly(to_slack, text)["text"]
    assert "<" not in posted and ">" not in posted, "no Slack control sequence (a mention, a link, <!channel>)"
    quickly(SlackInput._sanitize_user_message, text, ["UBOT"])


# ---------------------------------------------------------------- a running coach

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=10)


@pytest.mark.e2e
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(body=st.one_of(
    st.fixed_dictionaries({"sender": st.one_of(st.from_regex(REST_ID, fullmatch=True), JSON_VALUES),
                           "message": st.one_of(HOSTILE_TEXT, JSON_VALUES)},
                          optional={"metadata": JSON_VALUES, "input_channel": JSON_VALUES}),
    JSON_VALUES))
def test_the_rest_channel_answers_every_body_with_a_reply_or_a_clear_400(public_coach, body):
    status, _, text = request("POST", f"http://127.0.0.1:{public_coach['RASA_PORT']}/webhooks/rest/webhook",
                              json.dumps(body).encode(), {"Content-Type": "application/json"})
    assert status in (200, 400), (status, text[:300])
    if status == 200:
        replies = json.loads(text)
        assert replies and all(reply.get("text") or reply.get("buttons") for reply in replies), replies
    else:
        assert json.loads(text)["error"]


@pytest.mark.e2e
def test_the_coach_still_answers_after_the_fuzzing(public_coach):
    status, _, text = rest(public_coach, "after-fuzz", "hi")
    assert status == 200 and "offer coach" in text
