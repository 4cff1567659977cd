"""Message templates: one shipped default per kind and language (seeded from the template
files), each rendering against the kind's sample; a PM's own template is saved only when it
renders, under a name of its own, and then writes messages; defaults can be edited, not
deleted nor moved to a kind."""

from __future__ import annotations

import dataclasses

import pytest

from cockpit.domain.enums import Language
from cockpit.domain.meetings import TemplateIssue
from cockpit.domain.messages import MessageKind, MessageTemplateData
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages import samples
from cockpit.messages.context import COMMON, names_of
from cockpit.messages.render import MessageTemplateError, render_message
from cockpit.messages.sources import Source
from cockpit.services import message_templates, messages
from cockpit.services.agenda_templates import TemplateProblem
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

pytestmark = pytest.mark.both_databases

K = MessageKind
EN, JA = Language.EN, Language.JA
WRITTEN = [K.FOLLOW_UP, K.TASK_UPDATE, K.SPRINT_REPORT, K.BIWEEKLY_REPORT, K.SURVEY,
           K.CHANGE_REQUEST, K.TEAM_NOTICE, K.DECISION, K.PROBLEM_NOTICE, K.REMEDIAL_PLAN,
           K.ESCALATION_NOTICE, K.MAIL_REPLY]
# the vendor's own people: written as colleagues write to each other (tested below)
INTERNAL = [K.TEAM_NOTICE, K.ESCALATION_NOTICE]
# a reply keeps the customer's subject and greets whoever wrote (tested on its own below)
ADDRESSED = [k for k in WRITTEN if k is not K.MAIL_REPLY and k not in INTERNAL]
BODY = "Hello {{ greeting }},\n\n{{ project.name }}\n\nBest regards,\n{{ pm.name }}\n"


def _default(store: Store, kind: MessageKind, language: Language = EN) -> MessageTemplateData:
    (found,) = [t for t in message_templates.list_templates(store, kind, language)
                if t.is_default]
    return found


def _problem(store: Store, data: MessageTemplateData) -> TemplateProblem:
    with pytest.raises(TemplateProblem) as caught:
        message_templates.save_template(store, data)
    return caught.value


def test_the_store_seeds_one_default_per_written_rule_and_language(store: Store) -> None:
    listed = message_templates.list_templates(store, language=EN)
    japanese = message_templates.list_templates(store, language=JA)

    assert [(t.kind, t.is_default) for t in listed] == [(k, True) for k in WRITTEN]
    assert all(t.name.endswith("(default)") and t.language is EN for t in listed)
    assert len({t.id for t in listed}) == len(WRITTEN)
    assert [(t.kind, t.is_default) for t in japanese] == [(k, True) for k in WRITTEN]
    assert all(t.name.endswith("（既定）") and t.language is JA for t in japanese)
    everything = message_templates.list_templates(store)
    assert len({t.id for t in everything}) == len(everything) == 2 * len(WRITTEN)


def test_the_defaults_have_the_same_ids_in_every_store(store: Store, work_store: Store) -> None:
    assert [t.id for t in message_templates.list_templates(store)] == \
        [t.id for t in message_templates.list_templates(work_store)]


@pytest.mark.parametrize("kind", ADDRESSED)
def test_every_default_renders_against_its_sample(store: Store, kind: MessageKind) -> None:
    subject, body = message_templates.preview(_default(store, kind))

    assert subject.startswith("[JP-104] ") and "\n" not in subject
    assert body.startswith("Hello 山田 太郎,") and body.endswith("Marta Kowalska\n")
    assert "{{" not in subject + body and "{%" not in subject + body


@pytest.mark.parametrize("kind", ADDRESSED)
def test_every_japanese_default_renders_against_its_sample(store: Store,
                                                           kind: MessageKind) -> None:
    subject, body = message_templates.preview(_default(store, kind, JA))

    assert subject.startswith("[JP-104] ") and "\n" not in subject
    assert body.startswith("東京フィンテック株式会社\n山田 太郎 様\n\n"
                           "いつもお世話になっております。")
    assert body.endswith("Marta Kowalska\n")
    assert "{{" not in subject + body and "{%" not in subject + body
    assert "Hello" not in body and "Best regards" not in body


@pytest.mark.parametrize("kind", INTERNAL)
def test_an_internal_default_is_written_to_colleagues(store: Store, kind: MessageKind) -> None:
    subject, body = message_templates.preview(_default(store, kind))
    assert subject.startswith("[JP-104] ") and "\n" not in subject
    assert body.startswith(("Hi 山田 太郎,", "Hello 山田 太郎,"))
    assert body.endswith("Marta Kowalska\n") and "{{" not in subject + body
    subject, body = message_templates.preview(_default(store, kind, JA))
    assert body.startswith("山田 太郎 さん\n\nお疲れさまです。")  # no customer's letterhead
    assert "様" not in body.splitlines()[0] and "いつもお世話になっております" not in body
    assert body.endswith("Marta Kowalska\n") and "{{" not in subject + body


def test_the_reply_to_a_customer_mail_keeps_its_subject_greets_the_writer_and_quotes_it(
        store: Store) -> None:
    subject, body = message_templates.preview(_default(store, K.MAIL_REPLY))
    assert subject == "Re: Login page after the release"
    assert body.startswith("Hello Sato Kenji,\n\nThank you for your message of 1 Dec 2026.")
    assert "[[Your answer, or when you will have it]]" in body  # checked before it is queued
    assert body.endswith("> Since this morning's release the login page shows an error\n"
                         "> for some of our users. Could you look into it?\n")

    subject, body = message_templates.preview(_default(store, K.MAIL_REPLY, JA))
    assert subject == "Re: Login page after the release"
    assert body.startswith("東京フィンテック株式会社\nSato Kenji 様\n\n"
                           "いつもお世話になっております。")
    assert "ご連絡いただき、誠にありがとうございます。" in body and "Hello" not in body


def test_the_samples_hold_every_name_a_template_may_use() -> None:
    for kind in K:
        context = samples.sample_context(kind)
        assert set(context) == set(COMMON) | set(names_of(kind)), kind


def test_sample_previews_show_the_kinds_own_data(store: Store) -> None:
    previews = {k: message_templates.preview(_default(store, k)) for k in WRITTEN}

    assert "Weekly status" in previews[K.FOLLOW_UP][0]
    assert "**URGENT** PAY-88 Payment gateway timeout fix" in previews[K.TASK_UPDATE][1]
    assert "Total: 18.5 h" in previews[K.SPRINT_REPORT][1]
    assert "11 Nov 2026 – 24 Nov 2026" in previews[K.BIWEEKLY_REPORT][0]
    assert "CR-12" in previews[K.CHANGE_REQUEST][0] and "16 hours" in previews[K.CHANGE_REQUEST][1]
    assert "**Agreed effort:** 24 hours" in previews[K.DECISION][1]
    assert "[[time of the next update]]" in previews[K.PROBLEM_NOTICE][1]


def test_default_template_of_a_kind_and_the_fallback(store: Store) -> None:
    assert message_templates.default_template(store, K.SPRINT_REPORT) == \
        _default(store, K.SPRINT_REPORT)
    fallback = message_templates.default_template(store, K.OTHER)
    assert fallback.subject == "[{{ project.code }}] " and "{{ greeting }}" in fallback.body


def test_a_default_cannot_be_deleted(store: Store) -> None:
    default = _default(store, K.DECISION)

    problem = _problem_on_delete(store, default.id)

    assert problem.issue is TemplateIssue.DEFAULT_KEPT and problem.code is ErrorCode.VALIDATION
    assert message_templates.get_template(store, default.id) == default


def _problem_on_delete(store: Store, template_id: str) -> TemplateProblem:
    with pytest.raises(TemplateProblem) as caught:
        message_templates.delete_template(store, template_id)
    return caught.value


def test_a_default_keeps_its_kind_but_can_be_edited(store: Store) -> None:
    default = _default(store, K.TASK_UPDATE)

    problem = _problem(store, dataclasses.replace(default, kind=K.OTHER, body=BODY))
    assert problem.issue is TemplateIssue.TYPE_FIXED
    assert message_templates.get_template(store, default.id) == default

    edited = message_templates.save_template(store, dataclasses.replace(
        default, subject="[{{ project.code }}] 未完了タスク {{ today }}"))
    assert edited.is_default and edited.kind is K.TASK_UPDATE
    assert message_templates.preview(edited)[0] == "[JP-104] 未完了タスク 24 Nov 2026"


def test_an_edited_default_writes_the_next_messages(work_store: Store) -> None:
    default = _default(work_store, K.TASK_UPDATE)
    message_templates.save_template(work_store, dataclasses.replace(
        default, subject="[{{ project.code }}] 未完了タスク {{ today }}"))

    m = messages.compose(work_store, K.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))

    assert m.subject == "[JP-201] 未完了タスク 24 Nov 2026"


def test_a_template_that_does_not_render_is_refused_with_its_line(store: Store) -> None:
    broken = MessageTemplateData(K.TASK_UPDATE, "Broken", "[{{ project.code }}] Tasks",
                                 "Hello {{ greeting }},\n\n{% for task in tasks %}\n"
                                 "- {{ task.name }}\n")
    problem = _problem(store, broken)
    assert problem.code is ErrorCode.TEMPLATE_ERROR and problem.issue is TemplateIssue.BODY_ERROR
    assert problem.line is not None and problem.detail.startswith("body")

    unknown = dataclasses.replace(broken, body="One\nTwo\n{{ nonsense.value }}\n")
    problem = _problem(store, unknown)
    assert problem.line == 3 and "nonsense" in problem.detail

    subject = dataclasses.replace(broken, subject="[{{ project.code }", body=BODY)
    assert _problem(store, subject).detail.startswith("subject")
    assert [t.name for t in message_templates.list_templates(store, K.TASK_UPDATE, EN)] == [
        "Open-task update (default)"]


def test_a_template_may_only_use_its_own_kinds_names(store: Store) -> None:
    # a change request is not among the names of a task update
    wrong = MessageTemplateData(K.TASK_UPDATE, "Mixed up", "{{ change_request.key }}", BODY)

    problem = _problem(store, wrong)

    assert problem.issue is TemplateIssue.BODY_ERROR and "change_request" in problem.detail


@pytest.mark.parametrize(("existing", "typed"), [
    ("Open-task update (default)", "  open-TASK update (DEFAULT) "),
    ("週次レポート", "週次レポート"),
    ("週次レポート", " 週次レポート　"),
    ("ＳＴＡＴＵＳ報告", "ｓｔａｔｕｓ報告"),
])
def test_a_name_already_taken_is_refused_ignoring_case(store: Store, existing: str,
                                                       typed: str) -> None:
    if not existing.endswith("(default)"):
        message_templates.save_template(store, MessageTemplateData(K.SPRINT_REPORT, existing,
                                                                   "{{ sprint }}", BODY))
    before = message_templates.list_templates(store)

    problem = _problem(store, MessageTemplateData(K.BIWEEKLY_REPORT, typed, "x", BODY))

    assert problem.issue is TemplateIssue.NAME_TAKEN and problem.code is ErrorCode.VALIDATION
    assert message_templates.list_templates(store) == before


def test_renaming_a_template_to_its_own_name_in_another_case_is_fine(store: Store) -> None:
    saved = message_templates.save_template(store, MessageTemplateData(
        K.SPRINT_REPORT, "Sprint short", "{{ sprint }}", BODY))

    renamed = message_templates.save_template(store, dataclasses.replace(saved,
                                                                         name="SPRINT SHORT"))

    assert renamed.id == saved.id and renamed.name == "SPRINT SHORT"


@pytest.mark.parametrize("body", ["", "  \n\n "])
def test_an_empty_body_is_refused(store: Store, body: str) -> None:
    problem = _problem(store, MessageTemplateData(K.DECISION, "Empty", "Subject", body))
    assert problem.issue is TemplateIssue.BODY_EMPTY


def test_a_template_needs_a_name(store: Store) -> None:
    problem = _problem(store, MessageTemplateData(K.DECISION, "   ", "Subject", BODY))
    assert problem.issue is TemplateIssue.NAME_MISSING


def test_a_subject_too_long_is_refused_naming_the_subject(store: Store) -> None:
    problem = _problem(store, MessageTemplateData(K.DECISION, "Long", "x" * 501, BODY))

    assert problem.code is ErrorCode.VALIDATION
    assert "subject" in problem.message  # the name is short: it is not the name's fault


def test_a_new_template_writes_messages_with_compose(work_store: Store) -> None:
    own = message_templates.save_template(work_store, MessageTemplateData(
        K.SPRINT_REPORT, "スプリント報告（短）", "{{ project.code }} {{ sprint }} 報告",
        "{{ greeting }} 様\n\n{% for t in tasks %}- {{ t.name }}\n{% endfor %}\n{{ pm.name }}\n",
        is_default=True))
    assert not own.is_default  # only the shipped ones are

    m = messages.compose(work_store, K.SPRINT_REPORT, Source(h.PROJECT, today=h.TODAY),
                         template_id=own.id)

    assert m.subject == "JP-201 Sprint 10 報告"
    assert m.body.startswith("山田 太郎, 佐藤 花子 様\n")
    assert "- Payment gateway timeout fix" in m.body.splitlines()
    listed = message_templates.list_templates(work_store, K.SPRINT_REPORT, EN)
    assert [t.is_default for t in listed] == [True, False]  # default first


def test_a_deleted_template_is_gone(store: Store) -> None:
    own = message_templates.save_template(store, MessageTemplateData(K.DECISION, "Mine", "x",
                                                                     BODY))
    message_templates.delete_template(store, own.id)

    with pytest.raises(KnownError) as caught:
        message_templates.get_template(store, own.id)
    assert caught.value.code is ErrorCode.NOT_FOUND
    message_templates.delete_template(store, own.id)  # already gone: nothing to do


def test_a_template_failing_on_real_data_is_a_known_error_not_a_crash(work_store: Store) -> None:
    # renders on the sample (estimated CR-12); CR-8 has no estimate yet: round(None)
    own = message_templates.save_template(work_store, MessageTemplateData(
        K.CHANGE_REQUEST, "Rounded estimate", "{{ change_request.key }}",
        "Estimate: {{ change_request.estimate_hours | round }} hours\n"))

    with pytest.raises(KnownError) as caught:
        messages.compose(work_store, K.CHANGE_REQUEST, Source(
            h.PROJECT, change_request_id=h.CR_LOGO, today=h.TODAY), template_id=own.id)

    assert caught.value.code is ErrorCode.TEMPLATE_ERROR
    assert messages.list_messages(work_store) == []


def test_render_message_flattens_the_subject_and_ends_the_body_once() -> None:
    subject, body = render_message("  {{ a }}\n  {{ b }}  ", "\n\n{{ a }}\n\n\n", {"a": "A",
                                                                                  "b": "B"})
    assert (subject, body) == ("A B", "A\n")


def test_render_message_names_the_part_and_line_that_failed() -> None:
    with pytest.raises(MessageTemplateError) as caught:
        render_message("ok", "one\n{{ missing }}\n", {})
    assert (caught.value.part, caught.value.line) == ("body", 2)
    with pytest.raises(MessageTemplateError) as caught:
        render_message("{{ missing }}", "ok", {})
    assert caught.value.part == "subject"


def test_templates_render_in_the_sandbox() -> None:
    with pytest.raises(MessageTemplateError):
        render_message("x", "{{ pm.__class__.__mro__ }}", samples.sample_context(K.OTHER))
