"""Regenerate every generated file of the demo corpus (not the interviews) and check it.

    .venv/bin/python corpora/tyokykyohjelma-demo/_build/build_all.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_documents  # noqa: E402
import build_metadata  # noqa: E402
import build_reports  # noqa: E402
import build_survey  # noqa: E402
import check_corpus  # noqa: E402
import zipnorm  # noqa: E402

if __name__ == "__main__":
    print("survey respondents:", build_survey.build())
    print("status report files:", len(build_reports.build()))
    print("documents:", len(build_documents.build()))
    print("metadata rows:", build_metadata.build())
    print("normalised office files:", zipnorm.normalise_tree(Path(__file__).resolve().parent.parent))
    sys.exit(check_corpus.main())
