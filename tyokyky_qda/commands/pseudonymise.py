"""``pseudonymise``: find names, identity codes, phone numbers, e-mails and addresses; review; apply.

The default run detects and stores findings for review (pending), in the sources and, without
``--source``, in the memos. ``--accept-all`` accepts every pending finding, ``--apply`` writes
accepted findings into the sources (and memos) for good, ``--dry-run`` does all of it and then
rolls it back, so nothing in the project changes. ``--json`` prints the findings as a list of
{"source", "start", "end", "text", "category", "entity", "replacement"} (plus "id", "status",
"origin", and "memo": a finding in a memo has its memo's id there and "source" null); offsets are
those of the text that was scanned.
"""

from __future__ import annotations

import argparse

from tyokyky_qda.commands.common import LineProgress, open_project, print_json, print_table
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.pseudo.categories import APPLIED, CATEGORIES

# One line per option, so --help stays readable on a narrow terminal.
_HELP = {
    "source": "only this source (repeatable); default: every source and every memo",
    "dry_run": "show what would be found (and applied) without changing the project",
    "categories": f"what to look for, saved in the project (any of: {', '.join(CATEGORIES)}); "
                  "identity codes are always looked for",
    "terms": "a UTF-8 file of extra terms, one a line ('term' or 'term;category'), added to the project",
    "accept_all": "accept every pending finding",
    "apply": "replace accepted findings in the project's texts for good (codings stay on their words)",
    "tier": "language-model tier for names (default: $TYOKYKY_NLP_TIER or auto)",
    "write_key": "ALSO write the key (original ↔ pseudonym) to FILE.json or FILE.csv — keep it safe",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``pseudonymise`` sub-command."""
    p = sub.add_parser("pseudonymise", aliases=["pseudonymize"],
                       help="find and replace names and other identifiers before analysis and export")
    p.add_argument("project")
    p.add_argument("--source", type=int, action="append", default=None, help=_HELP["source"])
    p.add_argument("--dry-run", action="store_true", help=_HELP["dry_run"])
    p.add_argument("--json", action="store_true")
    p.add_argument("--categories", nargs="+", metavar="CATEGORY", default=None, help=_HELP["categories"])
    p.add_argument("--terms", metavar="FILE", default=None, help=_HELP["terms"])
    p.add_argument("--accept-all", action="store_true", help=_HELP["accept_all"])
    p.add_argument("--apply", action="store_true", help=_HELP["apply"])
    p.add_argument("--tier", choices=("auto", "full", "fallback"), default=None, help=_HELP["tier"])
    p.add_argument("--write-key", metavar="FILE", default=None, help=_HELP["write_key"])
    p.set_defaults(func=cmd_pseudonymise)


class _RollBack(Exception):
    """Raised at the end of a dry run so its transaction rolls back."""


def cmd_pseudonymise(args) -> int:
    """Detect, optionally accept and apply, and report the findings."""
    from tyokyky_qda.pseudo.categories import check_categories
    from tyokyky_qda.pseudo.terms import read_terms_file

    try:
        categories = check_categories(args.categories) if args.categories else None
        terms = read_terms_file(args.terms) if args.terms else []
    except (ValueError, OSError) as exc:
        raise UserError(str(exc)) from exc
    with open_project(args.project) as project:
        for sid in args.source or ():
            project.source(sid, with_text=False)  # a bad id is a one-line NotFound
        report: dict = {}
        try:
            with project.transaction("pseudonymise (command line)"):
                _run(project, args, categories, terms, report)
                if args.dry_run:
                    raise _RollBack()
        except _RollBack:
            pass
        if args.write_key and not args.dry_run:
            from tyokyky_qda.pseudo.key import write_key

            write_key(project, args.write_key)
    _print(args, report)
    return 0


def _run(project, args, categories, terms, report: dict) -> None:
    from tyokyky_qda.pseudo import apply, review, scan, storage

    if categories is not None:
        scan.save_categories(project, categories)
    if terms:
        storage.add_terms(project, [(t.term, t.category) for t in terms])
    result = scan.detect_project(project, source_ids=args.source, tier=args.tier,
                                 progress=LineProgress(quiet=args.json))
    if args.accept_all:
        for sid in args.source or [None]:
            review.accept_all(project, source_id=sid)
    findings = []
    for sid in args.source or [None]:
        findings += review.list_findings(project, source_id=sid)
    report["findings"] = findings
    report["places"] = _places(project, findings)
    report["memos"] = result.memos
    report["tier"] = result.tier
    report["tier_reason"] = result.tier_reason
    if args.apply:
        ch = apply.apply_to_project(project, args.source)
        after = {f.id: f.status for f in review.list_findings(project, ids=[f.id for f in findings])}
        for f in findings:
            if after.get(f.id) == APPLIED:
                f.status = APPLIED
        report["replaced"] = ch.info.get("replaced", 0)


def _places(project, findings) -> dict[int, str]:
    """Where each finding is: its source's id, or "Memo: <title>" / "Memo on source H01"..."""
    from tyokyky_qda.pseudo.memos import finding_place, memo_places

    places = memo_places(project) if any(f.memo_id for f in findings) else {}
    return {f.id: finding_place(f, {f.source_id: str(f.source_id)}, places) for f in findings}


def _print(args, report: dict) -> None:
    findings = report.get("findings", [])
    if args.json:
        print_json([f.as_json() for f in findings])
        return
    places = report.get("places", {})
    print_table(["source", "start", "end", "category", "text", "replacement", "status"],
                [(places.get(f.id, f.source_id), f.start, f.end, f.category, f.text, f.replacement, f.status)
                 for f in findings])
    by_status: dict[str, int] = {}
    for f in findings:
        by_status[f.status] = by_status.get(f.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in sorted(by_status.items())) or "nothing found"
    note = " (dry run: nothing was changed)" if args.dry_run else ""
    in_memos = sum(1 for f in findings if f.memo_id)
    memos = f" ({in_memos} in {report.get('memos', 0)} memos scanned)" if report.get("memos") else ""
    print(f"{len(findings)} findings{memos}: {summary}; name detection tier: {report.get('tier')}{note}")
    if "replaced" in report:
        print(f"replaced {report['replaced']} occurrences in the project's texts")
