"""Is the network there? Qt's ``QNetworkInformation`` (reachability), when this system has a
backend for it; otherwise nothing is known and the sync's back-off retry finds out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("cockpit.ui.sync")


class NetworkWatch(QObject):
    online_changed = Signal(bool)  # True: the network came back; False: it went away

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info = None
        self._online: bool | None = None

    def start(self) -> None:
        """Load the system's backend (after the first paint: QtNetwork is not needed before)."""
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError as exc:  # a build without QtNetwork: the back-off still retries
            log.info("no network information: %s", exc)
            return
        try:
            info = QNetworkInformation.instance()
            if info is None and QNetworkInformation.availableBackends():
                QNetworkInformation.loadBackendByFeatures(
                    QNetworkInformation.Feature.Reachability)
                info = QNetworkInformation.instance()
        except RuntimeError as exc:  # pragma: no cover - a broken backend
            log.info("no network information: %s", exc)
            return
        if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
            log.info("no network information on this system: sync retries on its own")
            return
        self._info = info
        self._online = _is_online(info.reachability())
        info.reachabilityChanged.connect(self._changed)

    @property
    def online(self) -> bool | None:
        """True or False as the system sees it; None when it cannot say."""
        return self._online

    def _changed(self, reachability: object) -> None:
        online = _is_online(reachability)
        if online is None or online == self._online:
            self._online = online
            return
        self._online = online
        self.online_changed.emit(online)


def _is_online(reachability: object) -> bool | None:
    from PySide6.QtNetwork import QNetworkInformation

    r = QNetworkInformation.Reachability
    if reachability in (r.Online, r.Site):
        return True
    if reachability in (r.Disconnected, r.Local):
        return False
    return None
