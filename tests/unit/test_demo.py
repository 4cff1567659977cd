"""The demo portfolio: realistic, international, re-runnable, and large on request."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from cockpit.domain.enums import ProjectStatus, Side
from cockpit.domain.passport import Passport
from cockpit.services import projects
from cockpit.services.demo import build_demo
from cockpit.store.models import Invoice, Membership, Person, Project
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases

TODAY = date(2026, 11, 24)  # the demo_store fixture's day
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # kana and kanji
GERMAN = re.compile(r"[äöüÄÖÜß]")


def _all(store: Store) -> list[Passport]:
    return [projects.get_passport(store, r.id)
            for r in projects.list_projects(store, include_archived=True)]


def _counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Project, Person, Membership, Invoice)}


def test_demo_spans_japan_germany_and_the_us(demo_store: Store) -> None:
    passports = _all(demo_store)
    zones = {p.fields.customer_time_zone for p in passports}
    assert {"Asia/Tokyo", "Europe/Berlin", "America/New_York"} <= zones
    assert {p.fields.working_days_country for p in passports} >= {"JP", "DE", "US"}
    japanese = [p for p in passports if p.fields.working_days_country == "JP"]
    german = [p for p in passports if p.fields.working_days_country == "DE"]
    assert japanese and all(JAPANESE.search(p.fields.name) for p in japanese)
    assert any(GERMAN.search(p.fields.name) for p in german)
    people = [m.name for p in passports for m in p.members]
    assert any(JAPANESE.search(n) for n in people)
    assert any(GERMAN.search(n) for n in people)
    assert len({p.fields.department for p in passports}) >= 3


def test_demo_passports_are_complete(demo_store: Store) -> None:
    passports = _all(demo_store)
    assert len(passports) >= 10
    for p in passports:
        sides = {m.side for m in p.members}
        assert sides == {Side.VENDOR, Side.CUSTOMER}, p.fields.code
        assert p.links and p.contract is not None and p.contract.value
        assert len(p.onboarding) == 7
    assert sum(len(p.invoices) for p in passports) >= 20
    assert len({p.fields.status for p in passports}) >= 3


def test_demo_has_money_and_onboarding_in_every_state(demo_store: Store) -> None:
    passports = _all(demo_store)
    invoices = [i for p in passports for i in p.invoices]
    assert any(i.paid_on is not None for i in invoices)
    assert any(i.is_overdue(TODAY) for i in invoices)
    progress = [p.onboarding_progress() for p in passports]
    assert any(done == total for done, total in progress)
    assert any(0 < done < total for done, total in progress)
    assert any(p.fields.status is ProjectStatus.ONBOARDING for p in passports)


def test_demo_has_an_archived_project(demo_store: Store) -> None:
    shown = projects.list_projects(demo_store)
    everything = projects.list_projects(demo_store, include_archived=True)
    archived = [r for r in everything if r.archived]
    assert archived and len(shown) == len(everything) - len(archived)


def test_running_the_demo_again_does_not_duplicate(demo_store: Store) -> None:
    before = _counts(demo_store)
    passports = _all(demo_store)

    result = build_demo(demo_store, today=TODAY)

    assert result.created == 0 and result.updated == before["Project"]
    assert _counts(demo_store) == before
    assert _all(demo_store) == passports


def test_large_demo_for_benchmarks(store: Store) -> None:
    result = build_demo(store, scale=500, today=TODAY, with_meetings=False)
    counts = _counts(store)
    assert result.created == counts["Project"] >= 500
    assert counts["Person"] >= 5000
    assert len(projects.list_projects(store, include_archived=True)) == counts["Project"]


def _script(name: str) -> str:
    import unicodedata

    japanese = {"CJK": "JAPANESE", "HIRAGANA": "JAPANESE", "KATAKANA": "JAPANESE"}
    scripts = {japanese.get(word, word) for word in
               (unicodedata.name(c).split()[0] for c in name if c.isalpha())}
    assert len(scripts) == 1, name
    return scripts.pop()


def test_demo_people_have_names_of_their_country_in_its_script(demo_store: Store) -> None:
    from cockpit.services import demo

    pools = {m.time_zone: (set(m.given), set(m.family)) for m in demo.MARKETS}
    polish_given = {given for given, _woman in demo.POLISH_GIVEN}
    polish_family = {form for pair in demo.POLISH_FAMILY for form in pair}
    women = {given for given, woman in demo.POLISH_GIVEN if woman} | {"Ewa", "Marta"}
    for passport in _all(demo_store):
        names = [m.name for m in passport.members]
        assert len(set(names)) == len(names), passport.fields.code  # nobody twice in a team
        for m in passport.members:
            parts = m.name.split()
            assert len(parts) == 2, m.name
            if m.side is Side.VENDOR:  # the vendor's people work in Warsaw
                assert m.time_zone == "Europe/Warsaw" and _script(m.name) == "LATIN"
                given, family = parts
                if m.role != "Project manager":
                    assert given in polish_given and family in polish_family, m.name
                # a woman's surname in -ska/-cka, a man's in -ski/-cki
                wrong = ("ski", "cki") if given in women else ("ska", "cka")
                assert not family.endswith(wrong), m.name
                continue
            given_pool, family_pool = pools[m.time_zone]
            family, given = parts if m.time_zone == "Asia/Tokyo" else reversed(parts)
            assert given in given_pool and family in family_pool, m.name
            assert _script(m.name) == ("JAPANESE" if m.time_zone == "Asia/Tokyo" else "LATIN")


def test_demo_e_mail_addresses_are_made_from_their_owners_names(demo_store: Store) -> None:
    """"misaki.watanabe.jp-104@example.jp", "ewa.lewandowska@vendor.example.com" — not
    "user0.jp-104" or "qa3.de-102"."""
    from cockpit.services import demo

    for passport in _all(demo_store):
        for m in passport.members:
            first, second = m.email.split("@")[0].split(".")[:2]
            if m.time_zone == "Asia/Tokyo" and m.side is Side.CUSTOMER:
                family, given = m.name.split()
                assert (first, second) == (demo.ROMAJI[given], demo.ROMAJI[family]), m.email
            else:
                given, family = m.name.split()
                assert (first, second) == (demo._ascii(given), demo._ascii(family)), m.email


def test_demo_meetings_fall_on_working_days_within_both_sides_hours(demo_store: Store) -> None:
    from cockpit.services import meetings
    from cockpit.services.meeting_checks import WarningKind, check_series

    outside = {WarningKind.OUTSIDE_VENDOR_HOURS, WarningKind.OUTSIDE_CUSTOMER_HOURS}
    checked = 0
    for passport in _all(demo_store):
        for series in meetings.list_series(demo_store, passport.id):
            assert series.first_date is not None and series.first_date.weekday() < 5, \
                series.title
            found = [w for w in check_series(demo_store, series, today=TODAY, horizon_days=365)
                     if w.kind in outside]
            assert found == [], (series.title, found)
            checked += 1
    assert checked >= 20  # most projects have their three series
