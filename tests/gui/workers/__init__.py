"""Tests of ``desktop_app.gui.workers``: background work."""
