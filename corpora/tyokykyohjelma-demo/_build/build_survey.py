"""Build kysely/sidosryhmakysely.xlsx: a Webropol-like export of the fictional stakeholder survey.

Deterministic (fixed random seed, fixed workbook timestamps). Run from any directory:
    python corpora/tyokykyohjelma-demo/_build/build_survey.py
"""

import random
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from survey_answers import OPEN_QUESTIONS

CORPUS = Path(__file__).resolve().parent.parent
OUT = CORPUS / "kysely" / "sidosryhmakysely.xlsx"
FIXED_TIME = datetime(2023, 3, 17, 9, 0, 0)
DONT_KNOW = "En osaa sanoa"

# organisation key -> (answer option, number of respondents); 78 in total
ORGS = {
    "TE": ("TE-toimisto", 13),
    "ELY": ("ELY-keskus tai KEHA-keskus", 4),
    "KUNTA": ("Kunnan työllisyyspalvelut tai kuntakokeilu", 12),
    "SOTE": ("Hyvinvointialue tai kunnan sote-palvelut", 14),
    "KELA": ("Kela", 4),
    "JARJ": ("Järjestö, yhdistys tai säätiö", 9),
    "PALV": ("Yksityinen palveluntuottaja", 6),
    "OPPIL": ("Oppilaitos", 5),
    "YRITYS": ("Työnantaja tai yritys", 4),
    "YHTYR": ("Yhteiskunnallinen yritys", 2),
    "MINIST": ("Ministeriö tai valtion virasto (esim. THL, TTL)", 3),
    "MUU": ("Muu, mikä?", 2),
}
OTHER_ORG_TEXTS = ["Työeläkeyhtiö", "kuntoutuslaitos"]
CASE_REGIONS = {"PP": "Pohjois-Pohjanmaa", "PK": "Pohjois-Karjala", "PIRK": "Pirkanmaa", "VS": "Varsinais-Suomi"}
NATIONAL = "Koko Suomi / valtakunnallinen toimija"
REGION_WEIGHTS = {
    "Pohjois-Pohjanmaa": 9, "Pohjois-Karjala": 8, "Pirkanmaa": 9, "Varsinais-Suomi": 9, "Uusimaa": 9,
    "Lappi": 4, "Pohjanmaa": 3, "Etelä-Pohjanmaa": 4, "Kanta-Häme": 3, "Keski-Suomi": 4,
    "Satakunta": 2, "Kainuu": 2, NATIONAL: 2,
}
ROLES = ["Johto tai esihenkilö", "Asiantuntija, suunnittelija tai kehittäjä",
         "Asiakastyötä tekevä ammattilainen", "Hanketyöntekijä tai hankepäällikkö", "Muu"]
KNOWLEDGE = ["Erittäin hyvin", "Melko hyvin", "Jonkin verran", "Heikosti"]

# (question text, base mean, share of "En osaa sanoa")
LIKERT = [
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt osatyökykyisten työkyvyn tuen tarpeen tunnistamista?", 3.6, 0.06),
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt yksilöllisten ja oikea-aikaisten työkyvyn ja työllistämisen palvelujen tarjoamista?", 3.2, 0.08),
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt asiantuntijoiden osaamista ja resursointia osatyökykyisten palveluissa?", 3.6, 0.08),
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt osatyökykyisille soveltuvien työpaikkojen syntymistä?", 2.5, 0.16),
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt työnantajille suunnattujen palvelujen kehittämistä rekrytoinnin helpottamiseksi?", 2.7, 0.14),
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt kuntoutuspolkujen ja kuntoutuspalvelujen uudistamista?", 2.5, 0.22),
    ("Kuinka hyvin ohjelma on mielestäsi edistänyt rekrytointikynnyksen madaltamista ja sosiaaliturvauudistuksen valmistelua?", 2.1, 0.27),
]
# (question text, P(Kyllä), P(Ei)); the rest is "En osaa sanoa"
YES_NO = [
    ("Onko organisaatiosi ottanut käyttöön Työkykyohjelmassa kehitettyjä toimintamalleja?", 0.52, 0.33),
    ("Onko alueellasi ollut käytettävissä TE-toimiston työkykykoordinaattorin työpanosta?", 0.61, 0.14),
    ("Onko organisaatiosi tehnyt ohjelman aikana yhteistyötä toisen hallinnonalan hankkeen kanssa?", 0.57, 0.27),
    ("Uskotko, että ohjelmassa kehitetyt toimintamallit jäävät alueellasi pysyviksi?", 0.36, 0.30),
    ("Onko organisaatiosi henkilöstö osallistunut ohjelman koulutuksiin (esim. Työkyvyn tuki -koulutus)?", 0.49, 0.37),
    ("Tunnetko Työkanava Oy:n asiakasohjauksen kriteerit?", 0.27, 0.58),
]
SOURCES_Q = "Mistä olet saanut tietoa ohjelmasta?"
# (option, selection probability)
SOURCES = [
    ("Ministeriöiden verkkosivut", 0.34), ("THL:n tai TTL:n verkkosivut", 0.31),
    ("Uutiskirjeet, kolumnit ja blogit", 0.45), ("Tilaisuudet, seminaarit ja webinaarit", 0.55),
    ("Sosiaalinen media", 0.19), ("Yhteistyöverkostot ja kollegat", 0.68),
    ("Oman organisaation sisäinen viestintä", 0.38), ("Innokylä", 0.14), ("Muu lähde", 0.06),
]
OTHER_SOURCE_TEXTS = ["hankkeen ohjausryhmä", "ammattiliiton jäsenlehti", "esihenkilö kertoi", "Kuntaliiton koulutus", "alueellinen TYP-verkosto"]


def make_respondents(rng):
    """Create 78 respondents with organisation keys; regions and moods are filled in later."""
    keys = [k for k, (_, n) in ORGS.items() for _ in range(n)]
    rng.shuffle(keys)
    # t = talkativeness: some respondents skip every open question, others answer most of them
    return [{"o": k, "r": None, "m": None, "answers": {}, "t": rng.random()} for k in keys]


def _fits(resp, ans, qi, allow_silent=False):
    if resp["t"] < 0.1 and not allow_silent:
        return False
    if qi in resp["answers"] or (ans["o"] and resp["o"] != ans["o"]):
        return False
    if ans["r"] and resp["r"] not in (None, CASE_REGIONS[ans["r"]]):
        return False
    return not (ans["r"] and resp["o"] == "MINIST")


def _score(resp, ans):
    """Higher is better: prefer exact region/mood matches and respondents with few answers."""
    s = 3.0 * resp["t"] - 0.45 * len(resp["answers"])
    if ans["r"] and resp["r"] == CASE_REGIONS[ans["r"]]:
        s += 3
    if ans["m"] is not None and resp["m"] is not None:
        s += 2 if resp["m"] == ans["m"] else (-3 if resp["m"] * ans["m"] < 0 else 0)
    return s


def assign_answers(resps, rng):
    """Give every hand-written open answer to exactly one compatible respondent."""
    for qi, (_, answers) in enumerate(OPEN_QUESTIONS):
        order = sorted(answers, key=lambda a: (a["o"] is None, a["r"] is None, rng.random()))
        for ans in order:
            cands = [r for r in resps if _fits(r, ans, qi)] or [r for r in resps if _fits(r, ans, qi, True)]
            if not cands:
                raise RuntimeError(f"no respondent for answer: {ans['text'][:50]}")
            best = max(cands, key=lambda r: (_score(r, ans), rng.random()))
            best["answers"][qi] = ans["text"]
            if ans["r"]:
                best["r"] = CASE_REGIONS[ans["r"]]
            if best["m"] is None and ans["m"] is not None:
                best["m"] = ans["m"]


def fill_background(resps, rng):
    """Fill regions, moods, roles and knowledge level for all respondents."""
    names, weights = zip(*REGION_WEIGHTS.items())
    other_texts = iter(OTHER_ORG_TEXTS)
    for r in resps:
        if r["o"] == "MINIST":
            r["r"] = NATIONAL
        elif r["r"] is None:
            r["r"] = rng.choices(names, weights)[0]
        if r["m"] is None:
            r["m"] = rng.choice([-1, 0, 0, 1])
        r["other_org"] = next(other_texts) if r["o"] == "MUU" else None
        if r["o"] in ("YRITYS", "YHTYR"):
            r["role"] = rng.choice([ROLES[0], ROLES[0], ROLES[4]])
        elif r["o"] == "MINIST":
            r["role"] = ROLES[1]
        else:
            r["role"] = rng.choices(ROLES, [3, 5, 4, 3, 1])[0]
        r["know"] = rng.choices(KNOWLEDGE, [2, 5, 4, 1] if r["o"] != "YRITYS" else [0, 1, 2, 2])[0]


def likert_value(rng, resp, mean, dk_share):
    """Return 1..5 or 'En osaa sanoa' for one Likert item."""
    dk = dk_share * (2.2 if resp["know"] in ("Heikosti", "Jonkin verran") else 0.7)
    if rng.random() < dk:
        return DONT_KNOW
    v = round(mean + 0.7 * resp["m"] + rng.gauss(0, 0.85))
    return min(5, max(1, v))


def yes_no_value(rng, p_yes, p_no, resp):
    """Return Kyllä / Ei / En osaa sanoa."""
    shift = 0.08 * resp["m"]
    x = rng.random()
    if x < p_yes + shift:
        return "Kyllä"
    if x < p_yes + p_no:
        return "Ei"
    return DONT_KNOW


def timestamps(rng, n):
    """n sorted response times between 2.3.2023 and 16.3.2023, mostly in office hours."""
    start = datetime(2023, 3, 2, 7, 30)
    out = []
    for _ in range(n):
        day = rng.choices(range(15), [9, 7, 2, 2, 6, 5, 4, 3, 3, 2, 2, 4, 4, 5, 6])[0]
        d = start + timedelta(days=day)
        hour = rng.choices(range(7, 23), [2, 6, 8, 8, 6, 5, 7, 7, 6, 4, 2, 2, 2, 2, 1, 1])[0]
        out.append(d.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60)))
    return sorted(out)


def headers():
    """Column headers as Webropol writes them (full question text, numbered)."""
    h = ["Vastaajan tunnus", "Vastausaika", "1. Organisaationne tyyppi", "1. Organisaationne tyyppi / Muu, mikä?",
         "2. Millä alueella organisaationne pääasiassa toimii?", "3. Mikä on roolisi organisaatiossasi?",
         "4. Kuinka hyvin tunnet Työkykyohjelman?"]
    n = 5
    for text, _, _ in LIKERT:
        h.append(f"{n}. {text}")
        n += 1
    for text, _, _ in YES_NO:
        h.append(f"{n}. {text}")
        n += 1
    for opt, _ in SOURCES:
        h.append(f"{n}. {SOURCES_Q} / {opt}")
    h.append(f"{n}. {SOURCES_Q} / Muu lähde, mikä?")
    n += 1
    for text, _ in OPEN_QUESTIONS:
        h.append(f"{n}. {text}")
        n += 1
    return h


def row_for(i, resp, when, rng):
    """One respondent's row."""
    row = [f"R{i:03d}", when, ORGS[resp["o"]][0], resp["other_org"], resp["r"], resp["role"], resp["know"]]
    row += [likert_value(rng, resp, mean, dk) for _, mean, dk in LIKERT]
    row += [yes_no_value(rng, py, pn, resp) for _, py, pn in YES_NO]
    chosen = [1 if rng.random() < p else None for _, p in SOURCES]
    if not any(chosen):
        chosen[5] = 1
    row += chosen
    row.append(rng.choice(OTHER_SOURCE_TEXTS) if chosen[-1] else None)
    row += [resp["answers"].get(qi) for qi in range(len(OPEN_QUESTIONS))]
    return row


def build(out=OUT):
    """Write the survey workbook and return the number of respondents."""
    rng = random.Random(20230316)
    resps = make_respondents(rng)
    assign_answers(resps, rng)
    fill_background(resps, rng)
    rng.shuffle(resps)
    times = timestamps(rng, len(resps))
    wb = Workbook()
    ws = wb.active
    ws.title = "Vastaukset"
    ws.append(headers())
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, (resp, when) in enumerate(zip(resps, times), start=1):
        ws.append(row_for(i, resp, when, rng))
        ws.cell(row=i + 1, column=2).number_format = "d.m.yyyy h:mm:ss"
    ws.freeze_panes = "C2"
    wb.properties.creator = "Webropol (kuvitteellinen vienti)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return len(resps)


if __name__ == "__main__":
    print("respondents:", build())
