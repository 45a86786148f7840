"""Base classes of a navigation area and of a panel on the person page."""

from __future__ import annotations

from dataclasses import MISSING, field, fields, is_dataclass, replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QScrollArea, QWidget

from ...services.operations import Changes, DataKind
from ..context import AppContext
from .lifetime import connect_for
from .tab_chain import chain_inside


class Area(QWidget):
    """A main-window area. Subclasses fill ``refresh`` and ``clear``.

    - ``refresh()`` loads what the area shows (called when shown and when ``ctx.changes``
      touches a kind listed in ``watches``).
    - ``clear()`` drops every model and text (called on lock, before the key is gone).
    - ``open_record(record_id)`` shows one record (from search or another area).
    - ``release()`` gives up what a load brought when she leaves the area (it is hidden
      after ``may_leave``); the next show loads again. ``left`` is True meanwhile, so that
      a load ending after she left can drop its result instead of keeping it.
    - ``rebuilt_when_left``: the main window deletes the area's widgets when she leaves it
      and builds it again when she comes back (what they held is given back); ``place()``
      is what she had in front of her (a small plain dataclass: the selected row's id, the
      filter text, the tab), given to the new area's ``restore(place)``. Only areas that
      lose nothing by it set it; the main window still keeps an area while
      ``may_take_apart()`` says no (a form with unsaved input, an open dialog, a write
      still to answer).
    - The lock keeps the place of the area she locked in, ``ids_only`` (no field marked
      ``typed``), and gives it to ``restore`` after the unlock (the main window).
    """

    watches: tuple[DataKind, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        connect_for(self, ctx.changes, self._on_changes)
        connect_for(self, ctx.locked, self.clear)

    _refreshing = False

    def _on_changes(self, changes: Changes) -> None:
        # a write made while refreshing (housekeeping) never refreshes the area again
        if (self.ctx.is_unlocked and self.isVisible() and not self._refreshing
                and changes.touches(*self.watches)):
            self._refreshing = True
            try:
                self.refresh()
            finally:
                self._refreshing = False

    left = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.left = False
        if self.ctx.is_unlocked:
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().hideEvent(event)
        if not event.spontaneous() and self.ctx.is_unlocked:  # she left (not minimised)
            self.left = True
            self.release()

    def release(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass

    def open_record(self, record_id: str) -> None:
        pass

    rebuilt_when_left = False

    def place(self) -> object | None:
        """Her place here when she leaves (``rebuilt_when_left``); None: nothing to keep."""
        return None

    def restore(self, place: object) -> None:
        """Show again what ``place()`` kept (called on the new area before it is shown)."""

    def may_take_apart(self) -> bool:
        """True when deleting the area's widgets loses nothing: no form under it with
        unsaved input (kept as a draft at lock, or typed: ``holds_input``), no cell being
        edited, no dialog of it open. An area with a
        background write whose answer it still shows says no itself (Statistik)."""
        from ..notes.form_draft import unsaved_forms

        if not self.rebuilt_when_left or self.holds_input():
            return False
        if any(form.owner is self or self.isAncestorOf(form.owner) for form in unsaved_forms()):
            return False
        if any(view.state() == QAbstractItemView.State.EditingState
               for view in self.findChildren(QAbstractItemView)):
            return False   # a cell she is typing into
        return not any(dialog.isVisible() for dialog in self.findChildren(QDialog))

    def holds_input(self) -> bool:
        """True while a form of the area without a draft shows input she typed and has
        not saved (``common.typed.Baseline``), or a write she started has not answered."""
        return False

    def may_leave(self) -> bool:
        """Asked before another area is shown: False keeps her here (a form with
        unsaved edits asks first, see ``common/unsaved.py``)."""
        return True

    def focus_first_control(self) -> QWidget | None:
        """Put the keyboard on the area's first control, visibly (the shortcut reason makes
        the style draw the focus frame); a list gets a current row to show it on."""
        target = first_control(self)
        if target is None:
            return None
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(target, QAbstractItemView) and not target.currentIndex().isValid():
            model = target.model()
            if model is not None and model.rowCount() > 0:
                target.selectionModel().setCurrentIndex(model.index(0, 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
        return target


class PersonPanel(QWidget):
    """A panel on the person page (§ 8a, Einwilligungen): ``Panel(ctx, person_id)`` with
    ``refresh()`` and ``clear()`` (called on lock); the day is the one clock's
    (``domain.clock``). Subclasses build their widgets after ``super().__init__``."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        connect_for(self, ctx.locked, self.clear)

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass


TYPED = "typed"   # the metadata key of a place's field holding what she typed


def typed(default: Any = "") -> Any:
    """A field of a place holding what she typed (a search, an entry's title) or other
    text of the vault (Arbeitszeit's hints): kept when she leaves the area, never across
    the lock (``ids_only``). A dict default is made anew for each place."""
    if isinstance(default, dict):
        return field(default_factory=dict, metadata={TYPED: True})
    return field(default=default, metadata={TYPED: True})


def ids_only(place: Any) -> Any:
    """``place`` as the lock keeps it: every ``typed`` field back to its default, also in
    the places it holds (Einstellungen' pages, Datenschutz' lists: a dict of places), so
    that no text she typed stays in memory while the vault is locked."""
    if isinstance(place, dict):
        return {key: ids_only(value) for key, value in place.items()}
    if not is_dataclass(place) or isinstance(place, type):
        return place
    kept = {f.name: (f.default_factory() if f.default is MISSING  # type: ignore[misc]
                     else f.default) if f.metadata.get(TYPED) else ids_only(getattr(place, f.name))
            for f in fields(place) if f.init}
    return replace(place, **kept)


def first_control(container: QWidget) -> QWidget | None:
    """The first visible, enabled widget inside ``container`` that Tab reaches (through
    focus proxies; a plain scroll area is a frame around controls, not one itself)."""
    for widget in chain_inside(container):   # not round her window (``chain_inside``)
        target = widget.focusProxy() or widget
        if (container.isAncestorOf(target) and target.isVisible() and target.isEnabled()
                and target.focusPolicy() & Qt.FocusPolicy.TabFocus and type(target) is not QScrollArea):
            return target
    return None
