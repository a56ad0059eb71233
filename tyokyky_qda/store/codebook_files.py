"""Read a codebook from any supported file: shipped JSON by name, .json, .qdc, .csv, .xlsx."""

from __future__ import annotations

from pathlib import Path

from tyokyky_qda.core.codebook import Codebook, load_codebook
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_


def read_codebook_file(name_or_path: str) -> Codebook:
    """A Codebook from a shipped name or a file path, chosen by extension."""
    suffix = Path(name_or_path).suffix.lower()
    if suffix in ("", ".json"):
        return load_codebook(name_or_path)
    if not Path(name_or_path).exists():
        raise UserError(N_("codebook file not found: {path}", path=name_or_path))
    if suffix == ".qdc":
        from tyokyky_qda.refi.codebook_io import read_qdc  # provided by the REFI-QDA package
        return read_qdc(Path(name_or_path))
    if suffix in (".csv", ".xlsx"):
        from tyokyky_qda.team.codebook_exchange import read_codebook_table  # provided by team/
        return read_codebook_table(Path(name_or_path))
    raise UserError(N_("unsupported codebook file type: {suffix}", suffix=suffix))
