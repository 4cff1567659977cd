"""All tables; importing this package registers them on ``Base.metadata``."""

from cockpit.store.models.base import Base, new_id
from cockpit.store.models.care import CareMark, CareRuleSetting, CompanySetting
from cockpit.store.models.finance import Contract, Invoice
from cockpit.store.models.links import Link
from cockpit.store.models.mailbox import MailItem, SyncState
from cockpit.store.models.meetings import (
    AgendaTemplate,
    MeetingOccurrence,
    MeetingSeries,
    MinutesItem,
    SeriesAttendee,
)
from cockpit.store.models.messages import Message, MessageLink, MessageTemplate
from cockpit.store.models.onboarding import OnboardingStep, OnboardingTemplateStep
from cockpit.store.models.people import Membership, Person
from cockpit.store.models.project import Project
from cockpit.store.models.remote import RemoteLink
from cockpit.store.models.store_info import StoreInfo

from cockpit.store.models.quality import QualityReport  # isort: skip
from cockpit.store.models.work import (  # isort: skip
    ChangeRequest,
    ChangeRequestEvent,
    Milestone,
    Sprint,
    Task,
    TaskEtaChange,
)
from cockpit.store.models.escalation import RedFlag, RedFlagEvent  # isort: skip
from cockpit.store.models.problem_register import ProblemRecord, RemedialStep  # isort: skip
from cockpit.store.models.decisions import Decision, DecisionConfirmation  # isort: skip
from cockpit.store.models.questions import Question  # isort: skip
from cockpit.store.models.satisfaction import SatisfactionEntry  # isort: skip

__all__ = [
    "AgendaTemplate",
    "MeetingOccurrence",
    "MeetingSeries",
    "MinutesItem",
    "SeriesAttendee",
    "Base",
    "CareMark",
    "CareRuleSetting",
    "CompanySetting",
    "ChangeRequest",
    "ChangeRequestEvent",
    "Decision",
    "DecisionConfirmation",
    "Milestone",
    "ProblemRecord",
    "Question",
    "RedFlag",
    "RedFlagEvent",
    "RemedialStep",
    "Message",
    "MessageLink",
    "MessageTemplate",
    "Sprint",
    "Task",
    "TaskEtaChange",
    "Contract",
    "Invoice",
    "Link",
    "MailItem",
    "Membership",
    "OnboardingStep",
    "OnboardingTemplateStep",
    "Person",
    "Project",
    "QualityReport",
    "RemoteLink",
    "SatisfactionEntry",
    "StoreInfo",
    "SyncState",
    "new_id",
]
