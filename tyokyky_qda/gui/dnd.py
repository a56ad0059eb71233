"""Drag-and-drop payloads shared by the codebook tree and the document view.

A dragged code travels as its id (and GUID), never as its label.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

CODE_MIME = "application/x-tyokyky-code-ids"


def code_mime(code_ids: list[int]) -> QMimeData:
    """Mime data carrying code ids."""
    data = QMimeData()
    data.setData(CODE_MIME, QByteArray(json.dumps([int(i) for i in code_ids]).encode()))
    return data


def code_ids_from_mime(data: QMimeData) -> list[int]:
    """Code ids from dragged mime data (empty when it carries none)."""
    if data is None or not data.hasFormat(CODE_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(data.data(CODE_MIME)).decode())]
    except (ValueError, TypeError):
        return []


def local_files(data: QMimeData) -> list[str]:
    """Paths of local files in dragged mime data."""
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
