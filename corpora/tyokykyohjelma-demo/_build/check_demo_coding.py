"""Check demo-coding.json against the codebook and the corpus files, and print coding counts.

Every code path must exist in tyokyky_qda/resources/codebooks/tyokykyohjelma.json, and every quote must be
found, whitespace-insensitively, inside ONE unit of its file: a turn of the plain-text transcript
source (_build/src/Hxx.txt) and of the imported interview file itself (.txt/.docx/.vtt), a .docx
paragraph, the pypdf text of a .pdf (lines joined), or one cell of the survey respondent's or the
status-report export row. Quotes in PDFs must not straddle a hyphenated line break, because the
importer rejoins hyphenated words and the quote would then no longer match.

Run:  .venv/bin/python corpora/tyokykyohjelma-demo/_build/check_demo_coding.py  [--quiet]
Exit status 0 when there are no problems, 1 otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pypdf

CORPUS = Path(__file__).resolve().parents[1]
ROOT = CORPUS.parents[1]
CODEBOOK = ROOT / "tyokyky_qda" / "resources" / "codebooks" / "tyokykyohjelma.json"
CODINGS = CORPUS / "demo-coding.json"

_WS = re.compile(r"\s+")
_TURN = re.compile(r"^\[(\d\d:\d\d:\d\d)\] ([^:\n]+): (.*)$")
_TIMESTAMP = re.compile(r"\[\d\d:\d\d:\d\d\]|\d\d:\d\d:\d\d\.\d{3}")
_VTT_VOICE = re.compile(r"^<v ([^>]+)>(.*)$", re.S)


def norm(text: str) -> str:
    """Collapse whitespace runs to one space (the matching rule of tyokyky_qda.demo.quotes)."""
    return _WS.sub(" ", text).strip()


def code_paths(codebook: dict) -> set[str]:
    """All code paths of the codebook, names joined by '/' from the root."""
    out: set[str] = set()

    def walk(node: dict, prefix: list[str]) -> None:
        path = prefix + [node["name"]]
        out.add("/".join(path))
        for child in node.get("children", []):
            walk(child, path)

    for top in codebook["codes"]:
        walk(top, [])
    return out


# ---------------------------------------------------------------- text units per file kind


def transcript_turns(path: Path) -> list[str]:
    """Turn texts of a bracket-format transcript ('[hh:mm:ss] Speaker: text')."""
    turns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _TURN.match(line)
        if m:
            turns.append(m.group(3))
    return turns


def docx_paragraphs(path: Path) -> list[str]:
    """Non-empty paragraph texts of a Word file."""
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def vtt_turns(path: Path) -> list[str]:
    """WebVTT cue texts, consecutive cues of one speaker merged into a turn (as the importer does)."""
    blocks = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
    turns: list[list] = []
    for block in blocks:
        lines = block.strip().splitlines()
        timing = next((i for i, ln in enumerate(lines) if "-->" in ln), None)
        if timing is None:
            continue
        payload = "\n".join(lines[timing + 1:]).strip()
        m = _VTT_VOICE.match(payload)
        speaker, words = (m.group(1), m.group(2).strip()) if m else (None, payload)
        if turns and speaker and turns[-1][0] == speaker:
            turns[-1][1] += " " + words
        else:
            turns.append([speaker, words])
    return [words for _, words in turns]


def interview_file_units(path: Path) -> list[str]:
    """Turns of the interview file as shipped (.txt bracket format, .docx 'Name: text', .vtt)."""
    if path.suffix == ".txt":
        return transcript_turns(path)
    if path.suffix == ".vtt":
        return vtt_turns(path)
    if path.suffix == ".docx":
        return [p.split(": ", 1)[1] if ": " in p else p for p in docx_paragraphs(path)]
    raise ValueError(f"unknown interview format {path.suffix}")


def pdf_text(path: Path) -> str:
    """The pypdf text of all pages, joined with newlines (raw, for the hyphenation check)."""
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def xlsx_rows(path: Path, key_column: int = 0) -> dict[str, list[str]]:
    """Rows of the first sheet keyed by the value of ``key_column``; values are the cell texts."""
    ws = openpyxl.load_workbook(str(path), read_only=True).worksheets[0]
    rows: dict[str, list[str]] = {}
    for row in ws.iter_rows(values_only=True):
        if row and row[key_column] is not None:
            rows[str(row[key_column])] = [str(v) for v in row if v is not None]
    return rows


class Corpus:
    """Lazily loaded text units of the corpus files, cached per file."""

    def __init__(self, root: Path):
        self.root = root
        self._cache: dict[str, object] = {}

    def _get(self, key: str, loader):
        if key not in self._cache:
            self._cache[key] = loader()
        return self._cache[key]

    def units(self, entry: dict) -> list[tuple[str, list[str]]]:
        """(label, units) pairs the quote of ``entry`` must be found in (each pair separately)."""
        rel = entry["file"]
        path = self.root / rel
        if rel.startswith("haastattelut/"):
            src = self.root / "_build" / "src" / f"{path.stem}.txt"
            return [("src", self._get(str(src), lambda: transcript_turns(src))),
                    (path.suffix, self._get(rel, lambda: interview_file_units(path)))]
        if rel == "kysely/sidosryhmakysely.xlsx":
            rows = self._get(rel, lambda: xlsx_rows(path))
            return [("respondent", rows.get(str(entry.get("respondent")), []))]
        if path.suffix == ".xlsx":
            rows = self._get(rel, lambda: xlsx_rows(path))
            return [("row", rows.get(str(entry.get("row")), []))]
        if path.suffix == ".docx":
            return [("docx", self._get(rel, lambda: docx_paragraphs(path)))]
        if path.suffix == ".pdf":
            return [("pdf", [self._get(rel, lambda: pdf_text(path))])]
        raise ValueError(f"unsupported file {rel}")


# ---------------------------------------------------------------- checks


def pdf_hyphen_hazard(raw: str, quote: str) -> bool:
    """True if the quote's match in the raw PDF text spans a line break next to a hyphen."""
    pattern = r"\s+".join(re.escape(w) for w in norm(quote).split(" "))
    m = re.search(pattern, raw)
    if not m:
        return False
    span = raw[m.start():m.end()]
    return bool(re.search(r"-\s*\n|\n\s*-", span))


def check_entry(i: int, entry: dict, corpus: Corpus, paths: set[str], coders: set[str]) -> list[str]:
    """Problems of one coding entry (empty list when it is fine)."""
    where = f"#{i} {entry.get('file')}"
    problems = []
    for field in ("file", "quote", "codes", "coder"):
        if not entry.get(field):
            problems.append(f"{where}: missing {field}")
    if problems:
        return problems
    if entry["coder"] not in coders:
        problems.append(f"{where}: coder {entry['coder']!r} not in 'coders'")
    for code in entry["codes"]:
        if code not in paths:
            problems.append(f"{where}: unknown code path {code!r}")
    if len(set(entry["codes"])) != len(entry["codes"]):
        problems.append(f"{where}: duplicate code in one coding")
    quote = entry["quote"]
    if _TIMESTAMP.search(quote):
        problems.append(f"{where}: quote contains a timestamp")
    if entry["file"] == "kysely/sidosryhmakysely.xlsx" and not entry.get("respondent"):
        problems.append(f"{where}: survey coding without 'respondent'")
    if entry["file"].endswith("hankesalkku-vienti.xlsx") and not entry.get("row"):
        problems.append(f"{where}: export coding without 'row'")
    if not (corpus.root / entry["file"]).exists():
        return problems + [f"{where}: file does not exist"]
    needle = norm(quote)
    for label, units in corpus.units(entry):
        hits = [u for u in units if needle in norm(u)]
        if not hits:
            problems.append(f"{where}: quote not found in one {label} unit: {quote[:70]!r}")
        elif label == "pdf" and pdf_hyphen_hazard(hits[0], quote):
            problems.append(f"{where}: quote straddles a hyphenated PDF line break: {quote[:70]!r}")
    return problems


def print_counts(title: str, counter: Counter) -> None:
    """Print a counter sorted by key."""
    print(f"\n== {title} ({len(counter)}) ==")
    width = max((len(str(k)) for k in counter), default=0)
    for key in sorted(counter):
        print(f"  {str(key):<{width}}  {counter[key]}")


def report(codings: list[dict]) -> None:
    """Counts per coder, per file, per coder and file, and per code."""
    per_coder = Counter(c["coder"] for c in codings)
    per_file = Counter(c["file"] + (f" [{c['respondent']}]" if c.get("respondent") else "")
                       + (f" [{c['row']}]" if c.get("row") else "") for c in codings)
    per_file_short = Counter(c["file"] for c in codings)
    per_coder_file = Counter(f"{c['coder']} | {c['file']}" for c in codings)
    per_code = Counter(code for c in codings for code in c["codes"])
    print_counts("codings per coder", per_coder)
    print_counts("codings per file", per_file_short)
    print_counts("codings per coder and file", per_coder_file)
    print_counts("codings per code", per_code)
    print(f"\n(survey answers and export rows coded: "
          f"{sum(1 for k in per_file if '[' in k)} distinct; total codings {len(codings)}, "
          f"code applications {sum(per_code.values())})")


def main(argv: list[str]) -> int:
    """Run all checks; print problems and counts; return the exit status."""
    data = json.loads(CODINGS.read_text(encoding="utf-8"))
    paths = code_paths(json.loads(CODEBOOK.read_text(encoding="utf-8")))
    coders = set(data.get("coders", {}))
    codings = data.get("codings", [])
    corpus = Corpus(CORPUS)
    problems = []
    for i, entry in enumerate(codings):
        problems.extend(check_entry(i, entry, corpus, paths, coders))
    seen = Counter((c.get("file"), c.get("respondent"), c.get("row"), c.get("coder"), norm(c.get("quote", "")))
                   for c in codings)
    problems.extend(f"duplicate coding: {k[0]} {k[3]} {k[4][:60]!r}" for k, n in seen.items() if n > 1)
    if "--quiet" not in argv:
        report(codings)
    print(f"\n{len(codings)} codings checked, {len(problems)} problem(s)")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
