"""Boolean code queries: AND, OR and NOT of codes over coded segments.

A code *holds* for a segment when the segment is coded with it (or a sub-code) or a coding of it
overlaps the segment in the same source. A query returns segments of its *anchor* codes — the
codes of an OR, the first operand of an AND — for which the whole formula holds. So
``[T1] AND [Suora vaikutus]`` returns the T1 segments that carry a direct effect, and
``[T1] AND NOT [Vaikutukset]`` the T1 segments with no effect code at all.

Text syntax (CLI and GUI search box): codes in square brackets or double quotes (a name, a path,
an id, a GUID or a unique name prefix such as ``[T1]``), bare words without spaces, the operators
AND/OR/NOT (also JA/TAI/EI) and parentheses. NOT binds tightest, then AND, then OR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.axes import resolve_code
from tyokyky_qda.analysis.frames import Frames
from tyokyky_qda.analysis.overlap import overlap_frame
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_


@dataclass(frozen=True)
class CodeTerm:
    """A code (with its sub-codes unless ``descendants`` is False)."""

    code_id: int
    descendants: bool = True


@dataclass(frozen=True)
class And:
    """All terms hold."""

    terms: tuple


@dataclass(frozen=True)
class Or:
    """At least one term holds."""

    terms: tuple


@dataclass(frozen=True)
class Not:
    """The term does not hold."""

    term: "Term"


Term = Union[CodeTerm, And, Or, Not]

_TOKEN = re.compile(r'\s*(\[[^\]]*\]|"[^"]*"|\(|\)|[^\s()]+)')
_OPS = {"AND": "AND", "JA": "AND", "OR": "OR", "TAI": "OR", "NOT": "NOT", "EI": "NOT"}


def parse_query(frames: Frames, text: str) -> Term:
    """Parse the text syntax into a Term; a malformed query is a UserError."""
    tokens = [m.group(1) for m in _TOKEN.finditer(text) if m.group(1)]
    if not tokens:
        raise UserError(N_("empty code query"))
    parser = _Parser(frames, tokens)
    term = parser.parse_or()
    if parser.pos != len(tokens):
        raise UserError(N_("unexpected {token!r} in the code query", token=tokens[parser.pos]))
    return term


class _Parser:
    def __init__(self, frames: Frames, tokens: list[str]):
        self.frames, self.tokens, self.pos = frames, tokens, 0

    def peek(self) -> Optional[str]:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def op(self) -> Optional[str]:
        tok = self.peek()
        return _OPS.get(tok.upper()) if tok else None

    def parse_or(self) -> Term:
        terms = [self.parse_and()]
        while self.op() == "OR":
            self.pos += 1
            terms.append(self.parse_and())
        return terms[0] if len(terms) == 1 else Or(tuple(terms))

    def parse_and(self) -> Term:
        terms = [self.parse_not()]
        while self.op() == "AND":
            self.pos += 1
            terms.append(self.parse_not())
        return terms[0] if len(terms) == 1 else And(tuple(terms))

    def parse_not(self) -> Term:
        if self.op() == "NOT":
            self.pos += 1
            return Not(self.parse_not())
        return self.parse_atom()

    def parse_atom(self) -> Term:
        tok = self.peek()
        if tok is None:
            raise UserError(N_("the code query ends too early"))
        self.pos += 1
        if tok == "(":
            term = self.parse_or()
            if self.peek() != ")":
                raise UserError(N_("missing ')' in the code query"))
            self.pos += 1
            return term
        if tok == ")" or _OPS.get(tok.upper()):
            raise UserError(N_("unexpected {token!r} in the code query", token=tok))
        ref = tok[1:-1] if tok[0] in '["' else tok
        return CodeTerm(resolve_code(self.frames, ref))


def anchors(frames: Frames, term: Term) -> Optional[set[int]]:
    """The codes whose segments a query returns (None: every segment is a candidate)."""
    if isinstance(term, CodeTerm):
        return set(frames.descendants(term.code_id)) if term.descendants else {term.code_id}
    if isinstance(term, Or):
        parts = [anchors(frames, t) for t in term.terms]
        return None if any(p is None for p in parts) else set().union(*parts)
    if isinstance(term, And):
        for t in term.terms:
            found = anchors(frames, t)
            if found is not None:
                return found
        return None
    return None


def holds(frames: Frames, term: Term, segs: pd.DataFrame, pool: pd.DataFrame) -> np.ndarray:
    """Boolean mask: does the formula hold for each segment (codings taken from ``pool``)?"""
    if isinstance(term, CodeTerm):
        ids = frames.descendants(term.code_id) if term.descendants else [term.code_id]
        mask = segs["code_id"].isin(ids).to_numpy().copy()
        coded = pool[pool["code_id"].isin(ids)]
        ia, _ = overlap_frame(segs, coded)
        mask[ia] = True
        return mask
    if isinstance(term, Not):
        return ~holds(frames, term.term, segs, pool)
    masks = [holds(frames, t, segs, pool) for t in term.terms]
    return np.logical_and.reduce(masks) if isinstance(term, And) else np.logical_or.reduce(masks)


def select(frames: Frames, term: Optional[Term], pool: pd.DataFrame) -> pd.DataFrame:
    """The segments of ``pool`` a query returns (all of them for no query)."""
    if term is None:
        return pool
    codes = anchors(frames, term)
    segs = pool if codes is None else pool[pool["code_id"].isin(list(codes))].reset_index(drop=True)
    return segs[holds(frames, term, segs, pool)].reset_index(drop=True)


def as_term(frames: Frames, query) -> Optional[Term]:
    """Accept a Term, query text, a code id or a list of code ids/names (OR) or None."""
    if query is None or isinstance(query, (CodeTerm, And, Or, Not)):
        return query
    if isinstance(query, str):
        return parse_query(frames, query)
    if isinstance(query, (int, np.integer)):
        return CodeTerm(int(query))
    terms = tuple(CodeTerm(int(q)) if isinstance(q, (int, np.integer)) else CodeTerm(resolve_code(frames, q))
                  for q in query)
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else Or(terms)
