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
        raise ImportFailed(f"{name}: contains a DTD or entity declarations; refused for safety (XXE / entity expansion)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_blank_text=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(f"{name}: not well-formed XML ({exc})") from exc


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
        raise ImportFailed(f"{path.name}: not a readable .qdpx archive ({exc})") from exc
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        zf.close()
        raise ImportFailed(f"{path.name}: {len(infos)} entries; more than {MAX_ENTRIES} is refused (zip bomb?)")
    total = 0
    names = {}
    for info in infos:
        p = PurePosixPath(info.filename.replace("\\", "/"))
        if p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", info.filename):
            zf.close()
            raise ImportFailed(f"{path.name}: entry {info.filename!r} points outside the archive; refused (zip-slip)")
        total += info.file_size
        if info.compress_size and info.file_size / max(1, info.compress_size) > MAX_RATIO and info.file_size > 1 << 20:
            zf.close()
            raise ImportFailed(f"{path.name}: entry {info.filename!r} expands {info.file_size // info.compress_size}x; "
                               "refused (zip bomb)")
        if total > max_total:
            zf.close()
            raise ImportFailed(f"{path.name}: more than {max_total // 1024 ** 2} MB when unpacked; refused (zip bomb?)")
        if not info.is_dir():
            names[str(p).lower()] = info.filename
    roots = [real for low, real in names.items() if low.endswith(".qde") and "/" not in low]
    if not roots:
        roots = [real for low, real in names.items() if low.endswith(".qde")]
    if len(roots) != 1:
        zf.close()
        what = "no .qde project file" if not roots else f"{len(roots)} .qde files"
        raise ImportFailed(f"{path.name}: {what} in the archive; not a REFI-QDA project")
    return SafeArchive(path, zf, roots[0], names)
