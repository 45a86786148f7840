"""Schuljahreswechsel assistant (issue 17)."""
