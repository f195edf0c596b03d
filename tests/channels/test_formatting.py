"""The coach's plain text as the widget (Markdown) and Slack (escaped text, code blocks) must get it."""
import re

from hypothesis import given, strategies as st

from channels.formatting import (Paragraph, Table, aligned, blocks, escape_markdown, escape_slack, summary_in,
                                 summary_markdown, summary_slack, to_markdown, to_slack)

PAYLOAD = {"summary": {"heading": "Here's your offer at a glance:", "rows": [
    ["Offer base", "$90,000 a year"], ["Company", "A|B <Corp>"], ["Pay below previous earnings", "relevant ✓ → counts"],
]}}
SUMMARY = summary_in(PAYLOAD)
EMAIL = "Subject: The Sales role\n\nHi Dana,\n\nThank you for the offer.\n\nBest regards,\n[Your name]"


def unescape_markdown(text):
    """What remark shows for escape_markdown's output: backslash escapes and the three entities undone."""
    text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#61;", "=").replace("&amp;", "&")


def test_a_summary_payload_is_a_heading_and_a_table_and_nothing_else_is():
    assert SUMMARY == ("Here's your offer at a glance:", Table(("Item", "Detail"), (
        ("Offer base", "$90,000 a year"), ("Company", "A|B <Corp>"), ("Pay below previous earnings", "relevant ✓ → counts"))))
    assert summary_in({"summary": {"rows": [["a", "b"], ["only one"], "x"]}}) == ("", Table(("Item", "Detail"),
                                                                                         (("a", "b"),)))
    assert summary_in({"buttons": []}) is None and summary_in("text") is None


def test_text_is_paragraphs_of_lines_and_a_pipe_is_just_text():
    assert [type(block) for block in blocks(EMAIL)] == [Paragraph] * 4
    assert blocks(EMAIL)[-1].lines == ("Best regards,", "[Your name]")
    assert blocks("| a | b |\n| --- | --- |") == [Paragraph(("| a | b |", "| --- | --- |"))]


def test_markdown_keeps_lines_and_paragraphs_in_one_message():
    markdown = to_markdown(EMAIL)
    assert markdown == ("Subject: The Sales role\n\nHi Dana,\n\nThank you for the offer\\.\n\n"
                        "Best regards,  \n\\[Your name\\]")


def test_markdown_table_has_a_blank_line_before_it_and_escaped_cells():
    markdown = summary_markdown(*SUMMARY)
    text, table = markdown.split("\n\n")
    assert text == "Here's your offer at a glance:"
    assert table.splitlines()[:2] == ["| Item | Detail |", "| --- | --- |"]
    assert "| Company | A\\|B &lt;Corp&gt; |" in table.splitlines()


def test_what_the_candidate_typed_cannot_become_markup():
    typed = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://x/y.png) **b** _i_ # h\n1. x\n- y\n==="
    markdown = to_markdown(typed)
    for dangerous in ("<img", "](", "![", "**", "\n1.", "\n-", "\n="):
        assert dangerous not in markdown
    assert "\\# h" in markdown and "\\*\\*b\\*\\*" in markdown
    assert unescape_markdown(markdown.replace("  \n", "\n")) == typed


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=80))
def test_escaping_shows_exactly_the_text(text):
    escaped = escape_markdown(text)
    assert unescape_markdown(escaped) == text
    bare = escaped.replace("\\\\", "").replace("&#61;", "")
    assert not re.search(r"(?<!\\)[*_\[\]()`#!|~]", bare), escaped
    assert "<" not in escaped and ">" not in escaped


def test_slack_text_is_escaped_and_kept_as_one_message():
    message = to_slack("Thanks, <!channel> & <@U123>\n\nBest regards,\n[Your name]")
    assert message == {"text": "Thanks, &lt;!channel&gt; &amp; &lt;@U123&gt;\n\nBest regards,\n[Your name]",
                       "mrkdwn": False}


def test_slack_shows_a_table_as_aligned_columns_in_a_code_block():
    message = summary_slack(*SUMMARY)
    assert message["mrkdwn"] is True
    head, code = message["text"].split("\n", 1)
    assert head == "Here's your offer at a glance:"
    lines = code.splitlines()
    assert lines[0] == "```" and lines[-1] == "```"
    assert lines[1].startswith("Item ") and set(lines[2].replace(" ", "")) == {"-"}
    assert "Company                      A|B &lt;Corp&gt;" in lines
    assert lines[1].index("Detail") == lines[3].index("$90,000")


def test_backticks_cannot_close_the_code_block_early():
    text = summary_slack("", Table(("a", "b"), (("```", "x"),)))["text"]
    assert text.count("```") == 2


def test_aligned_and_escape_slack():
    assert aligned(Table(("A", "Bee"), (("long cell", "1"),))) == "A          Bee\n---------  ---\nlong cell  1"
    assert escape_slack("a&b<c>") == "a&amp;b&lt;c&gt;"
