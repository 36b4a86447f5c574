"""Tests of ``desktop_app.gui.widgets``: the reusable widgets."""
