"""The journal: the list of entries and the editor."""
