"""The coach's actions: thin adapters that read slots, call the coaching core, and say the result."""
import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.coach.case import Assessment, Case
from actions.coach.decision import assess
from actions.coach.asking import why_asked
from actions.coach.drafts.acceptance import acceptance
from actions.coach.drafts.counter import counter
from actions.coach.drafts.phrasebook import STYLES
from actions.coach.drafts.summary import summary, summary_markdown, summary_text
from actions.coach.intake import case_from, reasons_from
from actions.store.repository import CaseRepository

logger = logging.getLogger(__name__)

TERMINAL_CHANNELS = ("cmdline",)
VARIANTS_OFFER = ("Want it another way? I can make it an email, talking points for a call, shorter, warmer or "
                  "more formal.")
_VARIANT_WORDS = {"email": r"e-?mail|mail", "phone": r"phone|call|talking points|script",
                  "shorter": r"short|brief|concise|trim", "warmer": r"warm|friendl|softer",
                  "formal": r"formal|professional"}


def assessed(tracker: Tracker):
    slots = dict(tracker.slots)
    case = case_from(slots)
    return case, assess(case, reasons_from(slots))


def draft_for(case: Case, assessment: Assessment, style: str) -> str:
    if assessment.verdict == "negotiate":
        return counter(case, assessment, style)
    return acceptance(case, style)


def render_summary(tracker: Tracker, case: Case, assessment: Assessment) -> str:
    rows = summary(case, assessment)
    if tracker.get_latest_input_channel() in TERMINAL_CHANNELS:
        return summary_text(rows)
    return summary_markdown(rows)


def result_events(assessment: Assessment, draft: str, style: str) -> List[EventType]:
    return [SlotSet("verdict", assessment.verdict), SlotSet("leverage", assessment.leverage_keys),
            SlotSet("weak_reasons", assessment.weak_keys), SlotSet("draft", draft), SlotSet("draft_style", style)]


def record(dispatcher: CollectingDispatcher, tracker: Tracker, case: Case, assessment: Assessment, draft: str,
           style: str) -> None:
    """Keeps the case for a returning candidate; a failure is said, and the advice still stands."""
    checks = [{"key": c.key, "passed": c.passed, "checks": [vars(check) for check in c.checks]}
              for c in assessment.leverage + assessment.dropped + assessment.weak]
    try:
        CaseRepository().save(tracker.sender_id, facts=vars(case), checks=checks, verdict=assessment.verdict,
                              draft=draft, draft_style=style)
    except Exception as error:  # the store's driver errors have no common base we could name
        logger.error("Could not save a case: %s", type(error).__name__)
        dispatcher.utter_message(text="I couldn't save your case just now, so \"show my draft\" may not find it "
                                      "later. Copy the draft above if you want to keep it.")


class ActionAssess(Action):
    def name(self) -> Text:
        return "action_assess"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        case, assessment = assessed(tracker)
        draft = draft_for(case, assessment, "default")
        dispatcher.utter_message(text="Here's your offer at a glance:\n" + render_summary(tracker, case, assessment))
        dispatcher.utter_message(text="\n".join(assessment.explanations))
        intro = ("Here's a counter you could send:" if assessment.verdict == "negotiate"
                 else "Here's an acceptance you could send:")
        dispatcher.utter_message(text=intro)
        dispatcher.utter_message(text=draft)
        dispatcher.utter_message(text=VARIANTS_OFFER)
        record(dispatcher, tracker, case, assessment, draft, "default")
        return result_events(assessment, draft, "default")


def requested_style(tracker: Tracker) -> Optional[str]:
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "variant" and entity.get("value") in STYLES:
            return entity["value"]
    text = (tracker.latest_message.get("text") or "").lower()
    return next((style for style, words in _VARIANT_WORDS.items() if re.search(words, text)), None)


class ActionDraftVariant(Action):
    def name(self) -> Text:
        return "action_draft_variant"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        if not tracker.get_slot("verdict"):
            dispatcher.utter_message(text="Let's finish looking at your offer first; then I'll write it any way you like.")
            return []
        style = requested_style(tracker)
        if style is None:
            dispatcher.utter_message(text=VARIANTS_OFFER)
            return []
        case, assessment = assessed(tracker)
        draft = draft_for(case, assessment, style)
        dispatcher.utter_message(text=draft)
        record(dispatcher, tracker, case, assessment, draft, style)
        return [SlotSet("draft", draft), SlotSet("draft_style", style)]


class ActionShowDraft(Action):
    def name(self) -> Text:
        return "action_show_draft"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        draft = tracker.get_slot("draft")
        if draft:
            dispatcher.utter_message(text="Here's your current draft:")
            dispatcher.utter_message(text=draft)
        else:
            dispatcher.utter_message(text="There's no draft yet: once I know about your offer I'll write one.")
        return []


class ActionExplain(Action):
    def name(self) -> Text:
        return "action_explain"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        if tracker.get_slot("verdict"):
            _, assessment = assessed(tracker)
            dispatcher.utter_message(text="\n".join(assessment.explanations))
        else:
            dispatcher.utter_message(text=why_asked(tracker.get_slot("requested_slot")))
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
