"""Form rows built from an entity's declaration: one choice from a list ("—" until
chosen) for each coded field the entity declares with ``columns.captured`` (a contact's
Sprachmittlung …) and, in ``DeclaredInputs``, a line for each free-text one, so a field
added there reaches the form without code of its own.

The label is the field's declared label (translated in the context "Fields", which
tools/update_translations.py fills from the declarations); its Alt key is the letter the
field declares (``captured(…, key="m")``: the same key in every form) when no other label
or button of the form uses it, else the first free letter of the label, given once the
form's rows are all there (``give_free_letters``). The quick entry takes the label with
its key from here too (``declared_label``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

from ...domain.columns import chosen_columns, form_columns
from ..i18n import translator
from .forms import CatalogueCombo
from .layout_items import item_parts
from .text_boxes import make_line_edit

tr = translator("Fields")


def coded_combos(entity: type) -> dict[str, CatalogueCombo]:
    """Column name → its selector, in declaration order; the accessible name is the
    field's label."""
    return {column.name: CatalogueCombo(column.catalogue, empty="—",
                                        accessible_name=tr(column.label or column.name))
            for column in chosen_columns(entity) if column.catalogue is not None}


def _letter(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if 0 <= at < len(text) - 1 else ""


def _taken(form: QFormLayout, buttons: tuple[QAbstractButton, ...]) -> set[str]:
    widgets: list[QWidget] = list(buttons)
    for widget, _nested in item_parts(form):
        if widget is not None:
            widgets += [widget, *widget.findChildren(QLabel)]
    return {_letter(w.text()) for w in widgets if isinstance(w, (QLabel, QAbstractButton))} - {""}


def coded_keys(entity: type) -> list[str]:
    """The Alt key each coded field of ``entity`` declares, as its translated label has
    it ("" none declared), in the order of ``coded_combos``."""
    return [_letter(declared_label(entity, column.name)) if column.key else ""
            for column in chosen_columns(entity) if column.catalogue is not None]


def declared_label(entity: type, name: str) -> str:
    """The translated label of the field ``name`` of ``entity`` with "&" before its
    declared key ("Sprach&mittlung", translated as a whole: "Interpr&eting"); the plain
    label where the field declares no key."""
    [column] = [c for c in chosen_columns(entity) if c.name == name]
    label = column.label or column.name
    return tr(with_free_letter(label, set(), column.key)) if column.key else tr(label)


def with_free_letter(text: str, taken: set[str], preferred: str = "") -> str:
    """``text`` with "&" before ``preferred`` (its first occurrence) when it is free, else
    before its first letter a–z not in ``taken`` (no Ä, Ö, Ü, ß: not on every keyboard;
    unchanged if none is free)."""
    at = text.lower().find(preferred.lower()) if preferred else -1
    if at >= 0 and preferred.lower() not in taken:
        return text[:at] + "&" + text[at:]
    for index, char in enumerate(text):
        if char.isascii() and char.isalpha() and char.lower() not in taken:
            return text[:index] + "&" + text[index:]
    return text


def with_own_letters(texts: list[str], taken: set[str]) -> list[str]:
    """``texts`` each with "&" before a letter a–z of its own, none in ``taken`` and no
    two alike: the earliest of its words where that still leaves one for every other
    (a matching, so a later text is not left without one by an earlier's choice);
    unchanged where none is left."""
    options = [[c for c in dict.fromkeys(text.lower()) if "a" <= c <= "z" and c not in taken]
               for text in texts]
    owner: dict[str, int] = {}

    def place(index: int, seen: set[str]) -> bool:
        for char in options[index]:
            if char not in seen:
                seen.add(char)
                if char not in owner or place(owner[char], seen):
                    owner[char] = index
                    return True
        return False

    for index in range(len(texts)):
        place(index, set())
    chosen = {index: char for char, index in owner.items()}
    out = []
    for index, text in enumerate(texts):
        at = text.lower().find(chosen[index]) if index in chosen else -1
        out.append(text[:at] + "&" + text[at:] if at >= 0 else text)
    return out


def letters_shown(widget: QWidget, besides: QWidget | None = None) -> set[str]:
    """The Alt letters the window of ``widget`` shows now: its menus' titles, its visible
    buttons, tabs and labels with a field (what a new label's letter must not repeat);
    none inside ``besides`` (the stack of pages whose page is changing)."""
    window = widget.window()
    texts = [action.text() for action in (window.menuBar().actions()
                                          if isinstance(window, QMainWindow) else [])]
    for child in window.findChildren(QWidget):
        if not child.isVisible() or (besides is not None and besides.isAncestorOf(child)):
            continue
        if isinstance(child, QAbstractButton) or (isinstance(child, QLabel)
                                                  and child.buddy() is not None):
            texts.append(child.text())
        elif isinstance(child, QTabBar):
            texts += [child.tabText(index) for index in range(child.count())]
    return {_letter(text) for text in texts} - {""}


def give_free_letters(labels: list[QLabel], form: QFormLayout,
                      *buttons: QAbstractButton, keys: list[str] | None = None) -> None:
    """Give each of ``labels`` (plain texts) an Alt key no other label of ``form`` or
    button uses: its declared one of ``keys`` (same order, ``coded_keys``) when free."""
    taken = _taken(form, buttons)
    for label, key in zip(labels, keys or [""] * len(labels), strict=True):
        label.setText(with_free_letter(label.text(), taken, key))
        taken.add(_letter(label.text()))


class DeclaredInputs:
    """The inputs of every field ``entity`` declares with ``columns.captured`` holding one
    text (``columns.form_columns``): a choice from a list for a coded one, a line for free
    text; named by the field's translated label. A form adds ``rows()`` to its layout and
    passes its values through ``load`` / ``values`` (and its draft through ``restore``)."""

    def __init__(self, entity: type):
        self.columns = form_columns(entity)
        self.widgets: dict[str, CatalogueCombo | QLineEdit] = {
            c.name: (CatalogueCombo(c.catalogue, empty="—", accessible_name=tr(c.label or c.name))
                     if c.catalogue is not None else make_line_edit(tr(c.label or c.name)))
            for c in self.columns}

    def rows(self) -> list[tuple[str, QWidget]]:
        """(plain translated label, input) per field, in declaration order."""
        return [(self.widgets[c.name].accessibleName(), self.widgets[c.name]) for c in self.columns]

    def keys(self) -> list[str]:
        """The Alt key each field declares ("" none), in the order of ``rows``."""
        return [c.key.lower() for c in self.columns]

    def on_change(self, slot: Callable[..., None]) -> None:
        """``slot`` runs when she changes a field (not when ``load`` fills it)."""
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(slot)
            else:
                widget.activated.connect(slot)

    def load(self, record: object) -> None:
        self.restore({name: getattr(record, name) for name in self.widgets})

    def restore(self, data: dict[str, str]) -> None:
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                widget.setText(data.get(name, ""))
            else:
                widget.set_code(data.get(name) or None)

    def values(self) -> dict[str, str]:
        """Field name → what is on screen (free text stripped; "" nothing chosen)."""
        return {name: (w.text().strip() if isinstance(w, QLineEdit) else w.code())
                for name, w in self.widgets.items()}
