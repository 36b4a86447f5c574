"""The case window and what belongs to it: its menus, undoable edits, import, paste, and the
actions on documents, applicants and the checklist."""
