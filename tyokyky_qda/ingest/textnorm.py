"""Bytes to clean text: encoding detection and the normalisations every importer applies.

Everything done to a file's text is recorded in a ``notes`` dict that ends up in
``Source.import_notes``, so a researcher can tell what the stored text differs from the file by.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.safety import sniff

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_WESTERN_CHARS = set("€–—‘’‚“”„…•·§°±½¼¾×÷«»¡¿£¥©®™\u00a0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_LIGATURE_RE = re.compile("[" + "".join(_LIGATURES) + "]")


def decode_bytes(data: bytes, notes: dict) -> str:
    """Decode a text file: BOM, then strict UTF-8, then the Western 8-bit code pages.

    ä, ö, å and € survive in UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 and
    ISO-8859-1/-15. A file that is UTF-8 in places and something else in others is refused
    rather than silently turned into mojibake.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            notes["encoding"] = codec
            notes["bom_removed"] = True
            return _strict(data, codec)
    kind = sniff(data[:16])
    if kind and kind not in ("RTF",):
        raise ImportFailed(N_("binary content ({kind}), not text", kind=kind))
    sample = data[:65536]
    if b"\x00" in sample:
        codec = _utf16_without_bom(sample)
        if not codec:
            raise ImportFailed(N_("binary content (NUL bytes), not text"))
        notes["encoding"] = codec
        return _strict(data, codec)
    try:
        text = data.decode("utf-8")
        notes["encoding"] = "utf-8"
        return text
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if len(_UTF8_MULTIBYTE.findall(data)) >= 3:
        line = data.count(b"\n", 0, first_bad) + 1
        raise ImportFailed(N_("undecodable bytes: the file is UTF-8 but byte 0x{value:02X} at line {line} "
                              "(byte {offset}) is not; it mixes encodings", value=data[first_bad], line=line,
                              offset=first_bad))
    return _decode_legacy(data, notes)


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFailed(N_("undecodable bytes: not valid {codec} at byte {offset}",
                              codec=codec, offset=exc.start)) from None


def _utf16_without_bom(sample: bytes) -> str:
    """"utf-16-le"/"utf-16-be" when NULs sit in every other byte (ASCII-range UTF-16)."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return ""
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return ""


def _decode_legacy(data: bytes, notes: dict) -> str:
    """An 8-bit file: Windows-1252 or ISO-8859-15 when that gives Western letters, else
    charset-normalizer's guess."""
    # 0xA4 is "€" in ISO-8859-15 and "¤" in ISO-8859-1/Windows-1252; Finnish text means euros.
    high_controls = any(0x80 <= b <= 0x9F for b in data)
    codec = "cp1252" if high_controls or b"\xa4" not in data else "iso8859-15"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = ""
    if text and _looks_western(text):
        notes["encoding"] = codec
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None:
        raise ImportFailed(N_("undecodable bytes: not UTF-8 and the encoding cannot be told"))
    notes["encoding"] = best.encoding
    notes["encoding_detected_by"] = "charset-normalizer"
    return _strict(data, best.encoding)


def _looks_western(text: str) -> bool:
    """True when most non-ASCII characters are letters and signs of Western European text."""
    high = [ch for ch in text if ord(ch) > 127]
    if not high:
        return True
    good = sum(1 for ch in high if ch in _WESTERN_CHARS or (ch.isalpha() and ord(ch) < 0x180))
    return good >= 0.8 * len(high)


def check_binary_text(text: str) -> None:
    """Refuse decoded text that is mostly control characters (a binary file decoded by luck)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if sample and controls > max(8, len(sample) // 100):
        raise ImportFailed(N_("binary content (control characters), not text"))


def normalise(text: str, notes: dict, *, ligatures: bool = False) -> str:
    """Line endings to LF, NFC, no soft hyphens or stray control characters, no trailing spaces."""
    if text.startswith("\ufeff"):
        text = text[1:]
        notes["bom_removed"] = True
    crlf, cr = text.count("\r\n"), 0
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        cr = text.count("\r")
        text = text.replace("\r", "\n")
    notes["line_endings"] = ("CRLF" if crlf and not cr else "CR" if cr and not crlf else
                             "mixed" if crlf and cr else "LF") + (" → LF" if crlf or cr else "")
    soft = text.count("\u00ad")
    if soft:
        text = text.replace("\u00ad", "")
        notes["soft_hyphens_removed"] = notes.get("soft_hyphens_removed", 0) + soft
    if ligatures and _LIGATURE_RE.search(text):
        count = len(_LIGATURE_RE.findall(text))
        text = _LIGATURE_RE.sub(lambda m: _LIGATURES[m.group()], text)
        notes["ligatures_expanded"] = notes.get("ligatures_expanded", 0) + count
    text = text.replace("\f", "\n").replace("\v", "\n")
    controls = len(_CONTROL.findall(text))
    if controls:
        text = _CONTROL.sub("", text)
        notes["control_characters_removed"] = notes.get("control_characters_removed", 0) + controls
    nfc = unicodedata.normalize("NFC", text)
    notes["unicode"] = "NFC" + (" (applied)" if nfc != text else "")
    text = re.sub(r"[ \t\u00a0]+\n", "\n", nfc)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n").rstrip()
    return text


def decode_and_normalise(data: bytes, notes: dict) -> str:
    """``decode_bytes`` then ``normalise``; refuses text that is empty once cleaned."""
    text = decode_bytes(data, notes)
    check_binary_text(text)
    text = normalise(text, notes)
    if not text.strip():
        raise ImportFailed(N_("no text in the file (only white space)"))
    return text
