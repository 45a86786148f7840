"""Every failed unlock leaves the vault's files byte-identical and says why in German."""

from __future__ import annotations

import base64
import json
import re

import pytest
import sqlcipher3

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.emergency import sqlcipher_raw_key
from ssa_desktop.storage.errors import (
    CorruptDatabase,
    KeyFileDamaged,
    KeyFileMissing,
    NewerSchema,
    NotAVault,
    VaultError,
    WrongPassphrase,
)
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

from .helpers import flip_bytes, snapshot

# Every message names what the user knows (Tresor, Schlüssel, Passphrase …), in German.
GERMAN = re.compile(r"Tresor|Schlüssel|Passphrase|Sicherung")
ENGLISH = re.compile(r"\b(the|error|database|file|not)\b", re.IGNORECASE)


@pytest.fixture
def locked_vault(vault_dir):
    """A locked vault with some data; returns (folder, data key)."""
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    for i in range(40):
        repo.PERSONS.insert(session.conn, Person(f"K-{i}", first_name="Elif", note="x" * 300))
    key = bytes(session.data_key)
    session.lock()
    return vault_dir, key


def _assert_untouched_after(folder, error_type, action):
    before = snapshot(folder)
    with pytest.raises(error_type) as err:
        action()
    assert snapshot(folder) == before  # same names (no extra files), same bytes
    message = str(err.value)
    assert message and GERMAN.search(message) and not ENGLISH.search(message), message
    assert message.endswith("."), message
    assert isinstance(err.value, VaultError)
    return err.value


def test_wrong_passphrase(locked_vault):
    folder, _ = locked_vault
    _assert_untouched_after(folder, WrongPassphrase, lambda: Vault(folder).unlock("falsch"))
    # and the right one still works afterwards
    Vault(folder).unlock(PASSPHRASE).lock()


def test_corrupt_database_middle(locked_vault):
    folder, _ = locked_vault
    db = folder / DB_NAME
    flip_bytes(db, db.stat().st_size // 2)
    _assert_untouched_after(folder, CorruptDatabase, lambda: Vault(folder).unlock(PASSPHRASE))


def test_corrupt_database_first_page(locked_vault):
    folder, _ = locked_vault
    flip_bytes(folder / DB_NAME, 100)
    _assert_untouched_after(folder, CorruptDatabase, lambda: Vault(folder).unlock(PASSPHRASE))


def test_truncated_database(locked_vault):
    folder, _ = locked_vault
    db = folder / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    _assert_untouched_after(folder, CorruptDatabase, lambda: Vault(folder).unlock(PASSPHRASE))


def test_truncated_database_off_page_boundary(locked_vault):
    folder, _ = locked_vault
    db = folder / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 1000])
    _assert_untouched_after(folder, CorruptDatabase, lambda: Vault(folder).unlock(PASSPHRASE))


def test_missing_key_file(locked_vault):
    folder, key = locked_vault
    (folder / KEY_NAME).unlink()
    _assert_untouched_after(folder, KeyFileMissing, lambda: Vault(folder).unlock(PASSPHRASE))
    # the emergency key still opens the vault
    Vault(folder).unlock_with_emergency_key(key.hex()).lock()


def test_key_file_bad_json(locked_vault):
    folder, _ = locked_vault
    (folder / KEY_NAME).write_bytes(b'{"format": "ssa-desktop-keyfile", ')
    _assert_untouched_after(folder, KeyFileDamaged, lambda: Vault(folder).unlock(PASSPHRASE))


def test_key_file_changed_wrapped_key_with_stale_checksum(locked_vault):
    folder, _ = locked_vault
    path = folder / KEY_NAME
    doc = json.loads(path.read_bytes())
    wrapped = bytearray(base64.b64decode(doc["wrapped_key"]))
    wrapped[0] ^= 0x01
    doc["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    path.write_text(json.dumps(doc))
    _assert_untouched_after(folder, KeyFileDamaged, lambda: Vault(folder).unlock(PASSPHRASE))


def test_newer_schema_is_refused_untouched(locked_vault):
    folder, key = locked_vault
    raw = sqlcipher3.connect(str(folder / DB_NAME))
    raw.execute(f'PRAGMA key = "{sqlcipher_raw_key(key)}"')
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([DB_NAME, KEY_NAME])
    _assert_untouched_after(folder, NewerSchema, lambda: Vault(folder).unlock(PASSPHRASE))
    _assert_untouched_after(folder, NewerSchema,
                            lambda: Vault(folder).unlock_with_emergency_key(key.hex()))


def test_the_newer_schema_refusal_names_both_versions(locked_vault):
    """„mit einer neueren Version angelegt“ named neither: now the vault's schema and the
    version that last wrote it, and this program's version and schema."""
    import ssa_desktop

    folder, key = locked_vault
    raw = sqlcipher3.connect(str(folder / DB_NAME))
    raw.execute(f'PRAGMA key = "{sqlcipher_raw_key(key)}"')
    raw.execute("UPDATE meta SET value = '0.4.0' WHERE key = 'last_written_with'")
    newer = ssa_desktop.SCHEMA + 1       # one above this program's (no literal pins it)
    raw.execute(f"PRAGMA user_version = {newer}")
    raw.commit()
    raw.close()
    with pytest.raises(NewerSchema) as err:
        Vault(folder).unlock(PASSPHRASE)
    assert (f"aus einer neueren Version von SSA Desktop: Stand {newer} (zuletzt geschrieben von "
            "SSA Desktop 0.4.0); "
            f"dieses Programm, SSA Desktop {ssa_desktop.__version__}, kennt Stände bis "
            f"{ssa_desktop.SCHEMA}.") in str(err.value)


def test_empty_folder_is_not_a_vault(tmp_path):
    (tmp_path / "leer").mkdir()
    _assert_untouched_after(tmp_path / "leer", NotAVault,
                            lambda: Vault(tmp_path / "leer").unlock(PASSPHRASE))


def test_plain_sqlite_file_is_refused(tmp_path):
    import sqlite3

    folder = tmp_path / "klartext"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    (folder / DB_NAME).unlink()
    plain = sqlite3.connect(folder / DB_NAME)
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    _assert_untouched_after(folder, CorruptDatabase, lambda: Vault(folder).unlock(PASSPHRASE))
