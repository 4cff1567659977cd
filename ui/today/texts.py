"""How Today words an item: what is owed, the button that fulfils it, its state. The engine's
own titles are English for the command line; the window says it in the UI's language from
the rule, the key and the item's subject."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cockpit.care.items import CareItem, DueState


def what_text(item: CareItem) -> str:
    subject = item.subject
    texts = {
        "open_task_update": QCoreApplication.translate("Today", "Update on the open tasks (%1)"),
        "sprint_report": QCoreApplication.translate("Today", "Sprint report: %1"),
        "biweekly_report": QCoreApplication.translate("Today", "Biweekly report for %1"),
        "follow_up": QCoreApplication.translate("Today", "Follow-up of %1"),
        "urgent_update": QCoreApplication.translate("Today",
                                                    "Hourly update on an urgent task: %1"),
        "eta_slipped": QCoreApplication.translate("Today", "Tell them the ETA moved: %1"),
        "onboarding_step": QCoreApplication.translate("Today",
                                                      "Onboarding step past its date: %1"),
    }
    if item.rule == "customer_mail":
        if ":answer:" in item.key:
            text = QCoreApplication.translate("Today", "Answer the mail: %1")
        else:
            text = QCoreApplication.translate("Today", "Acknowledge the mail: %1")
        untitled = QCoreApplication.translate("Today", "(no subject)")
        return text.replace("%1", subject or untitled)
    if item.rule == "governance":
        if item.key.endswith(":all"):
            return QCoreApplication.translate(
                "Today", "Set up the governance meetings: weekly, biweekly, executive review")
        meeting = governance_text(item.key.partition(":")[2])
        if subject:
            text = QCoreApplication.translate("Today", "Plan the next %1: %2")
            return text.replace("%1", meeting).replace("%2", subject)
        return QCoreApplication.translate("Today", "Set up the %1 meeting").replace("%1", meeting)
    registers = _register_text(item)
    if registers is not None:
        return registers
    satisfaction = _satisfaction_text(item)
    if satisfaction is not None:
        return satisfaction
    found = texts.get(item.rule)
    return found.replace("%1", subject) if found else item.title


def level_text(level: str) -> str:
    """Who a red flag is with, as in "escalated to the department director"."""
    return {"project": QCoreApplication.translate("Today", "the project manager"),
            "department": QCoreApplication.translate("Today", "the department director"),
            "executive": QCoreApplication.translate("Today", "C-level")}.get(level, level)


def _register_text(item: CareItem) -> str | None:
    """What the registers' rules owe, from the item's key: ``red_flag:answer:<id>``,
    ``red_flag:<level>:<id>``, ``red_flag:resolve:<level>:<id>``, ``change_request:<what>:<id>``,
    ``problem:inform:<id>``, ``problem:step:<id>``, ``decision_unconfirmed:<id>``."""
    parts, subject = item.key.split(":"), item.subject
    if item.rule == "red_flag" and len(parts) >= 3:
        if parts[1] == "answer":
            text = QCoreApplication.translate("Today", "Answer the complaint: %1")
        elif parts[1] == "resolve":
            from cockpit.domain.enums import EscalationLevel
            from cockpit.domain.red_flags import next_level

            above = next_level(EscalationLevel(parts[2]))
            text = QCoreApplication.translate(
                "Today", "Resolve it before it goes to %2: %1").replace(
                "%2", level_text(above.value if above else ""))
        else:
            text = QCoreApplication.translate(
                "Today", "Escalated to %2: tell them about %1").replace(
                "%2", level_text(parts[1]))
        return text.replace("%1", subject)
    if item.rule == "change_request" and len(parts) >= 3:
        wording = {"estimate": QCoreApplication.translate("Today", "Estimate the change: %1"),
                "customer": QCoreApplication.translate(
                    "Today", "Change awaiting the customer's confirmation: %1"),
                "team": QCoreApplication.translate("Today", "Tell the team about the change: %1"),
                   }.get(parts[1])
        return wording.replace("%1", subject) if wording else None
    if item.rule == "problem" and len(parts) >= 3:
        text = QCoreApplication.translate("Today", "Tell the customer about the problem: %1") \
            if parts[1] == "inform" else QCoreApplication.translate(
                "Today", "Remedial step past its date: %1")
        return text.replace("%1", subject)
    if item.rule == "decision_unconfirmed":
        return QCoreApplication.translate("Today", "Confirm the decision in writing: %1") \
            .replace("%1", subject)
    return None


def _satisfaction_text(item: CareItem) -> str | None:
    """``satisfaction_survey:<due>`` (detail csat / nps), ``satisfaction_drop:csat:<month>``
    (detail "<peak>><now>"), ``satisfaction_drop:low:<answer>`` (detail "<scale>:<score>")."""
    parts = item.key.split(":")
    if item.rule == "satisfaction_survey":
        return QCoreApplication.translate("Today", "Ask for feedback: CSAT and NPS") \
            if item.detail == "nps" else QCoreApplication.translate(
                "Today", "Ask for feedback: the CSAT survey")
    if item.rule != "satisfaction_drop" or len(parts) < 3:
        return None
    if parts[1] == "csat":
        peak, _, now = item.detail.partition(">")
        return QCoreApplication.translate(
            "Today", "Early warning: CSAT falling from %1 to %2 (3-month average)").replace(
            "%1", peak).replace("%2", now)
    scale, _, score = item.detail.partition(":")
    text = QCoreApplication.translate("Today", "Early warning: NPS detractor (%1/10)") \
        if scale == "nps" else QCoreApplication.translate("Today",
                                                         "Early warning: low CSAT (%1/5)")
    text = text.replace("%1", score)
    return f"{text} — {item.subject}" if item.subject else text


def governance_text(kind: str) -> str:
    return {"weekly_status": QCoreApplication.translate("Today", "weekly status"),
            "biweekly_status": QCoreApplication.translate("Today", "biweekly status"),
            "executive_review": QCoreApplication.translate("Today", "executive review"),
            }.get(kind, kind)


def action_text(item: CareItem) -> str:
    verb, _, arg = item.action.partition(":")
    if verb == "compose":
        if arg.endswith("_report"):
            return QCoreApplication.translate("Today", "Write the report")
        special = {"escalation_notice": QCoreApplication.translate("Today", "Write the notice"),
                   "problem_notice": QCoreApplication.translate("Today", "Write the notice"),
                   "team_notice": QCoreApplication.translate("Today", "Tell the team"),
                   "decision": QCoreApplication.translate("Today", "Write the confirmation"),
                   "survey": QCoreApplication.translate("Today", "Write the survey"),
                   }.get(arg)
        return special or QCoreApplication.translate("Today", "Write the update")
    return {"follow_up": QCoreApplication.translate("Today", "Write the follow-up"),
            "reply": QCoreApplication.translate("Today", "Reply"),
            "onboarding": QCoreApplication.translate("Today", "Open the step"),
            "series": QCoreApplication.translate("Today", "Open the series"),
            "governance": QCoreApplication.translate("Today", "Set up the meetings"),
            "register": QCoreApplication.translate("Today", "Open it"),
            "flag": QCoreApplication.translate("Today", "Raise a red flag…"),
            }.get(verb) or QCoreApplication.translate("Today", "Open")


def state_text(state: DueState) -> str:
    return {DueState.OVERDUE: QCoreApplication.translate("Today", "Overdue"),
            DueState.DUE: QCoreApplication.translate("Today", "Due today"),
            DueState.SOON: QCoreApplication.translate("Today", "Soon")}[state]


def rule_text(rule: str) -> str:
    """A rule's name as the settings and the history list show it."""
    return {"customer_mail": QCoreApplication.translate("Today", "Customer mail answered"),
            "urgent_update": QCoreApplication.translate("Today", "Hourly update on urgent tasks"),
            "follow_up": QCoreApplication.translate("Today", "Follow-up after a meeting"),
            "eta_slipped": QCoreApplication.translate("Today", "Slipped ETAs reported"),
            "open_task_update": QCoreApplication.translate("Today", "Open-task update"),
            "sprint_report": QCoreApplication.translate("Today", "Sprint report"),
            "biweekly_report": QCoreApplication.translate("Today", "Biweekly report"),
            "onboarding_step": QCoreApplication.translate("Today", "Onboarding steps on time"),
            "governance": QCoreApplication.translate("Today", "Governance meetings planned"),
            "red_flag": QCoreApplication.translate(
                "Today", "Complaints answered and escalated on time"),
            "problem": QCoreApplication.translate("Today", "Problems told and fixed to plan"),
            "change_request": QCoreApplication.translate("Today", "Change requests moved on"),
            "decision_unconfirmed": QCoreApplication.translate(
                "Today", "Decisions confirmed in writing"),
            "satisfaction_survey": QCoreApplication.translate(
                "Today", "Satisfaction surveys on their cadence"),
            "satisfaction_drop": QCoreApplication.translate(
                "Today", "Early warnings from satisfaction"),
            }.get(rule, rule)
