"""What makes a window not whole to the eye (issue 64, finding 7): a scroll bar sideways,
a label or a combo box whose text is cut, two controls drawn over each other, a table
showing fewer than two of its rows, a cell cut with its text nowhere else, a message that
moves buttons. Used by tests/ui/shell/test_whole_windows.py over every area, person tab,
page of a stack and dialog, and by test_whole_states.py; each check is shown to fail on a
crafted widget in test_whole_checks.py. ``SCREENS`` (and the ``screen`` fixture, each in
turn) are the screens a window is judged on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QWidget,
)

from tests.ui.shell.test_fits_small_screen import _scrolls_to, shown_size

# 1280×720 and 200 % of 1920×1080, less a taskbar (200 % of 1280×720, 640×360 logical,
# needs a screen of that size: the screenshots, see docs)
SCREENS = {"1280x720": (1280, 688), "200%": (960, 508)}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request):
    """The room of each of ``SCREENS`` in turn."""
    return SCREENS[request.param]


def _in_window(widget: QWidget) -> QRect:
    """The part of ``widget`` its parents leave in sight, in window coordinates."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def _name(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__} „{text}“"


def _inside_a_combo_popup(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox) or parent.isWindow() and parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def sideways(root: QWidget, tables: bool = True) -> list[str]:
    """Scroll areas (tables too, unless ``tables`` is false: a table scrolling inside itself
    is two-dimensional content, which WCAG 1.4.10 Reflow exempts) showing a horizontal
    scroll bar."""
    QApplication.processEvents()
    return [_name(area) for area in root.findChildren(QAbstractScrollArea)
            if area.isVisible() and not _inside_a_combo_popup(area)
            and (tables or not isinstance(area, QAbstractItemView))
            and area.horizontalScrollBar().isVisible() and area.horizontalScrollBar().maximum() > 0]


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())):
        return ""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&") \
        if label.buddy() is not None else label.text()


def cut_labels(root: QWidget) -> list[str]:
    """Labels narrower than their one-line text (lower than their wrapped lines), or cut
    by a parent's edge with no scroll bar; combo boxes whose current text does not fit.
    A one-line label or combo may end in "…" where its whole text is its tool tip and
    accessible description (a long message, an agreement's goal)."""
    QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        text = _plain(label)
        if not (label.isVisible() and text and label.width()) or _inside_a_combo_popup(label) \
                or label.isWindow():  # a tool tip (hovered cells) fades out in its own window
            continue
        if label.toolTip() == label.text() == label.accessibleDescription() \
                and not label.wordWrap():  # one line by design, whole elsewhere
            continue
        if label.wordWrap():  # its lines need their height
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"label „{text}“ {label.height()} high < "
                             f"{label.heightForWidth(label.width())}")
            continue
        high = label.fontMetrics().height() * len(text.split("\n"))
        if label.contentsRect().height() < high - 2:
            found.append(f"label „{text}“ {label.contentsRect().height()} high < {high}")
            continue
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
        if needed > room + 1:
            found.append(f"label „{text}“ {room} < {needed}")
        elif shown_size(label)[0] < min(label.width(), needed) - 1 and not any(_scrolls_to(label)):
            found.append(f"label „{text}“ cut by the edge at {shown_size(label)[0]}")
    for combo in root.findChildren(QComboBox):
        if not (combo.isVisible() and combo.currentText()):
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        # a long entry (an agreement's goal) may be elided where its whole text is the
        # combo's tool tip and accessible description
        whole_elsewhere = combo.toolTip() == combo.currentText() \
            and combo.accessibleDescription() == combo.currentText()
        if needed > field.width() + 1 and not whole_elsewhere:
            found.append(f"combo „{combo.currentText()}“ {field.width()} < {needed}")
    return found


_SOLID = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
          QTextEdit, QPlainTextEdit)


def overlaps(root: QWidget) -> list[str]:
    """Two visible controls (neither inside the other) drawn over each other."""
    QApplication.processEvents()
    solid = [w for w in root.findChildren(QWidget)
             if isinstance(w, _SOLID) and w.isVisible() and not w.isWindow()
             and shown_size(w) != (0, 0) and not _inside_a_combo_popup(w)
             and not isinstance(w.parentWidget(), QAbstractSpinBox)]
    found = []
    for i, a in enumerate(solid):
        ra = _in_window(a)
        for b in solid[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a) or a.window() is not b.window():
                continue
            common = ra.intersected(_in_window(b))
            if common.width() > 2 and common.height() > 2:
                found.append(f"{_name(a)} over {_name(b)}")
    return found


def short_tables(root: QWidget, rows: int = 2) -> list[str]:
    """Tables holding at least ``rows`` rows whose own height shows fewer of them (a list
    squeezed to one line by the form above it)."""
    QApplication.processEvents()
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() < rows \
                or _inside_a_combo_popup(view):
            continue
        row_height = max(view.rowHeight(0) if isinstance(view, QTableView)
                         else view.sizeHintForRow(0), 1)
        if view.viewport().height() < rows * row_height:
            found.append(f"table „{view.accessibleName()}“ shows "
                         f"{view.viewport().height() // row_height} of {model.rowCount()} rows")
    return found


def button_places(root: QWidget) -> dict[str, QPoint]:
    """Where each visible button lies in its window (see ``moved_buttons``)."""
    QApplication.processEvents()
    return {_name(button): button.mapTo(button.window(), QPoint(0, 0))
            for button in root.findChildren(QAbstractButton)
            if button.isVisible() and not _inside_a_combo_popup(button)}


def moved_buttons(before: dict[str, QPoint], root: QWidget) -> list[str]:
    """Buttons that a message shown since ``before`` (``button_places``) moved: her next
    click would land elsewhere."""
    after = button_places(root)
    return [f"{name} moved {before[name].x()},{before[name].y()} → {at.x()},{at.y()}"
            for name, at in after.items() if name in before and at != before[name]]


def _hover_shows(view: QAbstractItemView, index, text: str) -> bool:
    """Whether the mouse resting on the cell at ``index`` shows ``text`` whole."""
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
    if tip:
        return text in tip
    spot = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, spot, view.viewport().mapToGlobal(spot))
    QApplication.sendEvent(view.viewport(), event)
    shown = QToolTip.isVisible() and QToolTip.text() == text
    QToolTip.hideText()
    return shown


def cut_cells(root: QWidget) -> list[str]:
    """Table cells narrower than their one-line text (shown as „16.06.2027 0…“), unless
    the table wraps it between words (each word fits) and the row is as high as its lines,
    or hovering the cell shows its whole text (its tool tip: the model's, or ColumnFit's
    for a cell it cut — a real tool-tip event is sent to the view)."""
    QApplication.processEvents()
    found = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None or _inside_a_combo_popup(view):
            continue
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                               None, view) + 1)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                if view.isColumnHidden(column):
                    continue
                text = str(model.index(row, column).data() or "")
                needed = max((view.fontMetrics().horizontalAdvance(line)
                              for line in text.split("\n")), default=0) + margin
                word = max((view.fontMetrics().horizontalAdvance(w) for w in text.split()),
                           default=0) + margin
                wrapped = view.wordWrap() and view.rowHeight(row) >= view.sizeHintForRow(row) - 1 \
                    and view.columnWidth(column) >= word
                if text and view.columnWidth(column) < needed and not wrapped \
                        and not _hover_shows(view, model.index(row, column), text):
                    found.append(f"table „{view.accessibleName()}“: „{text}“ "
                                 f"{view.columnWidth(column)} < {needed}")
    return found


# a message as long as an export's: four file names and the folder
LONG_MESSAGE = ("Geschrieben: KVJS-Statistik-2026-27.xlsx, KVJS-Zeitanteile-2026-27.xlsx, "
                "Jahresbericht-2026-27.pdf, Eingabehilfe-2026-27.pdf in /home/jana/Dokumente")


# a refusal as long as a real one: two sentences and a deep path (about 200 characters)
LONG_REFUSAL = ("Die Datei konnte nicht geschrieben werden: Der Ordner /home/jana/Dokumente/"
                "Schulsozialarbeit/Sicherungen-2026-27 ist schreibgeschützt. Bitte wählen Sie "
                "einen anderen Ordner oder geben Sie diesen frei.")


def _hidden_until_said(label: QLabel) -> bool:
    """A message line hidden by itself (a form's refusal line, ``forms.say_refusal``) in a
    part she sees."""
    parent = label.parentWidget()
    return label.isHidden() and parent is not None and parent.isVisible()


def message_moves(root: QWidget) -> list[str]:
    """Each message line in sight (MessageLabel) given ``LONG_MESSAGE`` in turn, and each
    line hidden until a refusal shown with ``LONG_REFUSAL`` as the refusal would
    (``forms.say_refusal``): the buttons it moved (a wrapped „Geschrieben: …“ put another
    button under her click); for a refusal also the text cut (lower than its lines, or
    beyond the window's edge), drawn over another control, or not whole in its name."""
    from ssa_desktop.ui.common.announce import MessageLabel
    from ssa_desktop.ui.common.forms import say_refusal

    found = []
    for label in root.findChildren(MessageLabel):
        if _inside_a_combo_popup(label):
            continue
        where = type(label.parentWidget()).__name__
        if label.isVisible():
            before, old = button_places(root), label.text()
            label.show_quietly(LONG_MESSAGE)
            moved = moved_buttons(before, root)
            label.show_quietly(old)
            QApplication.processEvents()
            if moved:
                found.append(f"a message in {where} moves {len(moved)} buttons: {moved[0]}")
        elif _hidden_until_said(label):
            found += [f"a refusal in {where} {fault}"
                      for fault in _refusal_faults(root, label, say_refusal)[:2]]
    return found


def _refusal_faults(root: QWidget, label: QLabel, say_refusal) -> list[str]:
    """``label`` shown with ``LONG_REFUSAL`` as a refusal would, then hidden again: the
    buttons it moved, then what of it is cut, covered or missing from its name."""
    size, old = root.window().size(), label.text()
    before, covered = button_places(root), set(overlaps(root))
    window = label.window()
    if getattr(window, "show_error", None) is not None \
            and label in (getattr(window, "error", None), getattr(window, "error_label", None)):
        window.show_error(LONG_REFUSAL)  # the window's own way (a refusal's focus, room)
    else:
        say_refusal(label, LONG_REFUSAL)
    moved = moved_buttons(before, root)
    found = [f"moves {len(moved)} buttons: {moved[0]}"] if moved else []
    if label.heightForWidth(label.width()) > label.height() + 1:
        found.append(f"cut: {label.height()} high < {label.heightForWidth(label.width())}")
    sight = shown_size(label)
    if (sight[1] < label.height() - 1 and not _scrolls_to(label)[1]) or sight[0] < label.width() - 1:
        found.append(f"cut by the window's edge: {sight[0]}×{sight[1]} of "
                     f"{label.width()}×{label.height()}")
    found += [f"drawn over: {fault}" for fault in overlaps(root)
              if fault not in covered and "„" + LONG_REFUSAL[:20] in fault]
    if LONG_REFUSAL not in label.accessibleName():
        found.append(f"name not whole: „{label.accessibleName()[:40]}…“")
    say_refusal(label, "")
    label.setText(old)
    root.window().resize(size)  # the window as it was for the next line
    QApplication.processEvents()
    return found


def _owner_name(stack: QStackedWidget) -> str:
    """``Class.attribute`` of the nearest parent that keeps ``stack`` as an attribute."""
    parent = stack.parentWidget()
    while parent is not None:
        for attribute, value in vars(parent).items():
            if value is stack:
                return f"{type(parent).__name__}.{attribute}"
        parent = parent.parentWidget()
    return f"QStackedWidget „{stack.objectName()}“"


def _a_tabs_own(stack: QStackedWidget) -> bool:
    from ssa_desktop.ui.common.side_tabs import SideTabs

    owner = stack.parentWidget()
    return isinstance(owner, QTabWidget | SideTabs)


def tables_out_of_sight(root: QWidget) -> Iterator[tuple[str, QStackedWidget, int]]:
    """The pages not shown of the stacks in sight in ``root`` that hold a table (the week
    beside the day): (the stack's ``Class.attribute``, the stack, the page's index). A tab
    widget's own stack is not one: its tabs are walked as tabs."""
    QApplication.processEvents()
    for stack in root.findChildren(QStackedWidget):
        if not stack.isVisible() or _a_tabs_own(stack):
            continue
        for index in range(stack.count()):
            page = stack.widget(index)
            if index != stack.currentIndex() and (
                    isinstance(page, QAbstractItemView) or page.findChildren(QAbstractItemView)):
                yield _owner_name(stack), stack, index
