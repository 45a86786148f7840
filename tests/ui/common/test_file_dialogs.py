"""Every file dialog goes through ui/common/files.py: local start, synced folders warned."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

import ssa_desktop
from ssa_desktop.ui.common import files

PACKAGE = Path(ssa_desktop.__file__).parent
HELPER = PACKAGE / "ui" / "common" / "files.py"


def test_no_module_but_the_helper_calls_qfiledialog():
    """A new save cannot forget the synced-folder warning or the local start folder."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == HELPER:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            named = ((isinstance(node, ast.Name) and node.id == "QFileDialog")
                     or (isinstance(node, ast.Attribute) and node.attr == "QFileDialog")
                     or (isinstance(node, ast.alias) and node.name == "QFileDialog"))
            if named:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}"
                                 if hasattr(node, "lineno") else str(path))
    assert offenders == []


@pytest.fixture
def cloud(tmp_path, monkeypatch):
    """A OneDrive for Business folder (as its client announces it) and no last folder."""
    folder = tmp_path / "Cloud Jugendhilfe"
    folder.mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(folder))
    monkeypatch.setattr(files, "_last_local_folder", None)
    return folder


def test_save_dialog_starts_in_the_local_export_folder(qtbot, cloud, _isolated_home,
                                                       monkeypatch):
    starts = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: starts.append(start) or ("", ""))
    assert files.choose_save_file(None, "Speichern", "kvjs.xlsx", "Excel (*.xlsx)") == ""
    export = _isolated_home / "SSA-Export"
    assert starts == [str(export / "kvjs.xlsx")]
    assert export.is_dir()  # made on demand


def test_the_export_folder_is_never_a_synced_one(qtbot, _isolated_home, monkeypatch):
    monkeypatch.setattr(files, "_last_local_folder", None)
    monkeypatch.setenv("OneDrive", str(_isolated_home / "SSA-Export"))
    start = files.start_folder()
    assert "SSA-Export" not in start.parts and start.name == "Export"
    assert files.synced_root(start) is None


def test_a_synced_choice_is_warned_and_other_place_asks_again(qtbot, cloud, tmp_path,
                                                              monkeypatch):
    local = tmp_path / "lokal"
    local.mkdir()
    answers = iter([(str(cloud / "Dokumente" / "kvjs.xlsx"), ""), (str(local / "kvjs.xlsx"), "")])
    starts, asked = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: starts.append(start)
                        or next(answers))
    monkeypatch.setattr(files, "ask_keep_synced",
                        lambda parent, path, root: asked.append((path, root.service)) or False)
    path = files.choose_save_file(None, "Speichern", "kvjs.xlsx", "Excel (*.xlsx)")
    assert path == str(local / "kvjs.xlsx")
    assert asked == [(str(cloud / "Dokumente" / "kvjs.xlsx"), "OneDrive for Business")]
    assert len(starts) == 2 and "Cloud Jugendhilfe" not in starts[1]
    # the local folder is where the next dialog starts (this session only)
    assert files.start_folder() == local


def test_keeping_the_synced_folder_after_the_warning(qtbot, cloud, monkeypatch):
    target = str(cloud / "bericht.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (target, ""))
    monkeypatch.setattr(files, "ask_keep_synced", lambda *a: True)
    assert files.choose_save_file(None, "Speichern", "bericht.pdf", "PDF (*.pdf)") == target
    assert files.start_folder() != cloud  # a synced folder is never remembered


def test_a_target_folder_and_a_typed_folder_are_warned(qtbot, cloud, monkeypatch):
    asked = []
    monkeypatch.setattr(files, "ask_keep_synced",
                        lambda parent, path, root: asked.append(str(path)) or False)
    answers = iter([str(cloud), ""])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: next(answers))
    assert files.choose_target_folder(None, "Zielordner") == ""
    assert asked == [str(cloud)]
    assert not files.confirm_write_into(None, cloud / "Pakete")
    assert files.confirm_write_into(None, cloud.parent / "lokal")


def test_the_warning_names_service_and_path_and_enter_chooses_another_place(qtbot, cloud):
    root = files.synced_root(cloud / "x.pdf")
    box = files.synced_warning_box(None, cloud / "x.pdf", root)
    qtbot.addWidget(box)
    text = box.text() + " " + box.informativeText()
    assert "OneDrive for Business" in text and str(cloud) in text and "x.pdf" in text
    other = box.property("other")
    assert box.defaultButton() is other and box.escapeButton() is other
    assert other.text() == "Anderen Ort wählen"
    box.show()
    qtbot.waitExposed(box)
    QTest.keyClick(box, Qt.Key_Return)
    assert box.clickedButton() is other


def test_a_roaming_place_is_warned_as_copied_to_the_profile_server(qtbot):
    from ssa_desktop.services.sync_folders import ROAMING, SyncRoot

    root = SyncRoot("Roaming-Profil", r"C:\Users\anna", ROAMING)
    box = files.synced_warning_box(None, Path("C:/Users/anna/Desktop/blatt.pdf"), root)
    qtbot.addWidget(box)
    assert box.text() == ("Dieser Ordner gehört zu Ihrem Roaming-Profil und wird auf den "
                          "Profilserver kopiert.")
    assert "Profilserver" in box.informativeText() and "Cloud" not in box.informativeText()
    assert box.defaultButton() is box.property("other")
