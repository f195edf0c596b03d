"""Fixes to Rasa 3.6's serving, applied by scripts/rasa_server.py before Rasa's own command line runs.

They were found by profiling the server with py-spy (benchmarks/README.md says how), and none changes a
result:

1. Action-server replies are checked against Rasa's event schema by a validator built once. Stock Rasa
   calls jsonschema.validate() on every reply, and that first re-checks the schema itself against the JSON
   Schema meta-schema: about a third of the server's CPU time for the coach, which calls its action server
   twice a turn (validate the answer, ask the next question).
2. Once the model is loaded, everything then alive is moved out of the garbage collector's sight
   (gc.freeze()). Otherwise each full collection walks every object of spaCy, Rasa's graph and the model,
   in the middle of some candidate's turn (with DIET's TensorFlow graph, 0.3 to 1 s each time).

Written against Rasa 3.6.21; on any other version apply() changes nothing and says why.
"""
from typing import Any, Dict, Optional

FOR_VERSION = "3.6.21"


def validate_action_results_with_one_validator() -> None:
    import jsonschema
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction

    stock = RemoteAction._validate_action_result
    schema = RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)  # what jsonschema.validate() repeats on every call, done once
    validator = validator_class(schema)

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        if type(self).action_response_format_spec is not RemoteAction.action_response_format_spec:
            return stock(self, result)  # a subclass with its own schema: leave it to stock Rasa
        # jsonschema.validate() without the schema check: the same validator class, the same verdict.
        if best_match(validator.iter_errors(result)) is None:
            return True
        return stock(self, result)  # invalid: stock Rasa raises the error, with its message about the format

    RemoteAction._validate_action_result = _validate_action_result


def freeze_what_the_model_loaded() -> None:
    import gc

    import rasa.core.run

    stock = rasa.core.run.load_agent_on_start

    async def load_agent_on_start(*args: Any, **kwargs: Any):
        agent = await stock(*args, **kwargs)  # in each Sanic worker, after the fork
        gc.collect()
        gc.freeze()
        return agent

    # serve_application() looks the listener up by this name when it registers it.
    rasa.core.run.load_agent_on_start = load_agent_on_start


def apply() -> Optional[str]:
    """Applies the fixes; returns why not when they don't fit this Rasa."""
    import rasa

    if rasa.__version__ != FOR_VERSION:
        return f"Rasa {rasa.__version__} is not {FOR_VERSION}"
    validate_action_results_with_one_validator()
    freeze_what_the_model_loaded()
    return None
