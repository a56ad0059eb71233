"""The demo: a realistic Työkykyohjelma evaluation built from corpora/ in one command."""
