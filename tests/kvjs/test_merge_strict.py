"""``kvjs-merge`` reads each export strictly (domain/strict_json): a key twice in one
object — a figure counted twice, the last one silently winning — is refused by name and
nothing is written."""

from __future__ import annotations

from pathlib import Path

from tests.traeger.files import run

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs" / "format-3"


def test_a_key_twice_is_refused_by_name(capsys, tmp_path):
    text = (DATA / "KVJS_RS-2_2025-26.json").read_text("utf-8")
    twice = tmp_path / "zweimal.json"
    twice.write_text(text.replace('"efh_contacts": 2,', '"efh_contacts": 2, "efh_contacts": 9000,',
                                  1), "utf-8")
    assert twice.read_text("utf-8").count('"efh_contacts"') == text.count('"efh_contacts"') + 1
    code, _, err = run(capsys, "kvjs-merge", DATA / "KVJS_GMS-1_2025-26.json", twice,
                       "--out", tmp_path / "summe.json")
    assert code == 1
    assert "„zweimal.json“ ist keine gültige KVJS-Exportdatei: „efh_contacts“ steht zweimal" in err
    assert not (tmp_path / "summe.json").exists()
