"""``not_counted`` of an interchange document (docs/interchange.md "Nicht gezählte
Tätigkeiten") names activities of the file that the exporting vault did not count. It is
checked like a reference: each id names a row of its own activity table in the file, once,
and one the file carries no statistics record for; otherwise the file is refused with the
place named, and nothing is written (import into an empty vault and merge alike)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Contact, ShortContact
from ssa_desktop.services import activities, interchange_import, interchange_merge
from ssa_desktop.services import interchange as ix
from ssa_desktop.services.interchange_validate import validate_document
from ssa_desktop.storage import repositories as repo
from tests.support.vaults import fresh_vault


def _vault_with_activities(conn) -> tuple[str, str]:
    """One typed contact and one typed Kurzkontakt (each with its statistics record)."""
    contact = activities.record_contact(conn, Contact(date(2026, 11, 3), "EB", 30,
                                                      school_id="school-1"))
    short = activities.record_short_contact(conn, ShortContact(date(2026, 11, 4),
                                                               school_id="school-1"))
    return contact.id, short.id


def _uncounted(doc: dict, contact_id: str) -> dict:
    """The document as a vault that did not count the contact exports it: without the
    contact's statistics record, the contact named under ``not_counted``."""
    records = [r for r in doc["tables"]["statistics_record"] if r["source_id"] != contact_id]
    return dict(doc, tables=dict(doc["tables"], statistics_record=records),
                not_counted={"contact": [contact_id]})


def test_not_counted_names_activities_of_the_file_each_once_and_uncounted(conn):
    contact_id, short_id = _vault_with_activities(conn)
    doc = ix.export_document(conn)
    good = _uncounted(doc, contact_id)
    assert validate_document(good) == []
    for not_counted, place, words in (
            ({"contact": ["nirgends"]}, "not_counted.contact[0]",
             "verweist auf „nirgends“, das es in tables.contact nicht gibt"),
            ({"contact": [short_id]}, "not_counted.contact[0]", "in tables.contact nicht gibt"),
            ({"short_contact": [contact_id]}, "not_counted.short_contact[0]",
             "in tables.short_contact nicht gibt"),
            ({"contact": [contact_id, contact_id]}, "not_counted.contact[1]", "doppelt")):
        problems = validate_document(dict(good, not_counted=not_counted))
        assert [(p.place, words in p.message) for p in problems] == [(place, True)], \
            (not_counted, [str(p) for p in problems])
    # the file says the activity is not counted, and carries its record: it contradicts itself
    problems = validate_document(dict(doc, not_counted={"short_contact": [short_id]}))
    assert [p.place for p in problems] == ["not_counted.short_contact[0]"]
    assert "Statistik-Datensatz" in problems[0].message


def test_a_file_naming_what_it_does_not_hold_is_refused_and_nothing_is_written(conn):
    contact_id, short_id = _vault_with_activities(conn)
    hostile = dict(ix.export_document(conn), not_counted={"contact": [short_id]})
    with fresh_vault() as other:
        other.conn.execute("DELETE FROM school")
        with pytest.raises(ix.InterchangeError) as refused:
            interchange_import.import_document(other.conn, hostile)
        assert "not_counted.contact[0]" in str(refused.value)
        assert interchange_import.is_empty(other.conn)
    with fresh_vault() as other:
        before = {t.name: t.count(other.conn) for t in repo.ALL_TABLES}
        with pytest.raises(ix.InterchangeError):
            interchange_merge.merge_document(other.conn, hostile)
        assert {t.name: t.count(other.conn) for t in repo.ALL_TABLES} == before


def test_a_well_formed_not_counted_still_keeps_the_activity_uncounted(conn):
    contact_id, _short_id = _vault_with_activities(conn)
    doc = _uncounted(ix.export_document(conn), contact_id)
    with fresh_vault() as other:
        other.conn.execute("DELETE FROM school")
        written = interchange_import.import_document(other.conn, doc)
        assert written[interchange_import.DERIVED] == 0
        assert contact_id not in {r.source_id for r in repo.STATISTICS.all(other.conn)}
        assert ix.export_document(other.conn)["not_counted"] == {"contact": [contact_id]}
