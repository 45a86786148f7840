"""Every JSON the product reads goes through ``domain/strict_json``: a key twice in one
object is never read as „the last one wins“. Files the product writes itself carry a
``format`` marker that must be there and right (receipts, interchange, key files, the
lock file: their own tests; here the KVJS merge inputs and the breach facts); files
others write (IT's policy.json, Dropbox's info.json) have no marker of ours."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.services import breach
from ssa_desktop.storage import machine_policy, sync_roots
from tests.kvjs import fixture
from tests.kvjs.test_hostile_input import _exports, _json

ROOT = Path(__file__).resolve().parents[2]


def test_product_code_reads_json_only_through_strict_json():
    readers = []
    for path in sorted((ROOT / "ssa_desktop").rglob("*.py")):
        if path.name == "strict_json.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("load", "loads")
                    and isinstance(node.value, ast.Name) and node.value.id == "json"):
                readers.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert readers == []


def _twice(text: str, key: str, value: str) -> str:
    """``text`` (a JSON object) with ``"key": value`` added once more at its end."""
    assert text.rstrip().endswith("}")
    return text.rstrip()[:-1] + f', "{key}": {value}}}'


def test_a_kvjs_merge_input_with_a_key_twice_is_refused_by_name(open_vault, tmp_path, capsys):
    fixture.build(open_vault.conn)
    first, second = (_json(f) for f in _exports(open_vault.conn, tmp_path))
    second.write_text(_twice(second.read_text("utf-8"), "aggregates", "{}"), "utf-8")
    code = cli.main(["kvjs-merge", str(first), str(second), "--out", str(tmp_path / "s.json")])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == 1
    assert f"„{second.name}“ ist keine gültige KVJS-Exportdatei: „aggregates“ steht zweimal in einem Abschnitt der Datei" in err
    assert not (tmp_path / "s.json").exists()


def test_breach_facts_with_a_key_twice_or_without_their_marker_are_not_read(tmp_path):
    folder = tmp_path / "tresor"
    folder.mkdir()
    facts = breach.facts_path(folder)
    facts.parent.mkdir(parents=True, exist_ok=True)
    good = {"format": breach.FACTS_FORMAT, "version": 1, "recorded": "2026-11-20T10:00:00",
            "counts": {"person": 3}, "remember_on_device": None, "idle_minutes": 5,
            "vault_uuid": "u"}
    facts.write_text(json.dumps(good), "utf-8")
    assert breach.load_facts(folder).counts == {"person": 3}
    facts.write_text(_twice(json.dumps(good), "counts", '{"person": 0}'), "utf-8")
    assert breach.load_facts(folder) is None
    facts.write_text(json.dumps({k: v for k, v in good.items() if k != "format"}), "utf-8")
    assert breach.load_facts(folder) is None


@pytest.mark.parametrize("text", [
    '{"AllowSyncedVaultFolder": true, "AllowSyncedVaultFolder": false}',
    '{"AllowSyncedVaultFolder": false, "AllowSyncedVaultFolder": true}'])
def test_a_policy_with_a_setting_twice_sets_nothing(tmp_path, text):
    """IT's file: a setting twice is not „the last one wins“; the policy is as if absent
    (a synced folder stays refused)."""
    policy = tmp_path / "policy.json"
    policy.write_text(text, "utf-8")
    assert machine_policy.machine_policy(platform="linux", file=policy) \
        .allow_synced_vault_folder is False
    policy.write_text('{"AllowSyncedVaultFolder": true}', "utf-8")
    assert machine_policy.machine_policy(platform="linux", file=policy) \
        .allow_synced_vault_folder is True


def test_a_dropbox_account_named_twice_gives_both_folders(tmp_path):
    """Dropbox's file: an account twice hides neither folder (refusing the file would
    hide both from the check for synced vault folders)."""
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(
        '{"personal": {"path": "/home/a/Dropbox"}, "personal": {"path": "/home/a/Zweit"}}',
        "utf-8")
    roots = sync_roots._dropbox_roots({}, home, False)
    assert sorted(r.root for r in roots) == ["/home/a/Dropbox", "/home/a/Zweit"]
