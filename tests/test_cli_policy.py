"""The command line says once, on stderr, that IT's policy file was not read (or a value
in it not taken) and the defaults apply; the command itself runs on."""

from __future__ import annotations

from ssa_desktop.storage import machine_policy as policy_module
from tests.support.cli_runs import run_cli
from tests.traeger.files import post_file


def _policy_file(monkeypatch, tmp_path, text: str):
    file = tmp_path / "policy.json"
    file.write_text(text, "utf-8")
    monkeypatch.setattr(policy_module, "policy_file", lambda platform: file)
    return file


def test_a_broken_policy_file_is_said_once_and_the_command_runs(capsys, monkeypatch, tmp_path):
    file = _policy_file(monkeypatch, tmp_path, '{"IdleLockMaxMinutes": 10')
    post_file(tmp_path / "lieferungen", "nord.json", "P-Nord", ["GMS-1"])
    code, out, err = run_cli(capsys, "traeger", "deliveries", tmp_path / "lieferungen",
                             "--year", "2025/26")
    assert code == 0, err
    assert err == (f"ssa-desktop: Hinweis: Die Richtlinien-Datei Ihrer IT „{file}“ wurde nicht "
                   "gelesen (kein gültiges JSON); es gelten die Voreinstellungen.\n")
    assert out.startswith("Lieferungen im Schuljahr 2025/26:")


def test_a_good_policy_file_is_not_mentioned(capsys, monkeypatch, tmp_path):
    _policy_file(monkeypatch, tmp_path, '{"IdleLockMaxMinutes": 10}')
    post_file(tmp_path / "lieferungen", "nord.json", "P-Nord", ["GMS-1"])
    code, _out, err = run_cli(capsys, "traeger", "deliveries", tmp_path / "lieferungen",
                              "--year", "2025/26")
    assert (code, err) == (0, "")
