"""Nothing personal ever enters the Träger kit (docs/traeger.md): a demo vault writes
every file the product can write — the KVJS exports in every format, the interchange
file, a backup, the Auskunft (PDF and JSON), the annual report with names, the time
shares, the Löschfristen, the Beratungszettel, a Übergabepaket — into one folder; the kit
reads only the KVJS json exports, refuses every other file by name, and no name,
pseudonym or note of the vault appears in anything it writes or says."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ssa_desktop.demo import fill_demo
from ssa_desktop.domain import clock
from ssa_desktop.services import privacy
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

from .files import run

TODAY = date(2026, 10, 5)


# Where the vault holds names and free text about persons: table -> its columns.
PERSONAL = {"person": ("pseudonym", "first_name", "last_name", "note"),
            "case_file": ("note", "goals"), "contact": ("note", "observation"),
            "annotation": ("text",), "working_note": ("text",),
            "group_activity": ("name_list", "note"), "group_session": ("note",),
            "cp_step": ("text",), "appointment": ("note",)}


def _personal(conn) -> set[str]:
    """Every name, pseudonym and note of the vault (names of 4 letters or more, texts of
    12 or more: long enough to be telling, never a figure or a school code)."""
    texts: set[str] = set()
    for table, columns in PERSONAL.items():
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            texts.update(v for v in row if isinstance(v, str)
                         and len(v) >= (4 if table == "person" else 12))
    return texts


def _auskunft(conn, folder: Path) -> None:
    person_id = conn.execute("SELECT id FROM person ORDER BY id LIMIT 1").fetchone()[0]
    request = privacy.open_request(conn, person_id, TODAY)
    items = privacy.collect(conn, person_id)
    privacy.write_auskunft(conn, request.id, items, folder / "Auskunft.pdf",
                           folder / "Auskunft.json", today=TODAY)


@pytest.fixture(scope="module")
def everything(tmp_path_factory) -> tuple[Path, set[str]]:
    """The folder with every file the product writes, and the vault's personal texts."""
    base = tmp_path_factory.mktemp("alles")
    vault, folder = base / "tresor", base / "dateien"
    folder.mkdir()
    session, _ = Vault.create(vault, PASSPHRASE, params=FAST_KDF)
    with clock.frozen(TODAY):
        fill_demo(session.conn, years=2, today=TODAY, scale=0.3)
        personal = _personal(session.conn)
        for year in (2024, 2025):
            for info in stats.scopes(session.conn, year):
                rep = stats.report(session.conn, year, info.scope, previous_years=0)
                for fmt in ("json", "xlsx", "pdf", "csv"):
                    stats.write_export(rep, fmt, folder / stats.file_name(rep, fmt))
        _auskunft(session.conn, folder)
        schools = [r[0] for r in session.conn.execute("SELECT code FROM school")]
    session.lock()
    return vault, folder, personal, schools


def _write_the_rest(capsys, monkeypatch, vault: Path, folder: Path, schools: list[str]) -> None:
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SSA_PACKAGE_KEY", "")
    school = schools[0]
    for argv in (
            ["export-json", "--out", folder / "austausch.json"],
            ["backup", "--out", str(folder / "sicherung.ssabak")],
            ["report", "--year", "2025/26", "--school", school, "--names", "print",
             "--out", folder / "Jahresbericht.pdf"],
            ["timeshare", "--year", "2025/26", "--format", "json", "--out", folder / "zeit.json"],
            ["timeshare", "--year", "2025/26", "--format", "csv", "--out", folder / "zeit.csv"],
            ["loeschfristen", "--out", folder / "Loeschfristen.pdf"],
            ["slips", "--blank", "2", "--out", folder / "Zettel.pdf"],
            ["package", "create", "--school", school, "--successor", "Nachfolge Beispiel",
             "--out", folder / "uebergabe.ssapkg"]):
        at = 2 if argv[0] == "package" else 1  # a step's own --vault comes after the step
        code, _, err = run(capsys, *argv[:at], "--vault", vault, *argv[at:])
        assert code == 0, (argv, err)


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_no_name_pseudonym_or_note_passes_into_the_kit(everything, capsys, monkeypatch, tmp_path):
    vault, folder, personal, schools = everything
    _write_the_rest(capsys, monkeypatch, vault, folder, schools)
    written = sorted(p.name for p in folder.iterdir())
    kvjs_json = [n for n in written if n.startswith("KVJS_") and n.endswith(".json")]
    assert len(kvjs_json) >= 4 and len(written) >= len(kvjs_json) + 12
    said = []
    for argv in (["deliveries", folder, "--year", "2025/26", "--json", tmp_path / "t.json"],
                 ["workbook", folder, "--year", "2025/26", "--out", tmp_path / "mappen"],
                 ["overview", folder, "--year", "2025/26", "--out", tmp_path / "ue.pdf"]):
        code, out, err = run(capsys, "traeger", *argv)
        assert code == 0, err
        said.append(out + err)
    # every file but the KVJS json exports is refused, each by its name (a KVJS file is
    # named only in the table's notes: the post's file against its schools' files)
    refusals = said[0]
    for name in written:
        assert (f"Nicht gelesen: „{name}“" in refusals) == (name not in kvjs_json), name
    outputs = [*said, (tmp_path / "t.json").read_text("utf-8"), _pdf_text(tmp_path / "ue.pdf"),
               *(_xlsx_text(p) for p in sorted((tmp_path / "mappen").iterdir()))]
    assert len(personal) > 200
    leaks = {text for text in personal for output in outputs if text in output}
    assert leaks == set()
