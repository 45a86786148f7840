"""Arbeitszeit: time shares, weekly grid, stopwatch, absences, targets (docs/timeshare.md)."""
