"""A return ends with the Vertretung, whatever the order: read on or after the package's
expiry it is refused with exit code 4 and shredded, whether the expiry sweep already
removed the package key (the CLI sweeps before ``package import``, the GUI on unlock) or
not; the day before the expiry it is read. The message never invents a date. Real vaults,
real files, frozen clock at the boundary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy, handover_deputy_work, handover_return, retention
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.conftest import run_cli
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person

WORKING = date(2026, 12, 5)
LAST_READABLE = date(2027, 1, 22)     # 08.01.2027 + 14 days
EXPIRY = date(2027, 1, 23)            # Period.expires: last day + 15


def test_the_boundary_days_are_the_documented_ones():
    assert PERIOD.expires == EXPIRY == LAST_READABLE + timedelta(days=1)


def _issued_with_return(conn, tmp_path):
    """A package for Anna written by this vault and the deputy's return (one contact of
    hers on 05.12.2026) under its default name in ``tmp_path / "stick"``."""
    from ssa_desktop.services.handover_deputy_work import DeputyContactEntry

    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [anna.id], tmp_path,
                                                   today=TODAY)
    pkg, _ = svc.open_package(result.path, result.key_text, today=WORKING, writable=True)
    try:
        handover_deputy_work.deputy_add_contact(
            pkg, DeputyContactEntry(anna.id, None, WORKING, "EB", 30, "10:00",
                                    participants=("pupil",)), today=WORKING)
    finally:
        pkg.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    ret = handover_deputy_work.write_return(result.path, result.key_text, stick, today=WORKING,
                                            last=True)
    assert handover_return.rules.package_of_return_name(ret.path.name, result.package_id)
    return anna, result, ret.path


def _deputy_contacts(conn) -> int:
    return sum(1 for c in repo.CONTACTS.all(conn) if c.written_by)


@pytest.mark.parametrize("day, code", [(LAST_READABLE, 0), (EXPIRY, 4)])
def test_the_cli_reads_a_return_until_the_last_readable_day_and_shreds_it_from_the_expiry(
        open_vault, tmp_path, capsys, monkeypatch, day, code):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    _anna, result, path = _issued_with_return(open_vault.conn, tmp_path)
    folder = open_vault.vault.folder
    open_vault.lock()
    got, out, err = run_cli(capsys, day, "package", "import", "--vault", folder, path)
    assert got == code, out + err
    assert "Traceback" not in err and "ohne gültiges Datum" not in out + err
    assert not path.exists()
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        entry = q.registry(session.conn, q.REGISTRY_PREFIX)[result.package_id]
        assert "key" not in entry
        if code == 0:
            assert _deputy_contacts(session.conn) == 1
            return
        assert _deputy_contacts(session.conn) == 0
        assert "abgelaufen" in out                     # the sweep said it first
        assert err.startswith("ssa-desktop: Die Rückgabe der Vertretung ist seit 23.01.2027 "
                              "abgelaufen (wie das Paket) und wurde deshalb nicht eingelesen, "
                              "sondern gelöscht: die Datei (")
        assert "Der Paketschlüssel wurde am 23.01.2027 gelöscht." in err
        assert "schon eine Rückgabe eingelesen" not in err and "von Hand" not in err
        logged = [e for e in retention.deletion_log(session.conn)
                  if e.record_id == result.package_id]
        assert [e.category for e in logged].count("Rückgabe der Vertretung (Datei)") == 1
    finally:
        session.lock()


def test_the_guis_service_shreds_a_return_after_the_unlock_swept_the_key(conn, tmp_path):
    """The order of the GUI: the unlock tasks sweep the expired key, then she chooses
    „Rückgabe einlesen …“."""
    _anna, result, path = _issued_with_return(conn, tmp_path)
    with clock.frozen(EXPIRY):
        assert svc.sweep_issued(conn, EXPIRY)
        with pytest.raises(svc.PackageExpired) as refused:
            handover_return.import_return(conn, path, today=EXPIRY)
    assert not path.exists() and _deputy_contacts(conn) == 0
    assert "ohne gültiges Datum" not in str(refused.value)
    assert "seit 23.01.2027 abgelaufen" in str(refused.value)


def test_the_guis_service_shreds_a_return_while_the_key_is_still_there(conn, tmp_path):
    _anna, result, path = _issued_with_return(conn, tmp_path)
    with clock.frozen(EXPIRY), pytest.raises(svc.PackageExpired):
        handover_return.import_return(conn, path, today=EXPIRY)
    assert not path.exists() and _deputy_contacts(conn) == 0
    assert "key" not in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]


def test_a_return_read_before_and_brought_again_after_the_expiry_is_shredded(conn, tmp_path):
    """Read on the last readable day (the key goes with it), a copy of the same file
    brought after the expiry: shredded too, and no date is made up."""
    _anna, result, path = _issued_with_return(conn, tmp_path)
    copy = tmp_path / "kopie.ssapaket"
    copy.write_bytes(path.read_bytes())
    handover_return.import_return(conn, path, today=LAST_READABLE)
    with clock.frozen(EXPIRY), pytest.raises(svc.PackageExpired) as refused:
        handover_return.import_return(conn, copy, today=EXPIRY)
    assert not copy.exists() and _deputy_contacts(conn) == 1
    assert "ohne gültiges Datum" not in str(refused.value)


def test_before_the_expiry_a_key_removed_without_a_reading_names_no_reading(conn, tmp_path):
    """A key removed by hand-made registry state without ``returned``: the sentence says
    the key is gone, never „am (ohne gültiges Datum) schon eine Rückgabe eingelesen“."""
    _anna, result, path = _issued_with_return(conn, tmp_path)
    svc.remove_issued_key(conn, result.package_id, WORKING, "Ablauf der Vertretung")
    with pytest.raises(svc.PackageError) as refused:
        handover_return.import_return(conn, path, today=WORKING)
    said = str(refused.value)
    assert "ohne gültiges Datum" not in said and "schon eine Rückgabe eingelesen" not in said
    assert "Der Schlüssel zu diesem Vertretungspaket" in said and "ist gelöscht (05.12.2026)" in said
    assert path.exists()


def test_a_renamed_return_whose_key_is_gone_is_refused_unread(conn, tmp_path):
    """Without its key and under another name a return is a file like any other: refused,
    left where it lies, nothing written."""
    _anna, _result, path = _issued_with_return(conn, tmp_path)
    renamed = path.rename(path.with_name("von-jana.ssapaket"))
    svc.sweep_issued(conn, EXPIRY)
    with pytest.raises(svc.PackageError, match="gehört zu keinem Paket") as refused:
        handover_return.import_return(conn, renamed, today=EXPIRY)
    assert not isinstance(refused.value, svc.PackageExpired)
    assert renamed.exists() and _deputy_contacts(conn) == 0


def test_a_return_the_medium_keeps_is_not_logged_as_deleted(conn, tmp_path, monkeypatch):
    """A write-protected stick (the medium refuses the overwrite): the sentence says where
    the file lies, and the deletion log holds no deletion of it."""
    _anna, result, path = _issued_with_return(conn, tmp_path)
    svc.sweep_issued(conn, EXPIRY)

    def write_protected(target):
        raise PermissionError(13, "Permission denied", str(target))
    monkeypatch.setattr(q, "erase_file", write_protected)
    with pytest.raises(svc.PackageExpired, match="konnte nicht gelöscht werden"):
        handover_return.import_return(conn, path, today=EXPIRY)
    assert path.exists()
    assert not [e for e in retention.deletion_log(conn) if e.record_id == result.package_id
                and e.category == "Rückgabe der Vertretung (Datei)"]
