"""SQL access to the NLP tables of a project (schema m0002): parses, models, feedback.

The only module of ``tyokyky_qda.nlp`` that touches SQL. Writes go through the project's
transaction helper, so each is one transaction with an audit entry, like every Project API call.
On a project opened read-only the cache writes are skipped (parses and models then live only in
memory for the session); feedback needs a writable project.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.store.base import now_iso


@dataclass
class StoredParse:
    """One stored parse of a source: token-table bytes of its chunks and where each chunk starts."""

    source_id: int
    pipeline_id: str
    text_hash: str
    chunk_offsets: list[int]
    data: bytes
    n_tokens: int = 0
    n_words: int = 0


def parse_hashes(project, pipeline_id: str) -> dict[int, str]:
    """The text hash each source had when it was parsed with this pipeline."""
    rows = project.conn.execute("SELECT source_id, text_hash FROM nlp_parses WHERE pipeline_id=?",
                                (pipeline_id,))
    return {r[0]: r[1] for r in rows}


def load_parse(project, source_id: int, pipeline_id: str) -> Optional[StoredParse]:
    """The stored parse of a source, or None."""
    row = project.conn.execute(
        "SELECT * FROM nlp_parses WHERE source_id=? AND pipeline_id=?", (source_id, pipeline_id)).fetchone()
    if row is None:
        return None
    return StoredParse(row["source_id"], row["pipeline_id"], row["text_hash"],
                       json.loads(row["chunk_offsets"] or "[0]"), bytes(row["tokens"]),
                       row["n_tokens"] or 0, row["n_words"] or 0)


def save_parses(project, parses: Iterable[StoredParse]) -> bool:
    """Store parses (replacing older ones of the same source and pipeline) in one transaction.

    Returns False when the project is read-only and nothing was stored.
    """
    parses = list(parses)
    if project.readonly or not parses:
        return False
    stamp = now_iso()
    with project.transaction("store text analysis", sources=len(parses)) as ch:
        project.conn.executemany(
            "INSERT OR REPLACE INTO nlp_parses(source_id, pipeline_id, text_hash, chunk_offsets, tokens,"
            " n_tokens, n_words, parsed_at) VALUES (?,?,?,?,?,?,?,?)",
            [(p.source_id, p.pipeline_id, p.text_hash, json.dumps(p.chunk_offsets), p.data,
              p.n_tokens, p.n_words, stamp) for p in parses])
        ch.add("updated", "nlp_parses", [p.source_id for p in parses])
    return True


def drop_parses(project, source_ids: Iterable[int]) -> None:
    """Forget the parses of sources (all pipelines), e.g. of sources that no longer exist."""
    ids = list(source_ids)
    if project.readonly or not ids:
        return
    with project.transaction("drop text analysis", sources=len(ids)) as ch:
        project.conn.executemany("DELETE FROM nlp_parses WHERE source_id=?", [(i,) for i in ids])
        ch.add("deleted", "nlp_parses", ids)


def parsed_source_ids(project) -> set[int]:
    """Ids of all sources that have a stored parse with any pipeline."""
    return {r[0] for r in project.conn.execute("SELECT DISTINCT source_id FROM nlp_parses")}


# -- models ------------------------------------------------------------------------------------
def load_model_row(project, language: str) -> Optional[dict]:
    """The stored model of a language: pipeline_id, fingerprint, blob, meta (dict), or None."""
    row = project.conn.execute("SELECT * FROM nlp_models WHERE language=?", (language,)).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["blob"] = bytes(out["blob"])
    out["meta"] = json.loads(out["meta"] or "{}")
    return out


def model_fingerprint(project, language: str) -> Optional[str]:
    """The fingerprint of the stored model of a language, or None."""
    row = project.conn.execute("SELECT fingerprint FROM nlp_models WHERE language=?", (language,)).fetchone()
    return row[0] if row else None


def save_model(project, language: str, pipeline_id: str, fingerprint: str, blob: bytes,
               meta: dict, n_segments: int) -> bool:
    """Store a language's model, replacing the previous one; False on a read-only project."""
    if project.readonly:
        return False
    with project.transaction("store suggestion model", language=language, segments=n_segments) as ch:
        project.conn.execute(
            "INSERT OR REPLACE INTO nlp_models(language, pipeline_id, fingerprint, trained_at, n_segments,"
            " blob, meta) VALUES (?,?,?,?,?,?,?)",
            (language, pipeline_id, fingerprint, now_iso(), n_segments, blob,
             json.dumps(meta, ensure_ascii=False)))
        ch.add("updated", "nlp_models", 0)
    return True


# -- feedback ----------------------------------------------------------------------------------
def add_feedback(project, source_id: int, start: int, end: int, code_id: int, accepted: bool,
                 unit_text: str, score: Optional[float] = None, coder: Optional[str] = None,
                 coding=None) -> Changes:
    """Record a coder's accept or reject of a suggestion, with the coding an accept creates
    (a ``Coding`` or None), in one transaction."""
    with project.transaction("suggestion feedback", source=source_id, code=code_id, accepted=accepted) as ch:
        cur = project.conn.execute(
            "INSERT INTO nlp_feedback(source_id, start, end, code_id, accepted, coder, at, unit_text, score)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (source_id, start, end, code_id, int(bool(accepted)), coder or project.coder, now_iso(),
             unit_text, score))
        ch.add("created", "nlp_feedback", cur.lastrowid)
        if coding is not None:  # joins this transaction; its Changes are merged into ``ch``
            project.add_codings([coding], action="accept suggestion")
        ch.id = cur.lastrowid
    return ch


def remove_feedback(project, feedback_ids: Iterable[int], coding_ids: Iterable[int] = ()) -> Changes:
    """Forget feedback rows and remove codings an accept created (undo), in one transaction."""
    feedback_ids, coding_ids = list(feedback_ids), list(coding_ids)
    with project.transaction("undo suggestion feedback", feedback=len(feedback_ids)) as ch:
        project.conn.executemany("DELETE FROM nlp_feedback WHERE id=?", [(i,) for i in feedback_ids])
        ch.add("deleted", "nlp_feedback", feedback_ids)
        existing = [c for c in coding_ids if project.conn.execute(
            "SELECT 1 FROM codings WHERE id=?", (c,)).fetchone()]
        if existing:  # joins this transaction; removed rows land in ``ch`` for a redo
            project.remove_codings(existing)
    return ch


def feedback_rows(project, source_id: Optional[int] = None) -> list[dict]:
    """Feedback in the order it was given, optionally for one source."""
    sql = "SELECT * FROM nlp_feedback" + (" WHERE source_id=?" if source_id is not None else "") + " ORDER BY id"
    return [dict(r) for r in project.conn.execute(sql, () if source_id is None else (source_id,))]


def feedback_signature(project) -> tuple[int, int]:
    """(count, last id) of the feedback: changes whenever feedback is added or removed."""
    row = project.conn.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM nlp_feedback").fetchone()
    return int(row[0]), int(row[1])


def training_codings(project, language: str, origins: tuple[str, ...]) -> list[dict]:
    """Codings usable as training data: in sources of ``language``, with one of ``origins``.

    Each row: id, source_id, code_id, start, end, content_hash (of the source).
    """
    marks = ",".join("?" for _ in origins)
    rows = project.conn.execute(
        "SELECT c.id, c.source_id, c.code_id, c.start, c.end, s.content_hash, s.language"
        " FROM codings c JOIN sources s ON s.id = c.source_id"
        f" WHERE c.origin IN ({marks}) ORDER BY c.source_id, c.start, c.id", origins)
    return [dict(r) for r in rows if _lang(r["language"]) == language]


def source_languages(project) -> dict[int, str]:
    """Each source's language, normalised to "fi"/"en"."""
    return {r[0]: _lang(r[1]) for r in project.conn.execute("SELECT id, language FROM sources")}


def source_hashes(project) -> dict[int, str]:
    """Each source's current content hash."""
    return {r[0]: r[1] for r in project.conn.execute("SELECT id, content_hash FROM sources")}


def _lang(value: Optional[str]) -> str:
    from tyokyky_qda.nlp.pipeline import normalise_language
    return normalise_language(value)
