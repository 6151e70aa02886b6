"""Walks over every screen, form or place: a few stops run in the quick suite, the rest only
in the whole one (CI's), so that `pytest -m "not slow"` stays quick to run while working."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pytest
from _pytest.mark import ParameterSet


def quick_few(
    ids: Sequence[str], arguments: Sequence[tuple[object, ...]], quick: Collection[str]
) -> list[ParameterSet]:
    """Each stop's `arguments` as a parameter set named by `ids`, marked slow unless its id is in
    `quick`. A quick id that names no stop is an error, so a renamed screen never turns a walk
    slow without a word."""
    unknown = set(quick) - set(ids)
    if unknown:
        raise ValueError(f"no such stop to keep quick: {sorted(unknown)}")
    return [
        pytest.param(
            *values,
            id=name,
            marks=() if name in quick else (pytest.mark.slow,),
        )
        for name, values in zip(ids, arguments, strict=True)
    ]
