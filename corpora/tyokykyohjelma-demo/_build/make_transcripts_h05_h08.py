"""Build the demo interview transcripts H05–H08 from their bracket-format sources.

Sources live in ``_build/src/H0N.txt``: a 2–4 line header, a blank line, then one
turn per paragraph as ``[hh:mm:ss] Speaker: text``. Each transcript is written to
``haastattelut/`` in the format the demo corpus needs for it (.docx, .txt, .vtt),
so that the importers get one example of each format.

Usage (from the project root)::

    .venv/bin/python corpora/tyokykyohjelma-demo/_build/make_transcripts_h05_h08.py

The script rebuilds all four files and then reads every output back, checking
that the turns survive the round trip, and prints word and turn counts.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
from pathlib import Path

import docx
from transcript_source import TURN_RE, Transcript, fmt_hms, fmt_vtt, parse_source, write_txt  # noqa: F401 (re-exported for the checks)

BUILD_DIR = Path(__file__).resolve().parent
SRC_DIR = BUILD_DIR / "src"
OUT_DIR = BUILD_DIR.parent / "haastattelut"

# Which output format each transcript gets.
TARGETS = {"H05": "docx", "H06": "txt", "H07": "vtt", "H08": "txt"}

# Sentence boundary: end punctuation followed by whitespace and a new sentence
# (a capital, a digit, a quote or an annotation such as "(naurua)").
SENT_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÅÄÖ0-9\"(])")
WORDS_PER_SECOND = 1.85  # speaking rate used to estimate where a turn ends
CUE_MAX_CHARS = 200
CUE_MAX_SENTENCES = 3


def write_docx(tr: Transcript, out: Path) -> None:
    """Write a .docx: Heading 1 title, date line, one paragraph per turn."""
    document = docx.Document()
    document.add_paragraph(tr.title, style="Heading 1")
    document.add_paragraph(tr.date_line)
    for t in tr.turns:
        document.add_paragraph(f"{t.speaker}: {t.text}")
    props = document.core_properties
    props.title = tr.title
    props.author = "tyokyky-qda demo"
    # Fixed dates so that regenerating does not pretend the interview is new.
    fixed = _dt.datetime(2023, 1, 16, 9, 0, 0)
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "tyokyky-qda demo"
    document.save(str(out))


def split_cues(text: str) -> list[str]:
    """Split a turn into cue texts of 1–3 sentences, at most ~CUE_MAX_CHARS each."""
    sentences = [s for s in SENT_SPLIT_RE.split(text) if s]
    cues: list[str] = []
    current: list[str] = []
    for sent in sentences:
        candidate = " ".join(current + [sent])
        if current and (len(current) >= CUE_MAX_SENTENCES or len(candidate) > CUE_MAX_CHARS):
            cues.append(" ".join(current))
            current = [sent]
        else:
            current.append(sent)
    if current:
        cues.append(" ".join(current))
    return cues


def turn_end(tr: Transcript, i: int) -> float:
    """End time of turn i: its estimated speaking time, cut off before the next turn."""
    t = tr.turns[i]
    spoken = t.start + max(1.5, len(t.text.split()) / WORDS_PER_SECOND)
    if i + 1 < len(tr.turns):
        next_start = tr.turns[i + 1].start
        return min(spoken, next_start - min(0.4, (next_start - t.start) * 0.1))
    return spoken


def write_vtt(tr: Transcript, out: Path) -> None:
    """Write WebVTT: each turn split into consecutive cues, timed by text length."""
    lines = ["WEBVTT", ""]
    for i, t in enumerate(tr.turns):
        cues = split_cues(t.text)
        t0, t1 = float(t.start), turn_end(tr, i)
        total = sum(len(c) for c in cues)
        done = 0  # characters already timed; cue times are shares of the whole turn
        for cue in cues:
            start = t0 + (t1 - t0) * done / total
            done += len(cue)
            end = t0 + (t1 - t0) * done / total
            lines += [f"{fmt_vtt(start)} --> {fmt_vtt(end)}", f"<v {t.speaker}>{cue}", ""]
    out.write_text("\n".join(lines), encoding="utf-8")


WRITERS = {"txt": write_txt, "docx": write_docx, "vtt": write_vtt}


def read_back(path: Path) -> list[tuple[str, str]]:
    """Read an output file back into (speaker, text) turns."""
    if path.suffix == ".docx":
        paras = [p.text for p in docx.Document(str(path)).paragraphs][2:]
        return [tuple(p.split(": ", 1)) for p in paras]
    if path.suffix == ".txt":
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        return [TURN_RE.match(p.strip()).groups()[3:] for p in body.strip().split("\n\n")]
    return read_back_vtt(path)


def read_back_vtt(path: Path) -> list[tuple[str, str]]:
    """Read a VTT file back, merging consecutive cues of the same speaker."""
    turns: list[list[str]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n")[1:]:
        timing, payload = block.strip().split("\n", 1)
        assert "-->" in timing, timing
        m = re.match(r"<v ([^>]+)>(.*)$", payload, re.S)
        speaker, text = m.group(1), m.group(2)
        if turns and turns[-1][0] == speaker:
            turns[-1][1] += " " + text
        else:
            turns.append([speaker, text])
    return [tuple(t) for t in turns]


def verify(tr: Transcript, out: Path) -> int:
    """Check that out holds exactly tr's turns; return the word count of the turns."""
    for a, b in zip(tr.turns, tr.turns[1:]):
        assert a.start < b.start, f"{tr.ident}: timestamps not increasing at {b.text[:40]!r}"
        assert a.speaker != b.speaker, f"{tr.ident}: same speaker twice in a row"
    got = read_back(out)
    want = [(t.speaker, t.text) for t in tr.turns]
    assert got == want, f"{tr.ident}: round trip mismatch in {out.name}"
    return sum(len(text.split()) for _, text in got)


def main() -> int:
    """Build all four transcripts, verify them and print counts."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for ident, fmt in TARGETS.items():
        tr = parse_source(SRC_DIR / f"{ident}.txt")
        out = OUT_DIR / f"{ident}.{fmt}"
        WRITERS[fmt](tr, out)
        words = verify(tr, out)
        speakers = sorted({t.speaker for t in tr.turns})
        print(f"{out.name}: {len(tr.turns)} turns, {words} words, "
              f"ends {fmt_hms(tr.turns[-1].start)}, speakers: {', '.join(speakers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
