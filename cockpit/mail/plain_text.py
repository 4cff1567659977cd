"""The text/plain alternative: the Markdown itself, which is made to be read as it is.

Line endings become ``\\n``, trailing spaces go, ``[label](url)`` becomes ``label <url>``,
pasted HTML tags are removed (script and style blocks with their content) and character
references such as ``&amp;`` are decoded. Code spans and fenced code blocks stay untouched.
"""

from __future__ import annotations

import html
import re

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
CLOSING_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")
HIDDEN_START = re.compile(r"<(script|style)\b[^<>]*>|<!--", re.I)
HIDDEN_END = {"script": re.compile(r"</script\s*>", re.I),
              "style": re.compile(r"</style\s*>", re.I), None: re.compile("-->")}
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DEST = r"<([^<>\n]*)>|((?:[^\s()]|\([^\s()]*\))+)"  # <url> or url with balanced (..)
_TITLE = r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?"
LINK = re.compile(r"!?\[([^\[\]\n]*)\]\(\s*(?:" + _DEST + r")" + _TITLE + r"\s*\)")


def _link(match: re.Match[str]) -> str:
    label = match.group(1).strip()
    url = match.group(2) if match.group(2) is not None else match.group(3)
    if not label or label == url:
        return f"<{url}>"
    return f"{label} <{url}>"


def _drop_hidden(text: str) -> str:
    """Remove comments and script/style blocks; an unclosed one hides the rest, as in HTML."""
    kept: list[str] = []
    position = 0
    while start := HIDDEN_START.search(text, position):
        kept.append(text[position:start.start()])
        name = start.group(1).lower() if start.group(1) else None
        end = HIDDEN_END[name].search(text, start.end())
        position = end.end() if end else len(text)
    kept.append(text[position:])
    return "".join(kept)


def _prose(text: str) -> str:
    """Plain text for Markdown outside code: links, tags and character references."""
    text = _drop_hidden(LINK.sub(_link, text))
    text = TAG.sub("", text)
    return REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)


def _inline(line_block: str) -> str:
    """Convert prose between code spans, leaving the spans as written."""
    parts: list[str] = []
    start = 0
    for span in CODE_SPAN.finditer(line_block):
        parts += [_prose(line_block[start:span.start()]), span.group(0)]
        start = span.end()
    parts.append(_prose(line_block[start:]))
    return "".join(parts)


def _segments(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """Runs of lines, each marked as fenced code (True) or prose (False)."""
    segments: list[tuple[bool, list[str]]] = [(False, [])]
    fence = ""
    for line in lines:
        opening = FENCE.match(line)
        if not fence and opening:
            fence = opening.group(1)
            segments.append((True, [line]))
        elif fence:
            segments[-1][1].append(line)
            closing = CLOSING_FENCE.match(line)
            if closing and closing.group(1).startswith(fence):
                fence = ""
                segments.append((False, []))
        else:
            segments[-1][1].append(line)
    return segments


def plain_text(markdown: str) -> str:
    """The plain-text body for ``markdown``, ending in exactly one newline."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for is_code, chunk in _segments(lines):
        if chunk:
            block = "\n".join(chunk)
            out.append(block if is_code else _inline(block))
    joined = "\n".join(out)
    return "\n".join(line.rstrip() for line in joined.split("\n")).rstrip("\n") + "\n"
