"""Pure domain logic: records of the data contract, their checks, and the figures made
from them. Nothing here imports Textual or TinyDB."""

from wellbeing_tui.domain.errors import ValidationError

__all__ = ["ValidationError"]
