"""Operations for the care settings, run off the GUI thread. Saving them changes what every
project owes, so the change reaches Today (``care`` for every project) and the passport's
*Care rules* tab (``settings: care``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from cockpit.changes import ANY, Changes, Done

if TYPE_CHECKING:
    from cockpit.care.params import RuleSetting
    from cockpit.services.care_settings import PmCalendar
    from cockpit.store.store import Store

SETTING = "care"


@dataclass
class CareSettings:
    calendar: PmCalendar
    calendar_stored: bool  # False: never set (the window proposes the computer's zone)
    days_off: list[date]
    rules: dict[str, RuleSetting]


def load(store: Store) -> CareSettings:
    from cockpit.services import care_settings

    return CareSettings(care_settings.pm_calendar(store), care_settings.pm_calendar_is_set(store),
                        care_settings.days_off(store), care_settings.company_rules(store))


def save(store: Store, settings: CareSettings) -> Done[None]:
    """All of it in one go; a refused value (an unknown zone) changes nothing."""
    from cockpit.services import care_settings

    for name, rule in settings.rules.items():
        care_settings.check_layer(name, rule.enabled, rule.params)
    care_settings.check_days_off(settings.days_off)
    care_settings.set_pm_calendar(store, settings.calendar)
    care_settings.set_days_off(store, settings.days_off)
    for name, rule in settings.rules.items():
        care_settings.set_company_rule(store, name, rule.enabled, rule.params)
    return Done(None, Changes.of(settings=[SETTING], care=[ANY]))


def company_rules(store: Store) -> dict[str, Any]:
    from cockpit.services import care_settings

    return care_settings.company_rules(store)
