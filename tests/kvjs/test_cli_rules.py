"""ssa-desktop rules: shows the pack in force with its sources and assumptions, shows a
pack file with what it changes, takes it into force, lists the vault's packs and chooses
the Landkreis profile; a refused pack exits 1 with its German reason, nothing changed."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.services import rule_packs
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import locked_with_passphrase, run_cli


@pytest.fixture
def vault(open_vault, monkeypatch):
    return locked_with_passphrase(open_vault, monkeypatch)


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, at=datetime(2026, 11, 26, 8, 0))


def _in_force(folder):
    opened = Vault(folder).unlock(PASSPHRASE)
    try:
        return rule_packs.in_force(opened.conn).digest
    finally:
        opened.lock()


def test_show_names_the_pack_its_sources_and_assumptions(vault, capsys):
    code, out, _ = run(capsys, "rules", "show", "--vault", vault)
    assert code == 0
    lines = out.splitlines()
    assert f"Kennung (SHA-256): {rp.shipped().digest}" in lines
    assert "Eigene Annahmen des Programms (von keiner Quelle belegt):" in lines
    assert "Landkreis-Profile: Breisgau-Hochschwarzwald (31.10., je Schule)" in lines


def test_import_shows_the_changes_and_takes_the_pack(vault, capsys, tmp_path):
    doc = json.loads(rp.shipped().text)
    doc["rate"] = 22000
    path = tmp_path / "neu.json"
    path.write_text(json.dumps(doc), "utf-8")
    code, out, _ = run(capsys, "rules", "import", path, "--vault", vault)
    assert code == 0
    assert "  Fördersatz: 16.700,00 € → 22.000,00 €" in out.splitlines()
    new = rp.parse(path.read_text("utf-8"), "neu.json")
    assert f"Regelpaket {new.short_id} ist jetzt in Kraft." in out
    assert _in_force(vault) == new.digest
    code, out, _ = run(capsys, "rules", "list", "--vault", vault)
    assert code == 0 and f"{new.short_id}  2026/27" in out and "(in Kraft)" in out


def test_a_refused_pack_exits_1_and_changes_nothing(vault, capsys, tmp_path):
    path = tmp_path / "doppelt.json"
    path.write_text('{"format": "ssa-desktop-rule-pack", "rate": 1, "rate": 2}', "utf-8")
    code, _, err = run(capsys, "rules", "import", path, "--vault", vault)
    assert code == 1
    assert "Das Regelpaket „doppelt.json“ wird nicht übernommen: „rate“ steht zweimal" in err
    assert _in_force(vault) == rp.shipped().digest


def test_landkreis_takes_only_a_profile_of_the_pack(vault, capsys):
    code, out, _ = run(capsys, "rules", "landkreis", "Breisgau-Hochschwarzwald", "--vault", vault)
    assert (code, out.strip()) == (0, "Landkreis-Profil: Breisgau-Hochschwarzwald")
    code, _, err = run(capsys, "rules", "landkreis", "Reutlingen", "--vault", vault)
    assert code == 1
    assert "Das Regelpaket hat kein Profil „Reutlingen“ (Profile: Breisgau-Hochschwarzwald)." in err


def test_import_names_a_loaded_template_other_than_the_packs(vault, capsys, tmp_path):
    from ssa_desktop.services import statistics as stats

    own = tmp_path / "landkreis.toml"
    own.write_text('id = "landkreis"\nversion = "2026.1"\ntitle = "Landkreis-Bogen"\n'
                   '[[sections]]\ntitle = "Kurz"\n[[sections.fields]]\nid = "k"\n'
                   'label = "Kontakte gesamt"\naggregate = "efh_contacts"\n', "utf-8")
    opened = Vault(vault).unlock(PASSPHRASE)
    try:
        stats.use_template(opened.conn, own)
    finally:
        opened.lock()
    doc = json.loads(rp.shipped().text)
    doc["rate"] = 22000
    path = tmp_path / "neu.json"
    path.write_text(json.dumps(doc), "utf-8")
    code, out, _ = run(capsys, "rules", "import", path, "--vault", vault)
    assert code == 0
    assert ("Hinweis: Die geladene KVJS-Vorlage „Landkreis-Bogen“ (landkreis) ist nicht die "
            "Vorlage des Regelpakets (kvjs-erhebungsbogen).") in out
    code, out, _ = run(capsys, "rules", "show", "--vault", vault)
    assert "Hinweis: Die geladene KVJS-Vorlage" not in out  # only for a pack file


def test_no_note_when_the_template_is_the_packs(vault, capsys, tmp_path):
    doc = json.loads(rp.shipped().text)
    doc["rate"] = 22000
    path = tmp_path / "neu.json"
    path.write_text(json.dumps(doc), "utf-8")
    code, out, _ = run(capsys, "rules", "import", path, "--vault", vault)
    assert code == 0 and "Hinweis: Die geladene" not in out
