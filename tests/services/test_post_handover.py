"""Issue 18 item 4: successor for the whole post – new passphrase, new emergency key,
old key void, devices revoked, logs kept, protocol without names."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Consent, Disclosure, Person
from ssa_desktop.services import post_handover as svc
from ssa_desktop.services import retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import WeakPassphrase, WrongEmergencyKey, WrongPassphrase
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.support.memory_keyring import MemoryKeyring
from tests.support.vaults import FAST_KDF, PASSPHRASE

NEW = "Wiesenklee-Ofenbank-Segelboot-93"


def _emergency_key(session) -> str:
    from ssa_desktop.storage.emergency import format_key

    return format_key(session.data_key)


def test_handover_replaces_keys_revokes_devices_and_keeps_the_logs(open_vault, tmp_path):
    conn = open_vault.conn
    p = repo.PERSONS.insert(conn, Person("Q-11", first_name="Quirin", last_name="Lauber",
                                         school_id="school-1"))
    c = repo.CONSENTS.insert(conn, Consent(p.id, "Jugendamt", date(2026, 9, 1)))
    repo.DISCLOSURES.insert(conn, Disclosure(p.id, date(2026, 9, 2), "Jugendamt", ("master",),
                                             "consent", c.id))
    retention.log_handover_rest(conn, "x", {"Offene Angebote": 1}, date(2026, 9, 3), "Test")
    store = DeviceKeyStore(MemoryKeyring())
    assert open_vault.remember_on_device(store)
    old_key = _emergency_key(open_vault)
    folder = open_vault.vault.folder
    with pytest.raises(WeakPassphrase):
        svc.hand_over_post(open_vault, PASSPHRASE, PASSPHRASE, progress=lambda *_: None,
                           store=store, params=FAST_KDF)
    with pytest.raises(WrongPassphrase):
        svc.hand_over_post(open_vault, "falsch-falsch-falsch-1", NEW, progress=lambda *_: None,
                           store=store, params=FAST_KDF)
    assert _emergency_key(open_vault) == old_key  # nothing changed
    with clock.frozen(date(2026, 11, 23)):
        result = svc.hand_over_post(open_vault, PASSPHRASE, NEW, progress=lambda *_: None,
                                    store=store, params=FAST_KDF)
    assert result.key_text != old_key and result.devices_revoked == 1
    assert result.deletion_log_entries == 1 and result.disclosure_entries == 1
    assert not list((folder / "geraete").glob("*.key"))
    recorded = json.loads(repo.get_meta(open_vault.conn, svc.META_KEY, "[]") or "[]")
    assert [h["vault_uuid"] for h in recorded] == [open_vault.uuid]
    assert "key_text" not in recorded[0]
    pdf = svc.write_protocol(tmp_path / "protokoll.pdf", result)
    text = pdf.read_bytes()
    assert text.startswith(b"%PDF") and b"Quirin" not in text and b"Lauber" not in text
    open_vault.lock()
    vault = Vault(folder)
    assert vault.unlock_remembered(store) is None
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    with pytest.raises(WrongEmergencyKey):
        vault.unlock_with_emergency_key(old_key)
    again = vault.unlock(NEW)
    try:
        # the entry before is kept; one more: the backup the re-key made under the old
        # key, shredded (tests/handover/test_post_handover_backups.py)
        log = retention.deletion_log(again.conn)
        assert [e.category for e in log].count("Sicherungen unter dem bisherigen Schlüssel") == 1
        assert len(log) == 2
        assert repo.DISCLOSURES.count(again.conn) == 1
    finally:
        again.lock()


def test_no_background_task_opens_the_vault_anywhere_in_the_handover(open_vault):
    """The handover is one exclusive step, not three: a background task (the daily
    backup, a statistics run) that asks for a connection between the new emergency key
    and the successor's passphrase, or while the old backups are replaced, waits until
    the whole handover is done."""
    import threading

    stage: list[int] = []
    opened_at: list[int] = []
    asked: list[threading.Thread] = []

    def background_task() -> None:
        conn = open_vault.new_connection(for_writing=True)
        opened_at.append(stage[-1])
        conn.close()

    def progress(percent, _text):
        stage.append(percent)
        if percent == 90 and not asked:   # after the new emergency key, before the rest
            asked.append(threading.Thread(target=background_task))
            asked[0].start()

    svc.hand_over_post(open_vault, PASSPHRASE, NEW, progress=progress, params=FAST_KDF)
    asked[0].join()
    assert opened_at == [100]
