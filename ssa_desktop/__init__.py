"""SSA Desktop: offline documentation for school social work (Schulsozialarbeit)."""

__version__ = "0.1.0"
APP_NAME = "SSA Desktop"
