"""The layering contracts in pyproject.toml: only tyokyky_qda.gui imports Qt."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: " in out.stdout and " broken" in out.stdout
    assert "0 broken" in out.stdout


def test_core_imports_without_qt():
    """Importing every non-GUI package in a fresh interpreter must not load PySide6."""
    code = ("import sys, importlib, pkgutil, tyokyky_qda\n"
            "for m in pkgutil.walk_packages(tyokyky_qda.__path__, 'tyokyky_qda.'):\n"
            "    if '.gui' in m.name or m.name.endswith('__main__'): continue\n"
            "    importlib.import_module(m.name)\n"
            "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
