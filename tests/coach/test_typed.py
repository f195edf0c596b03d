"""What was typed, made safe to read."""
from actions.coach.typed import MAX_CHARS, NOTHING_TYPED, ONLY_ENGLISH, TRUNCATED, clean, plain_name, screened


def test_control_characters_and_runs_of_space_become_one_space():
    assert clean("a\x00b\nc   d") == "a b c d"


def test_a_long_message_is_capped_and_the_candidate_told():
    text, said = screened("85k " * 5000)
    assert len(text) == MAX_CHARS and said == [TRUNCATED]


def test_nothing_typed_and_another_language_are_said_and_nothing_is_read():
    assert screened(" \x07 ") == (None, [NOTHING_TYPED])
    assert screened("Je gagne actuellement quatre-vingt mille euros par an, et cette offre est plus basse.") == \
        (None, [ONLY_ENGLISH])


def test_a_name_keeps_no_markup():
    assert plain_name("<b>Acme</b> {Corp}") == "Acme Corp"
