"""The assess and draft actions: slots in, core called, result slots and messages out."""
from actions.actions import ActionAssess, ActionShowDraft
from actions.store.repository import CaseRepository
from tests.actions.conftest import PAY_CUT, make_tracker, run, slot_sets

NOTHING = {"offer_base": 85000.0, "offer_variable": 0.0, "concern": "nothing", "reasons": []}


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
    assert [item["round"] for item in record.history] == [1]


def test_assess_without_a_reason_accepts(dispatcher):
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("nothing", NOTHING)))
    assert events["verdict"] == "accept" and "accept" in events["draft"].lower()


def test_the_summary_is_rows_for_the_channels_and_aligned_text_in_the_shell(dispatcher):
    run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT, channel="socketio"))
    summary = next(m["custom"]["summary"] for m in dispatcher.messages if m.get("custom"))
    assert summary["heading"] == "Here's your offer at a glance:"
    assert ["Offer base", "$85,000 a year"] in summary["rows"]
    dispatcher.messages.clear()
    run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT, channel="cmdline"))
    assert not any(m.get("custom") for m in dispatcher.messages)
    shown = next(m["text"] for m in dispatcher.messages if (m.get("text") or "").startswith("Here's your offer"))
    assert "Offer base" in shown and "$85,000 a year" in shown and "|" not in shown


def test_show_draft_says_the_draft_or_that_there_is_none_yet(dispatcher):
    run(ActionShowDraft(), dispatcher, make_tracker("show it", {"draft": "Thank you..."}))
    assert dispatcher.messages[-1]["text"] == "Thank you..."
    run(ActionShowDraft(), dispatcher, make_tracker("show it", {}))
    assert "no draft yet" in dispatcher.messages[-1]["text"]


def test_a_second_assessment_says_what_changed_and_keeps_the_history(dispatcher):
    first = slot_sets(run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT)))
    dispatcher.messages.clear()
    later = dict(PAY_CUT, history=first["history"], previous_earnings=80000.0, reasons=[])
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("actually it was 80k", later)))
    assert events["verdict"] == "accept" and len(events["history"]) == 2
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert not any(t.startswith("Here's your offer at a glance") for t in texts)  # the summary comes once
    assert texts[0].startswith("That changes my advice") and "accepting is now the smart move" in texts[0]


def test_a_store_failure_is_said_and_the_advice_still_arrives(dispatcher, monkeypatch):
    monkeypatch.setenv("COACH_DB_URL", "sqlite:////proc/no-such-dir/coach.db")
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT)))
    assert events["verdict"] == "negotiate" and events["draft"]
    assert any("couldn't save" in (m.get("text") or "") for m in dispatcher.messages)
