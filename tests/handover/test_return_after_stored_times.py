"""A Vertretungspaket written before migration 0030 (stored_times), worked in and returned
after it. The release before stored a time an import brought as it came („9:00“), and the
package's baseline holds the hash of each field as it went. The update rewrites „9:00“ as
09:00 in her vault and in the package (migrated when the deputy opens it to work in): the
deputy's status of that appointment must come back, the time is no change of hers.

The release before is this code with the migrations it shipped (up to schema 29)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy, handover_deputy_work, handover_return
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.handover.conftest import BEFORE
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
from tests.support.vaults import FAST_KDF, PASSPHRASE, add_test_school

LATER = date(2026, 12, 5)       # she works in the package, after the update


def _returned_after_the_update(tmp_path, release_before, change: str = ""):
    """Anna's 9:00 appointment in a Vertretungspaket written by the release before; after
    the update the deputy marks it attended (and ``change``, SQL in her package) and
    writes her return. Returns (her vault folder, the return, the appointment's id)."""
    out = tmp_path / "aus"
    out.mkdir()
    with release_before:
        session, *_ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
        try:
            assert session.schema_version() == BEFORE
            add_test_school(session)
            anna = _person(session.conn, "Anna", appointment=date(2026, 12, 2))
            session.conn.execute("UPDATE appointment SET start = '9:00', \"end\" = '9:45'")
            made = handover_deputy.create_deputy_package(
                session.conn, PERIOD, DEPUTY, [anna.id], out / "paket.ssapaket",
                for_name="Frau Albers", today=TODAY)
        finally:
            session.lock()
    # the update: the deputy's app migrates the package when she works in it
    pkg, _info = svc.open_package(made.path, made.key_text, today=LATER, writable=True)
    try:
        [appt] = repo.APPOINTMENTS.all(pkg)
        assert (appt.start, appt.end) == ("09:00", "09:45")
        with clock.frozen(LATER):
            handover_deputy_work.deputy_set_appointment_status(pkg, appt.id, "attended")
        if change:
            pkg.execute(change)
    finally:
        pkg.close()
    ret = handover_deputy_work.write_return(made.path, made.key_text, out, today=LATER)
    return tmp_path / "tresor", ret, appt.id


def test_the_deputys_status_of_a_9_00_appointment_comes_back_after_the_update(
        tmp_path, release_before):
    """Before: the whole return was refused – „an einem Termin des Pakets ändert die
    Vertretung nur den Status, nicht: Beginn, Ende“."""
    folder, ret, appt_id = _returned_after_the_update(tmp_path, release_before)
    session = Vault(folder).unlock(PASSPHRASE)   # her vault: migrated
    try:
        result = handover_return.import_return(session.conn, ret.path, today=LATER)
        assert result.conflicts == []
        mine = repo.APPOINTMENTS.get(session.conn, appt_id)
        assert (mine.start, mine.end, mine.status) == ("09:00", "09:45", "attended")
    finally:
        session.lock()


def test_a_time_the_deputy_changed_is_still_refused(tmp_path, release_before):
    folder, ret, appt_id = _returned_after_the_update(
        tmp_path, release_before, "UPDATE appointment SET start = '09:01'")
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        with pytest.raises(svc.PackageError, match="nur den Status, nicht: Beginn$"):
            handover_return.import_return(session.conn, ret.path, today=LATER)
        mine = repo.APPOINTMENTS.get(session.conn, appt_id)
        assert (mine.start, mine.status) == ("09:00", "planned")
    finally:
        session.lock()
