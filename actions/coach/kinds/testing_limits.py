"""Testing how far the company will go: a tactic presented as a need. It backfires."""
from .kind import ReasonKind, backfiring

KIND = ReasonKind(
    key="testing_limits",
    label="Testing how far they will go",
    intent="concern_testing_limits",
    cues=(r"\bhow far\b(?=[^.;]{0,12}\b(?:they|the\s+company|you|i|we|can|will|would|to\s+push|it\s+goes|this\s+goes)\b)"
          r"(?![^.;]{0,20}\b(?:office|commute|drive|away|from\s+home|travel\s+is|the\s+site)\b)", r"\bhow (high|much (more|higher)?)\b[^.;]{0,15}\b(they'?d|they would|they will|they can|they go"
          r"|they'?ll)\b", r"\bsee (if|whether|what) they('?ll| will| would)?\b", r"\bjust to see\b",
          r"\btest (them|the waters|their limits)\b", r"\bpush (them|my luck|and see)\b", r"\bbudge\b",
          r"\bsqueeze\b", r"\bcall their bluff\b", r"\bsee what happens\b", r"\bwhat i can get\b",
          r"\b(use|leverage)\b[^.;]{0,20}\bto (get|ask for|push|squeeze|bump)\b"),
    check=backfiring((False, "Nothing about this offer stands in your way."),
                     (False, "There is no gap to point to."),
                     (False, "It would present a tactic as a need.")),
    backfires_because="Pushing only to find their limit shows you are playing a game; employers notice, and the offer "
                      "can go to the runner-up.",
)
