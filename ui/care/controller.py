"""Opens Settings → Care rules and calendars and saves what the PM chose; a refused value (an
unknown time zone, a country code that is not one) is explained and the dialog comes back
with everything as it was typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.care import ops
from ui.controller import Controller

if TYPE_CHECKING:
    from ui.care.settings_dialog import CareSettingsDialog


class CareSettingsController(Controller):
    dialog: CareSettingsDialog | None = None

    def open_dialog(self) -> None:
        store = self.store
        if store is not None:
            self._run(lambda: ops.load(store), self._edit)

    def _edit(self, settings: ops.CareSettings) -> None:
        from ui.care.settings_dialog import CareSettingsDialog

        store = self.store
        self.dialog = CareSettingsDialog(settings, self.ctx.clock.zone(), self._parent())
        accepted = self.dialog.exec()
        chosen = self.dialog.chosen()
        self.dialog = None
        if not accepted or store is None:
            return

        def failed(exc: BaseException) -> None:
            self.ctx.show_failure(exc)
            self._edit(chosen)  # nothing typed is lost

        self._run(lambda: ops.save(store, chosen), lambda _: self.ctx.status(
            self.tr("Care settings saved: Today shows what they change."), 8000), failed)
