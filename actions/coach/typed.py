"""What was typed, made safe to read: control characters out, whitespace plain, capped in length, English only;
and names as they may go into a draft, without markup or code characters however they were typed."""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from .language import looks_foreign

MAX_CHARS = 2000
TRUNCATED = (f"That was a long message: I read the first {MAX_CHARS:,} characters. If something important came "
             "later, send it on its own.")
ONLY_ENGLISH = "Sorry, I can only read English so far. Could you tell me in English? Short answers are fine."
NOTHING_TYPED = "I didn't get any text there."
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MARKUP = re.compile(r"<[^>]*>|[<>{}\[\]`|\\]")


def clean(text: Optional[str]) -> str:
    text = _CONTROL.sub(" ", text if isinstance(text, str) else "")
    return re.sub(r"\s+", " ", text).strip()[:MAX_CHARS]


def plain_name(value: str) -> str:
    """Names go into drafts: no markup or code characters, however they were typed."""
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", value)).strip()


def screened(text: Optional[str]) -> Tuple[Optional[str], List[str]]:
    """The message cleaned and capped, and what to say about it; None when there is nothing to read in it."""
    # The channels refuse longer messages before any work (channels/screening.py); this is for other callers.
    said = [TRUNCATED] if len(text or "") > MAX_CHARS else []
    text = clean(text)
    if not text:
        return None, said + [NOTHING_TYPED]
    if looks_foreign(text):
        return None, said + [ONLY_ENGLISH]
    return text, said
