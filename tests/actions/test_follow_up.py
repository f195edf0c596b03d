"""What the candidate says after the verdict, through the adapter: answers said, or the form handed the new case."""
from actions.actions import ActionAssess
from actions.follow_up import ActionFollowUp
from actions.forms import FORM, READ_ALREADY
from tests.actions.conftest import PAY_CUT, make_tracker, run, slot_sets



def decided(dispatcher):
    """The case after the first verdict, as the tracker would hold it."""
    events = slot_sets(run(ActionAssess(), dispatcher, make_tracker("yes", PAY_CUT)))
    dispatcher.messages.clear()
    return dict(PAY_CUT, **events)


def follow_up(dispatcher, text, slots):
    return run(ActionFollowUp(), dispatcher, make_tracker(text, slots, intent="nlu_fallback"))


def texts(dispatcher):
    return [m.get("text") or "" for m in dispatcher.messages]


def test_the_employers_answer_hands_the_new_case_to_the_form(dispatcher):
    events = follow_up(dispatcher, "They came back with 95k base", decided(dispatcher))
    slots = slot_sets(events)
    assert slots["employer_reply"] == "partial" and slots["offer_base"] == 95000.0 and slots["round"] == 2.0
    assert slots["verdict"] is None and slots["draft"] is None  # the advice is worked out again
    assert slots[READ_ALREADY] is True  # the form must not read this message a second time
    assert {"event": "followup", "name": FORM} in [{k: e.get(k) for k in ("event", "name")} for e in events]


def test_another_wording_replaces_the_draft(dispatcher):
    slots = slot_sets(follow_up(dispatcher, "can you make it an email?", decided(dispatcher)))
    assert slots["draft_style"] == "email" and slots["draft"].startswith("Subject:")
    assert texts(dispatcher)[0] == slots["draft"]


def test_why_twice_gets_the_reasoning_then_a_shorter_one(dispatcher):
    case = decided(dispatcher)
    first = slot_sets(follow_up(dispatcher, "why?", case))
    long_why = texts(dispatcher)[-1]
    second = slot_sets(follow_up(dispatcher, "why?", dict(case, **first)))
    assert first["whys"] == 1.0 and second["whys"] == 2.0
    assert texts(dispatcher)[-1] != long_why and len(texts(dispatcher)[-1]) < len(long_why)


def test_show_my_draft_repeats_it_without_changing_anything(dispatcher):
    case = decided(dispatcher)
    assert follow_up(dispatcher, "show me my draft again", case) == []
    assert texts(dispatcher)[-1] == case["draft"]


def test_something_unclear_gets_the_menu_with_buttons(dispatcher):
    assert follow_up(dispatcher, "hmm", decided(dispatcher)) == []
    assert "what the employer answered" in texts(dispatcher)[-1]
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]][1:] == ["show my draft", "show my case"]


def test_before_the_verdict_a_message_is_an_answer_and_the_questions_carry_on(dispatcher):
    events = follow_up(dispatcher, "the base is 90k", {"role": "Account Executive"})
    slots = slot_sets(events)
    assert slots["offer_base"] == 90000.0 and any(e.get("name") == FORM for e in events if e["event"] == "followup")


def test_show_my_case_is_the_summary_with_every_round(dispatcher):
    case = decided(dispatcher)
    follow_up(dispatcher, "show my case", case)
    summary = dispatcher.messages[-1]["custom"]["summary"]
    assert summary["heading"] == "Here's your case so far:"
    assert ["Previous earnings", "$130,000 a year"] in summary["rows"]
    assert [name for name, _ in summary["rows"] if name.startswith("Round")] == [f"Round 1, {case['history'][0]['when']}"]
