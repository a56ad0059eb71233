"""Sorting names the way people read them: "H2" before "H10", "[Henkilö 9]" before "[Henkilö 10]"."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> list:
    """A sort key comparing runs of digits as numbers and the rest case-insensitively.

    The split always alternates text and number parts (starting with text, maybe empty), so two
    keys never compare a number with a string."""
    return [int(part) if i % 2 else part.casefold() for i, part in enumerate(_DIGITS.split(str(text)))]
