"""Whose a figure is: this offer's, the candidate's current pay, or another offer's; and which company made
which offer.

The words around a figure decide ("they offered", "I make", "the other offer"); the slot the coach just
asked about fills in what the words leave open. A figure no words claim ("I deserve 130k") is nobody's.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Dict, List, Optional, Tuple

from .found import Facts
from .names import COMPANY_AFTER, COMPANY_BEFORE, JOB_TITLE_WORD, name_pattern

OWNER_OF_SLOT = {"offer_base": "offer", "offer_variable": "offer", "previous_earnings": "previous",
                 "competing_offer": "competing"}

_COMPETING_CUE = (
    r"\b(?:another|other|second|competing|rival|outside|alternative|backup|separate|retention|counter|better|higher"
    r"|stronger|bigger)\s+(?:(?:job|written|signed|verbal|formal)\s+)?offers?\b|\bcounter-?offers?\b"
    r"|\b(?:offer|company|option)\s+b\b|\bwritten\s+offer\b(?=[^.;]{0,50}\bi'?d\s+(?:take|go|pick))"
    # "I have a written offer from a bank for 140k, this one is 125k": named against this one, the other offer
    r"|\b(?:i\s+(?:also\s+)?(?:have|got|hold|received)\s+an?\s+(?:\w+\s+)?|written\s+|signed\s+)offer\b"
    r"(?=[^.]{0,80}\bthis\s+(?:one|offer)\b)"
    r"|\bcompeting\b|\bcompetitor\b|\bthe\s+other\s+(?:one|company|firm|employer|role|job|place)\b|\belsewhere\b"
    r"|\b(?:another|other|different|(?:a\s+)?second|a\s+new)\s+(?:company|companies|firm|firms|employer|employers|place"
    r"|places|business|startup|team|shop)\b|\bsome(?:where|place)\s+else\b"
    r"|\b(?:they'?d|they\s+(?:would|could|might)|would|could|might)\s+(?:probably|likely|possibly|maybe|perhaps)"
    r"\s+(?:be\s+able\s+to\s+)?offer\b|\b(?:they'?d|they\s+would)\s+offer\b"
    r"|\balso\s+(?:have|got|received|hold)\s+(?:an?\s+)?(?:[\w']+\s+){0,2}offer\b"
)
_PAY_WORD = r"(?:salary|base|pay|wage|wages|income|earnings|comp|compensation|package|ote|total)\b"
_FIGURE_AHEAD = r"(?:about\s+|around\s+|roughly\s+)?[$€£₹]?[0-9][0-9.,]*\s?(?:k|grand|thousand)?"
_PREVIOUS_CUE = (
    r"\bi\s+(?:currently\s+|now\s+|also\s+)?(?:earn|make|take\s+home|bring\s+in|gross|earned|made)\b"
    r"|\bi(?:'?m|\s+am)\s+(?:currently\s+|now\s+)?(?:on|earning|making|paid|getting|at)\b"
    r"|\bi\s+was\s+(?:making|earning|on|paid|getting)\b|\bused\s+to\s+(?:make|earn|get)\b"
    r"|\bi(?:'?m|\s+am)?\s+(?:currently\s+)?(?:work(?:ing)?|employed)\s+(?:at|for|with)\b|\bi'?m\s+with\b"
    r"|\bcurrent(?:ly|\s+(?:ctc|salary|pay|base|package|comp\w*|total|job|role|employer|company|gig))\b|\bright\s+now\b|\bat\s+the\s+moment\b|\blast\s+year\b|\bthis\s+past\s+year\b"
    r"|\bmy\s+(?:current|present|existing|old|last|previous|prior|normal|usual|regular)\b"
    r"|\b(?:a|in\s+a)\s+(?:normal|usual|typical|regular)\s+year\b|\bnormally\b"
    r"|\bat\s+my\s+(?:current|present|old|last|previous)\b|\bprevious(?:ly)?\b|\bprior\s+(?:job|role)\b"
    # "my 92k salary", "my salary of 92k", "my pay now": the pay the candidate has, not the pay offered
    rf"|\bmy(?=\s+{_FIGURE_AHEAD}\s+(?:(?:annual|yearly|base|gross|total)\s+)?{_PAY_WORD})"
    rf"|\bmy\s+(?:(?:annual|yearly|base|gross|total)\s+)?{_PAY_WORD}\s+(?:of|was|is|now|today)\b"
)
_STRONG_OFFER_CUE = r"\b(?:this|the\s+new)\s+(?:one|offer|role|job|position)\b|\b(?:offer|company|option)\s+a\b"
STRONG_OFFER = re.compile(_STRONG_OFFER_CUE, re.I)
_OFFER_CUE = (r"\boffer(?:ed|ing|s)?\b|\bpays\b|\bpaying\b|\bpropos(?:ed|ing)\b|\b(?:accepted|signed)\b"
              r"|\b(?:letter|contract|paperwork)\s+(?:says|said|states|stated|shows|showed|lists|listed|reads)\b")
# What friends or others get is nobody's pay here: "my friends got 15 LPA at other companies".
_OTHERS_CUE = (r"\b(?:my|our)\s+(?:friends?|colleagues?|peers?|classmates?|batchmates?|co-?workers?|buddy|mates?|cousin"
               r"|brother|sister)\b|\bfriends\s+of\s+mine\b|\ba\s+friend\b|\b(?:people|everyone|others|someone)\s+(?:i\s+know\s+)?"
               r"(?:\w+\s+)?(?:got|get|gets|getting|make|makes|making|earn|earns|earning|are\s+on|is\s+on|received"
               r"|were\s+offered|was\s+offered)\b")
_CUES = re.compile(
    rf"(?P<others>{_OTHERS_CUE})|(?P<competing>{_COMPETING_CUE})|(?P<previous>{_PREVIOUS_CUE})|(?P<strong>{_STRONG_OFFER_CUE})"
    rf"|(?P<offer>{_OFFER_CUE})",
    re.I,
)
# Words that put a figure in another clause than the offer named before it: "I got an offer and I deserve 130k".
_FAR = re.compile(r"[;()]|\s[-–—]\s|\b(?:and|but|while|whereas|or|though|although|than|because|since|if|so|which"
                  r"|my|deserve|deserves|want|wanted|need|hope|expect|think|thought|ask|asking|asked|worth|make|making"
                  r"|earn|earning)\b", re.I)
# A wish a few words before a figure: "I deserve more than 130k", "but I want 120k base", "counter at 130k".
_WISH = re.compile(r"\b(?:deserve[sd]?|want(?:ed|s)?|wish|hop(?:e|ed|ing)|need|worth|ask(?:ing|ed)?\s+for"
                   r"|counter(?:ing|ed)?|aim(?:ing)?\s+for|push(?:ing)?\s+for|would\s+like|'d\s+like|looking\s+for"
                   r"|go(?:ing)?\s+for)\b(?:\s+[^\s,;:.!?]+){0,3}\s*$", re.I)
# After these, the sentence turns to something else: "I make 100k, but the base here is 90k".
_CONTRAST = re.compile(r"\b(?:but|while|whereas|however|although|though|compared|versus|vs|than|instead)\b", re.I)

# "a recruiter from Ironbark": a company that may make an offer, not the one that made this one.
_RECRUITER_FROM = re.compile(r"\b(?:recruiter|headhunter|recruiting\s+firm|hiring\s+manager)\s+(?:from|at|with)\s+$",
                             re.I)
# A cue for the other offer that a comma or a new clause separates from a company's name is about something else:
# "Besides my other offer, Acme offered me 100k".
_NAME_GAP = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas|though|although|so|because)\b", re.I)


def read_companies(text: str, asked: Optional[str], known: dict, facts: Facts) -> Dict[str, str]:
    """Finds who made this offer and who made the other one; returns {name: "offer" or "competing"}."""
    main = known.get("company") if isinstance(known.get("company"), str) else None
    owners: Dict[str, str] = {main: "offer"} if main else {}
    # (where the words about it end, name, where the name starts, whether it is named as the one making an
    # offer, whether it is only named as a recruiter's company)
    mentions = sorted(
        [(m.end(), m.group("name"), m.start("name"), True, False) for m in COMPANY_BEFORE.finditer(text)]
        + [(m.start("name"), m.group("name"), m.start("name"), _says_offer_from(text, m.start()),
            bool(_RECRUITER_FROM.search(text[max(0, m.start("name") - 40):m.start("name")])))
           for m in COMPANY_AFTER.finditer(text)]
    )
    scene = Scene(text, {})
    for position, name, name_start, offering, recruiter in mentions:
        name = re.sub(r"'s$", "", name)
        if name in owners or JOB_TITLE_WORD.search(name):
            continue
        cue = scene.owner_at(position, position)[0]
        if cue in ("previous", "others"):
            continue  # their current employer, or where their friends work
        if cue == "competing" and offering and _cue_set_apart(scene, name_start):
            cue = None  # "Besides my other offer, Acme offered me 100k": Acme made this one
        if cue == "competing" or asked == "competing_offer" or ((offering or recruiter) and main and name != main):
            owners[name] = "competing"
            facts.values.setdefault("other_company", name)
        elif recruiter:
            continue  # a recruiter's company, with no offer of ours named yet: not known to be either one
        elif main is None and asked in (None, "company"):
            main = name
            owners[name] = "offer"
            facts.values["company"] = name
    return owners


def _cue_set_apart(scene: "Scene", name_start: int) -> bool:
    """Whether the last cue for the other offer before a company's name is in another clause than the name."""
    competing = [end for _, end, kind in scene.cues_before(name_start) if kind == "competing"]
    return bool(competing) and bool(_NAME_GAP.search(scene.text[competing[-1]:name_start]))


def _says_offer_from(text: str, position: int) -> bool:
    return bool(re.search(r"\boffer(?:ed)?(?:\s+in\s+hand)?\s+$", text[max(0, position - 30):position], re.I))


def default_owner(asked: Optional[str], label: Optional[str]) -> Optional[str]:
    """Whose a figure is when no words say: the slot asked about, else the offer when it is labelled as pay
    (base, variable, total). An unlabelled figure no words claim belongs to nobody."""
    if asked in OWNER_OF_SLOT:
        return OWNER_OF_SLOT[asked]
    if label in ("base", "variable", "total"):
        return "offer"
    return None  # an unlabelled figure nobody owns: "I deserve more than 130k"


class Scene:
    """The message with its sentences and its cues about whose pay is meant, found once."""

    def __init__(self, text: str, companies: Dict[str, str]):
        self.text = text
        self.sentences = _sentence_spans(text)
        self.sentence_starts = [start for start, _ in self.sentences]
        found = [(m.start(), m.end(), m.lastgroup) for m in _CUES.finditer(text)]
        for name, owner in companies.items():
            found += [(m.start(), m.end(), "competing" if owner == "competing" else "strong")
                      for m in re.finditer(name_pattern(name), text)]
        self.cues = sorted(found)
        self.cue_starts = [start for start, _, _ in self.cues]
        self.contrast_ends = [m.end() for m in _CONTRAST.finditer(text)]

    def sentence_at(self, position: int) -> Tuple[int, int]:
        return self.sentences[max(bisect_right(self.sentence_starts, position) - 1, 0)]

    def cues_between(self, start: int, end: int) -> List[Tuple[int, int, str]]:
        return self.cues[bisect_left(self.cue_starts, start):bisect_left(self.cue_starts, end)]

    def cues_before(self, start: int) -> List[Tuple[int, int, str]]:
        """The cues of the sentence at `start` that end by `start`."""
        return [cue for cue in self.cues_between(self.sentence_at(start)[0], start) if cue[1] <= start]

    def owner_at(self, start: int, window_end: int) -> Tuple[Optional[str], bool]:
        """Whose figure sits at text[start:]: (owner, whether words right beside it said so)."""
        before = self.cues_before(start)
        if before and before[-1][2] == "others" and not _FAR.search(self.text[before[-1][1]:start]):
            return "others", True  # "my friends got 15 LPA at other companies": their pay, nobody's here
        beside = self.cues_between(start, window_end)
        if beside:
            if beside[0][2] == "offer" and len(beside) > 1 and beside[1][2] == "competing":
                return "competing", True  # "a 150k offer elsewhere", "a 140k offer from <the other company>"
            return _owner_of_cue(beside[0][2]), True
        sentence_start = self.sentence_at(start)[0]
        last_contrast = self.contrast_ends[max(bisect_right(self.contrast_ends, start) - 1, 0)] \
            if self.contrast_ends else -1
        contrast = sentence_start <= last_contrast <= start
        in_scope = [kind for _, end, kind in self.cues_between(last_contrast if contrast else sentence_start, start)
                    if end <= start]
        if in_scope:
            named = [kind for kind in in_scope if kind != "offer"]
            if in_scope[-1] == "offer" and named and named[-1] == "competing":
                return "competing", False  # "another offer from X: they offered 140k"
            return _owner_of_cue(in_scope[-1]), False
        if contrast:
            return None, False
        earlier = self.cues_between(0, sentence_start)  # a sentence with no cue goes on about the one before
        return (_owner_of_cue(earlier[-1][2]) if earlier else None), False

    def wished(self, start: int) -> bool:
        """Whether the figure at `start` is what the candidate wants rather than a fact: a wish word ("deserve",
        "want", "ask for") just before it, since the last cue before it in its sentence."""
        before = self.cues_before(start)
        return bool(_WISH.search(self.text[before[-1][1] if before else self.sentence_at(start)[0]:start]))

    def offer_named_near(self, start: int, window_end: int) -> bool:
        """Whether words right at the figure say it is this offer's: "they offered (me) 120k", "the offer is
        120k", "offered a role at X for 120k", "a 120k offer". A cue further off (another clause, another
        sentence) does not make an unlabelled figure the offer's."""
        beside = self.cues_between(start, window_end)
        if beside:
            return beside[0][2] in ("offer", "strong")
        before = self.cues_before(start)
        if not before or before[-1][2] not in ("offer", "strong"):
            return False
        return not _FAR.search(self.text[before[-1][1]:start])


def _sentence_spans(text: str) -> List[Tuple[int, int]]:
    """Sentence boundaries; a full stop between digits ("85.5k") is a decimal point, not a boundary."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?;\n]", text):
        at = match.start()
        if match.group() == "." and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            continue
        spans.append((start, at + 1))
        start = at + 1
    spans.append((start, len(text)))
    return spans


def _owner_of_cue(kind: str) -> str:
    return "offer" if kind in ("offer", "strong") else kind
