"""The pseudonymisation key: written out only on explicit request, and forgotten on request.

The key (which original stands behind which pseudonym) is personal data in its own right. It is
kept in the project's ``pseudo_*`` tables only; no exporter reads them. ``write_key`` is the one
way out, for the team member who keeps the key under separate protection. ``forget_key`` deletes
it, turning pseudonymised sources into anonymised ones (SQLite's secure delete overwrites the
freed pages; the backups beside the project file still hold the old state and must go too).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.pseudo import storage
from tyokyky_qda.pseudo.categories import ACCEPTED, APPLIED, label
from tyokyky_qda.pseudo.review import project_language, replacement_of


def key_records(project) -> list[dict]:
    """One record per entity: category, pseudonym, the originals as written, and counts."""
    lang = project_language(project)
    out = []
    for e in storage.entities(project):
        rows = storage.findings(project, entity_id=e["id"])
        used = [r for r in rows if r["status"] in (ACCEPTED, APPLIED)]
        if not used:
            continue
        out.append({"entity": e["id"], "category": e["category"], "category_label": label(e["category"], lang),
                    "pseudonym": replacement_of(e, lang), "name": e["label"],
                    "originals": sorted({r["text"] for r in used}), "occurrences": len(used),
                    "applied": sum(1 for r in used if r["status"] == APPLIED)})
    return out


def write_key(project, path) -> Path:
    """Write the key to ``path`` (.json or .csv). Only ever called on the user's explicit request."""
    path = Path(path)
    records = key_records(project)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["pseudonym", "category", "name", "originals", "occurrences", "applied"])
            for r in records:
                writer.writerow([r["pseudonym"], r["category"], r["name"], " | ".join(r["originals"]),
                                 r["occurrences"], r["applied"]])
    else:
        if not path.suffix:
            raise UserError(N_("write the key as .json or .csv, not no extension"))
        raise UserError(N_("write the key as .json or .csv, not {suffix}", suffix=path.suffix))
    return path


def forget_key(project) -> Changes:
    """Delete every finding and entity (the key). Refused while accepted findings are unapplied."""
    waiting = storage.counts(project).get(ACCEPTED, 0)
    if waiting:
        raise UserError(N_("{count} accepted findings are not applied yet; apply them first or reject them",
                           count=waiting))
    return storage.wipe(project)
