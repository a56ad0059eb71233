"""Analysis of coded material: plain functions returning pandas DataFrames (see docs/analysis-api.md).

Retrieval, frequencies, matrices with effect levels and evaluator overrides, findings tables,
co-occurrence, word frequencies and survey tables. Every function takes the open ``Project``;
long ones take ``progress`` and ``cancel`` so the GUI can run them in a worker.
"""

from tyokyky_qda.analysis.cooccurrence import cooccurrence
from tyokyky_qda.analysis.findings import (FindingsGrid, create_findings_table, draft_findings, load_findings,
                                           set_finding)
from tyokyky_qda.analysis.frequencies import codebook_table, code_frequencies
from tyokyky_qda.analysis.matrix import CELL_KINDS, MatrixResult, compute_matrix
from tyokyky_qda.analysis.overrides import clear_override, set_override
from tyokyky_qda.analysis.query import And, CodeTerm, Not, Or, parse_query
from tyokyky_qda.analysis.retrieval import SEGMENT_COLUMNS, retrieve, segments_for
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.analysis.survey import (SurveyTable, closed_by_codes, closed_question_table, multiple_choice_table,
                                         survey_questions, survey_tables)
from tyokyky_qda.analysis.words import word_frequencies

__all__ = [
    "And", "CELL_KINDS", "CodeTerm", "FindingsGrid", "MatrixResult", "Not", "Or", "SEGMENT_COLUMNS",
    "SegmentFilter", "SurveyTable", "clear_override", "closed_by_codes", "closed_question_table",
    "code_frequencies", "codebook_table", "compute_matrix", "cooccurrence", "create_findings_table",
    "draft_findings", "load_findings", "multiple_choice_table", "parse_query", "retrieve", "set_finding",
    "segments_for", "set_override", "survey_questions", "survey_tables", "word_frequencies",
]
