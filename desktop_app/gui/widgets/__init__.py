"""Widgets of the case window."""
