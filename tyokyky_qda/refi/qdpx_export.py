"""Export a project as a REFI-QDA .qdpx (valid against Project-mrt2019.xsd) and its codebook as .qdc.

Layout: ``project.qde`` plus lowercase ``sources/<GUID>.txt`` in UTF-8 without BOM; positions
in code points, end exclusive (with ``crlf=True`` texts get CRLF line ends and positions count
them, for tools that expect that). One PlainTextSelection per coding, its Coding inside.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from pathlib import Path
from typing import Optional

from lxml import etree

from tyokyky_qda import __version__
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel
from tyokyky_qda.pseudo.export_filter import full_text_for, memo_filter_for, name_filter_for
from tyokyky_qda.refi.codebook_io import NS_PROJECT, code_elements
from tyokyky_qda.refi.positions import export_positions

NS = NS_PROJECT
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TYPES = {"text": "Text", "number": "Float", "date": "Date", "boolean": "Boolean"}
_GUID_NS = uuid.UUID("6f1b3a52-0c0e-4d83-9a64-6b7c2f8e0a11")


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _clean(text: str) -> str:
    """Remove characters XML 1.0 cannot carry."""
    return _XML_BAD.sub("", text or "")


def _sub(parent, tag: str, text: Optional[str] = None, **attrs) -> etree._Element:
    el = etree.SubElement(parent, _q(tag), {k: _clean(str(v)) for k, v in attrs.items() if v not in (None, "")})
    if text is not None:
        el.text = _clean(text)
    return el


def stable_guid(*parts) -> str:
    """A GUID derived from stable ids, so re-exports give the same GUIDs."""
    return str(uuid.uuid5(_GUID_NS, "/".join(map(str, parts))))


def _value_element(type_: str, value) -> tuple[str, str]:
    if type_ == "boolean":
        return "BooleanValue", "true" if value else "false"
    if type_ == "number":
        return ("IntegerValue", str(int(value))) if float(value).is_integer() else ("FloatValue", repr(float(value)))
    if type_ == "date":
        return "DateValue", str(value)[:10]
    return "TextValue", str(value)


class _Exporter:
    def __init__(self, project, crlf: bool, pseudonymise: bool):
        self.p, self.crlf, self.pseudonymise = project, crlf, pseudonymise
        # Names, memos and descriptions are not ranges of a source; with pseudonymisation on
        # they are filtered by their wording so no accepted original leaks through them.
        self.names = name_filter_for(project, pseudonymise)
        self.memo_text = memo_filter_for(project, pseudonymise)
        self.project_guid = project.meta("guid") or stable_guid(project.path.name)
        self.users = {c["name"]: c["guid"] for c in project.coders()}
        self.attrs = {a["name"]: a for a in project.attributes()}
        self.notes: list[tuple[str, object]] = []  # (note guid, memo)
        self.links: list[tuple[str, str]] = []  # (note guid, target guid)
        self.files: dict[str, str] = {}
        self.case_selections: dict[int, list] = {}
        self._project_notes: list[str] = []
        # Looked up once: per-coding queries would dominate the export time.
        self.code_guids = {c.id: c.guid for c in project.codes()}
        self.coding_memos: dict[int, list] = {}
        for memo in project.memos("coding"):
            self.coding_memos.setdefault(memo.target_id, []).append(memo)

    def note_for(self, memo) -> str:
        guid = memo.guid or stable_guid("memo", memo.id)
        self.notes.append((guid, memo))
        return guid

    def build(self, progress, cancel) -> etree._Element:
        root = etree.Element(_q("Project"), nsmap={None: NS})
        root.set("name", _clean(self.names(self.p.name)))
        root.set("origin", f"tyokyky-qda {__version__}")
        created = self.p.meta("created_at")
        if created:
            root.set("creationDateTime", created)
        if self.users:
            users = _sub(root, "Users")
            for name, guid in self.users.items():
                _sub(users, "User", guid=guid, name=name)
        codes = self.p.codes()
        if codes:
            book = _sub(root, "CodeBook")
            wrapper = _sub(book, "Codes")
            code_elements(self.p, wrapper, NS)
            self._code_notes(book)
        if self.attrs:
            variables = _sub(root, "Variables")
            for name, a in self.attrs.items():
                _sub(variables, "Variable", guid=stable_guid(self.project_guid, "variable", name), name=name,
                     typeOfVariable=_TYPES.get(a["type"], "Text"))
        self._cases(root)  # before Sources, as the schema orders them; also plans case selections
        self._sources(root, progress, cancel)
        self._notes(root)
        self._sets(root)
        return root

    def _code_notes(self, book) -> None:
        by_guid = {el.get("guid"): el for el in book.iter(_q("Code"))}
        for code in self.p.codes():
            memos = self.p.memos("code", code.id)
            el = by_guid.get(code.guid)
            for memo in memos:
                ref = etree.Element(_q("NoteRef"), targetGUID=self.note_for(memo))
                # After the Description, before child Codes.
                pos = 1 if len(el) and etree.QName(el[0]).localname == "Description" else 0
                el.insert(pos, ref)

    def _variable_values(self, parent, owner_kind: str, owner_id: int) -> None:
        for name, value in self.p.attributes_of(owner_kind, owner_id).items():
            a = self.attrs[name]
            vv = _sub(parent, "VariableValue")
            _sub(vv, "VariableRef", targetGUID=stable_guid(self.project_guid, "variable", name))
            tag, text = _value_element(a["type"], value)
            _sub(vv, tag, self.names(text) if tag == "TextValue" else text)

    def _cases(self, root):
        cases = self.p.cases()
        if not cases:
            return None
        wrapper = _sub(root, "Cases")
        for case in cases:
            el = _sub(wrapper, "Case", guid=case.guid, name=self.names(case.name))
            if case.description:
                _sub(el, "Description", self.names(case.description))
            self._variable_values(el, "case", case.id)
            links = self.p.case_links(case.id)
            for link in links:
                if link["start"] is None:
                    _sub(el, "SourceRef", targetGUID=self.p.source(link["source_id"], with_text=False).guid)
            for link in links:
                if link["start"] is not None and link["end"] > link["start"]:
                    guid = stable_guid("case-link", link["id"])
                    self.case_selections.setdefault(link["source_id"], []).append((guid, link))
                    _sub(el, "SelectionRef", targetGUID=guid)
            for memo in self.p.memos("case", case.id):
                self.links.append((self.note_for(memo), case.guid))
        return wrapper

    def _sources(self, root, progress, cancel) -> None:
        sources = self.p.sources()
        if not sources:
            return
        wrapper = _sub(root, "Sources")
        for i, s in enumerate(sources):
            check_cancel(cancel)
            if progress:
                progress(0.1 + 0.8 * i / len(sources), s.name)
            text, map_range = full_text_for(self.p, s.id, self.pseudonymise)
            to_export = export_positions(text, self.crlf)
            file_text = text.replace("\n", "\r\n") if self.crlf else text
            self.files[f"sources/{s.guid}.txt"] = file_text
            el = _sub(wrapper, "TextSource", guid=s.guid, name=self.names(s.name), plainTextPath=f"internal://{s.guid}.txt",
                      creationDateTime=s.imported_at or None)
            self._selections(el, s.id, text, map_range, to_export)
            for memo in self.p.memos("source", s.id):
                _sub(el, "NoteRef", targetGUID=self.note_for(memo))
            self._variable_values(el, "source", s.id)

    def _selections(self, el, source_id, text, map_range, to_export) -> None:
        for c in self.p.codings(source_id=source_id):
            start, end = map_range(c.start, c.end)
            sel = _sub(el, "PlainTextSelection", guid=stable_guid("selection", c.guid),
                       name=" ".join(text[start:end].split())[:80], startPosition=to_export(start),
                       endPosition=to_export(end), creatingUser=self.users.get(c.coder),
                       creationDateTime=c.created_at or None)
            if c.memo:
                _sub(sel, "Description", self.names(c.memo))
            coding = _sub(sel, "Coding", guid=c.guid, creatingUser=self.users.get(c.coder),
                          creationDateTime=c.created_at or None)
            _sub(coding, "CodeRef", targetGUID=self.code_guids[c.code_id])
            for memo in self.coding_memos.get(c.id, ()):
                _sub(coding, "NoteRef", targetGUID=self.note_for(memo))
        for guid, link in self.case_selections.get(source_id, []):
            start, end = map_range(link["start"], link["end"])
            _sub(el, "PlainTextSelection", guid=guid, name=" ".join(text[start:end].split())[:80],
                 startPosition=to_export(start), endPosition=to_export(end))

    def _notes(self, root) -> None:
        for memo in self.p.memos("project"):
            self._project_notes.append(self.note_for(memo))
        if self.notes:
            wrapper = _sub(root, "Notes")
            for guid, memo in self.notes:
                # The text has findings of its own (pseudonymisation scans memos); the name is cut
                # from the filtered text, so half a name never escapes the sweep.
                text = self.memo_text(memo)
                note = _sub(wrapper, "Note", guid=guid, name=self.names(memo.title) if memo.title else text[:40],
                            creatingUser=self.users.get(memo.author), creationDateTime=memo.created_at or None)
                _sub(note, "PlainTextContent", text)
        if self.links:
            wrapper = _sub(root, "Links")
            for note, target in self.links:
                _sub(wrapper, "Link", guid=stable_guid("link", note, target), originGUID=note, targetGUID=target)

    def _sets(self, root) -> None:
        sets = [s for s in self.p.sets()]
        if sets:
            wrapper = _sub(root, "Sets")
            for s in sets:
                el = _sub(wrapper, "Set", guid=s["guid"], name=s["name"])
                if s["description"]:
                    _sub(el, "Description", s["description"])
                for kind, member in s["members"]:
                    if kind == "code":
                        _sub(el, "MemberCode", targetGUID=self.p.code(member).guid)
                for kind, member in s["members"]:
                    if kind == "source":
                        _sub(el, "MemberSource", targetGUID=self.p.source(member, with_text=False).guid)
        for guid in self._project_notes:  # the schema puts project NoteRefs last
            _sub(root, "NoteRef", targetGUID=guid)


def export_qdpx(project, path, *, crlf: bool = False, pseudonymise: bool = False,
                progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> Path:
    """Write the project as a .qdpx archive; returns the path."""
    path = Path(path)
    exporter = _Exporter(project, crlf, pseudonymise)
    root = exporter.build(progress, cancel)
    qde = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde)
        for name, text in exporter.files.items():
            zf.writestr(name, text.encode("utf-8"))
    tmp.replace(path)  # never leave a half-written archive under the real name
    if progress:
        progress(1.0, N_("done"))
    return path


def project_xml(project, crlf: bool = False, pseudonymise: bool = False) -> bytes:
    """The project.qde document alone (for validation and tests)."""
    return etree.tostring(_Exporter(project, crlf, pseudonymise).build(None, None), xml_declaration=True,
                          encoding="utf-8")
