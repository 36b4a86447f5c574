"""Tests of ``desktop_app.gui.dialogs``: the dialogs."""
