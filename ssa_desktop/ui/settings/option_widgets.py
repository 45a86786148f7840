"""Editors built from an option's metadata (``domain.options.Option``): its type, bounds,
unit, choices, label and help.

``option_field(option, value, on_change)`` makes the editor of a plain typed option — a
spin box for ``int``/``float`` (range from ``minimum``/``maximum``, the ``unit`` around the
number), a check box for ``bool``, radio buttons for a ``str`` with ``choices`` — shows
``value`` and calls ``on_change(shown value)`` on every change; the page saves it through
its usual path (device settings, ``services.settings``). Texts are translated in the
context "SettingsArea"; ``tools/update_translations.py`` extracts an option's label, help
and unit where ``option_field(OPTION, …)`` is called. Lists, dicts, free text and
anything with more rules than the option knows keep their hand-made editors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.options import Option
from ..common.announce import announce
from ..common.wrapping_check_box import WrappingCheckBox
from ..i18n import translator

tr = translator("SettingsArea")

_INT_LIMIT = 2**31 - 1  # QSpinBox holds a C int


@dataclass
class OptionField:
    option: Option
    editor: QWidget                 # spin box, check box, or group box of radio buttons
    label: QLabel | None = None     # the row's label (its buddy is the editor); None when
                                    # the editor names itself (check box, group box)
    buttons: dict[Any, QRadioButton] = field(default_factory=dict)  # choice → button

    def value(self) -> Any:
        """The value the editor shows."""
        if self.buttons:
            return next((c for c, b in self.buttons.items() if b.isChecked()), None)
        if isinstance(self.editor, QCheckBox):
            return self.editor.isChecked()
        if isinstance(self.editor, QSpinBox | QDoubleSpinBox):
            return self.editor.value()
        return None


_NUMBER_SO_FAR = re.compile(r"-?[0-9]*([.,][0-9]*)?")


class BoundedSpinBox(QSpinBox):
    """A whole number within its bounds, refused in German beyond them (``_typed_number``)."""

    refused = Signal(str)

    def __init__(self):
        super().__init__()
        _typed_number(self)

    def validate(self, text: str, pos: int):
        return _numbers_typed(self, super().validate(text, pos))

    def number_text(self, number: float) -> str:
        return self.textFromValue(int(number))


class BoundedDoubleSpinBox(QDoubleSpinBox):
    """A decimal number within its bounds, refused in German beyond them (``_typed_number``)."""

    refused = Signal(str)

    def __init__(self):
        super().__init__()
        _typed_number(self)

    def validate(self, text: str, pos: int):
        return _numbers_typed(self, super().validate(text, pos))

    def number_text(self, number: float) -> str:
        return self.textFromValue(number)


def _core(spin: BoundedSpinBox | BoundedDoubleSpinBox, text: str) -> str:
    return text.removeprefix(spin.prefix()).removesuffix(spin.suffix()).strip()


def _numbers_typed(spin: BoundedSpinBox | BoundedDoubleSpinBox, validated):
    """Qt's answer, but a number out of bounds is typed on (Qt dropped its last key)."""
    state, text, pos = validated
    if state == QValidator.State.Invalid and _NUMBER_SO_FAR.fullmatch(_core(spin, text)):
        return QValidator.State.Intermediate, text, pos   # said when she leaves
    return state, text, pos


def _typed_number(spin: BoundedSpinBox | BoundedDoubleSpinBox) -> None:
    """Every number she types stays in the field until she leaves it or presses Enter (Qt
    dropped the key that made it too big: „100“ with at most 60 became 10 and was saved;
    a minus sign was dropped); a typed number out of bounds is then refused – ``refused``
    carries the German sentence, which is also said to a screen reader – and the field
    shows the kept value again. The value changes only on Enter, on leaving and by the
    arrows (no save per key)."""
    typed: list[str] = []

    def note(text: str) -> None:
        typed[:] = [text]

    def check() -> None:
        if not typed:
            return
        core = _core(spin, typed.pop())
        number, ok = spin.locale().toDouble(core)
        if ok and spin.minimum() <= number <= spin.maximum() and spin.value() == number:
            return
        words = (tr("„{0}“: „{1}“ liegt nicht zwischen {2} und {3}; es bleibt bei {4}.")
                 if core else
                 tr("„{0}“: bitte eine Zahl von {2} bis {3} eingeben; es bleibt bei {4}."))
        shown = spin.number_text
        reason = words.format(spin.accessibleName(), core, shown(spin.minimum()),
                              shown(spin.maximum()), shown(spin.value()))
        spin.setToolTip(reason)
        announce(spin, reason)
        spin.refused.emit(reason)

    spin.setKeyboardTracking(False)
    spin.lineEdit().textEdited.connect(note)
    spin.editingFinished.connect(check)


def option_field(option: Option, value: Any, on_change: Callable[[Any], None], *,
                 choice_labels: Mapping[Any, str] | None = None) -> OptionField:
    """The editor of ``option`` showing ``value``. ``choice_labels``: the (translated) text
    of each choice, with its mnemonic; the choice itself otherwise."""
    label = tr(option.label)
    plain = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if option.choices:
        made = _choices(option, label, value, on_change, choice_labels or {})
    elif option.type is bool:
        box = WrappingCheckBox(label)  # wraps where the page is narrow (640×360)
        box.setChecked(bool(value))
        box.toggled.connect(lambda on: on_change(bool(on)))
        made = OptionField(option, box)
    elif option.type in (int, float):
        spin, row_label = _spin_box(option, value, on_change), QLabel(label)
        row_label.setBuddy(spin)
        made = OptionField(option, spin, row_label)
    else:
        raise ValueError(f"option {option.name!r} ({option.type.__name__}) needs its own editor")
    made.editor.setAccessibleName(plain)
    if option.help:
        made.editor.setToolTip(tr(option.help))
        made.editor.setAccessibleDescription(tr(option.help))
    return made


def _spin_box(option: Option, value: Any,
              on_change: Callable[[Any], None]) -> QSpinBox | QDoubleSpinBox:
    spin: QSpinBox | QDoubleSpinBox
    if option.type is int:
        spin = BoundedSpinBox()
        spin.setRange(_bound(option.minimum, -_INT_LIMIT), _bound(option.maximum, _INT_LIMIT))
    else:
        spin = BoundedDoubleSpinBox()
        spin.setDecimals(2)
        spin.setRange(_bound(option.minimum, -1e12), _bound(option.maximum, 1e12))
    if option.unit:
        def unit(number) -> None:
            """"1 Minute", "5 Minuten": the unit follows the number (numerus)."""
            shown = spin.textFromValue(number)
            whole = tr(option.unit, n=int(number)).replace(str(int(number)), shown, 1)
            before, _, after = whole.partition(shown)
            spin.setPrefix(before)
            spin.setSuffix(after)
        spin.valueChanged.connect(unit)
    spin.setValue(value)
    if option.unit:
        unit(spin.value())
    spin.valueChanged.connect(on_change)
    return spin


def _choices(option: Option, label: str, value: Any, on_change: Callable[[Any], None],
             texts: Mapping[Any, str]) -> OptionField:
    box = QGroupBox(label)
    inner = QVBoxLayout(box)
    group = QButtonGroup(box)
    made = OptionField(option, box)
    for choice in option.choices:
        text = texts.get(choice, str(choice))
        button = QRadioButton(text)
        button.setAccessibleName(text.replace("&", ""))
        group.addButton(button)
        inner.addWidget(button)
        made.buttons[choice] = button
    if value in made.buttons:
        made.buttons[value].setChecked(True)
    for choice, button in made.buttons.items():
        button.toggled.connect(_when_checked(on_change, choice))
    return made


def _bound(limit: Any, default: Any) -> Any:
    """The option's own limit, or the editor's widest."""
    return limit if limit is not None else default


def _when_checked(on_change: Callable[[Any], None], choice: Any) -> Callable[[bool], None]:
    def toggled(on: bool) -> None:
        if on:
            on_change(choice)
    return toggled
