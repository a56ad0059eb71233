"""Renders the workbench with a coded interview to out/screenshots/workbench.png for reviewers.

Nothing is asserted about pixels; the test checks the picture was written and is not blank.
(docs/img/workbench.png in the README is a copy of this file.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tests.gui.conftest import settle
from tyokyky_qda.gui.main_window import MainWindow
from tyokyky_qda.ingest.registry import import_paths

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screenshots" / "workbench.png"
H01 = ROOT / "corpora" / "tyokykyohjelma-demo" / "haastattelut" / "H01.txt"

CODINGS = [  # (phrase, code path, coder)
    ("Ennen tätä mä olin TE-toimistossa yrityspalveluissa", "Levittämisen tekijät/Ammattilaisten osaaminen", "aino"),
    ("mä aloin valmistella sitä hankintaa jo helmikuussa", "Toimenpiteet/Yksilölliset ja oikea-aikaiset työkyvyn "
     "ja työllistämisen palvelut/TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit", "aino"),
    ("kun oli selvää että rahotus tulee", "Levittämisen tekijät/Ohjausmekanismit ja määrärahat", "aino"),
    ("kun oli selvää että rahotus tulee", "Levittämisen tekijät/Ohjausmekanismit ja määrärahat", "pekka"),
    ("sitä kautta se työnantajapuoli on mulle ehkä tutumpi", "Tavoitteet/T5 Työnantajapalvelut ja rekrytointi",
     "pekka"),
]


def _phrase_range(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_render_workbench_with_a_coded_transcript(qtbot, tk_project, monkeypatch):
    import_paths(tk_project, [H01])
    sid = tk_project.sources()[0].id
    text = tk_project.source_text(sid)
    for phrase, path, coder in CODINGS:
        tk_project.add_coding(sid, tk_project.resolve_code(path), *_phrase_range(text, phrase), coder=coder)
    start, _ = _phrase_range(text, "Mä oon ollu tän pilotin projektipäällikkönä")
    _, end = _phrase_range(text, "kokonaisuutta, eli hankinta")
    long_id = tk_project.add_coding(sid, tk_project.resolve_code("Tutkimustehtävät/TT1 Tavoitteiden saavuttaminen/"
                                                                  "Mitä tehtiin ja miksi"), start, end,
                                    coder="aino").id
    tk_project.set_memo_text("coding", long_id, "Pilotin käynnistys: hankinta alkoi ennen rahoituspäätöstä.")
    tk_project.coder = "aino"
    window = MainWindow(tk_project)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    window.panels["codebook"].assign_shortcut(tk_project.resolve_code("Tavoitteet/T1 Työkyvyn tuen tarpeen "
                                                                      "tunnistaminen"), "1")
    settle(window)
    view = window.document.view
    view.scroll_to(text.index("[00:00:27]"))
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 2)
    window.coding.select_coding(long_id)
    window.panels["memo"].set_target("coding", long_id)
    window.panels["codebook"].select_code(tk_project.resolve_code("Levittämisen tekijät/Ohjausmekanismit ja "
                                                                  "määrärahat"))
    view.select_range(*_phrase_range(text, "kaks vuotta mä oon pyörittäny"), center=False)
    qtbot.wait(50)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(OUT))
    image = QImage(str(OUT))
    assert image.width() >= 1400 and not image.isNull()
    window.close()
