"""``export-qdpx``: give a project back to ATLAS.ti, MAXQDA, NVivo or QualCoder (REFI-QDA).

Importing goes through ``tyokyky-qda import PROJECT FILE.qdpx``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tyokyky_qda.commands.common import LineProgress, open_project, print_json
from tyokyky_qda.core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the REFI-QDA export sub-command."""
    p = sub.add_parser("export-qdpx", help="export the project as REFI-QDA .qdpx (or the codebook as .qdc)")
    p.add_argument("project")
    p.add_argument("out", help="FILE.qdpx or FILE.qdc")
    p.add_argument("--crlf", action="store_true", help="CRLF line ends (for tools that expect them)")
    p.add_argument("--pseudonymise", action="store_true", help="replace accepted pseudonymisation findings")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export_qdpx)


def cmd_export_qdpx(args) -> int:
    """Write the .qdpx or .qdc file."""
    out = Path(args.out)
    if out.suffix.lower() not in (".qdpx", ".qdc"):
        raise UserError("the output file must end in .qdpx or .qdc")
    if not out.parent.exists():
        raise UserError(f"folder does not exist: {out.parent}")
    with open_project(args.project, readonly=True) as project:
        if out.suffix.lower() == ".qdc":
            from tyokyky_qda.refi.codebook_io import write_qdc
            write_qdc(project, out)
        else:
            from tyokyky_qda.refi.qdpx_export import export_qdpx
            export_qdpx(project, out, crlf=args.crlf, pseudonymise=args.pseudonymise,
                        progress=LineProgress(quiet=args.json))
        stats = project.stats()
    if args.json:
        print_json({"written": str(out), "sources": stats["sources"], "codings": stats["codings"]})
    else:
        print(f"wrote {out} ({stats['sources']} sources, {stats['codings']} codings)")
    return 0
