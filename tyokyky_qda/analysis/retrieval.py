"""Retrieval: the coded segments behind a query, with their context and a reference to quote.

``retrieve(project, query, filter=...)`` returns one row per segment (coding) in text order, with
the enclosing section's speaker, question or field label, the segment's cases and attributes, its
text and a reference string ("Haastattelu 3, Haastateltava B, 00:12:31" or "Vastaaja 17").
"""

from __future__ import annotations

import re
from typing import Optional

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.frames import Frames, load_frames
from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.query import as_term, select
from tyokyky_qda.analysis.scope import SegmentFilter, case_pairs
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

_WORD = re.compile(r"\w+")
_SHIFT = np.int64(2**32)

#: Columns of the DataFrame ``retrieve`` returns, in order.
SEGMENT_COLUMNS = ["segment_id", "source_id", "source", "source_kind", "code_id", "code", "code_path",
                   "coder", "start", "end", "section_kind", "speaker", "question", "start_time", "cases",
                   "attributes", "reference", "words", "text"]


def format_time(seconds: Optional[float]) -> str:
    """Seconds as h:mm:ss / mm:ss ("" for no time)."""
    if seconds is None or pd.isna(seconds):
        return ""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def retrieve(project, query=None, *, filter: Optional[SegmentFilter] = None, lang: str = "fi",
             with_text: bool = True, progress: Optional[ProgressFn] = None,
             cancel: Optional[CancelFn] = None) -> pd.DataFrame:
    """Coded segments for a code query (text, Term, code id or list of codes; None: all).

    Columns: see ``SEGMENT_COLUMNS``. ``attributes`` holds a dict of the source's and the cases'
    attribute values; ``cases`` the case names joined with ", ".
    """
    frames = load_frames(project)
    flt = filter or SegmentFilter()
    pool = flt.codings(frames)
    segs = select(frames, as_term(frames, query), pool)
    segs = segs[flt.keep(frames, segs)].reset_index(drop=True)
    check_cancel(cancel)
    if progress:
        progress(0.3, N_("segments"))
    return segment_table(frames, segs, lang=lang, with_text=with_text, cancel=cancel)


def segment_table(frames: Frames, segs: pd.DataFrame, *, lang: str = "fi", with_text: bool = True,
                  cancel: Optional[CancelFn] = None) -> pd.DataFrame:
    """The retrieval table for segments given as coding rows (id, source_id, code_id, start, end, coder_id)."""
    segs = segs.sort_values(["source_id", "start", "end", "id"]).reset_index(drop=True)
    out = pd.DataFrame({"segment_id": segs["id"].to_numpy(), "source_id": segs["source_id"].to_numpy()})
    sources = frames.sources
    out["source"] = sources["name"].reindex(segs["source_id"]).to_numpy()
    out["source_kind"] = sources["kind"].reindex(segs["source_id"]).to_numpy()
    out["code_id"] = segs["code_id"].to_numpy()
    names = frames.codes["name_en"].where(frames.codes["name_en"] != "", frames.codes["name"]) \
        if lang == "en" else frames.codes["name"]
    out["code"] = names.reindex(segs["code_id"]).to_numpy()
    out["code_path"] = frames.codes["path"].reindex(segs["code_id"]).to_numpy()
    out["coder"] = frames.coders.reindex(segs["coder_id"]).to_numpy()
    out["start"], out["end"] = segs["start"].to_numpy(), segs["end"].to_numpy()
    _add_sections(frames, segs, out)
    check_cancel(cancel)
    _add_cases_and_attributes(frames, segs, out)
    out["reference"] = [_reference(r, lang) for r in out.itertuples(index=False)]
    if with_text:
        texts = frames.texts(out["source_id"].unique())
        out["text"] = [texts[s][a:b] for s, a, b in zip(out["source_id"], out["start"], out["end"])]
        out["words"] = [len(_WORD.findall(x)) for x in out["text"]]
    else:
        out["text"] = ""
        out["words"] = 0
    return out[SEGMENT_COLUMNS]


def _add_sections(frames: Frames, segs: pd.DataFrame, out: pd.DataFrame) -> None:
    """Speaker, question/field label and time of the section each segment starts in."""
    secs = frames.sections
    blank = [""] * len(segs)
    if secs.empty or segs.empty:
        out["section_kind"], out["speaker"], out["question"] = blank, blank, blank
        out["start_time"] = np.nan
        return
    left = pd.DataFrame({"pos": segs["source_id"].to_numpy() * _SHIFT + segs["start"].to_numpy(),
                         "row": np.arange(len(segs))}).sort_values("pos")
    right = pd.DataFrame({"pos": secs["source_id"].to_numpy() * _SHIFT + secs["start"].to_numpy(),
                          "sec_end": secs["source_id"].to_numpy() * _SHIFT + secs["end"].to_numpy(),
                          "sec": np.arange(len(secs))}).sort_values("pos", kind="stable")
    joined = pd.merge_asof(left, right, on="pos", direction="backward").sort_values("row")
    ok = (joined["sec"].notna() & (joined["pos"] < joined["sec_end"])).to_numpy()
    idx = joined["sec"].fillna(0).astype(np.int64).to_numpy()
    for col, name, empty in (("kind", "section_kind", ""), ("speaker", "speaker", ""),
                             ("label", "question", ""), ("start_time", "start_time", np.nan)):
        values = secs[col].to_numpy()[idx]
        out[name] = np.where(ok, values, empty)


def _add_cases_and_attributes(frames: Frames, segs: pd.DataFrame, out: pd.DataFrame) -> None:
    seg_pos, case_ids = case_pairs(frames, segs)
    case_names = frames.cases["name"]
    per_seg: dict[int, list[int]] = {}
    for p, c in zip(seg_pos.tolist(), case_ids.tolist()):
        per_seg.setdefault(p, []).append(c)
    src_attrs = _owner_dicts(frames, "source")
    case_attrs = _owner_dicts(frames, "case")
    cases_col, attrs_col = [], []
    for pos, source_id in enumerate(segs["source_id"].tolist()):
        ids = sorted(set(per_seg.get(pos, [])))
        cases_col.append(", ".join(case_names[c] for c in ids))
        attrs = dict(src_attrs.get(source_id, {}))
        for c in ids:
            attrs.update(case_attrs.get(c, {}))
        attrs_col.append(attrs)
    out["cases"] = cases_col
    out["attributes"] = attrs_col


def _owner_dicts(frames: Frames, owner_kind: str) -> dict[int, dict]:
    df = frames.attribute_values
    sel = df[df["owner_kind"] == owner_kind]
    out: dict[int, dict] = {}
    for owner, name, value in zip(sel["owner_id"].tolist(), sel["name"], sel["value"]):
        out.setdefault(owner, {})[name] = value
    return out


def _reference(row, lang: str) -> str:
    """How a quote is credited: source, speaker and time, or the respondent."""
    if row.source_kind == "survey-answer":
        who = (row.cases.split(", ")[0] if row.cases else "") or row.source
        word = t("respondent", lang)
        return who if who.lower().startswith(word.lower()) else f"{word} {who}"
    parts = [row.source]
    if row.speaker:
        parts.append(row.speaker)
    stamp = format_time(row.start_time)
    if stamp:
        parts.append(stamp)
    elif row.question and row.source_kind == "status-report":
        parts.append(row.question)
    return ", ".join(parts)


def segments_for(project, segment_ids, *, lang: str = "fi") -> pd.DataFrame:
    """The retrieval table of given segments (coding ids), e.g. the ones behind a matrix cell."""
    frames = load_frames(project)
    codings = frames.codings
    return segment_table(frames, codings[codings["id"].isin([int(i) for i in segment_ids])], lang=lang)
