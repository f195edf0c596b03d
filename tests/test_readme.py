"""The README's example drafts are what the code produces today."""
from pathlib import Path

from scripts.readme_examples import readme_with_examples

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_match_the_code():
    text = README.read_text()
    assert readme_with_examples(text) == text, "run: python scripts/readme_examples.py --write"


def test_every_path_the_readme_names_exists():
    import re
    root = README.parent
    named = set(re.findall(r"(?<![\w./:-])((?:[\w.-]+/)+[\w.-]*\.(?:py|yml|yaml|md|json|sh|png|toml|txt))\b",
                           README.read_text()))
    made_at_run_time = ("var/", "models/")
    missing = sorted(path for path in named if not path.startswith(made_at_run_time) and not (root / path).exists())
    assert named and not missing, f"the README names files that do not exist: {missing}"
