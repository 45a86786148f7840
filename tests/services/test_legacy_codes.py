"""Files of older versions with legacy catalogue codes are read as today (issue 17 item 7,
docs/domain.md "School types"): earlier versions stored the Verbundschule as "VKL"; an
interchange file, a merge into a vault with data and a KVJS export of such a version are
read with VKL as VBS instead of being refused.

tests/data/interchange/vkl-verbundschule-schema8.json is an export as the version before
migration i17_school_years wrote it (schema 8, school type "VKL", no columns of schema 9
and 10); tests/data/kvjs/legacy/KVJS_VB-1_2025-26.json a KVJS export of a Verbundschule
written with the code "VKL"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ssa_desktop import cli
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import, interchange_validate
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_FILE = DATA / "interchange" / "vkl-verbundschule-schema8.json"
OLD_KVJS = DATA / "kvjs" / "legacy" / "KVJS_VB-1_2025-26.json"
RS_2 = DATA / "kvjs" / "format-2" / "KVJS_RS-2_2025-26.json"


def _school_type(vault_dir: Path, school_id: str) -> str:
    session = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        return repo.SCHOOLS.get(session.conn, school_id).school_type
    finally:
        session.lock()


def test_the_old_file_is_what_it_claims():
    doc = json.loads(OLD_FILE.read_text("utf-8"))
    assert doc["schema_version"] == 8 and doc["version"] == 3
    assert [r["school_type"] for r in doc["tables"]["school"]] == ["VKL"]


def test_validation_reads_vkl_as_verbundschule():
    assert interchange_validate.validate_document(ix.read_document(OLD_FILE)) == []


def test_import_json_of_an_old_file_stores_vbs(tmp_path, frozen_clock):
    target = tmp_path / "neu"
    session, _ = Vault.create(target, PASSPHRASE, params=FAST_KDF)
    try:
        written = interchange_import.import_document(session.conn, ix.read_document(OLD_FILE))
    finally:
        session.lock()
    assert written["school"] == 1 and written["contact"] == 1
    assert _school_type(target, "school-v") == "VBS"


def test_cli_import_json_of_an_old_file(tmp_path, capsys, monkeypatch, frozen_clock):
    target = tmp_path / "neu"
    Vault.create(target, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["import-json", "--vault", str(target), str(OLD_FILE)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "unbekannter Code" not in err and "Eingelesen" in out
    assert _school_type(target, "school-v") == "VBS"


def test_merge_of_an_old_file_into_a_vault_with_data(open_vault, frozen_clock):
    conn = open_vault.conn
    result = mx.merge_document(conn, ix.read_document(OLD_FILE))
    assert not result.conflicts and result.inserted["school"] == 1
    assert repo.SCHOOLS.get(conn, "school-v").school_type == "VBS"
    assert repo.SCHOOLS.get(conn, "school-1").school_type == "GMS"
    # read again, the same file changes nothing: the stored VBS is the file's VKL
    again = mx.merge_document(conn, ix.read_document(OLD_FILE))
    assert again.changed_nothing and not again.conflicts


def test_the_callers_document_is_not_changed():
    doc = ix.read_document(OLD_FILE)
    interchange_validate.validate_document(doc)
    assert doc["tables"]["school"][0]["school_type"] == "VKL"


def test_kvjs_merge_reads_an_old_vkl_export_as_verbundschule(tmp_path, frozen_clock):
    doc = stats.merge([OLD_KVJS, RS_2], tmp_path / "summe.json")
    assert [(t["code"], t["label"]) for t in doc["school_types"]] == \
        [("RS", "Realschule"), ("VBS", "Verbundschule (mehrere Schularten)")]
    assert set(doc["by_school_type"]) == {"RS", "VBS"}
    assert [p.get("school_type") for p in doc["scope"]["parts"]] == ["VBS", "RS"]
    assert all(set(f["columns"]) == {"RS", "VBS"} for f in doc["fields"] if "columns" in f)


def test_kvjs_old_vkl_and_current_vbs_exports_share_one_column(tmp_path, frozen_clock):
    current = json.loads(OLD_KVJS.read_text("utf-8"))
    current["scope"].update(code="VB-2", name="Verbundschule Am Berg", school_type="VBS")
    now = tmp_path / "KVJS_VB-2_2025-26.json"
    now.write_text(json.dumps(current, ensure_ascii=False), "utf-8")
    old = tmp_path / OLD_KVJS.name
    shutil.copyfile(OLD_KVJS, old)
    doc = stats.merge([old, now, RS_2], tmp_path / "summe.json")
    assert set(doc["by_school_type"]) == {"RS", "VBS"}
    efh = json.loads(OLD_KVJS.read_text("utf-8"))["aggregates"]["efh_contacts"]
    assert doc["by_school_type"]["VBS"]["efh_contacts"] == 2 * efh

