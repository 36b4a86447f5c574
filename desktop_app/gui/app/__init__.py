"""Starting VisaCase: the entry point, the welcome window, new and open, the self-test, the log
file and the crash dialog."""
