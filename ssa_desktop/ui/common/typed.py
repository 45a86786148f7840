"""What a form without a draft showed when it was last filled: anything else on its
fields is input she typed and has not saved. An area holding such input is kept when she
leaves it (``Area.may_take_apart``); a rebuilt one would show the saved values again."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractSpinBox, QWidget


def shown(widget: QWidget):
    from ..notes.form_draft import read

    if isinstance(widget, QAbstractSpinBox):
        return widget.text()  # digits typed and not yet taken count too
    return read(widget)


class Baseline:
    """``Baseline(fields)``: ``start()`` when the form was filled (loaded, saved, emptied);
    ``typed()`` says whether a field now shows something else."""

    def __init__(self, fields: Iterable[QWidget]):
        self.fields = list(fields)
        self._values: list = []
        self.start()

    def values(self) -> list:
        return [shown(field) for field in self.fields]

    def start(self) -> None:
        self._values = self.values()

    def rebase(self, values: list) -> None:
        """The saved values are ``values`` while the fields keep what she typed."""
        self._values = list(values)

    def give_back(self, values: list) -> None:
        """The form was filled again (shown again, a change elsewhere) while she had typed
        ``values`` (``values()`` before): they stand again, what was filled is the saved."""
        from ..notes.form_draft import write

        saved = self.values()
        for field, value in zip(self.fields, values, strict=True):
            write(field, value)
        self.rebase(saved)

    def typed(self) -> bool:
        return self.values() != self._values
