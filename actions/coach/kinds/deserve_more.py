""""I deserve more" without proof: nothing the employer can check. It backfires."""
from .kind import ReasonKind, backfiring

KIND = ReasonKind(
    key="deserve_more",
    label="'I deserve more' without proof",
    intent="concern_deserve_more",
    cues=(r"\bdeserve\b", r"\b(i'?m|i am) worth (more|a lot)\b", r"\bworth more\b", r"\bundervalu\w*\b",
          r"\b(should|could) (get|be paid|earn|make) (more|a lot more)\b", r"\bunderpaid\b", r"\bnot enough for me\b",
          r"\b(my|with my) (experience|skills|talent)\b[^.;]{0,40}\b(more|higher)\b"),
    check=backfiring((True, "It is about this job's pay."),
                     (False, "There is no figure or proof behind it."),
                     (False, "It can't be backed up if they ask why.")),
    backfires_because="Feeling you are worth more is not something the employer can check; without a figure or proof "
                      "behind it, it reads as entitlement rather than a gap they can solve.",
)
