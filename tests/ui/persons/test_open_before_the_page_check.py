"""A person opened right after the unlock, before the deferred page check has passed,
opens: her page purges expired working notes as it loads, and that write waits for the
check instead of failing with „attempt to write a readonly database“ (seen in the
year's journey on a busy machine: Strg+L, unlock, open K-17 at once)."""

from __future__ import annotations

from datetime import date, timedelta

from keyring.backends import fail

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import notes as notes_svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2027, 7, 8)


def test_a_person_opens_before_the_page_check_and_her_expired_note_is_gone(qapp, qtbot,
                                                                           tmp_path):
    session, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    person = repo.PERSONS.insert(session.conn, Person("K-17", first_name="Elif"))
    notes_svc.add_working_note(session.conn, "Mutter anrufen", person_id=person.id,
                               days=1, today=TODAY - timedelta(days=3))
    session.lock()
    with clock.frozen(TODAY):
        deferred = Vault(tmp_path / "tresor").unlock(PASSPHRASE, defer_integrity=True)
        assert deferred.integrity_pending
        context = AppContext(deferred.vault.folder)
        context.set_session(deferred)
        window = MainWindow(context, SettingsStore(tmp_path / "s.ini"),
                            store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(window)
        try:
            area = window.show_area("persons")
            area.open_record(person.id)   # before any event: the check has not started
            assert area.showing_page()
            assert notes_svc.working_notes(context.conn, person.id) == []
        finally:
            context.lock()
