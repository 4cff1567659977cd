"""The text/plain alternative reads like the Markdown the PM wrote."""

from __future__ import annotations

from cockpit.mail.plain_text import plain_text


def test_line_endings_and_trailing_spaces_are_normalised() -> None:
    assert plain_text("Hi  \r\nteam\t\rbye \r\n\r\n\r\n") == "Hi\nteam\nbye\n"


def test_ends_in_exactly_one_newline() -> None:
    assert plain_text("no newline") == "no newline\n"
    assert plain_text("") == "\n"


def test_links_show_label_and_address() -> None:
    text = plain_text('See [the plan](https://example.com/plan "Plan") and '
                      "[wiki](https://en.wikipedia.org/wiki/Gantt_(chart)) and "
                      "[https://a.example](https://a.example).")
    assert text == ("See the plan <https://example.com/plan> and "
                    "wiki <https://en.wikipedia.org/wiki/Gantt_(chart)> and "
                    "<https://a.example>.\n")


def test_pasted_html_tags_are_removed_and_scripts_with_their_content() -> None:
    text = plain_text("<b>Bold</b> move <script>alert(1)\n</script>now"
                      "<style>p{}</style><!-- note --> AT&amp;T &lt;3")
    assert text == "Bold move now AT&T <3\n"


def test_comparisons_and_autolinks_are_not_mistaken_for_tags() -> None:
    text = "if a < b and c > d, mail <pm@example.com> or see <https://example.com>\n"
    assert plain_text(text) == text


def test_code_is_left_exactly_as_written() -> None:
    text = "Use `<b>` and `[x](y)`:\n\n```html\n<b>kept</b> [x](y) &amp;\n```\n<i>after</i>\n"
    assert plain_text(text) == ("Use `<b>` and `[x](y)`:\n\n```html\n<b>kept</b> [x](y) &amp;\n"
                                "```\nafter\n")


def test_japanese_and_right_to_left_text_untouched() -> None:
    text = "# 議事録\n\n- 予算：承認済み\n- שלום עולם\n- مرحبا بالعالم\n"
    assert plain_text(text) == text


def test_unclosed_script_hides_the_rest_like_html_does() -> None:
    assert plain_text("visible <script>var x = 1;\nnever closed") == "visible\n"
