"""Names in what a candidate types: the role, and the company, as answers or inside a longer message."""
from __future__ import annotations

import re

from .found import Facts

NAME_LIMIT = 80

# Capitalised words, minus the capitalised words that are not companies.
NOT_NAME = (r"(?:I|I'm|I've|I'd|I'll|OTE|The|A|An|My|Our|Their|Your|And|But|So|It|It's|This|That|They|We|He|She"
             r"|Base|Salary|Commission|Bonus|Total|USD|EUR|GBP|CAD|AUD|INR|AE|SDR|BDR|AM|CSM|SE|Q[1-4]"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|June|July|August"
             r"|September|October|November|December)\b")
NAME = rf"(?!{NOT_NAME})[A-Z][\w&'-]*(?:(?:\s+&)?\s+(?!{NOT_NAME})[A-Z][\w&'-]*){{0,3}}"
COMPANY_AFTER = re.compile(rf"\b(?i:at|with|for|from|join|joining|by)\s+(?:the\s+)?(?P<name>{NAME})")
COMPANY_BEFORE = re.compile(rf"(?P<name>{NAME})(?:'s\s+(?:[\w-]+\s+)?offer|\s+(?:has\s+|have\s+|also\s+|just\s+)*"
                             r"(?:offered|is\s+offering|came\s+back\s+with"
                             r"|(?:made|gave|sent|extended|handed)\s+(?:me\s+)?(?:an?\s+)?(?:[\w-]+\s+)?offer))")

JOB_TITLE_WORD = re.compile(
    r"\b(?:executive|manager|representative|rep|engineer|director|developer|specialist|associate|lead|consultant"
    r"|analyst|officer|vp|head|partner|account|sales)\b", re.I)
_ROLE_TOKEN = (r"(?!(?:a|an|the|for|at|with|in|of|to|from|and|as|on|offer\w*|role|job|position|i|my|is|was|much"
               r"|well|soon|long|far|such|part|per)\b)[A-Za-z][\w/&+.'-]*")
_ROLE_WORDS = rf"{_ROLE_TOKEN}(?:\s+{_ROLE_TOKEN}){{0,5}}?"
_ROLE_PATTERNS = (
    re.compile(rf"\b(?:an?|the)\s+(?P<role>{_ROLE_WORDS})\s+(?:role|position|job|opening|post|seat)\b", re.I),
    re.compile(rf"\boffer(?:ed)?\s+(?:for|as)\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})"
               r"(?:\s+(?:role|position|job))?\s+(?:at|with)\b", re.I),
    re.compile(rf"\bas\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})\s+(?:at|with|for)\s+[A-Z]", re.I),
    re.compile(rf"\b(?:role|title|position)\s+(?:is|of|as|:)\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})"
               r"(?=\s*(?:[,.;!?]|$|\s+(?:at|with|for|and)\b))", re.I),
    # "Offer from Lumen Health: clinical data analyst, $82,000"; "Platform engineer at Cinder, 120k"
    re.compile(rf"\b(?i:offer(?:ed)?\s+(?:from|at|by))\s+{NAME}\s*[:,-]\s*(?:an?\s+|the\s+)?(?P<role>{_ROLE_WORDS})"
               r"(?=\s*(?:[,.;(]|$|\s+(?:at|for|with|and)\b))"),
    re.compile(rf"(?:^|[.!?]\s+)(?P<role>{_ROLE_WORDS})\s+(?:role\s+)?(?i:at|with)\s+[A-Z]", re.I),
)
_FILLER_ADJECTIVES = re.compile(r"^(?:(?:new|great|good|similar|same|better|exciting|nice|full-time|remote"
                                r"|permanent)\b\s*)+", re.I)
_ROLE_PREFIX = re.compile(
    r"^(?:(?:it'?s|it\s+is|that'?s|the\s+(?:role|title|job|position)\s+is|my\s+(?:new\s+)?(?:role|title|job|position)"
    r"\s+(?:is|will\s+be)|i'?ll\s+be|i\s+will\s+be|i'?d\s+be|i'?m\s+going\s+to\s+be|i'?m|i\s+am|they\s+offered\s+me"
    r"|as|an?"
    r"|the)\s+|(?:role|title|job|position)\s*[:=-]\s*)",
    re.I,
)
_COMPANY_PREFIX = re.compile(
    r"^(?:(?:it'?s|it\s+is|that'?s|the\s+(?:company|employer)\s+is|they'?re|they\s+are|i'?d\s+be\s+joining"
    r"|joining|at|with|for|called"
    r"|a\s+company\s+called)\s+|(?:company|employer)\s*[:=-]\s*)",
    re.I,
)
_ROLE_SUFFIX = re.compile(r"\s+(?:role|position|job)$", re.I)
_ANSWER_BREAK = re.compile(r",|;|\(|\s[-–—]\s|\.\s|\s+and\s+", re.I)


# The last word of a job title names a person who does something: "engineer", "analyst", "nurse", "VP".
_OCCUPATION = re.compile(
    r"(?:\w+(?:er|or|ist|ant|ent|ian|ive|ee|eur|man|woman|person)|nurse|rep|lead|head|chef|clerk|coach|vp|svp|evp"
    r"|c[a-z]o|sde|swe|sre|pm|ae|sdr|bdr|csm|intern|fellow|staff|owner|partner|associate|analyst|admin|medic"
    r"|scientist|architect|attorney|lawyer|paralegal|advocate|buyer|planner|sales|barista|cook|pilot|surgeon|tech"
    r"|mechanic|guard|agent|counsel|secretary|teller|actuary|aide|vet|doctor)", re.I)


def looks_like_a_title(role: str) -> bool:
    """ "platform engineer", "head of sales", "HR business partner"; not "step up" or "bank" ("role is a step up",
    "I'd never take the bank job"), which the patterns alone would read as titles."""
    head = re.split(r"\s+(?:of|for|in|,)\s+", role.strip(), maxsplit=1)[0].split()
    return bool(head) and bool(_OCCUPATION.fullmatch(head[-1].strip(".,")) or JOB_TITLE_WORD.search(" ".join(head)))


def read_role(text: str, facts: Facts) -> None:
    """A job title said in passing; an answer to "what's the role?" is taken as given (read_name_answer)."""
    for pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(text):
            role = _FILLER_ADJECTIVES.sub("", match.group("role")).strip()
            if role and role != facts.values.get("company") and looks_like_a_title(role):
                facts.values["role"] = _capped(role)
                return


_FILLER = re.compile(r"^(?:(?:btw|by\s+the\s+way|oh|also|and|fyi|ps|ok(?:ay)?|so|well|actually|sorry|oops|right)\b"
                     r"[\s,:.!-]*)+", re.I)


def read_name_answer(answer: str, asked: str, facts: Facts) -> None:
    prefix = _ROLE_PREFIX if asked == "role" else _COMPANY_PREFIX
    name = _FILLER.sub("", answer)
    while True:
        stripped = prefix.sub("", name, count=1)
        if stripped == name:
            break
        name = stripped
    if asked == "role":
        at_company = re.search(rf"\s+(?i:at|with|for)\s+(?P<company>{NAME})", name)
        if at_company:
            facts.values.setdefault("company", at_company.group("company"))
            name = name[:at_company.start()]
        name = _ROLE_SUFFIX.sub("", name.strip())
    name = _ANSWER_BREAK.split(name, maxsplit=1)[0].strip().strip("\"'").rstrip(".!?,;: ")
    if not re.search(r"[A-Za-z]", name) or "_" in name:  # "session_start" (a command's word) is no name
        what = "the job title" if asked == "role" else "the company's name"
        facts.questions.append(f"I didn't catch a name there. What is {what} (or say \"skip\")?")
        return
    facts.values[asked] = _capped(name)


def _capped(name: str) -> str:
    if len(name) <= NAME_LIMIT:
        return name
    cut = name[:NAME_LIMIT]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-")


# ---- figures ----------------------------------------------------------------------------------------------


def name_pattern(name: str) -> str:
    """A company's name as the candidate may shorten it: "Halden" for "Halden Systems"."""
    first = name.split()[0] if " " in name else ""
    if len(first) >= 4 and first[0].isupper() and not re.fullmatch(NOT_NAME, first):
        return rf"\b{re.escape(name)}\b|\b{re.escape(first)}\b"
    return rf"\b{re.escape(name)}\b"
