"""The Japanese UI is complete: every user-visible string in ui/ has a translation.

lupdate re-extracts the strings from the current code into a copy of the .ts files, so a
string added to the code without a translation fails here."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.update_translations import TRANSLATIONS, update_all


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ts")
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    update_all(folder)
    return folder


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_committed_ja_file_is_up_to_date_with_the_code(fresh_ts: Path) -> None:
    committed = {(c, s) for c, s, _ in _messages(TRANSLATIONS / "cockpit_ja.ts")}
    current = {(c, s) for c, s, _ in _messages(fresh_ts / "cockpit_ja.ts")}
    assert current - committed == set(), "run scripts/update_translations.py and translate"
    assert len(current) > 200


def test_every_japanese_string_is_translated(fresh_ts: Path) -> None:
    untranslated = [
        f"{context}: {source}"
        for context, source, message in _messages(fresh_ts / "cockpit_ja.ts")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(t.strip() for t in _texts(message))
    ]
    assert untranslated == []


def test_japanese_translations_keep_placeholders_and_mnemonics(fresh_ts: Path) -> None:
    wrong = []
    for context, source, message in _messages(fresh_ts / "cockpit_ja.ts"):
        wanted = sorted(re.findall(r"%\d|%n", source))
        for text in _texts(message):
            if sorted(re.findall(r"%\d|%n", text)) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
            has_mnemonic = re.search(r"&[^&\s]", source.replace("&&", "")) is not None
            if has_mnemonic and re.search(r"&[^&\s]", text.replace("&&", "")) is None:
                wrong.append(f"{context}: {source!r} lost its shortcut letter in {text!r}")
    assert wrong == []


def test_english_plural_forms_are_complete(fresh_ts: Path) -> None:
    missing = [
        source for _c, source, message in _messages(fresh_ts / "cockpit_en.ts")
        if len([t for t in _texts(message) if t]) != 2
    ]
    assert missing == []
