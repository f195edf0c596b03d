"""How a wording is chosen for a case and a style, laid out, and fitted within the word caps."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.drafts.phrasebook import (COMMON, LEVELS, STYLES, Phrasebook, check_style, fit, lay_out, seed,
                                             word_limit)

TABLE = {"part": {"default": ("I'm the longer default {x}.", "I'm short {x}."), "compact": ("Compact {x}.",),
                  "warmer": ("Warm {x}.",)}}
ROOMY, SHORTEST, COMPACT = LEVELS[0], LEVELS[2], LEVELS[4]


def test_the_caps_are_150_words_and_80_for_shorter():
    assert {style: word_limit(style) for style in STYLES} == {
        "default": 150, "email": 150, "phone": 150, "shorter": 80, "warmer": 150, "formal": 150}


def test_only_the_known_styles_are_accepted():
    for style in STYLES:
        check_style(style)
    with pytest.raises(ValueError, match="shouty"):
        check_style("shouty")


def test_the_seed_is_the_same_for_the_same_case_and_differs_with_it():
    assert seed(Case(offer_base=1.0)) == seed(Case(offer_base=1.0))
    assert seed(Case(offer_base=1.0)) != seed(Case(offer_base=2.0))
    assert seed(Case(), [Reason("deserve_more", "x")]) != seed(Case())


@pytest.mark.parametrize("style, level, said", [
    ("phone", ROOMY, "Compact X."), ("shorter", ROOMY, "Compact X."), ("default", COMPACT, "Compact X."),
    ("warmer", ROOMY, "Warm X."), ("default", SHORTEST, "I'm short X."), ("formal", SHORTEST, "I am short X."),
])
def test_a_part_is_said_in_the_wording_its_style_and_squeeze_call_for(style, level, said):
    assert Phrasebook("seed", style, level, TABLE)("part", x="X") == said


def test_the_styles_lay_out_the_same_sentences_their_own_way():
    say = Phrasebook("seed", "email", ROOMY, COMMON)
    paragraphs = [["One.", "Two."], ["Three."]]
    assert lay_out("default", say, "Subject: S", paragraphs) == "One. Two. Three."
    assert lay_out("phone", say, "Subject: S", paragraphs) == "- One.\n- Two.\n- Three."
    email = lay_out("email", say, "Subject: S", paragraphs).split("\n")
    assert email[0] == "Subject: S" and email[2].endswith("[Name],") and email[4:7] == ["One. Two.", "", "Three."]
    assert email[-1] == "[Your name]"


def test_fit_keeps_the_least_squeezed_draft_within_the_aim():
    draft = fit(lambda level: "word " * (200 if level.with_proof else 100), "default")
    assert len(draft.split()) == 100
    assert len(fit(lambda level: "word " * (70 if level.compact else 100), "shorter").split()) == 70


def test_fit_prefers_the_least_squeezed_draft_within_the_limit_when_none_meets_the_aim():
    assert len(fit(lambda level: "word " * (130 if level.compact else 140), "default").split()) == 140


def test_fit_falls_back_to_the_tightest_when_nothing_fits():
    assert fit(lambda level: f"{level.name_cap} " + "word " * 500, "default").startswith("2 ")
