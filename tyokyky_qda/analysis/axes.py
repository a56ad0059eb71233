"""Matrix axes: what the rows or columns of a matrix are and which segments fall under each.

Axis specs (the CLI's ``--rows``/``--cols``):

- ``group:NAME``: the codes of a code group (NAME: a name, a path, an id or a GUID). Its items are
  the group's children, each counting its descendants too; when every child is itself a group
  (like "Toimenpiteet" with its measure groups), the items are the grandchildren, grouped by child.
- ``attribute:NAME``: the values of a source or case attribute.
- ``source``, ``case``, ``coder``: one item per source, case or coder that has segments.

Keys of items are stable across renames (code GUIDs, source and case GUIDs, attribute values), so
evaluator overrides keep their cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.arrays import member_mask, unique_ints, unique_inverse
from tyokyky_qda.analysis.frames import Frames
from tyokyky_qda.analysis.labels import t, value_label
from tyokyky_qda.analysis.overlap import overlap_frame
from tyokyky_qda.analysis.scope import attribute_pairs, case_pairs, value_key
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_

AXIS_KINDS = ("group", "attribute", "source", "case", "coder")


@dataclass
class AxisItem:
    """One row or column: a stable key, its label and the label of its group (if grouped)."""

    key: str
    label: str
    group: str = ""
    code_id: Optional[int] = None
    value: Any = None


@dataclass
class Axis:
    """A parsed axis spec with its items."""

    kind: str
    spec: str          # normalised: "group:<guid>", "attribute:Alue", "source", ...
    title: str
    items: list[AxisItem] = field(default_factory=list)
    code_map: dict[int, int] = field(default_factory=dict)  # code id → item position (groups)
    attribute: str = ""

    @property
    def is_code(self) -> bool:
        """True for code-group axes."""
        return self.kind == "group"

    @property
    def grouped(self) -> bool:
        """True when items carry group labels."""
        return any(item.group for item in self.items)

    def labels(self) -> list[str]:
        """Item labels, made unique by adding the group when two items share a label."""
        seen: dict[str, int] = {}
        for item in self.items:
            seen[item.label] = seen.get(item.label, 0) + 1
        return [f"{i.label} ({i.group})" if seen[i.label] > 1 and i.group else i.label for i in self.items]


def resolve_code(frames: Frames, ref: str) -> int:
    """A code id from a name, path, id or GUID; a root with that name wins over deeper codes."""
    codes = frames.codes
    text = str(ref).strip()
    ids = [int(i) for i in codes.index]
    if text.isdigit() and int(text) in set(ids):
        return int(text)
    guid = text.strip("{}").lower()
    for code_id, code_guid in zip(ids, codes["guid"]):
        if str(code_guid).lower() == guid:
            return code_id
    for column in ("path", "name", "name_en"):
        hits = [code_id for code_id, value in zip(ids, codes[column]) if value == text]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            parents = dict(zip(ids, codes["parent_id"]))
            roots = [h for h in hits if parents[h] is None]
            if len(roots) == 1:
                return roots[0]
            raise UserError(N_("more than one code is called {name!r}; give its path or id", name=text))
    lowered = text.lower()
    prefixed = [i for i, n in zip(codes.index, codes["name"]) if n.lower().startswith(lowered + " ")]
    if len(prefixed) == 1:
        return int(prefixed[0])
    raise UserError(N_("no code {name!r} (give a name, a path, an id or a GUID)", name=text))


def parse_axis(frames: Frames, spec: str, lang: str = "fi") -> Axis:
    """Parse an axis spec; the items of source/case/coder axes are filled by ``fill_items``."""
    kind, _, arg = spec.partition(":")
    kind = kind.strip().lower()
    if kind not in AXIS_KINDS:
        raise UserError(N_("unknown axis {spec!r} (group:NAME, attribute:NAME, source, case or coder)", spec=spec))
    if kind == "group":
        if not arg.strip():
            raise UserError(N_("group: needs a code group name"))
        return _group_axis(frames, resolve_code(frames, arg), lang)
    if kind == "attribute":
        name = arg.strip()
        if name not in frames.attribute_defs.index:
            raise UserError(N_("no attribute {name!r}", name=name))
        return Axis(kind, f"attribute:{name}", name, attribute=name)
    return Axis(kind, kind, t(kind, lang))


def _group_axis(frames: Frames, group_id: int, lang: str) -> Axis:
    children = frames.children.get(group_id, [])
    guid = frames.codes.loc[group_id, "guid"]
    axis = Axis("group", f"group:{guid}", frames.code_label(group_id, lang))
    if not children:
        tops = [(group_id, "")]
    elif all(frames.children.get(c) for c in children):
        tops = [(g, frames.code_label(c, lang)) for c in children for g in frames.children[c]]
    else:
        tops = [(c, "") for c in children]
    for pos, (code_id, group_label) in enumerate(tops):
        axis.items.append(AxisItem(key=f"code:{frames.codes.loc[code_id, 'guid']}",
                                   label=frames.code_label(code_id, lang), group=group_label, code_id=code_id))
        for d in frames.descendants(code_id):
            axis.code_map[d] = pos
    return axis


def fill_items(frames: Frames, axis: Axis, found: "Members", lang: str = "fi") -> None:
    """Create the items of value-driven axes from the items segments were found under."""
    if axis.kind == "group":
        return
    present = pd.DataFrame({"item_key": found.keys, "value": pd.Series(found.values, dtype=object)})
    if axis.kind == "source":
        src = frames.sources.loc[present["value"].astype(int)]
        order = src.sort_values("name")
        axis.items = [AxisItem(f"source:{g}", n, value=int(i)) for i, g, n in
                      zip(order.index, order["guid"], order["name"])]
    elif axis.kind == "case":
        cases = frames.cases.loc[present["value"].astype(int)].sort_values("name")
        axis.items = [AxisItem(f"case:{g}", n, value=int(i)) for i, g, n in
                      zip(cases.index, cases["guid"], cases["name"])]
    elif axis.kind == "coder":
        axis.items = [AxisItem(f"coder:{n}", n, value=n) for n in sorted(present["value"])]
    else:
        # Every value the attribute has anywhere, so empty answer options still get a row.
        df = frames.attribute_values
        values = df.loc[df["name"] == axis.attribute, "value"].tolist() + present["value"].tolist()
        unique = {value_key(v): v for v in values}
        pairs = sorted(unique.items(), key=lambda kv: _sort_key(kv[1]))
        axis.items = [AxisItem(f"value:{k}", value_label(v, lang), value=v) for k, v in pairs]


def _sort_key(value: Any):
    if isinstance(value, bool):
        return (0, int(value), "")
    if isinstance(value, (int, float)):
        return (1, value, "")
    return (2, 0, str(value).casefold())


@dataclass
class Members:
    """Which items segments fall under, as integer pairs: ``seg`` (position in the segments) and
    ``item`` (index into ``keys``); ``values`` holds each key's value (source id, case id, coder
    name, attribute value). Integers keep a 100,000-coding matrix fast."""

    seg: np.ndarray
    item: np.ndarray
    keys: list
    values: list

    def frame(self) -> pd.DataFrame:
        """The pairs as a DataFrame: seg, item_key, value."""
        keys = np.array(self.keys, dtype=object)
        values = np.empty(len(self.values), dtype=object)
        values[:] = self.values
        return pd.DataFrame({"seg": self.seg, "item_key": keys[self.item] if len(self.item) else keys[:0],
                             "value": values[self.item] if len(self.item) else values[:0]})

    def positions(self, axis: Axis) -> np.ndarray:
        """Each pair's item as a position in ``axis.items`` (after ``fill_items``)."""
        index = {item.key: i for i, item in enumerate(axis.items)}
        lookup = np.array([index[k] for k in self.keys], dtype=np.int64)
        return lookup[self.item] if len(self.item) else np.empty(0, dtype=np.int64)


def _unique_pairs(seg: np.ndarray, item: np.ndarray, n_items: int) -> tuple[np.ndarray, np.ndarray]:
    if len(seg) == 0:
        return seg.astype(np.int64), item.astype(np.int64)
    code = unique_ints(seg.astype(np.int64) * max(1, n_items) + item.astype(np.int64))
    return code // max(1, n_items), code % max(1, n_items)


def _by_id(seg: np.ndarray, ids: np.ndarray, prefix: str, guid_of) -> Members:
    unique, inverse = unique_inverse(ids)
    seg, item = _unique_pairs(seg, inverse, len(unique))
    return Members(seg, item, [f"{prefix}{guid_of(u)}" for u in unique.tolist()], unique.tolist())


def members(frames: Frames, axis: Axis, segs: pd.DataFrame, pool: pd.DataFrame, *, base: bool) -> Members:
    """Which item each segment falls under (seg = position in ``segs``).

    For a code-group axis, ``base`` means the segments are the group's own codings (the item is
    their code); otherwise a segment falls under an item when a coding of the item's codes in
    ``pool`` overlaps it.
    """
    if axis.kind == "group":
        keys = [i.key for i in axis.items]
        if base:
            pos = segs["code_id"].map(axis.code_map).to_numpy(dtype=float, na_value=np.nan)
            seg = np.nonzero(~np.isnan(pos))[0]
            return Members(seg, pos[seg].astype(np.int64), keys, [None] * len(keys))
        coded = pool[member_mask(pool["code_id"].to_numpy(), axis.code_map)]
        ia, ib = overlap_frame(segs, coded)
        item = coded["code_id"].map(axis.code_map).to_numpy()[ib].astype(np.int64)
        seg, item = _unique_pairs(ia, item, len(keys))
        return Members(seg, item, keys, [None] * len(keys))
    if axis.kind == "attribute":
        pairs = attribute_pairs(frames, axis.attribute, segs)
        codes, uniques = pd.factorize(pairs["key"])
        first = pairs.drop_duplicates("key")
        value_of = dict(zip(first["key"], first["value"]))
        return Members(pairs["seg"].to_numpy(dtype=np.int64), codes.astype(np.int64),
                       [f"value:{k}" for k in uniques], [value_of[k] for k in uniques])
    if axis.kind == "source":
        guids = frames.sources["guid"]
        return _by_id(np.arange(len(segs)), segs["source_id"].to_numpy(), "source:", lambda i: guids[i])
    if axis.kind == "case":
        seg, case_ids = case_pairs(frames, segs)
        guids = frames.cases["guid"]
        return _by_id(seg, case_ids, "case:", lambda i: guids[i])
    coder_ids = segs["coder_id"].to_numpy()
    out = _by_id(np.arange(len(segs)), coder_ids, "coder:", lambda i: frames.coders[i])
    out.values = [frames.coders[i] for i in out.values]
    return out
