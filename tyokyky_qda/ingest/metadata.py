"""Attributes for imported files: from a metadata CSV (file name → attributes), from a file-name
pattern (a regular expression with named groups) and from ``--attr KEY=VALUE``.

Precedence, most specific last: values found in the content (a report's project and period) <
``--attr`` < the file-name pattern < the metadata CSV row of that file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed, UserError
from tyokyky_qda.core.i18n import N_, message_of
from tyokyky_qda.ingest.safety import Limits
from tyokyky_qda.ingest.table_reader import read_table
from tyokyky_qda.store.cases_api import guess_type

_FILE_COLUMNS = ("file", "tiedosto", "filename", "file name", "tiedostonimi", "path", "polku", "name", "nimi")
METADATA_NAMES = ("metadata.csv", "metatiedot.csv")


@dataclass
class Metadata:
    """Rows of a metadata CSV indexed by relative path, file name and stem (all case-folded)."""

    folder: Path
    columns: list[str] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    by_path: dict[str, dict] = field(default_factory=dict)
    by_name: dict[str, Optional[dict]] = field(default_factory=dict)
    by_stem: dict[str, Optional[dict]] = field(default_factory=dict)
    source: Optional[Path] = None

    def lookup(self, path: Path) -> dict:
        """The attributes of one file ({} when the CSV has no row for it)."""
        try:
            rel = path.resolve().relative_to(self.folder.resolve()).as_posix().casefold()
        except ValueError:
            rel = ""
        if rel and rel in self.by_path:
            return self.by_path[rel]
        return self.by_name.get(path.name.casefold()) or self.by_stem.get(path.stem.casefold()) or {}


def load_metadata(csv_path, limits: Optional[Limits] = None) -> Metadata:
    """Read a metadata CSV whose file column is "file" (or tiedosto, filename, path...)."""
    path = Path(csv_path)
    if not path.is_file():
        raise UserError(N_("no such metadata file: {path}", path=csv_path))
    try:
        table = read_table(path, header_rows=1, **({"limits": limits} if limits else {}))
    except ImportFailed as exc:
        raise UserError(N_("cannot read the metadata file {file}: {error}",
                           file=path.name, error=message_of(exc))) from None
    lowered = [h.casefold() for h in table.headers]
    key_col = next((lowered.index(c) for c in _FILE_COLUMNS if c in lowered), 0)
    meta = Metadata(folder=path.parent, source=path)
    meta.columns = [h for i, h in enumerate(table.headers) if i != key_col]
    for name in meta.columns:
        i = table.headers.index(name)
        meta.types[name] = guess_type(table.column(i))
    for row in table.rows:
        key = row[key_col].replace("\\", "/").strip()
        if not key:
            continue
        attrs = {h: row[i] for i, h in enumerate(table.headers) if i != key_col and row[i]}
        rel = key.removeprefix("./").casefold()
        meta.by_path[rel] = attrs
        name = rel.rsplit("/", 1)[-1]
        # A name that two rows share (in different folders) only matches by its full path.
        meta.by_name[name] = None if name in meta.by_name else attrs
        stem = name.rsplit(".", 1)[0] if "." in name else name
        meta.by_stem[stem] = None if stem in meta.by_stem else attrs
    return meta


def is_metadata_file(path: Path) -> bool:
    """A CSV named metadata.csv/metatiedot.csv with a file column: attributes, not material."""
    if path.name.casefold() not in METADATA_NAMES:
        return False
    try:
        first = path.read_text(encoding="utf-8-sig", errors="replace").split("\n", 1)[0].casefold()
    except OSError:
        return False
    return any(re.search(rf"(^|[,;\t]){re.escape(c)}($|[,;\t])", first.strip()) for c in _FILE_COLUMNS)


def compile_pattern(pattern: Optional[str]) -> Optional[re.Pattern]:
    """A file-name pattern; it needs at least one named group."""
    if not pattern:
        return None
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise UserError(N_("bad --name-pattern {pattern!r}: {error}", pattern=pattern, error=exc)) from None
    if not regex.groupindex:
        raise UserError(N_("--name-pattern needs named groups, e.g. '(?P<alue>[^_]+)_(?P<nro>\\d+)'"))
    return regex


def file_attributes(path: Path, *, attributes: Optional[dict], pattern: Optional[re.Pattern],
                    metadata: Optional[Metadata]) -> dict[str, tuple[str, Optional[str]]]:
    """name → (value, type or None) for one file, merged in order of precedence."""
    out: dict[str, tuple[str, Optional[str]]] = {}
    # Text unless the attribute exists with another type: "01" from a file name stays "01".
    for key, value in (attributes or {}).items():
        out[key] = (value, "text")
    if pattern is not None:
        match = pattern.search(path.name)
        if match:
            out.update({k: (v, "text") for k, v in match.groupdict().items() if v})
    if metadata is not None:
        for key, value in metadata.lookup(path).items():
            out[key] = (value, metadata.types.get(key))
    return out
