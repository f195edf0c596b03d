"""NLU quality gate: k-fold cross-validation of the intent classifier, failing below a macro-F1 floor.

    python scripts/nlu_quality.py [--folds 5] [--min-f1 0.90] [--config config.yml]

Runs `rasa test nlu --cross-validation` on data/nlu.yml with the pipeline the coach ships (config.yml, or
another one to compare), prints the per-intent report and exits 1 when the intent macro-F1 is below the
floor. Rasa shuffles the folds with NumPy's global generator and no seed; it is seeded here, so every run
splits the data the same way and the figure CI enforces is the one measured on a laptop.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AVERAGES = ("macro avg", "weighted avg", "micro avg")
FOLD_SEED = 2026
RASA_WITH_SEEDED_FOLDS = ("import sys, numpy; numpy.random.seed(int(sys.argv.pop(1))); "
                          "from rasa.__main__ import main; sys.argv[0] = 'rasa'; main()")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-f1", type=float, default=0.90)
    parser.add_argument("--config", type=Path, default=ROOT / "config.yml", help="the pipeline to check")
    args = parser.parse_args()
    out = ROOT / "var" / "nlu-quality"
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", RASA_WITH_SEEDED_FOLDS, str(FOLD_SEED), "test", "nlu",
               "--nlu", str(ROOT / "data" / "nlu.yml"),
               "--config", str(args.config.resolve()), "--cross-validation", "--folds", str(args.folds),
               "--out", str(out)]
    completed = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        print(completed.stderr[-3000:], file=sys.stderr)
        return completed.returncode
    report = json.loads((out / "intent_report.json").read_text())
    print(f"{'intent':28} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
    for intent, scores in sorted(report.items()):
        if isinstance(scores, dict) and "f1-score" in scores and intent not in AVERAGES:
            print(f"{intent:28} {scores['precision']:9.3f} {scores['recall']:7.3f} {scores['f1-score']:6.3f} "
                  f"{scores['support']:8d}")
    macro = report["macro avg"]["f1-score"]
    verdict = "ok" if macro >= args.min_f1 else "BELOW THE FLOOR"
    print(f"intent macro-F1 over {args.folds} folds: {macro:.3f} (floor {args.min_f1:.2f}) {verdict}")
    return 0 if macro >= args.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
