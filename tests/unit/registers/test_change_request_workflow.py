"""The change-request workflow: every legal move made (with what it needs), every illegal one
refused with one line, each step recorded with who and when; sending the estimate moves it to
*sent* by itself."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import product

import pytest

from cockpit.domain.change_workflow import MOVES
from cockpit.domain.enums import MessageKind
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.errors import KnownError
from cockpit.messages.sources import Source
from cockpit.services import change_requests as crs
from cockpit.services import messages, projects
from cockpit.store.models import MailItem
from cockpit.store.store import Store
from tests.unit.messages import helpers
from tests.unit.registers.conftest import tokyo

pytestmark = pytest.mark.both_databases
MAIL = "AAMkAGI2TG93AAA=" + "x" * 140  # Outlook's ids are long


def _with_sprints(store: Store) -> None:
    from cockpit.domain.passport import SprintData

    passport = projects.get_passport(store, helpers.PROJECT)
    passport.sprints = [
        SprintData(name="Sprint 10", start_on=date(2026, 11, 23), end_on=date(2026, 12, 6)),
        SprintData(name="Sprint 11", start_on=date(2026, 12, 7), end_on=date(2026, 12, 20)),
        SprintData(name="Sprint 12", start_on=date(2026, 12, 21), end_on=date(2027, 1, 3))]
    projects.save_passport(store, passport)
    with store.session() as s:
        s.add(MailItem(id=MAIL, folder="inbox", project_id=helpers.PROJECT,
                       subject="Re: CR-9 見積もりについて", sender=helpers.YAMADA.email,
                       moment=datetime(2026, 12, 8, 1, 0, tzinfo=UTC)))


def _needs(to: S) -> dict[str, object]:
    """What a step to ``to`` is given."""
    return {S.ESTIMATED: {"hours": "12.5", "estimated_by_person_id": helpers.LEAD.person_id},
            S.CONFIRMED: {"confirmation": crs.Confirmation(mail_id=MAIL)},
            S.SCHEDULED: {"sprint": "Sprint 11"}}.get(to, {})


def _at(store: Store, state: S) -> str:
    """A request brought to ``state`` by legal moves."""
    path = {S.SUBMITTED: [], S.ESTIMATED: [S.ESTIMATED], S.SENT: [S.ESTIMATED, S.SENT],
            S.CONFIRMED: [S.ESTIMATED, S.SENT, S.CONFIRMED],
            S.REJECTED: [S.REJECTED],
            S.SCHEDULED: [S.ESTIMATED, S.SENT, S.CONFIRMED, S.SCHEDULED],
            S.TEAM_INFORMED: [S.ESTIMATED, S.SENT, S.CONFIRMED, S.SCHEDULED, S.TEAM_INFORMED],
            S.DONE: [S.ESTIMATED, S.SENT, S.CONFIRMED, S.SCHEDULED, S.TEAM_INFORMED, S.DONE]}
    cr = crs.submit(store, helpers.PROJECT, title="帳票にロゴを追加",
                    submitted_by_person_id=helpers.YAMADA.person_id,
                    at=tokyo(2026, 12, 7, 10, 0))
    for step in path[state]:
        cr = crs.move(store, cr.id, step, at=tokyo(2026, 12, 8, 11, 0), **_needs(step))  # type: ignore[arg-type]
    assert cr.status is state
    return cr.id


def test_every_legal_move_is_made_and_every_illegal_one_refused(store: Store) -> None:
    _with_sprints(store)
    for current, target in product(S, S):
        cr_id = _at(store, current)
        if target in MOVES[current]:
            moved = crs.move(store, cr_id, target, note="ok", at=tokyo(2026, 12, 8, 12, 0),
                             **_needs(target))  # type: ignore[arg-type]
            assert moved.status is target
            assert moved.events[-1].from_status is current
            assert moved.events[-1].to_status is target
        else:
            with pytest.raises(KnownError) as refused:
                crs.move(store, cr_id, target, **_needs(target))  # type: ignore[arg-type]
            assert "\n" not in refused.value.message
            assert crs.get_request(store, cr_id).status is current  # nothing written


def test_a_refusal_says_what_is_possible(store: Store) -> None:
    cr = crs.submit(store, helpers.PROJECT, title="CSV")
    with pytest.raises(KnownError, match="is submitted: it can move to estimated or "
                                         "rejected, not to confirmed"):
        crs.move(store, cr.id, S.CONFIRMED)


def test_each_step_needs_what_it_is_about(store: Store) -> None:
    _with_sprints(store)
    cr = crs.submit(store, helpers.PROJECT, title="CSV")
    with pytest.raises(KnownError, match="hours"):
        crs.move(store, cr.id, S.ESTIMATED, estimated_by_person_id=helpers.LEAD.person_id)
    with pytest.raises(KnownError, match="who estimated"):
        crs.move(store, cr.id, S.ESTIMATED, hours="8")
    with pytest.raises(KnownError, match="hours above 0"):
        crs.move(store, cr.id, S.ESTIMATED, hours="eight",
                 estimated_by_person_id=helpers.LEAD.person_id)
    cr = crs.move(store, cr.id, S.ESTIMATED, hours=Decimal("8"),
                  estimated_by_person_id=helpers.LEAD.person_id)
    assert (cr.estimate_hours, cr.estimated_by) == (Decimal("8"), helpers.LEAD.name)
    cr = crs.move(store, cr.id, S.SENT)
    with pytest.raises(KnownError, match="confirming mail"):
        crs.move(store, cr.id, S.CONFIRMED)
    with pytest.raises(KnownError, match="date"):
        crs.move(store, cr.id, S.CONFIRMED, confirmation=crs.Confirmation(note="phone"))
    cr = crs.move(store, cr.id, S.CONFIRMED, confirmation=crs.Confirmation(
        note="Written confirmation in the customer's Teams chat", on=date(2026, 12, 8)),
        at=tokyo(2026, 12, 8, 18, 0))
    assert (cr.confirmed_on, cr.confirmation_mail_id) == (date(2026, 12, 8), None)
    assert cr.confirmation_label.startswith("Written confirmation")
    with pytest.raises(KnownError, match="no sprint 'Sprint 99'"):
        crs.move(store, cr.id, S.SCHEDULED, sprint="Sprint 99")
    with pytest.raises(KnownError, match="choose the sprint"):
        crs.move(store, cr.id, S.SCHEDULED)
    cr = crs.move(store, cr.id, S.SCHEDULED, sprint="Sprint 12")
    assert cr.target_sprint == "Sprint 12"


def test_the_confirming_mail_is_linked_with_its_date(store: Store) -> None:
    _with_sprints(store)
    cr_id = _at(store, S.SENT)
    cr = crs.move(store, cr_id, S.CONFIRMED, confirmation=crs.Confirmation(mail_id=MAIL),
                  by="Marta", at=tokyo(2026, 12, 8, 12, 0))
    assert (cr.confirmation_mail_id, cr.confirmed_on) == (MAIL, date(2026, 12, 8))
    assert cr.confirmation_label == "Re: CR-9 見積もりについて"
    assert (cr.events[-1].by, cr.events[-1].at) == ("Marta", tokyo(2026, 12, 8, 12, 0))


def test_sprint_choices_are_this_sprint_and_the_next(store: Store) -> None:
    _with_sprints(store)
    assert crs.sprint_choices(store, helpers.PROJECT, date(2026, 12, 9)) == [
        "Sprint 11", "Sprint 12"]
    assert crs.sprint_choices(store, helpers.PROJECT, date(2026, 12, 22)) == ["Sprint 12"]


def test_sending_the_estimate_moves_it_to_sent(store: Store) -> None:
    cr = crs.submit(store, helpers.PROJECT, title="Export invoices to CSV",
                    description="Monthly CSV export")
    cr = crs.move(store, cr.id, S.ESTIMATED, hours="16",
                  estimated_by_person_id=helpers.LEAD.person_id)
    draft = messages.compose(store, MessageKind.CHANGE_REQUEST,
                             Source(helpers.PROJECT, change_request_id=cr.id))
    messages.mark_ready(store, draft.id, confirmed=True)
    assert crs.get_request(store, cr.id).status is S.ESTIMATED  # queued is not sent
    messages.mark_sent(store, draft.id, datetime(2026, 12, 8, 2, 0, tzinfo=UTC))
    sent = crs.get_request(store, cr.id)
    assert sent.status is S.SENT
    assert sent.events[-1].at == datetime(2026, 12, 8, 2, 0, tzinfo=UTC)
    assert sent.events[-1].by == helpers.PM.name


def test_keys_number_on(store: Store) -> None:
    first = crs.submit(store, helpers.PROJECT, title="A")
    second = crs.submit(store, helpers.PROJECT, title="B")
    numbers = sorted(int(k.split("-")[1]) for k in (first.key, second.key))
    assert numbers[1] == numbers[0] + 1
