"""The dialogs, one module each, and the one seam (``asking.Dialogs``) through which a window
asks the user anything."""
