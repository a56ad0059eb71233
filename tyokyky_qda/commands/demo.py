"""``tyokyky-qda demo``: build the demo evaluation project and open it, or write its reports."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tyokyky_qda.commands.common import LineProgress, has_display, print_json
from tyokyky_qda.core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the demo sub-command."""
    p = sub.add_parser("demo", help="build the demo project from corpora/ and open it (or write its reports)")
    p.add_argument("--no-gui", action="store_true", help="write the report tables instead of opening the workbench")
    p.add_argument("--out", default="out", help="output folder (default: out/)")
    p.add_argument("--corpus", default=None, help="corpus folder (default: corpora/tyokykyohjelma-demo)")
    p.add_argument("--no-nlp", action="store_true", help="skip NLP indexing and training of suggestions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args) -> int:
    """Build, then open the GUI or write the reports."""
    from tyokyky_qda.demo.build import DEMO_CORPUS, build_demo_project

    t0 = time.perf_counter()
    out = Path(args.out)
    corpus = Path(args.corpus) if args.corpus else DEMO_CORPUS
    progress = LineProgress(stream=sys.stderr if args.json else sys.stdout, quiet=False)
    progress.quiet = args.json
    gui = not args.no_gui and has_display()
    build = build_demo_project(out, corpus, nlp=not args.no_nlp, progress=progress)
    summary = {"project": str(build.project_path), "steps": build.steps, "warnings": build.warnings}
    if gui:
        _report(summary, args.json)
        from tyokyky_qda.commands.basic import cmd_gui

        return cmd_gui(argparse.Namespace(project=str(build.project_path), show_suggestions=True))
    from tyokyky_qda.demo.reports import write_demo_reports
    from tyokyky_qda.store import Project

    reports_dir = out / "raportit"
    with Project.open(build.project_path, readonly=True) as project:
        written = write_demo_reports(project, reports_dir, progress=progress)
    if not written:
        raise UserError("no report was written")
    summary["reports"] = [str(p) for p in written]
    summary["seconds"] = round(time.perf_counter() - t0, 1)
    _report(summary, args.json)
    return 0


def _report(summary: dict, as_json: bool) -> None:
    if as_json:
        print_json(summary)
        return
    print(f"\nDemo project: {summary['project']}")
    for name, step in summary["steps"].items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in step.items() if not isinstance(v, (dict, list))))
    for w in summary["warnings"]:
        print(f"  warning: {w}")
    if summary.get("reports"):
        print(f"\nReport tables written ({len(summary['reports'])} files) in "
              f"{Path(summary['reports'][0]).parent}:")
        for path in summary["reports"]:
            print(f"  {path}")
        print(f"Done in {summary['seconds']} s. Open the project in the workbench with: "
              f"tyokyky-qda gui {summary['project']}")
