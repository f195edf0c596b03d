"""The Slack channel: Rasa's, with conversations per workspace and user, replies only in private, retries
answered once, a configurable Web API address, Slack's escaping.

In the Rasa credentials as ``channels.slack.SlackInput`` (scripts/serve.py adds it when SLACK_BOT_TOKEN and
SLACK_SIGNING_SECRET are set), with Rasa's settings plus:

    slack_api_url: where the Web API is (default Slack's own, https://slack.com/api/); the tests point it
                   at a local stand-in so that they see exactly what would be posted.

What it adds to Rasa's ``SlackInput``:

- Every request must carry Slack's v0 signature, made no more than five minutes ago (Rasa's check); a
  forged, stale or unsigned one gets 400 and reaches nothing. The URL verification handshake is answered
  only when signed, with the ``{"challenge": ...}`` body Slack documents.
- The conversation is ``slack:<team>:<user>`` (channels/identity.py): Slack's ids, checked, in a space no
  other channel can name. Rasa's per-channel or per-thread conversations are not offered: a candidate has
  one case, wherever they write from.
- A candidate's offer and draft are private: when they mention the coach in a channel (or click a button
  outside a direct message), the coach answers in a direct message to them, and says so in the channel
  with a note only they can see (chat.postEphemeral). Nothing of their case is ever posted in a channel.
- Slack redelivers an event it thinks we missed, up to three times. Rasa ignores only redeliveries whose
  reason is ``http_timeout``: any other (an error, a lost connection) made the coach answer twice, and an
  ``http_timeout`` redelivery of an event whose first delivery never arrived was lost. Here a delivery is
  recognised by its ``event_id`` (channels/seen.py: in Redis when it is configured, so that every process
  knows): the first one is handled, any later one is acknowledged and dropped.
- Slack escapes ``&``, ``<`` and ``>`` in what users type; the coach reads the characters themselves.
- Messages go through channels/guard.py like every channel's (limits, failures said).
- Replies: one message per bot message (Rasa's splits at blank lines, cutting a draft apart), Slack's
  escaping, tables as code blocks, buttons as Block Kit, no legacy ``as_user``.
"""
import asyncio
import json
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels import slack as rasa_slack
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from channels.formatting import escape_slack, plain, summary_in, summary_slack, to_slack
from channels.guard import guarded
from channels.identity import slack_id
from channels.seen import seen_events

logger = logging.getLogger(__name__)

MAX_BUTTONS = 5  # Slack's limit on buttons in an actions block that Rasa observes too
BUTTON_TITLE_LIMIT = 75
ANSWERED_PRIVATELY = ("I've answered you in a direct message: your offer and your draft are yours alone, so I "
                      "never talk about them in a channel.")


def _api_url(url: Optional[Text]) -> Optional[Text]:
    if not url:
        return None
    return url if url.endswith("/") else url + "/"


class SlackBot(rasa_slack.SlackBot):
    """Posts replies with chat.postMessage, to Slack or to ``api_url``."""

    def __init__(self, token: Text, slack_channel: Optional[Text] = None, thread_id: Optional[Text] = None,
                 proxy: Optional[Text] = None, api_url: Optional[Text] = None) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        if api_url:
            self.client = AsyncWebClient(token=token, base_url=_api_url(api_url), proxy=proxy)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._post_message(channel=self.slack_channel or recipient_id, **to_slack(text))

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        if not buttons or len(buttons) > MAX_BUTTONS:
            titles = " / ".join(str(button.get("title", "")) for button in buttons)
            return await self.send_text_message(recipient_id, f"{text}\n({titles})" if titles else text)
        question = escape_slack(plain(text))
        elements = [{"type": "button", "text": {"type": "plain_text", "text": str(button["title"])[:BUTTON_TITLE_LIMIT]},
                     "value": str(button["payload"])} for button in buttons]
        blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": question}},
                  {"type": "actions", "elements": elements}]
        await self._post_message(channel=self.slack_channel or recipient_id, text=question, blocks=blocks)


    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        summary = summary_in(json_message)
        if summary is None:
            return await super().send_custom_json(recipient_id, json_message, **kwargs)
        await self._post_message(channel=self.slack_channel or recipient_id, **summary_slack(*summary))


class SlackInput(rasa_slack.SlackInput):
    """Rasa's Slack input channel, at the same path: /webhooks/slack/webhook."""

    def __init__(self, *args: Any, slack_api_url: Optional[Text] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.slack_api_url = _api_url(slack_api_url)
        # Redeliveries are recognised by event id (process_message), whatever Slack gives as the reason.
        self.errors_ignore_retry = ()
        self.conversation_granularity = "sender"  # Rasa then passes the user id; process_message adds the team
        self.seen = seen_events()

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        channel = super().from_credentials(credentials)
        channel.slack_api_url = _api_url((credentials or {}).get("slack_api_url"))
        return channel

    def get_output_channel(self, channel: Optional[Text] = None, thread_id: Optional[Text] = None) -> OutputChannel:
        return SlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy,
                        api_url=self.slack_api_url)

    @staticmethod
    def _sanitize_user_message(text: Text, uids_to_remove: Optional[List[Text]]) -> Text:
        text = rasa_slack.SlackInput._sanitize_user_message(text, uids_to_remove)
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    @staticmethod
    def _payload(request: Request) -> Dict[Text, Any]:
        """The event (JSON) or the interactive payload (form-encoded), as Rasa's webhook read it."""
        if request.headers.get("content-type") == "application/json":
            body = request.json
        else:
            body = json.loads(request.form["payload"][0])
        return body if isinstance(body, dict) else {}

    @staticmethod
    def _team(payload: Dict[Text, Any]) -> Any:
        team = payload.get("team_id") or payload.get("team") or (payload.get("user") or {}).get("team_id")
        return team.get("id") if isinstance(team, dict) else team

    @staticmethod
    def _in_direct_message(payload: Dict[Text, Any], channel: Optional[Text]) -> bool:
        event = payload.get("event")
        if isinstance(event, dict):
            return event.get("channel_type") == "im"
        return isinstance(channel, str) and channel.startswith("D")  # a button click: DM channel ids start with D

    async def _say_answered_privately(self, channel: Text, user: Text) -> None:
        try:
            await self.get_output_channel(channel).client.chat_postEphemeral(channel=channel, user=user,
                                                                             text=ANSWERED_PRIVATELY)
        except Exception as error:  # the reply in the DM matters; this note is a courtesy
            logger.warning("Could not leave the private-answer note in a channel (%s)", type(error).__name__)

    async def process_message(self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                              text: Text, sender_id: Optional[Text], metadata: Optional[Dict]) -> Any:
        """Called for authentic user messages only (after the signature check in Rasa's webhook)."""
        payload = self._payload(request)
        conversation_id = slack_id(self._team(payload), sender_id)
        if conversation_id is None:
            return response.text("Not a Slack team and user id", status=400)
        event_id = payload.get("event_id")
        metadata = dict(metadata or {})
        if event_id:
            if not await self.seen.first_delivery(str(event_id)):
                logger.info(f"Slack redelivered event {event_id} (attempt {request.headers.get(self.retry_num_header)},"
                            f" {request.headers.get(self.retry_reason_header)}): already handled, not answered again")
                return response.text("", headers={"X-Slack-No-Retry": "1"})
            metadata["event_id"] = event_id
        channel = metadata.get("out_channel")
        if not self._in_direct_message(payload, channel):
            metadata.update(out_channel=sender_id, thread_id=None)  # a user id as channel: the app's DM with them
            if channel:
                task = asyncio.create_task(self._say_answered_privately(channel, sender_id))
                self._background_tasks.add(task)
                task.add_done_callback(self._background_tasks.discard)
        return await super().process_message(request, on_new_message, text, conversation_id, metadata)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(guarded(on_new_message))

        @webhook.middleware("request")
        async def url_verification(request: Request) -> Optional[HTTPResponse]:
            # Answered here, before Rasa's handler, which sends the bare challenge as a JSON string.
            if request.method != "POST" or request.headers.get("content-type") != "application/json":
                return None
            try:
                body = request.json
            except Exception:  # noqa: BLE001 - not JSON: Rasa's handler refuses it
                return None
            if not isinstance(body, dict) or body.get("type") != "url_verification":
                return None
            if not self.is_request_from_slack_authentic(request):
                return response.text("Message is not properly signed with a valid X-Slack-Signature header",
                                     status=400)
            return response.json({"challenge": body.get("challenge")})

        return webhook
