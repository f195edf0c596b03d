"""The NLU component makes a plain command certain and leaves every other reading as the classifier gave it."""
from rasa.shared.nlu.training_data.message import Message

from nlu.commands import PlainCommandClassifier


def classified(text, intent, confidence):
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                            "intent_ranking": [{"name": intent, "confidence": confidence},
                                               {"name": "delete_data", "confidence": 1 - confidence}]})
    return PlainCommandClassifier().process([message])[0]


def test_a_plain_command_is_certain_whatever_the_classifier_thought():
    message = classified("forget me", "inform_offer", 0.55)
    assert message.get("intent") == {"name": "delete_data", "confidence": 1.0}
    ranking = [entry["name"] for entry in message.get("intent_ranking")]
    assert ranking == ["delete_data", "inform_offer"]  # no second delete_data entry
    assert "intent" in message.output_properties


def test_anything_else_keeps_the_classifiers_reading():
    message = classified("Forget Me Not Florists", "inform_offer", 0.55)
    assert message.get("intent") == {"name": "inform_offer", "confidence": 0.55}
    assert [entry["name"] for entry in message.get("intent_ranking")] == ["inform_offer", "delete_data"]
