"""The connectors this build knows: a spec per connector — its name (the key of its records in
``sync_state`` and ``remote_link``), the name the PM reads, and how its ``Account`` is built
from the app's settings or the environment. The runner, ``cockpit sync``, the app's background
sync and the waiting count all loop over a ``Registry``; tests build their own with a second
connector beside Outlook.

Building a spec's account is cheap and touches neither the network nor the keychain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cockpit.connectors.base import Account


@dataclass(frozen=True)
class ConnectorSpec:
    name: str  # "outlook"
    display_name: str  # "Outlook": how the UI names it (a proper name, not translated)
    # the account from the app's settings (an object with attributes, e.g. ``outlook_client_id``;
    # None: from the environment only)
    build: Callable[[Any], Account]


class Registry:
    """Connector specs in the order their runs go."""

    def __init__(self, specs: tuple[ConnectorSpec, ...] = ()) -> None:
        self._specs: dict[str, ConnectorSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: ConnectorSpec) -> None:
        if spec.name in self._specs:
            raise ValueError(f"a connector named {spec.name!r} is registered already")
        self._specs[spec.name] = spec

    def __iter__(self) -> Iterator[ConnectorSpec]:
        return iter(self._specs.values())

    def names(self) -> list[str]:
        return list(self._specs)

    def get(self, name: str) -> ConnectorSpec:
        return self._specs[name]

    def display_name(self, name: str) -> str:
        spec = self._specs.get(name)
        return spec.display_name if spec else name

    def accounts(self, settings: Any = None) -> list[Account]:
        """Every connector's account, in order."""
        return [spec.build(settings) for spec in self]


def _outlook_account(settings: Any) -> Account:
    from cockpit.connectors.outlook.account import OutlookAccount, config_from_environment

    return OutlookAccount(*config_from_environment(
        getattr(settings, "outlook_client_id", None) or None,
        getattr(settings, "outlook_tenant", None) or None))


OUTLOOK = ConnectorSpec("outlook", "Outlook", _outlook_account)


def default_registry() -> Registry:
    """The connectors shipped with the app (a new one is added here)."""
    return Registry((OUTLOOK,))
