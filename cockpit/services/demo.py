"""A realistic demo portfolio, and a large one for benchmarks (``--scale``).

Ids are derived from project codes (uuid5), so running the demo again updates rather than
duplicates.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from cockpit.domain.enums import (
    ContractType,
    EscalationLevel,
    Health,
    Language,
    LinkKind,
    Meeting,
    MessageKind,
    ProjectStatus,
    Renewal,
    Side,
)
from cockpit.domain.passport import (
    ContractData,
    InvoiceData,
    LinkData,
    MemberData,
    OnboardingStepData,
    Passport,
    ProjectFields,
    QualityReportData,
)
from cockpit.messages.kinds.registry import report_kinds
from cockpit.services.demo_work import DemoChange, demo_milestones, demo_work
from cockpit.services.onboarding_template import get_template
from cockpit.services.transfer import ImportResult
from cockpit.services.transfer_v1 import import_passports
from cockpit.store.store import Store

NS = uuid.UUID("0b5e1f5c-8d2a-4a57-b0a4-d3e0c0ffee42")
DEPARTMENTS = ["Enterprise Solutions", "Mobile & Web", "Data & AI", "Embedded Systems"]


@dataclass(frozen=True)
class Market:
    country: str
    time_zone: str
    currency: str
    domain: str
    customers: tuple[str, ...]
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool


JAPAN = Market(
    "JP", "Asia/Tokyo", "JPY", "example.jp",
    ("株式会社さくらロジスティクス", "東京フィンテック株式会社", "北海道メディカル株式会社",
     "みなと電機株式会社"),
    ("太郎", "花子", "一郎", "美咲", "健", "由美", "翔太", "陽子", "大輔", "さくら"),
    ("山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"),
    True,
)
ROMAJI = {  # the Japanese demo names as their owners write them in an e-mail address
    "太郎": "taro", "花子": "hanako", "一郎": "ichiro", "美咲": "misaki", "健": "ken",
    "由美": "yumi", "翔太": "shota", "陽子": "yoko", "大輔": "daisuke", "さくら": "sakura",
    "山田": "yamada", "佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "田中": "tanaka",
    "伊藤": "ito", "渡辺": "watanabe", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato",
}
GERMANY = Market(
    "DE", "Europe/Berlin", "EUR", "example.de",
    ("Müller Maschinenbau GmbH", "Rheinland Versicherung AG", "Bäckerei Schäfer KG",
     "Nordlicht Energie GmbH"),
    ("Jürgen", "Anna", "Klaus", "Sabine", "Lukas", "Jörg", "Käthe", "Stefan", "Ute", "Björn"),
    ("Weiß", "Schröder", "Müller", "Köhler", "Groß", "Schäfer", "Becker", "Hoffmann", "Krüger",
     "Wagner"),
    False,
)
USA = Market(
    "US", "America/New_York", "USD", "example.com",
    ("Brightline Health Inc.", "Cascade Retail Co.", "Northwind Analytics LLC",
     "Redwood Media Group"),
    ("Emily", "Michael", "Sarah", "David", "Jessica", "Chris", "Ashley", "Brian", "Megan", "Kevin"),
    ("Carter", "Johnson", "Thompson", "Miller", "Davis", "Garcia", "Wilson", "Moore", "Clark",
     "Lewis"),
    False,
)
MARKETS = (JAPAN, GERMANY, USA)
# the vendor works from Warsaw: its people have Polish names (a woman's surname in -ska/-cka)
# (name, the key its person id was made from: ids stay those of earlier demo stores)
VENDOR_PEOPLE = (
    ("Ewa Lewandowska", "Elena Petrova"),
    ("Tomasz Wiśniewski", "Ivan Sokolov"),
    ("Marta Kowalska", "Marta Kowalska"),
)
POLISH_GIVEN = (("Paweł", False), ("Anna", True), ("Piotr", False), ("Agnieszka", True),
                ("Katarzyna", True), ("Tomasz", False))  # (given name, a woman's)
POLISH_FAMILY = (("Nowak", "Nowak"), ("Kamiński", "Kamińska"), ("Zieliński", "Zielińska"),
                 ("Wróblewski", "Wróblewska"), ("Wójcik", "Wójcik"))  # (a man's, a woman's)
PRODUCTS_JA = (
    ("顧客ポータル", "取引先向けセルフサービスポータルの構築"),
    ("モバイルアプリ", "オフライン対応の iOS / Android アプリ"),
    ("データ基盤", "データウェアハウス、パイプラインとダッシュボード"),
    ("請求システム移行", "旧請求システムからの移行"),
    ("ファームウェア配信", "現場機器向けの OTA アップデート"),
    ("経営ダッシュボード", "地域横断の経営レポーティング"),
)
VENDOR_TZ = "Europe/Warsaw"
PRODUCTS = (
    ("Customer portal", "Self-service portal for the customer's clients"),
    ("Mobile app", "iOS and Android app with offline mode"),
    ("Data platform", "Warehouse, pipelines and dashboards"),
    ("Billing migration", "Move billing from the legacy system"),
    ("Firmware update service", "Over-the-air updates for field devices"),
    ("Analytics dashboard", "Management reporting across regions"),
)
ROLES_CUSTOMER = (
    ("Project manager", EscalationLevel.PROJECT,
     {Meeting.WEEKLY_STATUS, Meeting.BIWEEKLY_STATUS},
     {MessageKind.FOLLOW_UP, MessageKind.TASK_UPDATE, MessageKind.SPRINT_REPORT,
      MessageKind.BIWEEKLY_REPORT, MessageKind.PROBLEM_NOTICE}),
    ("Product owner", EscalationLevel.NONE, {Meeting.WEEKLY_STATUS},
     {MessageKind.FOLLOW_UP, MessageKind.SPRINT_REPORT}),
    ("IT director", EscalationLevel.DEPARTMENT, {Meeting.BIWEEKLY_STATUS, Meeting.EXECUTIVE_REVIEW},
     {MessageKind.BIWEEKLY_REPORT, MessageKind.PROBLEM_NOTICE}),
    ("CEO", EscalationLevel.EXECUTIVE, {Meeting.EXECUTIVE_REVIEW}, {MessageKind.PROBLEM_NOTICE}),
)
ROLES_VENDOR = (
    ("Department director", EscalationLevel.DEPARTMENT,
     {Meeting.BIWEEKLY_STATUS, Meeting.EXECUTIVE_REVIEW}, {MessageKind.BIWEEKLY_REPORT}),
    ("CTO", EscalationLevel.EXECUTIVE, {Meeting.EXECUTIVE_REVIEW}, set()),
    ("Tech lead", EscalationLevel.NONE, {Meeting.WEEKLY_STATUS},
     {MessageKind.SPRINT_REPORT, MessageKind.TEAM_NOTICE}),
    ("QA lead", EscalationLevel.NONE, set(), {MessageKind.SPRINT_REPORT, MessageKind.TEAM_NOTICE}),
)


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                           "Ü": "Ue", "é": "e", "ą": "a", "ć": "c", "ę": "e", "ł": "l",
                           "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z", "Ł": "L",
                           "Ś": "S", "Ż": "Z"})
    return text.translate(table).lower().replace(" ", ".")


def _vendor_name(given: str, woman: bool, drawn: int, taken: set[str]) -> str:
    """A Polish name for a vendor teammate: the drawn surname in its man's or woman's form,
    or the next one when the team has that name already."""
    names = [f"{given} {POLISH_FAMILY[(drawn + k) % len(POLISH_FAMILY)][woman]}"
             for k in range(len(POLISH_FAMILY))]
    return next((n for n in names if n not in taken), names[0])


class DemoBuilder:
    def __init__(self, today: date, template: list[OnboardingStepData], seed: int = 7) -> None:
        self.today = today
        self.template = template
        self.rng = random.Random(seed)
        self.changes: dict[str, list[DemoChange]] = {}  # per project: its change requests

    def person(self, market: Market, code: str, index: int, role: str,
               start: int) -> MemberData:
        # distinct names within a project: walk the lists from the project's random start
        given = market.given[(start + index) % len(market.given)]
        family = market.family[(start // len(market.given) + 3 * index) % len(market.family)]
        if market is JAPAN:
            name = f"{family} {given}"
            email = f"{ROMAJI[given]}.{ROMAJI[family]}.{code.lower()}@{market.domain}"
        else:
            name = f"{given} {family}"
            email = f"{_ascii(given)}.{_ascii(family)}.{code.lower()}@{market.domain}"
        return MemberData(id=_id(code, "m", index), person_id=_id(code, "p", index), name=name,
                          email=email, time_zone=market.time_zone, role=role, side=Side.CUSTOMER)

    def members(self, code: str, market: Market, customer: str, pm_index: int,
                extra: int) -> list[MemberData]:
        pm_name, pm_key = VENDOR_PEOPLE[pm_index % len(VENDOR_PEOPLE)]
        first, last = pm_name.split()
        pm = MemberData(
            id=_id(code, "m", "pm"), person_id=_id("vendor", pm_key), name=pm_name,
            email=f"{_ascii(first)}.{_ascii(last)}@vendor.example.com",
            organisation="Vendor", time_zone=VENDOR_TZ, role="Project manager", side=Side.VENDOR,
            escalation_level=EscalationLevel.PROJECT,
            meetings=frozenset(Meeting), reports=frozenset(report_kinds()),
        )
        out = [pm]
        for i, (role, level, meetings, reports) in enumerate(ROLES_VENDOR):
            # one draw from each list, as ever: the rest of the demo stays as it was
            given, woman = POLISH_GIVEN[self.rng.randrange(len(POLISH_GIVEN))]
            name = _vendor_name(given, woman, self.rng.randrange(len(POLISH_FAMILY)),
                                {m.name for m in out})
            out.append(MemberData(
                id=_id(code, "v", i), person_id=_id(code, "vp", i), name=name,
                email=f"{_ascii(name.split()[0])}.{_ascii(name.split()[-1])}.{code.lower()}"
                      "@vendor.example.com",
                organisation="Vendor", time_zone=VENDOR_TZ, role=role, side=Side.VENDOR,
                escalation_level=level, meetings=frozenset(meetings), reports=frozenset(reports)))
        walk = self.rng.randrange(len(market.given) * len(market.family))
        for i in range(len(ROLES_CUSTOMER) + extra):
            role, level, meetings, reports = ROLES_CUSTOMER[min(i, len(ROLES_CUSTOMER) - 1)]
            if i >= len(ROLES_CUSTOMER):
                role, level, meetings, reports = ("Key user", EscalationLevel.NONE, set(),
                                                  {MessageKind.SPRINT_REPORT})
            m = self.person(market, code, i, role, walk)
            m.organisation = customer
            m.escalation_level = level
            m.meetings = frozenset(meetings)
            m.reports = frozenset(reports)
            out.append(m)
        return out

    def project(self, n: int, extra_people: int = 0) -> Passport:
        rng, today = self.rng, self.today
        market = MARKETS[n % len(MARKETS)]
        customer = market.customers[(n // len(MARKETS)) % len(market.customers)]
        products = PRODUCTS_JA if market is JAPAN else PRODUCTS
        product, description = products[n % len(products)]
        code = f"{market.country}-{101 + n:03d}"
        start = drawn = today - timedelta(days=rng.randint(20, 700))
        stage = n % 6
        status = (ProjectStatus.ONBOARDING if stage == 0 else ProjectStatus.ON_HOLD if stage == 4
                  else ProjectStatus.CLOSED if stage == 5 and n > 6 else ProjectStatus.ACTIVE)
        if status is ProjectStatus.ONBOARDING:  # onboarding takes days, not a year
            start = today - timedelta(days=9 + n % 4)
        health = rng.choices(list(Health), weights=(6, 3, 1))[0]
        name = f"{customer.split()[0]} {product}"
        if market is JAPAN:
            name = f"{customer.removeprefix('株式会社').removesuffix('株式会社')} {product}"
        members = self.members(code, market, customer, n // len(MARKETS), extra_people)
        value = Decimal(rng.randrange(40, 900) * 1000)
        if market is JAPAN:
            value *= 150
        contract = ContractData(
            id=_id(code, "contract"), type=rng.choice(list(ContractType)), value=value,
            currency=market.currency, start_date=start, end_date=start + timedelta(days=365),
            renewal=rng.choice(list(Renewal)), renewal_notice_days=rng.choice((30, 60, 90)),
            notes="Rates reviewed yearly in April." if n % 2 else "",
        )
        invoices = []
        # the draws as for a project started on ``drawn``, so every later project stays as it
        # was; an onboarding project (started days ago) keeps none of these invoices
        months = max(1, (today - drawn).days // 30)
        for i in range(max(0, months - 8), months):
            issued = drawn + timedelta(days=30 * (i + 1))
            if issued > today:
                break
            due = issued + timedelta(days=30)
            paid = due - timedelta(days=rng.randint(0, 10)) if due < today - timedelta(
                days=rng.choice((0, 0, 0, 20))) else None
            if status is ProjectStatus.ONBOARDING:
                continue
            invoices.append(InvoiceData(
                id=_id(code, "inv", i), number=f"INV-{code}-{i + 1:02d}", issued_on=issued,
                amount=(value / 12).quantize(Decimal("0.01")), currency=market.currency,
                due_on=due, paid_on=paid))
        quality = [
            QualityReportData(
                id=_id(code, "q", i), report_date=today - timedelta(days=30 * (3 - i)),
                summary=("Regression suite green; two minor UI defects open." if i % 2
                         else "Release candidate tested; one critical defect fixed and verified."),
                link=f"https://qa.vendor.example.com/{code.lower()}/report-{i + 1}",
                open_bugs=rng.randint(0, 25), critical_bugs=rng.randint(0, 2),
                test_coverage_pct=Decimal(rng.randint(550, 920)) / 10,
                on_time_delivery_pct=Decimal(rng.randint(70, 100)))
            for i in range(3 if status is not ProjectStatus.ONBOARDING else 0)
        ]
        done_steps = len(self.template)
        if status is ProjectStatus.ONBOARDING:  # done up to the last few days, one step late
            done_steps = max(n % 5, sum(1 for i in range(len(self.template))
                                        if start + timedelta(days=3 * (i + 1)) < today) - 1)
        pm_person = members[0].person_id
        onboarding = [
            OnboardingStepData(
                id=_id(code, "ob", i), title=step.title, description=step.description,
                owner_person_id=pm_person if i else members[1].person_id,
                due_on=start + timedelta(days=3 * (i + 1)),
                done_on=start + timedelta(days=3 * i + 2) if i < done_steps else None)
            for i, step in enumerate(self.template)
        ]
        slug = code.lower()
        links = [
            LinkData(id=_id(code, "l", 0), kind=LinkKind.SOURCE_CONTROL, label="GitLab",
                     url=f"https://gitlab.vendor.example.com/{slug}/app"),
            LinkData(id=_id(code, "l", 1), kind=LinkKind.TRACKER, label="Jira board",
                     url=f"https://vendor.atlassian.example.com/jira/{slug}"),
            LinkData(id=_id(code, "l", 2), kind=LinkKind.DOCUMENTATION, label="Confluence space",
                     url=f"https://vendor.atlassian.example.com/wiki/{slug}"),
        ]
        notes = ("お客様は月曜日午前の連絡を希望。議事録は日本語と英語で送付すること。"
                 if market is JAPAN else
                 "Kunde bevorzugt Abstimmungen am Dienstag; Protokoll auf Deutsch."
                 if market is GERMANY else "Customer prefers short written updates on Slack.")
        fields = ProjectFields(
            code=code, name=name, customer=customer, description=description,
            department=DEPARTMENTS[n % len(DEPARTMENTS)], status=status, health=health,
            start_date=start,
            end_date=(start + timedelta(days=rng.choice((120, 200)))
                      if status is ProjectStatus.CLOSED
                      else today + timedelta(days=rng.choice((90, 180, 365)))),
            customer_time_zone=market.time_zone, working_days_country=market.country,
            sprint_length_weeks=rng.choice((1, 2)), notes=notes,
            language=Language.JA if market is JAPAN else Language.EN,
            archived=status is ProjectStatus.CLOSED and (n // 6) % 2 == 1,  # n % 6 == 5: n is odd
        )
        tasks, changes, sprints = demo_work(code, members, today, fields.sprint_length_weeks,
                                   status is ProjectStatus.ACTIVE)
        self.changes[_id(code, "project")] = changes
        milestones = demo_milestones(code, today, market is JAPAN) \
            if status is ProjectStatus.ACTIVE else []
        return Passport(id=_id(code, "project"), fields=fields, members=members, links=links,
                        contract=contract, invoices=invoices, quality_reports=quality,
                        onboarding=onboarding, sprints=sprints, tasks=tasks,
                        milestones=milestones)


DEMO_PROJECTS = 12


def build_demo(
    store: Store, *, scale: int | None = None, today: date | None = None,
    with_meetings: bool = True, care_morning: bool = False,
) -> ImportResult:
    """Fill ``store`` with the demo portfolio; ``scale`` asks for that many projects instead
    of the curated dozen, each with at least ten people (so 500 gives 5,000+ people). Active
    projects get their governance meetings (minutes on the weekly one) and messages;
    ``with_meetings=False`` leaves out the meetings (and, at a scale, the messages too).
    ``care_morning`` writes the history that makes Today a believable morning (the demo the
    app and ``cockpit demo`` open: its moments are the real clock's)."""
    from cockpit.store.default_templates import seed_defaults

    seed_defaults(store)  # the demo writes with the shipped templates, in both languages
    template = [OnboardingStepData(title=t.title, description=t.description)
                for t in get_template(store)]
    builder = DemoBuilder(today or date.today(), template)
    count = scale if scale else DEMO_PROJECTS
    extra = 2 if scale else 1
    passports = [builder.project(n, extra_people=extra) for n in range(count)]
    result = import_passports(store, [], passports)
    from cockpit.services.demo_changes import add_demo_changes

    add_demo_changes(store, passports, builder.changes)
    if with_meetings:
        from cockpit.services.demo_meetings import add_demo_meetings

        add_demo_meetings(store, passports, builder.today)
    if with_meetings or not scale:
        from cockpit.services.demo_messages import add_demo_messages

        add_demo_messages(store, passports, builder.today)
    from cockpit.services.demo_satisfaction import add_demo_satisfaction

    add_demo_satisfaction(store, passports, builder.today)
    if not scale:  # the curated portfolio's registers (a scale store is for benchmarks)
        from cockpit.services.demo_registers import add_demo_registers

        add_demo_registers(store, passports, builder.today)
    if care_morning and with_meetings:
        from datetime import UTC, datetime

        from cockpit.services.demo_care import add_demo_care

        add_demo_care(store, passports, datetime.now(UTC))
    return result
