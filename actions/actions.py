"""The coach's actions: thin adapters that read slots, call the coaching core, and say the result."""
import datetime as dt
import logging
from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.coach.advice import Advice, advise
from actions.coach.drafts.summary import summary, summary_text
from actions.coach.history import entry, rows as history_rows, what_changed
from actions.coach.state import case_from
from actions.store.repository import CaseRepository

logger = logging.getLogger(__name__)

TERMINAL_CHANNELS = ("cmdline",)
VARIANTS_OFFER = ("Want it another way? I can make it an email, talking points for a call, shorter, warmer or "
                  "more formal.")


def say_rows(dispatcher: CollectingDispatcher, tracker: Tracker, heading: str,
             rows: Sequence[Tuple[str, str]]) -> None:
    """The summary as data each channel lays out (a table in the widget, columns in Slack: channels/formatting.py);
    a terminal, which shows a payload as raw JSON, gets the columns as text."""
    if tracker.get_latest_input_channel() in TERMINAL_CHANNELS:
        dispatcher.utter_message(text=f"{heading}\n{summary_text(rows)}")
    else:
        dispatcher.utter_message(json_message={"summary": {"heading": heading, "rows": [list(row) for row in rows]}})


def show_case(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """ "show my case": the summary with every round in it, or that there is none yet."""
    slots = dict(tracker.slots)
    if not slots.get("history"):
        dispatcher.utter_message(text="There's nothing in your case yet: tell me about your offer and we'll start.")
        return
    rows = summary(case_from(slots), advise(slots).assessment) + history_rows(slots["history"])
    say_rows(dispatcher, tracker, "Here's your case so far:", rows)


def say_advice(dispatcher: CollectingDispatcher, tracker: Tracker, advice: Advice, changed: Optional[str],
               first: bool) -> None:
    if advice.summary and first:
        say_rows(dispatcher, tracker, "Here's your offer at a glance:",
                 summary(case_from(dict(tracker.slots)), advice.assessment))
    if changed:
        dispatcher.utter_message(text=changed)
    dispatcher.utter_message(text="\n".join(advice.lines))
    if advice.draft:
        dispatcher.utter_message(text=advice.intro)
        dispatcher.utter_message(text=advice.draft)
        dispatcher.utter_message(text=VARIANTS_OFFER)


def show_draft(dispatcher: CollectingDispatcher, draft: Optional[str]) -> None:
    if draft:
        dispatcher.utter_message(text="Here's your current draft:")
        dispatcher.utter_message(text=draft)
    else:
        dispatcher.utter_message(text="There's no draft yet: once I know about your offer I'll write one.")


def record(dispatcher: CollectingDispatcher, tracker: Tracker, advice: Advice, style: str,
           history: Optional[List[Dict[str, Any]]] = None) -> None:
    """Keeps the case, with its rounds, for a returning candidate; a failure is said, and the advice still stands."""
    assessment = advice.assessment
    checks = [{"key": c.key, "passed": c.passed, "checks": [vars(check) for check in c.checks]}
              for c in assessment.leverage + assessment.dropped + assessment.weak]
    try:
        CaseRepository().save(tracker.sender_id, facts=vars(case_from(dict(tracker.slots))), checks=checks,
                              verdict=advice.verdict, draft=advice.draft or "", draft_style=style, history=history)
    except Exception as error:  # the store's driver errors have no common base we could name
        logger.error("Could not save a case: %s", type(error).__name__)
        dispatcher.utter_message(text="I couldn't save your case just now, so \"show my draft\" may not find it "
                                      "later. Copy the draft above if you want to keep it.")


def result_events(advice: Advice, style: str) -> List[EventType]:
    return [SlotSet("verdict", advice.verdict), SlotSet("leverage", [c.key for c in advice.assessment.leverage]),
            SlotSet("weak_reasons", list(dict.fromkeys(c.key for c in advice.assessment.weak))),
            SlotSet("draft", advice.draft), SlotSet("draft_kind", advice.draft_kind), SlotSet("draft_style", style)]


class ActionAssess(Action):
    """The advice for the case as it stands: the first verdict, or what to do after the employer's answer."""

    def name(self) -> Text:
        return "action_assess"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = dict(tracker.slots)
        advice = advise(slots)
        history = list(slots.get("history") or [])
        round_number = int(slots.get("round") or 1)
        before = history[-1] if history else None
        changed = what_changed(before, advice) if before and not slots.get("employer_reply") else None
        say_advice(dispatcher, tracker, advice, changed, first=not history)
        history.append(entry(round_number, advice, slots.get("employer_reply"), dt.date.today().isoformat()))
        record(dispatcher, tracker, advice, "default", history)
        return result_events(advice, "default") + [SlotSet("round", float(round_number)), SlotSet("history", history)]


class ActionShowDraft(Action):
    def name(self) -> Text:
        return "action_show_draft"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        show_draft(dispatcher, tracker.get_slot("draft"))
        return []


class ActionStartOver(Action):
    def name(self) -> Text:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(text="Okay, let's start again from the top.")
        return [AllSlotsReset()]


class ActionResume(Action):
    def name(self) -> Text:
        return "action_resume"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        if tracker.get_slot("verdict"):
            dispatcher.utter_message(text="Welcome back! Here's where we got to.")
        else:
            dispatcher.utter_message(text="Let's pick up where we left off.")
        return []
