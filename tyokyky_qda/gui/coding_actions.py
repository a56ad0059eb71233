"""Coding the text: apply a code to the selection (key, double-click, drag, picker), in-vivo
codes, removing and resizing codings. Each action is one undo command (or one macro)."""

from __future__ import annotations

import re
from typing import Callable, Optional

from PySide6.QtCore import QObject

from tyokyky_qda.gui.style import next_code_colour
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_codes import AddCodeCommand
from tyokyky_qda.gui.undo_coding import AddCodingCommand, RemoveCodingsCommand, UpdateCodingCommand

IN_VIVO_MAX = 60  # characters of the selection an in-vivo code's name keeps


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without white space at either edge (unchanged if all white space)."""
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s < e else (start, end)


def in_vivo_name(text: str) -> str:
    """A code name made of the selected words: one line, no '/', at most IN_VIVO_MAX characters."""
    name = re.sub(r"\s+", " ", text).strip().replace("/", "-").strip("\"'“”«»")
    if len(name) > IN_VIVO_MAX:
        name = name[:IN_VIVO_MAX].rsplit(" ", 1)[0] + "…"
    return name


class CodingController(QObject):
    """Connects the document view and the codebook to the coding commands."""

    def __init__(self, ops, stack, context, prompts, document, codebook, settings,
                 status: Callable[[str], None], parent: Optional[QObject] = None):
        super().__init__(parent)
        self.ops, self.stack, self.context, self.prompts = ops, stack, context, prompts
        self.document, self.codebook, self.settings, self.status = document, codebook, settings, status
        view = document.view
        view.codeShortcut.connect(self.apply_code)
        view.codesDropped.connect(self.apply_codes)
        view.dropMissed.connect(self._drop_missed)
        view.codingClicked.connect(lambda cid: self.select_coding(cid if cid >= 0 else None))
        codebook.codeActivated.connect(self.apply_code)
        context.codingChanged.connect(view.select_coding)
        self.update_shortcuts()

    @property
    def view(self):
        """The document view."""
        return self.document.view

    def selection(self) -> Optional[tuple[int, int]]:
        """The selected range in code points, trimmed of edge spaces when the option is on."""
        rng = self.view.selection_range()
        if rng is None:
            return None
        return trimmed(self.view.text, *rng) if self.settings.get("trim_selection") else rng

    def _can_code(self) -> Optional[tuple[int, int]]:
        if self.ops.readonly:
            self.status(self.tr("The project is open read-only."))
            return None
        if self.document.editing.active:
            self.status(self.tr("Finish editing the text before coding."))
            return None
        rng = self.selection()
        if rng is None:
            self.status(self.tr("Select some text first."))
        return rng

    def apply_code(self, code_id: int) -> Optional[AddCodingCommand]:
        """Code the selected text with a code."""
        rng = self._can_code()
        if rng is None:
            return None
        command = AddCodingCommand(self.ops, self.view.source_id, code_id, *rng)
        command.on_done = lambda ch: self.select_coding(ch.id if ch is not None and ch.id else None)
        return push(self.stack, command)

    def apply_codes(self, code_ids: list[int]) -> None:
        """Code the selection with several codes at once (one undo step)."""
        if len(code_ids) == 1:
            self.apply_code(code_ids[0])
            return
        if self._can_code() is None:
            return
        self.stack.beginMacro(self.tr("Code selection"))
        for cid in code_ids:
            self.apply_code(cid)
        self.stack.endMacro()

    def _drop_missed(self) -> None:
        self.status(self.tr("Drop the code onto the selected text."))

    def code_with(self) -> None:
        """Pick any code by typing, then apply it (keyboard-only coding)."""
        if self._can_code() is None:
            return
        code_id = self.prompts.choose_code(self.codebook.model, self.tr("Code with…"))
        if code_id is not None:
            self.apply_code(code_id)

    def apply_current_code(self) -> None:
        """Apply the code selected in the codebook."""
        code_id = self.codebook.current_code()
        if code_id is None:
            self.status(self.tr("Choose a code in the codebook first."))
            return
        self.apply_code(code_id)

    def in_vivo(self) -> Optional[AddCodeCommand]:
        """Create a code named after the selected words and code them with it (one undo step)."""
        rng = self._can_code()
        if rng is None:
            return None
        name = in_vivo_name(self.view.text[rng[0]:rng[1]])
        if not name:
            return None
        colour = next_code_colour([e.code.color for e in self.codebook.model.tree.entries.values()])
        self.stack.beginMacro(self.tr("In-vivo code"))
        add = push(self.stack, AddCodeCommand(self.ops, name, None, color=colour))
        add.on_done = lambda _ch: self.codebook.select_code(add.code_id)
        push(self.stack, AddCodingCommand(self.ops, self.view.source_id, add.resolved_id, *rng))
        self.stack.endMacro()
        return add

    # -- the selected coding --------------------------------------------------------------------
    def select_coding(self, coding_id: Optional[int]) -> None:
        """Make a coding the current one (outlined in the text, shown in the details panel)."""
        self.context.set_coding(coding_id)
        self.view.select_coding(coding_id)

    def remove_coding(self, coding_id: Optional[int] = None) -> None:
        """Remove the selected coding."""
        coding_id = coding_id or self.context.coding
        if coding_id is None or self.ops.readonly:
            self.status(self.tr("Click a highlight to select a coding first."))
            return
        push(self.stack, RemoveCodingsCommand(self.ops, [coding_id]))
        self.select_coding(None)

    def resize_to_selection(self) -> None:
        """Make the selected coding cover the selected text."""
        coding_id, rng = self.context.coding, self.selection()
        if coding_id is None or rng is None or self.ops.readonly:
            self.status(self.tr("Select a coding, then the text it should cover."))
            return
        push(self.stack, UpdateCodingCommand(self.ops, coding_id, start=rng[0], end=rng[1]))

    def resize_exactly(self) -> None:
        """Set the selected coding's start and end in a dialog."""
        coding_id = self.context.coding
        if coding_id is None or self.ops.readonly:
            return
        coding = self.ops.project.coding(coding_id)
        rng = self.prompts.choose_range(coding.start, coding.end, len(self.view.text))
        if rng and rng[0] < rng[1] and rng != (coding.start, coding.end):
            push(self.stack, UpdateCodingCommand(self.ops, coding_id, start=rng[0], end=rng[1]))

    def change_code(self) -> None:
        """Move the selected coding to another code."""
        coding_id = self.context.coding
        if coding_id is None or self.ops.readonly:
            return
        code_id = self.prompts.choose_code(self.codebook.model, self.tr("Move coding to code…"))
        if code_id is not None:
            push(self.stack, UpdateCodingCommand(self.ops, coding_id, code_id=code_id))

    def update_shortcuts(self) -> None:
        """Tell the view which keys apply which codes (after the codebook changed)."""
        self.view.code_shortcuts = {entry.shortcut: cid
                                    for cid, entry in self.codebook.model.tree.entries.items() if entry.shortcut}
