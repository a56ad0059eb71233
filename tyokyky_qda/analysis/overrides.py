"""Evaluator overrides of matrix cells, addressed through a computed matrix.

The evidence gives a cell its value; the evaluator may read it differently ("the interviews
mention it, but the effect is indirect") and record that with a memo. Overrides are stored by the
matrix's stable keys, shown in place of the computed value and marked in every export.
"""

from __future__ import annotations

from tyokyky_qda.analysis.matrix import MatrixResult
from tyokyky_qda.core.changes import Changes


def set_override(project, result: MatrixResult, row, col, value: str, memo: str = "") -> Changes:
    """Override a cell of ``result`` (row/col as labels, keys or positions) with a judgement."""
    row_key, col_key = result.key_of(row, col)
    return project.set_matrix_override(result.matrix_key, row_key, col_key, str(value), memo)


def clear_override(project, result: MatrixResult, row, col) -> Changes:
    """Remove a cell's override."""
    row_key, col_key = result.key_of(row, col)
    return project.clear_matrix_override(result.matrix_key, row_key, col_key)
