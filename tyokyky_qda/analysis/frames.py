"""The project's tables as pandas DataFrames, read directly with SQL (read-only) for speed.

This is the only module of ``tyokyky_qda.analysis`` that runs SQL. ``load_frames(project)`` returns
a ``Frames`` object whose tables load lazily on first use and are kept until the project changes:
the cache key is the connection's ``total_changes`` (writes through this connection) together
with ``PRAGMA data_version`` (commits by other connections), both free to read. A second matrix
over the same project therefore costs only its own computation, not another read of 100,000 rows.
"""

from __future__ import annotations

import weakref
from itertools import chain
from functools import cached_property
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd

#: End offset used for case links that cover a whole source (no range stored).
WHOLE_SOURCE_END = 2**31 - 1

_CACHE: "weakref.WeakKeyDictionary[Any, tuple[tuple, Frames]]" = weakref.WeakKeyDictionary()


def _rows(conn, sql: str, params: Iterable = ()) -> list[tuple]:
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: sqlite3.Row costs a third more on big reads
    return cur.execute(sql, tuple(params)).fetchall()


def _int_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of int64 columns from integer tuples (NULLs must be absent)."""
    if not rows:
        return pd.DataFrame({c: np.empty(0, dtype=np.int64) for c in columns})
    arr = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=len(columns) * len(rows))
    arr = arr.reshape(-1, len(columns))
    return pd.DataFrame({c: arr[:, i] for i, c in enumerate(columns)})


def _column_arrays(conn, table: str, expressions: list[str]) -> list[np.ndarray]:
    """NOT NULL integer expressions over every row of a table, as int64 arrays in rowid order.

    Fetching 100,000 rows as Python tuples costs about 80 ms, nearly all of it in creating
    Python objects. One ``group_concat`` per expression lets SQLite hand back one string per
    column, which numpy parses in C: the same read in about half the time. The aggregates run
    over one scan of the table (NOT INDEXED keeps it in rowid order rather than a covering
    index's order), so the arrays stay aligned; group_concat skips NULLs, hence NOT NULL only.
    """
    select = ", ".join(f"group_concat({e}, ' ')" for e in expressions)
    texts = _rows(conn, f"SELECT {select} FROM {table} NOT INDEXED")[0]
    if texts[0] is None:
        return [np.empty(0, dtype=np.int64) for _ in expressions]
    return [np.fromstring(text, dtype=np.int64, sep=" ") for text in texts]


def _max_ids(conn, tables: list[str]) -> list[int]:
    """The largest id of each table (rowid lookups, no scan), in one query."""
    select = ", ".join(f"(SELECT COALESCE(MAX(id), 0) FROM {t})" for t in tables)
    return list(_rows(conn, f"SELECT {select}")[0])


def _read_codings(conn) -> pd.DataFrame:
    """Codings' integer columns, read as three columns: id, the three ids packed, the range packed."""
    columns = ["id", "source_id", "code_id", "start", "end", "coder_id"]
    # Offsets are below 2**31 because SQLite strings are at most 2**31 - 1 bytes long, so a range
    # packs into one integer. The ids pack into as few bits as the largest ids need (rowid
    # lookups, no scan): fewer digits for SQLite to write and numpy to parse.
    coder_bits, code_bits, source_bits = (max(1, top.bit_length())
                                          for top in _max_ids(conn, ["coders", "codes", "sources"]))
    if coder_bits + code_bits + source_bits <= 62:
        ids, packed_ids, packed_range = _column_arrays(conn, "codings", [
            "id", f"(((source_id << {code_bits}) | code_id) << {coder_bits}) | coder_id", "(start << 31) | end"])
        coder_mask, code_mask = np.int64((1 << coder_bits) - 1), np.int64((1 << code_bits) - 1)
        low31 = np.int64(2**31 - 1)
        arrays = [ids, packed_ids >> (code_bits + coder_bits), (packed_ids >> coder_bits) & code_mask,
                  packed_range >> 31, packed_range & low31, packed_ids & coder_mask]
    else:
        arrays = _column_arrays(conn, "codings", columns)
    arr = np.column_stack(arrays) if len(arrays[0]) else np.empty((0, len(columns)), dtype=np.int64)
    ids = arr[:, 0]
    if len(ids) > 1 and not (ids[1:] > ids[:-1]).all():
        arr = arr[np.argsort(ids, kind="stable")]
    return pd.DataFrame(arr, columns=columns, copy=False)


class Frames:
    """Lazy, read-only DataFrames of one state of a project."""

    def __init__(self, conn):
        self.conn = conn
        self._texts: dict[int, str] = {}

    # -- codings and coders ------------------------------------------------------------------------
    @cached_property
    def codings(self) -> pd.DataFrame:
        """Codings: id, source_id, code_id, start, end, coder_id (all int64), in id order."""
        return _read_codings(self.conn)

    @cached_property
    def coding_meta(self) -> pd.DataFrame:
        """Codings' origin, memo and creation time, indexed by coding id."""
        rows = _rows(self.conn, "SELECT id, origin, memo, created_at FROM codings")
        df = pd.DataFrame(rows, columns=["id", "origin", "memo", "created_at"])
        return df.set_index("id")

    @cached_property
    def coders(self) -> pd.Series:
        """Coder names by coder id."""
        rows = _rows(self.conn, "SELECT id, name FROM coders")
        return pd.Series({i: n for i, n in rows}, dtype=object)

    # -- codes -------------------------------------------------------------------------------------
    @cached_property
    def codes(self) -> pd.DataFrame:
        """Codes indexed by id, in tree order: guid, parent_id, name, name_en, description,
        description_en, color, ordinal, path, depth, root_id."""
        rows = _rows(self.conn, "SELECT id, guid, parent_id, name, name_en, description, description_en, color,"
                                " ordinal, keywords, keywords_en FROM codes ORDER BY ordinal, id")
        cols = ["id", "guid", "parent_id", "name", "name_en", "description", "description_en", "color",
                "ordinal", "keywords", "keywords_en"]
        df = pd.DataFrame(rows, columns=cols)
        if df.empty:
            df = df.assign(path=[], depth=[], root_id=[])
            return df.set_index("id")
        children: dict[Optional[int], list[int]] = {}
        for cid, parent in zip(df["id"], df["parent_id"]):
            children.setdefault(None if pd.isna(parent) else int(parent), []).append(int(cid))
        names = dict(zip(df["id"], df["name"]))
        order, path, depth, root = [], {}, {}, {}

        def visit(parent: Optional[int], prefix: str, level: int, top: Optional[int]) -> None:
            for cid in children.get(parent, []):
                order.append(cid)
                path[cid] = prefix + names[cid]
                depth[cid] = level
                root[cid] = top if top is not None else cid
                visit(cid, path[cid] + "/", level + 1, root[cid])
        visit(None, "", 0, None)
        df = df.set_index("id").loc[order]
        df["parent_id"] = [None if pd.isna(p) else int(p) for p in df["parent_id"]]
        df["path"], df["depth"], df["root_id"] = pd.Series(path), pd.Series(depth), pd.Series(root)
        return df

    @cached_property
    def children(self) -> dict[Optional[int], list[int]]:
        """Code ids by parent id (None for the roots), in tree order."""
        out: dict[Optional[int], list[int]] = {}
        for cid, parent in zip(self.codes.index, self.codes["parent_id"]):
            out.setdefault(parent, []).append(int(cid))
        return out

    def descendants(self, code_id: int, include_self: bool = True) -> list[int]:
        """A code's descendants in tree order (with the code itself first when asked)."""
        out = [code_id] if include_self else []
        stack = list(reversed(self.children.get(code_id, [])))
        while stack:
            cid = stack.pop()
            out.append(cid)
            stack.extend(reversed(self.children.get(cid, [])))
        return out

    @cached_property
    def _names(self) -> dict[int, tuple[str, str]]:
        # Plain dicts: a pandas row lookup per label costs more than the rest of a small matrix.
        return {int(i): (n, e) for i, n, e in zip(self.codes.index, self.codes["name"], self.codes["name_en"])}

    def code_label(self, code_id: int, lang: str = "fi") -> str:
        """A code's display name in a language (English falls back to the Finnish name)."""
        name, name_en = self._names[int(code_id)]
        return (name_en or name) if lang == "en" else name

    # -- sources, sections, texts -----------------------------------------------------------------------
    @cached_property
    def sources(self) -> pd.DataFrame:
        """Sources indexed by id: guid, name, kind, language."""
        rows = _rows(self.conn, "SELECT id, guid, name, kind, language FROM sources ORDER BY id")
        return pd.DataFrame(rows, columns=["id", "guid", "name", "kind", "language"]).set_index("id")

    @cached_property
    def sections(self) -> pd.DataFrame:
        """Sections: id, source_id, start, end, kind, label, speaker, start_time, sorted by
        source and start (innermost last among sections starting at the same offset)."""
        rows = _rows(self.conn, "SELECT id, source_id, start, end, kind, COALESCE(label, ''), COALESCE(speaker, ''),"
                                " start_time FROM sections ORDER BY source_id, start, end DESC, ordinal")
        cols = ["id", "source_id", "start", "end", "kind", "label", "speaker", "start_time"]
        df = pd.DataFrame(rows, columns=cols)
        for c in ("id", "source_id", "start", "end"):
            df[c] = df[c].astype(np.int64)
        df["start_time"] = df["start_time"].astype(float)
        return df

    def texts(self, source_ids: Iterable[int]) -> dict[int, str]:
        """Full texts of sources by id (read once per Frames object)."""
        missing = sorted({int(s) for s in source_ids} - set(self._texts))
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            self._texts.update(_rows(self.conn, f"SELECT id, text FROM sources WHERE id IN ({marks})", chunk))
        return self._texts

    # -- cases and attributes --------------------------------------------------------------------------
    @cached_property
    def cases(self) -> pd.DataFrame:
        """Cases indexed by id: guid, name."""
        rows = _rows(self.conn, "SELECT id, guid, name FROM cases ORDER BY name")
        return pd.DataFrame(rows, columns=["id", "guid", "name"]).set_index("id")

    @cached_property
    def case_links(self) -> pd.DataFrame:
        """Case links: case_id, source_id, start, end (a whole-source link is 0..WHOLE_SOURCE_END)."""
        rows = _rows(self.conn, f"SELECT case_id, source_id, COALESCE(start, 0), COALESCE(end, {WHOLE_SOURCE_END})"
                                " FROM case_links ORDER BY id")
        return _int_frame(rows, ["case_id", "source_id", "start", "end"])

    @cached_property
    def attribute_defs(self) -> pd.DataFrame:
        """Attribute definitions indexed by name: id, type, scope, ordinal."""
        rows = _rows(self.conn, "SELECT id, name, type, scope, ordinal FROM attributes ORDER BY ordinal, id")
        return pd.DataFrame(rows, columns=["id", "name", "type", "scope", "ordinal"]).set_index("name")

    @cached_property
    def attribute_values(self) -> pd.DataFrame:
        """Attribute values in long form: owner_kind, owner_id, name, value (booleans as bool)."""
        rows = _rows(self.conn, "SELECT v.owner_kind, v.owner_id, a.name, a.type, v.value FROM attribute_values v"
                                " JOIN attributes a ON a.id=v.attribute_id ORDER BY a.ordinal, a.id, v.owner_id")
        df = pd.DataFrame(rows, columns=["owner_kind", "owner_id", "name", "type", "value"])
        is_bool = df["type"] == "boolean"
        if is_bool.any():
            df["value"] = df["value"].astype(object)
            df.loc[is_bool, "value"] = [bool(v) for v in df.loc[is_bool, "value"]]
        return df.drop(columns="type")

    def attribute_of(self, owner_kind: str, name: str) -> dict[int, Any]:
        """One attribute's values by owner id, for cases or sources."""
        df = self.attribute_values
        sel = df[(df["owner_kind"] == owner_kind) & (df["name"] == name)]
        return dict(zip(sel["owner_id"].astype(int), sel["value"]))

    def attribute_table(self, owner_kind: str) -> pd.DataFrame:
        """A wide table of attributes: one row per case or source id, one column per attribute."""
        df = self.attribute_values
        sel = df[df["owner_kind"] == owner_kind]
        if sel.empty:
            return pd.DataFrame()
        wide = sel.pivot(index="owner_id", columns="name", values="value")
        order = [n for n in self.attribute_defs.index if n in wide.columns]
        return wide[order]

    def meta(self, key: str, default: str = "") -> str:
        """A project metadata value."""
        rows = _rows(self.conn, "SELECT value FROM meta WHERE key=?", (key,))
        return rows[0][0] if rows else default


def _state_key(conn) -> tuple:
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    return (conn.total_changes, version)


def load_frames(project) -> Frames:
    """The project's Frames, reused until the project changes."""
    key = _state_key(project.conn)
    cached = _CACHE.get(project)
    if cached is not None and cached[0] == key and cached[1].conn is project.conn:
        return cached[1]
    frames = Frames(project.conn)
    _CACHE[project] = (key, frames)
    return frames
