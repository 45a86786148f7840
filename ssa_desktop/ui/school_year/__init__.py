"""Schuljahreswechsel assistant."""
