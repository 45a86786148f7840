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


def test_every_check_prints_its_line(capsys, conn):
    """One line per check of ``CHECKS``, each naming what it checked and how it went; the
    schema line names the version a new vault gets."""
    assert cli.main(["self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for name in ("SQLCipher", "Volltextsuche (FTS5)", "Datenbank-Schema", "Schlüsselbund",
                 "Übersetzungen", "PDF-Schrift", "KVJS-Vorlage", "Löschregeln",
                 "Prozessschutz", "PDF-Anzeige (PDFium)"):
        assert any(line.startswith(name) for line in lines), name
    sqlcipher = next(line for line in lines if line.startswith("SQLCipher"))
    assert " ok " in sqlcipher and "SQLCipher 4." in sqlcipher
    assert "Datei verschlüsselt: ja" in sqlcipher
    schema = next(line for line in lines if line.startswith("Datenbank-Schema"))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    assert " ok " in schema and schema.endswith(f"Version {version}") and version > 0
    fts = next(line for line in lines if line.startswith("Volltextsuche (FTS5)"))
    assert " ok " in fts


def test_a_damaged_rule_table_fails_the_self_test(tmp_path, monkeypatch, capsys):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    rules = copy / "retention" / "rules.toml"
    text = rules.read_text("utf-8")
    assert 'code = "R2"' in text
    rules.write_text(text.replace('code = "R2"', 'kennung = "R2"', 1), "utf-8")
    monkeypatch.setattr(selftest, "resources_dir", lambda: copy)
    assert cli.main(["self-test"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Löschregeln"))
    assert "FEHLER" in line and "rules.toml" in line


def test_missing_translations_fail_the_self_test(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(selftest, "translations_dir", lambda: tmp_path)
    assert cli.main(["self-test"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines()
                if x.startswith("Übersetzungen"))
    assert "FEHLER" in line and "Englisch: NEIN" in line


def test_pdfium_renders_a_page_from_memory(capsys):
    """The frozen build's self-test renders a PDF page with PDFium from bytes: a build
    that lost pdfium's shared library fails (packaging/build_linux.sh runs it)."""
    assert cli.main(["self-test"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines()
                if x.startswith("PDF-Anzeige (PDFium)"))
    assert " ok " in line and "Seite aus dem Speicher gerendert" in line


def test_a_missing_pdfium_fails_the_self_test(monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, "pypdfium2", None)   # as if the library were not shipped
    assert cli.main(["self-test"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines()
                if x.startswith("PDF-Anzeige (PDFium)"))
    assert "FEHLER" in line


def test_duckdb_with_its_parquet_writer_is_in_the_build(capsys, monkeypatch):
    """The Träger kit writes its long table as Parquet with DuckDB: the self-test of the
    frozen build says so, and fails where the library is missing."""
    import sys

    assert cli.main(["self-test"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines()
                if x.startswith("Parquet (DuckDB)"))
    assert " ok " in line and "Parquet eingebaut" in line
    monkeypatch.setitem(sys.modules, "duckdb", None)   # as if the library were not shipped
    assert cli.main(["self-test"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines()
                if x.startswith("Parquet (DuckDB)"))
    assert "FEHLER" in line
