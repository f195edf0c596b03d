"""What a candidate's message must be before the NLU sees it, and the reply when it isn't.

Every channel's messages pass through here (channels/guard.py) before Rasa gets them:

- not text at all (a number, a list, nothing), or only spaces: the candidate is asked to type something;
- longer than MAX_MESSAGE_CHARS: refused with a reply saying the limit. Checked before the NLU, because
  the NLU's time grows with the text (200 KB held the server's event loop for over a minute);
- control characters (NUL and the like) and unpaired surrogates are dropped: neither is anything a person
  typed, and PostgreSQL refuses NUL in text;
- Rasa reads a message starting with "/" as an intent to trigger directly ("/restart",
  `/inform{"offer_base": 1}`), which would let anyone skip the coach's questions and checks. Only the
  widget's opening payload keeps that meaning; any other leading "/" is dropped and the words read as
  words.
"""
import re
from dataclasses import dataclass
from typing import Any, Optional

MAX_MESSAGE_CHARS = 2000
UI_PAYLOADS = frozenset({"/greet"})  # the widget's initPayload (web/public/coach.js)

NO_TEXT = "I didn't get any text there. Could you type your message?"
TOO_LONG = (f"That message is too long for me: please keep it under {MAX_MESSAGE_CHARS:,} characters. Short "
            "answers are fine, one at a time.")

_NOT_TYPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True)
class Screened:
    text: Optional[str] = None  # what goes on to Rasa
    reply: Optional[str] = None  # or what the candidate is told instead,
    why: Optional[str] = None  # and why, for the log


def screen(raw: Any) -> Screened:
    if not isinstance(raw, str):
        return Screened(reply=NO_TEXT, why="not text")
    if len(raw) > MAX_MESSAGE_CHARS:
        return Screened(reply=TOO_LONG, why=f"{len(raw)} characters")
    text = _NOT_TYPED.sub("", raw).strip()
    if text.startswith("/") and text not in UI_PAYLOADS:
        text = text.lstrip("/").strip()
    if not text:
        return Screened(reply=NO_TEXT, why="empty")
    return Screened(text=text)
