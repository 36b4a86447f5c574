"""Use cases the GUI and the CLI share; each one owns its transaction."""
