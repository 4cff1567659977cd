"""Fill translations from a {source: text} table (for scripted translation work).

``python scripts/fill_translations.py ja table.json`` — sets the translation of every
unfinished message whose source is in the table (numerus messages take a list of forms).
``python scripts/fill_translations.py en --plurals`` fills English plural forms from the
source: "%n project(s)" → "%n project" / "%n projects".
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def english_plurals(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill(language: str, table: dict[str, str | list[str]], plurals: bool = False) -> int:
    path = TRANSLATIONS / f"cockpit_{language}.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        value = english_plurals(source) if plurals and numerus else table.get(source)
        if value is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if numerus:
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return filled


if __name__ == "__main__":
    lang = sys.argv[1]
    if "--plurals" in sys.argv:
        print(fill(lang, {}, plurals=True))
    else:
        print(fill(lang, json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
