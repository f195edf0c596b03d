"""The messages the candidate sends: a counter built from their real reasons, or an acceptance note.

A counter follows five steps, in this order:
  1. thanks and enthusiasm for the role (by name, and the company's when known);
  2. the gap, stated plainly with the candidate's own figures and facts (never invented);
  3. one or two asks, each tied to a reason that passed the checks (``assessment.leverage``);
  4. an acknowledgement of the employer's limits: budget, internal equity, fairness across the team;
  5. that the candidate is ready to accept once the gap is solved.

Weak or backfiring reasons are never mentioned, nor are pressure words or ultimatums. Every draft
stays within ``MAX_WORDS`` (``SHORTER_MAX_WORDS`` for the "shorter" style), counting every
whitespace-separated token, subject line and placeholders included. When the candidate's own words
would push a draft over the cap, they are shortened at clause boundaries first, and the phrasing is
made more compact after that.

Wording varies between cases (a few phrasings per part, picked by a hash of the case), but the same
input always gives the same output.

Also here: ``summary`` (the offer, the figures and each reason with its three checks) and its two
renderers, plain text for a terminal and a Markdown table for the chat widget / Slack.

Nothing here imports Rasa.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Tuple

from .case import Assessment, Case, CheckedReason, Reason
from .money import format_money

STYLES: Tuple[str, ...] = ("default", "email", "phone", "shorter", "warmer", "formal")
MAX_WORDS = 150
SHORTER_MAX_WORDS = 80

VALID_KINDS: Tuple[str, ...] = ("below_previous_earnings", "larger_territory", "changed_terms", "competing_offer")
BACKFIRING_KINDS: Tuple[str, ...] = ("always_negotiate", "deserve_more", "friends_perks", "testing_limits")
MONEY_KINDS: Tuple[str, ...] = ("below_previous_earnings", "competing_offer")

# Human labels for the summary (kept here on purpose: this module does not depend on reasons.py).
LABELS: Dict[str, str] = {
    "below_previous_earnings": "Pay below previous earnings",
    "larger_territory": "Territory larger than the standard",
    "changed_terms": "Terms changed from what was described",
    "competing_offer": "Competing offer in hand",
    "always_negotiate": "'Always negotiate' advice",
    "deserve_more": "Feeling you deserve more",
    "friends_perks": "Friends' perks",
    "testing_limits": "Testing their limits",
}

CHECK_ORDER: Tuple[str, ...] = ("relevant", "concrete", "truthful")

# Words a draft must never carry (pressure, ultimatums, the reasons that backfire). Candidate text
# quoted into a draft loses any clause that matches.
BANNED = re.compile(
    r"\b(friends?|deserve\w*|first offer|see how far|ultimatum|or else|final\w*|demand\w*|"
    r"(?:won't|will not|cannot|can't|wouldn't|would not) (?:be able to )?accept|anything less|"
    r"non-negotiable|take it or leave it|walk away)\b",
    re.I,
)


def word_count(text: str) -> int:
    """The count used for the caps: whitespace-separated tokens, as the scenario runner counts."""
    return len(text.split())


# What each style aims for; a draft goes over its aim (never over its limit) only when the candidate's
# figures and facts need the room.
AIM_WORDS: Dict[str, int] = {"default": 125, "warmer": 130, "formal": 130, "email": 140, "phone": 100,
                             "shorter": SHORTER_MAX_WORDS}


def word_limit(style: str) -> int:
    """The hard cap for a style: 150 words, 80 for "shorter"."""
    return SHORTER_MAX_WORDS if style == "shorter" else MAX_WORDS


def label(key: str) -> str:
    """A human label for a reason kind; unknown keys get a readable fallback."""
    return LABELS.get(key) or key.replace("_", " ").strip().capitalize()


# --------------------------------------------------------------------------------------------------
# Deterministic choice


def _seed(case: Case, reasons: Sequence[Reason] = ()) -> str:
    parts = [repr(case)] + [f"{r.key}|{r.said}" for r in reasons]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _pick(seed: str, part: str, options: Sequence[str]) -> str:
    digest = hashlib.sha256(f"{seed}:{part}".encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


# --------------------------------------------------------------------------------------------------
# Text helpers

_CONTRACTIONS = (
    ("I'm", "I am"), ("I'd", "I would"), ("I've", "I have"), ("I'll", "I will"), ("isn't", "is not"),
    ("there's", "there is"), ("you're", "you are"), ("it's", "it is"), ("that's", "that is"),
    ("Let's", "Let us"), ("let's", "let us"), ("we're", "we are"), ("doesn't", "does not"),
)

_LOWERABLE = {"the", "they", "their", "there", "my", "it", "its", "this", "that", "these", "those",
              "we", "our", "a", "an", "in", "on", "at", "for", "with", "when", "during", "both", "each"}


def _formalise(template: str) -> str:
    for short, full in _CONTRACTIONS:
        template = template.replace(short, full)
    return template


def _words_clip(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def _clauses(text: str) -> List[str]:
    """Split at sentence and clause boundaries, keeping the punctuation with each piece."""
    return [piece for piece in re.findall(r"[^,;.!?]+[,;.!?]*", text) if piece.strip()]


def _clean_quote(text: Optional[str], limit: Optional[int] = None) -> str:
    """The candidate's words, tidied: no quotes around them, no banned clauses, optionally shortened.

    Shortening keeps whole clauses from the start while they fit; only a first clause longer than the
    limit is cut mid-way (marked with an ellipsis). Returns "" when nothing usable is left.
    """
    if not text:
        return ""
    text = " ".join(text.split()).strip().strip("\"'“”‘’").strip()
    pieces = [p for p in _clauses(text) if not BANNED.search(p)]
    if not pieces:
        return ""
    if limit is not None:
        kept: List[str] = []
        used = 0
        for piece in pieces:
            n = word_count(piece)
            if used + n > limit:
                break
            kept.append(piece)
            used += n
        if not kept:  # a long first clause: keep it whole if only a little over, else cut it
            first = pieces[0].strip().rstrip(",;")
            return first if word_count(first) <= limit + 4 else _words_clip(first, limit)
        pieces = kept
    out = " ".join(p.strip() for p in pieces).strip()
    return out.rstrip(",;:— -").strip()


def _sentence(text: str) -> str:
    """Capitalised, with closing punctuation."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text += "."
    return text


def _inline(text: str) -> str:
    """For use after a colon: lower-case the first word when it is a plain function word."""
    text = text.strip()
    if text.endswith(".") and not text.endswith("…."):
        text = text[:-1]
    first = text.split(" ", 1)[0]
    if first.lower() in _LOWERABLE:
        text = first.lower() + text[len(first):]
    return text


_NO_EVIDENCE = re.compile(
    r"^\s*(no\b|nope|not\b|nothing|none|n/?a\b|i'?m not sure|not sure|don'?t know|i don'?t|unsure|maybe)", re.I)
_AFFIRMATIVE = re.compile(r"^\s*(yes|yeah|yep|yup|sure|of course|absolutely|definitely|i do|i can)\s*[,.!:;-]+\s*", re.I)


def _evidence(text: Optional[str], limit: Optional[int]) -> str:
    """The candidate's proof as a sentence for the employer, or "" when there is none worth saying."""
    if not text or _NO_EVIDENCE.search(text):
        return ""
    text = _AFFIRMATIVE.sub("", " ".join(text.split()))
    if re.match(r"^\s*(yes|yeah|yep|sure|ok|okay)\W*$", text, re.I):
        return ""
    quote = _clean_quote(text, limit)
    if not quote or word_count(quote) < 2:
        return ""
    if re.match(r"^I\b", quote):
        return _sentence(quote)
    return _sentence(f"I can back this up: {_inline(quote)}")


# What proof of each kind tends to mention. One `evidence` answer serves the whole case, so proof that
# clearly belongs to a reason left out of the draft (a weak one, say) must not bring it back in.
_EVIDENCE_MARKERS: Dict[str, str] = {
    "below_previous_earnings": r"w-?2|pay ?stubs?|pay ?slips?|p60|payroll|tax return|paycheck|bank statement|"
                               r"salary|earn|comp(ensation)? statement",
    "competing_offer": r"(another|other|competing|second|rival) offer|offers? from|counter ?offer",
    "larger_territory": r"territor|accounts?|map|states|region|patch|quota|counties|zip codes",
    "changed_terms": r"posting|job ad|\bad\b|advert|recruiter|listing|described|remote|hybrid|on-?site|travel|"
                     r"interview|pto|vacation|benefits",
}


def _evidence_fits(text: str, case: Case, kinds: Sequence[str]) -> bool:
    """False when the proof is clearly about a kind of reason that is not among `kinds`."""
    def about(kind: str) -> bool:
        if re.search(_EVIDENCE_MARKERS[kind], text, re.I):
            return True
        other = _clean_name(case.other_company, 12)
        return kind == "competing_offer" and bool(other) and other.lower() in text.lower()

    if any(about(kind) for kind in kinds):
        return True
    return not any(about(kind) for kind in _EVIDENCE_MARKERS if kind not in kinds)


def _role_phrase(case: Case, name_cap: int) -> str:
    """"the Account Executive role at Acme", "the role at Acme", "the Account Executive role" or "the role".

    Squeezed, a role keeps its last words (the head noun: "Senior Enterprise Account Executive" becomes
    "Account Executive") and a company its first ones.
    """
    role = _clean_name(case.role, name_cap, keep_end=True)
    company = _clean_name(case.company, name_cap)
    if role:
        lowered = role.lower()
        if lowered.startswith(("the ", "a ", "an ")):
            role = role.split(" ", 1)[1]
            lowered = role.lower()
        noun = "" if lowered.endswith((" role", " position", " job")) or lowered in ("role", "position") else " role"
        phrase = f"the {role}{noun}"
    else:
        phrase = "the role"
    if company:
        phrase += f" at {company}"
    return phrase


_NO_NAME = re.compile(r"^\W*(none|n/?a|na|skip|no|nope|i'?m not sure|not sure|unsure|don'?t know|i don'?t know|"
                      r"no idea|rather not say|prefer not to say)?\W*$", re.I)


def _clean_name(value: Optional[str], cap: int, keep_end: bool = False) -> str:
    if not value:
        return ""
    value = " ".join(str(value).split()).strip().strip("\"'“”").rstrip(".")
    if not value or _NO_NAME.search(value) or BANNED.search(value):
        return ""
    words = value.split()
    if len(words) <= cap:
        return value
    if keep_end:
        tail = words[-cap:]
        if tail[-1].lower() in ("role", "position", "job") and len(words) > cap:
            tail = words[-cap - 1:]
        return " ".join(tail)
    return " ".join(words[:cap]).rstrip(",;:&-")


def _money(value: float, case: Case) -> str:
    return format_money(value, case.currency or "USD")


def _positive(value: Optional[float]) -> bool:
    return value is not None and value > 0


# --------------------------------------------------------------------------------------------------
# Phrasings. Keys: part -> style -> options. "compact" serves the shorter and phone styles and the
# tightest retries of the others; styles not listed use "default". Formal uses the default phrasings
# without contractions unless it has its own.

PHRASES: Dict[str, Dict[str, Tuple[str, ...]]] = {
    "thanks": {
        "default": (
            "Thank you for the offer for {role}. I'm genuinely excited about it.",
            "Thanks so much for the offer for {role}; I'm excited about the work and the team.",
            "Thank you for offering me {role}. I'm really enthusiastic about joining.",
        ),
        "warmer": (
            "Thank you so much for the offer for {role}! I'm truly excited about this opportunity and the chance to contribute.",
            "I was so glad to receive the offer for {role}, thank you! I'm really looking forward to working with the team.",
            "Thank you, sincerely, for the offer for {role}. I'm thrilled at the prospect of joining.",
        ),
        "formal": (
            "Thank you for extending the offer for {role}. I am very enthusiastic about the opportunity.",
            "Thank you for the offer for {role}. I remain genuinely enthusiastic about the position.",
            "Thank you for the offer for {role}; I am grateful for it and very enthusiastic about the opportunity.",
        ),
        "compact": (
            "Thank you for the offer for {role}; I'm excited about it.",
            "Thanks for the offer for {role}. I'm excited to join.",
        ),
    },
    # below_previous_earnings, the total short of previous earnings
    "gap_total": {
        "default": (
            "The gap for me is pay: the offer comes to {total}, below the {prev} a year I've been earning, so the move would be a step back.",
            "My concern is the pay. At {total}, the offer is below the {prev} I earned in my most recent role, which would make this a step back for me.",
            "To be clear about the gap: the offer totals {total}, while my most recent earnings were {prev} a year.",
        ),
        "compact": (
            "The offer totals {total}, below the {prev} I've been earning.",
            "At {total}, the offer is below my recent earnings of {prev}.",
        ),
    },
    # appended when the base is also short of the previous base
    "gap_base_also": {
        "default": (
            "The base of {base} is also below my previous base of {pbase}.",
            "The base, {base}, is also under the {pbase} base I've had.",
        ),
        "compact": ("The {base} base is also below my {pbase}.",),
    },
    # below_previous_earnings, only the base short of the previous base
    "gap_base": {
        "default": (
            "The gap for me is the base: {base}, against the {pbase} base I've had, which would be a step back.",
            "My concern is the base pay. At {base}, it is below my previous base of {pbase}.",
        ),
        "compact": ("The {base} base is below my previous base of {pbase}.",),
    },
    # below_previous_earnings without figures to compare: the candidate's own words
    "gap_said": {
        "default": ("The gap for me is pay: {said}", "My concern is the pay. {Said}"),
        "compact": ("On pay: {said}",),
    },
    # the same, for a second leverage item
    "gap_total_next": {
        "default": (
            "There is also the pay: the offer comes to {total}, below the {prev} a year I've been earning.",
            "Also, at {total}, the offer is below the {prev} I earned in my most recent role.",
        ),
        "compact": ("Also, the offer totals {total}, below my {prev}.",),
    },
    "gap_base_next": {
        "default": ("There is also the base: {base}, against the {pbase} base I've had.",),
        "compact": ("Also, the {base} base is below my previous {pbase}.",),
    },
    "gap_said_next": {
        "default": ("There is also the pay: {said}",),
        "compact": ("Also, on pay: {said}",),
    },
    "territory_next": {
        "default": ("There is also the territory. {Said}", "Also, on the territory: {said}"),
        "compact": ("Also, the territory: {said}",),
    },
    "changed_next": {
        "default": ("Also, something differs from what was described earlier. {Said}",
                    "There is also a change from what was described during the process: {said}"),
        "compact": ("Also, what changed: {said}",),
    },
    "competing": {
        "default": (
            "I {also}have {an_offer}{from_other}{worth}{vs_here}.",
            "To be open with you, I {also}have {an_offer}{from_other}{worth}{vs_here}.",
            "I want to be transparent that I {also}have {an_offer}{from_other}{worth}{vs_here}.",
        ),
        "compact": ("I {also}have {an_offer}{from_other}{worth}.",),
    },
    "territory": {
        "default": ("My concern is the territory. {Said}", "The territory is the gap for me. {Said}",
                    "On the territory: {said}"),
        "compact": ("On the territory: {said}",),
    },
    "changed": {
        "default": (
            "The terms differ from what was described earlier in the process. {Said}",
            "Something has changed from what was described earlier. {Said}",
            "One thing is different from what was described during the process: {said}",
        ),
        "compact": ("What changed: {said}",),
    },
    "ask_total": {
        "default": (
            "Could we bring the total closer to {prev}?",
            "Is there room to move the total package toward {prev}?",
            "Would it be possible to bring the package closer to {prev}, so the move isn't a step back?",
        ),
        "compact": ("Could the total move closer to {prev}?",),
    },
    "ask_base": {
        "default": (
            "Could the base move closer to {pbase}?",
            "Is there room to bring the base toward {pbase}?",
            "Would it be possible to move the base closer to {pbase}?",
        ),
        "compact": ("Could the base move closer to {pbase}?",),
    },
    "ask_competing": {
        "default": (
            "Is there room to come closer to {c}?",
            "Could you move closer to the {c} of that offer?",
            "Would it be possible to narrow the gap to {c}?",
        ),
        "compact": ("Could you come closer to {c}?",),
    },
    "ask_pay": {
        "default": ("Could we look at the pay, so the move isn't a step back?",),
        "compact": ("Could we look at the pay?",),
    },
    "ask_competing_nofigure": {
        "default": ("Is there room to narrow the gap with that offer?",
                    "Could you move closer to that offer?"),
        "compact": ("Could you move closer to that offer?",),
    },
    "ask_territory": {
        "default": (
            "Could the pay reflect the larger territory, or the territory be brought in line with the standard for the role?",
            "Would you consider adjusting the base or variable for the size of the territory, or bringing the territory closer to the usual size?",
            "Is there room to reflect the territory's size in the pay, or to align the territory with the standard for the role?",
        ),
        "compact": ("Could the pay reflect the larger territory?",
                    "Could the pay reflect the territory's size, or the territory be brought to the standard?"),
    },
    "ask_changed": {
        "default": (
            "Could we return to the terms described earlier, or adjust the offer to reflect the change?",
            "Would it be possible to keep the arrangement as it was described during the process?",
            "Is there a way to bring the offer back in line with what was described earlier?",
        ),
        "compact": ("Could we return to the terms as described?",),
    },
    "deal_breaker_money": {
        "default": (
            "To be candid, at the current figure it would be hard for me to say yes.",
            "I want to be honest that at the current figure it would be hard for me to say yes.",
        ),
        "compact": ("At the current figure, it would be hard to say yes.",),
    },
    "deal_breaker_terms": {
        "default": (
            "To be candid, as things stand it would be hard for me to say yes.",
            "I want to be honest that, as it stands, it would be hard for me to say yes.",
        ),
        "compact": ("As it stands, it would be hard to say yes.",),
    },
    "limits": {
        "default": (
            "I understand you have a budget to work within, internal equity to keep, and fairness across the team to protect.",
            "I know there's a budget and internal equity to consider, and that fairness across the team matters.",
            "I appreciate that you're balancing budget, internal equity and fairness across the team.",
        ),
        "warmer": (
            "I completely understand that you're working within a budget and keeping internal equity and fairness across the team.",
            "I really appreciate that there's a budget, internal equity and fairness across the team to think about.",
        ),
        "formal": (
            "I fully appreciate that you must work within a budget and maintain internal equity and fairness across the team.",
            "I recognise the constraints of budget, internal equity and fairness across the team.",
        ),
        "compact": (
            "I understand budget, internal equity and fairness across the team matter.",
            "I understand your budget and internal equity.",
            "I respect your budget and fairness across the team.",
        ),
    },
    "ready": {
        "default": (
            "If we can close this gap, I'm ready to accept and get started.",
            "If we can find a way on this, I'm ready to accept right away.",
            "If this can be solved, I'd be ready to accept and get started.",
        ),
        "warmer": (
            "If we can make this work, I'm ready to accept and would love to get started.",
            "If we can find a way on this, I'd be delighted and ready to accept straight away.",
        ),
        "formal": (
            "Should we be able to resolve this, I would be ready to accept the offer.",
            "If this can be resolved, I would be pleased and ready to accept the offer.",
        ),
        "compact": (
            "If we can solve this, I'm ready to accept.",
            "If we can close this gap, I'm ready to accept.",
        ),
    },
    "subject": {
        "default": ("Subject: The offer for {role}", "Subject: Thank you, and one question on the offer",
                    "Subject: Following up on the offer for {role}"),
        "formal": ("Subject: The offer for {role}",),
        "compact": ("Subject: The offer",),
    },
    "greeting": {
        "default": ("Hi [Name],", "Hello [Name],"),
        "formal": ("Dear [Name],",),
        "compact": ("Hi [Name],",),
    },
    "signoff": {
        "default": ("Best regards,\n[Your name]", "Kind regards,\n[Your name]"),
        "warmer": ("Warm regards,\n[Your name]", "With thanks,\n[Your name]"),
        "formal": ("Yours sincerely,\n[Your name]", "Kind regards,\n[Your name]"),
        "compact": ("Best regards,\n[Your name]",),
    },
    # acceptance note
    "acc_thanks": {
        "default": ("Thank you for the offer for {role}.", "Thanks so much for the offer for {role}."),
        "warmer": ("Thank you so much for the offer for {role}; I'm thrilled!",
                   "I was so glad to receive the offer for {role}, thank you!"),
        "formal": ("Thank you for extending the offer for {role}.",),
        "compact": ("Thank you for the offer for {role}.",),
    },
    "acc_accept": {
        "default": ("I'm glad to accept it{terms}.", "I'm happy to accept the offer{terms}."),
        "warmer": ("I'm delighted to accept it{terms}.", "I'm so happy to accept the offer{terms}."),
        "formal": ("I am pleased to formally accept the offer{terms}.",),
        "compact": ("I'm glad to accept{terms}.",),
    },
    "acc_forward": {
        "default": ("I'm looking forward to getting started.", "I'm looking forward to joining the team."),
        "warmer": ("I can't wait to get started and to work with the team.",
                   "I'm really looking forward to joining the team."),
        "formal": ("I look forward to joining the team.",),
        "compact": ("I'm looking forward to starting.",),
    },
    "acc_confirm": {
        "default": ("Could you confirm the start date and the terms in writing?",
                    "Could you please send the start date and the terms in writing?"),
        "formal": ("Could you please confirm the start date and the terms in writing?",),
        "compact": ("Could you confirm the start date and terms in writing?",),
    },
    "acc_subject": {
        "default": ("Subject: Accepting the offer for {role}", "Subject: Happy to accept the offer"),
        "formal": ("Subject: Acceptance of the offer for {role}",),
        "compact": ("Subject: Accepting the offer",),
    },
}


@dataclass(frozen=True)
class _Level:
    """How hard to squeeze a draft to fit its cap; tried in order until one fits."""

    quote_cap: Optional[int]
    evidence_cap: Optional[int]  # 0 drops the evidence sentence
    compact: bool
    name_cap: int
    shortest: bool = False  # always take the shortest phrasing


_LEVELS: Tuple[_Level, ...] = (
    _Level(None, None, False, 12),
    _Level(30, 20, False, 10),
    _Level(30, 0, False, 10),
    _Level(20, 0, False, 8),
    _Level(16, 0, False, 8, shortest=True),
    _Level(12, 0, False, 6, shortest=True),
    _Level(30, 0, True, 8),
    _Level(16, 0, True, 8),
    _Level(30, 0, True, 8, shortest=True),
    _Level(16, 0, True, 8, shortest=True),
    _Level(10, 0, True, 6, shortest=True),
    _Level(10, 0, True, 4, shortest=True),
    _Level(10, 0, True, 2, shortest=True),
    _Level(6, 0, True, 2, shortest=True),
    _Level(4, 0, True, 2, shortest=True),
)


class _Phrasebook:
    def __init__(self, seed: str, style: str, level: _Level):
        self.seed = seed
        self.style = style
        self.level = level

    def __call__(self, part: str, **values: str) -> str:
        table = PHRASES[part]
        compact = self.level.compact or self.style in ("shorter", "phone")
        if compact and "compact" in table:
            options: Sequence[str] = table["compact"]
        else:
            options = table.get(self.style) or table["default"]
        if self.level.shortest:
            template = min(options, key=lambda t: (word_count(t), t))
        else:
            template = _pick(self.seed, part, options)
        if self.style == "formal":
            template = _formalise(template)
        return template.format(**values)


# --------------------------------------------------------------------------------------------------
# The counter


def _leverage(assessment: Assessment) -> List[CheckedReason]:
    items = [c for c in assessment.leverage if c.key in VALID_KINDS][:2]
    # Each money kind speaks once: two reasons of the same money kind would repeat the same figures.
    seen = set()
    unique = []
    for checked in items:
        if checked.key in MONEY_KINDS and checked.key in seen:
            continue
        seen.add(checked.key)
        unique.append(checked)
    return unique


def _gap_and_ask(case: Case, checked: CheckedReason, index: int, say, level: _Level) -> Tuple[List[str], str, bool]:
    """The gap sentences and the ask for one leverage item, and whether the gap is about money."""
    key = checked.key

    def part(name: str) -> str:
        return f"{name}_next" if index > 0 and f"{name}_next" in PHRASES else name

    said_text = _clean_quote(checked.reason.said, level.quote_cap)
    said_inline = _inline(said_text) if said_text else ""
    if said_inline and not said_inline.endswith(("…", "?", "!")):
        said_inline += "."
    said_sentence = _sentence(said_text) if said_text else ""

    if key == "below_previous_earnings":
        total = case.offer_total
        base = case.offer_base
        prev = case.previous_earnings
        pbase = case.previous_base
        total_short = total is not None and _positive(prev) and total < prev
        base_short = base is not None and _positive(pbase) and base < pbase
        if total_short:
            if _positive(case.offer_variable) and not level.shortest:
                total_text = (f"{_money(total, case)} a year at target ({_money(base, case)} base plus "
                              f"{_money(case.offer_variable, case)} variable)")
                if level.compact:
                    total_text = f"{_money(total, case)} at target"
            else:
                total_text = _money(total, case)
            gap = [say(part("gap_total"), total=total_text, prev=_money(prev, case))]
            if base_short and not level.shortest:
                gap.append(say("gap_base_also", base=_money(base, case), pbase=_money(pbase, case)))
                ask = say("ask_base", pbase=_money(pbase, case))
            else:
                ask = say("ask_total", prev=_money(prev, case))
            return gap, ask, True
        if base_short:
            gap = [say(part("gap_base"), base=_money(base, case), pbase=_money(pbase, case))]
            return gap, say("ask_base", pbase=_money(pbase, case)), True
        # No figures that show the shortfall: fall back on the candidate's own words.
        gap = [say(part("gap_said"), said=said_inline, Said=said_sentence)] if said_text else []
        if _positive(prev) and total is None:
            ask = say("ask_total", prev=_money(prev, case))
        elif _positive(pbase) and base is None:
            ask = say("ask_base", pbase=_money(pbase, case))
        else:
            ask = say("ask_pay")
        return gap, ask, True

    if key == "competing_offer":
        in_writing = case.competing_offer_in_writing is True
        other = _clean_name(case.other_company, level.name_cap)
        figure = case.competing_offer if _positive(case.competing_offer) else None
        total = case.offer_total
        vs_here = ""
        if figure is not None and total is not None and not level.compact:
            vs_here = f", against {_money(total, case)} here"
        values = dict(
            also="also " if index > 0 else "",
            an_offer="a written offer" if in_writing else "another offer",
            from_other=f" from {other}" if other else "",
            worth=f" at {_money(figure, case)} a year" if figure is not None else "",
            vs_here=vs_here,
        )
        gap = [say("competing", **values)]
        ask = say("ask_competing", c=_money(figure, case)) if figure is not None else say("ask_competing_nofigure")
        return gap, ask, True

    if key == "larger_territory":
        if said_text and "territor" in said_text.lower():  # their words already name it
            gap = [f"Also, {said_inline}" if index > 0 else said_sentence]
        elif said_text:
            gap = [say(part("territory"), said=said_inline, Said=said_sentence)]
        else:
            gap = ["The territory is larger than the standard for the role."]
        return gap, say("ask_territory"), False

    # changed_terms
    if said_text:
        gap = [say(part("changed"), said=said_inline, Said=said_sentence)]
    else:
        gap = ["The terms differ from what was described earlier in the process."]
    return gap, say("ask_changed"), False


_PHONE_QUOTE_CAP = 30  # talking points stay short


def _counter_at(case: Case, assessment: Assessment, style: str, level: _Level, seed: str) -> str:
    if style == "phone":
        level = replace(
            level,
            quote_cap=min(level.quote_cap or _PHONE_QUOTE_CAP, _PHONE_QUOTE_CAP),
            evidence_cap=0 if level.evidence_cap == 0 else min(level.evidence_cap or _PHONE_QUOTE_CAP, _PHONE_QUOTE_CAP),
        )
    say = _Phrasebook(seed, style, level)
    items = _leverage(assessment)
    role = _role_phrase(case, level.name_cap)

    thanks = say("thanks", role=role)
    gaps: List[str] = []
    asks: List[str] = []
    money_led = False
    for index, checked in enumerate(items):
        gap, ask, is_money = _gap_and_ask(case, checked, index, say, level)
        gaps.extend(gap)
        asks.append(ask)
        money_led = money_led or (is_money and index == 0)
    if level.evidence_cap != 0 and _evidence_fits(case.evidence or "", case, [c.key for c in items]):
        proof = _evidence(case.evidence, level.evidence_cap)
        core = _clean_quote(case.evidence or "").rstrip(".").lower()
        if proof and core not in " ".join(gaps).lower():
            gaps.append(proof)
    if assessment.deal_breaker:
        asks.append(say("deal_breaker_money" if money_led else "deal_breaker_terms"))
    limits = say("limits")
    ready = say("ready")

    if style == "phone":
        lines = [thanks] + gaps + asks + [limits, ready]
        return "\n".join(f"- {line}" for line in lines)
    if style == "email":
        subject = say("subject", role=role)
        body = [" ".join([thanks]), " ".join(gaps + asks), " ".join([limits, ready])]
        return "\n\n".join([subject, say("greeting")] + body + [say("signoff")])
    return " ".join([thanks] + gaps + asks + [limits, ready])


def counter(case: Case, assessment: Assessment, style: str = "default") -> str:
    """The counter the candidate sends, for a "negotiate" verdict, built only from what they said.

    Raises ValueError for an unknown style, or when the assessment holds no valid leverage (there is
    nothing to ask for: use ``acceptance`` instead).
    """
    _check_style(style)
    items = _leverage(assessment)
    if not items:
        raise ValueError("counter() needs at least one leverage reason of a valid kind; use acceptance()")
    seed = _seed(case, [c.reason for c in items])
    return _fit(lambda level: _counter_at(case, assessment, style, level, seed), style)


def _fit(build, style: str) -> str:
    """The least squeezed version within the style's aim, else within its limit, else the tightest."""
    versions = [build(level) for level in _LEVELS]
    for cap in (AIM_WORDS.get(style, MAX_WORDS), word_limit(style)):
        for draft in versions:
            if word_count(draft) <= cap:
                return draft
    return versions[-1]


# --------------------------------------------------------------------------------------------------
# The acceptance note


def _terms(case: Case) -> str:
    if not _positive(case.offer_base):
        return ""
    base = _money(case.offer_base, case)
    if _positive(case.offer_variable):
        return f", at a base of {base} plus {_money(case.offer_variable, case)} variable at target"
    return f", at a base of {base}"


def _acceptance_at(case: Case, style: str, level: _Level, seed: str) -> str:
    say = _Phrasebook(seed, style, level)
    role = _role_phrase(case, level.name_cap)
    sentences = [say("acc_thanks", role=role), say("acc_accept", terms=_terms(case)),
                 say("acc_forward"), say("acc_confirm")]
    if style == "phone":
        return "\n".join(f"- {s}" for s in sentences)
    if style == "email":
        return "\n\n".join([say("acc_subject", role=role), say("greeting"), " ".join(sentences),
                            say("signoff")])
    return " ".join(sentences)


def acceptance(case: Case, style: str = "default") -> str:
    """A short, warm note accepting the offer as it stands."""
    _check_style(style)
    seed = _seed(case)
    return _fit(lambda level: _acceptance_at(case, style, level, seed), style)


def _check_style(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")


# --------------------------------------------------------------------------------------------------
# Summary


def _check_marks(checked: CheckedReason) -> str:
    by_name = {check.name: check for check in checked.checks}
    marks = []
    for name in CHECK_ORDER:
        check = by_name.get(name)
        marks.append(f"{name} {'–' if check is None else ('✓' if check.passed else '✗')}")
    for check in checked.checks:  # any check beyond the usual three
        if check.name not in CHECK_ORDER:
            marks.append(f"{check.name} {'✓' if check.passed else '✗'}")
    return " · ".join(marks)


def summary(case: Case, assessment: Assessment) -> List[Tuple[str, str]]:
    """Rows of (label, value): the offer, previous pay, a competing offer, then each reason and its checks.

    Figures that were never given are left out. Reasons come leverage first, then those that passed but
    were left out (two items at most), then the weak ones.
    """
    rows: List[Tuple[str, str]] = []
    if case.offer_base is not None:
        rows.append(("Offer base", f"{_money(case.offer_base, case)} a year"))
        if case.offer_variable is not None:
            variable = _money(case.offer_variable, case) + " at target" if case.offer_variable else "none"
            rows.append(("Offer variable", variable))
        rows.append(("Offer total", f"{_money(case.offer_total, case)} a year"))
    if case.previous_earnings is not None:
        rows.append(("Previous earnings", f"{_money(case.previous_earnings, case)} a year"))
    if case.previous_base is not None:
        rows.append(("Previous base", f"{_money(case.previous_base, case)} a year"))
    if case.competing_offer is not None:
        value = f"{_money(case.competing_offer, case)} a year"
        other = _clean_name(case.other_company, 12)
        if other:
            value += f" from {other}"
        if case.competing_offer_in_writing is True:
            value += ", in writing"
        elif case.competing_offer_in_writing is False:
            value += ", not in writing"
        rows.append(("Competing offer", value))
    for group, outcome in ((assessment.leverage, "counts"), (assessment.dropped, "passes, left out (two items at most)"),
                           (assessment.weak, None)):
        for checked in group:
            if outcome is None:
                result = "would backfire" if checked.key in BACKFIRING_KINDS else "does not count"
            else:
                result = outcome
            rows.append((label(checked.key), f"{_check_marks(checked)} → {result}"))
    return rows


def summary_text(rows: Sequence[Tuple[str, str]]) -> str:
    """Two aligned columns of plain text, for a terminal."""
    if not rows:
        return ""
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {value}".rstrip() for name, value in rows)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def summary_markdown(rows: Sequence[Tuple[str, str]]) -> str:
    """A Markdown table, for the chat widget and Slack."""
    lines = ["| Item | Detail |", "| --- | --- |"]
    lines += [f"| {_cell(name)} | {_cell(value)} |" for name, value in rows]
    return "\n".join(lines)
