"""The coach's own Rasa channels, each built on Rasa's stock one.

- ``channels.socketio.SocketIOInput``: the website widget (rasa-webchat). A message goes out as one
  bubble in Markdown that shows the text exactly as written: line breaks kept, the summary as a table,
  anything quoted from the candidate escaped so that it can't turn into a link, an image or HTML.
- ``channels.slack.SlackInput``: Slack's Events API. Signed requests only (v0, five-minute window), one
  reply per Slack event however often Slack retries it, replies posted to a configurable Web API base URL
  (``slack_api_url``; the tests point it at a local stand-in), Slack's escaping, tables as code blocks.

Both keep the stock channel names (``socketio``, ``slack``), so the webhook paths and what the actions see
as the input channel stay the same. ``channels.formatting`` is the text handling they share.
"""
