"""``tyokyky-qda export PROJECT REPORT --out PATH``: report tables as XLSX, CSV, DOCX, PDF or HTML.

REPORT is one of segments, frequencies, matrix, findings, cooccurrence, words, survey, codebook,
or ``all`` (every report table into the folder ``--out``). The format follows the extension.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tyokyky_qda.commands.common import LineProgress, open_project, parse_attrs, print_json
from tyokyky_qda.core.errors import UserError

REPORT_NAMES = ("segments", "frequencies", "matrix", "findings", "cooccurrence", "words", "survey", "codebook", "all")
CELLS = ("segments", "sources", "percent-row", "percent-col", "presence", "effect")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the export sub-command."""
    p = sub.add_parser("export", help="export report tables (xlsx, csv, docx, pdf, html)",
                       description="Export report tables; the format follows the extension of --out.")
    p.add_argument("project")
    p.add_argument("report", choices=REPORT_NAMES)
    p.add_argument("--out", required=True, help="output file (.xlsx .csv .docx .pdf .html); a folder for 'all'")
    p.add_argument("--lang", choices=("fi", "en"), default="fi", help="labels of the tables (default fi)")
    p.add_argument("--pseudonymise", action="store_true", help="write quotes and names pseudonymised")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    m = p.add_argument_group("matrix and findings")
    m.add_argument("--rows", default="group:Toimenpiteet", help="group:NAME, attribute:NAME, source, case or coder")
    m.add_argument("--cols", default="group:Tavoitteet", help="as --rows")
    m.add_argument("--cell", choices=CELLS, default="effect")
    m.add_argument("--effect-group", default="Vaikutukset", help="code group whose children are effect levels")
    m.add_argument("--drop-empty", choices=("none", "rows", "groups"), default="none",
                   help="leave out rows (or row groups) without any segment")
    m.add_argument("--table", default=None, help="findings table id or name (default: all, or a draft)")
    m.add_argument("--form", choices=("columns", "grid"), default="columns",
                   help="findings: one table per column (Tables 5-9) or one grid")
    q = p.add_argument_group("selection")
    q.add_argument("--query", default=None, help="code query, e.g. \"[T1] AND [Suora vaikutus]\"")
    q.add_argument("--by", default=None, help="frequencies/words: source_kind, attribute:NAME, case, coder, source, code")
    q.add_argument("--measure", choices=("segments", "sources", "words"), default="segments")
    q.add_argument("--codes", action="append", default=None, metavar="CODE", help="code group in scope (repeatable)")
    q.add_argument("--top", type=int, default=50, help="words: how many lemmas")
    q.add_argument("--kind", action="append", default=None, help="only sources of this kind (repeatable)")
    q.add_argument("--coder", action="append", default=None, help="only codings by this coder (repeatable)")
    q.add_argument("--case", action="append", default=None, help="only segments of this case (repeatable)")
    q.add_argument("--where", action="append", default=None, metavar="ATTR=VALUE",
                   help="only segments whose source or case has this attribute value (repeatable)")
    q.add_argument("--formats", default="xlsx,docx,pdf", help="for 'all': comma-separated formats")
    p.set_defaults(func=cmd_export)


def _options(args):
    from tyokyky_qda.analysis.scope import SegmentFilter
    from tyokyky_qda.export.catalog import ReportOptions

    where: dict[str, list[str]] = {}
    for key, value in parse_attrs(args.where).items():
        where.setdefault(key, []).append(value)
    flt = SegmentFilter(source_kinds=tuple(args.kind or ()), coders=tuple(args.coder or ()),
                        cases=tuple(args.case or ()), attributes=where)
    return ReportOptions(lang=args.lang, pseudonymise=args.pseudonymise, filter=flt, rows=args.rows, cols=args.cols,
                         cell=args.cell, effect_group=args.effect_group, drop_empty=args.drop_empty,
                         query=args.query, by=args.by, measure=args.measure, codes=args.codes,
                         findings_table=args.table, findings_form=args.form, top=args.top)


def cmd_export(args) -> int:
    """Build the report and write it; print where."""
    from tyokyky_qda.export import FORMATS, write_report
    from tyokyky_qda.export.bundle import export_report_bundle
    from tyokyky_qda.export.catalog import build_report

    out = Path(args.out)
    progress = LineProgress(quiet=args.quiet or args.json)
    with open_project(args.project, readonly=True) as project:
        if args.report == "all":
            formats = [f.strip() for f in args.formats.split(",") if f.strip()]
            bad = [f for f in formats if f".{f.lstrip('.')}" not in FORMATS]
            if bad:
                raise UserError(f"unknown format(s) {', '.join(bad)}: use {', '.join(FORMATS)}")
            skipped: list[dict] = []
            files = export_report_bundle(project, out, formats=formats, lang=args.lang, progress=progress,
                                         pseudonymise=args.pseudonymise,
                                         on_skip=lambda name, why: skipped.append({"report": name, "reason": why}))
            summary = {"report": "all", "files": [str(f) for f in files], "skipped": skipped}
        else:
            if out.suffix.lower() not in FORMATS:
                raise UserError(f"--out must end in one of {', '.join(FORMATS)}")
            report = build_report(project, args.report, _options(args), progress=progress)
            files = write_report(report, out)
            summary = {"report": args.report, "format": out.suffix.lower().lstrip("."),
                       "files": [str(f) for f in files],
                       "tables": [{"title": i.title, "rows": int(len(i.frame)), "columns": [str(c) for c in i.frame.columns]}
                                  for i in report.items]}
    if args.json:
        print_json(summary)
    else:
        for f in summary["files"]:
            print(f"wrote {f}")
    return 0
