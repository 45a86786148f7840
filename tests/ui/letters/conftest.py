import threading

import pytest

from ssa_desktop.services import letter_child
from ssa_desktop.ui.letters.dialog import LetterDialog
from tests.letters.conftest import letterhead, records  # noqa: F401 (fixtures)


@pytest.fixture
def open_letter(qtbot, ctx, records):  # noqa: F811 (the fixture imported above)
    """``open_letter()``: Brief erstellen for the records' person, shown (call it once the
    vault holds what the test needs)."""
    def open_():
        dialog = LetterDialog(ctx, records["person"])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return open_


@pytest.fixture
def her_docx(open_letter, tmp_path, previewed):
    """``her_docx(text, name)``: Brief erstellen with her DOCX template of ``text`` chosen
    by its button („Eigene Vorlage …“) and its preview waited for; the dialog."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.letters.test_own_templates import docx

    def open_(text: str, name: str = "vorlage.docx"):
        template = tmp_path / name
        template.write_bytes(docx(text))
        dialog = open_letter()
        dialog.template_chooser = lambda: str(template)
        QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
        return previewed(dialog)
    return open_


@pytest.fixture
def saved(qtbot):
    """``saved(dialog)``: its ``save_file()`` (on the one runner), waited for until the
    save has ended; True when it started."""
    def save(dialog) -> bool:
        started = dialog.save_file()
        qtbot.waitUntil(lambda: not dialog.saving, timeout=60_000)
        return started
    return save


@pytest.fixture
def previewed(qtbot):
    """``previewed(dialog)``: waits until her template is read and the preview shown is
    of her latest choices (her own template is read and previewed on the runner's pool);
    the dialog back."""
    def wait(dialog):
        qtbot.waitUntil(lambda: not dialog._reading_template and not dialog.latest.busy
                        and not dialog.latest.pending, timeout=60_000)
        return dialog
    return wait


class Asked:
    """The letter children's round trips (children made after the fixture): counted,
    with the thread that asked each, and held while ``holding`` until ``release()``."""

    def __init__(self) -> None:
        self.count = 0
        self.threads: list[int] = []
        self.holding = False
        self.waiting = threading.Event()
        self.released = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        self.threads.append(threading.get_ident())
        if self.holding:
            self.waiting.set()
            self.released.wait(timeout=120)   # bounded: a failed test goes on

    def on_gui_thread(self) -> int:
        return self.threads.count(threading.main_thread().ident)

    def release(self) -> None:
        self.holding = False
        self.released.set()


@pytest.fixture
def asked(monkeypatch):
    """The letter children's requests, counted and held (``Asked``)."""
    counter = Asked()
    monkeypatch.setattr(letter_child, "before_request", counter)
    yield counter
    counter.release()
