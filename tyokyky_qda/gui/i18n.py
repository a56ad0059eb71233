"""Finnish and English user interface: Qt translation files, chosen from the locale, switchable.

English is the source language written in the code; ``tyokyky_qda/resources/translations/tyokyky_qda_fi.ts``
holds the Finnish texts (edit it with Qt Linguist) and ``.qm`` is its compiled form
(``python tyokyky_qda/resources/translations/update_translations.py`` refreshes both). Installing a
translator makes Qt send every widget a LanguageChange event; widgets re-set their texts in
``retranslate()``.

Messages of the Qt-free packages (``tyokyky_qda.core.i18n.Message``: agreement warnings, import
problems, errors, progress steps) carry their English template and parameters; ``core_text``
shows them in the UI language, from the same catalogue (context ``core``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from tyokyky_qda.core.i18n import CONTEXT, TRANSLATIONS, in_language

LANGUAGES = {"fi": "Suomi", "en": "English"}  # names shown in their own language, never translated
DEFAULT_LANGUAGE = "en"


def system_language() -> str:
    """The UI language the system locale asks for, if we have it; English otherwise."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


class I18n(QObject):
    """Owns the installed translators and switches language at runtime."""

    language_changed = Signal(str)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.language = DEFAULT_LANGUAGE
        self._translators: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Switch the UI to ``language`` ("fi" or "en"); returns False if its file is missing."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        ok = True
        if language != "en":
            ok = self._load(f"tyokyky_qda_{language}", TRANSLATIONS)
            # Qt's own strings: standard buttons and dialogs.
            self._load(f"qtbase_{language}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        self.language = language
        self.language_changed.emit(language)
        return ok

    def _load(self, name: str, folder: Path) -> bool:
        translator = QTranslator(self)
        if not translator.load(name, str(folder)):
            return False
        QCoreApplication.instance().installTranslator(translator)
        self._translators.append(translator)
        return True


_i18n: Optional[I18n] = None


def i18n() -> I18n:
    """The process-wide translation manager (created on first use, after QApplication)."""
    global _i18n
    if _i18n is None:
        _i18n = I18n(QCoreApplication.instance())
    return _i18n


def decimal_text(value: float, digits: int = 2) -> str:
    """A number with ``digits`` decimals, with a decimal comma in the Finnish UI ("0,72")."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if _language() == "fi" else text


def core_text(message: Any, language: Optional[str] = None) -> str:
    """A core message (or an exception carrying one) in the UI language, or in ``language``
    ("fi", "en": a report written in another language than the UI's).

    ``Message``: its template is looked up in the catalogue and formatted with its parameters,
    which are themselves translated when they are messages (a reason inside a warning). A plain
    string is shown as it is; None is "". A translation that does not fit its parameters falls
    back to the English text rather than failing the view.
    """
    language = language or _language()
    if language == _language():  # the installed translator: what every widget shows
        return in_language(message, language, lambda template: QCoreApplication.translate(CONTEXT, template))
    return in_language(message, language)


def _language() -> str:
    return _i18n.language if _i18n is not None else DEFAULT_LANGUAGE
