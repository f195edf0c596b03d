"""NLU quality gate: k-fold cross-validation of the intent classifier, failing below a macro-F1 floor.

    python scripts/nlu_quality.py [--folds 5] [--epochs 30] [--min-f1 0.90]

Runs `rasa test nlu --cross-validation` on data/nlu.yml with config.yml, its DIET epochs lowered for the
folds (the gate checks the data and the pipeline, not the last bit of training), prints the per-intent
report and exits 1 when the intent macro-F1 is below the floor.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def config_with_epochs(epochs: int, folder: Path) -> Path:
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    for component in config["pipeline"]:
        if component["name"] == "DIETClassifier":
            component["epochs"] = epochs
    path = folder / "config.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--min-f1", type=float, default=0.90)
    args = parser.parse_args()
    out = ROOT / "var" / "nlu-quality"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        config = config_with_epochs(args.epochs, Path(folder))
        command = [str(Path(sys.executable).parent / "rasa"), "test", "nlu", "--nlu", str(ROOT / "data" / "nlu.yml"),
                   "--config", str(config), "--cross-validation", "--folds", str(args.folds), "--out", str(out)]
        completed = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        print(completed.stderr[-3000:], file=sys.stderr)
        return completed.returncode
    report = json.loads((out / "intent_report.json").read_text())
    print(f"{'intent':28} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
    for intent, scores in sorted(report.items()):
        if isinstance(scores, dict) and "f1-score" in scores and intent not in ("macro avg", "weighted avg",
                                                                                "micro avg"):
            print(f"{intent:28} {scores['precision']:9.3f} {scores['recall']:7.3f} {scores['f1-score']:6.3f} "
                  f"{scores['support']:8d}")
    macro = report["macro avg"]["f1-score"]
    verdict = "ok" if macro >= args.min_f1 else "BELOW THE FLOOR"
    print(f"intent macro-F1 over {args.folds} folds: {macro:.3f} (floor {args.min_f1:.2f}) {verdict}")
    return 0 if macro >= args.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
