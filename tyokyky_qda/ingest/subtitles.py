"""WebVTT (.vtt) and SubRip (.srt) transcripts, as Teams, Zoom, Whisper and subtitle editors
write them, with or without speaker names.

Speakers come from ``<v Nimi>`` voice spans, from a "Nimi: " prefix or a "[Nimi]" prefix.
Consecutive cues of the same speaker are merged into one turn, so a Teams transcript cut every
few seconds reads as the conversation it was. Without speakers every cue is a turn of its own.
The stored text has one paragraph per turn, "Nimi: words"; each turn's section covers the words.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Section
from tyokyky_qda.ingest.transcript import parse_time

_TIMING = re.compile(r"^\s*(\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3})\s*-->\s*(\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3})")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.I)
_TAG = re.compile(r"</?[^>\s][^>]*>|\{\\[^}]*\}")
_PREFIX = re.compile(r"^(?:\[(?P<b>[^\]\n]{1,40})\]\s*|(?P<c>[^\W\d_][\w .'’-]{0,39}?):\s+)(?P<rest>.*)$", re.S)
_SRT_START = re.compile(r"^\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.M)


@dataclass
class Cue:
    """One timed cue."""

    start: Optional[float]
    end: Optional[float]
    speaker: str
    text: str


def looks_like_vtt(text: str) -> bool:
    """A WebVTT file starts with "WEBVTT"."""
    return text.lstrip("\ufeff \n").startswith("WEBVTT")


def looks_like_srt(text: str) -> bool:
    """An SRT file starts with a cue number and a "-->" timing line."""
    return bool(_SRT_START.match(text.lstrip("\ufeff \n")[:200]))


def parse_cues(text: str, fmt: str, notes: dict) -> list[Cue]:
    """The cues of a WebVTT or SRT text; blocks without a timing line are skipped (and counted)."""
    cues, bad = [], 0
    blocks = re.split(r"\n[ \t]*\n", text.strip())
    for block in blocks:
        lines = block.split("\n")
        if fmt == "vtt" and (lines[0].startswith(("WEBVTT", "NOTE", "STYLE", "REGION"))):
            continue
        timing_at = next((i for i, line in enumerate(lines[:3]) if "-->" in line), None)
        if timing_at is None:
            bad += 1
            continue
        match = _TIMING.match(lines[timing_at])
        if not match:
            bad += 1
            continue
        payload = "\n".join(lines[timing_at + 1:]).strip()
        if payload:
            speaker, words = _speaker_and_words(payload)
            if words:
                cues.append(Cue(parse_time(match.group(1)), parse_time(match.group(2)), speaker, words))
    if bad:
        notes.setdefault("warnings", []).append(N_("{count} block(s) without a valid timing line skipped", count=bad))
    if not cues:
        raise ImportFailed(N_("no timed cues found in the {format} file", format="WebVTT" if fmt == "vtt" else "SRT"))
    return cues


def _speaker_and_words(payload: str) -> tuple[str, str]:
    voice = _VOICE.search(payload)
    speaker = voice.group(1).strip() if voice else ""
    words = html.unescape(_TAG.sub("", payload)).replace("\u200e", "").replace("\u200f", "")
    words = re.sub(r"\s+", " ", words).strip()  # subtitle lines are wrapping, not paragraphs
    if not speaker:
        prefix = _PREFIX.match(words)
        if prefix and (prefix.group("b") or len(prefix.group("c").split()) <= 4):
            speaker = (prefix.group("b") or prefix.group("c")).strip()
            words = prefix.group("rest").strip()
    return speaker, words


def cues_to_text(cues: list[Cue]) -> tuple[str, list[Section]]:
    """Merge same-speaker cues into turns; text "Nimi: words" per turn, sections over the words."""
    merged: list[Cue] = []
    for cue in cues:
        if merged and cue.speaker and cue.speaker == merged[-1].speaker:
            last = merged[-1]
            last.text += " " + cue.text
            last.end = cue.end if cue.end is not None else last.end
        else:
            merged.append(Cue(cue.start, cue.end, cue.speaker, cue.text))
    has_speakers = any(c.speaker for c in merged)
    separator = "\n\n" if has_speakers else "\n"
    parts, sections, pos = [], [], 0
    for cue in merged:
        if parts:
            parts.append(separator)
            pos += len(separator)
        prefix = f"{cue.speaker}: " if cue.speaker else ""
        parts.append(prefix + cue.text)
        sections.append(Section(pos + len(prefix), pos + len(prefix) + len(cue.text), kind="turn",
                                speaker=cue.speaker, start_time=cue.start, end_time=cue.end))
        pos += len(prefix) + len(cue.text)
    return "".join(parts), sections
