"""Teamwork: merging coders' projects and codebooks, and the disagreement review."""
