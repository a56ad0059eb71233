"""Fixtures for REFI-QDA tests: the shared samples and schemas, and a rich project."""

from pathlib import Path

import pytest
from lxml import etree

from tyokyky_qda.core.model import Section, Source

REFI = Path(__file__).resolve().parents[2].parent / "shared" / "refi-qda"


@pytest.fixture(scope="session")
def refi_dir():
    if not REFI.exists():
        pytest.skip("../shared/refi-qda is not beside the repository")
    return REFI


@pytest.fixture(scope="session")
def project_schema(refi_dir):
    return etree.XMLSchema(etree.parse(str(refi_dir / "schemas" / "Project-mrt2019.xsd")))


@pytest.fixture(scope="session")
def codebook_schema(refi_dir):
    return etree.XMLSchema(etree.parse(str(refi_dir / "schemas" / "Codebook-mrt2019.xsd")))


RICH_TEXT = ("[00:00:05] Haastattelija: Miten työkykykoordinaattori auttoi? 👋🏽\n"
             "[00:00:12] Liisa Esimerkki: Tunnistettiin tuen tarve e\u0301 ajoissa 🇫🇮 ja sain palvelut.\n"
             "Rivi kolme: loppu.")


@pytest.fixture
def rich(tk_project):
    p = tk_project
    text = RICH_TEXT
    split = text.index("\n") + 1
    sid = p.add_source(Source(name="H01 – haastattelu", text=text, kind="transcript"),
                       [Section(0, split - 1, "turn", speaker="Haastattelija", start_time=5),
                        Section(split, len(text), "turn", speaker="Liisa Esimerkki", start_time=12)],
                       attributes={"Alue": "Pirkanmaa", "Päivä": "2022-11-08", "Kesto": 62, "Litteroitu": True}).id
    t1 = p.resolve_code("Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen")
    direct = p.resolve_code("Vaikutukset/Suora vaikutus")
    start = text.index("Tunnistettiin")
    end = text.index("🇫🇮") + 2
    c1 = p.add_coding(sid, t1, start, end, coder="Aino", memo="keskeinen").id
    p.add_coding(sid, direct, start, end, coder="Ville")
    p.add_coding(sid, t1, text.index("👋🏽"), text.index("👋🏽") + 2, coder="Ville")
    p.add_memo("Koodauksen muistio", "coding", c1, title="M1")
    p.add_memo("Lähteen muistio", "source", sid)
    p.add_memo("Koodin muistio", "code", t1)
    p.add_memo("Projektin muistio ✓", "project", None, title="Projekti")
    case = p.add_case("Liisa Esimerkki", "haastateltava").id
    p.link_case(case, sid, split, len(text))
    p.set_attribute("case", case, "Ikä", 52)
    p.add_memo("Tapauksen muistio", "case", case)
    p.add_set("Pirkanmaan aineisto", [("source", sid), ("code", t1)])
    return p, sid
