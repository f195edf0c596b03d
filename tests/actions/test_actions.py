"""The assess and draft actions: slots in, core called, result slots and messages out."""
import asyncio

from actions.actions import ActionAssess, ActionDraftVariant, ActionExplain, ActionShowDraft, requested_style
from actions.store.repository import CaseRepository
from tests.actions.conftest import make_tracker

PAY_CUT = {"role": "Account Executive", "company": "Northwind", "offer_base": 85000.0, "offer_variable": 35000.0,
           "previous_earnings": 130000.0, "concern": "It's a pay cut", "evidence": "yes, pay stubs",
           "accept_as_is": "yes",
           "reasons": [{"key": "below_previous_earnings", "said": "It's a pay cut", "misstated": False}]}
NOTHING = {"offer_base": 85000.0, "offer_variable": 0.0, "concern": "nothing", "reasons": []}


def run(action, dispatcher, tracker):
    return asyncio.run(action.run(dispatcher, tracker, {}))


def slot_sets(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_assess_sets_the_contract_slots_and_keeps_the_draft_apart(dispatcher):
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT)))
    assert events["verdict"] == "negotiate"
    assert events["leverage"] == ["below_previous_earnings"]
    assert events["weak_reasons"] == []
    texts = [m.get("text") for m in dispatcher.messages]
    assert events["draft"] in texts  # the draft is a message of its own
    assert all(events["draft"] not in t for t in texts if t and t != events["draft"])
    assert "$130,000" in events["draft"]


def test_assess_stores_the_case(dispatcher):
    run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT))
    record = CaseRepository().load("candidate-1")
    assert record.verdict == "negotiate" and record.facts["previous_earnings"] == 130000.0


def test_assess_without_a_reason_accepts(dispatcher):
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("nothing", NOTHING)))
    assert events["verdict"] == "accept" and "accept" in events["draft"].lower()


def test_the_summary_is_a_table_on_the_web_and_aligned_text_in_the_shell(dispatcher):
    run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT, channel="socketio"))
    assert any("|" in (m.get("text") or "") for m in dispatcher.messages)
    dispatcher.messages.clear()
    run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT, channel="cmdline"))
    assert not any((m.get("text") or "").startswith("Here's your offer at a glance:\n|") for m in dispatcher.messages)


def test_variants_need_a_verdict_first(dispatcher):
    assert run(ActionDraftVariant(), dispatcher, make_tracker("make it an email", NOTHING)) == []


def test_an_email_variant_replaces_the_draft(dispatcher):
    slots = dict(PAY_CUT, verdict="negotiate", draft="old")
    tracker = make_tracker("as an email please", slots, intent="request_variant",
                           entities=[{"entity": "variant", "value": "email"}])
    events = slot_sets(run(ActionDraftVariant(), dispatcher, tracker))
    assert events["draft"].startswith("Subject:") and events["draft_style"] == "email"


def test_style_words_without_an_entity():
    assert requested_style(make_tracker("give me talking points for the call")) == "phone"
    assert requested_style(make_tracker("more formal please")) == "formal"
    assert requested_style(make_tracker("hmm")) is None


def test_show_draft_and_why(dispatcher):
    run(ActionShowDraft(), dispatcher, make_tracker("show it", {"draft": "Thank you..."}))
    assert dispatcher.messages[-1]["text"] == "Thank you..."
    run(ActionExplain(), dispatcher, make_tracker("why?", {"requested_slot": "evidence"}))
    assert "back it up" in dispatcher.messages[-1]["text"]


def test_a_store_failure_is_said_and_the_advice_still_arrives(dispatcher, monkeypatch):
    monkeypatch.setenv("COACH_DB_URL", "sqlite:////proc/no-such-dir/coach.db")
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT)))
    assert events["verdict"] == "negotiate" and events["draft"]
    assert any("couldn't save" in (m.get("text") or "") for m in dispatcher.messages)
