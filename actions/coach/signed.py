"""Whether the candidate already said yes: signed the offer, accepted it by email, or said yes on a call.

A signed offer is not reopened: the coach says so kindly and helps with what comes next instead.
"""
import re

_SAID_YES = re.compile(
    r"\bi\s*(?:'ve|\s+have)?\s+(?:already\s+|just\s+|officially\s+)?(?:signed|accepted)\b(?!\s+(?:offer|letter|up|in|on|out"
    r"|off)\b)"
    r"|\balready\s+(?:signed|accepted|said\s+yes)\b"
    r"|\b(?:signed|accepted)\s+(?:it|the\s+(?:offer|letter|contract)|their\s+offer|already|yesterday|today|this\s+\w+"
    r"|last\s+\w+|on\s+\w+day|by\s+(?:e-?mail|phone)|over\s+the\s+phone|verbally)\b"
    r"|\bsaid\s+yes\s+(?:on\s+the\s+(?:call|phone)|over\s+the\s+phone|to\s+(?:it|them|the\s+offer)|already|yesterday)\b",
    re.I)
_NOT_YET = re.compile(r"\b(?:not|n't|never|yet\s+to|before|about\s+to|going\s+to|gonna|should\s+i|if\s+i|when\s+i"
                      r"|want\s+to|plan\s+to|will)\b[^.;!?]{0,25}$", re.I)
# Someone else's offer: "my friend signed their offer", "she accepted the offer".
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|my\s+\w+|friends?|colleagues?|co-?workers?|someone|everyone|people)\b"
                           r"[^.;!?]{0,15}$", re.I)
# "If I signed it yesterday, would that matter?": wondering, not telling.
_WONDERING = re.compile(r"^\W*(?:if|what\s+if|should|would|could|can|do|does|did|is|was|suppose)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]*[.!?]?")


def already_said_yes(text: str) -> bool:
    """ "i signed it yesterday", "accepted by email on tuesday", "I said yes on the call"; not "I haven't signed"."""
    for sentence in _SENTENCE.findall(text or ""):
        if _WONDERING.search(sentence.strip()):
            continue
        for match in _SAID_YES.finditer(sentence):
            before = sentence[max(0, match.start() - 30):match.start()]
            if not _NOT_YET.search(before) and not _SOMEONE_ELSE.search(before):
                return True
    return False


def advice(raised_terms: list) -> list:
    """What to tell someone who already said yes: the offer stands; what still matters waits for the job."""
    lines = ["You've already said yes, so the offer stands as it is. Reopening an offer you've signed or accepted "
             "would cost trust before your first day, and it's not something I'd suggest."]
    if raised_terms:
        lines.append(f"What you raised ({', '.join(raised_terms)}) is best brought up once you've started: ask about "
                     "it as a question, at a one-to-one or your first review, rather than as a condition.")
    lines.append("For now, confirm the start date and what they need from you, and enjoy the new role.")
    return lines
