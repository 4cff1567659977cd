"""Demo messages: per active project a sent follow-up and estimate, a queued task update, a
draft report, and one failed problem notice across the portfolio."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cockpit.domain.messages import MessageKind
from cockpit.domain.passport import Passport
from cockpit.domain.work import ChangeRequestStatus
from cockpit.errors import KnownError
from cockpit.messages.sources import Source
from cockpit.services import messages, occurrences
from cockpit.store.store import Store


def add_demo_messages(store: Store, passports: list[Passport], today: date) -> None:
    """Idempotent: a project that already has messages is left alone."""
    failed = False
    for passport in passports:
        if not passport.tasks or messages.list_messages(store, project_id=passport.id):
            continue
        base = Source(passport.id, today=today)
        try:
            series_id, start = occurrences.last_with_minutes(
                store, passport.id, datetime.combine(today, datetime.min.time(), UTC))
        except KnownError:  # no minutes yet
            pass
        else:
            follow_up = messages.compose(store, MessageKind.FOLLOW_UP, Source(
                passport.id, series_id=series_id, original_start=start, today=today))
            messages.mark_ready(store, follow_up.id)
            messages.mark_sent(store, follow_up.id, start + timedelta(hours=3))
        estimated = next((c for c in passport.change_requests
                          if c.status is ChangeRequestStatus.ESTIMATED), None)
        if estimated is not None:
            estimate = messages.compose(store, MessageKind.CHANGE_REQUEST, Source(
                passport.id, change_request_id=estimated.id, today=today))
            messages.mark_ready(store, estimate.id)
            messages.mark_sent(store, estimate.id,
                               datetime.combine(today - timedelta(days=2),
                                                datetime.min.time(), UTC) + timedelta(hours=9))
        update = messages.compose(store, MessageKind.TASK_UPDATE, base)
        messages.mark_ready(store, update.id)
        messages.compose(store, MessageKind.BIWEEKLY_REPORT, base)
        messages.compose(store, MessageKind.SPRINT_REPORT, base)
        if not failed:
            slipped = next(t for t in passport.tasks if t.eta and t.eta < today
                           and t.status.is_open)
            notice = messages.compose(store, MessageKind.PROBLEM_NOTICE, Source(
                passport.id, task_id=slipped.id, today=today))
            messages.mark_ready(store, notice.id)
            messages.mark_failed(store, notice.id, "Outlook refused the message: the mailbox "
                                 "of one recipient is full. Retry later or remove them.")
            failed = True
