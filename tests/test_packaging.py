"""A wheel (non-editable install) must carry the files the app reads at run time."""

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tyokyky_qda"


def test_package_data_covers_every_runtime_resource():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["tyokyky_qda"]
    needed = [p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / "resources").rglob("*")
              if p.is_file() and p.suffix not in (".py", ".md", ".pyc")]
    assert needed, "no resources found"
    missing = [f for f in needed if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert missing == [], f"add these to [tool.setuptools.package-data]: {missing}"


def test_resources_are_found_relative_to_the_package():
    from tyokyky_qda.core import codebook

    assert codebook.RESOURCES == PACKAGE / "resources"
    assert (codebook.RESOURCES / "codebooks" / "tyokykyohjelma.json").is_file()
