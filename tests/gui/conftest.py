"""Fixtures for the workbench tests: a fresh project per test, isolated settings, a window.

Every test gets its own QSettings folder (cf. napari's ``_fresh_settings``), so nothing touches
the user's preferences, and the UI language is reset to English afterwards.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from tyokyky_qda.core.model import Section, Source  # noqa: E402

TURNS = [
    ("Haastattelija", "Kertoisitko aluksi, mikä oli roolisi Työkykyohjelmassa?"),
    ("H1", "Toimin työkykykoordinaattorina TE-toimistossa. Tunnistimme osatyökykyisten tuen tarpeen "
           "aiempaa aikaisemmin, ja asiakkaat ohjattiin oikea-aikaisesti palveluihin."),
    ("Haastattelija", "Miten yhteistyö sosiaali- ja terveyspalvelujen kanssa toimi?"),
    ("H1", "Yhteistyö parani selvästi. Moniammatillinen työkyvyn tuen tiimi kokoontui joka viikko, "
           "mutta tiedonkulussa oli edelleen haasteita."),
    ("Haastattelija", "Mitä pitäisi tehdä, jotta toimintamallit jäisivät elämään?"),
    ("H1", "Rahoituksen jatkuvuus ja johdon sitoutuminen ovat tärkeimmät asiat. Ilman niitä "
           "hyvät käytännöt katoavat hankkeen päättyessä."),
]


def transcript_text() -> tuple[str, list[Section]]:
    """A short interview transcript and its speaker turns."""
    lines, sections, pos = [], [], 0
    for i, (speaker, words) in enumerate(TURNS):
        line = f"{speaker}: {words}"
        sections.append(Section(start=pos, end=pos + len(line), kind="turn", speaker=speaker,
                                start_time=i * 47.0))
        lines.append(line)
        pos += len(line) + 1
    return "\n".join(lines), sections


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path, qapp):
    """Settings in a temporary folder; English UI afterwards."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    from tyokyky_qda.gui.i18n import i18n
    i18n().install("en")


@pytest.fixture
def transcript_source(tk_project):
    """The id of a transcript source with speaker turns."""
    text, sections = transcript_text()
    return tk_project.add_source(Source(name="Haastattelu 1", text=text, kind="transcript"), sections).id


@pytest.fixture
def transcript_file(tmp_path):
    """A transcript as a UTF-8 text file."""
    path = tmp_path / "haastattelu_2.txt"
    path.write_text(transcript_text()[0] + "\n", encoding="utf-8")
    return path


def _open_window(qtbot, project):
    from tyokyky_qda.gui.main_window import MainWindow

    w = MainWindow(project)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def bare_window(qtbot, tk_project):
    """The main window on a project with the programme codebook and no sources
    (tests/conftest.py's ``tk_project``, coder "tester"); the window closes it at the end."""
    w = _open_window(qtbot, tk_project)
    yield w
    w.close()


@pytest.fixture
def window(qtbot, tk_project, transcript_source):
    """The main window on the project with one transcript, which it opens."""
    w = _open_window(qtbot, tk_project)
    yield w
    w.close()


def settle(window) -> None:
    """Wait until every queued write has run and its changes reached the views."""
    assert window.tasks.wait_idle(20), "the worker did not finish"


def select_words(window, words: str, occurrence: int = 0) -> tuple[int, int]:
    """Select a phrase in the open source; returns its code-point range."""
    text = window.document.view.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    window.document.view.select_range(start, start + len(words))
    return start, start + len(words)


def code_id(project, path: str) -> int:
    """A code's id from its path."""
    return project.resolve_code(path)
