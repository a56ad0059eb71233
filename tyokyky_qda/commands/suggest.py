"""``tyokyky-qda suggest``: code suggestions for a project's sources, computed on this machine."""

from __future__ import annotations

import argparse
import sys

from tyokyky_qda.commands.common import LineProgress, open_project, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    """Add the suggest sub-command."""
    p = sub.add_parser("suggest", help="suggest codes for sources (trains on the project's codings when needed)")
    p.add_argument("project")
    p.add_argument("--source", type=int, default=None, help="a source id (default: every source)")
    p.add_argument("--unit", choices=("sentence", "section", "source"), default="sentence",
                   help="what gets suggestions: sentences, sections (turns, answers, fields) or whole sources")
    p.add_argument("--top", type=int, default=3, help="codes per unit (default 3)")
    p.add_argument("--min-score", type=float, default=0.0, help="leave out suggestions scoring below this")
    p.add_argument("--tier", choices=("auto", "full", "fallback"), default=None,
                   help="language pipeline tier (default: $TYOKYKY_NLP_TIER or auto)")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)


def cmd_suggest(args) -> int:
    """Index what is not indexed, train if the model is stale, print suggestions."""
    from tyokyky_qda.core.errors import UserError
    from tyokyky_qda.nlp import messages
    from tyokyky_qda.nlp.index import index_project
    from tyokyky_qda.nlp.suggest import Suggester

    if args.top < 1:
        raise UserError("--top must be at least 1")
    progress = LineProgress(quiet=args.quiet or args.json)
    with open_project(args.project) as project:
        if not project.codes():
            raise UserError(messages.NO_CODES)
        ids = [project.source(args.source, with_text=False).id] if args.source is not None \
            else [s.id for s in project.sources()]
        index_project(project, progress, tier=args.tier, source_ids=ids)
        suggester = Suggester(project, args.tier, auto_train=False)
        if suggester.needs_training():
            progress(0.0, "training the suggestion model")
            suggester.train(progress)
        results = [u for sid in ids
                   for u in suggester.suggest_source(sid, unit=args.unit, top=args.top, min_score=args.min_score)]
        texts = {sid: project.source_text(sid) for sid in ids} if not args.json else {}
    if args.json:
        print_json([u.as_dict() for u in results])
        return 0
    rows = []
    for u in results:
        snippet = texts[u.source][u.start:u.end].replace("\n", " ")
        for rank, s in enumerate(u.suggestions):
            rows.append((u.source, u.start, u.end, f"{s['score']:.2f}", s["path"], s["reason"],
                         snippet if rank == 0 else ""))
    print_table(["source", "start", "end", "score", "code", "reason", "text"], rows)
    if not rows:
        print("no suggestions", file=sys.stderr)
    return 0
