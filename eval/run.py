#!/usr/bin/env python3
"""End-to-end evaluation of the negotiation coach.

Each scenario in eval/scenarios.yaml is a candidate (eval/FORMAT.md describes the format). The runner sends
the candidate's opening to the coach's REST channel, then keeps answering whatever form slot the coach is
waiting for (`requested_slot` in the tracker) until the coach has set both `verdict` and `draft`, and
checks the result slots and the draft against the scenario's `expect` block. Then it plays the scenario's
`after` steps, if any: what the candidate says after the verdict (new facts, the employer's answer,
questions), each followed by the coach's questions and checked against the step's own `expect`.

    python eval/run.py                              # every scenario, coach at $RASA_URL
    python eval/run.py --only cx --show             # one group, every transcript
    python eval/run.py --min-rate 0.9 --json out.json more.yaml

The coach is found at $RASA_URL, else http://127.0.0.1:$RASA_PORT (5005); $RASA_AUTH_TOKEN is passed as
?token= when set. Exit status 0 when the pass rate reaches --min-rate (default 1.0, every scenario);
the last line printed is always 'N passed, M failed'. Needs only the standard library and PyYAML.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

SCENARIOS = Path(__file__).resolve().parent / "scenarios.yaml"
MAX_TURNS = 30
MAX_STEP_TURNS = 12  # questions the coach may ask after one message past the verdict
MAX_SAME_QUESTION = 3  # the same slot asked a third time in a row: the coach is stuck
NOT_SURE = "I'm not sure"
CONFIRMED = "yes, that's right"  # the answer to the coach's list of facts, unless the scenario gives one
DEFAULT_MAX_WORDS = 150
SLOT_TOLERANCE = 0.01  # figures in slots: within 1%
DRAFT_TOLERANCE = 0.005  # figures in the draft: within 0.5%
MAX_LEVERAGE = 2

VALID_KINDS = ("below_previous_earnings", "larger_territory", "changed_terms", "competing_offer")
BACKFIRING_KINDS = ("always_negotiate", "deserve_more", "friends_perks", "testing_limits")
REASON_KINDS = VALID_KINDS + BACKFIRING_KINDS
CONTRACT_SLOTS = ("role", "company", "offer_base", "offer_variable", "previous_earnings", "competing_offer",
                  "concern", "evidence", "competing_offer_in_writing", "would_choose_other", "accept_as_is",
                  "facts_confirmed")
EXPECT_KEYS = ("verdict", "leverage", "weak_reasons", "weak_reasons_only", "slots", "draft_amounts",
               "draft_max_words", "leverage_size", "leverage_within", "draft_not_amounts", "draft_excludes",
               "draft_kind", "max_turns")
STEP_EXPECT_KEYS = EXPECT_KEYS + ("employer_reply", "round", "draft_unchanged", "draft_changed", "reply_any")
DRAFT_KINDS = ("counter", "acceptance", "signed", "decline", "nudge", "proof", "closing", "none")
EMPLOYER_REPLIES = ("agreed", "partial", "declined", "proof_requested", "deadline", "silent", "withdrawn")
REPORTED_SLOTS = ("verdict", "leverage", "weak_reasons", "draft", "draft_kind", "offer_base", "offer_variable",
                  "previous_earnings", "competing_offer", "concern", "employer_reply", "round")


# ------------------------------------------------------------------ talking to the coach

def coach_url(env: Dict[str, str]) -> str:
    """$RASA_URL, else the local server on $RASA_PORT (5005)."""
    return env.get("RASA_URL") or f"http://127.0.0.1:{env.get('RASA_PORT') or '5005'}"


def with_token(url: str, token: Optional[str]) -> str:
    if not token:
        return url
    return url + ("&" if "?" in url else "?") + "token=" + urllib.parse.quote(token, safe="")


class Coach:
    """The running coach, seen through the REST channel and the tracker endpoint."""

    def __init__(self, base_url: str, token: Optional[str] = None, timeout: float = 60):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _call(self, path: str, body: Optional[dict] = None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(with_token(self.base_url + path, self.token), data=data,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            return json.loads(response.read().decode() or "null")

    def say(self, sender: str, text: str) -> List[dict]:
        return self._call("/webhooks/rest/webhook", {"sender": sender, "message": text}) or []

    def slots(self, sender: str) -> dict:
        tracker = self._call(f"/conversations/{urllib.parse.quote(sender, safe='')}/tracker") or {}
        return tracker.get("slots") or {}


# ------------------------------------------------------------------ answering the coach

IGNORED_WORDS = {"the", "a", "an", "of", "is", "as", "in", "to", "for", "and", "or", "your", "you",
                 "offer", "amount", "value", "slot", "info", "details"}


def name_words(name: str) -> List[str]:
    """The meaningful words of a slot name, in order: 'previous_earnings_evidence' -> [previous, earnings, evidence]."""
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in IGNORED_WORDS]


def closeness(asked: str, key: str) -> int:
    """Shared words, plus a bonus when both names end in the same word ('territory_evidence' ~ 'evidence')."""
    asked_words, key_words = name_words(asked), name_words(key)
    if not asked_words or not key_words:
        return 0
    shared = len(set(asked_words) & set(key_words))
    same_head = 2 if asked_words[-1] == key_words[-1] else 0
    return shared + same_head if shared else 0


def pick_answer(slot: str, answers: Dict[str, object], default: str = NOT_SURE, times: int = 1) -> str:
    """The candidate's reply to the `times`-th question about `slot`: exact name, else the closest name, else
    default (the list of facts is confirmed). An answer given as a list is said item by item; the last repeats.

    Ties go to the key with fewer words of its own, then to the earlier key.
    """
    if slot in answers:
        return _nth(answers[slot], times)
    if slot == "facts_confirmed":
        return CONFIRMED
    ranked = sorted(((closeness(slot, key), -len(name_words(key)), -i, key) for i, key in enumerate(answers)),
                    reverse=True)
    if ranked and ranked[0][0] > 0:
        return _nth(answers[ranked[0][3]], times)
    return default


def _nth(answer, times: int) -> str:
    if isinstance(answer, list):
        return str(answer[min(times, len(answer)) - 1]) if answer else NOT_SURE
    return str(answer)


def bot_lines(messages: Iterable[dict]) -> List[str]:
    """What the coach said, as text; buttons and custom payloads shown as JSON."""
    lines = []
    for message in messages:
        extra = {k: v for k, v in message.items() if k not in ("recipient_id", "text")}
        if message.get("text"):
            lines.append(message["text"])
        if extra:
            lines.append(json.dumps(extra, ensure_ascii=False))
    return lines


# ------------------------------------------------------------------ finding amounts in text

NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+"
AMOUNT = re.compile(
    r"(?<![\w.])(?P<number>(?:" + NUMBER + r")(?:\.\d+)?)"
    r"(?:\s?(?P<scale>k|thousand|m|mn|million)\b)?"
    r"(?P<period>\s?(?:/|per|a|an|each|every)\s?(?:hour|hr|week|wk|month|mo|quarter|qtr|year|yr)\b"
    r"|\s(?:hourly|weekly|monthly|quarterly|annually|yearly)\b)?",
    re.I)
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6}
PER_YEAR = {"hour": 2080, "hr": 2080, "hourly": 2080, "week": 52, "wk": 52, "weekly": 52,
            "month": 12, "mo": 12, "monthly": 12, "quarter": 4, "qtr": 4, "quarterly": 4}


def find_amounts(text: str) -> List[float]:
    """Every figure in the text, with its yearly equivalent added when a period follows it.

    '$85K' -> [85000]; '€5,000 a month' -> [5000, 60000]; '1,20,000' -> [120000].
    """
    found = []
    for match in AMOUNT.finditer(text or ""):
        value = float(re.sub(r"[,\u00a0\u202f]", "", match.group("number")))
        if match.group("scale"):
            value *= SCALES[match.group("scale").lower()]
        found.append(value)
        period = (match.group("period") or "").strip().lower()
        factor = PER_YEAR.get(re.split(r"[\s/]+", period)[-1], 1) if period else 1
        if factor != 1:
            found.append(value * factor)
    return found


def states_amount(text: str, wanted: float, tolerance: float = DRAFT_TOLERANCE) -> bool:
    return any(abs(have - wanted) <= max(1.0, abs(wanted) * tolerance) for have in find_amounts(text))


# ------------------------------------------------------------------ judging the draft

THANKS = re.compile(r"\b(thank|grateful|appreciat|excit|enthusias|glad|delighted|pleased|thrilled"
                    r"|look(?:ing)? forward)\w*", re.I)
LIMITS = re.compile(r"\b(budgets?|internal equity|(?:pay|team|internal) (?:equity|parity|fairness)"
                    r"|equity (?:across|within)|fairness|fair (?:to|across|for) (?:the|your|everyone|others)"
                    r"|(?:salary |pay |comp )?bands?|(?:salary|pay) ranges?|range for the role|constraints?"
                    r"|limit(?:s|ed|ations?)?|parity|consistency|consistent|(?:salary|pay|comp\w*) structure"
                    r"|what(?:'s| is) possible)\b", re.I)
READY_WORD = re.compile(r"\b(ready|happy|happily|glad|gladly|able|prepared|eager|excited|delighted|keen"
                        r"|pleased|love|would|I'd|will|can)\b", re.I)
ACCEPT_WORD = re.compile(r"\b(accept\w*|sign(?:ing)?|move forward|mov(?:e|ing) ahead|join(?:ing)?|commit\w*"
                         r"|say(?:ing)? yes|start(?:ing)?|come on board|get started|proceed)\b", re.I)
ACCEPTS = re.compile(r"\b(accept(?:s|ed|ing)?|say(?:ing)? yes|sign(?:ing)?|join(?:ing)?|on board|come aboard)\b",
                     re.I)
NEGATION = re.compile(r"\b(not|never|unable|cannot|no longer)\b|n't\b", re.I)
BACKFIRING = re.compile(
    r"\b(friends?|deserve\w*|worth more|first offer|always negotiate|see how far|how far you(?:'ll| will| can)"
    r"|ultimatum|or else|final offer|demand\w*|take it or leave it|non-negotiable|anything less"
    r"|(?:won't|will not|cannot|can't) (?:be able to )?accept)\b", re.I)
CLAUSE_END = re.compile(r"[.!?;:,\n]")
SENTENCE_END = re.compile(r"[.!?\n]")
READY_REACH = 60  # characters between "ready" and "accept"
NEGATION_REACH = 30  # characters before "ready" that may negate it


def word_count(text: str) -> int:
    return len((text or "").split())


def clause_before(text: str, start: int) -> str:
    """Up to NEGATION_REACH characters before `start`, cut at the last clause boundary."""
    before = text[max(0, start - NEGATION_REACH):start]
    cuts = [m.end() for m in CLAUSE_END.finditer(before)]
    return before[cuts[-1]:] if cuts else before


def is_negated(text: str, start: int, end: int) -> bool:
    return bool(NEGATION.search(clause_before(text, start) + " " + text[start:end]))


def says_ready(draft: str) -> bool:
    """The draft says, without negating it, that the candidate is ready to accept ('happy to sign...')."""
    for ready in READY_WORD.finditer(draft):
        reach = draft[ready.end():ready.end() + READY_REACH]
        stop = SENTENCE_END.search(reach)
        accept = ACCEPT_WORD.search(reach[:stop.start()] if stop else reach)
        if accept and not is_negated(draft, ready.start(), ready.end() + accept.end()):
            return True
    return False


def accepts(draft: str) -> bool:
    return any(not is_negated(draft, m.start(), m.end()) for m in ACCEPTS.finditer(draft))


def backfiring_words(draft: str) -> List[str]:
    return [m.group(0) for m in BACKFIRING.finditer(draft)]


def draft_kind(slots: dict) -> str:
    """What the draft is: the coach's `draft_kind` slot, else what its verdict implies."""
    return slots.get("draft_kind") or ("counter" if slots.get("verdict") == "negotiate" else "acceptance")


def draft_problems(draft: str, kind: str, expect: dict) -> List[str]:
    """Everything wrong with the draft for what it is (a counter, an acceptance...); empty when it is fine."""
    if kind == "none":
        return []
    if not draft:
        return ["no draft"]
    problems = []
    limit = expect.get("draft_max_words", DEFAULT_MAX_WORDS)
    if word_count(draft) > limit:
        problems.append(f"draft has {word_count(draft)} words, limit {limit}")
    if not THANKS.search(draft):
        problems.append("draft shows no thanks or enthusiasm")
    if kind == "counter":
        if not LIMITS.search(draft):
            problems.append("draft does not acknowledge the employer's limits (budget, equity, fairness, band)")
        if not says_ready(draft):
            problems.append("draft does not say the candidate is ready to accept once it is solved")
    elif kind in ("acceptance", "signed") and not accepts(draft):
        problems.append("acceptance draft does not accept")
    elif kind == "decline" and accepts(draft):
        problems.append("a decline accepts")
    for wanted in expect.get("draft_amounts") or []:
        if not states_amount(draft, wanted):
            problems.append(f"draft does not state {wanted:,.0f}")
    for word in backfiring_words(draft):
        problems.append(f"draft says '{word}'")
    for unwanted in expect.get("draft_not_amounts") or []:
        if states_amount(draft, unwanted):
            problems.append(f"draft states {unwanted:,.0f}, which it should not")
    for words in expect.get("draft_excludes") or []:
        if str(words).lower() in draft.lower():
            problems.append(f"draft carries the candidate's words {words!r}")
    return problems


# ------------------------------------------------------------------ judging the result slots

def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def close_enough(got, wanted: float, tolerance: float = SLOT_TOLERANCE) -> bool:
    return is_number(got) and abs(got - wanted) <= max(1.0, abs(wanted) * tolerance)


def as_set(value) -> set:
    if value is None:
        return set()
    return {value} if isinstance(value, str) else set(value)


def verdict_problems(slots: dict, expect: dict) -> List[str]:
    verdict = slots.get("verdict")
    problems = []
    if verdict not in ("negotiate", "accept"):
        problems.append(f"verdict {verdict!r} is neither 'negotiate' nor 'accept'")
    elif "verdict" in expect and verdict != expect["verdict"]:
        problems.append(f"verdict {verdict!r}, expected {expect['verdict']!r}")
    return problems


def leverage_problems(slots: dict, expect: dict) -> List[str]:
    got = as_set(slots.get("leverage"))
    problems = []
    if len(got) > MAX_LEVERAGE:
        problems.append(f"leverage {sorted(got)} has more than {MAX_LEVERAGE} items")
    if "leverage" in expect and got != as_set(expect["leverage"]):
        problems.append(f"leverage {sorted(got)}, expected {sorted(as_set(expect['leverage']))}")
    if "leverage_size" in expect and len(got) != expect["leverage_size"]:
        problems.append(f"leverage {sorted(got)}, expected {expect['leverage_size']} items")
    if "leverage_within" in expect and not got <= as_set(expect["leverage_within"]):
        problems.append(f"leverage {sorted(got)} goes beyond {sorted(as_set(expect['leverage_within']))}")
    return problems


def weak_problems(slots: dict, expect: dict) -> List[str]:
    got = as_set(slots.get("weak_reasons"))
    problems = []
    missing = as_set(expect.get("weak_reasons")) - got
    if missing:
        problems.append(f"weak_reasons {sorted(got)} lacks {sorted(missing)}")
    if "weak_reasons_only" in expect and not got <= as_set(expect["weak_reasons_only"]):
        extra = got - as_set(expect["weak_reasons_only"])
        problems.append(f"weak_reasons {sorted(got)} names {sorted(extra)}, which the candidate did not raise")
    return problems


def figure_problems(slots: dict, expect: dict) -> List[str]:
    problems = []
    for name, wanted in (expect.get("slots") or {}).items():
        got = slots.get(name)
        if is_number(wanted):
            if not close_enough(got, wanted):
                problems.append(f"slot {name}={got!r}, expected {wanted:,.0f}")
        elif got != wanted:
            problems.append(f"slot {name}={got!r}, expected {wanted!r}")
    return problems


def kind_problems(slots: dict, expect: dict) -> List[str]:
    if "draft_kind" in expect and draft_kind(slots) != expect["draft_kind"]:
        return [f"draft_kind {draft_kind(slots)!r}, expected {expect['draft_kind']!r}"]
    return []


def result_problems(slots: dict, expect: dict) -> List[str]:
    """Everything that differs from what a careful coach concludes; empty when the scenario passes."""
    return (verdict_problems(slots, expect) + leverage_problems(slots, expect) + weak_problems(slots, expect)
            + figure_problems(slots, expect) + kind_problems(slots, expect)
            + draft_problems(slots.get("draft") or "", draft_kind(slots), expect))


def step_problems(slots: dict, expect: dict, draft_before: Optional[str], said: str) -> List[str]:
    """What differs after one message past the verdict: the keys of `expect` given, and the step's own."""
    problems = []
    if "verdict" in expect:
        problems += verdict_problems(slots, expect)
    if {"leverage", "leverage_size", "leverage_within"} & set(expect):
        problems += leverage_problems(slots, expect)
    problems += weak_problems(slots, expect) + figure_problems(slots, expect) + kind_problems(slots, expect)
    for name in ("employer_reply", "round"):
        if name in expect and slots.get(name) != expect[name]:  # a round of 2.0 is 2
            problems.append(f"{name} {slots.get(name)!r}, expected {expect[name]!r}")
    draft = slots.get("draft") or ""
    if expect.get("draft_unchanged") and draft != (draft_before or ""):
        problems.append("the draft changed, though nothing about the case did")
    if expect.get("draft_changed") and draft == (draft_before or ""):
        problems.append("the draft stayed the same")
    if expect.get("reply_any") and not any(str(word).lower() in said.lower() for word in expect["reply_any"]):
        problems.append(f"the coach's reply names none of {expect['reply_any']}")
    if draft != (draft_before or "") or {"draft_kind", "draft_amounts", "draft_excludes"} & set(expect):
        problems += draft_problems(draft, draft_kind(slots), expect)
    return problems


# ------------------------------------------------------------------ playing one candidate

@dataclass
class Outcome:
    id: str
    passed: bool
    problems: List[str]
    turns: int = 0
    transcript: List[tuple] = field(default_factory=list)
    slots: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"id": self.id, "passed": self.passed, "problems": self.problems, "turns": self.turns,
                "slots": {name: self.slots.get(name) for name in REPORTED_SLOTS},
                "transcript": [list(line) for line in self.transcript]}


def finished(slots: dict) -> bool:
    return bool(slots.get("verdict")) and bool(slots.get("draft"))


class Candidate:
    """Answers the coach as the scenario's candidate would: each question by its slot, an answer given as a list
    item by item, and notices when the same question comes a third time in a row."""

    def __init__(self, scenario: dict, answers: Optional[dict] = None):
        self.answers = {**(scenario.get("answers") or {}), **(answers or {})}
        self.default = scenario.get("default", NOT_SURE)
        self.replies = list(scenario.get("then") or [])
        self.times: Dict[str, int] = {}
        self.last_slot, self.asked_in_a_row = None, 0

    def reply(self, requested_slot: Optional[str]) -> str:
        if not requested_slot:
            self.last_slot, self.asked_in_a_row = None, 0
            return self.replies.pop(0) if self.replies else "yes"
        self.asked_in_a_row = self.asked_in_a_row + 1 if requested_slot == self.last_slot else 1
        self.last_slot = requested_slot
        self.times[requested_slot] = self.times.get(requested_slot, 0) + 1
        return pick_answer(requested_slot, self.answers, self.default, self.times[requested_slot])

    def stuck(self) -> bool:
        return self.asked_in_a_row >= MAX_SAME_QUESTION


def _turn(coach: Coach, sender: str, text: str, transcript: List[tuple]) -> Tuple[dict, List[str]]:
    transcript.append(("candidate", text))
    said = bot_lines(coach.say(sender, text))
    transcript.extend(("coach", line) for line in said)
    return coach.slots(sender), said


def _to_verdict(coach: Coach, sender: str, scenario: dict, transcript: List[tuple],
                max_turns: int) -> Tuple[dict, int, List[str]]:
    """Plays the opening and the answers until there is a verdict and a draft: (slots, turns, problems)."""
    candidate, text, slots = Candidate(scenario), str(scenario["opening"]), {}
    for turn in range(1, max_turns + 1):
        slots, _ = _turn(coach, sender, text, transcript)
        if finished(slots):
            return slots, turn, []
        text = candidate.reply(slots.get("requested_slot"))
        if candidate.stuck():
            return slots, turn, [f"asked for '{candidate.last_slot}' {MAX_SAME_QUESTION} times in a row"]
    return slots, max_turns, [f"no verdict and draft after {max_turns} turns"]


def _after(coach: Coach, sender: str, scenario: dict, index: int, step: dict, slots: dict,
           transcript: List[tuple]) -> Tuple[dict, List[str]]:
    """One message past the verdict, the questions it brings, and the checks: (slots, problems)."""
    candidate, draft_before = Candidate(scenario, step.get("answers")), slots.get("draft")
    slots, said = _turn(coach, sender, str(step["say"]), transcript)
    for _ in range(MAX_STEP_TURNS):
        if not slots.get("requested_slot"):
            break
        text = candidate.reply(slots.get("requested_slot"))
        if candidate.stuck():
            return slots, [f"after {index}: asked for '{candidate.last_slot}' {MAX_SAME_QUESTION} times in a row"]
        slots, more = _turn(coach, sender, text, transcript)
        said += more
    else:
        return slots, [f"after {index}: still asking after {MAX_STEP_TURNS} answers"]
    problems = step_problems(slots, step.get("expect") or {}, draft_before, "\n".join(said))
    return slots, [f"after {index}: {problem}" for problem in problems]


def play(coach: Coach, scenario: dict, max_turns: int = MAX_TURNS) -> Outcome:
    sid = scenario["id"]
    sender = f"eval-{sid}-{uuid.uuid4().hex[:8]}"
    transcript: List[tuple] = []
    slots, turns, problems = _to_verdict(coach, sender, scenario, transcript, max_turns)
    expect = scenario.get("expect") or {}
    if problems:
        return Outcome(sid, False, problems, turns, transcript, slots)
    problems = result_problems(slots, expect)
    if "max_turns" in expect and turns > expect["max_turns"]:
        problems.append(f"{turns} turns to the verdict, expected at most {expect['max_turns']}")
    for index, step in enumerate(scenario.get("after") or [], start=1):
        slots, more = _after(coach, sender, scenario, index, step, slots, transcript)
        problems += more
    return Outcome(sid, not problems, problems, turns, transcript, slots)


def play_safely(coach: Coach, scenario: dict) -> Outcome:
    """A coach that errors or times out fails this scenario; the run goes on."""
    try:
        return play(coach, scenario)
    except Exception as error:  # noqa: BLE001 - any failure of the coach is a failed scenario
        return Outcome(scenario.get("id", "?"), False, [f"error: {error!r}"])


# ------------------------------------------------------------------ scenarios

def scenario_problems(scenario: dict) -> List[str]:
    """Mistakes in a scenario's own writing (not the coach's): unknown keys, impossible expectations."""
    sid = scenario.get("id", "?")
    problems = [f"{sid}: needs {k}" for k in ("id", "opening") if not scenario.get(k)]
    problems += [f"{sid}: unknown answer key {k!r}" for k in scenario.get("answers") or {} if k not in CONTRACT_SLOTS]
    expect = scenario.get("expect") or {}
    problems += [f"{sid}: unknown expect key {k!r}" for k in expect if k not in EXPECT_KEYS]
    problems += _expect_problems(sid, expect)
    for index, step in enumerate(scenario.get("after") or [], start=1):
        if not step.get("say"):
            problems.append(f"{sid}: after {index} needs say")
        step_expect = step.get("expect") or {}
        problems += [f"{sid}: after {index}: unknown expect key {k!r}" for k in step_expect if k not in STEP_EXPECT_KEYS]
        problems += [f"{sid}: after {index}: unknown answer key {k!r}" for k in step.get("answers") or {}
                     if k not in CONTRACT_SLOTS]
        problems += _expect_problems(f"{sid}: after {index}", step_expect)
    return problems


def _expect_problems(sid: str, expect: dict) -> List[str]:
    problems = []
    if expect.get("verdict") not in (None, "negotiate", "accept"):
        problems.append(f"{sid}: verdict must be negotiate or accept")
    if expect.get("draft_kind") not in (None,) + DRAFT_KINDS:
        problems.append(f"{sid}: draft_kind must be one of {', '.join(DRAFT_KINDS)}")
    if expect.get("employer_reply") not in (None,) + EMPLOYER_REPLIES:
        problems.append(f"{sid}: employer_reply must be one of {', '.join(EMPLOYER_REPLIES)}")
    for key in ("leverage", "weak_reasons", "weak_reasons_only", "leverage_within"):
        problems += [f"{sid}: {key} names unknown reason {r!r}" for r in as_set(expect.get(key)) - set(REASON_KINDS)]
    if len(as_set(expect.get("leverage"))) > MAX_LEVERAGE:
        problems.append(f"{sid}: leverage can hold at most {MAX_LEVERAGE} items")
    if as_set(expect.get("leverage")) & set(BACKFIRING_KINDS):
        problems.append(f"{sid}: a backfiring reason cannot be leverage")
    return problems


def load_scenarios(paths: Iterable[Path], only: Optional[str] = None) -> List[dict]:
    scenarios = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            scenarios.extend(yaml.safe_load(handle) or [])
    ids = [s.get("id") for s in scenarios]
    problems = [p for s in scenarios for p in scenario_problems(s)]
    problems += [f"duplicate id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    if problems:
        raise ValueError("bad scenarios:\n  " + "\n  ".join(problems))
    return [s for s in scenarios if not only or s["id"].startswith(only)]


# ------------------------------------------------------------------ reporting

def summary_line(outcome: Outcome) -> str:
    head = f"{'PASS' if outcome.passed else 'FAIL'} {outcome.id} ({outcome.turns} turns)"
    return head + (": " + "; ".join(outcome.problems) if outcome.problems else "")


def transcript_lines(outcome: Outcome) -> List[str]:
    lines = [f"    {who:>9}: {text}" for who, text in outcome.transcript]
    if outcome.slots:
        shown = {name: outcome.slots.get(name) for name in REPORTED_SLOTS if name != "draft"}
        lines.append(f"    {'slots':>9}: {json.dumps(shown, ensure_ascii=False)}")
        lines.append(f"    {'draft':>9}: {outcome.slots.get('draft')}")
    return lines


def pass_rate(outcomes: List[Outcome]) -> float:
    return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else 0.0


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help=f"scenario files (default {SCENARIOS})")
    parser.add_argument("--url", default=coach_url(dict(os.environ)), help="the coach's base URL")
    parser.add_argument("--only", help="run only the scenarios whose id starts with this")
    parser.add_argument("--show", action="store_true", help="print every transcript, not only the failures")
    parser.add_argument("--min-rate", type=float, default=1.0, help="exit 1 below this pass rate (0-1)")
    parser.add_argument("--json", type=Path, help="write the per-scenario results here")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for each HTTP call")
    return parser.parse_args(argv)


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    try:
        scenarios = load_scenarios(args.files or [SCENARIOS], args.only)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(error, file=sys.stderr)
        return 2
    if not scenarios:
        print(f"no scenario id starts with {args.only!r}", file=sys.stderr)
    coach = Coach(args.url, os.environ.get("RASA_AUTH_TOKEN"), args.timeout)
    outcomes = []
    for scenario in scenarios:
        outcome = play_safely(coach, scenario)
        outcomes.append(outcome)
        print(summary_line(outcome), flush=True)
        if (args.show or not outcome.passed) and outcome.transcript:
            print("\n".join(transcript_lines(outcome)), flush=True)
    if args.json:
        args.json.write_text(json.dumps([o.as_json() for o in outcomes], indent=1, ensure_ascii=False))
    passed = sum(o.passed for o in outcomes)
    rate = pass_rate(outcomes)
    turns = sorted(o.turns for o in outcomes if o.turns)
    if turns:
        print(f"median turns to the verdict {statistics.median(turns):g} (most {turns[-1]})")
    print(f"pass rate {rate:.1%} ({passed}/{len(outcomes)}), required {args.min_rate:.0%}")
    print(f"{passed} passed, {len(outcomes) - passed} failed")
    return 0 if outcomes and rate >= args.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
