"""PDF text layer to blocks: page headers, footers and numbers dropped, soft hyphens removed,
words hyphenated at line ends rejoined, lines reflowed into paragraphs, headings guessed.

Uses pypdf (pure Python). Scanned PDFs have no text layer: they are refused with a message that
says so, rather than imported empty.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, check_cancel
from tyokyky_qda.ingest.blocks import Block
from tyokyky_qda.ingest.textnorm import normalise

_PAGE_NUMBER = re.compile(r"^(?:[-–(\[]\s*)?\d{1,4}(?:\s*[-–)\]])?$|^(?:sivu|page|s\.|p\.)\s*\d+"
                          r"(?:\s*(?:/|of|\()\s*\d+\)?)?$|^\d{1,4}\s*/\s*\d{1,4}$", re.I)
_BULLET = re.compile(r"^(?:[•▪◦●■\-–*]\s|\d{1,2}[.)]\s)")
_LABEL_START = re.compile(r"^[^\W\d_][\w ./()-]{0,38}:(?:\s|$)")
_NUMBERED_START = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+[A-ZÅÄÖ]")
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S")
_CONJUNCTIONS = {"ja", "tai", "sekä", "eli", "että", "and", "or", "och", "eller", "und", "tahi"}
_ZONE = 3  # lines at the top and bottom of a page where headers and footers live


def read_pdf(path: Path, notes: dict, cancel: Optional[CancelFn] = None) -> list[Block]:
    """The text layer of a PDF as paragraph and heading blocks, each with its page label."""
    with open(path, "rb") as fh:
        if b"%PDF" not in fh.read(1024):
            raise ImportFailed(N_("not a PDF file (no %PDF header)"))
    reader = _open(path, notes)
    pages, labels = _page_texts(reader, notes, cancel)
    if not any(t.strip() for t in pages):
        raise ImportFailed(N_("the PDF has no text layer (a scanned document?); run OCR on it first"))
    blank = [labels[i] for i, t in enumerate(pages) if not t.strip()]
    if blank:
        notes.setdefault("warnings", []).append(N_("{count} page(s) without text: {pages}", count=len(blank),
                                                    pages=", ".join(blank[:10])))
    pages = [_clean_page(t, notes) for t in pages]
    labels = _printed_numbers(pages, labels)
    lines = _drop_headers_footers(pages, labels, notes)
    blocks = _reflow(lines, notes)
    notes["format"] = "pdf"
    notes["pages"] = len(pages)
    return blocks


def _open(path: Path, notes: dict):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every small defect
    try:
        reader = PdfReader(str(path), strict=False)
        encrypted = reader.is_encrypted
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError, AssertionError) as exc:
        raise ImportFailed(N_("corrupt or truncated PDF ({error})", error=f"{type(exc).__name__}: {exc}")) from None
    if encrypted:
        try:
            ok = reader.decrypt("")
        except DependencyError:
            raise ImportFailed(N_("encrypted PDF: it cannot be decrypted here (its encryption needs the "
                                  "'cryptography' package); save an unprotected copy")) from None
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on bad encryption dicts
            raise ImportFailed(N_("encrypted PDF that cannot be opened ({error})", error=exc)) from None
        if not ok:
            raise ImportFailed(N_("encrypted PDF: it needs a password; save an unprotected copy"))
        notes["encrypted"] = "opened with an empty user password"
    return reader


def _page_texts(reader, notes: dict, cancel) -> tuple[list[str], list[str]]:
    try:
        count = len(reader.pages)
    except Exception as exc:  # noqa: BLE001
        raise ImportFailed(N_("corrupt PDF: its page tree cannot be read ({error})", error=exc)) from None
    try:
        labels = [str(x) for x in reader.page_labels]
    except Exception:  # noqa: BLE001 - broken /PageLabels trees are common
        labels = []
    if len(labels) != count:
        labels = [str(i + 1) for i in range(count)]
    texts, failed = [], []
    for i in range(count):
        check_cancel(cancel)
        try:
            texts.append(reader.pages[i].extract_text() or "")
        except Exception:  # noqa: BLE001 - one bad content stream should not lose the document
            texts.append("")
            failed.append(labels[i])
    if failed:
        notes.setdefault("warnings", []).append(N_("text of page(s) {pages} could not be read",
                                                    pages=", ".join(failed[:10])))
    return texts, labels


def _clean_page(text: str, notes: dict) -> list[str]:
    """One page's raw lines: soft hyphens at line ends joined, ligatures expanded, NFC."""
    soft_breaks = len(re.findall("\u00ad[ \t]*\n", text))
    text = re.sub("\u00ad[ \t]*\n[ \t]*", "", text)
    if soft_breaks:
        notes["hyphenation_rejoined"] = notes.get("hyphenation_rejoined", 0) + soft_breaks
    page_notes: dict = {}
    # Keep trailing spaces: pypdf leaves one at soft line wraps, a hint for the reflow.
    text = _normalise_keep_spaces(text, page_notes)
    for key in ("soft_hyphens_removed", "ligatures_expanded", "control_characters_removed"):
        if key in page_notes:
            notes[key] = notes.get(key, 0) + page_notes[key]
    notes["unicode"] = "NFC"
    return text.split("\n")


def _normalise_keep_spaces(text: str, notes: dict) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = []
    for line in lines:
        stripped = line.rstrip()
        trailing = " " if stripped != line and stripped else ""
        out.append(normalise(stripped, notes, ligatures=True) + trailing if stripped.strip() else "")
    return "\n".join(out)


def _drop_headers_footers(pages: list[list[str]], labels: list[str], notes: dict) -> list[tuple[str, Optional[str]]]:
    """(page label, line) pairs without running headers, footers and page numbers."""
    n = len(pages)
    keys_per_page = []
    for lines in pages:
        zone = _zone_indexes(lines)
        keys_per_page.append({_key(lines[i]) for i in zone if _key(lines[i])})
    counts = Counter(k for keys in keys_per_page for k in keys)
    repeated = {k for k, c in counts.items() if n >= 2 and c >= max(2, math.ceil(0.5 * n))}
    dropped: Counter = Counter()
    out: list[tuple[str, str]] = []
    for lines, label in zip(pages, labels):
        zone = _zone_indexes(lines)
        for i, line in enumerate(lines):
            stripped = line.strip()
            if i in zone and stripped and (_key(line) in repeated or (n >= 2 and _PAGE_NUMBER.match(stripped))):
                dropped[re.sub(r"\d+", "#", stripped)] += 1
                continue
            out.append((label, line))
        out.append((label, None))  # a page end: a paragraph boundary unless the text runs on
    if dropped:
        notes["headers_footers_dropped"] = sum(dropped.values())
        notes["headers_footers_examples"] = [k for k, _ in dropped.most_common(5)]
    return out


def _printed_numbers(pages: list[list[str]], labels: list[str]) -> list[str]:
    """The page numbers printed on the pages, when every page has one and they run on by one
    (a chapter printed as pages 20–52 then gets sections labelled 20–52, not 1–33)."""
    if labels != [str(i + 1) for i in range(len(labels))] or len(pages) < 2:
        return labels
    printed = []
    for lines in pages:
        numbers = [lines[i].strip() for i in sorted(_zone_indexes(lines)) if lines[i].strip().isdigit()]
        printed.append(int(numbers[0]) if len(numbers) == 1 else None)
    if None in printed or any(b != a + 1 for a, b in zip(printed, printed[1:])):
        return labels
    return [str(n) for n in printed]


def _zone_indexes(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:_ZONE]) | set(filled[-_ZONE:])


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", unicodedata.normalize("NFC", line.strip().lower()))


def _reflow(lines: list[tuple[str, Optional[str]]], notes: dict) -> list[Block]:
    """Join wrapped lines into paragraphs and guess headings."""
    filled = [line for _, line in lines if line and line.strip()]
    hints = sum(1 for line in filled if line.endswith(" ")) >= 0.2 * max(1, len(filled))
    lengths = sorted(len(line.strip()) for line in filled)
    median = lengths[len(lengths) // 2] if lengths else 0
    paragraphs: list[tuple[str, str, int]] = []  # (page, text, number of lines)
    current, page, count, runs_on = "", "", 0, False

    def flush():
        nonlocal current
        if current:
            paragraphs.append((page, current, count))
        current = ""

    for label, raw in lines:
        if raw is None:  # page end
            if not runs_on:
                flush()
            continue
        line = raw.strip()
        if not line:
            flush()
            continue
        if current and (_starts_new(line) or _numbered_heading(line, median)) and not current.endswith("-"):
            flush()
        if not current:
            current, page, count = line, label, 1
        else:
            current, count = _join(current, line, notes), count + 1
        runs_on = _continues(raw, hints, median)
        if not runs_on:
            flush()
    flush()
    return _with_headings(paragraphs)


def _continues(raw: str, hints: bool, median: int) -> bool:
    """Does the paragraph go on after this line?"""
    line = raw.strip()
    if line.endswith("-") and len(line) > 1 and line[-2].isalpha():
        return True
    if hints:
        return raw.endswith(" ")
    if len(line) < 0.7 * median:
        return False
    return not line.endswith((".", "!", "?", ":"))


def _starts_new(line: str) -> bool:
    return bool(_BULLET.match(line) or (line[0].isupper() and _LABEL_START.match(line)))


def _numbered_heading(line: str, median: int) -> bool:
    """A short line like "3.1 Tavoitteiden toteutuminen" starts a section, not a wrapped line."""
    return bool(_NUMBERED_START.match(line)) and len(line) < 0.6 * median and not line.endswith((".", ","))


def _join(current: str, line: str, notes: dict) -> str:
    """Append a wrapped line, rejoining a word hyphenated at the line end."""
    if current.endswith("-") and len(current) > 1:
        before, first_word = current[-2], line.split()[0].strip(",.;:").lower()
        # Finnish keeps the hyphen where the same vowel meets itself ("laaja-alainen").
        same_vowel = before == line[0] and before in "aeiouyäöå"
        if before.isalpha() and before.islower() and line[0].islower() and first_word not in _CONJUNCTIONS \
                and not same_vowel:
            notes["hyphenation_rejoined"] = notes.get("hyphenation_rejoined", 0) + 1
            return current[:-1] + line
        if before.isalnum() and first_word not in _CONJUNCTIONS and not line[0].isspace():
            return current + line  # "TE-" + "palvelut": a real hyphen in a compound
    return current + " " + line


def _with_headings(paragraphs: list[tuple[str, str, int]]) -> list[Block]:
    """Paragraph blocks; short unpunctuated one- or two-line paragraphs followed by text are headings."""
    blocks: list[Block] = []
    last_level = 1
    for i, (page, text, nlines) in enumerate(paragraphs):
        nxt = paragraphs[i + 1][1] if i + 1 < len(paragraphs) else ""
        is_heading = (nlines <= 2 and len(text) <= 100 and nxt and len(nxt) > len(text)
                      and not text.endswith((".", ",", ";", ":", "!", "?", "-"))
                      and (text[0].isupper() or text[0].isdigit()) and not _LABEL_START.match(text + " "))
        if is_heading:
            numbered = _NUMBERED_HEADING.match(text)
            level = numbered.group(1).count(".") + 1 if numbered else last_level + 1
            if numbered:
                last_level = level
            blocks.append(Block(text, kind="heading", level=min(level, 9), page=page))
        else:
            blocks.append(Block(text, page=page))
    return blocks
