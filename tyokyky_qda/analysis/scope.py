"""Which segments an analysis looks at, and which cases and attribute values a segment belongs to.

A *segment* is one coding: a code applied to ``text[start:end]`` of a source by a coder. A segment
belongs to a case when the case is linked to its whole source or to a range overlapping it, and it
has an attribute value when its source or one of its cases has that value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.frames import Frames
from tyokyky_qda.analysis.overlap import overlap_frame
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_


def value_key(value: Any) -> str:
    """A stable text key for an attribute value (3 and 3.0 and "3" are one key)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def case_pairs(frames: Frames, segs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(segment position, case id) for every case a segment belongs to."""
    links = frames.case_links
    ia, ib = overlap_frame(segs, links)
    return ia, links["case_id"].to_numpy()[ib]


def attribute_pairs(frames: Frames, name: str, segs: pd.DataFrame) -> pd.DataFrame:
    """Segment positions with their values of one attribute (from the source and from cases):
    columns seg, value, key; one row per distinct (seg, key)."""
    parts = []
    src_values = frames.attribute_of("source", name)
    if src_values:
        sources = segs["source_id"].to_numpy()
        mask = np.isin(sources, list(src_values))
        pos = np.nonzero(mask)[0]
        parts.append(pd.DataFrame({"seg": pos, "value": [src_values[int(s)] for s in sources[pos]]}))
    case_values = frames.attribute_of("case", name)
    if case_values:
        seg_pos, case_ids = case_pairs(frames, segs)
        mask = np.isin(case_ids, list(case_values))
        parts.append(pd.DataFrame({"seg": seg_pos[mask],
                                   "value": [case_values[int(c)] for c in case_ids[mask]]}))
    if not parts:
        return pd.DataFrame({"seg": np.empty(0, dtype=np.int64), "value": [], "key": []})
    out = pd.concat(parts, ignore_index=True)
    out["value"] = out["value"].astype(object)
    out["key"] = [value_key(v) for v in out["value"]]
    return out.drop_duplicates(["seg", "key"]).reset_index(drop=True)


@dataclass
class SegmentFilter:
    """Restrictions shared by retrieval, frequencies and matrices.

    ``source_kinds``, ``sources`` and ``coders`` restrict every coding an analysis considers;
    ``cases`` (ids or names) and ``attributes`` (name → value or list of values, matched as
    text) restrict the segments counted, through their sources and cases.
    """

    source_kinds: Sequence[str] = ()
    sources: Sequence[int] = ()
    coders: Sequence[str] = ()
    cases: Sequence[Any] = ()
    attributes: Mapping[str, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when nothing is filtered."""
        return not (self.source_kinds or self.sources or self.coders or self.cases or self.attributes)

    def codings(self, frames: Frames) -> pd.DataFrame:
        """All codings inside the source, kind and coder restrictions (positional index)."""
        df = frames.codings
        mask = np.ones(len(df), dtype=bool)
        if self.source_kinds:
            kinds = frames.sources["kind"]
            ids = kinds.index[kinds.isin(list(self.source_kinds))].to_numpy()
            mask &= np.isin(df["source_id"].to_numpy(), ids)
        if self.sources:
            mask &= np.isin(df["source_id"].to_numpy(), [int(s) for s in self.sources])
        if self.coders:
            names = frames.coders
            ids = names.index[names.isin(list(self.coders))].to_numpy()
            mask &= np.isin(df["coder_id"].to_numpy(), ids)
        return df[mask].reset_index(drop=True) if not mask.all() else df

    def keep(self, frames: Frames, segs: pd.DataFrame) -> np.ndarray:
        """Boolean mask of the segments inside the case and attribute restrictions."""
        mask = np.ones(len(segs), dtype=bool)
        if self.cases:
            wanted = self._case_ids(frames)
            seg_pos, case_ids = case_pairs(frames, segs)
            inside = np.zeros(len(segs), dtype=bool)
            inside[seg_pos[np.isin(case_ids, wanted)]] = True
            mask &= inside
        for name, wanted in self.attributes.items():
            values = wanted if isinstance(wanted, (list, tuple, set, frozenset)) else [wanted]
            keys = {value_key(v) for v in values}
            pairs = attribute_pairs(frames, name, segs)
            inside = np.zeros(len(segs), dtype=bool)
            inside[pairs.loc[pairs["key"].isin(keys), "seg"].to_numpy(dtype=np.int64)] = True
            mask &= inside
        return mask

    def _case_ids(self, frames: Frames) -> list[int]:
        by_name = {n: i for i, n in zip(frames.cases.index, frames.cases["name"])}
        ids = []
        for c in self.cases:
            if isinstance(c, (int, np.integer)) or (isinstance(c, str) and c.isdigit() and int(c) in frames.cases.index):
                ids.append(int(c))
            elif c in by_name:
                ids.append(by_name[c])
            else:
                raise UserError(N_("no case {name!r}", name=c))
        return ids
