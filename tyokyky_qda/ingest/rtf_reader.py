"""Rich Text Format (.rtf) to blocks, with striprtf; the code page comes from ``\\ansicpg``."""

from __future__ import annotations

import re
from pathlib import Path

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.blocks import Block

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def read_rtf(path: Path, notes: dict) -> list[Block]:
    """The paragraphs of an RTF file (table rows come out as cells joined by "|")."""
    from striprtf.striprtf import rtf_to_text

    data = path.read_bytes()
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportFailed(N_("not an RTF file (it does not start with {\\rtf)"))
    match = _CODEPAGE.search(data[:4096])
    codepage = f"cp{match.group(1).decode()}" if match else "cp1252"
    try:
        "".encode(codepage)
    except LookupError:
        codepage = "cp1252"
    try:
        # RTF itself is 7-bit; latin-1 maps any stray 8-bit byte to one character losslessly.
        text = rtf_to_text(data.decode("latin-1"), encoding=codepage, errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf fails in assorted ways on broken input
        raise ImportFailed(N_("corrupt RTF file ({error})", error=f"{type(exc).__name__}: {exc}")) from None
    notes["format"] = "rtf"
    notes["encoding"] = codepage
    return [Block(line) for line in text.split("\n") if line.strip()]
