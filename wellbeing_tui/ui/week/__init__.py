"""The week review."""
