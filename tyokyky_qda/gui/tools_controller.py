"""Tools ▸ Interview speakers to cases and Tools ▸ Autocode speakers, on transcripts already in
the project (``ingest.speakers``), each one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject

from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_bulk import AutocodeSpeakersCommand, SpeakersToCasesCommand

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow


class ToolsController(QObject):
    """Speaker tools of the Tools menu."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def _scope(self, title: str) -> Optional[tuple[Optional[list[int]], list[dict]]]:
        """Which transcripts (None: all) and their speakers, after asking; None when cancelled."""
        from tyokyky_qda.ingest.speakers import speakers_of

        w = self.window
        if w.ops is None or w.ops.readonly:
            return None
        project = w.project
        transcripts = project.sources(kind="transcript")
        if not transcripts:
            w.prompts.info(title, self.tr("The project has no interview transcripts with speaker turns."))
            return None
        ids: Optional[list[int]] = None
        current = w.document.source_id if w.document is not None else None
        if current in {s.id for s in transcripts}:
            items = [self.tr("All transcripts (%1)").replace("%1", str(len(transcripts))),
                     self.tr("Only the open transcript")]
            choice = w.prompts.choose_item(title, self.tr("Which transcripts?"), items)
            if choice is None:
                return None
            ids = [current] if choice == 1 else None
        return ids, speakers_of(project, ids)

    def speakers_to_cases(self) -> bool:
        """Make each interviewee a case linked to their turns (interviewers get none)."""
        title = self.tr("Interview speakers to cases")
        scope = self._scope(title)
        if scope is None:
            return False
        ids, speakers = scope
        people = [s for s in speakers if not s["interviewer"]]
        question = self.tr("Make %1 interviewees into cases linked to their turns? Interviewers (%2) get no case; "
                           "new cases get the transcript's attributes.")
        interviewers = sorted({s["speaker"] for s in speakers if s["interviewer"]}) or ["–"]
        if not self.window.prompts.confirm(title, question.replace("%1", str(len({s['case'] for s in people})))
                                           .replace("%2", ", ".join(interviewers))):
            return False
        command = SpeakersToCasesCommand(self.window.ops, ids)
        command.on_done = lambda changes: self.window.show_message(
            self.tr("%n case(s) made from speakers.", "", len((changes.created if changes else {}).get("cases", []))))
        push(self.window.stack, command)
        return True

    def autocode_speakers(self) -> bool:
        """Code every turn of every speaker with a code of its own under the group "Puhujat"."""
        title = self.tr("Autocode speakers")
        scope = self._scope(title)
        if scope is None:
            return False
        ids, speakers = scope
        names = sorted({s["speaker"] for s in speakers})
        question = self.tr("Code every turn of %1 speakers (%2 turns), each speaker with a code of its own under "
                           "the code group “Puhujat”?")
        turns = sum(s["turns"] for s in speakers)
        if not self.window.prompts.confirm(title, question.replace("%1", str(len(names))).replace("%2", str(turns))):
            return False
        command = AutocodeSpeakersCommand(self.window.ops, ids)
        command.on_done = lambda changes: self.window.show_message(
            self.tr("%n turn(s) coded.", "", len((changes.created if changes else {}).get("codings", []))))
        push(self.window.stack, command)
        return True
