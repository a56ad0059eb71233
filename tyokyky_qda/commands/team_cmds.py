"""``merge``, ``agreement`` and ``codebook`` sub-commands (teamwork)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tyokyky_qda.commands.common import LineProgress, open_project, print_json, print_table
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.team.matching import DEFAULT_THRESHOLD


def register(sub: argparse._SubParsersAction) -> None:
    """Add the teamwork sub-commands."""
    p = sub.add_parser("merge", help="merge another project (a colleague's) into this one")
    p.add_argument("project")
    p.add_argument("other")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                   help=f"fuzzy code-name match threshold 0-100 (default {DEFAULT_THRESHOLD:g})")
    p.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    p.add_argument("--plan", default=None, help="write the proposed plan to this JSON file for review")
    p.add_argument("--apply-plan", default=None, help="apply a reviewed plan file instead of proposing one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("agreement", help="inter-coder agreement (percent, Cohen's kappa, Krippendorff's alpha)")
    p.add_argument("project")
    p.add_argument("--coders", required=True, help="comma-separated coder names, at least two")
    p.add_argument("--unit", choices=("character", "segment", "source"), default="character")
    p.add_argument("--codes", default=None, help="comma-separated code ids, GUIDs or paths (default: all)")
    p.add_argument("--out", default=None, help="also write a report (.xlsx, .csv, .docx or .json)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agreement)

    p = sub.add_parser("codebook", help="export a codebook, or merge one into the project")
    p.add_argument("project")
    p.add_argument("action", choices=("export", "merge"))
    p.add_argument("file", help=".qdc, .csv or .xlsx")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_codebook)


def cmd_merge(args) -> int:
    """Plan (and unless --dry-run, apply) a project merge."""
    from tyokyky_qda.team.merge import apply_merge
    from tyokyky_qda.team.merge_plan import MergePlan, plan_merge

    if Path(args.other).resolve() == Path(args.project).resolve():
        raise UserError("cannot merge a project into itself")
    with open_project(args.project) as target, open_project(args.other, readonly=True) as other:
        plan = MergePlan.load(Path(args.apply_plan)) if args.apply_plan else plan_merge(target, other, args.threshold)
        if args.plan:
            plan.save(Path(args.plan))
        result = None
        if not args.dry_run:
            result = apply_merge(target, other, plan, progress=LineProgress(quiet=args.json)).info
    payload = {"plan": plan.as_dict(), "summary": plan.summary(), "applied": not args.dry_run,
               "result": {k: v for k, v in (result or {}).items()}}
    if args.json:
        print_json(payload)
        return 0
    print_table(["kind", "other", "→ target", "method", "score", "decision"],
                [("code", m.other_path, m.target_path or "(new)", m.method, m.score, m.decision) for m in plan.codes
                 if m.method != "guid"] +
                [("source", m.other_name, m.target_name or "(new)", m.method, m.score, m.decision)
                 for m in plan.sources])
    print("plan:", ", ".join(f"{k} {v}" for k, v in sorted(plan.summary().items())))
    if result is not None:
        print(f"merged: {result['codings_added']} codings added, {result['codings_unplaced']} could not be "
              f"placed on changed text, {result['sources_added']} sources and {result['codes_added']} codes added")
    else:
        print("dry run: nothing written")
    return 0


def cmd_agreement(args) -> int:
    """Compute and print agreement."""
    from tyokyky_qda.analysis.agreement import compute_agreement

    with open_project(args.project, readonly=True) as project:
        code_ids = [project.resolve_code(c) for c in args.codes.split(",")] if args.codes else None
        result = compute_agreement(project, args.coders.split(","), unit=args.unit, code_ids=code_ids)
        if args.out:
            from tyokyky_qda.team.agreement_report import write_agreement_report
            write_agreement_report(result, Path(args.out))
    if args.json:
        print_json(result)
        return 0

    def fmt(v):
        return "—" if v is None else f"{v:.3f}"
    o = result["overall"]
    print(f"unit: {result['unit']}  coders: {', '.join(result['coders'])}  units: {o['units']} "
          f"(sources: {len(result['sources'])})")
    print(f"overall: percent {fmt(o['percent'])}  kappa {fmt(o['kappa'])}  alpha {fmt(o['alpha'])}  "
          f"prevalence {fmt(o['prevalence'])}")
    print_table(["code", "percent", "kappa", "alpha", "prevalence"],
                [(c["path"], fmt(c["percent"]), fmt(c["kappa"]), fmt(c["alpha"]), fmt(c["prevalence"]))
                 for c in result["codes"]])
    for w in result["warnings"]:
        print("warning:", w)
    return 0


def cmd_codebook(args) -> int:
    """Export or merge a codebook file."""
    from tyokyky_qda.store.codebook_files import read_codebook_file
    from tyokyky_qda.team.codebook_exchange import (apply_codebook_merge, plan_codebook_merge,
                                                    write_codebook_table)

    path = Path(args.file)
    with open_project(args.project, readonly=args.action == "export" or args.dry_run) as project:
        if args.action == "export":
            if path.suffix.lower() == ".qdc":
                from tyokyky_qda.refi.codebook_io import write_qdc
                write_qdc(project, path)
            else:
                write_codebook_table(project, path)
            if args.json:
                print_json({"written": str(path)})
            else:
                print(f"wrote {path}")
            return 0
        codebook = read_codebook_file(str(path))
        plan = plan_codebook_merge(project, codebook, args.threshold)
        if not args.dry_run:
            apply_codebook_merge(project, codebook, plan)
    if args.json:
        print_json({"plan": [m.as_dict() for m in plan], "applied": not args.dry_run})
    else:
        print_table(["code", "→ ours", "method", "score"],
                    [(m.other_path, m.target_path or "(new)", m.method, m.score) for m in plan])
        print("dry run: nothing written" if args.dry_run else "merged")
    return 0
