"""NLP data: stored parses of sources, trained suggestion models and suggestion feedback.

Parses and models are caches: they can always be rebuilt from the sources and codings, so they
carry no foreign keys (deleting a source must not be blocked by its parse; a stale row is
recognised by its text hash or fingerprint and replaced). Feedback is the coder's own decision
and keeps the unit's text, so it stays meaningful if the source is edited later.
"""

VERSION = 2


def migrate(db) -> None:
    """Create nlp_parses, nlp_models and nlp_feedback."""
    # One parse per source and pipeline: a token table of the text's chunks (words, lemmas,
    # parts of speech, sentence starts; format in tyokyky_qda/nlp/tokenstore.py); chunk_offsets
    # is a JSON list of the code-point offset where each chunk (one spaCy Doc) starts.
    db["nlp_parses"].create(
        {"source_id": int, "pipeline_id": str, "text_hash": str, "chunk_offsets": str,
         "tokens": bytes, "n_tokens": int, "n_words": int, "parsed_at": str},
        pk=("source_id", "pipeline_id"), not_null={"text_hash", "tokens"},
        defaults={"chunk_offsets": "[0]", "n_tokens": 0, "n_words": 0},
    )
    # The trained suggestion model of one language: arrays in an .npz (no pickle) plus JSON meta.
    db["nlp_models"].create(
        {"language": str, "pipeline_id": str, "fingerprint": str, "trained_at": str,
         "n_segments": int, "blob": bytes, "meta": str},
        pk="language", not_null={"pipeline_id", "fingerprint", "blob"},
        defaults={"n_segments": 0, "meta": "{}"},
    )
    db["nlp_feedback"].create(
        {"id": int, "source_id": int, "start": int, "end": int, "code_id": int, "accepted": int,
         "coder": str, "at": str, "unit_text": str, "score": float},
        pk="id", not_null={"source_id", "start", "end", "code_id", "accepted"},
        defaults={"coder": "", "unit_text": ""},
    )
    db["nlp_feedback"].create_index(["source_id", "start"])
    db["nlp_feedback"].create_index(["code_id"])
