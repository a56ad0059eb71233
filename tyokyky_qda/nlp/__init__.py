"""Language processing and code suggestions, all on this machine.

Public entry points:
- ``pipeline.active_tier(lang)`` / ``pipeline.load_pipeline(lang, tier)``: which spaCy tier is in
  use (full Finnish model with Voikko, or the simplemma fallback) and loading it;
- ``index.index_project(project, progress, cancel)``: parse every source once and store it;
- ``suggest.Suggester(project, tier)``: ``suggest_source``, ``suggest_text``, ``record_feedback``,
  ``train``, ``needs_training``;
- ``autocode.autocode(suggester, threshold)``: batch coding above a threshold, undoable.

How the pieces fit: ``parse`` turns text into chunk Docs (stored as token tables by ``tokenstore``/``storage``),
``units`` cuts them into sentences/sections, ``codebook_evidence`` and ``classifier`` provide
the two kinds of evidence over ``features``, ``combine`` turns them into a calibrated score,
``model`` holds a trained model and ``train`` builds one. ``evaluation`` scores rankings for
benchmarks/bench_suggest.py. No module here uses the network.
"""
