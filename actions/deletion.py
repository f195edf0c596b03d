"""'Delete my data': ask once, then erase the case here and the conversation in the tracker store."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.coach.answers import NO, YES, read_yes_no
from actions.store.repository import CaseRepository


class ValidateDeleteForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_delete_form"

    def validate_delete_confirmed(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Dict[Text, Any]:
        answer = read_yes_no(tracker.latest_message.get("text") or "")
        if answer in (YES, NO):
            return {"delete_confirmed": answer}
        dispatcher.utter_message(text="Please answer yes or no: should I delete everything you've told me?")
        return {"delete_confirmed": None}

    async def extract_delete_confirmed(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                       domain: DomainDict) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "delete_confirmed":
            return {}
        return {"delete_confirmed": tracker.latest_message.get("text") or ""}


class ActionDeleteData(Action):
    def name(self) -> Text:
        return "action_delete_data"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        if tracker.get_slot("delete_confirmed") != YES:
            dispatcher.utter_message(text="Okay, I haven't deleted anything. Say \"let's continue\" to carry on.")
            return [SlotSet("delete_confirmed", None)]
        CaseRepository().delete(tracker.sender_id)
        dispatcher.utter_message(text="Done. I've deleted your case and this conversation; nothing you told me is "
                                      "kept. If you write again, we'll start fresh.")
        return [SlotSet("erase_now", True)]
