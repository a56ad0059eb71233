"""Write an agreement result as a report table (.xlsx, .csv, .docx or .json)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_, in_language


def agreement_frame(result: dict, lang: str = "fi") -> pd.DataFrame:
    """One row per code plus an overall row."""
    fi = lang == "fi"
    rows = [{"code": c["path"], "units": c["units"], "prevalence": c["prevalence"], "percent": c["percent"],
             "kappa": c["kappa"], "alpha": c["alpha"]} for c in result["codes"]]
    o = result["overall"]
    rows.append({"code": "Yhteensä" if fi else "Overall", "units": o["units"], "prevalence": o["prevalence"],
                 "percent": o["percent"], "kappa": o["kappa"], "alpha": o["alpha"]})
    df = pd.DataFrame(rows)
    if fi:
        df.columns = ["Koodi", "Yksiköitä", "Esiintyvyys", "Yhtäpitävyys-%", "Cohenin kappa",
                      "Krippendorffin alfa"]
    return df


def write_agreement_report(result: dict, path: Path, lang: str = "fi") -> Path:
    """Write the agreement table with the unit and coders stated."""
    path = Path(path)
    df = agreement_frame(result, lang)
    unit_fi = {"character": "merkki", "segment": "segmentti (puheenvuoro, vastaus, kenttä)", "source": "lähde"}
    note = (f"Yksikkö: {unit_fi.get(result['unit'], result['unit'])}; koodaajat: {', '.join(result['coders'])}; lähteitä "
            f"{len(result['sources'])}. " if lang == "fi" else
            f"Unit: {result['unit']}; coders: {', '.join(result['coders'])}; sources {len(result['sources'])}. ")
    # Warnings are core messages: written in the report's language like its headings.
    warnings = [in_language(w, lang) for w in result["warnings"]]
    suffix = path.suffix.lower()
    if suffix == ".json":
        path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    elif suffix == ".csv":
        df.to_csv(path, index=False, encoding="utf-8-sig")
    elif suffix == ".xlsx":
        with pd.ExcelWriter(path, engine="openpyxl") as xw:
            df.to_excel(xw, index=False, sheet_name="Yhtäpitävyys" if lang == "fi" else "Agreement")
            ws = xw.sheets[next(iter(xw.sheets))]
            ws.freeze_panes = "A2"
            ws.column_dimensions["A"].width = 70
            ws.cell(row=len(df) + 3, column=1, value=note.strip())
            for row, warning in enumerate(warnings, start=len(df) + 4):  # one warning a row
                ws.cell(row=row, column=1, value=warning)
    elif suffix == ".docx":
        from docx import Document

        doc = Document()
        doc.add_paragraph(("Taulukko. Koodaajien välinen yhtäpitävyys" if lang == "fi"
                           else "Table. Inter-coder agreement"), style="Caption")
        table = doc.add_table(rows=1, cols=len(df.columns))
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, df.columns):
            cell.text = str(name)
        for _, row in df.iterrows():
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = "—" if value is None or (isinstance(value, float) and pd.isna(value)) else (
                    f"{value:.3f}" if isinstance(value, float) else str(value))
        doc.add_paragraph(note.strip())
        for warning in warnings:
            doc.add_paragraph(warning, style="List Bullet")
        doc.save(path)
    else:
        raise UserError(N_("agreement reports are .xlsx, .csv, .docx or .json, not {suffix}", suffix=suffix))
    return path
