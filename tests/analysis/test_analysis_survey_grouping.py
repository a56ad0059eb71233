"""Survey questions numbered one by one are grouped into report tables as the report does."""

import pytest

from tyokyky_qda.analysis.survey import shared_wording, split_stem, survey_tables

LIKERT_QUESTIONS = {
    "5. Kuinka hyvin ohjelma on mielestäsi edistänyt tarpeen tunnistamista?": [1, 2, 3, "En osaa sanoa"],
    "6. Kuinka hyvin ohjelma on mielestäsi edistänyt oikea-aikaisia palveluja?": [4, 4, 5, 2],
    "7. Kuinka hyvin ohjelma on mielestäsi edistänyt työpaikkojen syntymistä?": [1, 1, 2, 3],
}
YES_NO = {
    "8. Onko organisaatiosi ottanut käyttöön uusia toimintamalleja?": ["Kyllä", "Ei", "Kyllä", "En osaa sanoa"],
    "9. Tunnetko Työkanava Oy:n asiakasohjauksen kriteerit?": ["Ei", "Ei", "Kyllä", "Ei"],
}
CHOICES = ["Tietolähteet: THL:n tai TTL:n verkkosivut", "Tietolähteet: Uutiskirjeet"]


@pytest.fixture
def numbered(project):
    for name in [*LIKERT_QUESTIONS, *YES_NO]:
        project.define_attribute(name, "text")
    for name in CHOICES:
        project.define_attribute(name, "boolean")
    for r in range(4):
        cid = project.add_case(f"R{r + 1}").id
        for name, answers in {**LIKERT_QUESTIONS, **YES_NO}.items():
            project.set_attribute("case", cid, name, answers[r])
        for k, name in enumerate(CHOICES):
            project.set_attribute("case", cid, name, (r + k) % 2 == 0)
    return project


def test_numbered_questions_with_shared_wording_form_one_likert_table(numbered):
    tables = {t.kind: t for t in survey_tables(numbered)}
    likert = tables["likert"]
    assert likert.title == "Kuinka hyvin ohjelma on mielestäsi edistänyt …"
    assert likert.labels == ["Tarpeen tunnistamista", "Oikea-aikaisia palveluja", "Työpaikkojen syntymistä"]
    assert likert.items == list(LIKERT_QUESTIONS)
    # Counts per item and option follow the answers given.
    first = likert.counts.iloc[0]
    assert first.sum() == 4 and first.iloc[0] == 1 and first.iloc[-1] == 1
    assert likert.counts.iloc[2].iloc[0] == 2


def test_separate_yes_no_questions_form_one_table_a_question_a_row(numbered):
    yesno = [t for t in survey_tables(numbered) if t.kind == "yesno"]
    assert len(yesno) == 1
    assert yesno[0].title == "Kyllä/ei-kysymykset" and yesno[0].labels == list(YES_NO)
    assert yesno[0].counts.loc[list(YES_NO)[1]].tolist()[:2] == [1, 3]


def test_options_with_inflected_abbreviations_stay_in_their_multiple_choice_question(numbered):
    multiple = [t for t in survey_tables(numbered) if t.kind == "multiple"]
    assert len(multiple) == 1 and set(multiple[0].labels) == {"THL:n tai TTL:n verkkosivut", "Uutiskirjeet"}


def test_shared_wording_needs_three_words_and_drops_question_numbers():
    assert shared_wording(["12. Onko organisaatiosi ottanut X?", "13. Onko alueellasi ollut Y?"]) == ("", [])
    stem, items = shared_wording(["Q1. Miten hyvin ohjelma edisti a?", "Q2) Miten hyvin ohjelma edisti b c?"])
    assert stem == "Miten hyvin ohjelma edisti …" and items == ["A", "B c"]
    assert split_stem("18. Mistä olet saanut tietoa?: THL:n sivut") == ("18. Mistä olet saanut tietoa?", "THL:n sivut")
