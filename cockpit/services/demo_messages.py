"""Demo messages: per active project a sent follow-up and estimate, a queued task update, a
draft report; across the portfolio one failed problem notice the PM wrote out in full (Retry
works) and one draft notice still holding the ``[[places]]`` the PM must fill."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from cockpit.domain.enums import Language
from cockpit.domain.messages import MessageData, MessageKind
from cockpit.domain.passport import Passport
from cockpit.domain.work import ChangeRequestStatus
from cockpit.errors import KnownError
from cockpit.messages.placeholders import PATTERN
from cockpit.messages.sources import Source
from cockpit.services import change_requests, messages, occurrences
from cockpit.store.store import Store


def add_demo_messages(store: Store, passports: list[Passport], today: date) -> None:
    """Idempotent: a project that already has messages is left alone."""
    failed = drafted = False
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
            messages.mark_ready(store, follow_up.id, confirmed=True)
            messages.mark_sent(store, follow_up.id, start + timedelta(hours=3))
        estimated = next((c for c in change_requests.list_requests(store, passport.id)
                          if c.status is ChangeRequestStatus.ESTIMATED), None)
        if estimated is not None:
            estimate = messages.compose(store, MessageKind.CHANGE_REQUEST, Source(
                passport.id, change_request_id=estimated.id, today=today))
            messages.mark_ready(store, estimate.id, confirmed=True)
            messages.mark_sent(store, estimate.id,
                               datetime.combine(today - timedelta(days=2),
                                                datetime.min.time(), UTC) + timedelta(hours=9))
        update = messages.compose(store, MessageKind.TASK_UPDATE, base)
        messages.mark_ready(store, update.id, confirmed=True)
        messages.compose(store, MessageKind.BIWEEKLY_REPORT, base)
        messages.compose(store, MessageKind.SPRINT_REPORT, base)
        slipped = next((t for t in passport.tasks if t.eta and t.eta < today
                        and t.status.is_open), None)
        if slipped is None or (failed and drafted):
            continue
        notice = messages.compose(store, MessageKind.PROBLEM_NOTICE, Source(
            passport.id, task_id=slipped.id, today=today))
        if not failed:  # written out by the PM, queued, then refused by a full mailbox
            written = messages.save_draft(store, _written_out(notice, passport.fields.language,
                                                              today))
            messages.mark_ready(store, written.id, confirmed=True)
            messages.mark_failed(store, notice.id, "Outlook refused the message: the mailbox "
                                 "of one recipient is full. Retry later or remove them.")
            failed = True
        else:  # left as the template wrote it: the places to fill are marked
            drafted = True


def _written_out(notice: MessageData, language: Language, today: date) -> MessageData:
    """The notice with every ``[[place]]`` filled as a PM would write it."""
    by = (today + timedelta(days=3 if today.weekday() < 2 else 5)).isoformat()
    table = WRITTEN.get(language, WRITTEN[Language.EN])

    def fill(match: re.Match[str]) -> str:
        text = table.get(match.group(1).strip(), table[""])
        return text.replace("{date}", by)

    return replace(notice, subject=PATTERN.sub(fill, notice.subject),
                   body=PATTERN.sub(fill, notice.body))


WRITTEN: dict[Language, dict[str, str]] = {
    Language.EN: {
        "Impact on your users": "Your users can keep working as today; the new function is "
                                "not available for the planned release.",
        "date we will confirm it": "{date}",
        "Expected date, or when we will know it": "We will know by {date}.",
        "First option, with its cost and effect on the schedule":
            "Move this function to the next release: no extra cost, and the release date "
            "stays as planned.",
        "Second option": "Add a second developer for two weeks: about 40 extra hours, and "
                         "the function ships with the release.",
        "What your team can do in the meantime": "Keep using the current process; we will "
                                                 "send a one-page guide tomorrow.",
        "How we will fix this and keep it from happening again":
            "We re-estimate the remaining tasks this week and will report risks in every "
            "weekly status meeting.",
        "time of the next update": "{date}",
        "What happened": "A task is late.",
        "": "(see above)",
    },
    Language.JA: {
        "利用者への影響": "現在の業務はこれまでどおり継続いただけますが、予定していたリリースでは"
                   "本機能をご利用いただけません。",
        "ご連絡する日": "{date}",
        "完了予定日、または見通しが立つ時期": "{date}までに見通しをご連絡いたします。",
        "対応案1（費用とスケジュールへの影響を含めて）":
            "本機能を次回リリースに移す案です。追加費用はなく、リリース日も変わりません。",
        "対応案2": "2週間、開発者を1名追加する案です。約40時間の追加工数で、予定どおりの"
                 "リリースに間に合います。",
        "復旧までの間にご利用いただける回避策": "現行の手順で運用を続けていただけます。明日、"
                                  "手順を1枚にまとめてお送りします。",
        "弊社の対応内容と再発防止策": "今週中に残りのタスクを見積もり直し、毎週の定例会で"
                           "リスクをご報告いたします。",
        "次回ご報告の日時": "{date}",
        "発生した事象": "タスクに遅れが生じています。",
        "": "（上記のとおり）",
    },
}
