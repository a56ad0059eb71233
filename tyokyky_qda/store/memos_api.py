"""Memos on the project, sources, codes, codings, cases and sections."""

from __future__ import annotations

from typing import Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import MEMO_TARGETS, Memo
from tyokyky_qda.store.base import new_guid, now_iso

_TARGET_TABLES = {"source": "sources", "code": "codes", "coding": "codings", "case": "cases",
                  "section": "sections"}


def _memo_from_row(r) -> Memo:
    return Memo(id=r["id"], guid=r["guid"], target_kind=r["target_kind"], target_id=r["target_id"],
                title=r["title"] or "", text=r["text"], author=r["author"] or "",
                created_at=r["created_at"] or "", modified_at=r["modified_at"] or "")


class MemosMixin:
    """Writing and reading memos."""

    def add_memo(self, text: str, target_kind: str = "project", target_id: Optional[int] = None,
                 title: str = "", author: Optional[str] = None, guid: str = "",
                 created_at: str = "") -> Changes:
        """Attach a memo to the project (no target id) or to an object."""
        if target_kind not in MEMO_TARGETS:
            raise UserError(N_("memos attach to {targets}, not {kind!r}",
                               targets=", ".join(MEMO_TARGETS), kind=target_kind))
        if target_kind != "project":
            self._require(_TARGET_TABLES[target_kind], target_id, target_kind)
        with self._write("add memo", target=f"{target_kind}:{target_id}") as ch:
            stamp = created_at or now_iso()
            cur = self.conn.execute(
                "INSERT INTO memos(guid, target_kind, target_id, title, text, author, created_at, modified_at)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (guid.strip("{}").lower() or new_guid(), target_kind, target_id, title, text,
                 author or self.coder, stamp, stamp))
            ch.id = cur.lastrowid
            ch.add("created", "memos", cur.lastrowid)
        return ch

    def update_memo(self, memo_id: int, text: Optional[str] = None, title: Optional[str] = None) -> Changes:
        """Change a memo's text or title; old values in ``info['old']``."""
        row = self._require("memos", memo_id, "memo")
        with self._write("update memo", memo=memo_id) as ch:
            self.conn.execute("UPDATE memos SET text=?, title=?, modified_at=? WHERE id=?",
                              (row["text"] if text is None else text, row["title"] if title is None else title,
                               now_iso(), memo_id))
            ch.add("updated", "memos", memo_id)
            ch.info["old"] = {"text": row["text"], "title": row["title"]}
        return ch

    def delete_memo(self, memo_id: int) -> Changes:
        """Delete a memo (row kept for undo)."""
        self._require("memos", memo_id, "memo")
        with self._write("delete memo", memo=memo_id) as ch:
            self._delete_where(ch, "memos", "id=?", (memo_id,))
        return ch

    def memos(self, target_kind: Optional[str] = None, target_id: Optional[int] = None) -> list[Memo]:
        """Memos, optionally of one target."""
        where, params = [], []
        if target_kind:
            where.append("target_kind=?")
            params.append(target_kind)
        if target_id is not None:
            where.append("target_id=?")
            params.append(target_id)
        sql = "SELECT * FROM memos" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [_memo_from_row(r) for r in self.conn.execute(sql, params)]

    def memo_for(self, target_kind: str, target_id: Optional[int]) -> Optional[Memo]:
        """The first memo on a target, if any (the GUI's memo editor shows this one)."""
        found = self.memos(target_kind, target_id)
        return found[0] if found else None

    def set_memo_text(self, target_kind: str, target_id: Optional[int], text: str) -> Changes:
        """Create or update the memo of a target in one call."""
        memo = self.memo_for(target_kind, target_id)
        if memo is None:
            return self.add_memo(text, target_kind, target_id)
        return self.update_memo(memo.id, text=text)
