"""Package files of a newer SSA Desktop are reported as such — which version wrote them —
never as damaged or as no package (docs/handover.md, „Formatversion"): a Vertretungspaket,
a school package and a return carry their format version (the schema version) and the
program version that wrote them, read before anything else; a receipt carries its
``version`` next to its ``format``. Real files, then changed as a later build might
write them (other tables, other fields), the files left byte-identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssa_desktop import __version__
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_receipt, handover_school
from ssa_desktop.storage import migrations
from tests.handover.test_deputy_return import LATER, _package, _return
from tests.services.test_handover import TODAY, _person

FUTURE = ("DELETE FROM meta WHERE key = 'package_kind';"
          "INSERT OR REPLACE INTO meta (key, value) VALUES ('kind_v9', 'vertretung');"
          "INSERT OR REPLACE INTO meta (key, value) VALUES ('written_with', '1.4.0');"
          f"PRAGMA user_version = {migrations.latest_version() + 1};")  # one past this build's
NEWER = ("Das Paket wurde mit einer neueren Version von SSA Desktop geschrieben (1.4.0). Bitte "
         "installieren Sie SSA Desktop 1.4.0 oder neuer; nichts wurde verändert.")


def _future(path: Path, key_text: str) -> bytes:
    pkg, _info = svc.open_package(path, key_text, today=LATER, writable=True)
    try:
        pkg.executescript(FUTURE)
    finally:
        pkg.close()
    return path.read_bytes()


def _refused(path: Path, key_text: str, before: bytes, **kw) -> str:
    with pytest.raises(svc.PackageError) as refused:
        svc.open_package(path, key_text, today=LATER, **kw)
    assert path.read_bytes() == before
    return str(refused.value)


@pytest.mark.parametrize("writable", [False, True])
def test_a_deputy_package_of_a_newer_version_names_the_version(conn, tmp_path, writable):
    result = _package(conn, tmp_path, _person(conn, "Anna", appointment=TODAY))
    before = _future(result.path, result.key_text)
    assert _refused(result.path, result.key_text, before, writable=writable) == NEWER


def test_a_return_of_a_newer_version_names_the_version(conn, tmp_path):
    result = _package(conn, tmp_path, _person(conn, "Anna", appointment=TODAY))
    ret = _return(result, tmp_path)
    before = _future(ret.path, result.key_text)
    assert _refused(ret.path, result.key_text, before,
                    expected_kind=rules.KIND_RETURN) == NEWER


def test_a_school_package_of_a_newer_version_names_the_version(conn, tmp_path):
    _person(conn, "Anna")
    result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"),
                                                   tmp_path, today=TODAY)
    before = _future(result.path, result.key_text)
    assert _refused(result.path, result.key_text, before,
                    expected_kind=rules.KIND_SCHOOL) == NEWER


def test_a_package_says_which_version_wrote_it(conn, tmp_path):
    result = _package(conn, tmp_path, _person(conn, "Anna", appointment=TODAY))
    pkg, info = svc.open_package(result.path, result.key_text, today=LATER)
    pkg.close()
    assert info.meta["written_with"] == __version__


def _receipt(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "quittung.ssaquittung"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def test_a_receipt_of_a_newer_version_names_the_version(tmp_path):
    """The next version as a later build might write it: other fields, no package_id."""
    path = _receipt(tmp_path, {"format": handover_receipt.RECEIPT_FORMAT,
                               "version": handover_receipt.RECEIPT_VERSION + 1,
                               "written_with": "1.4.0", "package": {"id": "ab"},
                               "signature": "00"})
    before = path.read_bytes()
    with pytest.raises(svc.PackageError) as refused:
        handover_receipt.read_receipt(path)
    assert str(refused.value) == (
        "Die Empfangsquittung wurde mit einer neueren Version von SSA Desktop geschrieben "
        "(1.4.0). Bitte installieren Sie SSA Desktop 1.4.0 oder neuer; es wurde nichts "
        "gelöscht.")
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", ["2", 0, 1.5, True, None])
def test_a_receipt_whose_version_is_no_version_is_no_receipt(tmp_path, version):
    path = _receipt(tmp_path, {"format": handover_receipt.RECEIPT_FORMAT, "version": version,
                               "package_id": "ab", "content_hash": "cd", "received": "2026-12-01",
                               "counts": {}, "rows": "", "proof": ""})
    with pytest.raises(svc.PackageError, match="keine Empfangsquittung"):
        handover_receipt.read_receipt(path)


@pytest.mark.parametrize("version", [1, handover_receipt.RECEIPT_VERSION])
def test_a_receipt_of_version_one_up_to_this_builds_is_read(tmp_path, version):
    """The bounds: version 1 written out (as a later build may) and this build's own."""
    path = _receipt(tmp_path, {"format": handover_receipt.RECEIPT_FORMAT, "version": version,
                               "package_id": "ab", "content_hash": "cd", "received": "2026-12-01",
                               "counts": {}, "rows": "", "proof": ""})
    assert handover_receipt.read_receipt(path).package_id == "ab"


def test_a_receipt_without_a_version_is_version_one(tmp_path):
    """Version 1 is written without the field (as the earlier releases wrote it)."""
    path = _receipt(tmp_path, {"format": handover_receipt.RECEIPT_FORMAT,
                               "package_id": "ab", "content_hash": "cd", "received": "2026-12-01",
                               "counts": {}, "rows": "", "proof": ""})
    assert handover_receipt.read_receipt(path).package_id == "ab"
