"""The case file: one SQLite file holding a whole case, documents' bytes included."""
