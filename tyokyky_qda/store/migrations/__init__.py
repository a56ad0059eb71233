"""Ordered schema migrations.

Each module ``mNNNN_<what>.py`` here defines ``VERSION`` (its number) and ``migrate(db)`` taking a
``sqlite_utils.Database``. They run in order, each inside the transaction that also bumps
``meta.schema_version``. Add a new module for every schema change; never edit a released one.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def all_migrations() -> list[ModuleType]:
    """Every migration module, sorted by VERSION."""
    mods = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            mods.append(importlib.import_module(f"{__name__}.{info.name}"))
    mods.sort(key=lambda m: m.VERSION)
    versions = [m.VERSION for m in mods]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return mods


def latest_version() -> int:
    """The schema version a fully migrated project has."""
    mods = all_migrations()
    return mods[-1].VERSION if mods else 0
