"""Questions the candidate asks the coach, at any point: recognised, answered briefly in the coach's words, and
never read as an answer. "what do you mean? like a screenshot?" gets an answer about proof, and the question
the coach was waiting on is asked again; no figure, name or yes/no is taken from a message that asks.

A statement that ends in a tag ("it's less than now, right?") or a figure with a question mark ("85k?") is not
a question: it is an answer said with some doubt.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple

from .asking import why_asked
from .confirmation import facts_list

_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# Without a question mark, only these openings make a question: "how did you get 91,520", "what do you mean".
_ASKING = re.compile(
    r"^\W*(?:what\s+do\s+you\s+mean|what\s+does\s+that\s+mean|why\s+(?:do|does|would|is|are|should)\b"
    r"|how\s+(?:did|do|does|would|should|can|could)\s+(?:you|i|they|that|it)\b|what\s+if\b|what\s+about\b"
    r"|should\s+i\b|can\s+i\b|do\s+i\s+(?:have|need)\b|will\s+they\b|would\s+they\b|is\s+it\s+(?:ok|okay|normal|fine)\b"
    r"|are\s+you\b|who\s+are\s+you\b)", re.I)
# "so it's less than now, right?": a statement with a tag; "what if they say no?" is still a question.
_TAG_ONLY = re.compile(r"^(?!\W*(?:what|why|how|who|when|where|which|will|would|should|can|could|do|does|did|is|are|am)\b)"
                       r".*?[\s,](?:right|correct|yeah|ok|okay|isn'?t\s+it|no|yes|true|yep)\W*$", re.I)
_FIGURE_ONLY = re.compile(r"^\W*(?:about|around|like|maybe|roughly|approx\w*)?\s*[$€£₹]?\s*\d[\d.,]*\s*"
                          r"(?:k|grand|thousand|lpa|l|lakhs?|m)?\s*(?:a\s+year|an\s+hour|/\s*hr|per\s+\w+)?\W*$", re.I)
_YES_NO_ONLY = re.compile(r"^\W*(?:yes|yeah|yep|no|nope|maybe|sure|ok|okay)\W*$", re.I)


def questions_in(text: str) -> List[str]:
    """The real questions in a message, as written; empty when it asks nothing."""
    return [plain for plain in (sentence.strip() for sentence in _SENTENCE.findall(text or "")) if _asks(plain)]


def _asks(sentence: str) -> bool:
    """Whether a sentence is a real question: not a tag ("right?"), a figure or a yes/no with a question mark."""
    asks = sentence.endswith("?") or bool(_ASKING.search(sentence))
    doubt = _TAG_ONLY.match(sentence) or _FIGURE_ONLY.match(sentence) or _YES_NO_ONLY.match(sentence)
    return bool(asks and not doubt)


# "Another company will send 130k next week, can I use that?": a statement with a question on its tail.
_QUESTION_TAIL = re.compile(r"[,;]\s*(?:but\s+|so\s+|and\s+)?(?:can|could|should|would|will|is|are|do|does|am|what|how|why)\s+"
                            r"[^,;.!?]*\?\s*$", re.I)


def statement_in(text: str) -> str:
    """What the message says besides what it asks: its sentences that are not questions, and the statement before
    a question tagged on with a comma. Empty when it only asks."""
    kept = []
    for sentence in _SENTENCE.findall(text or ""):
        plain = sentence.strip()
        if _asks(plain):
            plain, tails = _QUESTION_TAIL.subn("", plain)
            plain = plain if tails else ""
        if plain:
            kept.append(plain)
    return " ".join(kept)


# ---- the answers ---------------------------------------------------------------------------------------------

# What a good answer to each question looks like, for "what do you mean?".
EXAMPLES: Dict[str, str] = {
    "role": "the job title, like \"Account Executive\" or \"ICU nurse\"",
    "company": "the employer's name; \"skip\" is fine",
    "offer_base": "the fixed pay they offer, like \"85k\", \"$40 an hour\" or \"18 LPA\"",
    "offer_variable": "commission or bonus at target, like \"20k commission\" or \"10% bonus\"; \"none\" if there isn't",
    "previous_earnings": "what you earn now in a normal year, base plus any commission or bonus, like \"95k in total\"",
    "concern": "anything real that stops you saying yes, like \"it's below what I earn now\", or \"nothing\"",
    "other_concern": "anything else that stops you saying yes, or \"nothing\"",
    "competing_offer": "what the other offer pays a year in total, like \"140k total\"",
    "competing_offer_in_writing": "whether you hold the other offer as a letter or email, not only a call: yes or no",
    "would_choose_other": "whether you'd really go there if this company can't move: yes or no",
    "evidence": "something you could show if asked, like a pay stub, the offer letter, the job ad or an email",
    "accept_as_is": "if nothing changes at all, would you still take this job: yes, no, or not sure",
    "facts_confirmed": "whether the list is right; if something is off, tell me, like \"the base is 95k\"",
    "correction": "the fact to change, in your own words, like \"the base is 95k\" or \"it's not in writing yet\"",
}

PROOF = ("Anything that shows it in writing works: a pay stub, payslip or W-2 for your pay, the offer letter or "
         "email for another offer, the job ad or the recruiter's email for what was described, the territory list "
         "for a territory. You'd only share it if they ask, and you can black out account numbers and anything "
         "confidential.")
PULL = ("Asking once, politely, for a real reason rarely costs an offer. What does is pushing without a reason, "
        "pressure, ultimatums, or a claim that turns out not to be true. That's why I only suggest a counter when "
        "something real stands in the way.")
SAY_NO = ("Then you decide whether the role is right as it is. Go in ready for that answer: if you'd still take "
          "the job, say yes graciously; if it's a real deal-breaker, decline politely and leave the door open.")
EMAIL_OR_PHONE = ("Either works. Email gives you the exact words and a record; a call feels warmer. A good pattern is "
                  "a short call, then the same points in an email. I can write it either way: say \"make it an "
                  "email\" or \"talking points for a call\".")
SIGN_ON = ("Yes, that's a fair alternative: when the base can't move because of budget bands or internal equity, a "
           "one-time sign-on bonus is often easier for them. It closes a first-year gap, not a yearly one.")
NOT_DISCUSSED = ("If it was never discussed, it isn't a change to negotiate over. Ask for it to be confirmed in "
                 "writing with the rest of the terms, as a question rather than a condition, and keep any counter "
                 "to one or two real items.")
BONUS_RISK = ("A bonus that isn't guaranteed is still part of the pay at target, so I compare offers at target. "
              "The base is what you can count on: if your current base is higher than the one offered, that counts "
              "on its own.")
LOSE_BONUS = ("Check your bonus plan: many pay only if you're still employed on the payout date. If leaving means "
              "giving one up, that's a real cost of the move in its first year; tell me how much it is.")
MENTION_OTHER = ("Mention another offer only if it's in writing, worth more, and one you'd really take. Otherwise "
                 "it's a bluff, and if they call it you could lose this offer.")
NEGOTIATE_AT_ALL = ("Many people do, but in an employer's market a counter without a real reason can cost the offer. "
                    "It pays only when something real stands between you and yes; that's what I'm checking with you.")
TIMING = ("Send it on a working day, in business hours, within a day or two of the offer. Waiting longer gains "
          "nothing; a prompt, calm reply reads as keen.")
MARKET = ("I can't tell you the market rate. What I check is whether something real stands between you and yes: "
          "pay below what you earn now, a stronger written offer you'd take, terms that changed, or a bigger "
          "territory.")
BOT = "I'm a bot: an automated coach, not a person. I don't share what you tell me."
HELP = ("I look at your offer and whatever holds you back, check that each reason is relevant, concrete and "
        "truthful, then write a short counter or an acceptance. You can say \"start over\" or \"delete my data\" "
        "any time.")
OUT_OF_SCOPE = "That's outside what I can help with: I'm a coach for answering a job offer, not for tax, legal or visa questions."
DEFAULT = ("I can't answer that one well. I'm here to check whether anything real stands between you and yes, "
           "and to write your message.")
HOW_WORKED_OUT = "I worked it out from what you told me:"
PLAN_BEFORE = ("That's exactly what I'll help you decide. A few questions first; then I'll tell you straight whether "
               "it's worth raising, and how to say it.")
PLAN_AFTER = "My view is above; say \"why?\" for the reasoning, or tell me what's changed and I'll look again."

Answer = Callable[[Optional[str], Dict[str, object]], str]


def _explain(asked: Optional[str], slots: Dict[str, object]) -> str:
    example = EXAMPLES.get(asked or "")
    return f"I'm asking for {example}." if example else HELP


def _why(asked: Optional[str], slots: Dict[str, object]) -> str:
    return why_asked(asked or "")


def _worked_out(asked: Optional[str], slots: Dict[str, object]) -> str:
    lines = [line for line in facts_list(slots) if re.search(r"\d", line)]
    return " ".join([HOW_WORKED_OUT] + [f"{line}." for line in lines]) if lines else _explain(asked, slots)


def _plan(asked: Optional[str], slots: Dict[str, object]) -> str:
    """ "should I mention it?", "good idea?": what the coach is working out, or has worked out already."""
    return PLAN_AFTER if slots.get("verdict") else PLAN_BEFORE


def _fixed(text: str) -> Answer:
    return lambda asked, slots: text


# First match wins: the more particular topics before the general ones.
_TOPICS: Tuple[Tuple[re.Pattern, Answer], ...] = tuple((re.compile(pattern, re.I), answer) for pattern, answer in (
    (r"\b(?:tax|taxes|legal|lawyer|visa|immigration|non-?compete|sue)\b", _fixed(OUT_OF_SCOPE)),
    (r"\bare\s+you\s+(?:a\s+)?(?:bot|human|real|person|robot|ai)\b|\bwho\s+are\s+you\b", _fixed(BOT)),
    (r"\bhow\s+(?:did|do)\s+you\s+(?:get|come|work|figure|calculate|arrive)|\bwhere\s+did\b.*\bcome\s+from\b"
     r"|\bhow\s+is\s+that\s+\d", _worked_out),
    (r"\b(?:lose|losing|forfeit)\b.*\bbonus\b|\bbonus\b.*\b(?:lose|losing|forfeit)\b", _fixed(LOSE_BONUS)),
    (r"\b(?:pull|rescind|withdraw|take\s+(?:it|the\s+offer)\s+(?:back|away)|lose\s+the\s+(?:offer|job)|"
     r"think\s+less|look\s+bad|risky|risk)\b", _fixed(PULL)),
    (r"\bwhat\s+if\b.*\b(?:no|refuse|decline|can'?t|won'?t)\b|\bif\s+they\s+say\s+no\b", _fixed(SAY_NO)),
    (r"\b(?:e-?mail|phone|call)\b.*\b(?:or|vs)\b|\bshould\s+i\s+(?:call|e-?mail|phone|write)\b", _fixed(EMAIL_OR_PHONE)),
    (r"\bsign(?:ing|-on)?\s+bonus\b.*\binstead\b|\binstead\b.*\bsign(?:ing|-on)?\s+bonus\b|\bone[- ]time\b.*\binstead\b",
     _fixed(SIGN_ON)),
    (r"\b(?:title|vacation|pto|holiday|start\s+date|remote\s+days?|parking|equipment)\b", _fixed(NOT_DISCUSSED)),
    (r"\b(?:non[- ]?guaranteed|not\s+guaranteed|discretionary|guaranteed)\b", _fixed(BONUS_RISK)),
    (r"\b(?:screenshot|pay\s*stubs?|pay\s*slips?|w-?2|p60|proof|evidence|document\w*|show\s+them|send\s+them)\b",
     _fixed(PROOF)),
    (r"\b(?:people|everyone|usually|normally|do\s+i\s+have\s+to|should\s+i|is\s+it\s+(?:ok|normal)\s+to)\b.*"
     r"\b(?:negotiat\w*|counter\w*)\b", _fixed(NEGOTIATE_AT_ALL)),
    (r"\b(?:mention|use|bring\s+up|tell\s+them\s+about|leverage)\b.*\b(?:offer|bank|other|that|it)\b",
     _fixed(MENTION_OTHER)),
    (r"\b(?:tonight|tomorrow|monday|weekend|wait\s+(?:till|until|for)|how\s+(?:soon|long)|right\s+away)\b"
     r"|\bwhen\s+(?:should|to|do|can)\s+i\s+(?:send|reply|answer|respond|email|call)\b", _fixed(TIMING)),
    (r"\bwhy\b", _why),
    (r"\b(?:good|bad|smart|wise)\s+(?:idea|move|plan)\b|\bshould\s+i\b|\bshall\s+i\b|\bdo\s+you\s+think\b"
     r"|\bworth\s+(?:it|asking|trying)\b|\bmake\s+sense\b|\b(?:get|ask\s+for)\s+more\b", _plan),
    (r"\b(?:normal|fair|lowball\w*|market|industry|average|typical|good\s+offer)\b"
     r"|\b(?:is|isn'?t)\s+(?:that|it|this)\s+(?:good|ok|okay|enough|decent|low|high|bad)\b|\bgood\?", _fixed(MARKET)),
    (r"\bwhat\s+(?:do|does)\s+(?:you|that|it)\s+mean|\bmean\b|\blike\s+what\b|\bsuch\s+as\b|\bfor\s+example\b"
     r"|\bwhich\s+one\b|\bhuh\b", _explain),
    (r"\bhelp\b|\bwhat\s+can\s+you\s+do\b|\bhow\s+does\s+this\s+work\b", _fixed(HELP)),
))


def answer_to(question: str, asked: Optional[str], slots: Dict[str, object]) -> str:
    """A short answer in the coach's words; a question it can't place gets an honest "can't answer that"."""
    for pattern, answer in _TOPICS:
        if pattern.search(question):
            return answer(asked, slots)
    return DEFAULT


def answers_to(questions: List[str], asked: Optional[str], slots: Dict[str, object]) -> List[str]:
    """One answer per different topic asked, in order ("what do you mean? like a screenshot?" gets the proof one)."""
    answers = list(dict.fromkeys(answer_to(question, asked, slots) for question in questions))
    if len(answers) > 1:  # a vague "what do you mean?" beside a particular question: the particular answer says it
        answers = [answer for answer in answers if answer not in (DEFAULT, _explain(asked, slots))] or answers
    return answers
