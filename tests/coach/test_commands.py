"""Plain commands are recognised exactly; anything that is an answer or more than a command is not."""
import pytest

from actions.coach.commands import COMMAND_WORDS, plain_command


@pytest.mark.parametrize("text, intent", [
    ("forget me", "delete_data"),
    ("Forget me, please.", "delete_data"),
    ("please delete my data", "delete_data"),
    ("Can you delete all my data?", "delete_data"),
    ("wipe my info", "delete_data"),
    ("erase everything I told you", "delete_data"),
    ("forget what I said", "delete_data"),
    ("I want my data deleted", "delete_data"),
    ("i want to be forgotten", "delete_data"),
    ("delete the conversation", "delete_data"),
    ("start over", "start_over"),
    ("Let's start again!", "start_over"),
    ("can we start from scratch", "start_over"),
    ("restart", "start_over"),
    ("stop", "stop"),
    ("STOP.", "stop"),
    ("never mind", "stop"),
    ("cancel this please", "stop"),
    ("forget it", "stop"),  # dismissing the question, not asking to be forgotten
    ("abort", "stop"),
    ("continue", "resume"),
    ("where was I?", "resume"),
    ("carry on where we left off", "resume"),
    ("show me my draft", "show_draft"),
    ("the draft again", "show_draft"),
])
def test_a_message_that_is_only_a_command_is_recognised(text, intent):
    assert plain_command(text) == intent


@pytest.mark.parametrize("text", [
    "Platypus rep",
    "Forget Me Not Florists",  # a company name is not a request to be forgotten
    "Delete Technologies",
    "they told me to stop negotiating",
    "I'd start over at a lower level, that's my worry",
    "delete my data and then tell me about the base",  # more than a command: the NLU reads it
    "my friends say I should always counter",
    "no",
    "yes",
    "",
    "   ",
    "?!",
    "$85k",
])
def test_anything_else_is_left_to_the_nlu(text):
    assert plain_command(text) is None


def test_every_plain_command_uses_its_command_words():
    for text, intent in [("forget me", "delete_data"), ("start again", "start_over"), ("never mind", "stop"),
                         ("where were we", "resume"), ("show the draft", "show_draft")]:
        assert plain_command(text) == intent
        assert COMMAND_WORDS[intent].search(text), text
