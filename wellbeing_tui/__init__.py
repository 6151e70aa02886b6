"""wellbeing-tui: a calm, private terminal dashboard for hard days."""

__version__ = "0.1.0"
