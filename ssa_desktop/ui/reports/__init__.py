"""Printing and report dialogs (Beratungszettel, Jahresbericht)."""
