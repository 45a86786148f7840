"""Printable PDF documents (reportlab): emergency sheet, consultation slips, reports."""
