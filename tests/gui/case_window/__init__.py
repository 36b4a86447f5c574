"""Tests of ``desktop_app.gui.case_window``: the case window, its edits, keys and masking."""
