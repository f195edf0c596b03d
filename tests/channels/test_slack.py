"""The Slack channel's own parts, without a server: Web API address, replies, redeliveries, escaping."""
import asyncio

import pytest

from channels.seen import SeenInMemory, SeenInRedis, seen_events
from channels.slack import SlackBot, SlackInput

CREDENTIALS = {"slack_token": "xoxb-1", "slack_signing_secret": "secret"}


class Recorder:
    """Stands in for slack_sdk's AsyncWebClient: keeps what chat.postMessage was called with."""

    def __init__(self):
        self.posts = []

    async def chat_postMessage(self, **kwargs):  # noqa: N802 - slack_sdk's name
        self.posts.append(kwargs)


def bot(**kwargs):
    output = SlackBot("xoxb-1", **kwargs)
    output.client = Recorder()
    return output


def test_the_web_api_address_comes_from_the_credentials():
    channel = SlackInput.from_credentials({**CREDENTIALS, "slack_api_url": "http://127.0.0.1:9/api"})
    assert channel.slack_api_url == "http://127.0.0.1:9/api/"
    output = channel.get_output_channel("D1", None)
    assert isinstance(output, SlackBot) and output.client.base_url == "http://127.0.0.1:9/api/"
    assert output.slack_channel == "D1"


def test_without_an_address_replies_go_to_slack():
    channel = SlackInput.from_credentials(CREDENTIALS)
    assert channel.slack_api_url is None
    assert channel.get_output_channel("D1").client.base_url == "https://slack.com/api/"


def test_the_signing_secret_is_required():
    with pytest.raises(Exception, match="signing secret"):
        SlackInput.from_credentials({"slack_token": "xoxb-1"})


def test_every_retry_reason_is_left_to_the_event_id():
    assert SlackInput.from_credentials(CREDENTIALS).errors_ignore_retry == ()


def test_an_event_is_handled_once_within_the_hour():
    seen = SeenInMemory()

    def first(event_id, now):
        return asyncio.run(seen.first_delivery(event_id, now=now))

    assert first("Ev1", 1000.0)
    assert not first("Ev1", 1001.0)
    assert first("Ev2", 1002.0)
    assert not first("Ev1", 1000.0 + 3599)
    assert first("Ev1", 1000.0 + 3601 + 3600), "forgotten after an hour"


def test_the_memory_of_events_is_bounded(monkeypatch):
    seen = SeenInMemory()
    monkeypatch.setattr(seen, "SEEN_AT_MOST", 3)
    for number in range(10):
        asyncio.run(seen.first_delivery(f"Ev{number}", now=1.0))
    assert len(seen._seen) <= 4 and "Ev9" in seen._seen


def test_events_are_kept_in_redis_when_it_is_configured(monkeypatch):
    monkeypatch.setenv("COACH_REDIS_URL", "redis://127.0.0.1:1/0")
    assert isinstance(seen_events(), SeenInRedis)
    assert isinstance(SlackInput.from_credentials(CREDENTIALS).seen, SeenInRedis)
    monkeypatch.delenv("COACH_REDIS_URL")
    assert isinstance(seen_events(), SeenInMemory)


def test_an_event_is_handled_when_redis_cannot_be_asked():
    # Nothing listens on port 1: answering (perhaps twice) rather than never.
    assert asyncio.run(SeenInRedis("redis://127.0.0.1:1/0").first_delivery("Ev1")) is True


def test_what_slack_escaped_reaches_the_coach_as_typed():
    text = SlackInput._sanitize_user_message("<@UBOT> 90k &amp; a car &lt;3 &amp;lt; <https://x.io|x.io>", ["UBOT"])
    assert text == "90k & a car <3 &lt; x.io"


def test_a_reply_is_one_escaped_message_without_as_user():
    output = bot()
    asyncio.run(output.send_text_message("D1", "Hi <!channel>,\n\nThanks & bye"))
    assert output.client.posts == [{"channel": "D1", "text": "Hi &lt;!channel&gt;,\n\nThanks &amp; bye", "mrkdwn": False}]


def test_buttons_are_block_kit():
    output = bot()
    buttons = [{"title": "Yes", "payload": "Yes"}, {"title": "No", "payload": "No"}]
    asyncio.run(output.send_text_with_buttons("D1", "Still accept <as is>?", buttons))
    [post] = output.client.posts
    assert post["channel"] == "D1" and post["text"] == "Still accept &lt;as is&gt;?"
    section, actions = post["blocks"]
    assert section == {"type": "section", "text": {"type": "mrkdwn", "text": "Still accept &lt;as is&gt;?"}}
    assert actions == {"type": "actions", "elements": [
        {"type": "button", "text": {"type": "plain_text", "text": "Yes"}, "value": "Yes"},
        {"type": "button", "text": {"type": "plain_text", "text": "No"}, "value": "No"}]}


def test_more_buttons_than_slack_allows_become_text():
    output = bot()
    buttons = [{"title": str(n), "payload": str(n)} for n in range(6)]
    asyncio.run(output.send_text_with_buttons("D1", "Pick one", buttons))
    assert output.client.posts == [{"channel": "D1", "text": "Pick one\n(0 / 1 / 2 / 3 / 4 / 5)", "mrkdwn": False}]


def test_a_thread_reply_stays_in_its_thread():
    output = bot(slack_channel="C1", thread_id="123.456")
    asyncio.run(output.send_text_message("U1", "hello"))
    assert output.client.posts == [{"channel": "C1", "text": "hello", "mrkdwn": False, "thread_ts": "123.456"}]


def test_the_summary_payload_is_one_message_of_aligned_columns():
    output = bot()
    rows = [["Offer base", "$90,000 a year"], ["Company", "<!here> & co"]]
    asyncio.run(output.send_custom_json("D1", {"summary": {"heading": "At a glance:", "rows": rows}}))
    [post] = output.client.posts
    assert post["mrkdwn"] is True and post["text"].startswith("At a glance:\n```\nItem ")
    assert "Company     &lt;!here&gt; &amp; co" in post["text"]
