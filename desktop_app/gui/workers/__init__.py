"""Slow work off the GUI thread: runnables that report through signals and honour Cancel."""
