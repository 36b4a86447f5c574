"""The packet dialog's parts: the choices it collects, the order model, options and preview."""
