"""Read a REFI-QDA project (.qdpx archive or bare .qde) into plain Python objects.

Nothing here touches a project; ``qdpx_import`` writes what this reads. Elements are matched
by local name, GUIDs normalised, and whatever cannot be represented is listed, not dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.codebook import CodeNode
from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.refi.codebook_io import nodes_from_codes
from tyokyky_qda.refi.xmlsafe import SafeArchive, local, norm_guid, open_archive, parse_xml

UNSUPPORTED_SOURCES = {"PictureSource": N_("picture"), "AudioSource": N_("audio"), "VideoSource": N_("video")}


@dataclass
class Selection:
    guid: str
    name: str
    start: int
    end: int
    user: str
    created: str
    description: str
    codings: list[tuple[str, str, str, str]]  # (coding guid, code guid, user guid, created)
    note_refs: list[str]
    coding_notes: list[tuple[str, str]] = field(default_factory=list)  # (coding guid, note guid)


@dataclass
class TextSourceData:
    guid: str
    name: str
    raw_text: Optional[str]
    kind: str  # text | pdf
    user: str
    created: str
    description: str
    selections: list[Selection] = field(default_factory=list)
    variables: list[tuple[str, str, object]] = field(default_factory=list)  # (var guid, type, value)
    note_refs: list[str] = field(default_factory=list)
    problem: str = ""


@dataclass
class RefiProject:
    """Everything read from one .qde."""

    name: str
    origin: str
    users: dict[str, str] = field(default_factory=dict)
    codes: list[CodeNode] = field(default_factory=list)
    code_note_refs: dict[str, list[str]] = field(default_factory=dict)
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)  # guid → (name, type)
    sources: list[TextSourceData] = field(default_factory=list)
    notes: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # guid → (name, text, user, created)
    links: list[tuple[str, str]] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)
    sets: list[dict] = field(default_factory=list)
    project_note_refs: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _child(el, name):
    return next((c for c in el if local(c.tag) == name), None)


def _children(el, name):
    return [c for c in el if local(c.tag) == name]


def _text_of(el, name) -> str:
    c = _child(el, name)
    return (c.text or "") if c is not None else ""


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


class _Reader:
    def __init__(self, archive: Optional[SafeArchive], base_dir: Path, base_path: str):
        self.archive, self.base_dir, self.base_path = archive, base_dir, base_path

    def load_text(self, el) -> tuple[Optional[str], str]:
        """Text of a TextSource-like element: inline, internal, relative or absolute path."""
        inline = _child(el, "PlainTextContent")
        if inline is not None and inline.text is not None:
            return inline.text, ""
        path = el.get("plainTextPath") or ""
        if not path:
            rich = el.get("richTextPath") or ""
            return None, (N_("only rich text ({path}) and no plain text representation", path=rich) if rich
                          else N_("no text"))
        if path.startswith("internal://") or "://" not in path:
            name = path.split("://", 1)[-1]
            data = self.archive.find_source(name) if self.archive else None
            if data is None and not self.archive:
                local_file = self.base_dir / "sources" / name
                data = local_file.read_bytes() if local_file.exists() else None
            return (_decode(data), "") if data is not None else (None, N_("text file {name} is missing", name=name))
        if path.startswith("relative://"):
            rel = path[len("relative://"):].lstrip("/")
            target = Path(self.base_path or self.base_dir) / rel
        elif path.startswith("absolute://"):
            target = Path(path[len("absolute://"):])
        else:
            return None, N_("unsupported path {path}", path=path)
        if not target.exists():
            return None, N_("external text file {path} is missing", path=target)
        return _decode(target.read_bytes()), ""


def _selection(el) -> Selection:
    return Selection(
        guid=norm_guid(el.get("guid")), name=el.get("name") or "",
        start=int(el.get("startPosition", 0)), end=int(el.get("endPosition", 0)),
        user=norm_guid(el.get("creatingUser")), created=el.get("creationDateTime") or "",
        description=_text_of(el, "Description"),
        codings=[(norm_guid(c.get("guid")), norm_guid(_child(c, "CodeRef").get("targetGUID")),
                  norm_guid(c.get("creatingUser")), c.get("creationDateTime") or "")
                 for c in _children(el, "Coding") if _child(c, "CodeRef") is not None],
        note_refs=[norm_guid(n.get("targetGUID")) for n in _children(el, "NoteRef")],
        coding_notes=[(norm_guid(c.get("guid")), norm_guid(n.get("targetGUID")))
                      for c in _children(el, "Coding") for n in _children(c, "NoteRef")])


def _variable_values(el) -> list[tuple[str, str, object]]:
    out = []
    for vv in _children(el, "VariableValue"):
        ref = _child(vv, "VariableRef")
        value_el = next((c for c in vv if local(c.tag).endswith("Value")), None)
        if ref is not None and value_el is not None:
            out.append((norm_guid(ref.get("targetGUID")), local(value_el.tag), value_el.text))
    return out


def _text_source(reader: _Reader, el, kind: str) -> TextSourceData:
    text, problem = reader.load_text(el)
    # Some producers (qc) leave the name out; the text file's name is the next best label.
    fallback = Path((el.get("plainTextPath") or "").split("://")[-1]).stem or "(nimetön)"
    src = TextSourceData(guid=norm_guid(el.get("guid")), name=el.get("name") or fallback, raw_text=text,
                         kind=kind, user=norm_guid(el.get("creatingUser")), created=el.get("creationDateTime") or "",
                         description=_text_of(el, "Description"), problem=problem)
    src.selections = [_selection(s) for s in _children(el, "PlainTextSelection")]
    src.variables = _variable_values(el)
    src.note_refs = [norm_guid(n.get("targetGUID")) for n in _children(el, "NoteRef")]
    return src


def read_project(path: Path) -> RefiProject:
    """Parse a .qdpx (or a bare .qde next to its sources folder)."""
    path = Path(path)
    archive = None
    if path.suffix.lower() == ".qde":
        data = path.read_bytes()
    else:
        archive = open_archive(path)
        data = archive.read(archive.qde_name)
    try:
        root = parse_xml(data, path.name)
        if local(root.tag) != "Project":
            raise ImportFailed(N_("{file}: the root element is <{tag}>, not <Project>", file=path.name,
                                  tag=local(root.tag)))
        return _read_root(root, _Reader(archive, path.parent, root.get("basePath") or ""))
    finally:
        if archive:
            archive.close()


def _read_root(root, reader: _Reader) -> RefiProject:
    proj = RefiProject(name=root.get("name") or "", origin=root.get("origin") or "")
    for el in root:
        tag = local(el.tag)
        if tag == "Users":
            proj.users = {norm_guid(u.get("guid")): (u.get("name") or u.get("id") or "käyttäjä")
                          for u in _children(el, "User")}
        elif tag == "CodeBook":
            codes = _child(el, "Codes")
            proj.codes = nodes_from_codes(codes) if codes is not None else []
            for code_el in el.iter():
                if local(code_el.tag) == "Code":
                    refs = [norm_guid(n.get("targetGUID")) for n in _children(code_el, "NoteRef")]
                    if refs:
                        proj.code_note_refs[norm_guid(code_el.get("guid"))] = refs
        elif tag == "Variables":
            proj.variables = {norm_guid(v.get("guid")): (v.get("name") or "", v.get("typeOfVariable") or "Text")
                              for v in _children(el, "Variable")}
        elif tag == "Sources":
            _read_sources(el, reader, proj)
        elif tag == "Notes":
            for n in _children(el, "Note"):
                text, _ = reader.load_text(n)
                proj.notes[norm_guid(n.get("guid"))] = (n.get("name") or "", text or "", norm_guid(n.get("creatingUser")),
                                                        n.get("creationDateTime") or "")
        elif tag == "Links":
            proj.links = [(norm_guid(l.get("originGUID")), norm_guid(l.get("targetGUID"))) for l in _children(el, "Link")]
        elif tag == "Cases":
            proj.cases = [{"guid": norm_guid(c.get("guid")), "name": c.get("name") or "", "description":
                           _text_of(c, "Description"), "variables": _variable_values(c),
                           "sources": [norm_guid(s.get("targetGUID")) for s in _children(c, "SourceRef")],
                           "selections": [norm_guid(s.get("targetGUID")) for s in _children(c, "SelectionRef")]}
                          for c in _children(el, "Case")]
        elif tag == "Sets":
            proj.sets = [{"guid": norm_guid(s.get("guid")), "name": s.get("name") or "",
                          "description": _text_of(s, "Description"),
                          "sources": [norm_guid(m.get("targetGUID")) for m in _children(s, "MemberSource")],
                          "codes": [norm_guid(m.get("targetGUID")) for m in _children(s, "MemberCode")]}
                         for s in _children(el, "Set")]
        elif tag == "Graphs":
            n = len(_children(el, "Graph"))
            if n:
                proj.unsupported.append(N_("{count} graph(s) (networks/maps) not imported", count=n))
        elif tag == "NoteRef":
            proj.project_note_refs.append(norm_guid(el.get("targetGUID")))
    return proj


def _read_sources(el, reader: _Reader, proj: RefiProject) -> None:
    for s in el:
        tag = local(s.tag)
        if tag == "TextSource":
            proj.sources.append(_text_source(reader, s, "text"))
        elif tag == "PDFSource":
            rep = _child(s, "Representation")
            if rep is None:
                proj.unsupported.append(N_("PDF source {name!r} has no text representation; not imported",
                                            name=s.get("name")))
                continue
            src = _text_source(reader, rep, "pdf")
            src.guid = norm_guid(s.get("guid")) or src.guid
            src.name = s.get("name") or src.name
            src.variables += _variable_values(s)
            n_pdf = len(_children(s, "PDFSelection"))
            if n_pdf:
                proj.unsupported.append(N_("{count} area selection(s) on PDF {name!r} not imported", count=n_pdf,
                                            name=src.name))
            proj.sources.append(src)
        elif tag in UNSUPPORTED_SOURCES:
            proj.unsupported.append(N_("{kind} source {name!r} not imported (only text is supported)",
                                       kind=UNSUPPORTED_SOURCES[tag], name=s.get("name")))
