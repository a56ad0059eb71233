"""Identifiers with a fixed shape: identity codes, phone numbers, e-mail addresses, street addresses.

These detectors are regular expressions tuned to Finnish conventions; they need no language model,
so they find the same things in both NLP tiers. A miss here would leak a directly identifying
number, so they lean towards recall and leave the odd false alarm to the reviewer.
"""

from __future__ import annotations

import re
from typing import Iterator

from tyokyky_qda.pseudo import hetu
from tyokyky_qda.pseudo.categories import ADDRESS, EMAIL, HETU, PHONE
from tyokyky_qda.pseudo.model import Candidate

# -- phone numbers -----------------------------------------------------------------------------
# One space (also no-break), or a hyphen with optional spaces, between digit groups.
_SEP = r"(?:[ \u00a0]?[-\u2013][ \u00a0]?|[ \u00a0])?"
PHONE_RE = re.compile(
    r"(?<![\w+])(?<!\d[ \u00a0])"  # not glued to a word, not the tail of a column of numbers
    r"(?:(?:\+|00)358" + _SEP + r"(?:\(0\)" + _SEP + r")?[1-9]\d{0,2}"  # +358 40, 00358 (0)9
    r"|\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})"                                 # 040, (09), 013
    r"(?:" + _SEP + r"\d{2,4}){1,4}"
    r"(?![\w])(?![ \u00a0]\d)")
#: Digits of the national number (with its leading 0): Finnish numbers have 7 to 12 of them.
PHONE_DIGITS = (7, 12)

# -- e-mail --------------------------------------------------------------------------------------
# Also the spelled-out forms people use against spam: "etunimi.sukunimi(at)kunta.fi".
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?\((?:at|ät)\)\s?|\s?\[(?:at|ät)\]\s?)"
    r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w])", re.IGNORECASE)

# -- street addresses ----------------------------------------------------------------------------
_L = "a-zåäöéü"
# "(?<!ra)portti": a report ("Tilanneraportti 1") is not a street ("Itäportti 1").
_STREET_ENDS = ("katu|kadu[{l}]*|kuja[{l}]*|tie[{l}]*|polku|polu[{l}]*|väylä[{l}]*|raitti|raiti[{l}]+"
                "|rinne|rintee[{l}]*|kaari|kaare[{l}]*|aukio[{l}]*|tori[{l}]*|puistikko|puistiko[{l}]*"
                "|bulevardi[{l}]*|esplanadi[{l}]*|ranta|rann[{l}]+|mäki|mäe[{l}]*|piha[{l}]*|kenttä"
                "|kentä[{l}]*|(?<!ra)portti|(?<!ra)porti[{l}]*|linja[{l}]*|kulma[{l}]*|vainio[{l}]*|tanhua[{l}]*"
                "|kumpu|kummu[{l}]*|niitty|niity[{l}]*|kaarre|kaartee[{l}]*|penger|pengere[{l}]*"
                "|laituri[{l}]*|puisto[{l}]*").replace("{l}", _L)
_STREET_WORD = (r"(?:(?:Pohjoinen|Eteläinen|Itäinen|Läntinen|Vanha|Uusi|Iso|Pieni)[ \u00a0])?"
                r"(?:[A-ZÅÄÖ][{l}-]*(?:{ends})"                     # "Hämeenkatu", "Kauppa-katu"
                r"|[A-ZÅÄÖ][{l}]+n[ \u00a0](?:{ends}))").replace("{ends}", _STREET_ENDS).replace("{l}", _L)
_NUMBER = r"\d{1,4}(?:[ \u00a0]?[-\u2013][ \u00a0]?\d{1,4})?[a-h]?"
_FLAT = (r"(?:[ \u00a0]?[A-K](?:[ \u00a0]?\d{1,3})?(?![\w])"      # "A 3", "B12", "C"
         r"|[ \u00a0](?:as\.?|asunto)[ \u00a0]?\d{1,3})?")
_POSTAL_TOWN = r"\d{5}[ \u00a0]+[A-ZÅÄÖ][{l}]+(?:-[A-ZÅÄÖ]?[{l}]+)?".replace("{l}", _L)
ADDRESS_RE = re.compile(
    r"(?<![\w])" + _STREET_WORD + r"[ \u00a0]" + _NUMBER + _FLAT + r"(?::[{l}]{1,5})?".replace("{l}", _L)
    + r"(?:,?[ \u00a0]+" + _POSTAL_TOWN + r")?(?![\w])"
    r"(?!\.[ \u00a0]*[a-zåäö])")  # "Raportin 2. luku": an ordinal, not a house number
POSTAL_RE = re.compile(r"(?<![\w])(?:" + _POSTAL_TOWN + r"|PL[ \u00a0]?\d{1,5})(?![\w])")


def find_identity_codes(text: str) -> Iterator[Candidate]:
    """Valid identity codes (checksum and date checked)."""
    for start, end, valid in hetu.find_codes(text):
        if valid:
            code = text[start:end]
            yield Candidate(start, end, code, HETU, hetu.normalise(code), "pattern")


def phone_key(number: str) -> str:
    """The national digits of a phone number ("+358 40 123 4567" → "0401234567")."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if digits.startswith("00358"):
        digits = digits[5:]
    elif digits.startswith("358") and number.lstrip().startswith("+"):
        digits = digits[3:]
    return digits if digits.startswith("0") else "0" + digits


def find_phone_numbers(text: str) -> Iterator[Candidate]:
    """Finnish mobile and landline numbers, national or +358, with spaces or hyphens."""
    shapes = [(s, e) for s, e, _ in hetu.find_codes(text)]
    for m in PHONE_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in shapes):
            continue  # part of something shaped like an identity code, valid or not
        key = phone_key(m.group())
        if PHONE_DIGITS[0] <= len(key) <= PHONE_DIGITS[1]:
            yield Candidate(m.start(), m.end(), m.group(), PHONE, key, "pattern")


def find_emails(text: str) -> Iterator[Candidate]:
    """E-mail addresses, including "name(at)domain.fi" spellings."""
    for m in EMAIL_RE.finditer(text):
        value = m.group()
        key = re.sub(r"\s?[(\[](?:at|ät)[)\]]\s?", "@", value, flags=re.IGNORECASE).lower()
        yield Candidate(m.start(), m.end(), value, EMAIL, key, "pattern")


def find_addresses(text: str) -> Iterator[Candidate]:
    """Street addresses ("Hämeenkatu 5 B 12, 33100 Tampere"), postal code + town, PO boxes."""
    taken: list[tuple[int, int]] = []
    for m in ADDRESS_RE.finditer(text):
        taken.append((m.start(), m.end()))
        yield Candidate(m.start(), m.end(), m.group(), ADDRESS, _address_key(m.group()), "pattern")
    for m in POSTAL_RE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            yield Candidate(m.start(), m.end(), m.group(), ADDRESS, _address_key(m.group()), "pattern")


def _address_key(value: str) -> str:
    value = re.sub(r":\w+", "", value)  # "Kauppakatu 3:ssa" is the address "Kauppakatu 3"
    return " ".join(value.replace(",", " ").split()).lower()


def find_patterns(text: str) -> list[Candidate]:
    """Every pattern finding of a text (overlaps are resolved by the caller)."""
    out: list[Candidate] = []
    for finder in (find_identity_codes, find_emails, find_phone_numbers, find_addresses):
        out.extend(finder(text))
    return out
