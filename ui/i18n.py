"""Choose and install the UI language: ``--lang``, else the system locale."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("cockpit.ui.i18n")
SHIPPED = ("en", "ja")


def choose_language(requested: str | None) -> str:
    if requested:
        code = requested.split("_")[0].split("-")[0].lower()
        return code if code in SHIPPED else "en"
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def translation_file(language: str) -> str | None:
    try:
        candidate = resources.files("resources") / "translations" / f"cockpit_{language}.qm"
        return str(candidate) if candidate.is_file() else None
    except (OSError, TypeError) as exc:  # e.g. a stale install that sees a namespace package
        log.warning("cannot locate translations: %s", exc)
        return None


def ui_locale(language: str) -> QLocale:
    """The UI language in the system's variant of it (en_GB's dates for a British PM), else
    the language's own (ja_JP on an English system)."""
    system = QLocale.system()
    chosen = QLocale(language)
    return system if system.language() == chosen.language() else chosen


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own (standard dialog buttons); keep the returned list.

    English needs a translator too: ``cockpit_en.qm`` holds the plural forms."""
    installed: list[QTranslator] = []
    QLocale.setDefault(ui_locale(language))
    ours = QTranslator(app)
    path = translation_file(language)
    if path and ours.load(path):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no compiled translation for %s (run scripts/build_translations.py)", language)
    if language == "en":  # ours holds only English plural forms; Qt's own texts are English
        return installed
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
