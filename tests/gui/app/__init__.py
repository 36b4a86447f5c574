"""Tests of ``desktop_app.gui.app``: start-up, the welcome window, the log and the crash dialog."""
