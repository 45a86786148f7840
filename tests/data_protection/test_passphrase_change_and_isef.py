"""Issue 22 item 10: a passphrase change revokes every remembered device; the ISEF
presentation blanks name variants (genitive, ae/ä, "7 b", parents' names, "Fr. Koch")
and still ends with the check-before-sending line."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop import cli
from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.domain.pseudonymise import redactor
from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import vault_admin
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DEVICE_FOLDER, DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring

NEW = "Wolkenbruch-Tanne-Ofen-58"


@pytest.fixture
def remembered(vault_dir):
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend)
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    assert session.remember_on_device(store)
    other = DeviceKeyStore(MemoryKeyring())           # a second device sharing the folder
    assert session.remember_on_device(other)
    return session, backend, store, other


def test_a_passphrase_change_revokes_every_device(remembered, vault_dir):
    session, backend, store, other = remembered
    stolen = dict(backend.store)                      # someone copied the keychain entry
    assert len(list((vault_dir / DEVICE_FOLDER).glob("*.key"))) == 2
    assert vault_admin.change_passphrase(session, NEW, params=FAST_KDF) == 2
    session.lock()
    assert list((vault_dir / DEVICE_FOLDER).glob("*.key")) == []
    backend.store.update(stolen)
    assert Vault(vault_dir).unlock_remembered(store) is None
    assert Vault(vault_dir).unlock_remembered(other) is None
    Vault(vault_dir).unlock(NEW).lock()


def test_the_cli_says_that_devices_were_forgotten(remembered, vault_dir, monkeypatch, capsys):
    session = remembered[0]
    session.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SSA_NEW_PASSPHRASE", NEW)
    monkeypatch.setattr("ssa_desktop.storage.vault.calibrate", lambda: FAST_KDF)
    assert cli.main(["passwd", "--vault", str(vault_dir)]) == 0
    out = capsys.readouterr().out
    assert "2 gemerkte(s) Gerät(e) vergessen" in out


@pytest.mark.parametrize(("text", "gone"), [
    ("Lenas Mutter rief an", "Lena"),
    ("Lena's Heft", "Lena"),
    ("Frau Schaefer kam", "Schaefer"),
    ("Herr Schäfer kam", "Schäfer"),
    ("in der Klasse 7 b", "7 b"),
    ("Klasse 7.b und 7-b", "7"),
    ("Fr. Koch (Lehrerin)", "Koch"),
    ("Hr. Ömer Yilmaz", "Yilmaz"),
])
def test_name_variants_are_blanked(text, gone):
    redact = redactor(["Lena", "Schäfer", "7b"])
    out = redact(text)
    assert gone not in out and "[…]" in out, out


def test_ordinary_words_stay():
    redact = redactor(["Lena", "Schäfer", "7b"])
    assert redact("Schaf und Lenaustraße, 17 bis 7 Uhr") == "Schaf und Lenaustraße, 17 bis 7 Uhr"


def test_the_isef_presentation_blanks_parents_and_variants(conn):
    child = repo.PERSONS.insert(conn, Person("K-5", first_name="Lena", last_name="Schäfer",
                                             class_label="7b", grade=7, birth_year=2013,
                                             school_id="school-1",
                                             guardian_contact="Mutter Birgit Schäfer-Koch, "
                                                              "Tel. 0761 1234"))
    father = repo.PERSONS.insert(conn, Person("E-5", kind="guardian", first_name="Thorsten",
                                              last_name="Brandt"))
    case = repo.CASES.insert(conn, Case(child.id, date(2026, 9, 1), school_id="school-1"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 2), "EG", 30, "school-1", father.id, case.id,
                                       participants=("parent",)))
    proc = cp.start_procedure(conn, child.id, date(2026, 10, 1))
    cp.add_step(conn, proc.id, "1", date(2026, 10, 1), "Schulsozialarbeit", cp.observation_text(
        "Lenas Vater Thorsten kam betrunken; Frau Schaefer (Mutter) und Birgit berichten, "
        "Klasse 7 b; Fr. Koch hat es gesehen.", "Lena selbst"))
    text = cp.isef_presentation(conn, proc.id, today=date(2026, 11, 21))
    for secret in ("Lena", "Thorsten", "Schaefer", "Birgit", "7 b", "Koch", "Brandt"):
        assert secret not in text, secret
    assert "kam betrunken" in text and "K-5" in text
    assert text.endswith("Bitte vor der Weitergabe prüfen: Freitext kann Namen Dritter enthalten.")
