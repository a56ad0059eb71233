"""Finnish (default) and English labels for analysis results and exported tables.

One catalogue for both layers so a column is called the same in the GUI, in XLSX and in DOCX.
"""

from __future__ import annotations

LANGS = ("fi", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # axes and common columns
    "code": ("Koodi", "Code"),
    "code_path": ("Koodipolku", "Code path"),
    "source": ("Lähde", "Source"),
    "source_kind": ("Lähteen tyyppi", "Source kind"),
    "case": ("Tapaus", "Case"),
    "coder": ("Koodaaja", "Coder"),
    "speaker": ("Puhuja", "Speaker"),
    "question": ("Kysymys / kenttä", "Question / field"),
    "reference": ("Viite", "Reference"),
    "text": ("Teksti", "Text"),
    "words": ("Sanoja", "Words"),
    "segments": ("Segmenttejä", "Segments"),
    "sources": ("Lähteitä", "Sources"),
    "total": ("Yhteensä", "Total"),
    "group": ("Ryhmä", "Group"),
    "value": ("Arvo", "Value"),
    "yes": ("Kyllä", "Yes"),
    "no": ("Ei", "No"),
    "no_value": ("(ei arvoa)", "(no value)"),
    "respondent": ("Vastaaja", "Respondent"),
    "lemma": ("Sana (perusmuoto)", "Word (lemma)"),
    "count": ("Lukumäärä", "Count"),
    "percent": ("%", "%"),
    "description": ("Kuvaus", "Description"),
    "keywords": ("Avainsanat", "Keywords"),
    "codings": ("Koodauksia", "Codings"),
    "memo": ("Muistio", "Memo"),
    "item": ("Väittämä", "Item"),
    "answer": ("Vastaus", "Answer"),
    "option": ("Vaihtoehto", "Option"),
    "n": ("n", "n"),
    "share_of_respondents": ("%-osuus vastanneista", "% of respondents"),
    "dont_know": ("En osaa sanoa", "Don't know"),
    "yesno_questions": ("Kyllä/ei-kysymykset", "Yes/no questions"),
    # source kinds
    "kind:text": ("teksti", "text"),
    "kind:document": ("asiakirja", "document"),
    "kind:transcript": ("haastattelu", "interview"),
    "kind:survey-answer": ("kyselyvastaus", "survey answer"),
    "kind:status-report": ("tilanneraportti", "status report"),
    # findings tables (Tables 5–9)
    "measure_content": ("Toimenpide (tavoite/sisältö)", "Measure (aim/content)"),
    "results_meaning": ("Tulokset (merkitys)", "Results (significance)"),
    "draft": ("luonnos", "draft"),
    # captions and notes
    "table": ("Taulukko", "Table"),
    "figure": ("Kuvio", "Figure"),
    "source_line": ("Lähde", "Source"),
    "override_note": ("* Arvioijan tulkinta", "* Evaluator's judgement"),
    "matrix_title": ("Ohjelman toimenpiteiden kohdentuminen tavoitteisiin",
                     "How the programme's measures relate to its goals"),
    "effect_note": ("arvioijan tulkinta tuloksista", "evaluator's reading of the results"),
    "findings_title": ("toimenpiteet ja tulokset", "measures and results"),
    "frequencies_title": ("Koodien esiintyminen", "Code frequencies"),
    "segments_title": ("Koodatut segmentit", "Coded segments"),
    "cooccurrence_title": ("Koodien yhteisesiintyminen", "Code co-occurrence"),
    "words_title": ("Yleisimmät sanat (perusmuodot)", "Most frequent words (lemmas)"),
    "codebook_title": ("Koodikirja", "Codebook"),
    "survey_title": ("Kyselyn suljetut kysymykset", "Closed survey questions"),
    "survey_codes_title": ("Suljetut vastaukset ja avovastausten koodit",
                           "Closed answers and codes of the open answers"),
    "generated_by": ("tyokyky-qda, projekti", "tyokyky-qda, project"),
}


def t(key: str, lang: str = "fi") -> str:
    """The label for ``key`` in ``lang`` ("fi" or "en"); unknown keys come back unchanged."""
    pair = _LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def kind_label(kind: str, lang: str = "fi") -> str:
    """A source kind in words."""
    return t(f"kind:{kind}", lang).replace("kind:", "")


def value_label(value, lang: str = "fi") -> str:
    """An attribute value as text: booleans as Kyllä/Ei, whole floats without ".0"."""
    if value is None:
        return t("no_value", lang)
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
