"""Read the demo corpus back and check it.

Checks: every generated file opens and has its expected structure; metadata.csv lists existing
files; total size < 5 MB; no 12-word sequence occurs in two different documents. For the
repetition check each file is one document, except that rows of .xlsx files are also compared
with each other (an importer may turn every row into its own document). Words are \\w+ runs,
lower-cased, which is stricter than splitting on whitespace.
"""

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

CORPUS = Path(__file__).resolve().parent.parent
N = 12
LABELS = ["Hanke:", "Toimenpide:", "Raportointijakso:", "Tila:", "Eteneminen:", "Riskit:", "Seuraavat toimenpiteet:"]


def docx_text(path):
    """Paragraph and table text of a .docx."""
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def pdf_text(path):
    """Text layer of a PDF."""
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def xlsx_rows(path, free_text_only):
    """Data rows of the first sheet as strings (header row excluded).

    With free_text_only, only text cells whose value occurs once in its column are kept: closed
    survey answers ("En osaa sanoa", "Kyllä", 1..5, answer options) repeat from row to row and
    are variables, not text an importer would code.
    """
    ws = load_workbook(path, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))[1:]
    if not free_text_only:
        return [" ".join(str(v) for v in r if v is not None) for r in rows]
    counts = [Counter(col) for col in zip(*rows)]
    return [" ".join(v for j, v in enumerate(r) if isinstance(v, str) and counts[j][v] == 1) for r in rows]


def units():
    """Yield (unit name, text) for every document (and every xlsx row)."""
    for path in sorted(CORPUS.rglob("*")):
        rel = path.relative_to(CORPUS).as_posix()
        if path.is_dir() or rel.startswith("_build/") or path.name in ("README.md", "metadata.csv"):
            continue
        suffix = path.suffix.lower()
        if suffix in (".txt", ".vtt", ".md"):
            yield rel, path.read_text(encoding="utf-8")
        elif suffix == ".docx":
            yield rel, docx_text(path)
        elif suffix == ".pdf":
            yield rel, pdf_text(path)
        elif suffix == ".xlsx":
            for i, text in enumerate(xlsx_rows(path, not rel.startswith("tilanneraportit/")), start=2):
                yield f"{rel}#row{i}", text


def repeated_ngrams(docs):
    """Return {ngram: set of files} for n-grams seen in more than one file and more than one unit."""
    seen = defaultdict(set)
    for name, text in docs:
        words = re.findall(r"\w+", text.lower())
        for i in range(len(words) - N + 1):
            seen[tuple(words[i:i + N])].add(name)
    return {g: names for g, names in seen.items() if len(names) > 1}


def check_structure(errors):
    """Read back the generated binaries and check their expected content."""
    ws = load_workbook(CORPUS / "kysely/sidosryhmakysely.xlsx", read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    if len(rows) != 79 or rows[1][0] != "R001" or rows[-1][0] != "R078":
        errors.append("survey: expected 78 respondents R001..R078")
    for path in sorted((CORPUS / "tilanneraportit").glob("*")):
        if path.suffix in (".docx", ".pdf"):
            text = docx_text(path) if path.suffix == ".docx" else pdf_text(path)
            missing = [lab for lab in LABELS if lab not in text]
            if missing:
                errors.append(f"{path.name}: missing labels {missing}")
    hs = load_workbook(CORPUS / "tilanneraportit/hankesalkku-vienti.xlsx", read_only=True).active
    hrows = list(hs.iter_rows(values_only=True))
    if [h for h in hrows[0]] != [lab.rstrip(":") for lab in LABELS] or len(hrows) != 7:
        errors.append("hankesalkku-vienti.xlsx: unexpected header or row count")
    n_docx = len(list((CORPUS / "tilanneraportit").glob("*.docx")))
    n_pdf = len(list((CORPUS / "tilanneraportit").glob("*.pdf")))
    if (n_docx, n_pdf) != (10, 8):
        errors.append(f"status reports: {n_docx} docx, {n_pdf} pdf (expected 10, 8)")


def check_metadata(errors, warnings):
    """metadata.csv must list existing files (interviews may still be missing: warning only)."""
    with open(CORPUS / "metadata.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not (CORPUS / row["file"]).exists():
                (warnings if row["file"].startswith("haastattelut/") else errors).append(f"metadata: missing {row['file']}")


def main():
    """Run all checks, print a summary and return a process exit code."""
    errors, warnings = [], []
    check_structure(errors)
    check_metadata(errors, warnings)
    size = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    if size > 5 * 1024 * 1024:
        errors.append(f"corpus size {size} bytes > 5 MB")
    docs = list(units())
    for gram, names in sorted(repeated_ngrams(docs).items(), key=lambda x: sorted(x[1])):
        msg = f"repeated {N}-gram in {sorted(names)}: {' '.join(gram)}"
        (warnings if all(n.startswith("haastattelut/") for n in names) else errors).append(msg)
    print(f"units checked: {len(docs)}, corpus size: {size / 1024:.0f} KiB")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
