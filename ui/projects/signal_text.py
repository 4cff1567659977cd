"""What the health signals say, in words: one line per signal, a short summary for the
passport and a tooltip for the project list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from cockpit.domain.signals import HealthSignal, SignalKind


def signal_text(signal: HealthSignal) -> str:
    """e.g. "invoice INV-7 overdue since 2026-11-12" (starts lower-case: it is listed)."""
    texts = {
        SignalKind.INVOICE_OVERDUE: QCoreApplication.translate(
            "Signals", "invoice %1 overdue since %2"),
        SignalKind.TASK_LATE: QCoreApplication.translate(
            "Signals", "task “%1” past its ETA since %2"),
        SignalKind.MESSAGE_FAILED: QCoreApplication.translate(
            "Signals", "message “%1” failed to send (%2)"),
        SignalKind.ONBOARDING_OVERDUE: QCoreApplication.translate(
            "Signals", "onboarding step “%1” overdue since %2"),
    }
    # StrEnum members equal their text; a kind added later without words of its own
    # still shows its subject and date
    text = texts.get(signal.kind, "%1 (%2)")  # type: ignore[call-overload]
    subject = signal.subject or QCoreApplication.translate("Signals", "(no subject)")
    since = signal.since.isoformat() if signal.since else ""
    return text.replace("%1", subject).replace("%2", since)


def signals_summary(signals: Sequence[HealthSignal], shown: int = 2) -> str:
    """ "3 warnings: invoice INV-7 overdue since …, task “API” past its ETA since …, …" """
    if not signals:
        return ""
    comma = QCoreApplication.translate("Signals", ", ", "between the warnings listed")
    listed = comma.join(signal_text(s) for s in signals[:shown])
    if len(signals) > shown:
        listed += comma + "…"
    # two texts rather than a %n plural: the English plural forms live in the .ts files
    if len(signals) == 1:
        return QCoreApplication.translate("Signals", "1 warning: %1").replace("%1", listed)
    return QCoreApplication.translate("Signals", "%2 warnings: %1").replace(
        "%2", str(len(signals))).replace("%1", listed)


def signals_tooltip(signals: Sequence[HealthSignal]) -> str:
    if not signals:
        return ""
    head = QCoreApplication.translate("Signals", "What the project's data shows:")
    return "\n".join([head] + [f"• {signal_text(s)}" for s in signals])
