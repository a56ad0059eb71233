"""The suggestion service the GUI and the CLI use: ``Suggester``.

    s = Suggester(project)                      # tier from $TYOKYKY_NLP_TIER or automatic
    for u in s.suggest_source(12, unit="sentence", top=3):
        u.start, u.end, u.suggestions           # [{"code", "path", "score", "reason"}, ...]
    s.record_feedback(12, u.start, u.end, code_id, accepted=False)
    if s.needs_training(): s.train(progress, cancel)   # in a worker; suggestions keep working

Everything runs on this machine: spaCy, scikit-learn and the project file; nothing is sent
anywhere. Scores are calibrated probabilities that the coder would apply the code (see
``combine``), lower the less a unit says; suggestions are ranked best first. Units with too
little content (``units.MIN_EVIDENCE_LEMMAS``: backchannels such as "Joo." or "Kuuluu,
kuuluu.") get no suggestions.

Threads: a Suggester uses the project's connection. Run ``train`` (and ``index_project``) on
the thread that owns database writes; ``suggest_*`` may run meanwhile and use the previous
model until the new one is swapped in at the end of training.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterable, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Coding
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, sub_progress
from tyokyky_qda.nlp import messages, storage
from tyokyky_qda.nlp.codebook_evidence import hits_by_unit
from tyokyky_qda.nlp.index import ParseCache
from tyokyky_qda.nlp.model import SuggestionModel
from tyokyky_qda.nlp.parse import parse_text
from tyokyky_qda.nlp.pipeline import LoadedPipeline, load_pipeline, normalise_language
from tyokyky_qda.nlp.train import train_model, training_fingerprint
from tyokyky_qda.nlp.units import UNIT_KINDS, TokenTable, Unit, has_evidence, make_units

#: A code already applied to at least this share of a unit is not suggested for it again.
COVERED_SHARE = 0.5


@dataclass
class Exclusions:
    """What not to suggest in a source: codes rejected for a unit, and codes already applied."""

    rejected: dict = field(default_factory=dict)     # (start, end) -> {code ids}
    coded: list = field(default_factory=list)        # (start, end, code id) of codings

    def excludes(self, unit, code: int) -> bool:
        """True if ``code`` was rejected for this unit or covers COVERED_SHARE of it already."""
        if code in self.rejected.get((unit.start, unit.end), ()):
            return True
        length = max(1, unit.end - unit.start)
        covered = sum(max(0, min(e, unit.end) - max(s, unit.start)) for s, e, c in self.coded if c == code)
        return covered / length >= COVERED_SHARE


@dataclass
class UnitSuggestion:
    """Suggested codes for one unit of a source (``source`` is None for free text)."""

    source: Optional[int]
    start: int
    end: int
    suggestions: list[dict] = field(default_factory=list)
    kind: str = "sentence"

    def as_dict(self) -> dict:
        """The JSON shape of ``tyokyky-qda suggest --json``."""
        return {"source": self.source, "start": self.start, "end": self.end,
                "suggestions": self.suggestions}


class Suggester:
    """Code suggestions for a project's sources, learning from its codings and feedback."""

    def __init__(self, project, tier: Optional[str] = None, *, auto_train: bool = True) -> None:
        self.project = project
        self.tier = tier
        self.auto_train = auto_train
        self.cache = ParseCache(project)
        self._models: dict[str, SuggestionModel] = {}
        self._checked: dict[str, tuple[int, bool]] = {}   # language -> (audit id, up to date)

    # -- pipeline and model ---------------------------------------------------------------------
    def pipeline(self, language: Optional[str] = None) -> LoadedPipeline:
        """The loaded spaCy pipeline for a language (the project's language by default)."""
        return load_pipeline(self._language(language), self.tier)

    def tier_info(self, language: Optional[str] = None) -> dict:
        """The active tier for the UI (see ``pipeline.active_tier``)."""
        return self.pipeline(language).describe()

    def _language(self, language: Optional[str]) -> str:
        return normalise_language(language or self.project.meta("language", "fi"))

    def languages(self) -> list[str]:
        """Languages of the project's sources (the project's own language if it has none)."""
        langs = sorted(set(storage.source_languages(self.project).values()))
        return langs or [self._language(None)]

    def needs_training(self, language: Optional[str] = None) -> bool:
        """True when codes, training codings or feedback changed since the model was trained."""
        langs = [self._language(language)] if language else self.languages()
        return any(not self._up_to_date(lang) for lang in langs)

    def _up_to_date(self, lang: str) -> bool:
        # Every Project write appends to the audit log, so an unchanged last id means nothing
        # changed and the (slower) fingerprint need not be recomputed.
        audit = self.project.conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]
        seen = self._checked.get(lang)
        if seen and seen[0] == audit:
            return seen[1]
        loaded = self.pipeline(lang)
        current = training_fingerprint(self.project, lang, loaded.pipeline_id)
        model = self._models.get(lang)
        stored = model.fingerprint if model else storage.model_fingerprint(self.project, lang)
        ok = stored == current
        self._checked[lang] = (audit, ok)
        return ok

    def train(self, progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
              language: Optional[str] = None, force: bool = False) -> dict:
        """Train (and store) the model of every language that needs it; of ``language`` only if
        given; of every language with ``force``.

        Safe to run in a worker thread: the models in use are replaced only when training ends.
        Returns per trained language: segments, codes, seconds, combiner (default, calibrated
        or learned) and tier.
        """
        if language:
            langs = [self._language(language)]
        else:
            langs = [lang for lang in self.languages() if force or not self._up_to_date(lang)]
        report: dict = {}
        for k, lang in enumerate(langs):
            check_cancel(cancel)
            part = sub_progress(progress, k / len(langs), (k + 1) / len(langs))
            started = time.perf_counter()
            loaded = self.pipeline(lang)
            model = train_model(self.project, lang, loaded, self.cache, part, cancel)
            blob, meta = model.to_blob()
            storage.save_model(self.project, lang, loaded.pipeline_id, model.fingerprint, blob, meta,
                               sum(model.counts.values()))
            self._models[lang] = model
            self._checked.pop(lang, None)
            report[lang] = {"segments": len(model.train_labels), "codes": len(model.code_ids),
                            "seconds": round(time.perf_counter() - started, 3),
                            "combiner": model.combiner.mode, "tier": loaded.tier}
        return report

    def model(self, language: Optional[str] = None) -> SuggestionModel:
        """The model of a language: trained now if stale and ``auto_train``, else the last one."""
        lang = self._language(language)
        if self.auto_train and not self._up_to_date(lang):
            self.train(language=lang)
        if lang not in self._models:
            self._models[lang] = self._load_stored(lang) or self._train_one(lang)
        return self._models[lang]

    def _train_one(self, lang: str) -> SuggestionModel:
        self.train(language=lang)
        return self._models[lang]

    def _load_stored(self, lang: str) -> Optional[SuggestionModel]:
        row = storage.load_model_row(self.project, lang)
        loaded = self.pipeline(lang)
        if row is None or row["pipeline_id"] != loaded.pipeline_id:
            return None
        try:
            model = SuggestionModel.from_blob(row["blob"], row["meta"], row["fingerprint"])
        except (ValueError, KeyError, OSError):
            return None  # an older format or a damaged row: train again
        return model.attach(loaded.nlp.vocab)

    # -- suggestions ----------------------------------------------------------------------------
    def suggest_source(self, source_id: int, unit: str = "sentence", top: int = 3,
                       codes: Optional[Iterable[int]] = None, min_score: float = 0.0,
                       exclude_coded: bool = True) -> list[UnitSuggestion]:
        """Suggestions for every unit of a source, in text order; each unit's best first.

        ``unit``: "sentence", "section" (turns, answers, report fields, else paragraphs) or
        "source" (one ranking for the whole source). ``codes`` limits the candidates. Codes the
        coder rejected for a unit, and codes already applied to it, are not suggested.
        """
        if unit not in UNIT_KINDS:
            raise UserError(N_(messages.UNKNOWN_UNIT, unit=unit, choices=", ".join(UNIT_KINDS)))
        source = self.project.source(source_id, with_text=False)
        lang = normalise_language(source.language)
        loaded = self.pipeline(lang)
        model = self.model(lang)
        parsed, table = self.cache.get(source_id, loaded)
        units = make_units(parsed, table, unit, self.project.sections(source_id), source_id)
        hits = hits_by_unit(units, model.matcher.find(parsed, table))
        skip = self._exclusions(source_id, parsed.text) if exclude_coded else Exclusions()
        return self._pack(model, units, hits, top, codes, min_score, skip)

    def suggest_range(self, source_id: int, start: int, end: int, top: int = 3,
                      codes: Optional[Iterable[int]] = None) -> UnitSuggestion:
        """A ranking of codes for ``text[start:end]`` of a source (e.g. the coder's selection),
        using the stored parse: as fast as ``suggest_source``."""
        source = self.project.source(source_id, with_text=False)
        lang = normalise_language(source.language)
        loaded = self.pipeline(lang)
        model = self.model(lang)
        parsed, table = self.cache.get(source_id, loaded)
        if not (0 <= start < end <= len(parsed.text)):
            raise UserError(N_("range {start}-{end} does not fit source {source}",
                               start=start, end=end, source=source_id))
        unit = Unit(start, end, "selection", table.content_lemmas(start, end), source_id)
        hits = hits_by_unit([unit], model.matcher.find(parsed, table))
        return self._pack(model, [unit], hits, top, codes, 0.0, Exclusions())[0]

    def suggest_text(self, text: str, top: int = 3, language: Optional[str] = None,
                     codes: Optional[Iterable[int]] = None) -> UnitSuggestion:
        """A ranking of codes for a free text taken as one unit (source None, 0..len(text))."""
        lang = self._language(language)
        loaded = self.pipeline(lang)
        model = self.model(lang)
        parsed = parse_text(text, loaded)
        table = TokenTable.from_parsed(parsed)
        units = make_units(parsed, table, "source")
        hits = hits_by_unit(units, model.matcher.find(parsed, table))
        packed = self._pack(model, units, hits, top, codes, 0.0, Exclusions())
        return packed[0] if packed else UnitSuggestion(None, 0, len(text), [], "source")

    def _pack(self, model: SuggestionModel, units, hits, top: int, codes, min_score: float,
              skip: Exclusions) -> list[UnitSuggestion]:
        # Units that say too little ("Joo.", "Kuuluu, kuuluu.") keep their place, with no
        # suggestions: any score for them would only reflect which code's words they happen to use.
        scorable = [i for i, u in enumerate(units) if has_evidence(u.lemmas)]
        scored = model.score([units[i] for i in scorable], [hits[i] for i in scorable])
        row_of = {n: i for i, n in enumerate(scorable)}
        paths = self.project.code_paths()
        allowed = set(codes) if codes is not None else None
        out = []
        for n, u in enumerate(units):
            items = []
            if n in row_of:
                items = self._ranked(model, scored, row_of[n], u, top, min_score, allowed, paths, skip)
            out.append(UnitSuggestion(u.source_id, u.start, u.end, items, u.kind))
        return out

    @staticmethod
    def _ranked(model: SuggestionModel, scored, i: int, unit, top: int, min_score: float, allowed,
                paths: dict, skip: Exclusions) -> list[dict]:
        """The best ``top`` codes of scored row ``i`` that may be suggested for ``unit``."""
        items: list[dict] = []
        for j in scored.scores[i].argsort()[::-1]:
            code = model.code_ids[j]
            score = float(scored.scores[i, j])
            if len(items) >= top or score < min_score:
                break
            if (allowed is not None and code not in allowed) or code not in paths or skip.excludes(unit, code):
                continue
            items.append({"code": code, "path": paths[code], "score": round(score, 4),
                          "reason": model.reason(scored, i, j)})
        return items

    def _exclusions(self, source_id: int, text: str) -> Exclusions:
        """Rejected suggestions (still on the same words) and existing codings of a source."""
        skip = Exclusions()
        for f in storage.feedback_rows(self.project, source_id):
            if not f["accepted"] and text[f["start"]:f["end"]] == f["unit_text"]:
                skip.rejected.setdefault((f["start"], f["end"]), set()).add(f["code_id"])
        skip.coded = [(c.start, c.end, c.code_id) for c in self.project.codings(source_id=source_id)]
        return skip

    # -- feedback -------------------------------------------------------------------------------
    def record_feedback(self, source_id: int, start: int, end: int, code_id: int, accepted: bool,
                        score: Optional[float] = None, create_coding: bool = True) -> Changes:
        """Record a coder's accept or reject of a suggestion, in one transaction.

        Accepting also creates the coding (origin "accepted-suggestion") unless
        ``create_coding`` is False; if the same coding exists already nothing is duplicated.
        Rejecting stops the suggestion from coming back and teaches the model at the next
        ``train``. Undo with ``undo_feedback(changes)``.
        """
        text = self.project.source_text(source_id)
        if not (0 <= start < end <= len(text)):
            raise UserError(N_("range {start}-{end} does not fit source {source}",
                               start=start, end=end, source=source_id))
        self.project.code(code_id)
        coding = None
        if accepted and create_coding:
            coding = Coding(source_id, code_id, start, end, coder=self.project.coder,
                            origin="accepted-suggestion")
        return storage.add_feedback(self.project, source_id, start, end, code_id, accepted,
                                    text[start:end], score, coding=coding)

    def undo_feedback(self, changes: Changes) -> Changes:
        """Undo ``record_feedback``: forget the decision and remove the coding it created."""
        return storage.remove_feedback(self.project, changes.created.get("nlp_feedback", []),
                                       changes.created.get("codings", []))
