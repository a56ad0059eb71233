"""Translatable messages of the Qt-free packages (analysis, ingest, team, refi, nlp, pseudo...).

The core writes what the user reads in English and marks it with ``N_`` where it is written::

    warnings.append(N_("{code}: applied to {share:.1%} of units", code=path, share=0.07))
    raise UserError(N_("no source with id {source_id}", source_id=sid))

``N_`` returns a ``Message``: a ``str`` whose value is the English text, so the CLI, JSON
outputs, logs and tests see exactly the string they saw before. The message also remembers its
template and parameters; the GUI looks the template up in its Qt catalogue (context ``core``)
and formats the translation with the same parameters (``gui/i18n.py: core_text``).
``update_translations.py`` finds every ``N_("literal")`` of the core packages with Python's
``ast`` (pyside6-lupdate does not read non-Qt modules) and merges them into the ``.ts`` file.

Rules for a template: a string literal (implicit concatenation is fine, f-strings are not), named
``{fields}`` only, literal braces doubled when the template has parameters. A template kept in a
table is marked where it is written (``NO_CODES = N_("...")``) and formatted later with
``N_(NO_CODES, ...)``. Plural forms are separate templates chosen in the code.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

#: The Qt translation context every core template is filed under.
CONTEXT = "core"
#: The translation catalogues (Qt .ts files, also read here without Qt for reports).
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


class Message(str):
    """English text of a user-visible message that remembers its template and parameters.

    Anything that treats it as a string (printing, ``json.dumps``, ``==``, joining) gets the
    English text; string operations return plain ``str``, so only a message passed on as it is
    keeps its translation.
    """

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> "Message":
        template = str(template)
        params = dict(params or {})
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self

    def __reduce__(self):
        # Pickling and copying keep the template (str's own reduce would keep only the text).
        return (Message, (self.template, self.params))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {self.params!r})"


def N_(template: str, /, **params: Any) -> Message:  # noqa: N802 - the gettext convention
    """Mark ``template`` as a user-visible text; returns it formatted with ``params`` (in English)."""
    return Message(template, params)


def message_of(exc: BaseException) -> str:
    """The message an exception carries (a ``Message`` when the core raised it with ``N_``)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


class _FinnishNumbers(string.Formatter):
    """``str.format`` that writes decimals and percentages the Finnish way ("9,3 %")."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if number and (isinstance(value, float) or format_spec.endswith("%")):
            text = text.replace(".", ",")
            if format_spec.endswith("%") and text.endswith("%"):
                text = text[:-1] + "\u00a0%"
        return text


_FINNISH = _FinnishNumbers()


def format_template(template: str, params: Mapping[str, Any], language: str) -> str:
    """``template`` formatted with ``params``, numbers written as ``language`` writes them."""
    return _FINNISH.vformat(template, (), dict(params)) if language == "fi" else template.format(**params)


@lru_cache(maxsize=4)
def catalogue(language: str) -> dict[str, str]:
    """Finished translations of the core templates into ``language`` (template → text), read
    from the Qt catalogue; empty for English or a language without a catalogue."""
    path = TRANSLATIONS / f"tyokyky_qda_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    out: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") not in ("unfinished",
                                                                                                 "obsolete"):
                out[message.findtext("source") or ""] = translation.text
    return out


def in_language(message: Any, language: str, lookup=None) -> str:
    """A message in ``language`` ("fi", "en"): for reports written by the core, and for the GUI
    (which passes its own ``lookup`` of templates). Plain strings come back as they are; a
    translation that does not fit its parameters falls back to the English text."""
    if isinstance(message, BaseException):
        message = message_of(message)
    if not isinstance(message, Message):
        return "" if message is None else str(message)
    find = lookup or (lambda template: catalogue(language).get(template, template))
    template = find(message.template) or message.template
    if not message.params:
        return template
    params = {k: in_language(v, language, lookup) if isinstance(v, Message) else v
              for k, v in message.params.items()}
    try:
        return format_template(template, params, language)
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(message)
