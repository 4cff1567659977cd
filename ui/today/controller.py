"""Today's controller: evaluates the care engine off the GUI thread whenever anything changes
(the one change signal) and whenever the clock passes a moment that changes a row (an item
falling due, a snooze running out), tells the PM when an item becomes due while the app runs
(the tray, else the status bar), and carries out what the rows ask for: the action that
fulfils an item, snooze, done, undo, the history.

Opening what fulfils an item is the window's part (``open_requested`` with a
``cockpit.care.actions.Target``): this controller calls no other view.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from cockpit.care.items import CareItem, DueState
from ui.controller import Controller
from ui.today import ops
from ui.today.texts import what_text

if TYPE_CHECKING:
    from cockpit.care.marks import MarkData
    from cockpit.changes import Changes
    from cockpit.services.today import TodayData
    from ui.context import AppContext
    from ui.today.panel import TodayPanel

RECHECK = timedelta(minutes=5)  # items come into view ("soon") as time passes: look again
DEBOUNCE_MS = 150  # a burst of changes (a sync pull) is one evaluation
NOTIFIED = (DueState.DUE, DueState.OVERDUE)


class TodayController(Controller):
    open_requested = Signal(object)  # a cockpit.care.actions.Target
    notified = Signal(str)  # the text of a "became due" notice (tests, the tray)
    shown = Signal(bool)  # an evaluation is on screen: the live one (True), the last (False)
    reveal_requested = Signal()  # the PM clicked a notice: bring Today to the front

    def __init__(self, ctx: AppContext, panel: TodayPanel, parent: QObject | None = None
                 ) -> None:
        super().__init__(ctx, parent)
        self.panel = panel
        self.data: TodayData | None = None
        self._running = False
        self._again = False
        # (project, key) of what was due or overdue at the last evaluation
        self._known: set[tuple[str, str]] | None = None
        self._tray: Any = None
        self.store_key: str | None = None  # which store's last Today is kept for the next start
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.clock_timer = QTimer(self)  # the next moment a row changes by itself
        self.clock_timer.setSingleShot(True)
        self.clock_timer.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_changed)
        panel.action_requested.connect(self.act)
        panel.snooze_requested.connect(self.snooze)
        panel.done_requested.connect(self.mark_done)
        panel.acknowledge_requested.connect(self.acknowledge)
        panel.flag_requested.connect(self.make_flag)
        panel.decision_requested.connect(self.record_decision)
        panel.history_requested.connect(self.show_history)

    # --- evaluating -----------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes and self.store is not None:
            self._debounce.start()

    def show_last(self, store_key: str) -> None:
        """While the store opens: the last Today shown for it, marked as such (the live
        evaluation replaces it within a second or so)."""
        from ui.today import cache

        self.store_key = store_key
        if self.data is not None:
            return
        last = cache.load(self.ctx.settings.cache_dir(), store_key)
        if last is None:
            return
        at, items, zone, names = last
        local = at.astimezone(ZoneInfo(zone))
        from ui.widgets.time_zones import day_text

        heading = self.tr("Today as of %1, updating…").replace(  # short: it sets the width
            "%1", day_text(local, "%H:%M"))
        self.panel.show_items(items, 0, zone, names, heading)
        self.shown.emit(False)

    def zone(self) -> str:
        if self.data is not None and self.data.pm_zone:
            return self.data.pm_zone
        return self.ctx.clock.zone()

    def refresh(self) -> None:
        """Evaluate now (one evaluation at a time; a change meanwhile asks for another)."""
        store = self.store
        if store is None or self.ctx.closed:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        at = self.ctx.clock.now()

        def shown(data: TodayData) -> None:
            self._running = False
            self._show(data)
            if self._again:
                self._again = False
                self.refresh()

        def failed(exc: BaseException) -> None:
            self._running = False
            self.ctx.show_failure(exc)

        self._run(lambda: ops.load(store, at), shown, failed)

    def _show(self, data: TodayData) -> None:
        self.data = data
        zone = self.zone()
        local = data.at.astimezone(ZoneInfo(zone))
        from ui.widgets.time_zones import day_name

        heading = self.tr("Today — %1").replace(
            "%1", f"{day_name(local)} {local:%Y-%m-%d}")
        self.panel.show_items(data.items, len(data.snoozed), zone, data.names, heading)
        self.panel.strip.set_health(data.health, zone)
        falling = {i.project_id for i in data.items
                   if i.rule == "satisfaction_drop" and ":csat:" in i.key}
        self.panel.strip.set_trends(data.trends, falling)
        self._notify(data.items)
        self._schedule(data)
        self.shown.emit(True)
        self._keep(data, zone)

    def _keep(self, data: TodayData, zone: str) -> None:
        """What is on screen now, for the next start (written off the GUI thread)."""
        if self.store_key is None:
            return
        from ui.today import cache

        folder, key = self.ctx.settings.cache_dir(), self.store_key
        self.ctx.run(lambda: cache.save(folder, key, data.at, data.items, zone, data.names))

    def _schedule(self, data: TodayData) -> None:
        moments = [i.due for i in data.items if i.state is not DueState.OVERDUE]
        moments += [i.snoozed_until for i in data.snoozed if i.snoozed_until is not None]
        moments.append(data.at + RECHECK)
        wait = min(m for m in moments if m > data.at) - self.ctx.clock.now()
        self.clock_timer.start(max(1000, min(int(wait.total_seconds() * 1000) + 500,
                                             int(RECHECK.total_seconds() * 1000))))

    def _notify(self, items: list[CareItem]) -> None:
        """Items that became due (or overdue) since the last evaluation, while the app runs;
        what was already owed when the window opened is on screen, not announced."""
        now_due = {(i.project_id, i.key): i for i in items if i.state in NOTIFIED}
        known, self._known = self._known, set(now_due)
        if known is None:
            return
        fresh = [now_due[k] for k in now_due if k not in known]
        if not fresh:
            return
        first = fresh[0]
        text = f"{first.project_code}: {what_text(first)}"
        if len(fresh) > 1:
            text = self.tr("%1 (and %2 more)").replace("%1", text).replace(
                "%2", str(len(fresh) - 1))
        title = self.tr("Now due")
        self.notified.emit(text)
        if self._tray_ready():
            self._tray.showMessage(title, text)
        else:
            self.ctx.status(f"{title}: {text}", 15000)

    def _tray_ready(self) -> bool:
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():  # a tray entry needs an icon to show at all
                from PySide6.QtWidgets import QStyle

                icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.messageClicked.connect(self.reveal_requested)
            self._tray.activated.connect(lambda _reason: self.reveal_requested.emit())
            self._tray.setToolTip(self.tr("PM Cockpit"))
            self._tray.show()
        return True

    # --- acting ---------------------------------------------------------------------
    def act(self, item: CareItem) -> None:
        store = self.store
        if store is not None:
            self._run(lambda: ops.target(store, item), self.open_requested.emit)

    def snooze(self, item: CareItem) -> None:
        from ui.today.mark_dialogs import SnoozeDialog

        store = self.store
        dialog = SnoozeDialog(what_text(item), self.ctx.clock.now(), self.zone(), self._parent())
        if store is None or not dialog.exec():
            return
        until, reason = dialog.chosen_until(), dialog.chosen_reason()

        def done(mark: MarkData) -> None:
            from ui.widgets.time_zones import day_text

            when = day_text(until.astimezone(ZoneInfo(self.zone())), "%Y-%m-%d %H:%M")
            self.panel.notice.show_note(self.tr("Snoozed until %1: %2").replace(
                "%1", when).replace("%2", what_text(item)), lambda: self.undo(mark))

        self._run(lambda: ops.snooze(store, item, until, reason), done)

    def mark_done(self, item: CareItem) -> None:
        from ui.today.mark_dialogs import DoneDialog

        store = self.store
        dialog = DoneDialog(what_text(item), self._parent())
        if store is None or not dialog.exec():
            return
        note = dialog.chosen_note()

        def done(mark: MarkData) -> None:
            self.panel.notice.show_note(self.tr("Marked done: %1").replace(
                "%1", what_text(item)), lambda: self.undo(mark))

        self._run(lambda: ops.mark_done(store, item, note), done)

    def acknowledge(self, item: CareItem) -> None:
        store = self.store
        if store is not None:
            self._run(lambda: ops.acknowledge_mail(store, item), lambda _: self.ctx.status(
                self.tr("Marked acknowledged; the answer is owed next."), 8000))

    def make_flag(self, item: CareItem) -> None:
        """A customer's mail is a complaint: a red flag raised from it (the PM says how severe
        and what about), at the project manager's level from the mail's arrival."""
        from cockpit.care.actions import split
        from ui.registers import flag_ops
        from ui.registers.ops import MailChoice
        from ui.registers.red_flag_dialog import RedFlagDialog

        store, mail_id = self.store, split(item.action)[1]
        if store is None:
            return
        dialog = RedFlagDialog([], mails=[MailChoice(mail_id, item.subject or item.title)],
                               parent=self._parent())
        dialog.mail.setCurrentIndex(1)
        dialog.title.setText(item.subject)
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: flag_ops.raise_flag(store, item.project_id, values),
                  lambda flag: self.ctx.status(self.tr(
                      "%1 raised from the mail: it is with the project manager.").replace(
                      "%1", flag.key), 8000))

    def record_decision(self, item: CareItem) -> None:
        """A customer's mail agrees something: into the decision log, confirmed by it."""
        from cockpit.care.actions import split
        from ui.registers import decision_ops
        from ui.registers.decision_dialogs import DecisionDialog
        from ui.registers.ops import MailChoice

        store, mail_id = self.store, split(item.action)[1]
        if store is None:
            return
        dialog = DecisionDialog([MailChoice(mail_id, item.subject or item.title)],
                                parent=self._parent())
        dialog.mail.setCurrentIndex(1)
        dialog.text.setPlainText(item.subject)
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: decision_ops.record(store, item.project_id, values),
                  lambda _row: self.ctx.status(self.tr(
                      "Recorded as a decision, confirmed by the customer's mail."), 8000))

    def undo(self, mark: MarkData) -> None:
        store = self.store
        if store is not None:
            self._run(lambda: ops.undo(store, mark.id), lambda _: self.ctx.status(
                self.tr("Undone: the item is back as it would be without the mark."), 8000))

    def show_history(self) -> None:
        store = self.store
        if store is None:
            return

        def shown(result: tuple[list[MarkData], dict[str, str]]) -> None:
            from ui.today.history_dialog import HistoryDialog

            marks, codes = result
            HistoryDialog(marks, self.zone(), codes, self.ctx.clock.now(), self.undo,
                          self._parent()).exec()

        self._run(lambda: (ops.history(store), ops.project_codes(store)), shown)
