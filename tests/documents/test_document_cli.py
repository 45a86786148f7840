"""``ssa-desktop document add|list|export|delete`` on a real vault (docs/cli.md)."""

from __future__ import annotations

import os

from tests.support import document_files as f
from tests.support.cli_runs import locked_with_passphrase, run_cli


def test_add_list_export_delete(open_vault, pupil, monkeypatch, capsys, tmp_path):
    scan = tmp_path / "scan.bin"
    data = f.image("TIFF", pages=2)
    scan.write_bytes(data)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    code, out, err = run_cli(capsys, "document", "add", "--vault", folder, "--person", pupil.id,
                             "--kind", "release", "--title", "Schweigepflichtentbindung",
                             "--day", "2026-02-03", scan)
    assert (code, err) == (0, "")
    doc_id = out.strip()
    code, out, _ = run_cli(capsys, "document", "list", "--vault", folder, "--person", pupil.id)
    assert out.split("\n")[0].split("\t") == [doc_id, "2026-02-03", "release", "image/tiff",
                                              str(len(data)), "Schweigepflichtentbindung"]
    target = tmp_path / "aus" / "sp.tif"
    code, out, _ = run_cli(capsys, "document", "export", "--vault", folder, doc_id, "--out", target,
                           "--to", "Jugendamt", "--basis", "4KKG")
    assert code == 0 and target.read_bytes() == data
    code, out, _ = run_cli(capsys, "document", "delete", "--vault", folder, doc_id)
    assert code == 0
    assert run_cli(capsys, "document", "list", "--vault", folder)[1] == ""


def test_a_hostile_file_is_refused_in_german(open_vault, pupil, monkeypatch, capsys, tmp_path):
    bomb = tmp_path / "brief.docx"
    bomb.write_bytes(f.zip_bomb_docx())
    link = tmp_path / "link.pdf"
    os.symlink(tmp_path / "nirgends.pdf", link)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    code, _, err = run_cli(capsys, "document", "add", "--vault", folder, "--person", pupil.id,
                           "--kind", "letter", "--title", "Brief", bomb)
    assert code == 1 and "„brief.docx“ wurde nicht übernommen" in err and "Zip-Bombe" in err
    code, _, err = run_cli(capsys, "document", "add", "--vault", folder, "--person", pupil.id,
                           "--kind", "letter", "--title", "Brief", link)
    assert code == 1 and "Verknüpfung" in err
    assert run_cli(capsys, "document", "list", "--vault", folder)[1] == ""
