"""Move records in time by whole days, reading which field holds what from the record types.

Timestamps and dates move; clock times stay as they are (a breakfast at 08:25 is at 08:25 on
any day). A timestamp keeps its wall-clock time and its UTC offset, so the day it belongs to
moves by exactly the number of days asked for. Unsaved forms (drafts) have no fixed layout:
inside them a value moves when it is written as a full timestamp or a date, and nothing else
(free text included) is touched.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Union

from wellbeing_tui.domain.fields import TimeKind

_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP_SHAPE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$"
)

# What a field holds: a kind of time, a nested record type (or a list of them), or nothing
# that moves.
Layout = TimeKind | type


def _kind_of(hint: Any) -> Layout | None:
    """The time kind, or the nested record type, behind one type hint."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        for extra in hint.__metadata__:
            if isinstance(extra, TimeKind):
                return extra
        return _kind_of(hint.__origin__)
    if origin in (Union, types.UnionType):
        kinds = {k for arg in typing.get_args(hint) if (k := _kind_of(arg)) is not None}
        return kinds.pop() if len(kinds) == 1 else None
    if origin is tuple:
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return _kind_of(args[0]) if len(args) == 1 else None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return hint
    return None


@cache
def time_layout(record_type: type) -> dict[str, Layout]:
    """The fields of a record type that hold times or nested records, and what they hold."""
    hints = typing.get_type_hints(record_type, include_extras=True)
    layout: dict[str, Layout] = {}
    for item in dataclasses.fields(record_type):
        kind = _kind_of(hints[item.name])
        if kind is not None:
            layout[item.name] = kind
    return layout


def shift_timestamp(value: str, days: int) -> str:
    moment = datetime.fromisoformat(value) + timedelta(days=days)
    return moment.isoformat()


def shift_date(value: str, days: int) -> str:
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def shift_by_shape(value: Any, days: int) -> Any:
    """Move every full timestamp and date found anywhere in free-form data."""
    if isinstance(value, str):
        if _TIMESTAMP_SHAPE.match(value):
            try:
                return shift_timestamp(value, days)
            except ValueError:
                return value
        if _DATE_SHAPE.match(value):
            try:
                return shift_date(value, days)
            except ValueError:
                return value
        return value
    if isinstance(value, list | tuple):
        return [shift_by_shape(v, days) for v in value]
    if isinstance(value, Mapping):
        return {k: shift_by_shape(v, days) for k, v in value.items()}
    return value


def _shift_value(value: Any, layout: Layout, days: int) -> Any:
    if value is None:
        return None
    if layout is TimeKind.TIMESTAMP and isinstance(value, str):
        return shift_timestamp(value, days)
    if layout is TimeKind.DATE and isinstance(value, str):
        return shift_date(value, days)
    if layout is TimeKind.FORM:
        return shift_by_shape(value, days)
    if isinstance(layout, type):
        if isinstance(value, list | tuple):
            return [_shift_value(v, layout, days) for v in value]
        if isinstance(value, Mapping):
            return shift_doc(layout, value, days)
    return value  # clock times, and anything not shaped as the contract says


def shift_doc(record_type: type, doc: Mapping[str, Any], days: int) -> dict[str, Any]:
    """A copy of one stored record of ``record_type`` moved by ``days`` days."""
    layout = time_layout(record_type)
    return {
        key: _shift_value(value, layout[key], days) if key in layout else value
        for key, value in doc.items()
    }
