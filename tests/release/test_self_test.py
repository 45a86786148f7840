"""``ssa-desktop self-test``: passes on this installation, and fails (exit 1, the broken
part named) when a shipped file is damaged."""

from __future__ import annotations

import shutil

from ssa_desktop import cli, selftest
from ssa_desktop.paths import resources_dir


def test_self_test_passes_here(capsys):
    assert cli.main(["self-test"]) == 0
    out = capsys.readouterr().out
    for name in ("SQLCipher", "FTS5", "PDF-Schrift", "KVJS-Vorlage", "Löschregeln",
                 "Übersetzungen"):
        assert name in out
    assert "Selbsttest bestanden." in out


def test_a_damaged_template_fails_the_self_test(tmp_path, monkeypatch, capsys):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    template = next((copy / "kvjs").glob("*.toml"))
    text = template.read_text("utf-8")
    assert 'aggregate = "pupils"' in text
    template.write_text(text.replace('aggregate = "pupils"', 'aggregate = "no_such_figure"'),
                        "utf-8")
    monkeypatch.setattr(selftest, "resources_dir", lambda: copy)
    assert cli.main(["self-test"]) == 1
    captured = capsys.readouterr()
    assert "KVJS-Vorlage" in captured.out and "FEHLER" in captured.out
    assert "Selbsttest fehlgeschlagen" in captured.err


def test_a_missing_font_fails_the_self_test(tmp_path, monkeypatch):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    shutil.rmtree(copy / "fonts")
    monkeypatch.setattr(selftest, "resources_dir", lambda: copy)
    results = {c.name: c for c in selftest.run_checks()}
    assert not results["PDF-Schrift"].ok and not selftest.passed(list(results.values()))
