"""Scripted candidates for the benchmark and the scale test: what they say, turn by turn, over REST.

The coach's candidate is a realistic conversation: a greeting, the role, the company, the figures, a
concern, the follow-up questions it brings, then the questions people ask about the draft. Stock Rasa's
(`rasa init`) user greets, says how they feel, answers the bot's question and says goodbye.
"""
from typing import Dict, List

# Answered by the slot the coach asks for (`requested_slot`), as the e2e tests and the eval do.
COACH_OPENING = "hi, can you look at my offer?"
COACH_ANSWERS: Dict[str, str] = {
    "role": "Regional sales manager",
    "company": "Globex",
    "offer_base": "$90,000",
    "offer_variable": "20k bonus",
    "concern": "It's less than I earn in my current job, I'd be going backwards",
    "previous_earnings": "I make 100k base plus 25k commission, 125k in total",
    "evidence": "yes, my pay stubs",
    "accept_as_is": "yes I would",
}
# After the verdict: the questions candidates ask about the draft.
COACH_FOLLOW_UPS: List[str] = ["why?", "can you make it shorter?", "make it an email"]
# What the coach must conclude from the answers above.
COACH_EXPECTED = {"verdict": "negotiate", "leverage": ["below_previous_earnings"], "offer_base": 90000,
                  "offer_variable": 20000, "previous_earnings": 125000}

# The same candidate as one fixed list of messages, in the order today's coach asks (the benchmark does
# not read the tracker between turns; it checks the verdict at the end of its warm-up instead).
COACH_SCRIPT: List[str] = [
    COACH_OPENING,
    COACH_ANSWERS["role"],
    COACH_ANSWERS["company"],
    COACH_ANSWERS["offer_base"],
    COACH_ANSWERS["offer_variable"],
    COACH_ANSWERS["previous_earnings"],
    COACH_ANSWERS["concern"],
    COACH_ANSWERS["evidence"],
    COACH_ANSWERS["accept_as_is"],
    *COACH_FOLLOW_UPS,
]

# rasa init's moodbot: greet, mood, the bot's "did that help you?", goodbye.
STOCK_SCRIPT: List[str] = ["hello there", "I am feeling very sad", "yes it did", "great, thanks", "bye"]
