"""The onboarding template editor, and export/import from the File menu."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from cockpit.domain.passport import OnboardingTemplateStepData
from cockpit.services import onboarding_template, projects
from tests.ui.helpers import set_cell, visible_codes
from ui.main_window import MainWindow
from ui.passport.onboarding_template_dialog import OnboardingTemplateDialog


def test_template_dialog_edits_steps_and_refuses_an_empty_title(qtbot) -> None:
    dialog = OnboardingTemplateDialog([OnboardingTemplateStepData(title="Kick-off"),
                                       OnboardingTemplateStepData(title="Access")])
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    row = dialog.table.add_row()
    assert not save.isEnabled()  # the new step has no title yet
    assert "required" in dialog.table.message.text()
    set_cell(dialog.table, row, "title", "Escalation path handed over")
    set_cell(dialog.table, row, "owner_role", "Project manager")
    assert save.isEnabled()
    dialog.table.view.selectRow(0)
    dialog.table.remove_selected()
    assert [s.title for s in dialog.steps()] == ["Access", "Escalation path handed over"]


def test_export_then_import_from_the_file_menu(window: MainWindow, prompts,
                                               tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    prompts.next_path = path
    window.actions_.export_json.trigger()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "pm-cockpit"
    rows = data["tables"]["project"]
    assert len(rows) == len(projects.list_projects(window.store, include_archived=True))
    first = rows[0]
    first["name"] = "Renamed by import"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    window.actions_.import_json.trigger()

    total = len(rows)
    (info,) = prompts.infos
    summary, kept = info.splitlines()
    assert summary == f"Projects added: 0 · updated: {total}"
    assert kept.startswith("The store as it was before is kept in ")
    assert Path(kept.removeprefix("The store as it was before is kept in ")[:-1]).exists()
    assert projects.get_passport(window.store, first["id"]).fields.name == "Renamed by import"
    assert first["code"] in visible_codes(window) or first["archived"]


def test_a_bad_import_file_is_reported_and_changes_nothing(window: MainWindow, prompts,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("{ this is not json", encoding="utf-8")
    prompts.next_path = path
    before = projects.list_projects(window.store, include_archived=True)
    window.actions_.import_json.trigger()
    assert len(prompts.errors) == 1 and "not valid JSON" in prompts.errors[0]
    assert projects.list_projects(window.store, include_archived=True) == before


def test_saved_template_is_used_by_the_next_new_project(window: MainWindow) -> None:
    onboarding_template.save_template(window.store, [OnboardingTemplateStepData(title="Only")])
    window.actions_.new_project.trigger()
    assert [s.title for s in window.editor.onboarding.table.model.records] == ["Only"]


def test_cancelling_the_template_editor_with_edits_asks_first(qtbot) -> None:
    dialog = OnboardingTemplateDialog([OnboardingTemplateStepData(title="Kick-off")])
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False  # "Cancel": keep editing
    set_cell(dialog.table, 0, "title", "Kick-off with the customer")
    dialog.reject()
    assert asked and dialog.isVisible()
    dialog.confirm_discard = lambda: True
    dialog.reject()
    assert not dialog.isVisible()
