"""CSV: UTF-8 with a byte order mark so Excel opens ä and ö right; one file per table.

A matrix has its row labels in the first column and one column per column label (the group
column of grouped rows is left out). A report of several tables writes ``name-<table>.csv``
beside the requested path and returns every file written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from tyokyky_qda.export.model import Report, ReportChart, ReportTable, unique_keys

ENCODING = "utf-8-sig"


def table_frame(item) -> pd.DataFrame:
    """What a CSV of a table or chart holds."""
    if isinstance(item, ReportChart):
        return item.frame
    return item.frame[item.body_columns] if item.group_col else item.frame


def write_csv(report: Report, path: Path) -> list[Path]:
    """Write each table (and each chart's numbers) as CSV; returns the files."""
    path = Path(path)
    items = [i for i in report.items if isinstance(i, (ReportTable, ReportChart))]
    if len(items) <= 1:
        frame = table_frame(items[0]) if items else pd.DataFrame()
        frame.to_csv(path, index=False, encoding=ENCODING, lineterminator="\r\n")
        return [path]
    out = []
    for item, name in zip(items, unique_keys(items, limit=60)):
        slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "taulukko"
        target = path.with_name(f"{path.stem}-{slug}{path.suffix}")
        table_frame(item).to_csv(target, index=False, encoding=ENCODING, lineterminator="\r\n")
        out.append(target)
    return out
