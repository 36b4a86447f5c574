"""Tests of ``desktop_app.gui.packet``: the packet dialog and printing."""
