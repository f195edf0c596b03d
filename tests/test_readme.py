"""The README's example drafts are what the code produces today."""
from pathlib import Path

from scripts.readme_examples import readme_with_examples

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_match_the_code():
    text = README.read_text()
    assert readme_with_examples(text) == text, "run: python scripts/readme_examples.py --write"
