"""The coach's messages as each chat client should show them.

The actions write plain text (lines, blank lines between paragraphs) and send the summary as data: a
custom payload ``{"summary": {"heading": ..., "rows": [[item, detail], ...]}}`` that each channel lays out
its own way. Most of the text is the coach's own, but some of it quotes the candidate (their role, the
company's name, their reason in their own words), so nothing here may let the text become markup:

- the website widget (rasa-webchat) renders Markdown (react-markdown 4, i.e. remark with GFM tables, raw
  HTML shown as text). ``to_markdown`` escapes every character Markdown would act on and keeps each line
  break as a hard break and each paragraph as a paragraph, so the widget shows the text exactly as
  written; ``summary_markdown`` writes the rows as a table (blank line before it, cells escaped);
- Slack only needs ``&``, ``<`` and ``>`` escaped (its control characters: mentions, links, channel
  pings) and has no tables, so ``to_slack`` sends plain text and ``summary_slack`` the rows as aligned
  columns in a code block.

One message stays one message: Rasa's stock channels split on blank lines, which cut a draft into
five bubbles; a draft is meant to be read, and copied, as one.
"""
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple


@dataclass(frozen=True)
class Paragraph:
    lines: Tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: Tuple[str, ...]
    rows: Tuple[Tuple[str, ...], ...]


SUMMARY = "summary"  # the custom payload's key (actions/actions.py sends it)
SUMMARY_HEADER = ("Item", "Detail")


def blocks(text: str) -> List[Paragraph]:
    """Paragraphs: runs of non-blank lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: List[Paragraph] = []
    paragraph: List[str] = []
    for line in lines + [""]:
        if line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            found.append(Paragraph(tuple(paragraph)))
            paragraph = []
    return found


def summary_in(payload: Any) -> Optional[Tuple[str, Table]]:
    """The heading and the table of a summary payload; None for any other custom payload."""
    summary = payload.get(SUMMARY) if isinstance(payload, dict) else None
    if not isinstance(summary, dict) or not isinstance(summary.get("rows"), list):
        return None
    rows = tuple((str(row[0]), str(row[1])) for row in summary["rows"]
                 if isinstance(row, (list, tuple)) and len(row) == 2)
    return str(summary.get("heading") or ""), Table(SUMMARY_HEADER, rows)


# What remark (react-markdown 4) acts on. It honours a backslash before these, and only these
# (GFM mode); <, > and & are written as entities instead, which it decodes back into plain text.
_MARKDOWN_ESCAPES = {char: "\\" + char for char in "\\`*_{}[]()#+-.!|~"}
_MARKDOWN_ESCAPES.update({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that shows exactly ``text``: no emphasis, links, images, lists, HTML."""
    escaped = "".join(_MARKDOWN_ESCAPES.get(char, char) for char in text)
    # "=" can't be backslash-escaped, and a line of them under another would make that line a heading.
    return "&#61;" + escaped[1:] if escaped.startswith("=") else escaped


def _markdown_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(escape_markdown(cell) or " " for cell in cells) + " |"


def to_markdown(text: str) -> str:
    """For the widget: the text as written, lines as hard line breaks, paragraphs as paragraphs."""
    # Two trailing spaces: a hard line break ("Best regards,\n[Your name]" stays on two lines).
    return "\n\n".join("  \n".join(escape_markdown(line) for line in block.lines) for block in blocks(text))


def summary_markdown(heading: str, table: Table) -> str:
    """For the widget: the heading, then the rows as a table, every cell shown as written."""
    lines = [_markdown_row(table.header), "| " + " | ".join("---" for _ in table.header) + " |"]
    lines += [_markdown_row(row) for row in table.rows]
    return "\n\n".join(part for part in (to_markdown(heading), "\n".join(lines)) if part)


def escape_slack(text: str) -> str:
    """Slack's three control characters; without this "<!channel>" in a quote would ping everyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def aligned(table: Table) -> str:
    """A table as columns of plain text, for a monospace block."""
    rows = [table.header] + list(table.rows)
    widths = [max(len(row[column]) for row in rows) for column in range(len(table.header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()

    return "\n".join([line(table.header), line(["-" * width for width in widths])]
                     + [line(row) for row in table.rows])


def plain(text: str) -> str:
    """The paragraphs as plain lines: what a notification or a screen reader gets."""
    return "\n\n".join("\n".join(block.lines) for block in blocks(text))


def to_slack(text: str) -> Dict[str, Any]:
    """chat.postMessage arguments for one message: plain text, mrkdwn off (the candidate's *stars* and
    _underscores_ stay as typed)."""
    return {"text": escape_slack(plain(text)), "mrkdwn": False}


def summary_slack(heading: str, table: Table) -> Dict[str, Any]:
    """chat.postMessage arguments for the summary: the heading, then the rows as aligned columns in a code
    block (backticks can't end it early: a cell never keeps three in a row)."""
    code = "```\n" + escape_slack(aligned(table)).replace("`", "'") + "\n```"
    return {"text": "\n".join(part for part in (escape_slack(plain(heading)), code) if part), "mrkdwn": True}
