"""The *Insert field* menu's entries come from the sample contexts, and every snippet renders."""

from __future__ import annotations

import jinja2
import pytest

from cockpit.agenda.context import sample_context as agenda_sample
from cockpit.messages.kinds.registry import specs
from cockpit.messages.samples import sample_context
from cockpit.template_fields import agenda_fields, fields_of, message_fields


def test_records_give_one_field_each_and_lists_a_loop() -> None:
    fields = {f.path: f for f in fields_of({"project": {"code": "JP-1", "name": "移行"},
                                            "tasks": [{"name": "Fix", "status": "Open"}],
                                            "today": "2026-12-02"})}
    assert fields["project.name"].snippet == "{{ project.name }}"
    assert fields["project.name"].example == "移行"
    assert fields["today"].snippet == "{{ today }}"
    loop = fields["tasks"]
    assert loop.loop and "{% for item in tasks %}" in loop.snippet
    assert "{{ item.name }}" in loop.snippet and "{% endfor %}" in loop.snippet


@pytest.mark.parametrize("kind", [s.value for s in specs()])
def test_every_message_field_renders_against_the_sample(kind: str) -> None:
    fields = message_fields(kind)
    assert {"project.name", "pm.name", "greeting"} <= {f.path for f in fields}
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    for field in fields:
        env.from_string(field.snippet).render(sample_context(kind))  # no undefined name


def test_agenda_fields_include_the_open_actions_loop() -> None:
    fields = {f.path: f for f in agenda_fields()}
    assert fields["open_actions"].loop and "{{ item.text }}" in fields["open_actions"].snippet
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    for field in fields.values():
        env.from_string(field.snippet).render(agenda_sample())
