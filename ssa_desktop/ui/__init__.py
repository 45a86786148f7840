"""PySide6 user interface. Importing it protects ``None`` from a shiboken6 6.12 reference
bug on Python 3.11 (see ``none_guard``)."""

from .none_guard import protect_none

protect_none()
