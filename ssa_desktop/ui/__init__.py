"""PySide6 user interface: one folder per feature; ``shell`` holds the main window."""
