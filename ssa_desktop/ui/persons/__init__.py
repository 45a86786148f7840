"""Personen & Fälle: person list, person page, cases, timeline, working notes."""
