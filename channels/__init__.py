"""The coach's own Rasa channels, each built on Rasa's stock one.

- ``channels.rest.RestInput``: REST, on loopback only, with sender ids checked.
- ``channels.socketio.SocketIOInput``: the website widget (rasa-webchat), WebSocket only, with sessions the
  server issues and signs. A message goes out as one bubble in Markdown that shows the text exactly as
  written: line breaks kept, the summary as a table, anything quoted from the candidate escaped so that it
  can't turn into a link, an image or HTML.
- ``channels.slack.SlackInput``: Slack's Events API. Signed requests only (v0, five-minute window), one
  reply per Slack event however often Slack retries it, replies only in private, posted to a configurable
  Web API base URL (``slack_api_url``; the tests point it at a local stand-in), Slack's escaping, tables as
  code blocks.

They keep the stock channel names (``rest``, ``socketio``, ``slack``), so the webhook paths and what the
actions see as the input channel stay the same. What they share: ``channels.guard`` (every message gets a
true reply, whatever fails), ``channels.screening`` (what a message must be before the NLU),
``channels.identity`` (each channel's own conversation ids) and ``channels.formatting`` (the text handling).
"""
