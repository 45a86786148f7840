"""Interchange files written by earlier versions of the product stay readable
(docs/interchange.md, „Versionierung“). tests/data/interchange/history/ holds real
exports of every earlier format and of the schemas around each change of the format's
tables (README.txt there says from which commit). Each carries a closed § 8a procedure
whose retention decision was a column of cp_procedure before migration i20_r5_one_store;
read today it becomes the person's retention decision, as the vault migration does
(decided on the procedure's latest step 9, asked again after R5's 12 months)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.domain import retention as rt
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import, interchange_validate
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.storage import retention_repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

HISTORY = Path(__file__).resolve().parents[1] / "data" / "interchange" / "history"

# file → (person of the closed procedure, its latest step 9, record types of the statistics)
FILES = {
    "format1-schema2.json": ("d87d37fb5867662489682e7852422f76", date(2025, 11, 18),
                             ["contact"] * 8),
    "format1-schema3.json": ("e22fc62dd08d9fb1d66d10a171992c00", date(2026, 5, 28),
                             ["cp_8a", "cp_8a"]),
    "format2-schema7.json": ("5ea90ad9afca03fb7868f52793763888", date(2026, 4, 24),
                             ["cp_8a", "cp_8a"]),
    "format3-schema10.json": ("5ea90ad9afca03fb7868f52793763888", date(2026, 4, 24),
                              ["cp_8a", "cp_8a"]),
}
REVIEW = {date(2025, 11, 18): date(2026, 11, 18), date(2026, 5, 28): date(2027, 5, 28),
          date(2026, 4, 24): date(2027, 4, 24)}


def _decisions(vault_dir: Path) -> list[rt.Decision]:
    session = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        return retention_repo.latest_decisions(session.conn)
    finally:
        session.lock()


@pytest.mark.parametrize("name", sorted(FILES))
def test_an_old_file_is_valid_today(name):
    assert interchange_validate.validate_document(ix.read_document(HISTORY / name)) == []


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_old_decision_of_a_closed_procedure_is_the_persons(name, tmp_path, frozen_clock):
    person, decided, _ = FILES[name]
    target = tmp_path / "neu"
    session, _ = Vault.create(target, PASSPHRASE, params=FAST_KDF)
    try:
        written = interchange_import.import_document(session.conn, ix.read_document(HISTORY / name))
    finally:
        session.lock()
    assert written["cp_procedure"] == 2 and written["retention_decision"] == 1
    assert _decisions(target) == [rt.Decision(person, "keep", decided, REVIEW[decided])]


@pytest.mark.parametrize("name", sorted(FILES))
def test_statistics_records_are_converted_by_their_shape_not_the_format_number(name):
    """A format-1 file of schema 3 already has records v2: they stay as they are."""
    upgraded = ix.upgrade(ix.read_document(HISTORY / name))
    types = [r["record_type"] for r in upgraded["tables"]["statistics_record"]]
    assert types == FILES[name][2]


@pytest.mark.parametrize("name", sorted(FILES))
def test_cli_import_json_of_every_old_format(name, tmp_path, capsys, monkeypatch, frozen_clock):
    target = tmp_path / "neu"
    Vault.create(target, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["import-json", "--vault", str(target), str(HISTORY / name)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Eingelesen" in out


def test_merging_an_old_file_twice_changes_nothing_the_second_time(open_vault, frozen_clock):
    doc = ix.read_document(HISTORY / "format2-schema7.json")
    first = mx.merge_document(open_vault.conn, doc)
    assert not first.conflicts and first.inserted["retention_decision"] == 1
    again = mx.merge_document(open_vault.conn, doc)
    assert again.changed_nothing and not again.conflicts
