"""Speakers of transcripts: list them, make interviewees into cases, autocode their turns.

Used by the import (``--speakers-to-cases``, ``--autocode-speakers``) and by the GUI on
transcripts already in the project. Each function is one transaction.

Case names: a generic label ("V", "Haastateltava 2", "Speaker 1") names a different person in
every interview, so its case is "<source name>: <label>"; a real name ("Maija Virtanen") is
the same person wherever it appears, so the name itself is the case.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Coding
from tyokyky_qda.ingest.transcript import is_role_label

SPEAKER_GROUP = "Puhujat"
_INTERVIEWER = re.compile(
    r"^(?:h|k|i|int|haastattelija(?:t)?|kysyjä|interviewer|moderaattori|moderator|fasilitaattori|"
    r"facilitator|tutkija|arvioija|haastattelija\s*\d{1,2}|h\d{1,2}|i\d{1,2})$", re.I)


# "H1", "H2" are interviewers beside "Haastateltava", but interviewees ("haastateltava 1") when
# the transcript also has an unnumbered interviewer label such as "H" or "Haastattelija".
_NUMBERED_SHORT = re.compile(r"^[hik]\s*\d{1,2}$", re.I)


def is_interviewer(speaker: str) -> bool:
    """True for labels that name the interviewer: H, K, I, Haastattelija, Interviewer, Moderaattori...

    A label alone; ``interviewers_among`` decides for the labels of one transcript together.
    """
    return bool(_INTERVIEWER.match(speaker.strip()))


def interviewers_among(sizes: Mapping[str, int]) -> set[str]:
    """The interviewer labels among one transcript's speakers (label → characters spoken).

    Numbered short labels (H1, H2) are interviewees when an unnumbered interviewer label is
    present too; and when every speaker reads as an interviewer, only the one who speaks least
    is taken as the interviewer, since an interview has someone answering.
    """
    found = {s for s in sizes if is_interviewer(s)}
    if any(not _NUMBERED_SHORT.match(s.strip()) for s in found):
        found = {s for s in found if not _NUMBERED_SHORT.match(s.strip())}
    if len(sizes) > 1 and found == set(sizes):
        found = {min(sizes, key=lambda s: (sizes[s], s))}
    return found


def case_name_for(source_name: str, speaker: str) -> str:
    """The case an interviewee's turns belong to (see the module docstring)."""
    speaker = speaker.strip()
    return f"{source_name}: {speaker}" if is_role_label(speaker) else speaker


def _transcripts(project, source_ids: Optional[Iterable[int]]) -> list:
    sources = project.sources(kind="transcript")
    if source_ids is None:
        return sources
    wanted = set(source_ids)
    return [s for s in sources if s.id in wanted]


def _turns_by_speaker(project, source_id: int) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for sec in project.sections(source_id, kind="turn"):
        if sec.speaker and sec.end > sec.start:
            out.setdefault(sec.speaker, []).append((sec.start, sec.end))
    return out


def _sizes(turns: dict[str, list[tuple[int, int]]]) -> dict[str, int]:
    return {speaker: sum(e - s for s, e in ranges) for speaker, ranges in turns.items()}


def speakers_of(project, source_ids: Optional[Iterable[int]] = None) -> list[dict]:
    """Every speaker of the transcripts: speaker, source, turns, characters, interviewer, case name."""
    rows = []
    for src in _transcripts(project, source_ids):
        turns = _turns_by_speaker(project, src.id)
        asking = interviewers_among(_sizes(turns))
        for speaker, ranges in turns.items():
            rows.append({"speaker": speaker, "source_id": src.id, "source": src.name, "turns": len(ranges),
                         "characters": sum(e - s for s, e in ranges), "interviewer": speaker in asking,
                         "case": case_name_for(src.name, speaker)})
    return rows


def speakers_to_cases(project, source_ids: Optional[Iterable[int]] = None, *,
                      interviewers: Optional[Iterable[str]] = None,
                      case_names: Optional[dict[str, str]] = None, copy_attributes: bool = True) -> Changes:
    """One case per interviewee linked to that speaker's turns; interviewers get no case.

    ``interviewers``: speaker labels to leave out (default: labels that read as interviewers).
    ``case_names``: speaker label → case name, overriding the default naming.
    ``copy_attributes``: a new case gets the source's attributes (region, organisation...).
    """
    excluded = {s.casefold() for s in interviewers} if interviewers is not None else None
    with project.transaction("speakers to cases") as ch:
        made: dict[str, int] = {}
        for src in _transcripts(project, source_ids):
            source_attrs = project.attributes_of("source", src.id) if copy_attributes else {}
            turns = _turns_by_speaker(project, src.id)
            asking = interviewers_among(_sizes(turns)) if excluded is None else set()
            for speaker, ranges in turns.items():
                if (excluded is not None and speaker.casefold() in excluded) or speaker in asking:
                    continue
                name = (case_names or {}).get(speaker) or case_name_for(src.name, speaker)
                is_new = project.case_id(name, create=False) is None
                case_id = project.case_id(name)
                if is_new:
                    for key, value in source_attrs.items():
                        project.set_attribute("case", case_id, key, value)
                project.link_case_ranges(case_id, src.id, ranges)
                made[name] = case_id
        ch.info["cases"] = made
    return ch


def speaker_code_group(project, name: str = SPEAKER_GROUP) -> int:
    """The id of the root code group for speaker codes, created if missing."""
    for code in project.children_of(None):
        if code.name == name:
            return code.id
    return project.add_code(name, description="Puhujittain automaattisesti koodatut puheenvuorot").id


def autocode_speakers(project, source_ids: Optional[Iterable[int]] = None, *,
                      speakers: Optional[Iterable[str]] = None, code_id: Optional[int] = None,
                      group: str = SPEAKER_GROUP, coder: Optional[str] = None) -> Changes:
    """Code every turn of the chosen speakers (default: all) in one step.

    With ``code_id`` every chosen turn gets that code; otherwise each speaker gets a code of
    their own (named by the label) under the root group ``group``, created if missing.
    """
    wanted = {s.casefold() for s in speakers} if speakers is not None else None
    if code_id is not None:
        project.code(code_id)  # NotFound for a bad id, before anything is written
    with project.transaction("autocode speakers") as ch:
        codings: list[Coding] = []
        parent = None
        codes: dict[str, int] = {}
        for src in _transcripts(project, source_ids):
            for speaker, ranges in _turns_by_speaker(project, src.id).items():
                if wanted is not None and speaker.casefold() not in wanted:
                    continue
                target = code_id
                if target is None:
                    parent = parent or speaker_code_group(project, group)
                    target = codes.get(speaker) or _child_code(project, parent, speaker)
                    codes[speaker] = target
                codings.extend(Coding(source_id=src.id, code_id=target, start=s, end=e, origin="autocode",
                                      coder=coder or project.coder) for s, e in ranges)
        if codings:  # nested: its changes land in this transaction's record
            project.add_codings(codings, action="autocode speakers")
        ch.info["codings"] = len(codings)
        ch.info["codes"] = codes
    return ch


def _child_code(project, parent_id: int, name: str) -> int:
    clean = name.replace("/", "-").strip() or "?"
    for code in project.children_of(parent_id):
        if code.name == clean:
            return code.id
    return project.add_code(clean, parent_id).id


def autocode_speaker(project, speaker: str, code_id: int, source_ids: Optional[Iterable[int]] = None) -> Changes:
    """Code every turn of one speaker with one code."""
    if not speaker.strip():
        raise UserError(N_("give a speaker"))
    return autocode_speakers(project, source_ids, speakers=[speaker], code_id=code_id)
