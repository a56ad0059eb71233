"""Domain types shared by every layer. Plain dataclasses; the store maps rows onto them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

SOURCE_KINDS = ("text", "document", "transcript", "survey-answer", "status-report")
SECTION_KINDS = ("turn", "question", "answer", "field", "heading", "paragraph", "page", "cue")
CODING_ORIGINS = ("manual", "autocode", "accepted-suggestion", "imported", "merged", "consensus")
ATTRIBUTE_TYPES = ("text", "number", "date", "boolean")
MEMO_TARGETS = ("project", "source", "code", "coding", "case", "section")


@dataclass
class Section:
    """A structural range of a source: a speaker turn, a survey answer, a report field..."""

    start: int
    end: int
    kind: str = "paragraph"
    label: str = ""  # the question, field label or heading text
    speaker: str = ""
    start_time: Optional[float] = None  # seconds from the start of the recording
    end_time: Optional[float] = None
    id: Optional[int] = None
    source_id: Optional[int] = None


@dataclass
class Source:
    """An imported text with its structure."""

    name: str
    text: str
    kind: str = "text"
    language: str = "fi"
    original_path: str = ""
    content_hash: str = ""
    imported_at: str = ""
    import_notes: dict[str, Any] = field(default_factory=dict)
    guid: str = ""
    id: Optional[int] = None


@dataclass
class Code:
    """A code of the codebook tree; identified by id or GUID, never by its label."""

    name: str
    parent_id: Optional[int] = None
    description: str = ""
    color: str = "#808080"
    keywords: list[str] = field(default_factory=list)
    name_en: str = ""
    description_en: str = ""
    keywords_en: list[str] = field(default_factory=list)
    ordinal: int = 0
    guid: str = ""
    id: Optional[int] = None


@dataclass
class Coding:
    """A code applied to ``text[start:end]`` of a source by a coder."""

    source_id: int
    code_id: int
    start: int
    end: int
    coder: str = ""
    origin: str = "manual"
    memo: str = ""
    created_at: str = ""
    guid: str = ""
    id: Optional[int] = None


@dataclass
class Case:
    """A unit of analysis (an interviewee, a respondent, a project) linked to sources or ranges."""

    name: str
    description: str = ""
    guid: str = ""
    id: Optional[int] = None


@dataclass
class Memo:
    """A note on the project or on one object of it."""

    text: str
    target_kind: str = "project"
    target_id: Optional[int] = None
    title: str = ""
    author: str = ""
    created_at: str = ""
    modified_at: str = ""
    guid: str = ""
    id: Optional[int] = None
