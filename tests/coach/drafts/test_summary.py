"""The case at a glance: its rows, and the two ways they are laid out."""
from actions.coach.case import Assessment, Case
from actions.coach.drafts.summary import summary, summary_text
from tests.coach.drafts.rules import checked


def test_summary_rows():
    assessment = Assessment(
        "negotiate",
        leverage=[checked("below_previous_earnings", "a step back")],
        dropped=[checked("larger_territory", "five states")],
        weak=[checked("competing_offer", "maybe Initech", failing="truthful"),
              checked("friends_perks", "my friends get more", failing="relevant")],
    )
    case = Case(offer_base=85_000.0, offer_variable=35_000.0, previous_earnings=122_000.0,
                competing_offer=130_000.0, other_company="Initech", competing_offer_in_writing=False, currency="EUR")
    rows = summary(case, assessment)
    assert rows == [
        ("Offer base", "€85,000 a year"),
        ("Offer variable", "€35,000 at target"),
        ("Offer total", "€120,000 a year"),
        ("Previous earnings", "€122,000 a year"),
        ("Competing offer", "€130,000 a year from Initech, not in writing"),
        ("Pay below what you earn now", "relevant ✓ · concrete ✓ · truthful ✓ → counts"),
        ("A territory bigger than the role's standard", "relevant ✓ · concrete ✓ · truthful ✓ → passes, left out (two items at most)"),
        ("A stronger offer in hand", "relevant ✓ · concrete ✓ · truthful ✗ → does not count"),
        ("Perks that friends elsewhere get", "relevant ✗ · concrete ✓ · truthful ✓ → would backfire"),
    ]
    assert summary(Case(), Assessment("accept")) == []


def test_the_terminal_summary_is_two_aligned_columns():
    rows = [("Offer total", "$120,000 a year"), ("Friends' perks", "relevant ✗ · a|b → would backfire")]
    text = summary_text(rows).split("\n")
    assert len(text) == 2
    assert text[0].index("$120,000") == text[1].index("relevant")  # aligned second column
    assert text[0].startswith("Offer total ")
    assert summary_text([]) == ""
