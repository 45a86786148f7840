"""Issue 64 item 5: returns are read until the package expires. Each return adds only what
is new (by row identity); the deputy's last return, or the expiry, ends the Vertretung.
Real vaults, real package and return files."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _dump, _entry, _open, _package, _two
from tests.services.test_handover import PERIOD


def _contact(result, person_id, note):
    pkg = _open(result)
    try:
        return handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, person_id, note=note),
                                                       today=LATER)
    finally:
        pkg.close()


def _write(result, out, *, last=False):
    return handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER,
                                             last=last)


def _has_key(conn, result) -> bool:
    return "key" in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]


def _notes(conn, person_id) -> list[str]:
    """The notes of her contacts with the person that came from the deputy."""
    return sorted(c.note for c in repo.CONTACTS.select(conn, "person_id = ?", (person_id,))
                  if c.written_by)


def test_a_second_return_two_days_after_the_first_is_read_and_adds_only_what_is_new(conn, out):
    """The issue's case: the first return read the day after the Vertretung, a second
    one two days later (it carries the first one's contact again)."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    _contact(result, a.id, "erste")
    after = PERIOD.last + timedelta(days=1)
    first = handover_return.import_return(conn, _write(result, out).path, today=after)
    assert _has_key(conn, result)
    assert "bis zum Ablauf" in " ".join(first.after)
    _contact(result, a.id, "später")
    second = handover_return.import_return(conn, _write(result, out).path,
                                           today=after + timedelta(days=2))
    assert not second.conflicts
    assert _notes(conn, a.id) == ["erste", "später"]
    assert _has_key(conn, result)


def test_the_same_return_read_twice_adds_nothing(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    _contact(result, a.id, "einmal")
    ret = _write(result, out)
    copy = out / "kopie.ssapaket"
    shutil.copyfile(ret.path, copy)
    handover_return.import_return(conn, ret.path, today=LATER)
    before = _dump(conn)
    handover_return.import_return(conn, copy, today=LATER)
    after = _dump(conn)
    assert {t: rows for t, rows in after.items() if t not in ("meta", "deletion_log")} == \
        {t: rows for t, rows in before.items() if t not in ("meta", "deletion_log")}
    assert _notes(conn, a.id) == ["einmal"]


def test_the_last_return_ends_the_vertretung(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    _contact(result, a.id, "zuletzt")
    last = _write(result, out, last=True)
    merged = handover_return.import_return(conn, last.path, today=LATER)
    assert not _has_key(conn, result)
    assert "letzte Rückgabe" in " ".join(merged.after)
    late = _write(result, out)
    with pytest.raises(svc.PackageError, match="schon eine Rückgabe eingelesen"):
        handover_return.import_return(conn, late.path, today=LATER)


def test_the_expiry_ends_it_without_a_last_return(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    handover_return.import_return(conn, _write(result, out).path,
                                  today=PERIOD.expires - timedelta(days=1))
    assert _has_key(conn, result)
    svc.sweep_issued(conn, PERIOD.expires)
    assert not _has_key(conn, result)
