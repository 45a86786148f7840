"""File exports of figures (CSV for German Excel, JSON); written atomically."""
