"""Interview transcripts written as text: speaker turns and timestamps in the forms transcribers
and tools write.

Recognised turn headers (at the start of a line):

- ``H: ...``, ``V: ...``, ``Haastattelija: ...``, ``Haastateltava 2: ...`` (a speaker label)
- ``[00:12:31] Nimi: ...`` and ``00:12:31 Nimi: ...`` (timestamp, then a label)
- ``Nimi (00:12:31): ...`` and ``Nimi [00:12:31]`` (label, then a timestamp)
- ``00:12:31 Nimi`` on a line of its own, the words on the following lines (Word/Teams style)
- ``[12:31] ...`` (a timestamp without a speaker)

A turn runs to the next header; blank lines inside a turn are kept. Labels that occur once and
are not a known role ("H", "Haastattelija", "Speaker 1"...) are not taken as speakers, so a line
like "Huom: ..." inside an answer does not split it. Each turn becomes a section whose range is
the spoken words (the label and the timestamp are not part of it).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from tyokyky_qda.core.model import Section

TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\W\d_][\w .'’&/()-]{0,39}?"
_TS_FIRST = re.compile(rf"^[\[(]?(?P<ts>{TS})[\])]?(?:\s*[-–]\s*|\s+|$)(?P<rest>.*)$")
_NAME_TS = re.compile(rf"^(?P<name>{_NAME})\s*[\[(](?P<ts>{TS})[\])]\s*:?\s*(?P<text>.*)$")
_NAME_BARE_TS = re.compile(rf"^(?P<name>{_NAME})\s+(?P<ts>{TS})\s*$")
_LABEL = re.compile(rf"^(?P<name>{_NAME})\s*:(?:\s+(?P<text>.*)|\s*)$")
_ROLE = re.compile(
    r"^(?:h|v|k|i|r|p|haastattelija|haastateltava|haastattelijat|haastateltavat|vastaaja|kysyjä|"
    r"interviewer|interviewee|respondent|speaker|puhuja|osallistuja|participant|moderaattori|"
    r"moderator|fasilitaattori|facilitator|tutkija|arvioija|henkilö|asiantuntija)\s*\d{0,2}$", re.I)
_SENTENCE_END = re.compile(r"[.!?…]$")


@dataclass
class Turn:
    """One speaker turn: the spoken words are ``text[start:end]``."""

    start: int
    end: int
    speaker: str = ""
    start_time: Optional[float] = None
    end_time: Optional[float] = None


@dataclass
class _Header:
    line_start: int       # offset of the line in the text
    text_start: int       # offset of the words after the header, or -1 when on later lines
    speaker: str
    time: Optional[float]
    form: str             # which dialect matched
    line_end: int
    rest_start: int = -1  # where the line's words start if the header turns out not to name a speaker


def parse_time(value: str) -> Optional[float]:
    """'01:02:03', '12:31', '00:00:01,500' or '1:02.5' → seconds."""
    match = re.fullmatch(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?", value.strip())
    if not match:
        return None
    hours, minutes, seconds, frac = match.groups()
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return total + (int(frac) / 10 ** len(frac) if frac else 0.0)


def is_role_label(name: str) -> bool:
    """True for generic speaker labels: H, V, Haastattelija, Haastateltava 2, Speaker 1..."""
    return bool(_ROLE.match(name.strip()))


def _name_ok(name: str) -> bool:
    name = name.strip()
    return bool(name) and len(name.split()) <= 4 and not _SENTENCE_END.search(name) and "://" not in name


def _match_line(line: str) -> Optional[tuple[str, Optional[str], int, str, int]]:
    """(speaker, timestamp, offset of the words in the line or -1, form, offset after the
    timestamp) for a header line."""
    body = line.lstrip()
    lead = len(line) - len(body)
    match = _TS_FIRST.match(body)
    if match:
        ts, rest = match.group("ts"), match.group("rest")
        rest_at = lead + match.start("rest")
        if not rest.strip():
            return "", ts, -1, "timestamp", -1  # a timestamp alone: it dates the next turn
        label = _LABEL.match(rest)
        if label and _name_ok(label.group("name")):
            text_at = rest_at + label.start("text") if label.group("text") else -1
            return label.group("name").strip(), ts, text_at, "[hh:mm:ss] Nimi:", rest_at
        if _name_ok(rest) and len(rest) <= 40 and not re.search(r"[,;:]", rest):
            return rest.strip(), ts, -1, "hh:mm:ss Nimi", rest_at
        return "", ts, rest_at, "[mm:ss]", rest_at
    for regex, form in ((_NAME_TS, "Nimi (hh:mm:ss):"), (_NAME_BARE_TS, "Nimi hh:mm:ss")):
        match = regex.match(body)
        if match and _name_ok(match.group("name")):
            text = match.groupdict().get("text")
            text_at = lead + match.start("text") if text else -1
            return match.group("name").strip(), match.group("ts"), text_at, form, -1
    match = _LABEL.match(body)
    if match and _name_ok(match.group("name")):
        text_at = lead + match.start("text") if match.group("text") else -1
        return match.group("name").strip(), None, text_at, "Nimi:", -1
    return None


def _candidates(text: str) -> list[_Header]:
    headers = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        found = _match_line(line) if ":" in line else None  # every header has a ":" (label or time)
        if found:
            speaker, ts, text_at, form, rest_at = found
            headers.append(_Header(pos, pos + text_at if text_at >= 0 else -1, speaker,
                                   parse_time(ts) if ts else None, form, end, pos + rest_at if rest_at >= 0 else -1))
        pos = end + 1
    return headers


def _accepted(headers: list[_Header], exclude: frozenset = frozenset()) -> list[_Header]:
    """Drop label-only headers whose label occurs once and is not a known role."""
    counts = Counter(h.speaker.casefold() for h in headers if h.speaker)
    timed = {h.speaker.casefold() for h in headers if h.time is not None and h.speaker}
    forms = Counter(h.form for h in headers if h.time is not None)
    # In files written "00:12:31 Nimi" + words below, a name heard once is still a name.
    names_on_own_line = forms["hh:mm:ss Nimi"] >= 0.5 * max(1, sum(forms.values()))
    # In a timestamped transcript an untimed "Haastateltavat: ..." is a preamble line, not a turn.
    mostly_timed = sum(forms.values()) >= 0.5 * max(1, len(headers))
    out = []
    for h in headers:
        key = h.speaker.casefold()
        if h.speaker and key in exclude:
            continue
        trusted = counts[key] >= 2 or (is_role_label(h.speaker) and not mostly_timed) \
            or (h.form == "Nimi:" and key in timed) \
            or (h.form == "hh:mm:ss Nimi" and names_on_own_line)
        if h.form in ("Nimi:", "hh:mm:ss Nimi") and not trusted:
            if h.form == "hh:mm:ss Nimi":  # a lone "00:12 Kyllä" is words, not a name
                out.append(_Header(h.line_start, h.rest_start, "", h.time, "[mm:ss]", h.line_end))
            continue
        out.append(h)
    return out


def transcript_score(text: str, exclude: frozenset = frozenset(),
                     parsed: Optional[tuple[list[Turn], str]] = None) -> dict:
    """How much a text looks like a transcript: turns with words, speakers, timestamps, coverage.

    Only turns that have words count, so an agenda ("Avaus 9:00" / "Kahvi 10:00") is no transcript.
    ``parsed`` is ``parse_transcript``'s result when the caller has it already.
    """
    turns, form = parsed or parse_transcript(text, exclude)
    turns = [t for t in turns if t.end > t.start]
    paragraphs = len([p for p in re.split(r"\n\s*\n", text) if p.strip()])
    lines = len([ln for ln in text.split("\n") if ln.strip()])
    units = paragraphs if paragraphs > 1 else lines
    return {"turns": len(turns), "speakers": len({t.speaker.casefold() for t in turns if t.speaker}),
            "timed": sum(1 for t in turns if t.start_time is not None),
            "coverage": len(turns) / max(1, units), "form": form}


def looks_like_transcript(text: str, exclude: frozenset = frozenset(),
                          parsed: Optional[tuple[list[Turn], str]] = None) -> bool:
    """True when speaker turns or timestamps structure most of the text."""
    score = transcript_score(text, exclude, parsed)
    if score["turns"] < 3 or score["coverage"] < 0.3:
        return False
    return score["speakers"] >= 2 or score["timed"] >= 3


def parse_transcript(text: str, exclude: frozenset = frozenset()) -> tuple[list[Turn], str]:
    """The turns of a transcript text and the dialect that matched most often."""
    headers = _accepted(_candidates(text), exclude)
    turns: list[Turn] = []
    pending_time: Optional[float] = None
    for i, h in enumerate(headers):
        if h.form == "timestamp":
            pending_time = h.time
            continue
        limit = headers[i + 1].line_start if i + 1 < len(headers) else len(text)
        start = h.text_start if h.text_start >= 0 else h.line_end + 1
        while start < limit and text[start].isspace():
            start += 1
        end = limit
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            start = end = min(start, limit)
        time = h.time if h.time is not None else pending_time
        pending_time = None
        turns.append(Turn(start, end, h.speaker, time))
    for this, nxt in zip(turns, turns[1:]):
        if this.start_time is not None and nxt.start_time is not None and nxt.start_time >= this.start_time:
            this.end_time = nxt.start_time
    forms = Counter(h.form for h in headers if h.form != "timestamp")
    return turns, forms.most_common(1)[0][0] if forms else ""


def turn_sections(turns: list[Turn]) -> list[Section]:
    """Sections of kind "turn" for the turns (empty ones left out)."""
    return [Section(t.start, t.end, kind="turn", speaker=t.speaker, start_time=t.start_time, end_time=t.end_time)
            for t in turns if t.end > t.start]
