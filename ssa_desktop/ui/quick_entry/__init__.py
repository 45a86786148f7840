"""Quick contact entry (Ctrl+N)."""
