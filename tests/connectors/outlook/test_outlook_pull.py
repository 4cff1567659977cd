"""Mail back from Outlook: Sent Items and the customers' Inbox mail, matched to projects,
through paging, replays, deletions and an expired sync point — against the fake server."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.mail_pull import MailPull
from cockpit.domain.enums import Side
from cockpit.domain.passport import MemberData
from cockpit.services import projects
from cockpit.store.models import MailItem
from cockpit.store.store import Store
from tests.connectors.outlook.fake_graph import FakeGraph

pytestmark = pytest.mark.both_databases


def _customer(store: Store, code: str) -> tuple[str, str]:
    project_id = projects.find_project_id(store, code)
    member = next(m for m in projects.get_passport(store, project_id).members
                  if m.side is Side.CUSTOMER and m.email)
    return project_id, member.email


def _items(store: Store) -> dict[str, MailItem]:
    """What the pull brought (the demo's own mail, written with its registers, left out)."""
    with store.session() as s:
        return {row.subject: row for row in s.scalars(
            select(MailItem).where(MailItem.id.not_like("demo-register-mail-%")))}


def test_sent_and_customer_mail_is_kept_and_nothing_else(demo_store: Store, graph: FakeGraph,
                                                         client: GraphClient) -> None:
    jp, yamada = _customer(demo_store, "JP-104")
    us, brian = _customer(demo_store, "US-103")
    passport = projects.get_passport(demo_store, jp)
    passport.members.append(MemberData(name="佐藤 花子", email="sato@tokyo-fintech.example.jp",
                                       side=Side.CUSTOMER, time_zone="Asia/Tokyo"))
    projects.save_passport(demo_store, passport)
    graph.add_message("sentitems", "進捗のご報告", "…", sender=graph.user["mail"], to=[yamada])
    graph.add_message("sentitems", "lunch?", "…", sender=graph.user["mail"],
                      to=["friend@elsewhere.example"])
    received = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    graph.add_inbox_message("Question about the invoice", "…", sender=("Brian", brian),
                            received=received)
    graph.add_inbox_message("From their colleague", "…",  # the customer's own domain
                            sender=("Colleague", "tanaka@tokyo-fintech.example.jp"))
    graph.add_inbox_message("Shared domain", "…",  # example.jp: several projects' customers
                            sender=("Someone", "someone@" + yamada.rpartition("@")[2]))
    graph.add_inbox_message("Newsletter", "…", sender=("News", "news@shop.example"))

    report = MailPull(demo_store, client).run()
    items = _items(demo_store)
    assert set(items) == {"進捗のご報告", "Question about the invoice", "From their colleague"}
    assert items["進捗のご報告"].project_id == jp and items["進捗のご報告"].folder == "sentitems"
    question = items["Question about the invoice"]
    assert question.project_id == us and question.folder == "inbox"
    assert question.moment == received and question.sender == brian.casefold()
    assert items["From their colleague"].project_id == jp  # the customer's domain
    assert report.stored == 3 and report.resynced == []


def test_later_runs_bring_only_changes_and_deletions(demo_store: Store, graph: FakeGraph,
                                                     client: GraphClient) -> None:
    _jp, yamada = _customer(demo_store, "JP-104")
    first = graph.add_message("sentitems", "first", "…", sender=graph.user["mail"], to=[yamada])
    MailPull(demo_store, client).run()
    graph.add_message("sentitems", "second", "…", sender=graph.user["mail"], to=[yamada])
    graph.delete_in_outlook(first)
    report = MailPull(demo_store, client).run()
    assert report.stored == 1 and report.removed == 1
    items = _items(demo_store)
    assert items["first"].removed and not items["second"].removed
    assert graph.count("GET", r"/sentitems/messages/delta$") == 2  # one start, one link


def test_pages_and_a_replayed_run_never_duplicate(demo_store: Store, graph: FakeGraph,
                                                  client: GraphClient) -> None:
    _jp, yamada = _customer(demo_store, "JP-104")
    for n in range(120):
        graph.add_message("sentitems", f"update {n:03d}", "…", sender=graph.user["mail"],
                          to=[yamada])
    graph.fail_next("GET", r"/sentitems/messages/delta$", 401, times=1)  # dies mid-run
    with pytest.raises(Exception):  # noqa: B017 - any failure: the run is cut short
        MailPull(demo_store, client).run()
    MailPull(demo_store, client).run()
    MailPull(demo_store, client).run()  # and once more from the stored link
    with demo_store.session() as s:
        assert len(list(s.scalars(select(MailItem).where(
            MailItem.id.not_like("demo-register-mail-%"))))) == 120


def test_an_expired_sync_point_starts_the_folder_over(demo_store: Store, graph: FakeGraph,
                                                      client: GraphClient) -> None:
    _jp, yamada = _customer(demo_store, "JP-104")
    graph.add_message("sentitems", "before", "…", sender=graph.user["mail"], to=[yamada])
    MailPull(demo_store, client).run()
    graph.expire_delta_tokens()
    graph.add_message("sentitems", "after", "…", sender=graph.user["mail"], to=[yamada])
    report = MailPull(demo_store, client).run()
    assert set(report.resynced) == {"sentitems", "inbox"}
    assert set(_items(demo_store)) == {"before", "after"}


def test_conversation_preview_and_in_reply_to_come_back(demo_store: Store, graph: FakeGraph,
                                                        client: GraphClient) -> None:
    """What the reply-time rule reads: the customer's question and the PM's answer from
    Outlook share a conversation, and the answer names the question it replies to."""
    _us, brian = _customer(demo_store, "US-103")
    question = graph.add_inbox_message(
        "Staging is down", {"contentType": "html",
                            "content": "<p>Hi, staging returns <b>502</b> since 9:00.</p>"},
        sender=("Brian", brian))
    answer = graph.add_message("sentitems", "RE: Staging is down", "Looking into it now.",
                               sender=graph.user["mail"], to=[brian], reply_to=question)
    MailPull(demo_store, client).run()
    items = _items(demo_store)
    asked, replied = items["Staging is down"], items["RE: Staging is down"]
    assert asked.body_preview == "Hi, staging returns 502 since 9:00."
    assert asked.conversation_id and replied.conversation_id == asked.conversation_id
    assert replied.in_reply_to == asked.internet_message_id != ""
    assert asked.in_reply_to == ""
    assert graph.state.message(answer).conversation_id == asked.conversation_id


def test_a_change_that_brings_only_some_properties_keeps_the_rest(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    """Graph's delta may send only what changed (``id``, ``isRead``…) for a known message:
    the stored subject, sender, project and conversation stay."""
    us, brian = _customer(demo_store, "US-103")
    graph.add_inbox_message("Question about the invoice", "When is it due?",
                            sender=("Brian", brian))
    pull = MailPull(demo_store, client)
    pull.run()
    before = _items(demo_store)["Question about the invoice"]
    from cockpit.connectors.base import PullReport
    from cockpit.connectors.outlook.mail_pull import customer_index

    pull._apply("inbox", [{"id": before.id, "isRead": True}], customer_index(demo_store),
                PullReport())
    after = _items(demo_store)["Question about the invoice"]
    assert (after.project_id, after.sender, after.moment, after.conversation_id,
            after.body_preview) == (us, before.sender, before.moment, before.conversation_id,
                                    "When is it due?")


def test_a_reply_sent_from_outlook_stops_the_reply_timer(demo_store: Store, graph: FakeGraph,
                                                         client: GraphClient) -> None:
    """The customer writes at 08:30 UTC on a Tuesday (03:30 in New York): the care engine owes
    the acknowledgement; the PM answers from Outlook in the same conversation, the sync pulls
    it, and the reminder is gone — as of then, not before."""
    from cockpit.care.engine import due_items

    _us, brian = _customer(demo_store, "US-103")
    received = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    question = graph.add_inbox_message("Staging is down", "502 since 9:00",
                                       sender=("Brian", brian), received=received)
    MailPull(demo_store, client).run()
    mail_id = _items(demo_store)["Staging is down"].id
    at = datetime(2026, 11, 24, 14, 45, tzinfo=UTC)  # 09:45 in New York

    def owed(moment: datetime) -> list[str]:
        return [i.title for i in due_items(demo_store, moment, rule="customer_mail")
                if i.action == f"reply:{mail_id}"]

    assert owed(at) == ["acknowledge: Staging is down"]  # 30 minutes of their working day
    graph.add_message("sentitems", "RE: Staging is down", "On it.", sender=graph.user["mail"],
                      to=[brian], reply_to=question,
                      received=datetime(2026, 11, 24, 14, 40, tzinfo=UTC))
    MailPull(demo_store, client).run()
    assert owed(at) == []
    assert owed(datetime(2026, 11, 24, 14, 35, tzinfo=UTC)) == [
        "acknowledge: Staging is down"]  # before the reply went out
