"""Vault administration use cases on real SQLCipher vaults."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ssa_desktop.domain.entities import Person
from ssa_desktop.domain.passphrase import MIN_LENGTH, check_passphrase, score
from ssa_desktop.services import vault_admin as admin
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import VaultError, WeakPassphrase, WrongPassphrase
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


# -- passphrase estimator -----------------------------------------------------------------
@pytest.mark.parametrize("weak", [
    "passwort123", "Sommer2024!", "aaaaaaaaaaaa", "1234567890", "qwertzuiop1",
    "Aa1!Aa1!Aa1!", "Schule2025Schule", "ichliebedich1990", "abcdefghijklmnop", "Kx9!q",
    "  Lindenblüte-Kastanie-47  ",
])
def test_weak_passphrases_are_refused_with_a_german_hint(weak):
    ok, value, hint = check_passphrase(weak)
    assert not ok
    assert weak.strip() not in hint, "the hint never echoes the passphrase"
    assert any(word in hint for word in ("Zeichen", "erraten", "Leerzeichen"))
    assert 0 <= value <= 4


@pytest.mark.parametrize("strong", [PASSPHRASE, "tisch lampe wolke garten", "Tr0ub4dor&3",
                                    "Hund-Katze-Maus-7"])
def test_good_passphrases_pass(strong):
    ok, value, _ = check_passphrase(strong)
    assert ok and value >= 2


@given(st.text(max_size=MIN_LENGTH - 1))
def test_anything_shorter_than_the_minimum_is_refused(text):
    assert check_passphrase(text)[0] is False


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=30),
       st.sampled_from("XÄ9!"))
def test_adding_a_character_never_lowers_the_score_much(text, extra):
    # appending a fresh character adds information; the score may only stay or rise,
    # except that it can complete a pattern worth at most one step
    assert score(text + extra) >= score(text) - 1


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=6))
@example("aaabbb")  # found by Hypothesis: 'aaabbb'×4 was once rated strong
def test_repeating_a_chunk_adds_almost_nothing(chunk):
    assert score(chunk * 4) <= score(chunk * 2) + 1


def test_a_repeated_short_chunk_is_refused():
    assert check_passphrase("aaabbb" * 4)[0] is False


# -- create ---------------------------------------------------------------------------------
def test_create_vault_refuses_a_weak_passphrase_and_writes_nothing(tmp_path):
    with pytest.raises(WeakPassphrase, match="zu schwach"):
        admin.create_vault(tmp_path / "t", "passwort123", params=FAST_KDF)
    assert not (tmp_path / "t").exists()


def test_create_vault_returns_open_vault_and_emergency_key(tmp_path):
    session, key = admin.create_vault(tmp_path / "t", PASSPHRASE, params=FAST_KDF)
    try:
        assert len(key.split()) == 8 and key == session.emergency_key()
    finally:
        session.lock()
    Vault(tmp_path / "t").unlock_with_emergency_key(key).lock()


# -- info and check -------------------------------------------------------------------------
def test_vault_info(open_vault, pupil):
    info = admin.vault_info(open_vault)
    assert info["uuid"] == open_vault.uuid
    assert info["folder"] == str(open_vault.vault.folder)
    assert info["schema_version"] == info["schema_latest"] >= 2
    assert info["cipher_version"].startswith("4.")
    assert info["files"]["database"] > 0 and info["files"]["keyfile"] > 0
    assert info["counts"]["person"] == 1 and info["counts"]["school"] == 1
    assert info["schools"] == ["Gemeinschaftsschule Am Park"]
    assert info["created"][:4].isdigit()


def test_check_good_vault_is_empty(open_vault):
    assert admin.check_vault(open_vault) == []


def test_check_reports_a_key_file_of_another_vault(open_vault, tmp_path):
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, params=FAST_KDF)
    other.lock()
    open_vault.vault.key_path.write_bytes((tmp_path / "other" / "vault.key").read_bytes())
    assert any("anderen Tresor" in p for p in admin.check_vault(open_vault))


def test_check_reports_a_damaged_key_file(open_vault):
    open_vault.vault.key_path.write_text("{kaputt", "utf-8")
    assert any(p.startswith("Schlüsseldatei:") for p in admin.check_vault(open_vault))


# -- backup and restore ---------------------------------------------------------------------
def test_default_backup_name():
    assert admin.default_backup_name(date(2026, 11, 21)) == "ssa-sicherung-2026-11-21.ssabak"


def test_backup_into_folder_and_restore(open_vault, pupil, tmp_path):
    backups = tmp_path / "usb"
    backups.mkdir()
    path = admin.backup_vault(open_vault, backups, today=date(2026, 11, 21))
    assert path == backups / "ssa-sicherung-2026-11-21.ssabak"
    repo.PERSONS.insert(open_vault.conn, Person("L-2"))
    safety = admin.restore_vault(open_vault, path, safety_backup_dir=tmp_path / "safety")
    assert [p.pseudonym for p in repo.PERSONS.all(open_vault.conn)] == ["K-17"]
    assert safety is not None and safety.exists()
    # the safety copy holds the state before the restore
    admin.restore_vault(open_vault, safety)
    assert {p.pseudonym for p in repo.PERSONS.all(open_vault.conn)} == {"K-17", "L-2"}


def test_restore_of_a_pre_rekey_backup_needs_the_old_key(open_vault, pupil, tmp_path):
    old_key = open_vault.emergency_key()
    path = admin.backup_vault(open_vault, tmp_path / "alt.ssabak")
    open_vault.rekey(PASSPHRASE, params=FAST_KDF)
    repo.PERSONS.insert(open_vault.conn, Person("L-2"))
    with pytest.raises(admin.BackupKeyNeeded, match="Notfallschlüssel"):
        admin.restore_vault(open_vault, path)
    with pytest.raises(VaultError, match="auch mit diesem Notfallschlüssel nicht"):
        admin.restore_vault(open_vault, path, "00000000 " * 8)
    admin.restore_vault(open_vault, path, old_key)
    assert [p.pseudonym for p in repo.PERSONS.all(open_vault.conn)] == ["K-17"]
    assert admin.check_vault(open_vault) == []


def test_restore_missing_file(open_vault, tmp_path):
    with pytest.raises(VaultError, match="nicht gefunden"):
        admin.restore_vault(open_vault, tmp_path / "fehlt.ssabak")


# -- passphrase change ----------------------------------------------------------------------
def test_change_passphrase_keeps_params_and_key(open_vault):
    key = open_vault.emergency_key()
    with pytest.raises(WeakPassphrase):
        admin.change_passphrase(open_vault, "hallo12345")
    admin.change_passphrase(open_vault, "Neue-Wolke-Birke-81")
    folder = open_vault.vault.folder
    open_vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault(folder).unlock(PASSPHRASE)
    session = Vault(folder).unlock("Neue-Wolke-Birke-81")
    try:
        assert session.emergency_key() == key
    finally:
        session.lock()


def test_emergency_sheet_for_a_vault(open_vault, tmp_path):
    from pypdf import PdfReader

    path = admin.write_vault_emergency_sheet(open_vault, tmp_path / "notfall.pdf")
    text = PdfReader(str(path)).pages[0].extract_text()
    assert open_vault.uuid in text and "Gemeinschaftsschule Am Park" in text
    for group in open_vault.emergency_key().split():
        assert group in text
