"""Who a message goes to: the customer's people who receive that kind of report in To, the
vendor's in Cc, never the PM who sends it, nobody without an e-mail address; a follow-up goes
to the people invited to the meeting. The greeting names up to three people."""

from __future__ import annotations

import pytest

from cockpit.domain.enums import Side
from cockpit.domain.messages import MessageKind
from cockpit.mail.addresses import parse_address_list
from cockpit.messages.recipients import Contact, Suggestion, suggest
from cockpit.messages.sources import Source
from cockpit.services import messages, projects
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

K = MessageKind


def _suggest(store: Store, kind: MessageKind, *, sender: str = h.PM.email,
             series_id: str | None = None) -> tuple[list[str], list[str]]:
    with store.session() as s:
        found = suggest(s, h.PROJECT, kind, sender=sender, series_id=series_id)
    return [c.email for c in found.to], [c.email for c in found.cc]


@pytest.mark.parametrize(("kind", "to", "cc"), [
    (K.TASK_UPDATE, [h.YAMADA], [h.LEAD]),
    (K.SPRINT_REPORT, [h.YAMADA, h.SATO], [h.LEAD]),
    (K.BIWEEKLY_REPORT, [h.YAMADA, h.TAKAHASHI], []),
    (K.PROBLEM_NOTICE, [h.YAMADA], []),
    (K.FOLLOW_UP, [h.YAMADA], []),  # no meeting named: the follow-up receivers
    (K.CHANGE_REQUEST, [h.YAMADA], []),  # the day-to-day contacts
    (K.DECISION, [h.YAMADA], []),
    (K.INVITE, [], []),
    (K.OTHER, [], []),
])
def test_receivers_of_each_kind_customer_in_to_vendor_in_cc(
        work_store: Store, kind: MessageKind, to: list[h.Person], cc: list[h.Person]) -> None:
    assert _suggest(work_store, kind) == ([p.email for p in to], [p.email for p in cc])


def test_the_pm_who_sends_is_never_a_recipient_whatever_the_case(work_store: Store) -> None:
    for kind in K:
        to, cc = _suggest(work_store, kind, sender=h.PM.email.upper())
        assert h.PM.email not in to + cc, kind


def test_without_a_sender_the_pm_is_copied_like_any_vendor_receiver(work_store: Store) -> None:
    _, cc = _suggest(work_store, K.TASK_UPDATE, sender="")
    assert cc == [h.LEAD.email, h.PM.email]  # in the communication map's order


def test_people_without_an_e_mail_address_are_skipped(work_store: Store) -> None:
    # SUZUKI receives every report but has no address; DEV receives none
    for kind in K:
        to, cc = _suggest(work_store, kind)
        assert "" not in to + cc and h.DEV.email not in to + cc


def test_follow_up_goes_to_the_meeting_attendees(work_store: Store) -> None:
    to, cc = _suggest(work_store, K.FOLLOW_UP, series_id=h.SERIES)

    # TAKAHASHI gets no follow-ups by the map but attended; the PM attended and sends it
    assert to == [h.YAMADA.email, h.TAKAHASHI.email] and cc == [h.LEAD.email]


def test_compose_fills_sender_to_and_cc_as_addresses(work_store: Store) -> None:
    m = messages.compose(work_store, K.SPRINT_REPORT, Source(h.PROJECT, today=h.TODAY))

    sender, _ = parse_address_list(m.sender)
    to, problems = parse_address_list(m.to)
    cc, _ = parse_address_list(m.cc)
    assert [(a.name, a.email) for a in sender] == [(h.PM.name, h.PM.email)]  # not LEAD,
    # listed first on the vendor side: the PM is the vendor's project-level contact
    assert [(a.name, a.email) for a in to] == [(h.YAMADA.name, h.YAMADA.email),
                                               (h.SATO.name, h.SATO.email)]
    assert [a.email for a in cc] == [h.LEAD.email] and problems == [] and m.bcc == ""
    assert m.body.startswith("Hello 山田 太郎, 佐藤 花子,\n")


def _contact(name: str) -> Contact:
    return Contact(name, f"{len(name)}@example.jp", customer=True)


@pytest.mark.parametrize(("names", "greeting"), [
    ([], "all"),
    (["山田 太郎"], "山田 太郎"),
    (["山田 太郎", "佐藤 花子", "Anna"], "山田 太郎, 佐藤 花子, Anna"),
    (["山田 太郎", "佐藤 花子", "Anna", "Piotr"], "all"),
])
def test_greeting_names_up_to_three_people(names: list[str], greeting: str) -> None:
    assert Suggestion([_contact(n) for n in names], []).greeting == greeting


def test_greeting_ignores_copied_people() -> None:
    suggestion = Suggestion([_contact("Anna")], [_contact(n) for n in "BCDE"])
    assert suggestion.greeting == "Anna"


def test_a_message_to_more_than_three_people_greets_all(work_store: Store) -> None:
    passport = projects.get_passport(work_store, h.PROJECT)
    for member in passport.members:
        if member.person_id in (h.SATO.person_id, h.TAKAHASHI.person_id):
            member.reports = member.reports | {MessageKind.TASK_UPDATE}
    extra = h.Person("Emily Carter", "emily.carter@tokyo-fintech.example.jp", h._id(17), h._id(27))
    passport.members.append(h._member(extra, Side.CUSTOMER, "Auditor", {MessageKind.TASK_UPDATE}))
    projects.save_passport(work_store, passport)

    m = messages.compose(work_store, K.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))

    assert len(parse_address_list(m.to)[0]) == 4
    assert m.body.startswith("Hello all,\n")
