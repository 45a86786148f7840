"""PySide6 user interface. Importing it protects ``None``, ``True`` and ``False`` from a
shiboken6 6.12 reference bug on Python 3.11 (see ``none_guard``)."""

from .none_guard import protect_bools, protect_none

protect_none()
protect_bools()
