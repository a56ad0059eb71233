"""Build the demo interview transcripts H01–H04 from their bracket-format sources.

Sources are ``_build/src/H01.txt`` … ``H04.txt``: a 2–4 line header (title first, one
line starting with ``Päivämäärä:``), a blank line, then one turn per paragraph as
``[hh:mm:ss] Speaker: text``. The transcripts are written to ``haastattelut/`` as

    H01.txt   plain text, header + bracket turns
    H02.docx  Heading 1 title, date line, one "Speaker: text" paragraph per turn
    H03.vtt   WebVTT, every turn split into cues of 1–3 sentences
    H04.txt   plain text, header + bracket turns

Usage (from the project root)::

    .venv/bin/python corpora/tyokykyohjelma-demo/_build/make_transcripts_h01_h04.py

The script rebuilds the four files, reads each one back, checks that the turns survive
the round trip and prints turn and word counts (words = whitespace tokens of the turn
texts, i.e. what ``wc -w`` gives for the turn texts without labels and timestamps).

The sources were written without timestamps and stamped once with ``--stamp DRAFT OUT``,
which estimates realistic, strictly increasing turn start times from the word counts
(deterministic: the random pauses are seeded with the transcript id).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

import docx

from zipnorm import normalise  # same directory: fixed zip entry times, so rebuilds are byte-stable
from transcript_source import TURN_RE, Transcript, fmt_hms, fmt_vtt, parse_source, write_txt  # noqa: F401 (re-exported for the checks)

BUILD_DIR = Path(__file__).resolve().parent
SRC_DIR = BUILD_DIR / "src"
OUT_DIR = BUILD_DIR.parent / "haastattelut"

TARGETS = {"H01": "txt", "H02": "docx", "H03": "vtt", "H04": "txt"}

DRAFT_TURN_RE = re.compile(r"^([^:\[\]]+?): (.+)$", re.S)
# A sentence ends in . ! ? or … and the next one starts with a capital, digit, quote or "[".
SENT_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÅÄÖ0-9\"\[])")
SPEECH_RATE = (1.75, 2.25)  # words per second, drawn per turn
PAUSE = (0.6, 2.8)          # seconds of silence between turns
FIRST_START = 5.0
CUE_MAX_SENTENCES = 3
CUE_MAX_CHARS = 220


def speaking_time(text: str, rng: random.Random) -> float:
    """Estimated duration of a turn; short back-channel turns still take a second or two."""
    return max(1.2, len(text.split()) / rng.uniform(*SPEECH_RATE))


def stamp_draft(draft: Path, out: Path) -> None:
    """Turn a draft (header, blank line, "Speaker: text" paragraphs) into a bracket source.

    Start times accumulate estimated speaking time plus a pause; the random generator is
    seeded with the file name so that re-stamping gives the same times.
    """
    head, body = draft.read_text(encoding="utf-8").strip().split("\n\n", 1)
    rng = random.Random(draft.stem)
    t, paras = FIRST_START + rng.uniform(0, 1.5), []
    for para in body.split("\n\n"):
        m = DRAFT_TURN_RE.match(para.strip())
        if not m:
            raise ValueError(f"{draft.name}: bad draft paragraph {para[:60]!r}")
        speaker, text = m.group(1), " ".join(m.group(2).split())
        paras.append(f"[{fmt_hms(t)}] {speaker}: {text}")
        t += speaking_time(text, rng) + rng.uniform(*PAUSE)
    out.write_text(head + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def write_docx(tr: Transcript, out: Path) -> None:
    """A .docx with a Heading 1 title, the date line and one paragraph per turn."""
    document = docx.Document()
    document.add_paragraph(tr.title, style="Heading 1")
    document.add_paragraph(tr.date_line)
    for t in tr.turns:
        document.add_paragraph(f"{t.speaker}: {t.text}")
    props = document.core_properties
    props.title = tr.title
    props.author = props.last_modified_by = "tyokyky-qda demo"
    # Fixed dates and revision: a rebuild must not look like a newly edited transcript.
    props.created = props.modified = dt.datetime(2022, 11, 14, 10, 0, 0)
    props.revision = 1
    document.save(str(out))
    normalise(out)


def split_cues(text: str) -> list[str]:
    """Split a turn into cue texts of 1–3 sentences and at most about CUE_MAX_CHARS."""
    cues: list[str] = []
    current: list[str] = []
    for sent in (s for s in SENT_SPLIT_RE.split(text) if s):
        if current and (len(current) >= CUE_MAX_SENTENCES or len(" ".join(current + [sent])) > CUE_MAX_CHARS):
            cues.append(" ".join(current))
            current = []
        current.append(sent)
    if current:
        cues.append(" ".join(current))
    return cues


def turn_end(tr: Transcript, i: int) -> float:
    """End of turn i: its estimated speaking time, but always a little before the next turn."""
    t = tr.turns[i]
    spoken = t.start + max(1.2, len(t.text.split()) / 2.0)
    if i + 1 == len(tr.turns):
        return spoken
    nxt = tr.turns[i + 1].start
    return min(spoken, nxt - min(0.5, (nxt - t.start) * 0.15))


def write_vtt(tr: Transcript, out: Path) -> None:
    """WebVTT: consecutive cues per turn, timed in proportion to their length."""
    lines = ["WEBVTT", ""]
    for i, t in enumerate(tr.turns):
        cues = split_cues(t.text)
        t0, t1 = float(t.start), turn_end(tr, i)
        total, done = sum(len(c) for c in cues), 0
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
    turns: list[list[str]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n")[1:]:
        if not block.strip():
            continue
        timing, payload = block.strip().split("\n", 1)
        m = re.match(r"<v ([^>]+)>(.*)$", payload, re.S)
        if "-->" not in timing or not m:
            raise ValueError(f"{path.name}: bad cue {block[:60]!r}")
        if turns and turns[-1][0] == m.group(1):
            turns[-1][1] += " " + m.group(2)
        else:
            turns.append([m.group(1), m.group(2)])
    return [tuple(t) for t in turns]


def verify(tr: Transcript, out: Path) -> int:
    """Check tr's invariants and that out holds exactly its turns; return the word count."""
    for a, b in zip(tr.turns, tr.turns[1:]):
        assert a.start < b.start, f"{tr.ident}: timestamps not increasing at {b.text[:40]!r}"
        assert a.speaker != b.speaker, f"{tr.ident}: same speaker twice in a row at {b.text[:40]!r}"
    got = read_back(out)
    assert got == [(t.speaker, t.text) for t in tr.turns], f"{tr.ident}: round trip mismatch in {out.name}"
    return sum(len(text.split()) for _, text in got)


def main(argv: list[str]) -> int:
    """Build and verify H01–H04, or with --stamp DRAFT OUT add timestamps to a draft."""
    if argv[:1] == ["--stamp"]:
        stamp_draft(Path(argv[1]), Path(argv[2]))
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for ident, fmt in TARGETS.items():
        tr = parse_source(SRC_DIR / f"{ident}.txt")
        out = OUT_DIR / f"{ident}.{fmt}"
        WRITERS[fmt](tr, out)
        words = verify(tr, out)
        speakers = ", ".join(sorted({t.speaker for t in tr.turns}))
        print(f"{out.name}: {len(tr.turns)} turns, {words} words, last turn at {fmt_hms(tr.turns[-1].start)}; {speakers}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
