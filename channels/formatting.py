"""The coach's messages as each chat client should show them.

The actions write plain text: lines, blank lines between paragraphs, and (for the summary) a Markdown
table. Most of that text is the coach's own, but some of it quotes the candidate (their role, the
company's name, their reason in their own words), so nothing here may let the text become markup:

- the website widget (rasa-webchat) renders Markdown (react-markdown 4, i.e. remark with GFM tables, raw
  HTML shown as text). ``to_markdown`` escapes every character Markdown would act on, keeps each line
  break as a hard break and each paragraph as a paragraph, and re-emits the summary as a proper table
  (blank line before it, cells escaped), so the widget shows the text exactly as written;
- Slack only needs ``&``, ``<`` and ``>`` escaped (its control characters: mentions, links, channel
  pings) and has no tables, so ``to_slack`` sends plain text and shows a table as aligned columns in a
  code block.

One message stays one message: Rasa's stock channels split on blank lines, which cut a draft into
five bubbles; a draft is meant to be read, and copied, as one.
"""
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Sequence, Tuple, Union


@dataclass(frozen=True)
class Paragraph:
    lines: Tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: Tuple[str, ...]
    rows: Tuple[Tuple[str, ...], ...]


Block = Union[Paragraph, Table]

_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _is_row(line: str) -> bool:
    line = line.strip()
    return len(line) > 1 and line.startswith("|") and line.endswith("|")


def _cells(line: str) -> Tuple[str, ...]:
    inner = line.strip()[1:-1]
    return tuple(cell.replace("\\|", "|").strip() for cell in _UNESCAPED_PIPE.split(inner))


def _fit(cells: Tuple[str, ...], width: int) -> Tuple[str, ...]:
    return (cells + ("",) * width)[:width]


def blocks(text: str) -> List[Block]:
    """Paragraphs (runs of non-blank lines) and tables (a header row, a separator row, then rows)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: List[Block] = []
    paragraph: List[str] = []

    def close_paragraph() -> None:
        if paragraph:
            found.append(Paragraph(tuple(paragraph)))
            paragraph.clear()

    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if _is_row(line) and index + 1 < len(lines) and _SEPARATOR.match(lines[index + 1].strip()):
            close_paragraph()
            header = _cells(line)
            rows = []
            index += 2
            while index < len(lines) and _is_row(lines[index]):
                rows.append(_fit(_cells(lines[index]), len(header)))
                index += 1
            found.append(Table(header, tuple(rows)))
            continue
        if line:
            paragraph.append(line)
        else:
            close_paragraph()
        index += 1
    close_paragraph()
    return found


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
    """For the widget: the text as written, lines as hard line breaks, the summary as a table."""
    parts = []
    for block in blocks(text):
        if isinstance(block, Table):
            lines = [_markdown_row(block.header), "| " + " | ".join("---" for _ in block.header) + " |"]
            lines += [_markdown_row(row) for row in block.rows]
            parts.append("\n".join(lines))
        else:
            # Two trailing spaces: a hard line break ("Best regards,\n[Your name]" stays on two lines).
            parts.append("  \n".join(escape_markdown(line) for line in block.lines))
    return "\n\n".join(parts)


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
    """The text with any table as aligned columns: what a notification or a screen reader gets."""
    return "\n\n".join(aligned(block) if isinstance(block, Table) else "\n".join(block.lines)
                       for block in blocks(text))


def to_slack(text: str) -> Dict[str, Any]:
    """chat.postMessage arguments for one message: plain text, or mrkdwn with tables in code blocks."""
    found = blocks(text)
    if not any(isinstance(block, Table) for block in found):
        # mrkdwn off: the candidate's *stars* and _underscores_ stay as typed.
        return {"text": escape_slack(plain(text)), "mrkdwn": False}
    parts = []
    for block in found:
        if isinstance(block, Table):
            # Backticks can't end the code block early: a cell never contains three in a row.
            parts.append("```\n" + escape_slack(aligned(block)).replace("`", "'") + "\n```")
        else:
            parts.append(escape_slack("\n".join(block.lines)))
    return {"text": "\n".join(parts), "mrkdwn": True}
