"""Project passport services: the round trip a PM does in the passport tabs, and its refusals."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cockpit.domain.enums import EscalationLevel, Health, LinkKind, ProjectStatus, Side
from cockpit.domain.passport import (
    ContractData,
    InvoiceData,
    LinkData,
    MemberData,
    OnboardingTemplateStepData,
    Passport,
    QualityReportData,
)
from cockpit.domain.validation import Problem
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import onboarding_template, projects
from cockpit.services.projects import ValidationFailed
from cockpit.store.models import Invoice, Link, Membership, OnboardingStep, Person
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases


def _passport(store: Store, code: str = "JP-1", name: str = "物流ポータル") -> Passport:
    p = projects.new_passport(store)
    p.fields.code, p.fields.name = code, name
    p.fields.customer = "株式会社さくら"
    p.fields.customer_time_zone = "Asia/Tokyo"
    p.fields.start_date = date(2026, 1, 5)
    p.members = [
        MemberData(name="Elena Petrova", email="elena@vendor.example.com", side=Side.VENDOR,
                   role="Project manager", escalation_level=EscalationLevel.PROJECT),
        MemberData(name="山田 太郎", email="yamada@example.jp", side=Side.CUSTOMER,
                   time_zone="Asia/Tokyo", role="Product owner"),
    ]
    p.links = [LinkData(label="GitLab", url="https://gitlab.example.com/jp-1",
                        kind=LinkKind.SOURCE_CONTROL)]
    p.contract = ContractData(value=Decimal("1234567890.1234"), currency="JPY")
    p.invoices = [InvoiceData(number="INV-1", issued_on=date(2026, 2, 1),
                              amount=Decimal("100.50"), currency="JPY")]
    p.quality_reports = [QualityReportData(report_date=date(2026, 3, 1), open_bugs=3,
                                           test_coverage_pct=Decimal("87.5"))]
    return p


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _issues(store: Store, passport: Passport) -> set[tuple[str, Problem]]:
    with pytest.raises(ValidationFailed) as err:
        projects.save_passport(store, passport)
    assert err.value.code is ErrorCode.VALIDATION
    return {(i.where, i.problem) for i in err.value.issues}


def test_saved_passport_reads_back_equal(store: Store) -> None:
    saved = projects.save_passport(store, _passport(store))
    again = projects.get_passport(store, saved.id)
    assert again == saved
    assert again.fields.name == "物流ポータル"
    assert [m.name for m in again.members] == ["Elena Petrova", "山田 太郎"]
    assert again.links[0].kind is LinkKind.SOURCE_CONTROL
    assert again.quality_reports[0].test_coverage_pct == Decimal("87.5")
    assert again.onboarding_progress() == (0, 7)


def test_money_is_exact(store: Store) -> None:
    p = _passport(store)
    p.invoices[0].amount = Decimal("0.1") + Decimal("0.2")
    saved = projects.save_passport(store, p)
    again = projects.get_passport(store, saved.id)
    assert again.contract is not None
    assert again.contract.value == Decimal("1234567890.1234")
    assert str(again.contract.value) == "1234567890.1234"
    assert again.invoices[0].amount == Decimal("0.3")


def test_moments_are_utc_aware(store: Store) -> None:
    saved = projects.save_passport(store, _passport(store))
    again = projects.get_passport(store, saved.id)
    for moment in (again.created_at, again.updated_at):
        assert moment is not None
        assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)
        assert moment.tzinfo == UTC


def test_list_shows_summary_and_hides_archived(store: Store) -> None:
    first = projects.save_passport(store, _passport(store, "A-1", "Alpha"))
    second = projects.save_passport(store, _passport(store, "B-2", "Beta"))
    rows = projects.list_projects(store)
    assert [r.code for r in rows] == ["A-1", "B-2"]
    assert rows[0].manager == "Elena Petrova"
    assert (rows[0].onboarding_done, rows[0].onboarding_total) == (0, 7)

    projects.set_archived(store, second.id, True)
    assert [r.code for r in projects.list_projects(store)] == ["A-1"]
    shown = projects.list_projects(store, include_archived=True)
    assert [(r.code, r.archived) for r in shown] == [("A-1", False), ("B-2", True)]

    projects.set_archived(store, second.id, False)
    assert [r.code for r in projects.list_projects(store)] == ["A-1", "B-2"]
    assert projects.find_project_id(store, "A-1") == first.id


def test_unknown_project_is_not_found(store: Store) -> None:
    for call in (
        lambda: projects.get_passport(store, "no-such-id"),
        lambda: projects.set_archived(store, "no-such-id", True),
        lambda: projects.delete_project(store, "no-such-id"),
        lambda: projects.find_project_id(store, "NOPE"),
    ):
        with pytest.raises(KnownError) as err:
            call()
        assert err.value.code is ErrorCode.NOT_FOUND


def test_delete_removes_children_but_keeps_shared_person(store: Store) -> None:
    doomed = projects.save_passport(store, _passport(store, "A-1"))
    other = _passport(store, "B-2")
    other.members = [dataclasses.replace(doomed.members[0], id=MemberData().id)]
    other = projects.save_passport(store, other)
    shared_person = doomed.members[0].person_id

    projects.delete_project(store, doomed.id)

    assert [r.code for r in projects.list_projects(store, include_archived=True)] == ["B-2"]
    assert _count(store, Membership) == 1
    assert _count(store, Link) == 1 and _count(store, Invoice) == 1
    assert _count(store, OnboardingStep) == 7
    with store.session() as s:
        assert s.get(Person, shared_person) is not None
    assert projects.get_passport(store, other.id).members[0].name == "Elena Petrova"


@pytest.mark.parametrize(
    ("spoil", "where", "problem"),
    [
        (lambda p: setattr(p.fields, "code", "  "), "fields.code", Problem.REQUIRED),
        (lambda p: setattr(p.fields, "code", "JP 1/2"), "fields.code", Problem.BAD_CODE),
        (lambda p: setattr(p.fields, "name", ""), "fields.name", Problem.REQUIRED),
        (lambda p: setattr(p.members[1], "email", "yamada@"), "members[1].email",
         Problem.BAD_EMAIL),
        (lambda p: setattr(p.links[0], "url", "gitlab dot com"), "links[0].url", Problem.BAD_URL),
        (lambda p: setattr(p.fields, "customer_time_zone", "Tokyo"),
         "fields.customer_time_zone", Problem.BAD_TIME_ZONE),
        (lambda p: setattr(p.members[0], "time_zone", "Mars/Olympus"), "members[0].time_zone",
         Problem.BAD_TIME_ZONE),
        (lambda p: setattr(p.fields, "end_date", date(2025, 12, 31)), "fields.end_date",
         Problem.END_BEFORE_START),
        (lambda p: setattr(p.invoices[0], "amount", Decimal("-1")), "invoices[0].amount",
         Problem.BAD_AMOUNT),
        (lambda p: setattr(p.invoices[0], "currency", "yen"), "invoices[0].currency",
         Problem.BAD_CURRENCY),
        (lambda p: setattr(p.contract, "currency", "EURO"), "contract.currency",
         Problem.BAD_CURRENCY),
    ],
)
def test_invalid_passport_is_refused_naming_the_field(
    store: Store, spoil, where: str, problem: Problem
) -> None:
    p = _passport(store)
    spoil(p)
    assert (where, problem) in _issues(store, p)
    assert projects.list_projects(store, include_archived=True) == []


def test_every_problem_is_reported_at_once(store: Store) -> None:
    p = _passport(store)
    p.fields.name = ""
    p.members[1].email = "not-an-email"
    assert {w for w, _ in _issues(store, p)} == {"fields.name", "members[1].email"}


def test_invalid_edit_leaves_stored_passport_unchanged(store: Store) -> None:
    saved = projects.save_passport(store, _passport(store))
    edit = projects.get_passport(store, saved.id)
    edit.fields.name = "Changed"
    edit.links[0].url = "nope"
    _issues(store, edit)
    assert projects.get_passport(store, saved.id) == saved


def test_duplicate_code_is_refused(store: Store) -> None:
    projects.save_passport(store, _passport(store, "JP-1", "First"))
    with pytest.raises(KnownError) as err:
        projects.save_passport(store, _passport(store, " JP-1 ", "Second"))
    assert err.value.code is ErrorCode.DUPLICATE_CODE
    assert [r.name for r in projects.list_projects(store)] == ["First"]


def test_child_rows_are_edited_removed_and_reordered(store: Store) -> None:
    p = _passport(store)
    p.links.append(LinkData(label="Jira", url="https://jira.example.com/JP1",
                            kind=LinkKind.TRACKER))
    p.invoices.append(InvoiceData(number="INV-2", issued_on=date(2026, 3, 1),
                                  amount=Decimal("7"), currency="JPY"))
    saved = projects.save_passport(store, p)

    edit = projects.get_passport(store, saved.id)
    edit.members.reverse()
    edit.members[0].role = "Key user"
    edit.links.reverse()
    edit.links[1].label = "GitLab (new)"
    edit.invoices = [edit.invoices[1]]
    edit.quality_reports = []
    edit.contract = None
    edit.fields.status, edit.fields.health = ProjectStatus.ACTIVE, Health.RED
    projects.save_passport(store, edit)

    again = projects.get_passport(store, saved.id)
    assert [(m.name, m.role) for m in again.members] == [
        ("山田 太郎", "Key user"), ("Elena Petrova", "Project manager")]
    assert [link.label for link in again.links] == ["Jira", "GitLab (new)"]
    assert [i.number for i in again.invoices] == ["INV-2"]
    assert again.quality_reports == [] and again.contract is None
    assert (again.fields.status, again.fields.health) == (ProjectStatus.ACTIVE, Health.RED)
    assert _count(store, Invoice) == 1 and _count(store, Link) == 2


def test_onboarding_steps_keep_owner_and_dates(store: Store) -> None:
    p = _passport(store)
    p.onboarding[0].owner_person_id = p.members[0].person_id
    p.onboarding[0].done_on = date(2026, 1, 7)
    p.onboarding[1].done_on = date(2026, 1, 8)
    saved = projects.save_passport(store, p)
    again = projects.get_passport(store, saved.id)
    assert again.onboarding[0].owner_person_id == p.members[0].person_id
    assert again.onboarding_progress() == (2, 7)
    assert projects.list_projects(store)[0].onboarding_done == 2


def test_shared_person_edited_once_shows_everywhere(store: Store) -> None:
    a = projects.save_passport(store, _passport(store, "A-1"))
    b = _passport(store, "B-2")
    b.members = [dataclasses.replace(a.members[0], id=MemberData().id, role="Delivery lead")]
    b = projects.save_passport(store, b)

    edit = projects.get_passport(store, a.id)
    edit.members[0].email = "elena.petrova@vendor.example.com"
    projects.save_passport(store, edit)

    other = projects.get_passport(store, b.id)
    assert other.members[0].email == "elena.petrova@vendor.example.com"
    assert other.members[0].role == "Delivery lead"  # the role stays per project
    assert _count(store, Person) == 2


def test_person_with_two_roles_on_one_project(store: Store) -> None:
    p = _passport(store)
    pm = p.members[0]
    p.members.append(dataclasses.replace(pm, id=MemberData().id, role="Tech lead"))
    saved = projects.save_passport(store, p)
    again = projects.get_passport(store, saved.id)
    assert [m.role for m in again.members if m.person_id == pm.person_id] == [
        "Project manager", "Tech lead"]
    assert _count(store, Person) == 2


def test_template_edit_changes_new_passports_only(store: Store) -> None:
    existing = projects.save_passport(store, _passport(store))
    steps = onboarding_template.get_template(store)
    steps[0].title = "Kick-off call with the customer"
    steps.pop()
    steps.insert(0, steps.pop(3))
    steps.append(OnboardingTemplateStepData(title="顧客へのご挨拶", owner_role="PM"))
    onboarding_template.save_template(store, steps)

    stored = onboarding_template.get_template(store)
    assert [s.title for s in stored] == [s.title for s in steps]
    fresh = projects.new_passport(store)
    assert [s.title for s in fresh.onboarding] == [s.title for s in steps]
    assert projects.get_passport(store, existing.id).onboarding == existing.onboarding

    with pytest.raises(KnownError) as err:
        onboarding_template.save_template(store, [OnboardingTemplateStepData(title=" ")])
    assert err.value.code is ErrorCode.VALIDATION
    assert len(onboarding_template.get_template(store)) == 7


def test_editing_only_a_member_moves_updated_at(store: Store) -> None:
    saved = projects.save_passport(store, _passport(store))
    saved.members[1].role = "Project sponsor"
    again = projects.save_passport(store, saved)
    assert again.updated_at is not None and saved.updated_at is not None
    assert again.updated_at > saved.updated_at
    assert again.created_at == saved.created_at


def test_a_row_of_another_project_is_never_moved(store: Store) -> None:
    first = projects.save_passport(store, _passport(store, "A-1", "Alpha"))
    second = projects.save_passport(store, _passport(store, "B-2", "Beta"))
    second.links.append(dataclasses.replace(first.links[0]))  # same id as A-1's link
    with pytest.raises(KnownError) as err:
        projects.save_passport(store, second)
    assert "belongs to another project" in err.value.message
    assert projects.get_passport(store, first.id).links == first.links
