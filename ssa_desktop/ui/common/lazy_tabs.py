"""A QTabWidget whose pages can be built when first shown (an area's first show
pays only for the page in front).

``addLazyTab(build, text)`` adds a placeholder; the page is built when its tab becomes
current (by click, mnemonic or ``setCurrentIndex``) or when it is asked for with
``widget(index)`` / ``currentWidget()``; it then takes the placeholder's place, with the
same text, and stays. ``is_built(index)`` says whether it was built. Tab reaches a page
built later where it reaches one built with the tab widget: right after the tab bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from .tab_chain import controls_of, take_placeholders_place


class LazyTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._builders: dict[QWidget, Callable[[], QWidget]] = {}  # placeholder -> build
        self.currentChanged.connect(self._built)

    def addLazyTab(self, build: Callable[[], QWidget], text: str) -> int:  # noqa: N802
        placeholder = QWidget()
        index = self.addTab(placeholder, text)
        self._builders[placeholder] = build
        if self.currentIndex() == index:
            self._built(index)
        return index

    def is_built(self, index: int) -> bool:
        return super().widget(index) not in self._builders

    def _built(self, index: int) -> QWidget | None:
        page = super().widget(index)
        build = self._builders.pop(page, None) if page is not None else None
        if page is None or build is None:
            return page
        widget = build()
        controls = controls_of(widget)  # as built, before Qt puts them at the chain's end
        current = self.currentIndex()
        blocked = self.blockSignals(True)  # the same tab stays current: nothing to tell
        try:
            self.insertTab(index, widget, self.tabText(index))
            self.removeTab(index + 1)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(blocked)
        take_placeholders_place(controls, widget, page)
        page.deleteLater()
        return widget

    def widget(self, index: int) -> QWidget | None:
        return self._built(index) if 0 <= index < self.count() else None

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]  # noqa: N802 - None without tabs, as Qt's own
        return self.widget(self.currentIndex())
