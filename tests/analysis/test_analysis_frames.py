"""The codings read behind every analysis: the fast column-wise read equals a plain SELECT."""

import numpy as np
import pytest

from tyokyky_qda.analysis import arrays, frames as frames_mod
from tyokyky_qda.analysis.frames import load_frames


def _plain(project) -> np.ndarray:
    rows = project.conn.execute("SELECT id, source_id, code_id, start, end, coder_id FROM codings ORDER BY id")
    return np.array([tuple(r) for r in rows.fetchall()], dtype=np.int64).reshape(-1, 6)


def test_codings_frame_equals_a_plain_select(t4):
    project, _ = t4
    # Deleting some codings leaves gaps in the ids, which the read must keep.
    ids = [c.id for c in project.codings()][::7]
    project.remove_codings(ids)
    df = load_frames(project).codings
    assert list(df.columns) == ["id", "source_id", "code_id", "start", "end", "coder_id"]
    assert len(df) > 50
    assert (df.to_numpy() == _plain(project)).all()
    assert df.dtypes.unique().tolist() == [np.dtype("int64")]


def test_codings_frame_of_an_empty_project(project):
    df = load_frames(project).codings
    assert df.empty and list(df.columns)[0] == "id"


def test_unpacked_read_is_used_when_ids_are_too_large_to_pack(t4, monkeypatch):
    project, _ = t4
    calls = []
    real = frames_mod._column_arrays

    def spy(conn, table, expressions):
        calls.append(expressions)
        return real(conn, table, expressions)

    monkeypatch.setattr(frames_mod, "_column_arrays", spy)
    monkeypatch.setattr(frames_mod, "_max_ids", lambda conn, tables: [2**61, 1, 1])  # coders, codes, sources
    df = frames_mod._read_codings(project.conn)
    assert calls[-1] == ["id", "source_id", "code_id", "start", "end", "coder_id"]
    assert (df.to_numpy() == _plain(project)).all()


@pytest.mark.parametrize("values", [[], [5], [3, 1, 3, 2, 1], list(range(100, 0, -3)) * 2])
def test_unique_helpers_match_numpy(values):
    assert arrays.unique_ints(values).tolist() == np.unique(np.array(values, dtype=np.int64)).tolist()
    unique, inverse = arrays.unique_inverse(values)
    expected, expected_inverse = np.unique(np.array(values, dtype=np.int64), return_inverse=True)
    assert unique.tolist() == expected.tolist() and inverse.tolist() == expected_inverse.tolist()


def test_member_mask_matches_isin():
    values = np.array([5, 0, 7, 5, 3, 10**9], dtype=np.int64)
    for ids in ([5, 3], [], {0: "a"}, [10**9]):
        assert arrays.member_mask(values, ids).tolist() == np.isin(values, list(ids)).tolist()
    assert arrays.member_mask([], [1]).tolist() == []
