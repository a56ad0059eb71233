"""CSV and XLSX exports to a plain table: header names and rows of cell values.

CSV: encoding as for text files (BOM, UTF-8, UTF-16, Windows-1252), delimiter "," ";" tab or
"|" (sniffed from the header line, or an Excel "sep=;" line), quoted newlines. Broken quoting is
refused with the line number. XLSX: read-only and values only (formulas give their cached
results). Two header rows (a question over merged cells, options below, as Webropol and
Qualtrics write) are folded into one: "Question [Option]".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.safety import DEFAULT_LIMITS, Limits, check_archive
from tyokyky_qda.ingest.textnorm import check_binary_text, decode_bytes

csv.field_size_limit(64 * 1024 * 1024)  # long open answers; the file size cap still applies


@dataclass
class Table:
    """A header row and data rows of equal width; every cell is clean text ("" when empty)."""

    headers: list[str]
    rows: list[list[str]]
    notes: dict = field(default_factory=dict)
    header_rows: int = 1
    sheet: Optional[str] = None
    _columns: dict = field(default_factory=dict, repr=False)

    def column(self, index: int) -> list[str]:
        """The values of one column, top to bottom (cached)."""
        if index not in self._columns:
            self._columns[index] = [r[index] for r in self.rows]
        return self._columns[index]


def cell_text(value: Any) -> str:
    """A cell as clean text: numbers without a needless ".0", dates as ISO, NFC, LF line ends."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str) and value.isprintable() and value.isascii():
        return value.strip()  # the common case, without the work below
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = value if isinstance(value, str) else str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()


def read_table(path: Path, *, sheet: Optional[str] = None, header_rows: Optional[int] = None,
               delimiter: Optional[str] = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    """Read a .csv/.tsv/.txt table or an .xlsx/.xlsm workbook."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raw, notes, sheet_name = _read_xlsx(path, sheet, limits)
    else:
        raw, notes = _read_csv(path, delimiter, limits)
        sheet_name = None
    raw = [row for row in ([cell_text(c) for c in r] for r in raw) if any(row)]
    if not raw:
        raise ImportFailed(N_("the table is empty"))
    table = _with_headers(raw, header_rows, notes)
    table.sheet = sheet_name
    if not table.rows:
        raise ImportFailed(N_("the table has a header but no data rows"))
    return table


def _read_csv(path: Path, delimiter: Optional[str], limits: Limits) -> tuple[list[list[Any]], dict]:
    notes: dict = {"format": "csv"}
    text = decode_bytes(path.read_bytes(), notes)
    check_binary_text(text)
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0].strip()
    if re.fullmatch(r"sep=.", first):  # Excel's hint line
        delimiter = delimiter or first[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    delimiter = delimiter or _sniff_delimiter(text)
    notes["delimiter"] = {"\t": "tab"}.get(delimiter, delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[Any]] = []
    try:
        for row in reader:
            if len(rows) >= limits.max_table_rows:
                raise ImportFailed(N_("too many rows (limit {limit})", limit=limits.max_table_rows))
            rows.append(row[:limits.max_table_columns])
    except csv.Error as exc:
        raise ImportFailed(N_("broken CSV quoting near line {line}: {error}",
                              line=reader.line_num, error=exc)) from None
    return rows, notes


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line (outside quotes) into the most columns."""
    header = re.sub(r'"[^"]*"', '""', text[:20000]).split("\n", 1)[0]
    counts = {d: header.count(d) for d in (";", ",", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    if counts[best]:
        return best
    try:
        return csv.Sniffer().sniff(text[:20000], delimiters=";,\t|").delimiter
    except csv.Error:
        return ","


def _read_xlsx(path: Path, sheet: Optional[str], limits: Limits) -> tuple[list[list[Any]], dict, str]:
    check_archive(path, N_("Excel workbook"), limits)
    from tyokyky_qda.ingest import xlsx_fast

    try:
        rows, name = xlsx_fast.read_rows(path, sheet, limits.max_table_rows, limits.max_table_columns)
        return _trimmed(rows), {"format": "xlsx", "sheet": name}, name
    except ImportFailed:
        raise
    except Exception:  # noqa: BLE001 - anything unusual: let openpyxl read it (or say what is wrong)
        pass
    return _read_xlsx_openpyxl(path, sheet, limits)


def _trimmed(rows: list[list[Any]]) -> list[list[Any]]:
    width = max((max((i + 1 for i, c in enumerate(r) if c is not None), default=0) for r in rows), default=0)
    return [r[:width] for r in rows]


def _read_xlsx_openpyxl(path: Path, sheet: Optional[str], limits: Limits) -> tuple[list[list[Any]], dict, str]:
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises KeyError, zip and XML errors...
        raise ImportFailed(N_("corrupt Excel workbook ({error})", error=f"{type(exc).__name__}: {exc}")) from None
    try:
        ws = _pick_sheet(workbook, sheet)
        rows = []
        for row in ws.iter_rows(values_only=True, max_col=limits.max_table_columns):
            if len(rows) >= limits.max_table_rows:
                raise ImportFailed(N_("too many rows (limit {limit})", limit=limits.max_table_rows))
            rows.append(list(row))
        name = ws.title
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet part
        raise ImportFailed(N_("corrupt Excel sheet ({error})", error=f"{type(exc).__name__}: {exc}")) from None
    finally:
        workbook.close()
    return _trimmed(rows), {"format": "xlsx", "sheet": name}, name


def _pick_sheet(workbook, sheet: Optional[str]):
    sheets = workbook.worksheets
    if not sheets:
        raise ImportFailed(N_("the workbook has no worksheets"))
    if sheet is not None:
        if sheet in workbook.sheetnames:
            return workbook[sheet]
        if str(sheet).isdigit() and int(sheet) < len(sheets):
            return sheets[int(sheet)]
        raise ImportFailed(N_("no sheet {sheet!r} (sheets: {sheets})",
                              sheet=sheet, sheets=", ".join(workbook.sheetnames)))
    return sheets[0]


def _with_headers(raw: list[list[str]], header_rows: Optional[int], notes: dict) -> Table:
    width = max(len(r) for r in raw)
    raw = [r + [""] * (width - len(r)) for r in raw]
    top = raw[0]
    if header_rows is None:
        header_rows = 2 if len(raw) >= 2 and _second_header(top, raw[1]) else 1
    if header_rows == 2:
        headers = _fold_headers(top, raw[1])
        notes["header_rows"] = 2
    else:
        headers = top
    headers = _unique([h or f"Sarake {_column_letter(i)}" for i, h in enumerate(headers)])
    if any(not h for h in top) and header_rows == 1:
        notes.setdefault("warnings", []).append(N_("columns without a header were named by their letter"))
    return Table(headers, raw[header_rows:], notes, header_rows)


def _second_header(top: list[str], second: list[str]) -> bool:
    """Row 2 is a header too when it names options under blank (merged) question cells."""
    under_blank = any(not t and s for t, s in zip(top, second))
    filled = [s for s in second if s]
    return (under_blank and bool(top[0] or second[0]) and len(filled) >= 2
            and all(not re.fullmatch(r"-?\d+([.,]\d+)?", s) for s in filled) and len(set(filled)) == len(filled))


def _fold_headers(top: list[str], second: list[str]) -> list[str]:
    headers, current = [], ""
    for i, (t, s) in enumerate(zip(top, second)):
        if t:
            current = t
        spans = not t and s and current  # a merged question cell reaches over this column
        next_blank = i + 1 < len(top) and not top[i + 1] and second[i + 1]
        if (spans or (t and s and next_blank)) and s != current:
            headers.append(f"{current} [{s}]")
        else:
            headers.append(t or s)
    return headers


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        h = " ".join(h.split())
        if h in seen:
            seen[h] += 1
            out.append(f"{h} ({seen[h]})")
        else:
            seen[h] = 1
            out.append(h)
    return out


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
