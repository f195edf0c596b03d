"""The NLU's last word on plain commands: a message that is only "forget me" is `delete_data`, surely.

Runs after the intent classifier and the FallbackClassifier. When the coaching core recognises the whole
message as a command (actions/coach/commands.py) the intent is set to it with full confidence, so the
rules that answer commands fire whatever this training run made of two short words. Everything else keeps
the classifier's reading untouched.
"""
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.coach.commands import plain_command


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class PlainCommandClassifier(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "PlainCommandClassifier":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = plain_command(message.get(TEXT))
            if intent:
                sure = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
                ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
                           if entry.get(INTENT_NAME_KEY) != intent]
                message.set(INTENT, sure, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [sure, *ranking], add_to_output=True)
        return messages
