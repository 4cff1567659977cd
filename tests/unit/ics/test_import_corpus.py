"""Import of calendar files written by other software (../shared/corpus/ics): each real-world
file imports or is refused with a clear message; each broken one is refused; a refused file
writes nothing; nothing ever crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cockpit.errors import ErrorCode, KnownError
from cockpit.ics.importer import import_ics
from cockpit.services import projects
from cockpit.store.models import MeetingOccurrence, MeetingSeries, Person, SeriesAttendee
from cockpit.store.store import Store

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "ics"
REAL = sorted((CORPUS / "real-world").glob("*.ics"))
BROKEN = sorted((CORPUS / "broken").glob("*.ics"))
# Files whose events are all-day or only replies/changes to meetings we do not have: they are
# refused as "nothing to import", with the reason.
NOTHING_FOR_A_PM = {
    "icalendar-bom_calendar.ics", "icalendar-calendar_with_unicode.ics",
    "icalendar-example.ics", "icalevents-basic_latin1.ics", "icalevents-google_tz.ics",
    "icalevents-ms_tz.ics", "icalevents-multi_attendee_response.ics", "icalevents-no_uid.ics",
    "icalevents-non_ascii_uid.ics", "icalevents-recurrenceid_google.ics",
    "icalevents-recurrenceid_ms.ics", "icalevents-response.ics",
    "icalevents-rrule_until_all_day_ms.ics",
    "icalendar-issue_165_missing_event.ics",  # its RRULE is damaged ("BYDAY= TU")
}


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (MeetingSeries, MeetingOccurrence, SeriesAttendee, Person))


@pytest.fixture
def project_id(demo_store: Store) -> str:
    return projects.find_project_id(demo_store, "DE-108")


def test_the_corpus_is_there() -> None:
    assert len(REAL) >= 25 and len(BROKEN) >= 10


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_world_file_imports_or_is_refused_clearly(
        demo_store: Store, project_id: str, path: Path) -> None:
    before = _counts(demo_store)
    if path.name in NOTHING_FOR_A_PM:
        with pytest.raises(KnownError) as err:
            import_ics(demo_store, project_id, path)
        assert err.value.code in (ErrorCode.ICS_NOTHING_TO_IMPORT, ErrorCode.BAD_ICS)
        assert path.name in err.value.message and "\n" not in err.value.message
        assert _counts(demo_store) == before
        return
    result = import_ics(demo_store, project_id, path)
    assert result.created >= 1
    assert _counts(demo_store)[0] == before[0] + result.created
    again = import_ics(demo_store, project_id, path)  # the same UIDs: updated, not duplicated
    assert again.created == 0 and again.updated == result.created
    assert _counts(demo_store)[0] == before[0] + result.created


@pytest.mark.parametrize("path", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_file_is_refused_and_writes_nothing(
        demo_store: Store, project_id: str, path: Path) -> None:
    before = _counts(demo_store)
    with pytest.raises(KnownError) as err:
        import_ics(demo_store, project_id, path)
    assert err.value.code in (ErrorCode.BAD_ICS, ErrorCode.ICS_NOTHING_TO_IMPORT)
    assert path.name in err.value.message
    assert _counts(demo_store) == before
