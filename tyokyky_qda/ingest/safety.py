"""Checks made before a file is opened: size caps, zip bombs, file signatures.

Office files (.docx, .xlsx, .odt) are zip archives; a crafted one can declare gigabytes of XML
that decompress from a few kilobytes. ``check_archive`` reads only the central directory (the
declared sizes) and refuses the file before any parser touches it. Python's zipfile never
inflates an entry past its declared size, so the declared sizes are a safe bound.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps that protect the app from hostile or accidental huge input (all configurable)."""

    max_file_bytes: int = 100 * MB        # any file bigger than this is refused unread
    max_zip_entries: int = 10_000         # entries in an Office archive
    max_zip_total_bytes: int = 512 * MB   # declared uncompressed size of all entries together
    max_zip_ratio: float = 200.0          # declared/compressed size of one entry ...
    zip_ratio_floor_bytes: int = 2 * MB   # ... checked only for entries larger than this
    max_table_rows: int = 200_000         # rows read from a CSV or XLSX
    max_table_columns: int = 2_000


DEFAULT_LIMITS = Limits()

# Signatures of formats people rename by accident (or on purpose).
_SIGNATURES = (
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE"),
    (b"%PDF", "PDF"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
)


def human_size(n: int) -> str:
    """A byte count as "12.3 MB"."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> int:
    """Refuse missing, empty and oversized files before reading them; returns the size."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFailed(N_("file not found")) from None
    except OSError as exc:
        raise ImportFailed(N_("cannot read the file ({error})", error=exc.strerror or exc)) from None
    if not path.is_file():
        raise ImportFailed(N_("not a regular file"))
    if size == 0:
        raise ImportFailed(N_("the file is empty"))
    if size > limits.max_file_bytes:
        raise ImportFailed(N_("file too large ({size}; the limit is {limit})", size=human_size(size),
                              limit=human_size(limits.max_file_bytes)))
    return size


def sniff(head: bytes) -> str:
    """The format a file's first bytes announce ("" when none of the known signatures)."""
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    return ""


def read_head(path: Path, n: int = 16) -> bytes:
    """The first ``n`` bytes of a file."""
    with open(path, "rb") as fh:
        return fh.read(n)


def check_archive(path: Path, what: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an Office file that is not a sound zip archive or looks like a zip bomb."""
    kind = sniff(read_head(path))
    if kind == "OLE":
        raise ImportFailed(N_("this {what} is password-protected or in the old binary Office format; "
                              "remove the password or save it again in the current format", what=what))
    if kind != "zip archive":
        raise ImportFailed(N_("not a valid {what} ({kind}, not a zip archive)", what=what,
                              kind=kind or N_("unknown content")))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportFailed(N_("corrupt or truncated {what} ({error})", what=what, error=exc)) from None
    if len(infos) > limits.max_zip_entries:
        raise ImportFailed(N_("suspicious {what}: {count} entries in the archive (limit {limit}; possible zip bomb)",
                              what=what, count=len(infos), limit=limits.max_zip_entries))
    total = sum(i.file_size for i in infos)
    if total > limits.max_zip_total_bytes:
        raise ImportFailed(N_("suspicious {what}: it would expand to {size} (limit {limit}; possible zip bomb)",
                              what=what, size=human_size(total), limit=human_size(limits.max_zip_total_bytes)))
    for info in infos:
        if info.file_size > limits.zip_ratio_floor_bytes:
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > limits.max_zip_ratio:
                raise ImportFailed(N_("suspicious {what}: {entry} is compressed {ratio:.0f}:1 (limit {limit:.0f}:1; "
                                      "possible zip bomb)", what=what, entry=info.filename, ratio=ratio,
                                      limit=limits.max_zip_ratio))
