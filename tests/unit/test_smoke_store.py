from decimal import Decimal

import pytest

from cockpit.domain.passport import ContractData, MemberData
from cockpit.services import projects
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases


def test_saved_passport_reads_back_with_exact_money_and_japanese_text(store: Store) -> None:
    passport = projects.new_passport(store)
    passport.fields.code = "JP-1"
    passport.fields.name = "物流ポータル"
    passport.members.append(MemberData(name="山田 太郎", email="yamada@example.jp"))
    passport.contract = ContractData(value=Decimal("0.10") + Decimal("0.20"), currency="JPY")
    saved = projects.save_passport(store, passport)

    again = projects.get_passport(store, saved.id)
    assert again.fields.name == "物流ポータル"
    assert again.members[0].name == "山田 太郎"
    assert again.contract is not None and again.contract.value == Decimal("0.30")
    assert len(again.onboarding) == 7  # copied from the company template
