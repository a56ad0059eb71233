"""The demo corpus reads like real material: sizes, structure, no template repetition."""

import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "tyokykyohjelma-demo"
SRC = CORPUS / "_build" / "src"
TURN = re.compile(r"^\[(\d\d:\d\d:\d\d)\] ([^:]{1,60}): (.+)$")


def transcript_turns(name: str) -> list[tuple[str, str, str]]:
    turns = []
    for line in (SRC / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        m = TURN.match(line.strip())
        if m:
            turns.append(m.groups())
    return turns


NAMES = [f"H{i:02d}" for i in range(1, 13)]


def test_twelve_interviews_in_three_formats():
    files = sorted(p.name for p in (CORPUS / "haastattelut").iterdir())
    assert len(files) == 12
    assert {Path(f).suffix for f in files} == {".txt", ".docx", ".vtt"}


@pytest.mark.parametrize("name", NAMES)
def test_interview_size_and_speakers(name):
    turns = transcript_turns(name)
    words = sum(len(t[2].split()) for t in turns)
    assert 4000 <= words <= 8000, f"{name}: {words} words"
    speakers = {t[1] for t in turns}
    assert "Haastattelija" in speakers
    # one interviewer and one or two interviewees, each always written the same way
    assert 2 <= len(speakers) <= 3, speakers
    times = [t[0] for t in turns]
    assert times == sorted(times), "timestamps run forward"


def _ngrams(text: str, n: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_no_twelve_word_sequence_repeats_across_transcripts():
    grams = {name: _ngrams(" ".join(t[2] for t in transcript_turns(name))) for name in NAMES}
    for i, a in enumerate(NAMES):
        for b in NAMES[i + 1:]:
            shared = grams[a] & grams[b]
            assert not shared, f"{a} and {b} share: {' '.join(next(iter(shared)))}"


def test_survey_and_status_reports_present():
    from openpyxl import load_workbook

    ws = load_workbook(CORPUS / "kysely" / "sidosryhmakysely.xlsx", read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) - 1 == 78
    reports = list((CORPUS / "tilanneraportit").iterdir())
    assert sum(p.suffix == ".docx" for p in reports) + sum(p.suffix == ".pdf" for p in reports) == 18
    export = load_workbook(CORPUS / "tilanneraportit" / "hankesalkku-vienti.xlsx", read_only=True).active
    assert len(list(export.iter_rows(values_only=True))) - 1 == 6
    assert (CORPUS / "metadata.csv").exists()
