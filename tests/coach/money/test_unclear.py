"""What to ask when a figure can't be read one way."""
from actions.coach.money.figures import find_figures
from actions.coach.money.unclear import bare_question, range_question


def test_a_bare_number_is_asked_as_thousands_a_year_or_an_hourly_rate():
    assert bare_question(find_figures("85")[0]) == "Did you mean $85,000 a year, or $85 an hour?"


def test_a_range_is_asked_for_its_one_figure_in_the_currency_and_period_given():
    low, high = find_figures("€4,000 to €4,500 a month")
    question = range_question(low, high, "EUR")
    assert question.startswith("That's a range (€4,000 a month to €4,500 a month)") and "which exact number" in question
