"""Core sub-commands: new, sources, codes, codings, code, uncode, gui."""

from __future__ import annotations

import argparse
import os

from tyokyky_qda.commands.common import has_display, open_project, print_json, print_table
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.store import Project


def register(sub: argparse._SubParsersAction) -> None:
    """Add the core sub-commands."""
    p = sub.add_parser("new", help="create a project file (.tqda)")
    p.add_argument("project")
    p.add_argument("--codebook", default="tyokykyohjelma",
                   help="tyokykyohjelma (default), empty, or a codebook file (.json, .qdc, .csv, .xlsx)")
    p.add_argument("--lang", choices=("fi", "en"), default="fi", help="main language of the material")
    p.add_argument("--name", default="", help="display name (default: the file name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("sources", help="list the sources of a project")
    p.add_argument("project")
    p.add_argument("--kind", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("codes", help="list the codebook of a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_codes)

    p = sub.add_parser("codings", help="list codings")
    p.add_argument("project")
    p.add_argument("--code", default=None, help="a code's id, GUID or path")
    p.add_argument("--source", type=int, default=None, help="a source id")
    p.add_argument("--coder", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_codings)

    p = sub.add_parser("code", help="apply a code to a range of a source")
    p.add_argument("project")
    p.add_argument("--source", type=int, required=True)
    p.add_argument("--start", type=int, required=True, help="offset in code points, 0-based")
    p.add_argument("--end", type=int, required=True, help="offset in code points, exclusive")
    p.add_argument("--code", required=True, help="a code's id, GUID or path")
    p.add_argument("--coder", default=None)
    p.add_argument("--memo", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("uncode", help="remove a coding")
    p.add_argument("project")
    p.add_argument("--coding", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_uncode)

    p = sub.add_parser("gui", help="open the workbench (default when no command is given)")
    p.add_argument("project", nargs="?")
    p.set_defaults(func=cmd_gui)


def cmd_new(args) -> int:
    """Create a project."""
    with Project.create(args.project, codebook=args.codebook, language=args.lang, name=args.name) as project:
        stats = project.stats()
        if args.json:
            print_json({"path": str(project.path), "codes": stats["codes"]})
        else:
            print(f"created {project.path} with {stats['codes']} codes")
    return 0


def source_records(project: Project, kind=None) -> list[dict]:
    """Sources as the JSON contract has them: id, name, kind, attributes (+ extras)."""
    attrs = project.attribute_table("source")
    counts = project.source_coding_counts()
    lengths = dict(project.conn.execute("SELECT id, length(text) FROM sources"))
    return [{"id": s.id, "name": s.name, "kind": s.kind, "attributes": attrs.get(s.id, {}),
             "guid": s.guid, "language": s.language, "characters": lengths.get(s.id, 0),
             "codings": counts.get(s.id, 0), "original_path": s.original_path}
            for s in project.sources(kind=kind)]


def cmd_sources(args) -> int:
    """List sources."""
    with open_project(args.project, readonly=True) as project:
        records = source_records(project, args.kind)
    if args.json:
        print_json(records)
    else:
        print_table(["id", "kind", "name", "chars", "codings"],
                    [(r["id"], r["kind"], r["name"], r["characters"], r["codings"]) for r in records])
    return 0


def code_records(project: Project) -> list[dict]:
    """Codes as the JSON contract has them: id, guid, name, path, parent, description (+ extras)."""
    paths = project.code_paths()
    counts = project.coding_counts()
    return [{"id": c.id, "guid": c.guid, "name": c.name, "path": paths[c.id], "parent": c.parent_id,
             "description": c.description, "color": c.color, "keywords": c.keywords, "name_en": c.name_en,
             "codings": counts.get(c.id, 0)} for c in project.codes()]


def cmd_codes(args) -> int:
    """List codes."""
    with open_project(args.project, readonly=True) as project:
        records = code_records(project)
    if args.json:
        print_json(records)
    else:
        print_table(["id", "codings", "path"], [(r["id"], r["codings"], r["path"]) for r in records])
    return 0


def coding_records(project: Project, codings) -> list[dict]:
    """Codings as the JSON contract has them: id, source, start, end, code, path, coder, origin."""
    paths = project.code_paths()
    return [{"id": c.id, "source": c.source_id, "start": c.start, "end": c.end, "code": c.code_id,
             "path": paths[c.code_id], "coder": c.coder, "origin": c.origin, "memo": c.memo,
             "guid": c.guid, "created_at": c.created_at} for c in codings]


def cmd_codings(args) -> int:
    """List codings."""
    with open_project(args.project, readonly=True) as project:
        code_id = project.resolve_code(args.code) if args.code else None
        if args.source is not None:
            project.source(args.source, with_text=False)
        records = coding_records(project, project.codings(source_id=args.source, code_id=code_id,
                                                          coder=args.coder))
        texts = {}
        if not args.json:
            for r in records:
                if r["source"] not in texts:
                    texts[r["source"]] = project.source_text(r["source"])
    if args.json:
        print_json(records)
    else:
        print_table(["id", "source", "start", "end", "coder", "code", "text"],
                    [(r["id"], r["source"], r["start"], r["end"], r["coder"], r["path"],
                      texts[r["source"]][r["start"]:r["end"]].replace("\n", " ")) for r in records])
    return 0


def cmd_code(args) -> int:
    """Apply a code."""
    with open_project(args.project, coder=args.coder) as project:
        project.source(args.source, with_text=False)
        code_id = project.resolve_code(args.code)
        changes = project.add_coding(args.source, code_id, args.start, args.end, memo=args.memo)
        if changes.id is None:
            raise UserError("that coding exists already (same code, words and coder)")
        record = coding_records(project, [project.coding(changes.id)])[0]
    if args.json:
        print_json(record)
    else:
        print(f"coding {record['id']}: {record['path']} on source {args.source} {args.start}-{args.end}")
    return 0


def cmd_uncode(args) -> int:
    """Remove a coding."""
    with open_project(args.project) as project:
        project.remove_coding(args.coding)
    if args.json:
        print_json({"removed": args.coding})
    else:
        print(f"removed coding {args.coding}")
    return 0


def cmd_gui(args) -> int:
    """Open the workbench."""
    if not has_display() and os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal", "vnc"):
        raise UserError("no display found (DISPLAY/WAYLAND_DISPLAY not set); run this on a desktop, or use "
                        "`tyokyky-qda demo --no-gui` to write the report tables instead")
    try:
        from tyokyky_qda.gui.app import run_gui
    except ImportError as exc:
        raise UserError(f"the workbench cannot start: {exc}") from exc
    return run_gui(args.project, show_suggestions=getattr(args, "show_suggestions", False))
