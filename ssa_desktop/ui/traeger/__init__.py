"""The Träger kit's dialog for the coordinator without a vault (docs/traeger.md)."""
