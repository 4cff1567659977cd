"""Every window action, registered by name in one place with its shortcut."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def toolbar_text(text: str) -> str:
    """Menu text without its shortcut marker and ellipsis: "保存(&S)" → "保存", "&Save" → "Save"."""
    text = re.sub(r"\(&[^)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").strip()


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_name: dict[str, QAction] = {}
        self._shortcuts: dict[str, QKeySequence.StandardKey | str] = {}
        self.new_project = self._add("new_project", self.tr("&New project"),
                                     QKeySequence.StandardKey.New)
        self.save = self._add("save", self.tr("&Save"), QKeySequence.StandardKey.Save)
        self.revert = self._add("revert", self.tr("&Revert changes"))
        self.find = self._add("find", self.tr("&Filter projects"), QKeySequence.StandardKey.Find)
        self.archive = self._add("archive", self.tr("&Archive project"))
        self.unarchive = self._add("unarchive", self.tr("Restore from ar&chive"))
        self.delete = self._add("delete", self.tr("&Delete project…"))
        self.export_json = self._add("export_json", self.tr("&Export all to JSON…"))
        self.import_json = self._add("import_json", self.tr("&Import JSON…"))
        self.backups = self._add("backups", self.tr("&Backups…"))
        self.open_store = self._add("open_store", self.tr("&Open store…"),
                                    QKeySequence.StandardKey.Open)
        self.open_demo = self._add("open_demo", self.tr("Open the &demo portfolio"))
        self.today = self._add("today", self.tr("&Today"), "Ctrl+1")
        self.projects_page = self._add("projects_page", self.tr("&Projects"), "Ctrl+2")
        self.planner = self._add("planner", self.tr("Meeting &planner…"), "Ctrl+M")
        self.agenda_templates = self._add("agenda_templates", self.tr("&Agenda templates…"))
        self.messages = self._add("messages", self.tr("All &messages…"), "Ctrl+Shift+M")
        self.message_templates = self._add("message_templates",
                                           self.tr("Message &templates…"))
        self.care_settings = self._add("care_settings",
                                       self.tr("&Care rules and calendars…"))
        self.onboarding_template = self._add("onboarding_template",
                                             self.tr("Onboarding &template…"))
        self.sign_in = self._add("sign_in", self.tr("&Sign in to Outlook…"))
        self.sign_out = self._add("sign_out", self.tr("Sign &out of Outlook…"))
        self.sync_now = self._add("sync_now", self.tr("Sync &now"), "F9")
        self.outlook_settings = self._add("outlook_settings", self.tr("Outlook se&ttings…"))
        self.quit = self._add("quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.about = self._add("about", self.tr("&About PM Cockpit"))

    def _add(self, name: str, text: str,
             shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self.parent())
        action.setIconText(toolbar_text(text))
        action.setObjectName(name)
        if shortcut is not None:
            self._shortcuts[name] = shortcut
        self.by_name[name] = action
        return action

    def apply_shortcuts(self) -> None:
        """Bind the keys. Called after the first paint: building key sequences loads all of
        Qt's enumerations into Python (~20 ms), and no key can be pressed before then."""
        for name, shortcut in self._shortcuts.items():
            self.by_name[name].setShortcut(QKeySequence(shortcut))
