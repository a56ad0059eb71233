"""Make generated .docx/.xlsx files byte-stable across rebuilds (avoids churn in version control).

openpyxl stamps docProps/core.xml 'modified' with the current time and zip entries carry the
build time; both are replaced with fixed values (modified := created).
"""

import re
import zipfile
from pathlib import Path

FIXED = (2023, 1, 1, 0, 0, 0)


def normalise(path):
    """Rewrite one Office zip file with fixed entry timestamps and modified == created."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                created = re.search(r"<dcterms:created[^>]*>([^<]*)<", text)
                if created:
                    text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + created.group(1) + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def normalise_tree(root, subdirs=("kysely", "tilanneraportit", "asiakirjat")):
    """Normalise every .docx/.xlsx under the given corpus subfolders; return the count."""
    n = 0
    for sub in subdirs:
        for p in sorted(Path(root, sub).glob("*")):
            if p.suffix in (".docx", ".xlsx"):
                normalise(p)
                n += 1
    return n
