"""Marks that the screens and the command line both show."""

from __future__ import annotations

# What a figure that was not logged shows as: never 0, which would say something was logged.
MISSING = "—"
