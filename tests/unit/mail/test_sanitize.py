"""Hostile HTML typed or pasted into a mail never reaches the recipient; safe markup does."""

from __future__ import annotations

import pytest

from cockpit.mail.markdown_html import render_html
from cockpit.mail.sanitize import sanitize_html

HOSTILE = {
    "script": ("<p>hi</p><script>alert(1)</script>", ["<script", "alert"]),
    "tracking pixel": ('<img src="http://tracker/x.gif">hi', ["<img", "tracker"]),
    "javascript link": ('<a href="javascript:alert(1)">hi</a>', ["javascript", "href"]),
    "obfuscated javascript": ('<a href="JaVa&#x09;Script:alert(1)">hi</a>', ["href", "alert"]),
    "vbscript link": ('<a href="vbscript:msgbox(1)">hi</a>', ["vbscript", "href"]),
    "data link": ('<a href="data:text/html,<script>x</script>">hi</a>', ["data:", "href"]),
    "form": ('<form action="https://evil"><input name="pw"><button>Go</button></form>hi',
             ["<form", "<input", "<button", "evil", "Go"]),
    "event handler": ('<p onclick="steal()">hi</p>', ["onclick", "steal"]),
    "iframe": ('<iframe src="https://evil">frame text</iframe>hi', ["<iframe", "evil", "frame"]),
    "style block": ("<style>body{display:none}</style>hi", ["<style", "display"]),
    "style attribute": ('<p style="background:url(https://t/x)">hi</p>', ["style", "url("]),
    "svg": ('<svg onload="alert(1)"><text>vector</text></svg>hi', ["<svg", "alert", "vector"]),
    "object": ('<object data="x.swf">fallback</object>hi', ["<object", "fallback"]),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://evil">hi', ["evil"]),
    "base": ('<base href="https://evil/">hi', ["evil", "<base"]),
    "comment": ("<!-- secret -->hi", ["secret", "<!--"]),
    "noscript trick": ('<noscript><p title="</noscript><img src=x onerror=alert(1)>">hi',
                       ["<img", "onerror"]),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_hostile_html_is_neutralised(case: str) -> None:
    html, forbidden = HOSTILE[case]
    for cleaned in (sanitize_html(html), render_html(html)):
        assert "hi" in cleaned
        for word in forbidden:
            assert word.lower() not in cleaned.lower(), (word, cleaned)


def test_markdown_javascript_link_gets_no_javascript_url() -> None:
    html = render_html("[click](javascript:alert(1)) and "
                       "[data](data:text/html;base64,PHNjcmlwdD4=)")
    assert "href=\"javascript" not in html.lower()
    assert "href=\"data" not in html.lower()
    assert "<script" not in html


def test_relative_links_lose_their_target() -> None:
    assert "href" not in sanitize_html('<a href="/settings">x</a>')


def test_safe_links_survive_with_noopener() -> None:
    html = sanitize_html('<a href="https://example.com/a?b=1" title="T" target="_blank">x</a>'
                         '<a href="mailto:pm@example.com">m</a>')
    assert 'href="https://example.com/a?b=1"' in html
    assert 'href="mailto:pm@example.com"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "target" not in html


def test_safe_markdown_survives() -> None:
    html = render_html(
        "# Status\n\n## Next\n\n**bold** *em* ~~gone~~ `code`\n\n- one\n- two\n\n1. first\n\n"
        "> quoted\n\n```\nx = 1\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n---\n"
    )
    for tag in ("<h1", "<h2", "<strong>bold</strong>", "<em>em</em>", "<s>gone</s>",
                "<code>code</code>", "<ul>", "<ol>", "<li", "<blockquote", "<pre>",
                "<table", "<th", "<td", "<hr>"):
        assert tag in html, tag


def test_table_alignment_is_kept_as_attribute_not_style() -> None:
    html = render_html("| L | C | R |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n")
    assert 'align="left"' in html and 'align="center"' in html and 'align="right"' in html
    assert "style" not in html


def test_pasted_alignment_accepts_only_known_values() -> None:
    assert "align" not in sanitize_html('<table><tr><td align="javascript:x">a</td></tr></table>')
