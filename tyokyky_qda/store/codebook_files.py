"""Read a codebook from any supported file: shipped JSON by name, .json, .qdc, .csv, .xlsx."""

from __future__ import annotations

from pathlib import Path

from tyokyky_qda.core.codebook import Codebook, load_codebook
from tyokyky_qda.core.errors import UserError


def read_codebook_file(name_or_path: str) -> Codebook:
    """A Codebook from a shipped name or a file path, chosen by extension."""
    suffix = Path(name_or_path).suffix.lower()
    if suffix in ("", ".json"):
        return load_codebook(name_or_path)
    if not Path(name_or_path).exists():
        raise UserError(f"codebook file not found: {name_or_path}")
    if suffix == ".qdc":
        from tyokyky_qda.refi.codebook_io import read_qdc  # provided by the REFI-QDA package
        return read_qdc(Path(name_or_path))
    if suffix in (".csv", ".xlsx"):
        from tyokyky_qda.team.codebook_exchange import read_codebook_table  # provided by team/
        return read_codebook_table(Path(name_or_path))
    raise UserError(f"unsupported codebook file type: {suffix}")
