"""The Finnish personal identity code (henkilötunnus): DDMMYYCNNNT with a checksum.

C is the century sign ("+" 1800s; "-", Y, X, W, V, U 1900s; A–F 2000s), NNN an individual
number and T the check character: ``CHECK_CHARS[int(DDMMYYNNN) % 31]``. Only codes whose check
character and date are right count as identity codes; a mistyped number is left for the reviewer.
"""

from __future__ import annotations

import calendar
import re
from typing import Iterator

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURIES = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
             "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}

#: Anything shaped like a code, valid or not (phone detection must not read it as a number).
SHAPE = re.compile(r"(?<![\w])(\d{2})(\d{2})(\d{2})([-+A-FUVWXY])(\d{3})([0-9A-Y])(?![\w])",
                   re.IGNORECASE)


def check_char(digits: str) -> str:
    """The check character of the nine digits DDMMYYNNN."""
    return CHECK_CHARS[int(digits) % 31]


def is_valid(code: str) -> bool:
    """True for a well-formed identity code with a right check character and a real date."""
    m = SHAPE.fullmatch(code.strip())
    return bool(m) and _valid_match(m)


def _valid_match(m: re.Match) -> bool:
    dd, mm, yy, sign, nnn, check = m.groups()
    year = CENTURIES[sign.upper()] + int(yy)
    month, day = int(mm), int(dd)
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return False
    if nnn in ("000", "001"):  # not issued
        return False
    return check_char(dd + mm + yy + nnn) == check.upper()


def find_codes(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, valid) of everything shaped like an identity code in ``text``."""
    for m in SHAPE.finditer(text):
        yield m.start(), m.end(), _valid_match(m)


def normalise(code: str) -> str:
    """The code in upper case, as the entity key."""
    return code.strip().upper()


def make_code(dd: int, mm: int, yy: int, sign: str, nnn: int) -> str:
    """A valid code for a date and individual number (for test fixtures and examples)."""
    digits = f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{check_char(digits)}"
