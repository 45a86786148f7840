"""Einstellungen: schools and post, security, language, about."""
