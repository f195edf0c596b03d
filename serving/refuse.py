"""The one way the Rasa server refuses to start: say why on stderr and in the log, then leave at once.

Rasa builds its stores inside Sanic's start-up and catches what they raise (it logs the error and goes on
with a store in memory), so an exception would not stop it: the process exits instead.
"""
import logging
import os
import sys

logger = logging.getLogger(__name__)

EXIT_UNAVAILABLE = 3  # serve.py and the tests read this status as "a store the coach needs is missing"


def refuse_to_start(message: str) -> None:
    logger.critical(message)
    print(f"error: {message}", file=sys.stderr, flush=True)
    os._exit(EXIT_UNAVAILABLE)
