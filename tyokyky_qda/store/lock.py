"""An exclusive OS-level lock beside the project file, so a second process is told the project
is in use. The OS drops the lock when the holder dies, even on SIGKILL, so a crash never leaves
a project locked."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from tyokyky_qda.core.errors import ProjectInUse
from tyokyky_qda.core.i18n import N_

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def lock_path(project_path: Path) -> Path:
    """The lock file that belongs to a project file."""
    return project_path.with_name(project_path.name + ".lock")


class ProjectLock:
    """Holds the write lock of one project for the life of a Project object."""

    def __init__(self, project_path: Path):
        self.path = lock_path(project_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ProjectInUse naming the holder."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            if holder:
                raise ProjectInUse(N_("the project is in use by another program (process {pid} on {host}); "
                                      "open it read-only or close the other window first", **holder))
            raise ProjectInUse(N_("the project is in use by another program; "
                                  "open it read-only or close the other window first"))
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode())
        os.fsync(fd)
        self._fd = fd

    @staticmethod
    def _read_holder(fd: int) -> dict:
        try:
            info = json.loads(os.pread(fd, 4096, 0).decode() or "{}")
            return {"pid": info["pid"], "host": info["host"]}
        except (ValueError, KeyError, OSError, AttributeError, TypeError):
            return {}

    def release(self) -> None:
        """Drop the lock (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
