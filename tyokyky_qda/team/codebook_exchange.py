"""Codebooks as CSV and XLSX tables (one row per code, its path in the first column), and
merging a codebook into a project with the same matching as project merges."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.codebook import Codebook, CodeNode
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.team.matching import DEFAULT_THRESHOLD, CodeInfo, CodeMatch, code_infos, match_codes

COLUMNS = ["path", "description", "color", "keywords", "guid", "name_en", "description_en", "keywords_en"]
KEYWORD_SEP = ";"


def codebook_rows(project) -> list[dict]:
    """One dict per code in tree order, with the table columns."""
    paths = project.code_paths()
    return [{"path": paths[c.id], "description": c.description, "color": c.color,
             "keywords": KEYWORD_SEP.join(c.keywords), "guid": c.guid, "name_en": c.name_en,
             "description_en": c.description_en, "keywords_en": KEYWORD_SEP.join(c.keywords_en)}
            for c in project.codes()]


def write_codebook_table(project, path: Path) -> Path:
    """Write the project's codebook as .csv (UTF-8 with BOM) or .xlsx."""
    path = Path(path)
    rows = codebook_rows(project)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    elif path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        wb = Workbook()
        ws = wb.active
        ws.title = "Koodikirja"
        ws.append(COLUMNS)
        for r in rows:
            ws.append([r[c] for c in COLUMNS])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col, width in zip("ABCDEFGH", (60, 80, 10, 40, 38, 40, 60, 40)):
            ws.column_dimensions[col].width = width
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        wb.save(path)
    else:
        raise UserError(N_("codebook tables are .csv or .xlsx, not {suffix}", suffix=path.suffix))
    return path


def _read_rows(path: Path) -> list[dict]:
    if path.suffix.lower() == ".csv":
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "cp1252"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:  # the sniffer gives up on some plain files; comma is the default
            dialect = csv.excel
        return list(csv.DictReader(io.StringIO(text), dialect=dialect))
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    if not rows:
        return []
    header = [str(h or "").strip() for h in rows[0]]
    return [{h: ("" if v is None else str(v)) for h, v in zip(header, r)} for r in rows[1:]]


def read_codebook_table(path: Path) -> Codebook:
    """A Codebook from a .csv or .xlsx table with at least a ``path`` (or ``name``) column."""
    path = Path(path)
    try:
        rows = _read_rows(path)
    except Exception as exc:  # noqa: BLE001 - any reader failure is one clear message
        raise UserError(N_("{file}: cannot read the codebook table ({error})", file=path.name, error=exc)) from exc
    if rows and "path" not in rows[0] and "name" not in rows[0]:
        raise UserError(N_("{file}: a codebook table needs a 'path' column", file=path.name))
    roots: list[CodeNode] = []
    nodes: dict[str, CodeNode] = {}
    for r in rows:
        full = (r.get("path") or r.get("name") or "").strip().strip("/")
        if not full:
            continue
        parts = [p.strip() for p in full.split("/")]
        parent: Optional[CodeNode] = None
        for depth in range(len(parts)):
            key = "/".join(parts[:depth + 1])
            if key not in nodes:
                nodes[key] = CodeNode(name=parts[depth])
                (parent.children if parent else roots).append(nodes[key])
            parent = nodes[key]
        node = nodes[full if "/" not in full else "/".join(parts)]
        node.description = r.get("description", "") or ""
        node.color = r.get("color", "") or ""
        node.guid = r.get("guid", "") or ""
        node.keywords = [k.strip() for k in (r.get("keywords") or "").split(KEYWORD_SEP) if k.strip()]
        node.name_en = r.get("name_en", "") or ""
        node.description_en = r.get("description_en", "") or ""
        node.keywords_en = [k.strip() for k in (r.get("keywords_en") or "").split(KEYWORD_SEP) if k.strip()]
    return Codebook(name=path.stem, codes=roots)


def _codebook_infos(codebook: Codebook) -> tuple[list[CodeInfo], dict[int, CodeNode]]:
    infos, nodes = [], {}
    keys: dict[int, int] = {}
    for path, node in codebook.walk():
        key = len(infos) + 1
        keys[id(node)] = key
        nodes[key] = node
        infos.append(CodeInfo(key, node.name, "/".join(path), node.guid, node.description, node.keywords))
    for path, node in codebook.walk():
        for child in node.children:
            infos[keys[id(child)] - 1].parent_key = keys[id(node)]
    return infos, nodes


def plan_codebook_merge(project, codebook: Codebook, threshold: float = DEFAULT_THRESHOLD) -> list[CodeMatch]:
    """Proposed matches of a codebook's codes onto the project's codes."""
    infos, _ = _codebook_infos(codebook)
    return match_codes(infos, code_infos(project), threshold)


def apply_codebook_merge(project, codebook: Codebook, plan: list[CodeMatch]) -> Changes:
    """Add the codebook's unmatched codes under their (mapped) parents; matched codes gain the
    definition and keywords they lacked."""
    infos, nodes = _codebook_infos(codebook)
    decisions = {m.other: m for m in plan}
    mapping: dict[int, int] = {}
    with project.transaction("merge codebook", name=codebook.name) as ch:
        for info in infos:
            node, m = nodes[info.key], decisions.get(info.key)
            if m is not None and m.decision == "accept" and m.target is not None:
                mapping[info.key] = m.target
                current = project.code(m.target)
                updates = {}
                if not current.description and node.description:
                    updates["description"] = node.description
                if node.keywords and set(node.keywords) - set(current.keywords):
                    updates["keywords"] = current.keywords + [k for k in node.keywords if k not in current.keywords]
                if updates:
                    project.update_code(m.target, **updates)
                continue
            parent = mapping.get(info.parent_key) if info.parent_key else None
            taken = node.guid and project.conn.execute("SELECT 1 FROM codes WHERE guid=?",
                                                       (node.guid.strip("{}").lower(),)).fetchone()
            mapping[info.key] = project.add_code(
                node.name, parent, description=node.description, color=node.color or "#808080",
                keywords=node.keywords, guid="" if taken else node.guid, name_en=node.name_en,
                description_en=node.description_en, keywords_en=node.keywords_en).id
    return ch
