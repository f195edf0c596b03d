"""The messages for after the employer's answer: a warm decline that leaves the door open, a polite nudge after
silence or before a deadline, a two-line cover note for proof, and a gracious reply to an offer pulled. The
acceptance (of the original offer, or of improved terms) is acceptance.py's."""
from __future__ import annotations

from typing import Sequence

from ..case import Case
from ..proof import listed
from .phrasebook import COMMON, Level, Phrasebook, Phrases, check_style, fit, lay_out, seed
from .text import role_phrase

DECLINE, NUDGE, PROOF, CLOSING = "decline", "nudge", "proof", "closing"

_TABLE: Phrases = {**COMMON, **{
    "decline_thanks": {
        "default": ("Thank you for the offer for {role}, and for looking into my request.",
                    "Thank you for the offer for {role} and for taking the time to consider my request."),
        "compact": ("Thank you for the offer for {role} and for considering my request.",),
    },
    "decline_no": {
        "default": ("After thinking it over carefully, I've decided not to go ahead at this point.",
                    "I've thought it through, and I won't be moving forward this time."),
        "formal": ("After careful thought, I have decided not to proceed at this time.",),
        "compact": ("I've decided not to go ahead this time.",),
    },
    "decline_door": {
        "default": ("I've really valued getting to know the team, and I'd be glad to stay in touch if things change.",
                    "I enjoyed meeting the team, and I hope our paths cross again; I'd be glad to stay in touch."),
        "compact": ("I enjoyed meeting the team and would be glad to stay in touch.",),
    },
    "decline_subject": {"default": ("Subject: The offer for {role}",), "compact": ("Subject: The offer",)},
    "nudge_thanks": {
        "default": ("Thank you again for the offer for {role}; I'm still very keen on it.",
                    "I hope you're well, and thank you again for the offer for {role}, which I'm excited about."),
        "compact": ("Thanks again for the offer for {role}; I'm still keen.",),
    },
    "nudge_silent": {
        "default": ("I wanted to follow up on my last note: could you let me know where things stand when you have "
                    "a moment?",
                    "I'm following up on my earlier message; is there any update you can share?"),
        "compact": ("Is there any update you can share?",),
    },
    "nudge_deadline": {
        "default": ("Thank you for letting me know the timeline; I'll reply before then. In the meantime, is there any "
                    "news on the point I raised?",
                    "Thanks for the timeline: I'll be sure to answer in time. Could you let me know if there's any "
                    "movement on the point I raised?"),
        "compact": ("Thanks for the timeline; I'll reply in time. Any news on the point I raised?",),
    },
    "nudge_close": {
        "default": ("I appreciate your help with this.", "Thank you for your help."),
        "compact": ("Thank you.",),
    },
    "nudge_subject": {"default": ("Subject: Following up on the offer",), "compact": ("Subject: Following up",)},
    "proof_note": {
        "default": ("Thank you for looking into my request. As you asked, I've attached {items}, with account "
                    "numbers and unrelated details blacked out.",),
        "compact": ("Thanks for looking into this; {items} attached, with unrelated details blacked out.",),
    },
    "proof_close": {
        "default": ("Please let me know if you need anything else.",),
        "compact": ("Let me know if you need anything else.",),
    },
    "proof_subject": {"default": ("Subject: The documents you asked for",), "compact": ("Subject: Documents",)},
    "closing_thanks": {
        "default": ("Thank you for letting me know, and for the time you and the team gave me.",
                    "Thank you for telling me, and for everything during the process."),
        "compact": ("Thank you for letting me know.",),
    },
    "closing_door": {
        "default": ("I'm sorry it didn't work out this time; I enjoyed getting to know the team and would be glad to "
                    "stay in touch if anything changes.",),
        "compact": ("I'd be glad to stay in touch if anything changes.",),
    },
    "closing_subject": {"default": ("Subject: Thank you",), "compact": ("Subject: Thank you",)},
}}


def _written(case: Case, style: str, parts: Sequence[str], subject: str, **values: str) -> str:
    check_style(style)
    seed_text = seed(case, ())

    def at(level: Level) -> str:
        say = Phrasebook(seed_text, style, level, _TABLE)
        role = role_phrase(case, level.name_cap)
        sentences = [say(part, role=role, **values) for part in parts]
        return lay_out(style, say, say(subject, role=role), [sentences])

    return fit(at, style)


def decline(case: Case, style: str = "default") -> str:
    """A warm, short no that leaves the door open."""
    return _written(case, style, ("decline_thanks", "decline_no", "decline_door"), "decline_subject")


def nudge(case: Case, deadline: bool, style: str = "default") -> str:
    """One polite follow-up: after a few quiet business days, or to keep a deadline."""
    middle = "nudge_deadline" if deadline else "nudge_silent"
    return _written(case, style, ("nudge_thanks", middle, "nudge_close"), "nudge_subject")


def proof_note(case: Case, items: Sequence[str], style: str = "default") -> str:
    """Two lines to go with the proof they asked for."""
    named = listed(items) if items else "the documents"
    return _written(case, style, ("proof_note", "proof_close"), "proof_subject", items=named)


def closing(case: Case, style: str = "default") -> str:
    """A gracious reply to an offer pulled: no argument, the door left open."""
    return _written(case, style, ("closing_thanks", "closing_door"), "closing_subject")
