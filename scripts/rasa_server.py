"""Rasa's own command line, with the coach's fixes to Rasa 3.6's serving applied first, its store kept
durable (serving/durable_store.py), its HTTP door guarded (serving/api_door.py) and its calls to the action
server bounded (serving/action_calls.py).

    python scripts/rasa_server.py run --model models --endpoints endpoints.yml ...   # the same arguments as `rasa`

serve.py, the benchmark and the scale test start the Rasa server through this; serving/rasa_fixes.py says
what the fixes are, why, and that none changes what the coach says.
"""
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUR_LOGGERS = ("actions", "channels", "nlu", "serving")
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "scripts":
    sys.path[0] = str(ROOT)  # run as a script: nothing in scripts/ may shadow a module Rasa imports
elif str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> None:
    from serving import action_calls, api_door, durable_store, keys
    from serving.rasa_fixes import apply

    keys.resolve(os.environ, ROOT / "var")  # serve.py passes them; anyone else gets the ones kept in var/
    # Our loggers get their level of their own: loading the model imports numpy.distutils, which sets the
    # root logger to WARNING, and the coach's INFO lines (an erasure, a turn answered before the NLU) vanished.
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(os.environ.get("LOG_LEVEL") or "INFO")

    skipped = apply()
    if skipped:
        print(f"warning: {skipped}; running stock Rasa without the serving fixes", file=sys.stderr)
    # Not speed fixes: without them the coach could lose conversations, open its API to anyone, or leave a
    # candidate waiting minutes for nothing. durable_store refuses any Rasa but the one all were written for.
    durable_store.apply()
    api_door.apply()
    action_calls.apply()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
