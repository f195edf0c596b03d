"""Commands a candidate gives the coach ("forget me", "start over", "stop"), recognised by their words.

A statistical classifier is only fairly sure of a two-word command, and how sure changes each time the
model is trained; a candidate who asks to be forgotten must never have "forget me" taken as a company
name. So a message that is nothing but a command, give or take politeness, is recognised here, exactly,
and the NLU component in nlu/commands.py passes that on to the dialogue. Anything longer or less plain is
left to the NLU, with `COMMAND_WORDS` as the check that a confident intent really used a command's words.
"""
import re
from typing import Optional

# The words a command cannot be given without: a confident intent without them is the NLU guessing.
COMMAND_WORDS = {intent: re.compile(words, re.I) for intent, words in {
    "greet": r"\b(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|greetings|yo)\b",
    "delete_data": r"\b(delete|erase|forget|remove|wipe|purge)\b",
    "start_over": r"\b(start|restart|reset|over|begin|scratch|afresh)\b",
    "stop": r"\b(stop|cancel|quit|done|enough|never ?mind|exit|pause|end)\b",
    "resume": r"\b(continue|resume|where|back|carry on|pick up|left off)\b",
    "show_draft": r"\b(draft|message|show|see|again)\b",
    "goodbye": r"\b(bye|goodbye|later|ciao|cheers|farewell|good night)\b",
}.items()}

_MY_DATA = (r"(all )?(of )?(my|the) (personal )?(data|info|information|details|conversation|chat|chat history|"
            r"history|messages|records|numbers|salary (info|details|data))")
_WHAT_I_SAID = r"(everything|all|what|whatever) (i('ve| have)? (told|gave|given|shared|typed|said)( you)?)"

# Whole messages, once lower-cased and stripped of politeness (see `_bare`).
_PLAIN_COMMANDS = {intent: re.compile(rf"^(?:{pattern})$") for intent, pattern in {
    "delete_data": "|".join((
        rf"(delete|erase|wipe|remove|clear|purge) {_MY_DATA}",
        rf"(delete|erase|wipe|remove|purge) (everything|it all|all of it|{_WHAT_I_SAID})( about me)?",
        rf"forget (me|about me|everything|all about me|{_MY_DATA}|{_WHAT_I_SAID})",
        rf"i want (my data|everything) (deleted|erased|removed|gone)",
        r"be forgotten",  # "I want to be forgotten", once the politeness is gone
    )),
    "start_over": r"(start|begin) (over|again|afresh|from scratch|from the (beginning|top))|restart|reset"
                  r"|(restart|reset) (this|the conversation|everything|the chat)",
    "stop": r"stop|cancel|quit|exit|abort|halt|enough|that's enough|never ?mind|forget it|drop it|i give up"
            r"|(stop|cancel|quit|end|abort) (this|it|now|here|the conversation|the chat)",
    "resume": r"continue|resume|carry on|where was i|where were we|(pick up|carry on) where (i|we) left off",
    "show_draft": r"(show|see) (me )?(my|the) (draft|message)( again)?|(my|the) draft( again)?",
}.items()}

_LEADING = re.compile(r"^((please|pls|ok(ay)?|so|just|hey|now|actually|can you|could you|would you|will you|"
                      r"can we|could we|shall we|i want (you )?to|i'd like (you )?to|i would like (you )?to|"
                      r"let's|lets|let us)\b[\s,]*)+")
_TRAILING = re.compile(r"([\s,]*\b(please|pls|plz|now|thanks|thank you|for me|right now))+$")


def _bare(text: str) -> str:
    text = re.sub(r"[^\w\s']", " ", (text or "").lower().replace("’", "'"))
    text = re.sub(r"\s+", " ", text).strip()
    return _TRAILING.sub("", _LEADING.sub("", text)).strip()


def plain_command(text: str) -> Optional[str]:
    """The intent of a message that is only a command, as people type them; None for anything else."""
    bare = _bare(text)
    return next((intent for intent, pattern in _PLAIN_COMMANDS.items() if pattern.match(bare)), None)
