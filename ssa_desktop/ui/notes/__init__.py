"""Note editing: autosaved drafts, the note editor, corrections and working notes."""
