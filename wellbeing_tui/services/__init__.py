"""What screens and commands ask for: a day, a week, a save, a draft. Only this layer calls
the Store; screens and commands hold a ``Diary`` and never the Store itself."""

from wellbeing_tui.services.diary import Diary

__all__ = ["Diary"]
