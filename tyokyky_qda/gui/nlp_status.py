"""Which language-model tier suggestions use, told to the user (status bar and Help ▸ NLP status).

The tier is probed on the worker (``nlp.pipeline.active_tier`` looks for the Finnish model and
tries libvoikko), so opening a project never waits for it. Texts are the UI's own, in Finnish or
English; the NLP package's reason (why the full tier is not in use) is a core message, shown in the
UI language too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QObject

from tyokyky_qda.core.i18n import message_of
from tyokyky_qda.gui.i18n import core_text

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow

translate = QCoreApplication.translate


def probe_tier(language: str) -> Optional[dict]:
    """The active tier for a language (see ``active_tier``), or None without the NLP package."""
    try:
        from tyokyky_qda.nlp.pipeline import active_tier
    except ImportError:
        return None
    try:
        return active_tier(language)
    except Exception as exc:  # noqa: BLE001 - a broken install is reported, not fatal
        return {"language": language, "tier": "none", "reason": message_of(exc)}


def tier_title(info: Optional[dict]) -> str:
    """One short line: which model suggestions use."""
    if info is None or info.get("tier") == "none":
        return translate("NlpStatus", "No language model: suggestions are unavailable")
    full = info["tier"] == "full"
    if info["language"] == "fi":
        return (translate("NlpStatus", "Full Finnish language model (Voikko)") if full else
                translate("NlpStatus", "Fallback model: simplemma — install libvoikko and voikko-fi for the "
                                       "full model"))
    return (translate("NlpStatus", "Full English language model (%1)").replace("%1", info.get("package", ""))
            if full else translate("NlpStatus", "Fallback model: spaCy lookup lemmas — install an English "
                                                "spaCy model for the full model"))


def tier_details(info: Optional[dict]) -> str:
    """Several lines for the NLP status dialog."""
    lines = [tier_title(info), ""]
    if info is not None and info.get("tier") != "none":
        lines.append(translate("NlpStatus", "Package: %1 %2").replace("%1", info.get("package", ""))
                     .replace("%2", info.get("version", "")))
        lines.append(translate("NlpStatus", "Word vectors: %1").replace(
            "%1", translate("NlpStatus", "yes") if info.get("vectors") else translate("NlpStatus", "no")))
        hint = str(info.get("lemma_accuracy_hint", ""))
        if hint.startswith("about "):  # the NLP package's hint is in English: "about 0.93"
            hint = translate("NlpStatus", "about %1").replace("%1", hint[len("about "):])
        lines.append(translate("NlpStatus", "Lemma accuracy: %1").replace("%1", hint))
    if info is not None and info.get("reason"):
        lines += ["", translate("NlpStatus", "Why not the full model: %1").replace("%1", core_text(info["reason"]))]
    if info is not None and info.get("tier") == "fallback" and info.get("language") == "fi":
        lines += ["", translate("NlpStatus", "To get the full model: install the system packages libvoikko1 and "
                                             "voikko-fi (Debian/Ubuntu: apt install libvoikko1 voikko-fi) and "
                                             "the package spacy-fi-experimental-web-md, then restart.")]
    lines += ["", translate("NlpStatus", "Everything runs on this computer: no text is sent anywhere.")]
    return "\n".join(lines)


class NlpStatus(QObject):
    """Probes the tier when a project opens and shows it in the status bar."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.info: Optional[dict] = None
        self.probed = False  # until the worker answers, the status bar says nothing
        self.language = "fi"

    def refresh(self) -> None:
        """Probe the tier for the open project's language (on the worker)."""
        w = self.window
        if w.ops is None:
            return
        self.language = w.project.meta("language", "fi") or "fi"
        language = self.language
        self.probed = False
        w.tasks.run(lambda _state: probe_tier(language), self._probed)

    def _probed(self, info: Optional[dict]) -> None:
        self.info, self.probed = info, True
        self.show()

    def show(self) -> None:
        """The status-bar line in the current language."""
        if self.window.ops is None or not self.probed:
            self.window.status.show_nlp("", "")
            return
        self.window.status.show_nlp(tier_title(self.info), tier_details(self.info))

    def show_dialog(self) -> None:
        """Help ▸ NLP status."""
        info = self.info if self.probed else probe_tier(self.language)
        self.info, self.probed = info, True
        self.window.prompts.info(translate("NlpStatus", "Language model for suggestions"), tier_details(info))
