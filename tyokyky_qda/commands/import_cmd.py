"""``tyokyky-qda import``: documents, transcripts, surveys, status reports, REFI-QDA projects."""

from __future__ import annotations

import argparse

from tyokyky_qda.commands.common import LineProgress, open_project, parse_attrs, print_json
from tyokyky_qda.core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import sub-command."""
    p = sub.add_parser("import", help="import files or folders into a project")
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--kind", default="auto", choices=("auto", "text", "transcript", "survey", "status-report"))
    p.add_argument("--attr", action="append", metavar="KEY=VALUE", help="source attribute (repeatable)")
    p.add_argument("--metadata", default=None, help="CSV: file name → attributes")
    p.add_argument("--name-pattern", default=None,
                   help="regex with named groups taken as attributes from file names")
    p.add_argument("--mapping", default=None, help="survey import mapping file (JSON)")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    """Import and print a summary; exit 1 if nothing at all could be imported."""
    from tyokyky_qda.ingest.registry import import_paths

    options = {k: v for k, v in (("metadata_csv", args.metadata), ("name_pattern", args.name_pattern),
                                 ("mapping", args.mapping)) if v}
    with open_project(args.project) as project:
        report = import_paths(project, args.paths, kind=args.kind, attributes=parse_attrs(args.attr),
                              progress=LineProgress(quiet=args.quiet or args.json), **options)
    if args.json:
        print_json(report.as_dict())
    else:
        for item in report.imported:
            print(f"imported  {item['id']:>5}  {item['kind']:<14} {item['name']}")
        for item in report.skipped:
            print(f"skipped   {item['path']}: {item['reason']}")
        for item in report.failed:
            print(f"failed    {item['path']}: {item['error']}")
        print(f"{len(report.imported)} imported, {len(report.skipped)} skipped, {len(report.failed)} failed")
    if report.failed and not report.imported and not report.skipped:
        raise UserError("nothing was imported")
    return 0
