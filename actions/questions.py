"""The coach's questions, one `action_ask_<slot>` per form slot.

Actions rather than `utter_ask_*` responses so a question can fit the case (what proof suits the reason
raised), and so every response in the domain is one the stories use.
"""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.coach.intake import reasons_from

YES_NO = [{"title": "Yes", "payload": "Yes"}, {"title": "No", "payload": "No"}]
NOT_SURE = [{"title": "Not sure", "payload": "Not sure"}]

QUESTIONS: Dict[str, str] = {
    "role": "What's the role you've been offered? (Say \"skip\" if you'd rather not.)",
    "company": "Which company made the offer? (\"skip\" is fine too.)",
    "offer_base": "What base pay are they offering? Write it however you like: \"$85k\", \"$40/hr\", "
                  "\"€5,000 a month\".",
    "offer_variable": "And the variable pay at target, such as commission or bonus? Say \"none\" if there isn't any.",
    "previous_earnings": "What do you earn in your current or most recent job, per year in total (base plus any "
                         "commission or bonus)? \"Rather not say\" is fine.",
    "concern": "Is there anything that stands between you and saying yes to this offer? Tell me in your own words, "
               "or say \"nothing\".",
    "other_concern": "Besides what you've told me, is there anything else that stands between you and saying yes? "
                     "Say \"nothing\" if not.",
    "competing_offer": "What is the other offer worth per year in total (base plus variable)?",
    "competing_offer_in_writing": "Do you have that other offer in hand, in writing?",
    "would_choose_other": "If this company can't get closer, would you really take the other offer?",
    "evidence": "If they asked, could you back that up? For example a pay stub, the written offer, the job ad, an "
                "email, or the territory list.",
    "accept_as_is": "If they can't move at all, would you still accept this offer as it is?",
    "delete_confirmed": "Do you want me to delete everything you've told me, including this conversation? "
                        "This can't be undone.",
}
BUTTONS: Dict[str, List[Dict[str, str]]] = {
    "competing_offer_in_writing": YES_NO,
    "would_choose_other": YES_NO,
    "accept_as_is": YES_NO + NOT_SURE,
    "delete_confirmed": [{"title": "Yes, delete it", "payload": "Yes"}, {"title": "No, keep it", "payload": "No"}],
}
# The proof that suits each reason, for the evidence question.
PROOF = {
    "below_previous_earnings": "what you earn now (a pay stub or last year's tax form)",
    "larger_territory": "the territory comparison (the territory list, a map, or the team's numbers)",
    "changed_terms": "what was described earlier (the job ad, an email or a message)",
}


def evidence_question(tracker: Tracker) -> str:
    proofs = [PROOF[reason.key] for reason in reasons_from(dict(tracker.slots)) if reason.key in PROOF]
    if not proofs:
        return QUESTIONS["evidence"]
    return f"If they asked, could you show {' and '.join(dict.fromkeys(proofs))}?"


class AskQuestion(Action):
    """Asks for `slot`; the subclasses below only name the slot."""

    slot: Optional[str] = None

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        text = evidence_question(tracker) if self.slot == "evidence" else QUESTIONS[self.slot]
        dispatcher.utter_message(text=text, buttons=BUTTONS.get(self.slot, []))
        return []


# One registered action per question (rasa-sdk registers every Action subclass it finds).
ASK_ACTIONS = {slot: type(f"Ask_{slot}", (AskQuestion,), {"slot": slot}) for slot in QUESTIONS}
