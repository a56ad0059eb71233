"""Analysis results the evaluator writes: matrix cell overrides and findings tables.

None of these tables has a foreign key into sources, codes or codings: a finding keeps pointing at
the evidence it was written from (by coding id, with the range as a fallback) and must never stop
a code or a coding from being deleted.
"""

VERSION = 3


def migrate(db) -> None:
    """Create the override and findings tables."""
    # One judgement per matrix cell. matrix_key names the matrix (rows, columns, cell kind) by
    # stable keys (code GUIDs, attribute names), so overrides survive renames and re-imports.
    db["matrix_overrides"].create(
        {"id": int, "matrix_key": str, "row_key": str, "col_key": str, "value": str, "memo": str,
         "author": str, "created_at": str, "modified_at": str},
        pk="id", not_null={"matrix_key", "row_key", "col_key"},
        defaults={"value": "", "memo": "", "author": ""},
    )
    db["matrix_overrides"].create_index(["matrix_key", "row_key", "col_key"], unique=True)

    # A findings table (framework matrix): rows × columns given as axis specs ("group:<guid>").
    db["findings_tables"].create(
        {"id": int, "guid": str, "name": str, "rows_spec": str, "cols_spec": str, "description": str,
         "created_at": str, "modified_at": str},
        pk="id", not_null={"guid", "name", "rows_spec", "cols_spec"}, defaults={"description": ""},
    )
    db["findings_tables"].create_index(["guid"], unique=True)
    # content: the measure's aim/content for this column (left column of Tables 5–9);
    # summary: the researcher's findings, one bullet per line; status: draft | final.
    db["findings_cells"].create(
        {"id": int, "table_id": int, "row_key": str, "col_key": str, "content": str, "summary": str,
         "status": str, "author": str, "modified_at": str},
        pk="id", not_null={"table_id", "row_key", "col_key"},
        foreign_keys=[("table_id", "findings_tables", "id")],
        defaults={"content": "", "summary": "", "status": "final", "author": ""},
    )
    db["findings_cells"].create_index(["table_id", "row_key", "col_key"], unique=True)
    db["findings_links"].create(
        {"id": int, "cell_id": int, "coding_id": int, "source_id": int, "start": int, "end": int,
         "ordinal": int},
        pk="id", not_null={"cell_id", "source_id", "start", "end"},
        foreign_keys=[("cell_id", "findings_cells", "id")], defaults={"ordinal": 0},
    )
    db["findings_links"].create_index(["cell_id"])
