"""Message kinds come from the registry: one spec module per kind, found by discovery. A new
kind is one module plus its template files; a project's language picks the default template."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds import registry
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, KindSpec
from cockpit.messages.render import render_message
from cockpit.messages.samples import sample_context
from cockpit.messages.sources import Source
from cockpit.services import messages, projects
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

ROOT = Path(__file__).resolve().parents[3]


def test_every_stored_kind_has_exactly_one_spec_module() -> None:
    assert [s.value for s in registry.specs()] == list(MessageKind)
    assert registry.report_kinds() == [  # the communication map's columns, values unchanged
        MessageKind.FOLLOW_UP, MessageKind.TASK_UPDATE, MessageKind.SPRINT_REPORT,
        MessageKind.BIWEEKLY_REPORT, MessageKind.SURVEY, MessageKind.TEAM_NOTICE,
        MessageKind.PROBLEM_NOTICE]
    assert [s.value for s in registry.new_menu_kinds()] == [
        MessageKind.FOLLOW_UP, MessageKind.TASK_UPDATE, MessageKind.SPRINT_REPORT,
        MessageKind.BIWEEKLY_REPORT, MessageKind.PROBLEM_NOTICE, MessageKind.OTHER]
    assert registry.spec_of(MessageKind.FOLLOW_UP).audience.attendees
    assert registry.spec_of("no such kind").value == MessageKind.OTHER


@pytest.mark.parametrize("language", list(Language))
def test_every_kind_with_a_template_has_both_files_in_both_languages(language: Language) -> None:
    for spec in registry.specs():
        if spec.has_template:
            assert set(spec.default_names) == set(Language)
            subject, body = registry.default_template(spec, language) or ("", "")
            assert subject and "\n" not in subject and body.endswith("\n")


def _weather(session: object, source: Source, today: date) -> Prepared:
    return Prepared({"forecast": f"sunny on {today}"})


def _weather_spec(tmp_path: Path) -> KindSpec:
    """What a new kind's module declares, with its template files in ``tmp_path``."""
    for language, greeting in ((Language.EN, "Hello"), (Language.JA, "お世話になっております")):
        folder = tmp_path / language.value
        folder.mkdir()
        (folder / "weather.subject.j2").write_text("[{{ project.code }}] {{ forecast }}\n")
        body = greeting + " {{ greeting }}\n\n{{ forecast }}\n"
        (folder / "weather.md.j2").write_text(body)
    return KindSpec(
        value="weather", label=QT_TRANSLATE_NOOP("MessageKind", "Weather report"), order=45,
        build=_weather, names=("forecast",), sample={"forecast": "sunny"},
        default_names={Language.EN: "Weather (default)", Language.JA: "天気（既定）"},
        template_dir=tmp_path, new_menu=QT_TRANSLATE_NOOP("MessageKind", "Weather report"))


def test_a_new_kind_is_one_module_and_its_template_files(
        tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    spec = _weather_spec(tmp_path)

    with registry.registered(spec):
        from ui.labels import kind_label
        from ui.messages.panel import MessagesPanel, new_kinds

        assert [s.value for s in new_kinds()].index("weather") == 4  # by its order
        panel = MessagesPanel(all_projects=False)
        assert "Weather report" in [a.text() for a in panel.new_button.menu().actions()]
        assert kind_label("weather") == "Weather report"
        for language, expected in ((Language.EN, "Hello 山田 太郎"),
                                   (Language.JA, "お世話になっております 山田 太郎")):
            subject, body = registry.default_template(spec, language) or ("", "")
            rendered = render_message(subject, body, sample_context("weather"))
            assert rendered == ("[JP-104] sunny", f"{expected}\n\nsunny\n")
        panel.deleteLater()
    assert "weather" not in [s.value for s in registry.specs()]


def test_a_message_of_a_new_kind_is_stored_and_read_back(tmp_path: Path,
                                                         work_store: Store) -> None:
    """No line in ``MessageKind`` for it: the kind's value is a member once a module declares
    it, its default template is seeded, and its messages are stored, listed and read back."""
    from cockpit.store.default_templates import seed_defaults

    with pytest.raises(ValueError):
        MessageKind("weather")  # not a kind while no module declares it
    with registry.registered(_weather_spec(tmp_path)):
        weather = MessageKind("weather")
        assert weather is MessageKind("weather") and weather == "weather"
        assert seed_defaults(work_store) == 2  # its English and Japanese defaults
        m = messages.compose(work_store, weather, Source(h.PROJECT, today=h.TODAY))
        assert m.subject == f"[JP-201] sunny on {h.TODAY}"
        stored = messages.get_message(work_store, m.id)
        assert stored.kind is weather and stored.body == m.body
        listed = messages.list_messages(work_store, project_id=h.PROJECT)
        assert next(r for r in listed if r.id == m.id).kind is weather


def _set_language(store: Store, language: Language) -> None:
    passport = projects.get_passport(store, h.PROJECT)
    passport.fields = dataclasses.replace(passport.fields, language=language)
    projects.save_passport(store, passport)


def test_a_japanese_project_writes_its_follow_up_from_the_japanese_template(
        work_store: Store) -> None:
    _set_language(work_store, Language.JA)

    m = messages.compose(work_store, MessageKind.FOLLOW_UP, Source(
        h.PROJECT, series_id=h.SERIES, original_start=h.MEETING, today=h.TODAY))

    assert m.subject == "[JP-201] 2026年11月17日 週次定例 Weekly status 議事録のご送付"
    assert "山田 太郎 様、高橋 健 様\n\nいつもお世話になっております。" in m.body
    assert "**決定事項**\n\n- Go-live moved to 15 January" in m.body
    assert "- テスト計画書を共有する：山田 太郎、2026年11月30日" in m.body
    assert "Hello" not in m.body and m.body.rstrip().endswith("Marta Kowalska")


def test_an_english_project_writes_in_english(work_store: Store) -> None:
    assert projects.get_passport(work_store, h.PROJECT).fields.language is Language.EN

    m = messages.compose(work_store, MessageKind.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))

    assert m.body.startswith("Hello ") and "Here is the status of the open tasks." in m.body


def test_a_japanese_task_update_names_statuses_in_japanese(work_store: Store) -> None:
    _set_language(work_store, Language.JA)

    m = messages.compose(work_store, MessageKind.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))

    assert m.subject.startswith("[JP-201] 未完了タスクの進捗のご報告")
    assert "| タスク | 状況 | 完了予定日 |" in m.body and "対応中" in m.body


def test_the_bundle_spec_ships_the_templates_and_the_kind_modules() -> None:
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert '"templates/*/*/*.j2"' in spec
    assert 'collect_submodules("cockpit.messages.kinds")' in spec
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/*/*/*.j2"' in pyproject
    shipped = sorted(p.relative_to(ROOT / "resources").as_posix()
                     for p in (ROOT / "resources" / "templates").glob("*/*/*.j2"))
    assert len(shipped) == 2 * (12 * 2 + 3)


def test_an_export_without_a_language_imports_as_english() -> None:
    from cockpit.domain.passport import ProjectFields
    from cockpit.services.json_codec import decode, encode

    data = encode(ProjectFields(code="JP-1", name="x", language=Language.JA))
    assert data["language"] == "ja"
    assert decode(ProjectFields, data).language is Language.JA
    del data["language"]
    assert decode(ProjectFields, data).language is Language.EN
