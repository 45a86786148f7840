"""Vault dialogs: first-run wizard, unlock, emergency key."""
