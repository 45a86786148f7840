"""Unsaved input of a dialog or form, kept as a draft across Strg+L, the auto-lock and
Strg+Q.

A ``FormDraft`` watches the fields of one dialog or form. What they hold when the form
was loaded is its baseline; anything else is unsaved input. At lock the main window
calls ``keep_all()`` before any dialog is closed or any area cleared: every form with
unsaved input writes a draft (kind ``form``) into the vault, through the same draft
storage as the quick entry (``services.notes``). At quit the main window asks first
(``unsaved()``): save, keep as draft, discard or cancel. After unlocking the Übersicht
offers the draft ("Entwurf: Termin mit K-17 (7b) vom …"); the area that owns the form opens it with the
values restored. Saving or discarding removes it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...domain.entities import Draft, new_id
from ...services import notes
from ..common.forms import CodeListEdit, DateField, DurationField
from ..common.lifetime import connect_for
from ..context import AppContext
from .autosave import DraftAutosaver

_KEEPERS: weakref.WeakSet[FormDraft] = weakref.WeakSet()

Fields = list[tuple[str, QWidget]]


def _alive(obj) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # the C++ object is gone
        return False
    return True


def read(widget: QWidget):
    """The raw value on screen (what she typed; nothing resolved or refused)."""
    if isinstance(widget, DurationField):
        return widget.minutes()
    if isinstance(widget, CodeListEdit):
        return [*widget._codes, widget.edit.text()] if widget.edit.text() else list(widget._codes)
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QTimeEdit):
        return widget.time().toString("HH:mm")
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    raise TypeError(f"no draft for {type(widget).__name__}")


def _write_codes(widget: CodeListEdit, value) -> None:
    """Known codes become chips; the last unknown word stays typed in the field."""
    codes = [c for c in value or [] if c in widget.catalogue]
    widget.set_codes(codes)
    rest = [c for c in value or [] if c not in widget.catalogue]
    widget.edit.setText(rest[-1] if rest else "")


def _write_choice(widget: QComboBox, value) -> None:
    index = widget.findText(str(value or ""))
    if index >= 0:
        widget.setCurrentIndex(index)
    if widget.isEditable():
        widget.setEditText(str(value or ""))


def _write_time(widget: QTimeEdit, value) -> None:
    from PySide6.QtCore import QTime

    widget.setTime(QTime.fromString(str(value), "HH:mm"))


def _write_date(widget: DateField, value) -> None:
    """Typed text read as she would have typed it (refused visibly when it is no date)."""
    widget.setText(str(value or ""))
    widget._edited("")
    widget.commit()


# The first matching kind wins: DurationField and DateField before the Qt widgets they are.
_WRITERS: tuple[tuple[type | tuple[type, ...], Callable[..., None]], ...] = (
    (DurationField, lambda widget, value: widget.set_minutes(int(value or 0))),
    (CodeListEdit, _write_codes),
    (QComboBox, _write_choice),
    (QTimeEdit, _write_time),
    ((QSpinBox, QDoubleSpinBox), lambda widget, value: widget.setValue(value or 0)),
    (QCheckBox, lambda widget, value: widget.setChecked(bool(value))),
    (DateField, _write_date),
    (QLineEdit, lambda widget, value: widget.setText(str(value or ""))),
    (QPlainTextEdit, lambda widget, value: widget.setPlainText(str(value or ""))),
)


def write(widget: QWidget, value) -> None:
    """Put a value of ``read`` back on screen."""
    for kind, put in _WRITERS:
        if isinstance(widget, kind):
            put(widget, value)
            return


def shown_text(widget: QWidget, value) -> str:
    if isinstance(widget, CodeListEdit):
        return ", ".join(widget.catalogue.label(c) if c in widget.catalogue else str(c)
                         for c in value)
    if isinstance(widget, QCheckBox):
        return "ja" if value else ""
    if isinstance(widget, QAbstractSpinBox) and not value:
        return ""
    return str(value)


class FormDraft(DraftAutosaver):
    """``FormDraft(ctx, form, owner, fields, save=…, title=…)``.

    ``fields``: (key, widget) pairs, restored in this order; ``save()`` saves the form
    as its own button does and says whether it worked; ``title`` names the form in the
    quit question. ``start()`` sets the baseline (after loading a record)."""

    def __init__(self, ctx: AppContext, form: str, owner: QWidget, fields: Fields, *,
                 save: Callable[[], bool], title: str, person_id: str = "",
                 record_id: str = "", person_of: Callable[[], str] | None = None,
                 watched: tuple[str, ...] = ()):
        super().__init__(ctx, notes.FORM_DRAFT_KIND, self._payload, "", owner)
        self.form = form
        self.owner = owner
        self.fields = fields
        self.save = save
        self.title = title
        self.person_of = person_of  # the person chosen on screen (the draft is hers)
        # an entry form that keeps some values for the next entry: only these count
        self.watched = watched
        self._baseline: dict | None = None
        self.start(person_id=person_id, record_id=record_id)
        # an area's form lives across sessions: the next lock writes into the new one
        connect_for(self, ctx.unlocked, self._track_session)
        _KEEPERS.add(self)

    def _track_session(self) -> None:
        self._session = self.ctx.session or self._session

    # -- state ---------------------------------------------------------------------------
    def values(self) -> dict:
        return {key: read(widget) for key, widget in self.fields}

    def start(self, *, person_id: str = "", record_id: str = "") -> None:
        """The form now shows a record (or a new, empty one): its values are the
        baseline, and a draft written from now on is a new one."""
        self._timer.stop()
        self.person_id = person_id or ""
        self.record_id = record_id or ""
        self.ref = self.person_id or self.record_id
        self.draft_id = new_id()
        self._written = False
        self.enabled = True
        self._session = self.ctx.session or self._session
        self._baseline = self.values()

    def rebase(self, baseline: dict, fields: Fields | None = None) -> None:
        """The form was filled again and keeps what she typed (a page reloaded, a table's
        boxes made anew): ``baseline`` holds the saved values, ``fields`` the widgets now
        shown. Unlike ``start`` the draft stays the same one."""
        if fields is not None:
            self.fields = fields
        self._baseline = dict(baseline)

    def unsaved(self) -> bool:
        if not (self.enabled and _alive(self) and _alive(self.owner)):
            return False
        if not self.owner.isEnabled():  # e.g. a group form with nothing shown
            return False
        if self._baseline is None:
            return False
        values = self.values()
        keys = self.watched or tuple(values)
        return any(values[k] != self._baseline.get(k) for k in keys)

    def _payload(self) -> dict | None:
        if not self.unsaved():
            return None
        values = self.values()
        if self.person_of is not None:
            self.person_id = self.person_of() or ""
            self.ref = self.person_id or self.record_id
        shown = [(widget.accessibleName() or key, shown_text(widget, values[key]))
                 for key, widget in self.fields]
        return notes.form_draft_payload(self.form, values, shown, person_id=self.person_id,
                                        record_id=self.record_id)

    # -- keep, restore, drop ---------------------------------------------------------------
    def keep(self) -> bool:
        """Write the draft now (at lock, at quit); True if one was written."""
        return self.flush()

    def restore(self, draft: Draft) -> None:
        """Show the values of ``draft`` and continue it (saving or discarding removes it)."""
        values = notes.draft_data(draft).get("values", {})
        for key, widget in self.fields:
            if key in values:
                write(widget, values[key])
        self.adopt(draft.id)

    def drop(self) -> None:
        """Saved or thrown away: the draft goes; the form has no unsaved input."""
        if self._written:
            self._write(notes.delete_draft, self.draft_id)
        self._written = False
        self._baseline = self.values()

    def stop(self) -> None:
        """The form is closed for good: nothing more to keep."""
        self.enabled = False
        self._timer.stop()


def keep_all() -> None:
    """At lock: every form with unsaved input keeps it as a draft."""
    for keeper in list(_KEEPERS):
        if keeper.unsaved():
            keeper.keep()


def unsaved_forms() -> list[FormDraft]:
    """The forms with unsaved input (asked about before quitting)."""
    return [k for k in list(_KEEPERS) if k.unsaved()]


def find_draft(ctx: AppContext, record_id: str, form: str) -> Draft | None:
    """The form draft named by an Übersicht record id ("form-draft:<id>")."""
    from ...services.overview import FORM_DRAFT_PREFIX

    if not record_id.startswith(FORM_DRAFT_PREFIX) or not ctx.is_unlocked:
        return None
    draft = notes.get_draft(ctx.conn, record_id[len(FORM_DRAFT_PREFIX):])
    if draft is None or notes.draft_data(draft).get("form") != form:
        return None
    return draft
