"""A fast, values-only reader for .xlsx sheets (lxml iterparse over the sheet XML).

openpyxl's read-only mode needs seconds for a 2,000-row survey because it builds a cell object
for every value; survey import only needs the values. This reader handles shared and inline
strings, numbers, booleans and dates (by the cell's number format). Anything it does not
understand raises ``Unsupported`` and the caller falls back to openpyxl. The archive has passed
the zip-bomb check before this runs; the XML parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any, Optional

from lxml import etree

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_BUILTIN_DATES = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


class Unsupported(Exception):
    """The workbook uses something this reader does not handle; use openpyxl instead."""


def _xml(zf: zipfile.ZipFile, name: str):
    try:
        return etree.fromstring(zf.read(name), _PARSER)
    except KeyError:
        return None


def _column_index(ref: str) -> int:
    index = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            index = index * 26 + ord(ch) - 64
        else:
            break
    return index - 1


def _sheet_path(zf: zipfile.ZipFile, sheet: Optional[str]) -> tuple[str, str, bool]:
    workbook = _xml(zf, "xl/workbook.xml")
    rels = _xml(zf, "xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        raise Unsupported("no xl/workbook.xml")
    sheets = [(s.get("name"), s.get(f"{_REL}id")) for s in workbook.iter(f"{_MAIN}sheet")]
    if not sheets:
        raise Unsupported("no sheets in the main namespace")
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{_PKG}Relationship")}
    if sheet is None:
        name, rid = sheets[0]
    else:
        match = [s for s in sheets if s[0] == sheet] or \
            ([sheets[int(sheet)]] if str(sheet).isdigit() and int(sheet) < len(sheets) else [])
        if not match:
            raise ImportFailed(N_("no sheet {sheet!r} (sheets: {sheets})",
                                  sheet=sheet, sheets=", ".join(s[0] for s in sheets)))
        name, rid = match[0]
    target = targets.get(rid)
    if not target:
        raise Unsupported("sheet relationship missing")
    path = target.lstrip("/") if target.startswith("/") else "xl/" + target
    pr = workbook.find(f"{_MAIN}workbookPr")
    date1904 = pr is not None and pr.get("date1904") in ("1", "true")
    return name, path, date1904


def _shared_strings(zf: zipfile.ZipFile) -> list[str]:
    root = _xml(zf, "xl/sharedStrings.xml")
    if root is None:
        return []
    out = []
    for si in root.iter(f"{_MAIN}si"):
        # Text runs (<r><t>) and plain <t>, but not phonetic readings (<rPh>).
        parts = [t.text or "" for t in si.iter(f"{_MAIN}t") if t.getparent().tag != f"{_MAIN}rPh"]
        out.append("".join(parts))
    return out


def _date_styles(zf: zipfile.ZipFile) -> set[int]:
    root = _xml(zf, "xl/styles.xml")
    if root is None:
        return set()
    custom = {}
    for fmt in root.iter(f"{_MAIN}numFmt"):
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", fmt.get("formatCode") or "")
        custom[int(fmt.get("numFmtId", "0"))] = bool(re.search(r"[dmyhs]", code, re.I)) and "general" not in code.lower()
    xfs = root.find(f"{_MAIN}cellXfs")
    out = set()
    for i, xf in enumerate(xfs if xfs is not None else []):
        fid = int(xf.get("numFmtId", "0"))
        if fid in _BUILTIN_DATES or custom.get(fid):
            out.add(i)
    return out


def read_rows(path: Path, sheet: Optional[str], max_rows: int, max_cols: int) -> tuple[list[list[Any]], str]:
    """The rows of one sheet as lists of values (str, int, float, bool, datetime or None)."""
    with zipfile.ZipFile(path) as zf:
        name, sheet_path, date1904 = _sheet_path(zf, sheet)
        shared = _shared_strings(zf)
        dates = _date_styles(zf)
        epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        rows: list[list[Any]] = []
        columns: dict[str, int] = {}
        try:
            with zf.open(sheet_path) as fh:
                for _event, row in etree.iterparse(fh, tag=f"{_MAIN}row", resolve_entities=False,
                                                   no_network=True, remove_comments=True):
                    if len(rows) >= max_rows:
                        raise ImportFailed(N_("too many rows (limit {limit})", limit=max_rows))
                    rows.append(_row(row, shared, dates, epoch, max_cols, columns))
                    row.clear()
        except KeyError:
            raise Unsupported(f"sheet part {sheet_path} missing") from None
    return rows, name


_C, _V, _T = f"{_MAIN}c", f"{_MAIN}v", f"{_MAIN}t"


def _row(row, shared: list[str], dates: set[int], epoch: dt.datetime, max_cols: int,
         columns: dict[str, int]) -> list[Any]:
    values: list[Any] = []
    for cell in row:
        if cell.tag != _C:
            continue
        ref = cell.get("r")
        if ref:
            letters = ref.rstrip("0123456789")
            index = columns.get(letters)
            if index is None:
                index = columns[letters] = _column_index(letters)
        else:
            index = len(values)
        if index >= max_cols:
            continue
        if index < len(values):
            raise Unsupported("cells out of order")
        if index > len(values):
            values.extend([None] * (index - len(values)))
        values.append(_value(cell, shared, dates, epoch))
    return values


def _value(cell, shared: list[str], dates: set[int], epoch: dt.datetime) -> Any:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(cell.itertext(_T))
    v = cell.find(_V)
    if v is None or v.text is None:
        return None
    text = v.text
    if kind == "s":
        return shared[int(text)]
    if kind in ("str", "e"):
        return text
    if kind == "b":
        return text == "1"
    number = float(text)
    style = cell.get("s")
    if style is not None and int(style) in dates:
        return epoch + dt.timedelta(days=number)
    return int(number) if number.is_integer() else number
