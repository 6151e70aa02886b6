"""Grounding: choose an exercise, set it up, do it, and say how it went."""
