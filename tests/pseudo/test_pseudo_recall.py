"""Recall of planted identifiers on the Finnish fixtures, in both NLP tiers (issue 9's bar).

Recall counts a planted identifier as found when one finding of the same category covers all of
it. The bar: at least 0.95 overall, and no valid identity code, e-mail or phone number missed;
identity codes with a wrong check character or date are never findings.
"""

import fi_fixtures
import fi_fixtures_heldout
import pytest
from pseudo_helpers import TIERS

from tyokyky_qda.pseudo import review, scan
from tyokyky_qda.pseudo.detect import DetectOptions, detect_text
from tyokyky_qda.pseudo.nlp_tier import load_ner_model

MUST_NOT_MISS = ("hetu", "email", "phone")
SCORED = ("person", "hetu", "phone", "email", "address")


def score(pairs):
    """(recall, missed [(text, kind)], flagged bad codes) over (text, gold, findings) triples."""
    total, hit, missed, bad = 0, 0, [], []
    for text, gold, found in pairs:
        for start, end, kind in gold:
            if kind == "bad-hetu":
                if any(f.start < end and start < f.end for f in found):
                    bad.append(text[start:end])
                continue
            if kind not in SCORED:
                continue
            total += 1
            if any(f.start <= start and end <= f.end and f.category == kind for f in found):
                hit += 1
            else:
                missed.append((text[start:end], kind))
    return hit / total, missed, bad


@pytest.mark.parametrize("fixture", [fi_fixtures, fi_fixtures_heldout], ids=["dev", "heldout"])
@pytest.mark.parametrize("tier", TIERS)
def test_recall_per_text(tier, fixture):
    model = load_ner_model("fi", tier)
    pairs = []
    for _, _, marked in fixture.documents():
        text, gold = fixture.parse(marked)
        pairs.append((text, gold, detect_text(text, model, DetectOptions())))
    recall, missed, bad = score(pairs)
    print(f"\n{tier} {fixture.__name__}: recall {recall:.3f}, missed {missed}")
    assert recall >= 0.95, missed
    assert not [m for m in missed if m[1] in MUST_NOT_MISS], missed
    assert bad == []


@pytest.mark.parametrize("tier", TIERS)
def test_recall_over_a_project_and_one_entity_per_person(fi_project, tier):
    project, gold = fi_project
    result = scan.detect_project(project, tier=tier)
    assert result.tier == tier
    pairs = [(project.source_text(sid), spans, review.list_findings(project, source_id=sid))
             for sid, spans in gold.items()]
    recall, missed, bad = score(pairs)
    assert recall >= 0.95 and bad == [], missed
    assert not [m for m in missed if m[1] in MUST_NOT_MISS]
    by_text = {f.text: f for f in review.list_findings(project)}
    # Inflected forms of one person are one entity, with one pseudonym across sources.
    virtanen = {by_text[t].entity_id for t in ("Matti Virtanen", "Virtasen", "Virtaselle", "Virtaselta")}
    korhonen = {by_text[t].entity_id for t in ("Pekka Korhonen", "Korhosen", "Korhoselle")}
    assert len(virtanen) == 1 and len(korhonen) == 1 and virtanen != korhonen
    assert by_text["Virtaselta"].replacement == by_text["Matti Virtanen"].replacement
    assert by_text["131052-308T"].category == "hetu" and by_text["131052-308T"].replacement == "[Henkilötunnus 1]"
    persons = sorted({f.entity_number for f in review.list_findings(project, category="person")})
    assert persons == list(range(1, len(persons) + 1))  # numbered 1..n in order of appearance
    assert by_text["Liisa"].replacement == "[Henkilö 1]"
