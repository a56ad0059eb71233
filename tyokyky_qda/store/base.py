"""The project file itself: connection, transactions, migrations, locking, audit log.

``ProjectBase`` owns one SQLite connection. Every mutating method of the Project API runs inside
``self._write(action)``, a single ``BEGIN IMMEDIATE`` transaction that also appends to the audit
log, and returns a ``Changes`` record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any, Iterator, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import NotFound, ReadOnlyProject, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.store import migrations
from tyokyky_qda.store.backup import rotate_backup
from tyokyky_qda.store.lock import ProjectLock

EXTENSION = ".tqda"
APPLICATION_ID = 0x54514441  # "TQDA": marks the file as ours for `file` and for sanity checks
#: "no code with id 7" per kind of row, so each reads as a whole sentence in translation.
_NOT_FOUND = {"code": N_("no code with id {id}"), "source": N_("no source with id {id}"),
              "coding": N_("no coding with id {id}"), "case": N_("no case with id {id}"),
              "memo": N_("no memo with id {id}"), "section": N_("no section with id {id}"),
              "findings table": N_("no findings table with id {id}")}


def now_iso() -> str:
    """Current UTC time as ISO 8601 with seconds."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def new_guid() -> str:
    """A new GUID in the canonical lowercase form."""
    return str(uuid.uuid4())


def default_coder() -> str:
    """The coder name used when none is given: the OS user."""
    try:
        return getpass.getuser() or "coder"
    except Exception:  # noqa: BLE001 - getuser raises various errors without a user database
        return "coder"


class ProjectBase:
    """Connection, transaction and lifecycle of one open project file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool,
                 lock: Optional[ProjectLock], coder: str):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock
        self.coder = coder
        self._tx_changes: Optional[Changes] = None

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def _connect(cls, path: Path, readonly: bool, check: bool) -> sqlite3.Connection:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        if check:
            cls._check_is_project(conn, path)
        if not readonly:
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a coding the API reported committed survives power loss, not only a crash.
            conn.execute("PRAGMA synchronous=FULL")
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @classmethod
    def create(cls, path, *, codebook: str = "tyokykyohjelma", language: str = "fi",
               name: str = "", coder: Optional[str] = None):
        """Create a new project file, migrate it and load a codebook ("empty" for none)."""
        path = Path(path)
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        if path.exists():
            raise UserError(N_("{path} already exists", path=path))
        if not path.parent.exists():
            raise UserError(N_("folder does not exist: {path}", path=path.parent))
        project = cls.open(path, coder=coder, backup=False, _create=True)
        project._init_meta(name or path.stem, language)
        if codebook and codebook != "empty":
            project.load_codebook_file(codebook)
        return project

    @classmethod
    def open(cls, path, *, readonly: bool = False, coder: Optional[str] = None,
             backup: bool = True, _create: bool = False):
        """Open a project; raises ProjectInUse when another process has it open for writing."""
        path = Path(path)
        if not _create and not path.exists():
            raise UserError(N_("no such project: {path}", path=path))
        lock = None
        if not readonly:
            lock = ProjectLock(path)
            lock.acquire()
        try:
            conn = cls._connect(path, readonly, check=not _create)
            project = cls(path, conn, readonly=readonly, lock=lock, coder=coder or default_coder())
            if not readonly:
                project._migrate()
                if backup:
                    rotate_backup(conn, path)
        except Exception:
            if lock:
                lock.release()
            raise
        return project

    @staticmethod
    def _check_is_project(conn: sqlite3.Connection, path: Path) -> None:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise UserError(N_("{file} is not a tyokyky-qda project ({error})", file=path.name, error=exc)) from exc
        if app_id != APPLICATION_ID:
            conn.close()
            raise UserError(N_("{file} is not a tyokyky-qda project", file=path.name))

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and release the lock."""
        if self.conn is not None:
            if not self.readonly:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------
    @property
    def db(self):
        """A ``sqlite_utils.Database`` over the connection, for migrations and schema tools.

        Imported on first use: sqlite-utils pulls in pandas, which a CLI call or an open
        should not pay for when no migration runs.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def table_names(self) -> list[str]:
        """Names of the tables in the project file."""
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]

    @property
    def schema_version(self) -> int:
        """The schema version stored in the file (0 for a fresh file)."""
        if "meta" not in self.table_names():
            return 0
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        current = self.schema_version
        latest = migrations.latest_version()
        if current > latest:
            raise UserError(N_("{file} was written by a newer tyokyky-qda (schema {current} > {latest}); "
                               "please update the program", file=self.path.name, current=current, latest=latest))
        for mod in migrations.all_migrations():
            if mod.VERSION <= current:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                mod.migrate(self.db)
                self.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                                  (str(mod.VERSION),))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _init_meta(self, name: str, language: str) -> None:
        with self._write("create project") as ch:
            for key, value in (("name", name), ("language", language), ("created_at", now_iso()),
                               ("guid", new_guid())):
                self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
            ch.add("updated", "meta", 0)

    # -- transactions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self, action: str, **details: Any) -> Iterator[Changes]:
        """One transaction: yields the Changes record to fill; commits with an audit entry.

        Nested calls join the outer transaction, so a bulk operation built from smaller API
        calls still commits once.
        """
        if self.readonly:
            raise ReadOnlyProject(N_("the project is open read-only"))
        if self._tx_changes is not None:
            # Nested: the inner record folds into its direct parent, so every level of a
            # composite operation reports everything done beneath it.
            parent = self._tx_changes
            inner = Changes(action=action)
            self._tx_changes = inner
            try:
                yield inner
            finally:
                self._tx_changes = parent
            parent.merge(inner)
            return
        changes = Changes(action=action)
        self._tx_changes = changes
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield changes
            self.conn.execute(
                "INSERT INTO audit_log(at, coder, action, details) VALUES (?, ?, ?, ?)",
                (now_iso(), self.coder, action, json.dumps(details, ensure_ascii=False, default=str)))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._tx_changes = None

    def transaction(self, action: str, **details: Any):
        """One transaction around several API calls (e.g. everything one imported file adds):
        all of it commits together with one audit entry, or none of it does. Nests like ``_write``."""
        return self._write(action, **details)

    # -- meta, coders, audit ------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        """A project metadata value."""
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> Changes:
        """Set a project metadata value."""
        with self._write("set meta", key=key) as ch:
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
            ch.add("updated", "meta", 0)
        return ch

    @property
    def name(self) -> str:
        """The project's display name."""
        return self.meta("name", self.path.stem)

    def coder_id(self, name: Optional[str] = None, guid: Optional[str] = None) -> int:
        """The id of a coder by name, creating the coder inside the current transaction if new."""
        name = (name or self.coder).strip()
        row = self.conn.execute("SELECT id FROM coders WHERE name=?", (name,)).fetchone()
        if row:
            return row[0]
        if self._tx_changes is None:
            with self._write("add coder", name=name):
                return self.coder_id(name, guid)
        cur = self.conn.execute("INSERT INTO coders(name, guid) VALUES (?, ?)", (name, guid or new_guid()))
        self._tx_changes.add("created", "coders", cur.lastrowid)
        return cur.lastrowid

    def coders(self) -> list[dict]:
        """All coders: id, name, guid."""
        return [dict(r) for r in self.conn.execute("SELECT id, name, guid FROM coders ORDER BY name")]

    def audit_log(self, limit: int = 1000) -> list[dict]:
        """The newest audit entries first."""
        rows = self.conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(r) for r in rows]

    # -- generic row access used by undo -------------------------------------------------------
    def _rows(self, table: str, where: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} WHERE {where}", params)]

    def _require(self, table: str, row_id: int, what: str) -> dict:
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (row_id,)).fetchone()
        if row is None:
            template = _NOT_FOUND.get(what)
            raise NotFound(N_(template, id=row_id) if template else N_("no {what} with id {id}", what=what, id=row_id))
        return dict(row)

    # Parents before children, so foreign keys hold while rows are put back.
    _RESTORE_ORDER = ("coders", "sources", "sections", "codes", "codings", "cases", "case_links",
                      "attributes", "attribute_values", "memos", "sets", "set_members")

    def restore_rows(self, removed_rows: dict[str, list[dict]], action: str = "restore") -> Changes:
        """Put back rows a deletion removed (its ``Changes.removed_rows``), ids included."""
        with self._write(action) as ch:
            order = list(self._RESTORE_ORDER) + [t for t in removed_rows if t not in self._RESTORE_ORDER]
            for table in order:
                rows = removed_rows.get(table) or []
                if table == "codes":  # parents first within the tree
                    rows = _parents_first(rows)
                for row in rows:
                    cols = ", ".join(f'"{c}"' for c in row)
                    marks = ", ".join("?" for _ in row)
                    self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
                if rows and "id" in rows[0]:
                    ch.add("created", table, [r["id"] for r in rows])
                elif rows:
                    ch.add("updated", table, [0])
        return ch


def _parents_first(rows: list[dict]) -> list[dict]:
    ids = {r["id"] for r in rows}
    done: set = set()
    out: list[dict] = []
    pending = list(rows)
    while pending:
        rest = []
        for r in pending:
            if r.get("parent_id") not in ids or r["parent_id"] in done:
                out.append(r)
                done.add(r["id"])
            else:
                rest.append(r)
        if len(rest) == len(pending):
            out.extend(rest)
            break
        pending = rest
    return out
