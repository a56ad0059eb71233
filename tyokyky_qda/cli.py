"""The ``tyokyky-qda`` command line.

Sub-commands live in ``tyokyky_qda/commands/``: each module has ``register(subparsers)`` that adds
its parser and sets ``func`` (taking the parsed args, returning an exit code). Exit codes: 0 on
success, 1 with one line on a user error, 2 on a usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from typing import Optional, Sequence

from tyokyky_qda import __version__
from tyokyky_qda.core.errors import Cancelled, UserError

PROG = "tyokyky-qda"


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Qualitative data analysis for evaluation research (offline).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import tyokyky_qda.commands as commands_pkg

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"tyokyky_qda.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        argv = ["gui"]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except Cancelled:
        print(f"{PROG}: cancelled", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
