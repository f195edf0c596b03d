"""Rasa's REST channel, telling the candidate when the action server is down (see unreachable.py)."""
from typing import Any, Awaitable, Callable

from rasa.core.channels import rest as rasa_rest
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint

from channels.unreachable import answer_when_parts_fail


class RestInput(rasa_rest.RestInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(answer_when_parts_fail(on_new_message))
