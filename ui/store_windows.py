"""Opening another store in a window of its own: the demo portfolio (*Help → Open the demo
portfolio*, the first-run screen) or a store file the PM picks (*File → Open store…*)."""

from __future__ import annotations

from pathlib import Path

from ui.controller import Controller


class StoreWindows(Controller):
    def open_demo(self) -> None:
        store = self.ctx.store
        if store is not None and store.demo:
            self.ctx.status(self.tr("This window is the demo portfolio."), 5000)
            return
        self._launch(["--demo"], self.tr("Opening the demo portfolio in a new window…"))

    def open_other(self) -> None:
        path = self.ctx.prompts.open_file(
            self._parent(), self.tr("Open a project store"),
            self.tr("PM Cockpit stores (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path is None:
            return
        store = self.ctx.store
        if store is not None and store.location.path is not None \
                and Path(path).resolve() == store.location.path.resolve():
            self.ctx.status(self.tr("That store is open in this window."), 5000)
            return
        self._launch(["--db", str(path)], self.tr("Opening %1 in a new window…").replace(
            "%1", str(path)))

    def _launch(self, args: list[str], text: str) -> None:
        if self.ctx.launcher.open_window(args):
            self.ctx.status(text, 8000)
        else:
            self.ctx.prompts.error(self._parent(), self.tr("Cannot open a new window"), self.tr(
                "PM Cockpit could not start another window. Start it yourself with: "
                "cockpit %1").replace("%1", " ".join(args)))
