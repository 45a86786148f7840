"""The deputy's vault sweeps every Vertretungspaket it remembers: one that has not expired
yet is kept and does not stop the sweep, so a package remembered after it (the registry
lists them by id) is still deleted on its expiry day. Real vault, real files."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.domain.handover import KIND_DEPUTY, KIND_RETURN
from ssa_desktop.services import handover as svc
from ssa_desktop.services import retention
from ssa_desktop.storage import handover_repo as q

DAY = date(2026, 12, 1)


def _remember(conn, path, package_id, expires):
    path.write_bytes(b"\x00" * 64)
    info = svc.PackageInfo(KIND_DEPUTY, package_id, f"Vertretung {package_id}", {}, {}, expires)
    svc.register_received(conn, path, info)


def test_a_package_not_yet_expired_does_not_stop_the_sweep(conn, tmp_path):
    later, due = tmp_path / "a.ssapaket", tmp_path / "b.ssapaket"
    _remember(conn, later, "a-later", DAY + timedelta(days=1))     # listed first
    _remember(conn, due, "b-due", DAY)
    said = svc.sweep_received(conn, DAY)
    assert not due.exists() and later.exists()
    assert list(q.registry(conn, q.RECEIVED_PREFIX)) == ["a-later"]
    assert said == ["Das Vertretungspaket (Vertretung b-due) ist seit 01.12.2026 abgelaufen "
                    "und wurde gelöscht: b.ssapaket überschrieben und entfernt."]
    assert svc.sweep_received(conn, DAY + timedelta(days=1))
    assert not later.exists() and q.registry(conn, q.RECEIVED_PREFIX) == {}


def test_a_package_whose_file_is_gone_is_forgotten_and_said_so(conn, tmp_path):
    """Nothing to overwrite (0 bytes, no problem): the entry goes and the sentence says
    the file was not there any more."""
    gone = tmp_path / "c.ssapaket"
    _remember(conn, gone, "c-gone", DAY)
    gone.unlink()
    assert svc.sweep_received(conn, DAY) == [
        "Das Vertretungspaket (Vertretung c-gone) ist seit 01.12.2026 abgelaufen und wurde "
        "gelöscht (die Datei war nicht mehr vorhanden)."]
    assert q.registry(conn, q.RECEIVED_PREFIX) == {}


def test_what_an_aborted_write_left_beside_the_package_goes_with_it(conn, tmp_path):
    """At the expiry the partial of a return that was never finished (its name ends with
    the package id's first 8 characters) and its journal are overwritten and removed too,
    and named; another package's partial stays."""
    due = tmp_path / "b.ssapaket"
    _remember(conn, due, "d1234567-due", DAY)
    partial = tmp_path / ".rueckgabe-20261201-d1234567.ssapaket.partial"
    journal = tmp_path / f"{partial.name}-journal"
    other = tmp_path / ".rueckgabe-20261201-e7654321.ssapaket.partial"
    for leftover in (partial, journal, other):
        leftover.write_bytes(b"x" * 16)
    assert svc.sweep_received(conn, DAY) == [
        "Das Vertretungspaket (Vertretung d1234567-due) ist seit 01.12.2026 abgelaufen und "
        "wurde gelöscht: b.ssapaket überschrieben und entfernt. Reste eines abgebrochenen "
        "Schreibens daneben ebenso: .rueckgabe-20261201-d1234567.ssapaket.partial-journal, "
        ".rueckgabe-20261201-d1234567.ssapaket.partial."]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".rueck")) == [
        other.name]


def test_a_file_the_medium_refuses_is_named_and_the_others_are_still_swept(
        conn, tmp_path, monkeypatch):
    stuck, due = tmp_path / "a.ssapaket", tmp_path / "b.ssapaket"
    _remember(conn, stuck, "a-stuck", DAY)
    _remember(conn, due, "b-due", DAY)
    erase = q.erase_file

    def refuse_the_stick(path):
        if path.name == stuck.name:
            raise PermissionError(13, "Permission denied")
        return erase(path)
    monkeypatch.setattr(q, "erase_file", refuse_the_stick)
    said = svc.sweep_received(conn, DAY)
    assert str(stuck) in said[0] and "konnte nicht gelöscht werden" in said[0]
    assert not due.exists() and stuck.exists()
    assert list(q.registry(conn, q.RECEIVED_PREFIX)) == ["a-stuck"]   # tried again next time


def test_a_swept_return_is_logged_under_its_package(conn, tmp_path):
    path = tmp_path / "rueckgabe.ssapaket"
    path.write_bytes(b"\x00" * 64)
    result = svc.PackageResult(path, "pkg-12345678", "", KIND_RETURN, {}, "", expires=DAY)
    svc.register_return(conn, result)
    said = svc.sweep_received(conn, DAY)
    assert said == ["Die Rückgabe rueckgabe.ssapaket ist seit 01.12.2026 abgelaufen und wurde "
                    "gelöscht: rueckgabe.ssapaket überschrieben und entfernt."]
    [entry] = [e for e in retention.deletion_log(conn) if e.record_id == "pkg-12345678"]
    assert entry.method == "Datei mit Zufallsdaten überschrieben, synchronisiert und entfernt"


def test_every_expired_key_goes_even_behind_a_package_still_running(conn, tmp_path):
    """sweep_issued walks the packages this vault wrote by id; one whose Vertretung still
    runs is kept and the expired one behind it loses its key and file all the same."""
    from ssa_desktop.domain.handover import Period
    from ssa_desktop.services import handover_deputy
    from tests.handover.test_deputy_return import _two
    from tests.services.test_handover import DEPUTY, PERIOD, TODAY

    a, _b = _two(conn)

    def write(period, name):
        return handover_deputy.create_deputy_package(
            conn, period, DEPUTY, [a.id], tmp_path / name, for_name="Frau Albers",
            today=TODAY)
    expired = write(PERIOD, "alt.ssapaket")
    running_period = Period(PERIOD.first, PERIOD.last + timedelta(days=30))
    running = [write(running_period, "neu0.ssapaket")]
    while min(r.package_id for r in running) > expired.package_id:   # one listed before it
        running.append(write(running_period, f"neu{len(running)}.ssapaket"))
    said = svc.sweep_issued(conn, PERIOD.expires)
    registry = q.registry(conn, q.REGISTRY_PREFIX)
    assert "key" not in registry[expired.package_id] and not expired.path.exists()
    assert all("key" in registry[r.package_id] and r.path.exists() for r in running)
    assert expired.recipient and len(said) == 1
    assert said[0].startswith(f"Die Vertretung an {expired.recipient} ist seit 23.01.2027 "
                              "abgelaufen. ")
    [entry] = [e for e in retention.deletion_log(conn) if e.record_id == expired.package_id]
    assert entry.rule == "Ablauf der Vertretung"


def test_each_sweep_says_it_changed_the_packages(conn):
    """Run through the operation runner, either sweep reports ``PACKAGES`` (the package
    list watches it), the issued keys' sweep on its own too."""
    from ssa_desktop.services.operations import DataKind, changes_of, run

    for sweep in (svc.sweep_received, svc.sweep_issued):
        assert changes_of(sweep).touches(DataKind.PACKAGES), sweep.__name__
        assert run(sweep, conn, DAY).changes.touches(DataKind.PACKAGES), sweep.__name__
