"""Review finding 7 (issue 28): a damaged, crafted or older package or return is refused
with a German sentence – never a traceback – on opening, in the deputy's work, when her
return is written and when it is read. Real package files, changed under the package key
(the deputy has it)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return
from tests.handover.test_deputy_return import LATER, _dump, _package, _return
from tests.services.test_handover import _person


def _change(result, path, sql: str) -> None:
    pkg, _info = svc.open_package(path, result.key_text, today=LATER, writable=True)
    try:
        pkg.executescript(sql)
    finally:
        pkg.close()


@pytest.mark.parametrize("sql", [
    'CREATE TABLE "x""y" (a); INSERT INTO "x""y" VALUES (1);',
    "DROP TABLE appointment;",
    "DROP TABLE contact;",
    "DELETE FROM meta;",
])
def test_a_crafted_return_with_a_strange_schema_is_refused_in_german(conn, out, sql):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, a)
    ret = _return(result, out)
    _change(result, ret.path, sql)
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Paket|Rückgabe"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


@pytest.mark.parametrize("sql", [
    "DELETE FROM meta WHERE key = 'period_last';",
    "UPDATE meta SET value = '31.12.2026' WHERE key = 'expires';",
    "UPDATE meta SET value = 'nicht-json' WHERE key = 'baseline';",
    "DROP TABLE cp_step;",
    "DROP TABLE appointment;",
])
def test_a_damaged_package_is_refused_in_german_on_every_way_in(conn, out, sql):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2), cp=True)
    result = _package(conn, out, a)
    _change(result, result.path, sql)

    def overview():
        pkg, _info = svc.open_package(result.path, result.key_text, today=LATER)
        try:
            return handover_deputy_work.deputy_overview(pkg)
        finally:
            pkg.close()

    refused = 0
    for way in (lambda: svc.package_info(result.path, result.key_text, today=LATER), overview,
                lambda: handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER)):
        try:
            way()
        except svc.PackageError as err:
            assert "beschädigt" in str(err) or "Paket" in str(err)
            refused += 1
    assert refused >= 1
    assert not list(out.glob(".*partial*"))


def test_a_package_of_an_older_version_is_brought_up_to_date_when_she_works_in_it(conn, out):
    """A Vertretungspaket written before migration 0014 (no ``written_by``): opened to
    work in, it is migrated like a vault; her entry is written and marked."""
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, a)
    _change(result, result.path, "ALTER TABLE contact DROP COLUMN written_by;"
                                 "ALTER TABLE appointment DROP COLUMN written_by;"
                                 "DROP TABLE migration_ledger;"
                                 "DROP TABLE rule_pack_year; DROP TABLE rule_pack;"
                                 "PRAGMA user_version = 13;")
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER, writable=True)
    try:
        added = handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
            a.id, None, date(2026, 12, 3), "EB", 20), today=LATER)
        assert added.written_by == "Jana Berger (Vertretung)"
        assert handover_deputy_work.deputy_overview(pkg).contacts
    finally:
        pkg.close()


def test_a_package_of_a_newer_version_is_refused_in_german(conn, out):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, a)
    _change(result, result.path, "PRAGMA user_version = 999;")
    with pytest.raises(svc.PackageError, match="neueren Version"):
        svc.open_package(result.path, result.key_text, today=LATER, writable=True)


def test_the_kind_check_names_every_kind_in_good_german(conn, out):
    """Finding 11: „Die Datei ist kein Vertretungspaket, sondern: Rückgabe der Vertretung.“"""
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, a)
    ret = _return(result, out)
    with pytest.raises(svc.PackageError) as refused:
        svc.open_package(ret.path, result.key_text, today=LATER,
                         expected_kind=rules.KIND_DEPUTY)
    assert str(refused.value) == ("Die Datei ist kein Vertretungspaket, sondern: Rückgabe der "
                                  "Vertretung.")


def test_a_package_missing_a_column_refuses_her_entry_in_german(conn, out):
    """The reviewer's p9 as it stands (columns gone, version unchanged): her entry is
    refused with a German sentence, not "table contact has no column …"."""
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, a)
    _change(result, result.path, "ALTER TABLE contact DROP COLUMN written_by;")
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER, writable=True)
    try:
        with pytest.raises(svc.PackageError, match="beschädigt"):
            handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
                a.id, None, date(2026, 12, 3), "EB", 20), today=LATER)
    finally:
        pkg.close()
