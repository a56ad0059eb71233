"""``tyokyky-qda import``: documents, transcripts, surveys, status reports, REFI-QDA projects."""

from __future__ import annotations

import argparse
from collections import defaultdict

from tyokyky_qda.commands.common import LineProgress, open_project, parse_attrs, print_json
from tyokyky_qda.core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import sub-command."""
    p = sub.add_parser("import", help="import files or folders into a project",
                       description="Import documents (.txt .md .docx .pdf .rtf .odt .html), interview "
                                   "transcripts (text, .docx, .vtt, .srt), survey exports (.csv .xlsx), "
                                   "status reports and REFI-QDA projects (.qdpx). Folders are walked.")
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--kind", default="auto",
                   choices=("auto", "text", "document", "transcript", "survey", "status-report"),
                   help="treat every file as this kind (default: by extension and content)")
    p.add_argument("--attr", action="append", metavar="KEY=VALUE", help="source attribute (repeatable)")
    p.add_argument("--metadata", default=None, help="CSV: file name → attributes")
    p.add_argument("--name-pattern", default=None,
                   help="regex with named groups taken as attributes from file names")
    g = p.add_argument_group("surveys (see docs/import-mapping.md)")
    g.add_argument("--mapping", default=None, help="survey import mapping file (JSON)")
    g.add_argument("--id-column", default=None, help="the respondent id column")
    g.add_argument("--open", action="append", default=[], metavar="COLUMN", help="an open question (repeatable)")
    g.add_argument("--closed", action="append", default=[], metavar="COLUMN",
                   help="a closed question stored as a case attribute (repeatable)")
    g.add_argument("--ignore", action="append", default=[], metavar="COLUMN", help="a column to leave out")
    g.add_argument("--sheet", default=None, help="the worksheet of an .xlsx (name or 0-based number)")
    g.add_argument("--show-mapping", action="store_true",
                   help="print the mapping guessed for each survey file as JSON and import nothing")
    g = p.add_argument_group("transcripts and status reports")
    g.add_argument("--speakers-to-cases", action="store_true",
                   help="make each interviewee a case linked to their turns (interviewers excluded)")
    g.add_argument("--autocode-speakers", action="store_true",
                   help="code every turn with a code for its speaker (under 'Puhujat')")
    g.add_argument("--interviewer", action="append", default=None, metavar="LABEL",
                   help="a speaker label that is the interviewer (repeatable; default: H, Haastattelija...)")
    g.add_argument("--report-labels", default=None, help="status report field labels (JSON)")
    p.add_argument("--max-size", type=float, default=None, metavar="MB", help="refuse files larger than this")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)


def _survey_mapping(args):
    from tyokyky_qda.ingest.survey_mapping import SurveyMapping, mapping_from_options

    if args.mapping:
        mapping = SurveyMapping.load(args.mapping)
        extra = mapping_from_options(args.id_column, args.open, args.closed, args.ignore, args.sheet)
        if extra:  # options refine the file
            mapping.columns = [c for c in mapping.columns if c.column not in {e.column for e in extra.columns}]
            mapping.columns += extra.columns
            mapping.id_column = extra.id_column or mapping.id_column
            mapping.sheet = extra.sheet or mapping.sheet
        return mapping
    return mapping_from_options(args.id_column, args.open, args.closed, args.ignore, args.sheet)


def cmd_show_mapping(args, mapping) -> int:
    """Print the guessed survey mapping of every table file."""
    from pathlib import Path

    from tyokyky_qda.core.errors import ImportFailed
    from tyokyky_qda.ingest.api import inspect_survey
    from tyokyky_qda.ingest.parsers import TABLE_EXTS

    out = {}
    for path in args.paths:
        if Path(path).suffix.lower() not in TABLE_EXTS:
            raise UserError(f"--show-mapping takes survey exports (.csv, .tsv, .xlsx), not {path}")
        try:
            inspection = inspect_survey(Path(path), mapping=mapping)
        except ImportFailed as exc:
            raise UserError(f"{path}: {exc}") from None
        out[path] = {**inspection.mapping.to_dict(),
                     "_guessed": {c.column: c.reason for c in inspection.mapping.columns if c.reason}}
    print_json(out if len(out) > 1 else next(iter(out.values())))
    return 0


def cmd_import(args) -> int:
    """Import and print a summary; exit 1 if nothing at all could be imported."""
    from tyokyky_qda.ingest.registry import import_paths
    from tyokyky_qda.ingest.safety import MB, Limits

    mapping = _survey_mapping(args)
    if args.show_mapping:
        return cmd_show_mapping(args, mapping)
    options = {k: v for k, v in (("metadata_csv", args.metadata), ("name_pattern", args.name_pattern),
                                 ("mapping", mapping), ("labels", args.report_labels)) if v}
    if args.max_size:
        options["limits"] = Limits(max_file_bytes=int(args.max_size * MB))
    with open_project(args.project) as project:
        report = import_paths(project, args.paths, kind=args.kind, attributes=parse_attrs(args.attr),
                              progress=LineProgress(quiet=args.quiet or args.json),
                              speakers_to_cases=args.speakers_to_cases, autocode_speakers=args.autocode_speakers,
                              interviewers=args.interviewer, **options)
    if args.json:
        print_json(report.as_dict())
    else:
        _print_report(report)
    if report.failed and not report.imported and not report.skipped and not report.files:
        raise UserError("nothing was imported")
    return 0


def _print_report(report) -> None:
    by_path = defaultdict(list)
    for item in report.imported:
        by_path[item.get("path", "")].append(item)
    for path, items in by_path.items():
        if len(items) > 5:
            print(f"imported  {len(items)} {items[0]['kind']} sources from {path}")
        else:
            for item in items:
                ident = item["id"] if item.get("id") is not None else "-"
                print(f"imported  {ident:>5}  {item['kind']:<14} {item['name']}")
    for item in report.files:
        if item.get("cases") and not by_path.get(item["path"]):
            print(f"imported  {item['cases']} cases from {item['path']}")
    for item in report.skipped:
        print(f"skipped   {item['path']}: {item['reason']}")
    for item in report.failed:
        print(f"failed    {item['path']}: {item['error']}")
    for item in report.warnings:
        print(f"warning   {item['path']}: {item['message']}")
    cancelled = " (cancelled)" if report.cancelled else ""
    print(f"{len(report.imported)} sources imported from {len(report.files)} file(s), "
          f"{len(report.skipped)} skipped, {len(report.failed)} failed{cancelled}")
