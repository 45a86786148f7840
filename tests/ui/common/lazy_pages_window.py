"""A window around a widget with pages built later (``LazyTabWidget``, ``SideTabs``), for
the Tab-order tests: a button before it, one made after it, and one added after the window
was shown (as the buttons an area adds at its first load)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget


def page(*names: str) -> QWidget:
    """A page with one named control per name: a spin box for "spin…", an editable combo
    box for "combo…" (compound controls: they take the focus for their edit), else a line
    edit."""
    built = QWidget()
    layout = QVBoxLayout(built)
    for name in names:
        control = (QSpinBox() if name.startswith("spin") else
                   QComboBox(editable=True) if name.startswith("combo") else QLineEdit())
        control.setAccessibleName(name)
        layout.addWidget(control)
    return built


def _button(name: str) -> QPushButton:
    button = QPushButton(name)
    button.setAccessibleName(name)
    return button


def window_around(qtbot, pages: QWidget) -> QWidget:
    """Vorher, ``pages``, Danach (made after it), shown and active, then Später."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(_button("Vorher"))
    layout.addWidget(pages)
    layout.addWidget(_button("Danach"))
    window.show()
    window.activateWindow()  # key events and Alt+letter go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    later = _button("Später")
    layout.addWidget(later)
    later.show()
    return window
