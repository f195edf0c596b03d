""""Always negotiate" advice: general advice gives the employer no reason to move. It backfires."""
from .kind import ReasonKind, backfiring

KIND = ReasonKind(
    key="always_negotiate",
    label="'Always negotiate' advice",
    intent="concern_always_negotiate",
    cues=(r"\bnever (take|accept) the first\b", r"\balways (negotiate|counter|ask)\b", r"\bfirst offer\b",
          r"\bsupposed to (negotiate|counter|ask)\b", r"\beveryone (negotiates|counters|says)\b",
          r"\byou should (always )?(negotiate|counter)\b", r"\bexpected to negotiate\b",
          r"\bleav\w* money on the table\b", r"\bthey (always )?expect (you|a counter)\b",
          # someone's advice to ask: "my buddy says I should have asked for more", "dad told me to counter"
          r"\b(friends?|budd(y|ies)|pals?|mates|roommates?|mom|mum|dad|father|mother|parents?|family|brother|sister"
          r"|cousin|mentor|coach|cowork\w*|colleagues?|boss|manager|someone|people|everyone|internet|reddit|tiktok)\b"
          r"[^.;]{0,40}\b(says?|said|told|tells|thinks?|reckons?|insists?|recommend\w*|swears?|advis\w*)\b[^.;]{0,40}"
          r"\b(ask|asked|counter\w*|negotiat\w*|push\w*|more)\b",
          r"\bshould (have|'ve) (asked|negotiated|countered|pushed)\b",
          r"\b(dumb|stupid|crazy|silly|naive|an idiot|a fool)\b[^.;]{0,20}\b(not|don'?t|if i)\b[^.;]{0,15}"
          r"\b(counter|negotiate|ask)\b"),
    check=backfiring((False, "It is general advice, not something about this offer."),
                     (False, "There is no gap to point to."),
                     (True, "Nothing untrue, but nothing to act on either.")),
    backfires_because="Asking only because you were told to always ask gives the employer no reason to move, and in "
                      "a market with plenty of candidates it can make them doubt how much you want the job.",
)
