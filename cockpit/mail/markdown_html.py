"""Markdown as the user writes it to the HTML part of an e-mail.

CommonMark with tables and strikethrough; a single line break is kept as ``<br>`` because
e-mails are written line by line. Raw HTML may be typed or pasted, so the result always goes
through :func:`cockpit.mail.sanitize.sanitize_html`.
"""

from __future__ import annotations

from functools import cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

from cockpit.mail.sanitize import sanitize_html

BODY_STYLE = ("font-family: Segoe UI, Helvetica, Arial, sans-serif; font-size: 14px; "
              "line-height: 1.5; color: #1f1f1f;")
CELL_OPEN = {"th_open", "td_open"}
TEXT_ALIGN = "text-align:"


@cache
def _parser() -> MarkdownIt:
    options = {"html": True, "breaks": True, "linkify": False, "typographer": False}
    return MarkdownIt("commonmark", options).enable(["table", "strikethrough"])


def _image_as_link(image: Token) -> list[Token]:
    """A link to the picture, labelled with its alt text: mail never loads remote images."""
    attrs: dict[str, str | int | float] = {"href": image.attrs.get("src", "")}
    if image.attrs.get("title"):
        attrs["title"] = image.attrs["title"]
    label = image.children or [Token("text", "", 0, content=str(attrs["href"]))]
    return [Token("link_open", "a", 1, attrs=attrs), *label, Token("link_close", "a", -1)]


def _adapt(tokens: list[Token]) -> None:
    """Table alignment as ``align`` (kept by the sanitiser, unlike ``style``); images as links."""
    for token in tokens:
        if token.type in CELL_OPEN:
            style = token.attrs.pop("style", None)
            if isinstance(style, str) and style.startswith(TEXT_ALIGN):
                token.attrs["align"] = style.removeprefix(TEXT_ALIGN)
        elif token.children and any(child.type == "image" for child in token.children):
            token.children = [new for child in token.children
                              for new in (_image_as_link(child) if child.type == "image"
                                          else [child])]


def render_html(markdown: str) -> str:
    """Sanitised HTML fragment for ``markdown``."""
    parser = _parser()
    env: dict[str, object] = {}
    tokens = parser.parse(markdown, env)
    _adapt(tokens)
    return sanitize_html(parser.renderer.render(tokens, parser.options, env))


def html_document(fragment: str, *, lang: str | None = None) -> str:
    """A complete HTML document around ``fragment``, which must come from :func:`render_html`.

    The body's direction is ``auto`` so right-to-left mail displays right; ``lang`` is an
    optional BCP 47 tag such as ``"ja"``.
    """
    lang_attr = f' lang="{escape(lang, quote=True)}"' if lang else ""
    return (
        f"<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n"
        f"<body dir=\"auto\" style=\"{BODY_STYLE}\">\n{fragment}\n</body>\n</html>\n"
    )
