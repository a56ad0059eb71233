"""Build the demo interview transcripts H09–H12 from their plain-text sources.

The sources live in ``_build/src/Hxx.txt``: a header of a few lines, a blank
line, then one turn per paragraph as ``[hh:mm:ss] Speaker: text``.  Each
interview is published in one format only, so that the demo corpus exercises
every transcript importer:

* H09, H11 -> ``haastattelut/Hxx.txt`` (header + timestamped turns, as in src)
* H10      -> ``haastattelut/H10.docx`` (Heading 1 title, date line, turns
  without timestamps)
* H12      -> ``haastattelut/H12.vtt`` (WebVTT; long turns split into cues of
  one to three sentences, timed inside the turn)

Run with the project venv::

    .venv/bin/python corpora/tyokykyohjelma-demo/_build/make_transcripts_h09_h12.py [--check]

``--check`` rebuilds, then prints word and turn counts and reads the .docx and
.vtt back to verify that they round-trip to the same turns.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from transcript_source import Transcript, fmt_hms, fmt_vtt, parse_source, write_txt

BUILD_DIR = Path(__file__).resolve().parent
SRC_DIR = BUILD_DIR / "src"
OUT_DIR = BUILD_DIR.parent / "haastattelut"

# Interview id -> output format.  One format per interview on purpose.
OUTPUTS = {"H09": "txt", "H10": "docx", "H11": "txt", "H12": "vtt"}

SENT_SPLIT_RE = re.compile(r'(?<=[.!?…])["”]?\s+(?=["”(A-ZÅÄÖ0-9])')

MAX_CUE_CHARS = 170
MAX_CUE_SENTENCES = 3


def _interview_date(header: list[str]) -> dt.datetime | None:
    """Find ``Päivämäärä: d.m.yyyy`` in the header, if present."""
    for line in header:
        m = re.match(r"Päivämäärä:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})", line)
        if m:
            d, mth, y = (int(x) for x in m.groups())
            return dt.datetime(y, mth, d, 9, 0, 0)
    return None


def write_docx(tr: Transcript, out: Path) -> None:
    """Write a .docx: Heading 1 title, a date line, one paragraph per turn."""
    from docx import Document  # imported lazily: only this format needs it

    doc = Document()
    doc.add_paragraph(tr.header[0], style="Heading 1")
    date_line = next((h for h in tr.header if h.startswith("Päivämäärä:")), None)
    if date_line:
        doc.add_paragraph(date_line)
    for t in tr.turns:
        doc.add_paragraph(f"{t.speaker}: {t.text}")
    props = doc.core_properties
    props.title = tr.header[0]
    props.author = "Arviointitiimi"
    props.last_modified_by = "Arviointitiimi"
    when = _interview_date(tr.header)
    if when:
        props.created = when
        props.modified = when
    doc.save(str(out))


def split_sentences(text: str) -> list[str]:
    """Split a turn into sentences (simple rule, good enough for our prose)."""
    return [s.strip() for s in SENT_SPLIT_RE.split(text) if s.strip()]


def group_cues(text: str) -> list[str]:
    """Group sentences into cue texts of 1–3 sentences and moderate length."""
    cues: list[str] = []
    current: list[str] = []
    for sent in split_sentences(text):
        candidate = " ".join(current + [sent])
        if current and (len(current) >= MAX_CUE_SENTENCES or len(candidate) > MAX_CUE_CHARS):
            cues.append(" ".join(current))
            current = [sent]
        else:
            current.append(sent)
    if current:
        cues.append(" ".join(current))
    return cues


def _turn_end_ms(tr: Transcript, i: int) -> int:
    """End of turn *i*: shortly before the next turn starts (pause varies)."""
    t = tr.turns[i]
    start_ms = t.start * 1000
    if i + 1 < len(tr.turns):
        pause = 250 + (len(t.text) * 37) % 600  # deterministic 0.25–0.85 s
        end_ms = tr.turns[i + 1].start * 1000 - pause
    else:
        end_ms = start_ms + int(len(t.text.split()) / 1.9 * 1000) + 600
    return max(end_ms, start_ms + 600)


def _escape_vtt(text: str) -> str:
    """Escape the characters WebVTT cue text reserves."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_vtt(tr: Transcript, out: Path) -> None:
    """Write WebVTT with voice tags; a turn's cues share its time span by length."""
    lines = ["WEBVTT", ""]
    for i, t in enumerate(tr.turns):
        start_ms, end_ms = t.start * 1000, _turn_end_ms(tr, i)
        cues = group_cues(t.text)
        total = sum(len(c) for c in cues)
        cursor = start_ms
        for k, cue in enumerate(cues):
            if k == len(cues) - 1:
                cue_end = end_ms
            else:
                cue_end = cursor + (end_ms - start_ms) * len(cue) // total
            lines.append(f"{fmt_vtt(cursor / 1000)} --> {fmt_vtt(cue_end / 1000)}")
            lines.append(f"<v {t.speaker}>{_escape_vtt(cue)}")
            lines.append("")
            cursor = cue_end
    out.write_text("\n".join(lines), encoding="utf-8")


WRITERS = {"txt": write_txt, "docx": write_docx, "vtt": write_vtt}


def build() -> dict[str, Transcript]:
    """Parse every source and write its output file; return the transcripts."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    built = {}
    for ident, fmt in OUTPUTS.items():
        tr = parse_source(SRC_DIR / f"{ident}.txt")
        WRITERS[fmt](tr, OUT_DIR / f"{ident}.{fmt}")
        built[ident] = tr
    return built


def read_back(ident: str, fmt: str) -> list[tuple[str, str]]:
    """Read an output file back as (speaker, text) turns, for verification."""
    path = OUT_DIR / f"{ident}.{fmt}"
    if fmt == "txt":
        return [(t.speaker, t.text) for t in parse_source(path).turns]
    if fmt == "docx":
        from docx import Document

        paras = Document(str(path)).paragraphs
        assert paras[0].style.name == "Heading 1", "title must be Heading 1"
        turns = [p.text.split(": ", 1) for p in paras[2:] if p.text.strip()]
        return [(s, x) for s, x in turns]
    return _read_vtt_turns(path)


def _read_vtt_turns(path: Path) -> list[tuple[str, str]]:
    """Merge a .vtt back into turns: one turn's cues follow each other without a gap."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT"), "missing WEBVTT header"
    turns: list[tuple[str, str]] = []
    prev_end = -1
    for block in text.split("\n\n")[1:]:
        rows = block.strip().splitlines()
        if len(rows) < 2:
            continue
        times = re.match(r"(\S+) --> (\S+)", rows[0])
        assert times, f"bad cue timing: {rows[0]!r}"
        start, end = (_ms(x) for x in times.groups())
        assert prev_end <= start < end, f"cue timing out of order at {rows[0]}"
        m = re.match(r"<v ([^>]+)>(.*)", " ".join(rows[1:]))
        assert m, f"cue without voice tag: {rows[1]!r}"
        speaker = m.group(1)
        cue = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if turns and turns[-1][0] == speaker and start == prev_end:
            turns[-1] = (speaker, turns[-1][1] + " " + cue)
        else:
            turns.append((speaker, cue))
        prev_end = end
    return turns


def _ms(stamp: str) -> int:
    """Parse ``hh:mm:ss.mmm`` into milliseconds."""
    h, m, rest = stamp.split(":")
    s, milli = rest.split(".")
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(milli)


def check(built: dict[str, Transcript]) -> bool:
    """Print counts and verify each output reads back to its source turns."""
    ok = True
    for ident, tr in built.items():
        words = sum(len(t.text.split()) for t in tr.turns)
        speakers = sorted({t.speaker for t in tr.turns})
        back = read_back(ident, OUTPUTS[ident])
        same = back == [(t.speaker, t.text) for t in tr.turns]
        in_range = 4200 <= words <= 5500 and 60 <= len(tr.turns) <= 120
        ok &= same and in_range
        print(f"{ident}.{OUTPUTS[ident]}: {words} words, {len(tr.turns)} turns, "
              f"length {fmt_hms(tr.turns[-1].start)}, speakers {speakers}, "
              f"read-back {'ok' if same else 'MISMATCH'}, limits {'ok' if in_range else 'OUT'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify outputs after building")
    args = parser.parse_args(argv)
    built = build()
    if args.check:
        return 0 if check(built) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
