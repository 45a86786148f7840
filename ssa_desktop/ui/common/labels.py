"""Labels bound to the inputs they name, as a screen reader needs them (a LABELLED_BY
relation on the input) and as Alt+letter needs them (the focus lands in the input)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore  # QtCore.Qt where used: the unlock window's first frame
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from .announce import plain

# Qt's class names, not PySide's classes: importing those set up the spin box, combo box
# and text box classes with all their enums before the unlock window's first frame
_INPUTS = ("QLineEdit", "QAbstractSpinBox", "QComboBox", "QPlainTextEdit", "QTextEdit")


def _inherits(widget: QWidget | None, names: tuple[str, ...]) -> bool:
    return widget is not None and any(widget.inherits(name) for name in names)


def _input_of(widget: QWidget) -> QWidget:
    """The input a label of ``widget`` names: along the focus proxies (stopping before a
    check box: a group's label names the group), else the first input inside a row."""
    proxy = widget.focusProxy()
    while proxy is not None:
        if isinstance(proxy, QAbstractButton):
            return widget
        widget = proxy
        proxy = widget.focusProxy()
    if _inherits(widget, _INPUTS) or widget.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if _inherits(child, _INPUTS) and not _inherits(
                child.parentWidget(), ("QComboBox", "QAbstractSpinBox")):
            return _input_of(child)
    return widget


def mnemonic_letter(text: str) -> str:
    """The letter after a single & ("Be&merkung" → "m"), "" without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return ""


def with_alt_letters(labels: Sequence[str]) -> list[str]:
    """The answers of one box, each with an Alt letter: its own ``&`` kept, else ``&``
    before its first letter that no other answer has (its own letters taken first), so a
    translation needs no letters of its own; a label with no free letter stays as it is."""
    taken = {mnemonic_letter(label) for label in labels} - {""}
    made = []
    for label in labels:
        if not mnemonic_letter(label):
            free = next((i for i, c in enumerate(label)
                         if c.isalnum() and c.casefold() not in taken), None)
            if free is not None:
                taken.add(label[free].casefold())
                label = label[:free] + "&" + label[free:]
        made.append(label)
    return made


def alt_letter_past(label: str, lead: str = "") -> str:
    """``label`` with an Alt letter before its first letter past ``lead`` (the legal basis
    it starts with, „§ 9b SGB VIII“: its letters name nothing she does), so a declared
    label and its translation get theirs by rule; its own ``&`` kept."""
    if mnemonic_letter(label):
        return label
    start = len(lead) if lead and label.startswith(lead) else 0
    at = next((i for i in range(start, len(label)) if label[i].isalpha()), None)
    return label if at is None else label[:at] + "&" + label[at:]


def bind_labels_to_inputs(root: QWidget) -> None:
    """Every label under ``root`` bound to the input it names, not to the row or the
    composite around it: a reader finds the label as the input's LABELLED_BY relation
    and Alt+letter lands in the input (``QFormLayout.addRow`` binds the row widget)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or label.objectName() == _FOR_READERS:
            continue
        target = _input_of(buddy)
        if target is not buddy:
            label.setBuddy(target)
        _label_for_readers(label, target)


_FOR_READERS = "label_for_readers"


def _label_for_readers(label: QLabel, target: QWidget) -> None:
    """Qt finds an input's label only among the input's siblings: an input inside a
    composite (the passphrase field, a date row) gets a hidden copy of its visible label
    beside it, which a reader finds as its LABELLED_BY relation."""
    parent = target.parentWidget()
    if parent is None or parent is label.parentWidget() or not label.text().strip():
        return
    for other in parent.children():  # direct children (no Qt flag: see the import)
        if (isinstance(other, QLabel) and other.objectName() == _FOR_READERS
                and other.buddy() is target):
            return
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    copy = QLabel(plain(text).rstrip(":"), parent)
    copy.setObjectName(_FOR_READERS)
    copy.setBuddy(target)
    copy.hide()


def label_for_readers(text: str, target: QWidget) -> None:
    """A hidden label beside ``target`` that a reader finds as its LABELLED_BY relation,
    for an input whose visible label is not a QLabel (the check box in front of an
    optional date, the row label of a second field); ``text`` repeats what she sees.
    A field still in a layout without a widget gets it when it gets its parent."""
    if target.parentWidget() is not None:
        _hidden_label(text, target)
        return
    target.setProperty(_FOR_READERS, text)
    target.installEventFilter(_ON_PARENT)


def _hidden_label(text: str, target: QWidget) -> None:
    copy = QLabel(text, target.parentWidget())
    copy.setObjectName(_FOR_READERS)
    copy.setBuddy(target)
    copy.hide()


class _OnParent(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
        from PySide6.QtCore import QEvent  # built with the event anyway; not at import

        if event.type() == QEvent.Type.ParentChange and obj.parentWidget() is not None:
            obj.removeEventFilter(self)
            _hidden_label(obj.property(_FOR_READERS), obj)
        return False


_ON_PARENT = _OnParent()


def name_window(window: QWidget, title: str) -> None:
    """``title`` in the window's title bar and, in the same words, as its name for screen
    readers (they announce the window by it when it opens)."""
    window.setWindowTitle(title)
    window.setAccessibleName(title)


def spoken_label(text: str) -> str:
    """A visible label as a reader's name starts with it: no mnemonic ``&``, no
    decorative symbol (◀ ⚠ ■), no trailing colon or ellipsis."""
    text = plain(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    text = "".join(c for c in text if not _symbol(c))
    text = " ".join(text.replace("…", " ").split()).rstrip("*").strip()  # * : required
    return text.rstrip(":").rstrip(".").strip()


# Latin-1's symbols (Unicode category "So"): ¦ © ® °; General Punctuation (– — … „ “)
# has none. Elsewhere ``unicodedata`` decides: a label of German words and punctuation is
# judged without loading it (the unlock window's first frame).
_LATIN1_SYMBOLS = frozenset("\xa6\xa9\xae\xb0")


def _symbol(char: str) -> bool:
    """Whether ``char`` is a symbol (◀ ⚠ ■ ©), category "So"."""
    if char <= "\xff":
        return char in _LATIN1_SYMBOLS
    if "\u2000" <= char <= "\u206f":
        return False
    import unicodedata

    return unicodedata.category(char) == "So"


def name_by_label(widget: QWidget, visible: str, name: str) -> None:
    """WCAG 2.5.3, label in name: ``widget`` is named ``name`` when that contains the
    ``visible`` label; otherwise it is named by the label and ``name`` (the longer
    words) becomes its description, which a reader says after the name."""
    label = spoken_label(visible)
    if not label or label.lower() in " ".join(name.lower().split()):
        widget.setAccessibleName(name)
        return
    widget.setAccessibleName(label)
    widget.setAccessibleDescription(name)
