"""The coach's questions, one `action_ask_<slot>` per form slot; the words are the core's (coach/asking.py).

Actions rather than `utter_ask_*` responses so a question can fit the case (what proof suits the reason
raised), and so every response in the domain is one the stories use.
"""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.coach.asking import QUESTIONS, choices, question
from actions.coach.state import CONFIRM


class AskQuestion(Action):
    """Asks for `slot`; the subclasses below only name the slot."""

    slot: Optional[str] = None

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        slots = dict(tracker.slots)
        dispatcher.utter_message(text=question(self.slot, slots), buttons=choices(self.slot, slots))
        return []


# One registered action per question (rasa-sdk registers every Action subclass it finds).
ASK_ACTIONS = {slot: type(f"Ask_{slot}", (AskQuestion,), {"slot": slot}) for slot in (*QUESTIONS, CONFIRM)}
