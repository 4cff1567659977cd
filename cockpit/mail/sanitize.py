"""Allowlist sanitiser for the HTML part of outgoing mail (nh3 / ammonia).

No images (remote content, tracking pixels), no scripts, styles, forms, frames or embedded
documents, no event handlers, and links only to ``http``, ``https`` and ``mailto``. The
contents of script-like elements are removed entirely rather than shown as text.
"""

from __future__ import annotations

from functools import cache

import nh3

HEADINGS = {f"h{level}" for level in range(1, 7)}
BLOCKS = {"p", "br", "hr", "ul", "ol", "li", "blockquote", "pre", "div"} | HEADINGS
INLINE = {"a", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "code", "kbd",
          "span"}
TABLES = {"table", "thead", "tbody", "tr", "th", "td"}
TAGS = BLOCKS | INLINE | TABLES

# Removed together with everything inside them.
DROP_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "noframes", "object", "embed", "applet",
    "svg", "math", "template", "noscript", "noembed", "textarea", "select", "button", "title",
    "xmp",
}

ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALIGN = {"align": {"left", "center", "right"}}
URL_SCHEMES = {"http", "https", "mailto"}

# Added for mail clients: each block finds its own text direction (mixed LTR/RTL mail),
# and tables get visible cell borders, which Outlook shows only as attributes.
DIRECTION = {"dir": "auto"}
PRESENTATION: dict[str, dict[str, str]] = {
    tag: DIRECTION for tag in ({"p", "li", "blockquote", "td", "th"} | HEADINGS)
} | {"table": {"border": "1", "cellpadding": "4", "cellspacing": "0"}}


@cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        tag_attribute_values={"th": ALIGN, "td": ALIGN},
        set_tag_attribute_values=PRESENTATION,
        url_schemes=URL_SCHEMES,
        url_relative="deny",
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


def sanitize_html(html: str) -> str:
    """Return ``html`` with everything outside the allowlist removed."""
    return _cleaner().clean(html)
