"""Rotating backups taken when a project is opened, with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
import datetime as dt
from pathlib import Path

KEEP = 5


def backup_dir(project_path: Path) -> Path:
    """Where a project's backups live: a folder beside it."""
    return project_path.with_name(project_path.name + ".backups")


def rotate_backup(conn: sqlite3.Connection, project_path: Path, keep: int = KEEP) -> Path | None:
    """Copy the open database into the backup folder and keep the newest ``keep`` copies.

    Skipped when the newest backup is already newer than the project file (nothing changed).
    """
    folder = backup_dir(project_path)
    folder.mkdir(exist_ok=True)
    existing = sorted(folder.glob("*.tqda"))
    newest_change = max(p.stat().st_mtime for p in [project_path, *project_path.parent.glob(
        project_path.name + "-wal")] if p.exists())
    if existing and existing[-1].stat().st_mtime >= newest_change:
        return None
    # Microseconds keep names unique and in chronological sort order.
    target = folder / (dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f") + ".tqda")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in sorted(folder.glob("*.tqda"))[:-keep]:
        old.unlink(missing_ok=True)
    return target
