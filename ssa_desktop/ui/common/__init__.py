"""Widgets and helpers shared by every feature folder."""
