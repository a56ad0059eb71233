"""REFI-QDA codebooks: the <Codes> tree in .qdc files and inside .qde projects.

REFI has no element for keywords, so they travel in the Description after a line
"Avainsanat: a; b; c" (English keywords after "Keywords:"), which our import reads back.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tyokyky_qda.core.codebook import Codebook, CodeNode
from tyokyky_qda.core.errors import ImportFailed, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.refi.xmlsafe import local, norm_guid, parse_xml

NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
NS_PROJECT = "urn:QDA-XML:project:1.0"
_KW = re.compile(r"^\s*(Avainsanat|Keywords):\s*(.*)$", re.MULTILINE)
_COLOR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def split_description(text: str) -> tuple[str, list[str], list[str]]:
    """Description text → (definition, Finnish keywords, English keywords)."""
    fi, en = [], []
    for m in _KW.finditer(text or ""):
        words = [w.strip() for w in m.group(2).split(";") if w.strip()]
        (fi if m.group(1) == "Avainsanat" else en).extend(words)
    return _KW.sub("", text or "").strip(), fi, en


def join_description(description: str, keywords: list[str], keywords_en: list[str]) -> str:
    """Definition plus keyword lines, the form split_description reads."""
    parts = [description.strip()] if description.strip() else []
    if keywords:
        parts.append("Avainsanat: " + "; ".join(keywords))
    if keywords_en:
        parts.append("Keywords: " + "; ".join(keywords_en))
    return "\n".join(parts)


def valid_color(value: str) -> str:
    """A colour REFI accepts (#RRGGBB), or empty."""
    value = (value or "").strip()
    if not _COLOR.match(value):
        return ""
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.upper()


def nodes_from_codes(codes_el) -> list[CodeNode]:
    """CodeNodes from a <Codes> element (any namespace)."""
    out = []
    for el in codes_el:
        if local(el.tag) != "Code":
            continue
        desc_el = next((c for c in el if local(c.tag) == "Description"), None)
        definition, kw, kw_en = split_description(desc_el.text if desc_el is not None else "")
        node = CodeNode(name=(el.get("name") or "").strip() or "(nimetön)", guid=norm_guid(el.get("guid")),
                        color=valid_color(el.get("color", "")), description=definition, keywords=kw,
                        keywords_en=kw_en)
        node.children = nodes_from_codes(el)
        out.append(node)
    return out


def read_qdc(path: Path) -> Codebook:
    """A Codebook from a REFI-QDA .qdc file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(N_("cannot read {path}: {error}", path=path, error=exc)) from exc
    root = parse_xml(data, Path(path).name)
    codes = next((el for el in root.iter() if local(el.tag) == "Codes"), None)
    if codes is None:
        raise ImportFailed(N_("{file}: no <Codes> element; not a REFI-QDA codebook", file=Path(path).name))
    return Codebook(name=Path(path).stem, codes=nodes_from_codes(codes))


def code_elements(project, parent_el, ns: str, parent_id=None, children=None) -> None:
    """Append <Code> elements for the project's code tree under ``parent_el``."""
    if children is None:
        children = {}
        for c in project.codes():
            children.setdefault(c.parent_id, []).append(c)
    for code in children.get(parent_id, []):
        el = etree.SubElement(parent_el, f"{{{ns}}}Code", guid=code.guid, name=code.name, isCodable="true")
        color = valid_color(code.color)
        if color:
            el.set("color", color)
        description = join_description(code.description, code.keywords, code.keywords_en)
        if description:
            etree.SubElement(el, f"{{{ns}}}Description").text = description
        code_elements(project, el, ns, code.id, children)


def write_qdc(project, path: Path) -> Path:
    """Write the project's codebook as a .qdc valid against Codebook-mrt2019.xsd."""
    root = etree.Element(f"{{{NS_CODEBOOK}}}CodeBook", nsmap={None: NS_CODEBOOK}, origin="tyokyky-qda")
    codes = etree.SubElement(root, f"{{{NS_CODEBOOK}}}Codes")
    code_elements(project, codes, NS_CODEBOOK)
    if not len(codes):
        raise UserError(N_("the project has no codes to export"))
    Path(path).write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
    return Path(path)
