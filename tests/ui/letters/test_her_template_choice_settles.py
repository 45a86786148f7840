"""Her template's preview comes from the runner after a choice; what she prints, keeps or
saves meanwhile is her template's letter, never the last preview's built-in one, and a
late preview does not overwrite what the dialog said (review of session 14: printing did
not settle, a late answer wiped „Als Dokument abgelegt“, a choice made while her form was
read was switched back)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import letter_templates as store
from ssa_desktop.ui import background
from tests.letters.test_own_templates import docx, docx_text


@pytest.fixture
def printed(qtbot):
    seen: list = []
    yield seen
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)


def _kept_template(ctx) -> None:
    ctx.apply(store.import_template, "Einladung Word", "invitation",
              docx("Hallo {{ person.first_name }}"), "docx", {})


def _kept_template_chosen(ctx, open_letter):
    """Brief erstellen with her kept Word template chosen by keys (its preview still to
    come from the runner)."""
    _kept_template(ctx)
    dialog = open_letter()
    dialog.template_box.setFocus()
    QTest.keyClick(dialog.template_box, Qt.Key.Key_Down)
    return dialog


def _print_now(dialog, printed) -> None:
    dialog.printer_chooser = lambda printer: printed.append(dialog.made) or False
    if dialog.print_button.isEnabled():
        QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)


def test_printing_right_after_choosing_a_stored_template_never_prints_the_builtin_letter(
        ctx, open_letter, printed, frozen_clock):
    dialog = _kept_template_chosen(ctx, open_letter)
    assert dialog.template_box.currentText() == "Einladung Word (im Tresor)"
    dialog.printer_chooser = lambda printer: printed.append(dialog.made) or False
    QTest.keyClick(dialog.template_box, Qt.Key.Key_Return)   # „Drucken …“ is the default
    assert printed == [], "the built-in letter went to the printer with her template chosen"


def test_printing_right_after_choosing_her_docx_never_prints_the_builtin_letter(
        open_letter, tmp_path, printed, frozen_clock):
    path = tmp_path / "brief.docx"
    path.write_bytes(docx("Hallo {{ person.first_name }}"))
    dialog = open_letter()
    dialog.template_chooser = lambda: str(path)
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.template_box.currentText() == "brief.docx"
    _print_now(dialog, printed)
    assert printed == [], "the built-in letter went to the printer with her template chosen"


def test_keeping_right_after_choosing_a_stored_template_keeps_its_confirmation(
        ctx, open_letter, qtbot, frozen_clock):
    dialog = _kept_template_chosen(ctx, open_letter)
    QTest.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text().startswith("Als Dokument abgelegt")
    qtbot.waitUntil(lambda: not dialog.latest.busy and not background._running,
                    timeout=60_000)
    assert dialog.problem.text().startswith("Als Dokument abgelegt"), \
        "the late preview answer wiped the confirmation of what she just kept"


def test_a_template_she_chose_while_her_form_was_read_stays_chosen(
        ctx, open_letter, tmp_path, qtbot, previewed, monkeypatch, frozen_clock):
    """She picks her PDF form, then, while it is read, a kept template: hers is offered
    in the list when read, her later choice stays (and no mapping of the form shows)."""
    import threading

    from ssa_desktop.services import letter_child
    from tests.letters.test_own_templates import pdf_form

    _kept_template(ctx)
    form = tmp_path / "formular.pdf"
    form.write_bytes(pdf_form("Vorname"))
    waiting, released = threading.Event(), threading.Event()

    def hold():
        if threading.current_thread() is not threading.main_thread() and not released.is_set():
            waiting.set()
            released.wait(timeout=120)   # bounded: a failed test goes on
    monkeypatch.setattr(letter_child, "before_request", hold)
    dialog = open_letter()
    dialog.template_chooser = lambda: str(form)
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(waiting.is_set, timeout=60_000)
    dialog.template_box.setFocus()
    QTest.keyClick(dialog.template_box, Qt.Key.Key_Down)
    released.set()
    previewed(dialog)
    assert dialog.template_box.currentText() == "Einladung Word (im Tresor)"
    assert dialog.template_box.findText("formular.pdf") > 0
    assert not dialog.mapping_box.isVisible()
    assert "Hallo Kim" in docx_text(dialog.made.data)
