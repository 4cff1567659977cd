"""Plain data the services hand out and take back: the project passport and its parts.

No ORM object leaves ``cockpit.services``; the UI edits these and gives them back to save.
Ids are generated here for new rows so that a passport is complete before it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from cockpit.domain.enums import (
    ContractType,
    EscalationLevel,
    Health,
    Language,
    LinkKind,
    Meeting,
    MessageKind,
    ProjectStatus,
    Renewal,
    Side,
)
from cockpit.domain.work import TaskStatus


def new_id() -> str:
    import uuid  # here, not at the top: uuid costs start-up time and ids are made later

    return str(uuid.uuid4())


@dataclass
class ProjectFields:
    code: str = ""
    name: str = ""
    customer: str = ""
    description: str = ""
    department: str = ""
    status: ProjectStatus = ProjectStatus.ONBOARDING
    health: Health = Health.GREEN
    start_date: date | None = None
    end_date: date | None = None
    customer_time_zone: str = "UTC"
    working_days_country: str = ""
    sprint_length_weeks: int = 2
    language: Language = Language.EN  # what the customer is written to in
    notes: str = ""
    archived: bool = False
    # the escalation path's time limits, in the customer's working days (PRODUCT.md §5)
    escalation_project_days: int = 1
    escalation_department_days: int = 2


@dataclass
class MemberData:
    """A person as they appear on one project (person fields are shared across projects)."""

    name: str = ""
    email: str = ""
    organisation: str = ""
    time_zone: str = "UTC"
    phone: str = ""
    role: str = ""
    side: Side = Side.VENDOR
    escalation_level: EscalationLevel = EscalationLevel.NONE
    meetings: frozenset[Meeting] = frozenset()
    reports: frozenset[MessageKind] = frozenset()  # the kinds whose spec is a report
    id: str = field(default_factory=new_id)
    person_id: str = field(default_factory=new_id)


@dataclass
class LinkData:
    label: str = ""
    url: str = ""
    kind: LinkKind = LinkKind.OTHER
    id: str = field(default_factory=new_id)


@dataclass
class ContractData:
    type: ContractType = ContractType.TIME_AND_MATERIALS
    value: Decimal | None = None
    currency: str = ""
    start_date: date | None = None
    end_date: date | None = None
    renewal: Renewal = Renewal.NONE
    renewal_notice_days: int | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class InvoiceData:
    number: str = ""
    issued_on: date | None = None
    amount: Decimal | None = None
    currency: str = ""
    due_on: date | None = None
    paid_on: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    def is_overdue(self, today: date) -> bool:
        return self.paid_on is None and self.due_on is not None and self.due_on < today


@dataclass
class QualityReportData:
    report_date: date | None = None
    summary: str = ""
    link: str = ""
    open_bugs: int | None = None
    critical_bugs: int | None = None
    test_coverage_pct: Decimal | None = None
    on_time_delivery_pct: Decimal | None = None
    id: str = field(default_factory=new_id)


@dataclass
class OnboardingStepData:
    title: str = ""
    description: str = ""
    owner_person_id: str | None = None
    due_on: date | None = None
    done_on: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class OnboardingTemplateStepData:
    title: str = ""
    description: str = ""
    owner_role: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class SprintData:
    """A sprint and its dates (its last day included); tasks name it by ``name``."""

    name: str = ""
    start_on: date | None = None
    end_on: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class TaskData:
    name: str = ""
    status: TaskStatus = TaskStatus.TODO
    eta: date | None = None
    owner_person_id: str | None = None
    urgent: bool = False
    sprint: str = ""
    hours: Decimal | None = None
    done_on: date | None = None
    external_key: str = ""
    external_url: str = ""
    id: str = field(default_factory=new_id)
    urgent_since: datetime | None = None  # kept by the save: when ``urgent`` was last set


@dataclass
class CareRuleData:
    """A care rule's own setting on this project: on or off, and the parameters the PM set
    here (the others follow the company's defaults)."""

    rule: str = ""
    enabled: bool = True
    params: dict[str, int] = field(default_factory=dict)
    id: str = field(default_factory=new_id)


@dataclass
class MilestoneData:
    name: str = ""
    due_on: date | None = None
    done_on: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Passport:
    """Everything the passport tabs show for one project, saved as one unit of work."""

    fields: ProjectFields = field(default_factory=ProjectFields)
    members: list[MemberData] = field(default_factory=list)
    links: list[LinkData] = field(default_factory=list)
    contract: ContractData | None = None
    invoices: list[InvoiceData] = field(default_factory=list)
    quality_reports: list[QualityReportData] = field(default_factory=list)
    onboarding: list[OnboardingStepData] = field(default_factory=list)
    sprints: list[SprintData] = field(default_factory=list)
    tasks: list[TaskData] = field(default_factory=list)
    milestones: list[MilestoneData] = field(default_factory=list)
    care_rules: list[CareRuleData] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def onboarding_progress(self) -> tuple[int, int]:
        return sum(1 for s in self.onboarding if s.done_on), len(self.onboarding)


@dataclass(frozen=True)
class ProjectSummary:
    """One row of the project list."""

    id: str
    code: str
    name: str
    customer: str
    department: str
    status: ProjectStatus
    health: Health
    archived: bool
    end_date: date | None
    onboarding_done: int
    onboarding_total: int
    manager: str
