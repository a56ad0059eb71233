"""Untrusted REFI-QDA input: safe archive opening and XML parsing.

An imported archive may be hostile: external entities (XXE), entity expansion (billion laughs),
paths that escape the archive (zip-slip), and zip bombs. Each is refused with one clear message.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 2 * 1024 ** 3
MAX_RATIO = 200  # uncompressed/compressed per entry; text compresses ~10x, bombs ~1000x
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
GUID_RE = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")


def norm_guid(value: str | None) -> str:
    """Canonical GUID: no braces, lower case; other strings are kept stripped."""
    if not value:
        return ""
    m = GUID_RE.match(value.strip())
    return m.group(1).lower() if m else value.strip().lower()


def local(tag) -> str:
    """Element name without its namespace (producers use several namespace variants)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse XML with DTDs, entities and network access refused."""
    if _DTD.search(data[:65536]) or _DTD.search(data):
        raise ImportFailed(N_("{file}: contains a DTD or entity declarations; refused for safety "
                              "(XXE / entity expansion)", file=name))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_blank_text=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(N_("{file}: not well-formed XML ({error})", file=name, error=exc)) from exc


@dataclass
class SafeArchive:
    """A checked .qdpx archive: the root .qde and case-insensitive access to its other files."""

    path: Path
    zf: zipfile.ZipFile
    qde_name: str
    names: dict[str, str]  # lower-case path → real path

    def read(self, name: str) -> bytes:
        """Read an entry by case-insensitive path (e.g. 'sources/<guid>.txt')."""
        real = self.names.get(name.lower().lstrip("/"))
        if real is None:
            raise KeyError(name)
        return self.zf.read(real)

    def find_source(self, filename: str) -> bytes | None:
        """A file of the sources folder (Sources/ or sources/), or anywhere by base name."""
        for candidate in (f"sources/{filename}", filename):
            if candidate.lower() in self.names:
                return self.read(candidate)
        base = filename.lower().rsplit("/", 1)[-1]
        for low, real in self.names.items():
            if low.rsplit("/", 1)[-1] == base:
                return self.zf.read(real)
        return None

    def close(self) -> None:
        """Close the zip file."""
        self.zf.close()


def open_archive(path: Path, max_total: int = MAX_TOTAL_BYTES) -> SafeArchive:
    """Open and check a .qdpx before reading anything from it."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFailed(N_("{file}: not a readable .qdpx archive ({error})", file=path.name, error=exc)) from exc
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        zf.close()
        raise ImportFailed(N_("{file}: {count} entries; more than {limit} is refused (zip bomb?)", file=path.name,
                              count=len(infos), limit=MAX_ENTRIES))
    total = 0
    names = {}
    for info in infos:
        p = PurePosixPath(info.filename.replace("\\", "/"))
        if p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", info.filename):
            zf.close()
            raise ImportFailed(N_("{file}: entry {entry!r} points outside the archive; refused (zip-slip)",
                                  file=path.name, entry=info.filename))
        total += info.file_size
        if info.compress_size and info.file_size / max(1, info.compress_size) > MAX_RATIO and info.file_size > 1 << 20:
            zf.close()
            raise ImportFailed(N_("{file}: entry {entry!r} expands {ratio}x; refused (zip bomb)", file=path.name,
                                  entry=info.filename, ratio=info.file_size // info.compress_size))
        if total > max_total:
            zf.close()
            raise ImportFailed(N_("{file}: more than {size} MB when unpacked; refused (zip bomb?)", file=path.name,
                                  size=max_total // 1024 ** 2))
        if not info.is_dir():
            names[str(p).lower()] = info.filename
    roots = [real for low, real in names.items() if low.endswith(".qde") and "/" not in low]
    if not roots:
        roots = [real for low, real in names.items() if low.endswith(".qde")]
    if len(roots) != 1:
        zf.close()
        if not roots:
            raise ImportFailed(N_("{file}: no .qde project file in the archive; not a REFI-QDA project",
                                  file=path.name))
        raise ImportFailed(N_("{file}: {count} .qde files in the archive; not a REFI-QDA project", file=path.name,
                              count=len(roots)))
    return SafeArchive(path, zf, roots[0], names)
