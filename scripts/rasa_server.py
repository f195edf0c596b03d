"""Rasa's own command line, with the coach's fixes to Rasa 3.6's serving applied first, and its store
kept durable (serving/durable_store.py).

    python scripts/rasa_server.py run --model models --endpoints endpoints.yml ...   # the same arguments as `rasa`

serve.py, the benchmark and the scale test start the Rasa server through this; serving/rasa_fixes.py says
what the fixes are, why, and that none changes what the coach says.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "scripts":
    sys.path[0] = str(ROOT)  # run as a script: nothing in scripts/ may shadow a module Rasa imports
elif str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> None:
    from serving import durable_store
    from serving.rasa_fixes import apply

    skipped = apply()
    if skipped:
        print(f"warning: {skipped}; running stock Rasa without the serving fixes", file=sys.stderr)
    durable_store.apply()  # not a speed fix: without it the coach could lose conversations
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
