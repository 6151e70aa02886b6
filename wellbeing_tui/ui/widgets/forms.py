"""Helpers for reading form fields into domain values, with the field named on error."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Input

from wellbeing_tui.domain.errors import ValidationError

# Forms keep a draft in the data file within this many seconds of the last key.
AUTOSAVE_SECONDS = 1.0


def optional_int(field: str, widget: Input, low: int, high: int) -> int | None:
    text = widget.value.strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(field, f"'{text}' is not a whole number")
    value = int(text)
    if not low <= value <= high:
        raise ValidationError(field, f"must be from {low} to {high}")
    return value


def rating_or_none(widget: Input) -> tuple[bool, int | None]:
    """(ok, value) of an optional 0-10 field; blank is ok and means not answered."""
    text = widget.value.strip()
    if not text:
        return True, None
    if text.isdigit() and 0 <= int(text) <= 10:
        return True, int(text)
    return False, None


class FormBody(VerticalScroll, can_focus=False):
    """The scrolling body of a form. It is no focus stop of its own (tab goes from field to
    field, each visibly focused); focusing a field scrolls it into view."""
