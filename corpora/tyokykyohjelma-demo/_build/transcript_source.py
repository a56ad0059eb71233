"""The bracket-format interview sources (``src/Hxx.txt``) shared by the transcript build scripts.

A source is header lines, a blank line, then one turn per paragraph: ``[hh:mm:ss] Speaker: text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

TURN_RE = re.compile(r"^\[(\d\d):(\d\d):(\d\d)\] ([^:\[\]]+?): (.+)$", re.S)


@dataclass
class Turn:
    """One speaker turn: start time in seconds, speaker label and text."""

    start: float
    speaker: str
    text: str


@dataclass
class Transcript:
    """A parsed source file: its id, header lines and turns."""

    ident: str
    header: list[str]
    turns: list[Turn]

    @property
    def title(self) -> str:
        """First header line, used as the document title."""
        return self.header[0]

    @property
    def date_line(self) -> str:
        """The header line holding the interview date."""
        return next(h for h in self.header if h.startswith("Päivämäärä"))


def parse_source(path: Path) -> Transcript:
    """Parse a bracket-format source; timestamps must increase."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip()
    head, _, body = raw.partition("\n\n")
    header = [line.strip() for line in head.splitlines() if line.strip()]
    turns: list[Turn] = []
    for para in body.split("\n\n"):
        para = " ".join(para.split())
        if not para:
            continue
        m = TURN_RE.match(para)
        if not m:
            raise ValueError(f"{path.name}: not a turn: {para[:80]!r}")
        hh, mm, ss, speaker, text = m.groups()
        start = int(hh) * 3600 + int(mm) * 60 + int(ss)
        if turns and start <= turns[-1].start:
            raise ValueError(f"{path.name}: timestamps not increasing at {para[:40]!r}")
        turns.append(Turn(start, speaker.strip(), text.strip()))
    return Transcript(path.stem, header, turns)


def fmt_hms(seconds: float) -> str:
    """Seconds as hh:mm:ss (bracket timestamps)."""
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def fmt_vtt(seconds: float) -> str:
    """Seconds as a WebVTT timestamp hh:mm:ss.mmm."""
    ms = int(round(seconds * 1000))
    return f"{fmt_hms(ms // 1000)}.{ms % 1000:03d}"


def write_txt(tr: Transcript, out: Path) -> None:
    """Plain text: header, blank line, one bracket turn per paragraph."""
    paras = [f"[{fmt_hms(t.start)}] {t.speaker}: {t.text}" for t in tr.turns]
    out.write_text("\n".join(tr.header) + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
