"""The form's validation action: reads each answer with the coaching core and fills the slots.

Extraction and validation happen in one place (`get_extraction_events`) because one message can answer
several questions at once; the core decides what the message says, this adapter only moves values
between the tracker and the core.
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.coach.intake import read_answer
from actions.coach.state import questions

FORM = "coach_form"
# Set when the message that opens the form was read already (after the verdict, by action_follow_up): the form
# reads the latest message again when it starts, and must not take it twice.
READ_ALREADY = "read_already"


def current_slots(tracker: Tracker) -> Dict[Text, Any]:
    return dict(tracker.slots)


def top_intent(tracker: Tracker):
    intent = tracker.latest_message.get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


class ValidateCoachForm(FormValidationAction):
    def name(self) -> Text:
        return f"validate_{FORM}"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        return questions(current_slots(tracker))

    async def get_extraction_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        slots = current_slots(tracker)
        if slots.get(READ_ALREADY):
            return [SlotSet(READ_ALREADY, None)]
        asked = slots.get("requested_slot")
        intent, confidence = top_intent(tracker)
        intake = read_answer(tracker.latest_message.get("text"), asked, slots, intent, confidence)
        if intake.side_step:
            return []  # nothing extracted: the form rejects and the rules answer the side question
        for message in intake.messages:
            dispatcher.utter_message(text=message)
        events = [SlotSet(name, value) for name, value in intake.updates.items()]
        if asked and asked not in intake.updates:
            events.append(SlotSet(asked, None))  # keeps the form asking instead of rejecting
        return events

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        # The core already checked every value. The SDK would keep only the slots the form asks for,
        # dropping the ones it doesn't (reasons, currency, declined...), so pass them all through.
        return [SlotSet(name, value) for name, value in tracker.slots_to_validate().items()]
