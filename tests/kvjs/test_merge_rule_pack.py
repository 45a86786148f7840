"""``kvjs-merge`` and the rule pack (docs/statistics.md, "Zusammenführen"): the sum file
names the pack its files were computed under; files under two different packs merge and
the sum file names each file's pack; a file of a release before rule packs names none and
then the sum names none either."""

from __future__ import annotations

import json
from pathlib import Path

from tests.traeger.files import run

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs" / "format-3"
PACK_A = {"id": "a" * 64, "title": "Regelpaket 2025/26"}
PACK_B = {"id": "b" * 64, "title": "Regelpaket 2025/26 (Landkreis)"}


def _with_pack(tmp_path: Path, name: str, pack: dict | None) -> Path:
    doc = json.loads((DATA / name).read_text("utf-8"))
    doc.pop("rule_pack", None)
    if pack:
        doc["rule_pack"] = pack
    out = tmp_path / name
    out.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return out


def test_the_sum_file_names_the_pack_of_its_files(capsys, tmp_path):
    files = [_with_pack(tmp_path, n, PACK_A)
             for n in ("KVJS_GMS-1_2025-26.json", "KVJS_RS-2_2025-26.json")]
    code, _, err = run(capsys, "kvjs-merge", *files, "--out", tmp_path / "summe.json")
    assert code == 0, err
    assert json.loads((tmp_path / "summe.json").read_text("utf-8"))["rule_pack"] == PACK_A


def test_files_under_different_packs_merge_and_each_pack_is_named(capsys, tmp_path):
    """No count depends on the pack (the counting rules are the program's, a pack sets
    rate, formula, deadlines and the form's fields): one post's correction pack no longer
    stops the whole Träger. The sum file names each file's pack and no pack of its own."""
    first = _with_pack(tmp_path, "KVJS_GMS-1_2025-26.json", PACK_A)
    second = _with_pack(tmp_path, "KVJS_RS-2_2025-26.json", PACK_B)
    code, _, err = run(capsys, "kvjs-merge", first, second, "--out", tmp_path / "summe.json")
    assert code == 0, err
    doc = json.loads((tmp_path / "summe.json").read_text("utf-8"))
    assert "rule_pack" not in doc
    assert doc["rule_packs"] == [{"file": "KVJS_GMS-1_2025-26.json", **PACK_A},
                                 {"file": "KVJS_RS-2_2025-26.json", **PACK_B}]
    assert ("Hinweis: die Dateien sind unter verschiedenen Regelpaketen gerechnet (die "
            "Zählregeln hängen nicht davon ab): „KVJS_GMS-1_2025-26.json“ unter "
            "„Regelpaket 2025/26“ (aaaaaaaaaaaa), „KVJS_RS-2_2025-26.json“ unter "
            "„Regelpaket 2025/26 (Landkreis)“ (bbbbbbbbbbbb)") in err


def test_a_file_without_a_pack_leaves_the_sum_without_one(capsys, tmp_path):
    first = _with_pack(tmp_path, "KVJS_GMS-1_2025-26.json", PACK_A)
    second = _with_pack(tmp_path, "KVJS_RS-2_2025-26.json", None)
    code, _, err = run(capsys, "kvjs-merge", first, second, "--out", tmp_path / "summe.json")
    assert code == 0, err
    assert "rule_pack" not in json.loads((tmp_path / "summe.json").read_text("utf-8"))


def test_a_broken_pack_entry_is_refused(capsys, tmp_path):
    first = _with_pack(tmp_path, "KVJS_GMS-1_2025-26.json", PACK_A)
    second = _with_pack(tmp_path, "KVJS_RS-2_2025-26.json", {"id": 7})
    code, _, err = run(capsys, "kvjs-merge", first, second, "--out", tmp_path / "summe.json")
    assert code == 1
    assert "„KVJS_RS-2_2025-26.json“: rule_pack ist ungültig" in err
    assert not (tmp_path / "summe.json").exists()
