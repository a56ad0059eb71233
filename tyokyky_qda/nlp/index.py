"""NLP indexing: parse every source once, store the parse, re-parse only sources that changed.

``index_project`` is a plain long-running function (progress callback, cancellation) that the
GUI runs in a worker and the CLI runs in the foreground. A stored parse is reused while the
source's content hash and the pipeline id are unchanged.
"""

from __future__ import annotations

import threading
import time
from typing import Iterable, Optional

from tyokyky_qda.core.errors import Cancelled
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, no_progress
from tyokyky_qda.nlp import parse as parsing
from tyokyky_qda.nlp import storage, tokenstore
from tyokyky_qda.nlp.pipeline import LoadedPipeline, load_pipeline

FLUSH_SOURCES = 64      # store parses at least this often (sources) ...
FLUSH_SECONDS = 3.0     # ... or this often (seconds), so a cancel keeps most of the work


def ensure_parsed(project, source_id: int, loaded: LoadedPipeline) -> parsing.ParsedText:
    """The parse of one source: the stored one if still valid, else parsed now (and stored)."""
    row = project.conn.execute("SELECT text, content_hash FROM sources WHERE id=?", (source_id,)).fetchone()
    if row is None:
        from tyokyky_qda.core.errors import NotFound
        raise NotFound(N_("no source with id {id}", id=source_id))
    text, digest = row[0], row[1]
    stored = storage.load_parse(project, source_id, loaded.pipeline_id)
    if stored is not None and stored.text_hash == digest:
        try:
            return parsing.from_bytes(text, stored.chunk_offsets, stored.data, loaded)
        except ValueError:
            pass  # a damaged cache row: parse again below
    parsed = parsing.parse_text(text, loaded)
    storage.save_parses(project, [_stored(source_id, digest, parsed, loaded)])
    return parsed


def _stored(source_id: int, digest: str, parsed: parsing.ParsedText, loaded: LoadedPipeline
            ) -> storage.StoredParse:
    data, n_tokens, n_words = tokenstore.encode(parsed.docs)
    return storage.StoredParse(source_id, loaded.pipeline_id, digest, parsed.offsets, data, n_tokens, n_words)


def stale_sources(project, loaded_by_lang: dict[str, LoadedPipeline],
                  source_ids: Optional[Iterable[int]] = None) -> list[int]:
    """Sources whose stored parse is missing or older than their text, in id order."""
    langs = storage.source_languages(project)
    hashes = storage.source_hashes(project)
    wanted = set(source_ids) if source_ids is not None else set(hashes)
    stored = {lang: storage.parse_hashes(project, lp.pipeline_id) for lang, lp in loaded_by_lang.items()}
    return sorted(sid for sid in wanted if sid in hashes
                  and stored[langs[sid]].get(sid) != hashes[sid])


def index_project(project, progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
                  *, tier: Optional[str] = None, batch_size: int = 32,
                  source_ids: Optional[Iterable[int]] = None) -> dict:
    """Parse and store every source that has no valid stored parse; returns statistics.

    Statistics: sources, parsed, up_to_date, removed (parses of deleted sources), words,
    seconds, words_per_second (parsed words over the whole run, storing included) and the
    tier per language. Raises ``Cancelled`` when asked to stop; parses finished so far are kept.
    """
    progress = progress or no_progress
    langs = storage.source_languages(project)
    loaded = {lang: load_pipeline(lang, tier) for lang in sorted(set(langs.values()) or {"fi"})}
    ids = list(source_ids) if source_ids is not None else sorted(langs)
    todo = stale_sources(project, loaded, ids)
    removed = sorted(storage.parsed_source_ids(project) - set(langs))
    storage.drop_parses(project, removed)
    stats = {"sources": len(ids), "parsed": 0, "up_to_date": len(ids) - len(todo), "removed": len(removed),
             "words": 0, "seconds": 0.0, "words_per_second": 0.0,
             "tiers": {lang: lp.tier for lang, lp in loaded.items()},
             "pipelines": {lang: lp.pipeline_id for lang, lp in loaded.items()}}
    stats["_chars_total"] = _total_chars(project, todo)
    started = time.perf_counter()
    try:
        for lang, lp in loaded.items():
            batch = [sid for sid in todo if langs[sid] == lang]
            if batch:
                _index_language(project, lp, batch, stats, progress, cancel, batch_size)
    finally:
        stats["seconds"] = round(time.perf_counter() - started, 3)
        stats.pop("_chars_total", None)
        stats.pop("_chars_done", None)
        if stats["seconds"] > 0:
            stats["words_per_second"] = round(stats["words"] / stats["seconds"], 1)
    progress(1.0, N_("text analysis done"))
    return stats


def _total_chars(project, source_ids: list[int]) -> int:
    total = 0
    for start in range(0, len(source_ids), 500):
        part = source_ids[start:start + 500]
        total += project.conn.execute(
            f"SELECT COALESCE(SUM(length(text)), 0) FROM sources WHERE id IN ({','.join('?' for _ in part)})",
            part).fetchone()[0]
    return total


def _index_language(project, lp: LoadedPipeline, source_ids: list[int], stats: dict,
                    progress: ProgressFn, cancel: Optional[CancelFn], batch_size: int) -> None:
    rows = {}
    for start in range(0, len(source_ids), 500):
        part = source_ids[start:start + 500]
        rows.update({r[0]: (r[1], r[2]) for r in project.conn.execute(
            f"SELECT id, text, content_hash FROM sources WHERE id IN ({','.join('?' for _ in part)})", part)})
    source_ids = [sid for sid in source_ids if sid in rows]
    texts = [rows[sid][0] for sid in source_ids]
    done = {"chars": stats.setdefault("_chars_done", 0)}

    def on_chunk(chars: int) -> None:
        done["chars"] += chars
        progress(done["chars"] / max(1, stats["_chars_total"]), N_("text analysis"))
        check_cancel(cancel)

    pending: list[storage.StoredParse] = []
    last_flush = time.perf_counter()
    try:
        for i, parsed in parsing.parse_many(texts, lp, batch_size=batch_size, on_chunk=on_chunk):
            sid = source_ids[i]
            pending.append(_stored(sid, rows[sid][1], parsed, lp))
            stats["parsed"] += 1
            stats["words"] += pending[-1].n_words
            if len(pending) >= FLUSH_SOURCES or time.perf_counter() - last_flush > FLUSH_SECONDS:
                storage.save_parses(project, pending)
                pending, last_flush = [], time.perf_counter()
    except Cancelled:
        storage.save_parses(project, pending)
        raise
    finally:
        stats["_chars_done"] = done["chars"]
    storage.save_parses(project, pending)


class ParseCache:
    """Parses of sources with their token tables, kept in memory for one Suggester.

    Entries are keyed by the source's content hash, so an edited source is parsed again.
    """

    def __init__(self, project, max_entries: int = 256) -> None:
        self.project = project
        self.max_entries = max_entries
        self._entries: dict[tuple[int, str], tuple[str, parsing.ParsedText, object]] = {}
        self._lock = threading.Lock()

    def get(self, source_id: int, loaded: LoadedPipeline):
        """(ParsedText, TokenTable) of a source, parsing and storing it if needed."""
        from tyokyky_qda.nlp.units import TokenTable

        row = self.project.conn.execute("SELECT content_hash FROM sources WHERE id=?", (source_id,)).fetchone()
        digest = row[0] if row else ""
        key = (source_id, loaded.pipeline_id)
        with self._lock:
            hit = self._entries.pop(key, None)
            if hit is not None and hit[0] == digest:
                self._entries[key] = hit  # most recently used last
                return hit[1], hit[2]
        parsed = ensure_parsed(self.project, source_id, loaded)
        table = TokenTable.from_parsed(parsed)
        with self._lock:
            self._entries[key] = (digest, parsed, table)
            while len(self._entries) > self.max_entries:
                self._entries.pop(next(iter(self._entries)))
        return parsed, table

    def clear(self) -> None:
        """Forget everything (e.g. after a tier change)."""
        self._entries.clear()
