"""Markdown the PM writes becomes HTML that mail clients show as intended."""

from __future__ import annotations

from cockpit.mail.markdown_html import html_document, render_html


def test_bullets_become_a_list() -> None:
    html = render_html("Agenda:\n\n- budget\n- risks\n")
    assert "<ul>" in html
    assert html.count("<li") == 2
    assert ">budget</li>" in html and ">risks</li>" in html


def test_table_becomes_a_table_with_visible_borders() -> None:
    html = render_html("| Task | Owner |\n|------|-------|\n| Spec | Ana |\n")
    assert "<table" in html and 'border="1"' in html
    assert ">Task</th>" in html and ">Ana</td>" in html


def test_single_line_breaks_are_kept() -> None:
    html = render_html("Hello team,\nthe release moves.\nRegards")
    assert html.count("<br>") == 2
    assert "<p" in html and html.count("<p") == 1


def test_japanese_and_right_to_left_text_is_preserved() -> None:
    text = "会議は明日の10時です。\n\nמחר בעשר\n\nالاجتماع غدا"
    html = render_html(text)
    for line in text.split("\n\n"):
        assert line in html
    assert 'dir="auto"' in html  # each paragraph finds its own direction


def test_images_become_links_and_are_never_loaded() -> None:
    html = render_html("![Org chart](https://example.com/chart.png)")
    assert "<img" not in html
    assert '<a href="https://example.com/chart.png"' in html
    assert "Org chart" in html


def test_two_megabyte_body_renders_completely() -> None:
    paragraph = "Status of work package 42: on track, no open risks. 進捗は順調です。\n"
    body = paragraph * (2_000_000 // len(paragraph)) + "THE END"
    html = render_html(body)
    assert html.count("進捗は順調です。") == body.count("進捗は順調です。")
    assert "THE END" in html


def test_document_is_complete_utf8_and_direction_aware() -> None:
    doc = html_document(render_html("مرحبا"), lang="ar")
    assert doc.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in doc
    assert '<html lang="ar">' in doc
    assert '<body dir="auto"' in doc and "font-family" in doc
    assert "مرحبا" in doc
    assert "<script" not in doc and "<style" not in doc and "http" not in doc


def test_document_language_cannot_break_out_of_the_attribute() -> None:
    doc = html_document("", lang='en"><script>x</script>')
    assert "<script>" not in doc
