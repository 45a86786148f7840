"""Issue 65: with her own template chosen, typing in the letter's address previews once
after the typing, off the GUI thread, and always of her latest text.

Before, each keystroke filled and checked her template in the letter child on the GUI
thread (two round trips, 25–84 ms each keystroke): a name of 20 letters blocked her
typing for up to 1.7 s. The round trips are counted, and held, with the in-process
hook ``letter_child.before_request``; the coalescing timer is driven by hand (no
sleeps, no timing)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from ssa_desktop.ui import background
from tests.support.questions import answer, close_anyway

TYPED = "Frau Birgit Sommerfeld"   # 22 keystrokes


@pytest.fixture
def own(asked, her_docx, frozen_clock):
    """The letter dialog with her own DOCX template chosen, the address focused (its
    children counted by ``asked``)."""
    dialog = her_docx("An {{ recipient.address }}, {{ person.first_name }}")
    assert "person.first_name: Kim" in dialog.preview.text()
    dialog.address_box.setFocus()
    dialog.latest.timer.setInterval(3_600_000)   # runs out only when the test says so
    return dialog


def _due(qtbot, dialog) -> None:
    """The coalescing timer runs out now; the preview it asks for is waited for."""
    assert dialog.latest.timer.isActive()
    dialog.latest.timer.stop()
    with qtbot.waitSignal(dialog.preview_shown, timeout=60_000):
        dialog.latest.timer.timeout.emit()


def _ended(qtbot) -> None:
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)


def test_typing_with_her_template_asks_the_child_once_after_the_typing(
        own, asked, qtbot):
    asked.count = 0
    QTest.keyClicks(own.address_box, TYPED)
    assert asked.count == 0          # before: 44 round trips on the GUI thread
    _due(qtbot, own)
    assert asked.count == 2          # her template filled, its fields read: once
    assert f"recipient.address: {TYPED}" in own.preview.text()
    assert own.save_button.isEnabled() and own.problem.text() == ""


def test_a_late_answer_for_older_text_is_dropped(own, asked, qtbot):
    shown: list[str] = []
    own.preview_shown.connect(lambda: shown.append(own.preview.text()))
    QTest.keyClicks(own.address_box, "Frau Birgit")
    asked.holding = True
    own.latest.timer.stop()
    own.latest.timer.timeout.emit()           # its preview starts, held in the child
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    QTest.keyClicks(own.address_box, " Sommerfeld")   # she types on meanwhile
    assert own.latest.timer.isActive()
    asked.release()
    qtbot.waitUntil(lambda: not own.latest.busy, timeout=60_000)
    assert shown == []                          # the answer for „Frau Birgit“ is dropped
    asked.count = 0
    _due(qtbot, own)
    assert asked.count == 2
    assert len(shown) == 1 and f"recipient.address: {TYPED}" in shown[0]


def test_saving_right_after_typing_saves_her_latest_text(own, asked, qtbot, tmp_path, saved):
    from tests.letters.test_own_templates import docx_text

    QTest.keyClicks(own.address_box, TYPED)
    assert own.latest.timer.isActive()
    target = tmp_path / "brief.docx"
    own.save_path_chooser = lambda suggested: str(target)
    assert saved(own)
    assert f"An {TYPED}, Kim" in docx_text(target.read_bytes())
    assert not own.latest.timer.isActive()


def test_closing_while_a_preview_is_due_or_running_leaves_no_child_or_task(
        open_letter, own, asked, qtbot):
    QTest.keyClicks(own.address_box, "Frau")
    asked.holding = True
    own.latest.timer.stop()
    own.latest.timer.timeout.emit()
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    QTest.keyClicks(own.address_box, " Birgit")   # and one more is due
    answer([], close_anyway)                       # her typed address: asked, she closes
    own.reject()
    assert not own.isVisible()
    assert not own.latest.timer.isActive()
    asked.release()
    _ended(qtbot)
    assert own.letter_child.pid is None
    assert own.preview.text() != "" and "Frau" not in own.preview.text()

    again = open_letter()                          # closed with only a timer due
    QTest.keyClicks(again.address_box, "x")        # (the built-in letter: at once)
    answer([], close_anyway)
    again.reject()
    assert not again.isVisible()
    assert not again.latest.timer.isActive() and again.letter_child.pid is None


def test_the_preview_ends_its_child_when_it_ends(qtbot):
    """A dialog ends one thing when it closes: its preview, and with it the child the
    preview shares (before, each dialog also had to end the child itself)."""
    from PySide6.QtCore import QObject

    from ssa_desktop.services.letter_child import LetterFailed
    from ssa_desktop.ui.letters.own_preview import LatestPreview, SharedChild

    child = SharedChild()
    child.render([("invitation", ["Hallo {{ person.first_name }}!"],
                   {"person.first_name": "Kim"})])
    assert child.pid is not None
    owner = QObject()
    latest = LatestPreview(owner, child, lambda: lambda _child: None,
                           lambda _answer, _problem: None)
    latest.end()
    assert child.pid is None
    with pytest.raises(LetterFailed):   # a task queued before she closed starts none
        child.run(lambda c: c.render([]))
