"""Errors raised by the domain layer."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value that the data contract does not allow.

    ``field`` names the field to fix, so a form can point at it and the command line can
    print one line that says what is wrong.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
