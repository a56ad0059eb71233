"""Pseudonymisation findings in memos: a finding is a range of a source's text or of a memo's text.

``pseudo_findings.memo_id`` is 0 for a finding in a source (every row before this version) and
the memo's id for a finding in a memo, whose ``source_id`` is then 0. The unique range index
widens from (source_id, start, end) to (source_id, memo_id, start, end) so findings of different
memos may share offsets; no row changes. Like ``source_id``, ``memo_id`` has no foreign key:
deleting a memo must not be blocked by its findings (detection drops the stale ones).
"""

VERSION = 5

_OLD_RANGE_INDEX = "idx_pseudo_findings_source_id_start_end"


def migrate(db) -> None:
    """Add pseudo_findings.memo_id and widen the range index to include it."""
    findings = db["pseudo_findings"]
    findings.add_column("memo_id", int, not_null_default=0)
    findings.create_index(["source_id", "memo_id", "start", "end"], unique=True)
    db.execute(f"DROP INDEX IF EXISTS {_OLD_RANGE_INDEX}")
    findings.create_index(["memo_id"])
