"""Nothing lost to one key while a package or an Auskunft is written (issue 64, item 3):
the Vertretungspaket, the school's Übergabepaket and the Auskunft (PDF, JSON, copies of
her documents) are written on the one runner (ui/background.py) with named steps in a
progress bar; the window does not freeze. Strg+Q and Esc while one writes ask „… wird
noch geschrieben“ with „Warten“ as the default and the question's Esc; after „Warten“
the package's key appears only once the file is whole (and opens with that key);
„Abbrechen und verwerfen“ leaves no file, no partial file and no disclosure-log entry.

Each writer is the real one, held at a point inside its work (the package's partial file
open, the Auskunft's PDF and JSON written) by a ``threading.Event`` the test controls or by
her cancel: no sleeps, no timing."""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Case, Contact
from ssa_desktop.services import consents, documents, privacy
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import handover_deputy_repo as qd
from ssa_desktop.storage import handover_school_repo as qs
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from tests.support import document_files as f
from tests.support import questions
from tests.support.vaults import PASSPHRASE
from tests.support.written import wait_written
from tests.ui.closing.test_nothing_lost_to_one_key import TODAY, _key_dialog, _main_window
from tests.ui.closing.test_running_export import (  # noqa: F401 - _open_gates: autouse here too
    _GATES,
    QUESTION,
    _backup_held,
    _click,
    _key,
    _no_writes_left,
    _open_gates,
    _strg_q,
)
from tests.ui.shell.test_fits_small_screen import SCREENS, cut_texts


def _held(monkeypatch, module, name: str, until=lambda: False):
    """``module.name`` (a real step of the writer) waits for the test's gate, or for her
    cancel of the write it belongs to (or ``until()``), then runs; ``entered`` is set
    once it waits."""
    real = getattr(module, name)
    entered, gate = threading.Event(), threading.Event()
    _GATES.append(gate)

    def held(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            entered.set()
            raise AssertionError(f"{name} runs on the GUI thread: the window freezes")
        writes = [r.task.progress for r in list(background._running.values())
                  if r.task.writing]
        entered.set()
        while not gate.is_set() and not any(p.cancelled for p in writes) and not until():
            gate.wait(0.005)          # woken by the gate, or by the cancel she chose
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return entered, gate


def _press_write(dialog) -> None:
    """„Paket schreiben“ with the keyboard (focus, Space)."""
    dialog.write_button.setFocus()
    QTest.keyClick(dialog.write_button, Qt.Key_Space)


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _writing(qtbot, ctx, tmp_path, kind: str, entered):
    """Her package dialog of ``kind`` for a folder on a stick, „Paket schreiben“ pressed
    and the write held inside (``entered``): the dialog and the folder."""
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog = _shown(qtbot, _key_dialog(kind, ctx, folder))
    _press_write(dialog)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    return dialog, folder


def _while_held(dialog, folder) -> None:
    """What she sees while it writes: the named step, no key, no second start; the
    package is a partial file, not yet a package."""
    assert dialog.steps.isVisible() and dialog.steps.format() == "Das Paket wird geschrieben …"
    assert not dialog.write_button.isEnabled()
    assert dialog.key_label.text() == ""
    names = [p.name for p in folder.iterdir()]
    assert len(names) == 1 and names[0].endswith(".ssapaket.partial"), names


def _nothing_left(conn, folder, person_id) -> None:
    assert list(folder.iterdir()) == []          # no package, no partial, no journal
    assert consents.disclosures_for_person(conn, person_id) == []
    assert svc.issued_packages(conn) == {}


def _anna(ctx):
    [person] = [p for p in repo.PERSONS.all(ctx.conn) if p.pseudonym == "P-Anna"]
    return person


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Escape], ids=["enter", "esc"])
def test_strg_q_while_the_vertretungspaket_writes_asks_then_the_key_shows(key, ctx, tmp_path,
                                                                         qtbot, monkeypatch):
    """Before: the package was written on the GUI thread (frozen window, no progress,
    nothing to interrupt). Now Strg+Q asks; Enter and Esc wait; the key page comes only
    when the package is whole, and the package opens with the key shown."""
    window = _main_window(ctx, tmp_path, qtbot)
    entered, gate = _held(monkeypatch, qd, "copy_deputy_package")
    with clock.frozen(TODAY):
        dialog, folder = _writing(qtbot, ctx, tmp_path, "deputy_package", entered)
        _while_held(dialog, folder)
        asked: list[str] = []
        questions.answer(asked, _key(key))
        _strg_q(qtbot, window)
        assert asked and asked[0].startswith("Das Paket " + QUESTION), asked
        assert ctx.is_unlocked and dialog.isVisible(), "Strg+Q quit while the package wrote"
        assert dialog.pages.currentIndex() == 0 and dialog.key_label.text() == ""
        gate.set()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    package = dialog.package
    assert package is not None and not dialog.steps.isVisible()
    assert [p.name for p in folder.iterdir()] == [package.path.name]
    shown_key = dialog.key_label.text().replace("\n", "  ")
    assert svc.package_info(package.path, shown_key).kind == "vertretung"
    assert len(consents.disclosures_for_person(ctx.conn, _anna(ctx).id)) == 1


def test_strg_q_abbrechen_und_verwerfen_leaves_no_package_and_no_log_entry(
        ctx, tmp_path, qtbot, monkeypatch, vault_dir):
    window = _main_window(ctx, tmp_path, qtbot)
    entered, _gate = _held(monkeypatch, qd, "copy_deputy_package")
    with clock.frozen(TODAY):
        dialog, folder = _writing(qtbot, ctx, tmp_path, "deputy_package", entered)
        anna = _anna(ctx).id
        asked: list[str] = []
        questions.answer(asked, _click("Abbrechen und verwerfen"))
        _strg_q(qtbot, window)
        _no_writes_left(qtbot)
    assert asked == ["Das Paket " + QUESTION + "."], asked   # one question, no second one
    assert not ctx.is_unlocked, "she chose to quit"
    session = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        _nothing_left(session.conn, folder, anna)
    finally:
        session.lock()


def test_abbrechen_und_verwerfen_after_the_log_entry_keeps_the_app_and_shows_the_key(
        ctx, tmp_path, qtbot, monkeypatch):
    """Her discard arriving after the last step (the disclosure-log entry committed, the
    package whole): the cancel is refused, so Strg+Q does not quit and the dialog stays;
    the key shows when the answer arrives — not a logged package nobody can open."""
    from ssa_desktop.services import handover_deputy

    window = _main_window(ctx, tmp_path, qtbot)
    # held after the commit; let go when the vault locks (a quit would wait for it)
    entered, gate = _held(monkeypatch, handover_deputy, "_zero", lambda: not ctx.is_unlocked)
    with clock.frozen(TODAY):
        dialog, folder = _writing(qtbot, ctx, tmp_path, "deputy_package", entered)
        asked: list[str] = []
        told: list[str] = []
        questions.answer(asked, lambda box: (told.append(box.informativeText()),
                                    _click("Abbrechen und verwerfen")(box)))
        _strg_q(qtbot, window)
        assert asked == ["Das Paket " + QUESTION + "."], asked
        # what the question tells her is true: this write can no longer be stopped
        assert told == ["Der Vorgang wird gerade abgeschlossen und lässt sich nicht mehr "
                        "abbrechen; „Warten“ lässt ihn fertig werden."], told
        assert ctx.is_unlocked and window.isVisible() and dialog.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    shown_key = dialog.key_label.text().replace("\n", "  ")
    assert svc.package_info(dialog.package.path, shown_key).kind == "vertretung"
    assert len(consents.disclosures_for_person(ctx.conn, _anna(ctx).id)) == 1


def test_esc_in_the_school_package_while_it_writes_asks_and_waits(ctx, tmp_path, qtbot,
                                                                  monkeypatch):
    entered, gate = _held(monkeypatch, qs, "copy_school_package")
    with clock.frozen(TODAY):
        dialog, folder = _writing(qtbot, ctx, tmp_path, "school_handover", entered)
        _while_held(dialog, folder)
        asked: list[str] = []
        questions.answer(asked, _key(Qt.Key_Escape))
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
        assert asked and asked[0].startswith("Das Paket " + QUESTION), asked
        assert dialog.isVisible() and dialog.key_label.text() == ""
        gate.set()
        qtbot.waitUntil(lambda: bool(dialog.key_label.text()), timeout=30_000)
    package = dialog.package
    assert package is not None and "Das Übergabepaket ist geschrieben" in dialog.info.text()
    shown_key = dialog.key_label.text().replace("\n", "  ")
    assert svc.package_info(package.path, shown_key).kind == "schule"
    assert len(consents.disclosures_for_person(ctx.conn, _anna(ctx).id)) == 1


def test_esc_in_the_school_package_abbrechen_und_verwerfen_leaves_nothing(ctx, tmp_path, qtbot,
                                                                          monkeypatch):
    entered, _gate = _held(monkeypatch, qs, "copy_school_package")
    with clock.frozen(TODAY):
        dialog, folder = _writing(qtbot, ctx, tmp_path, "school_handover", entered)
        asked: list[str] = []
        questions.answer(asked, _click("Abbrechen und verwerfen"))
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
        _no_writes_left(qtbot)
    assert asked == ["Das Paket " + QUESTION + "."], asked
    assert not dialog.isVisible() and ctx.is_unlocked      # only the dialog closed
    _nothing_left(ctx.conn, folder, _anna(ctx).id)


# -- the Auskunft ---------------------------------------------------------------------------
@pytest.fixture
def auskunft(ctx, pupil):
    """An Auskunft request of Kim: a contact of hers and a letter kept as a document."""
    case = repo.CASES.insert(ctx.conn, Case(pupil.id, date(2026, 9, 1), school_id="school-1"))
    repo.CONTACTS.insert(ctx.conn, Contact(date(2026, 9, 2), "EB", 30, "school-1", pupil.id,
                                           case.id, participants=("pupil",),
                                           note="Kim erzählt vom Streit"))
    documents.add_document(ctx.conn, d.Owner("person", pupil.id), "letter", "Brief",
                           date(2026, 9, 3), f.pdf())
    with clock.frozen(date(2026, 11, 22)):
        request = privacy.open_request(ctx.conn, pupil.id, date(2026, 11, 2))
    from ssa_desktop.ui.privacy.auskunft_dialog import AuskunftDialog

    return AuskunftDialog(ctx, request.id)


def _write_auskunft(qtbot, dialog, folder):
    _shown(qtbot, dialog)
    dialog.write_output(folder / "auskunft.pdf")


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Escape], ids=["enter", "esc"])
def test_esc_in_the_auskunft_while_it_writes_asks_and_waits(key, auskunft, ctx, tmp_path,
                                                            qtbot, monkeypatch):
    """Before: written on the GUI thread. Now Esc asks; Enter and Esc on the question wait;
    the dialog says it closes afterwards and closes once the files are whole (it stayed
    open, though she had asked to close it); PDF, JSON and the copy read back."""
    backup = _backup_held(monkeypatch)  # its „Tägliche Sicherung erstellt.“ would come among
    window = _main_window(ctx, tmp_path, qtbot)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    entered, gate = _held(monkeypatch, privacy, "hand_out_documents")
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = auskunft
    _write_auskunft(qtbot, dialog, folder)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    # the worker's step arrives as a queued signal: shown once the GUI thread has run it
    qtbot.waitUntil(lambda: dialog.steps.format() == "Die Dokumente werden kopiert …",
                    timeout=30_000)
    assert dialog.steps.isVisible()
    assert not dialog.write_button.isEnabled()
    asked: list[str] = []
    questions.answer(asked, _key(key))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    assert asked and asked[0].startswith("Die Auskunft " + QUESTION), asked
    assert dialog.isVisible()
    assert dialog.status.text() == ("Die Auskunft wird noch geschrieben; danach wird das "
                                    "Fenster geschlossen.")
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.status.text().startswith("Auskunft gespeichert"), dialog.status.text()
    # closed by itself: what was saved where is said in the main window (announced)
    assert said == [f"Auskunft gespeichert: {folder / 'auskunft.pdf'} und auskunft.json"]
    assert window.statusBar().accessibleName() == said[0]
    backup.set()                    # before the window closes (its lock waits for it)
    text = "".join(p.extract_text() for p in PdfReader(folder / "auskunft.pdf").pages)
    assert "Kim erzählt vom Streit" in text
    assert json.loads((folder / "auskunft.json").read_text("utf-8"))["format"] == \
        "ssa-desktop-auskunft"
    assert [p.name for p in (folder / "auskunft-Dokumente").iterdir()] == ["01-Brief.pdf"]


def test_esc_in_the_auskunft_abbrechen_und_verwerfen_leaves_no_file(auskunft, ctx, pupil,
                                                                    tmp_path, qtbot,
                                                                    monkeypatch):
    """Held after the PDF and the JSON were written whole: discarding removes them too."""
    entered, _gate = _held(monkeypatch, privacy, "hand_out_documents")
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = auskunft
    _write_auskunft(qtbot, dialog, folder)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    # the copies' folder is made (empty) before the first file, when the journal records
    # its files: a folder missing at the next unlock is one not reachable
    assert sorted(p.name for p in folder.iterdir()) == ["auskunft-Dokumente", "auskunft.json",
                                                       "auskunft.pdf"]
    assert list((folder / "auskunft-Dokumente").iterdir()) == []
    asked: list[str] = []
    questions.answer(asked, _click("Abbrechen und verwerfen"))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    _no_writes_left(qtbot)
    assert asked == ["Die Auskunft " + QUESTION + "."], asked
    assert not dialog.isVisible() and ctx.is_unlocked
    assert list(folder.iterdir()) == []
    assert consents.disclosures_for_person(ctx.conn, pupil.id) == []


def test_strg_q_while_the_auskunft_writes_abbrechen_und_verwerfen_quits_without_a_file(
        auskunft, ctx, tmp_path, qtbot, monkeypatch):
    window = _main_window(ctx, tmp_path, qtbot)
    entered, _gate = _held(monkeypatch, privacy, "hand_out_documents")
    folder = tmp_path / "out"
    folder.mkdir()
    auskunft.show()                 # not the test's to close: quitting takes it down
    qtbot.waitExposed(auskunft)
    auskunft.write_output(folder / "auskunft.pdf")
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    asked: list[str] = []
    questions.answer(asked, _click("Abbrechen und verwerfen"))
    _strg_q(qtbot, window)
    _no_writes_left(qtbot)
    assert asked == ["Die Auskunft " + QUESTION + "."], asked
    assert not ctx.is_unlocked
    assert list(folder.iterdir()) == []


# -- what she sees while it writes --------------------------------------------------------
def _shot(widget, name: str) -> None:
    """With SSA_SHOTS=/folder saved as s6-<name>.png (-200pct under QT_SCALE_FACTOR=2)."""
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        scale = widget.devicePixelRatioF()
        suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
        widget.grab().save(str(Path(folder) / f"s6-{name}{suffix}.png"))


def _step_whole(dialog) -> None:
    bar = dialog.steps
    assert bar.isVisible()
    assert bar.fontMetrics().horizontalAdvance(bar.text()) < bar.width(), bar.text()
    assert cut_texts(dialog) == []


@pytest.mark.parametrize("screen", ["1280x720", "960x540"])
def test_the_steps_are_whole_on_a_small_screen(screen, auskunft, ctx, tmp_path, qtbot,
                                               monkeypatch):
    width, height = SCREENS[screen]
    entered, gate = _held(monkeypatch, qd, "copy_deputy_package")
    folder = tmp_path / "stick"
    folder.mkdir()
    with clock.frozen(TODAY):
        dialog = _key_dialog("deputy_package", ctx, folder)
        dialog.resize(width, height)
        _shown(qtbot, dialog)
        _press_write(dialog)
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        dialog.steps.ensurePolished()
        _step_whole(dialog)
        _shot(dialog, f"deputy-writing-{screen}")
        gate.set()
        wait_written(qtbot, dialog)
    entered, gate = _held(monkeypatch, privacy, "hand_out_documents")
    auskunft.resize(width, height)
    _write_auskunft(qtbot, auskunft, tmp_path)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    _step_whole(auskunft)
    _shot(auskunft, f"auskunft-writing-{screen}")
    gate.set()
    wait_written(qtbot, auskunft)
