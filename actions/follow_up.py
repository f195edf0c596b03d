"""Everything the candidate says outside the questions: after the verdict (the employer's answer, new facts,
"why?", another wording, their case), or before it when the form was stopped. The core decides what the
message is (coach/follow_up.py); this adapter says the answer, or hands over to the form when the case
changed, so that it asks what the new facts need and the advice is worked out again (action_assess)."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import record, show_case, show_draft
from actions.coach import follow_up as core
from actions.coach.advice import advise
from actions.coach.intake import read_answer
from actions.forms import FORM, READ_ALREADY

LISTENS = "action_follow_up"


def _changed(follow: core.FollowUp, dispatcher: CollectingDispatcher) -> List[EventType]:
    """The case changed: say what was taken, then the form asks what's missing and the advice comes again."""
    for message in follow.messages:
        dispatcher.utter_message(text=message)
    events = [SlotSet(name, value) for name, value in follow.updates.items()]
    return events + [SlotSet(READ_ALREADY, True), FollowupAction(FORM)]


def _variant(follow: core.FollowUp, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    advice = advise(dict(tracker.slots), follow.style)
    if not advice.draft:
        dispatcher.utter_message(text="There's no message to write yet: tell me what you've decided first.")
        return []
    dispatcher.utter_message(text=advice.draft)
    record(dispatcher, tracker, advice, follow.style)
    return [SlotSet("draft", advice.draft), SlotSet("draft_style", follow.style)]


def _why(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """The reasoning; a second "why?" gets it shorter and in other words."""
    slots = dict(tracker.slots)
    whys = int(slots.get("whys") or 0)
    dispatcher.utter_message(text="\n".join(advise(slots).lines) if whys == 0 else core.why_again(slots))
    return [SlotSet("whys", float(whys + 1))]


class ActionFollowUp(Action):
    def name(self) -> Text:
        return LISTENS

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = dict(tracker.slots)
        text = tracker.latest_message.get("text") or ""
        if not slots.get("verdict"):  # the questions were stopped: this is an answer, and they carry on
            intake = read_answer(text, None, slots)
            return _changed(core.FollowUp(core.FACTS, intake.messages, intake.updates), dispatcher)
        follow = core.read_follow_up(text, slots)
        if follow.decide_again:
            return _changed(follow, dispatcher)
        if follow.kind == core.VARIANT:
            return _variant(follow, dispatcher, tracker)
        if follow.kind == core.WHY:
            return _why(dispatcher, tracker)
        if follow.kind == core.SHOW:
            show_draft(dispatcher, slots.get("draft"))
            return []
        if follow.kind == core.CASE:
            show_case(dispatcher, tracker)
            return []
        for message in follow.messages:
            buttons = core.MENU_CHOICES if follow.kind == core.UNCLEAR else []
            dispatcher.utter_message(text=message, buttons=buttons)
        return []
