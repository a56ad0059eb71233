"""Builders of coded test projects shaped like the evaluation report's Table 4 and Table 3.

Imported by tests/analysis and tests/export (their conftest puts this folder on sys.path).
"""

from __future__ import annotations

from tyokyky_qda.core.model import Coding, Section, Source

GROUPS = {
    "Yksilölliset ja oikea-aikaiset työkyvyn ja työllistämisen palvelut": [
        "Osatyökykyisten vaikuttavan työllistämisen malli",
        "TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit",
        "Työkykykoordinaattorit",
    ],
    "Työkyvyn ja työllistymisen tukeminen": [
        "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta",
        "Tuetun työllistämisen menetelmät",
        "Ammattilaisten osaamisen vahvistaminen",
    ],
    "Työllistymisen vauhdittaminen": [
        "Työkanava Oy",
        "Hankinnoilla työllistäminen",
        "YYO – Yhteiskunnallisten yritysten osaamiskeskus",
    ],
}
MEASURES = [m for ms in GROUPS.values() for m in ms]
GOALS = ["T1", "T2", "T3", "T4", "T5", "T6", "T7"]

# Per measure and goal, the segments coded there; each string is one goal segment and says
# which effect codes overlap it: "S" direct, "V" indirect, "SV" both on the same words, "" none.
CELLS: dict[str, dict[str, list[str]]] = {
    "Osatyökykyisten vaikuttavan työllistämisen malli": {"T1": ["S"], "T2": ["S"], "T3": ["V"], "T4": ["V"], "T5": ["V"]},
    "TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit": {"T1": ["S", "S"], "T2": ["S"], "T3": ["S"], "T4": ["V"],
                                                             "T5": ["V"], "T7": ["V"]},
    "Työkykykoordinaattorit": {"T1": ["S"], "T2": ["V", "S"], "T3": ["S"], "T4": ["V"], "T5": ["S"]},
    "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta": {"T1": ["S"], "T2": ["SV"], "T3": ["S"], "T6": [""]},
    "Tuetun työllistämisen menetelmät": {"T2": ["S"], "T3": ["S"], "T4": ["S", ""], "T5": ["V"], "T7": ["V"]},
    "Ammattilaisten osaamisen vahvistaminen": {"T1": ["S"], "T2": [""], "T3": ["S"]},
    "Työkanava Oy": {"T4": ["V"], "T5": ["V", ""], "T7": ["S"]},
    "Hankinnoilla työllistäminen": {"T2": ["V"], "T4": ["V"], "T5": ["S"], "T7": ["V"]},
    "YYO – Yhteiskunnallisten yritysten osaamiskeskus": {"T2": ["V"], "T3": ["V"], "T4": ["V"], "T5": ["V"],
                                                         "T7": ["V"]},
}
DIRECT, INDIRECT = "Suora vaikutus", "Välillinen vaikutus"


def expected_effect(specs: list[str]) -> str:
    """The cell an evaluator expects: direct wins over indirect; no effect code gives ""."""
    joined = "".join(specs)
    return DIRECT if "S" in joined else INDIRECT if "V" in joined else ""


def goal_code(project, prefix: str) -> int:
    """The id of goal T1..T7 of the default codebook."""
    tavoitteet = project.resolve_code("Tavoitteet")
    return next(c.id for c in project.children_of(tavoitteet) if c.name.startswith(prefix + " "))


def code_by_name(project, name: str) -> int:
    """The id of the code with this name (unique in the default codebook)."""
    return next(c.id for c in project.codes() if c.name == name)


def build_table4_project(project, coder: str = "tester") -> dict:
    """Code three interviews (one per measure group) so the effect matrix is Table 4-shaped.

    Each measure gets a passage of turns coded with the measure; each goal segment is one turn
    coded with the goal, with effect codes on part of it. Returns ids for the tests.
    """
    effect = {"S": code_by_name(project, DIRECT), "V": code_by_name(project, INDIRECT)}
    codings, info = [], {"sources": [], "segments": {}}
    for n, (group, measures) in enumerate(GROUPS.items(), start=1):
        parts, sections, pending = [], [], []
        pos, clock = 0, 0.0
        for measure in measures:
            passage_start = pos
            for goal, specs in CELLS[measure].items():
                for k, spec in enumerate(specs):
                    speaker = "Haastattelija" if k % 2 else f"Haastateltava {n}"
                    line = (f"{speaker}: Toimenpide {measure} vaikutti tavoitteeseen {goal} näin, "
                            f"esimerkki {k + 1}; työkykykoordinaattorit ja palvelut kehittyivät.\n")
                    body_start = pos + len(speaker) + 2
                    sections.append(Section(pos, pos + len(line) - 1, "turn", speaker=speaker, start_time=clock))
                    pending.append((measure, goal, spec, body_start, pos + len(line) - 1))
                    parts.append(line)
                    pos += len(line)
                    clock += 37.0
            pending.append((measure, None, None, passage_start, pos - 1))
            # A turn between measures, coded with nothing: keeps passages from touching.
            gap = "Haastattelija: Siirrytään seuraavaan aiheeseen.\n"
            parts.append(gap)
            pos += len(gap)
        text = "".join(parts)
        sid = project.add_source(Source(name=f"Haastattelu {n}", text=text, kind="transcript"), sections,
                                 attributes={"Alue": ["Pirkanmaa", "Pohjois-Karjala", "Varsinais-Suomi"][n - 1]}).id
        info["sources"].append(sid)
        for measure, goal, spec, start, end in pending:
            if goal is None:
                codings.append(Coding(sid, code_by_name(project, measure), start, end, coder=coder))
                continue
            codings.append(Coding(sid, goal_code(project, goal), start, end, coder=coder))
            info["segments"].setdefault((measure, goal), []).append((sid, start, end))
            for letter in spec:
                # Effect codes on a part of the goal segment, as a coder would mark the key phrase.
                codings.append(Coding(sid, effect[letter], start + 5, end - 5, coder=coder))
    project.add_codings(codings)
    return info


# -- a Table 3-shaped survey -------------------------------------------------------------------
TABLE3_STEM = "Työkykykoordinaattoreiden lisäämisen vaikutukset"
# Per item, the answers of nine respondents, written out by hand (K = Kyllä, E = Ei, ? = En osaa sanoa).
TABLE3_ANSWERS = {
    "Työkyvyn tuen tarpeen tunnistaminen": "KKKKKKEEE",
    "Yksilölliset palvelut": "KKKKEEEEE",
    "Oikea-aikaiset palvelut": "KKKEEEE??",
    "Uudet toimintamallit": "KKEEEEE??",
    "Ammattilaisten osaamisen vahvistaminen": "KKKKKKKE?",
    "Osatyökykyisille soveltuvien työpaikkojen syntyminen": "KKEEEE???",
    "Rekrytointikynnyksen madaltaminen": "KEEEEE???",
}
ANSWER_TEXT = {"K": "Kyllä", "E": "Ei", "?": "En osaa sanoa"}
LIKERT_STEM = "Tavoitteiden keskeisyys"
LIKERT_ANSWERS = {
    "Työkyvyn tuen tarpeen tunnistaminen": "5544332?1",
    "Työnantajapalvelut ja rekrytointi": "555554??4",
}
SOURCES_STEM = "Tietolähteet"
SOURCE_CHOICES = {  # option → respondents (1-based) who chose it
    "Yhteistyöverkostot ja kollegat": {1, 2, 3, 4, 5, 6, 7},
    "Uutiskirjeet": {2, 4, 6},
    "Sosiaalinen media": {5},
}
ORGANISATIONS = ["TE-toimisto", "Hyvinvointialue", "TE-toimisto", "Kela", "Järjestö", "Hyvinvointialue",
                 "TE-toimisto", "Järjestö", "Kela"]
OPEN_QUESTION = "Mitä muuta haluat sanoa työkykyohjelmasta?"


def build_survey_project(project) -> dict:
    """Nine respondents stored as the survey importer does: a case per respondent linked to its
    survey-answer source; closed questions as case attributes; the open answer as an "answer"
    section coded with a question code under "Kysely" (and, for some, with a goal code)."""
    kysely = project.add_code("Kysely").id
    question_code = project.add_code(OPEN_QUESTION, kysely).id
    project.define_attribute("Organisaatio", "text")
    for stem, items in ((TABLE3_STEM, TABLE3_ANSWERS), (LIKERT_STEM, LIKERT_ANSWERS)):
        for item in items:
            project.define_attribute(f"{stem}: {item}", "text")
    for option in SOURCE_CHOICES:
        project.define_attribute(f"{SOURCES_STEM}: {option}", "boolean")
    t1 = goal_code(project, "T1")
    info = {"cases": [], "sources": []}
    for i in range(9):
        name = f"R{i + 1:03d}"
        answer = f"Vastaaja {name} kertoo: palvelut paranivat ja työkykykoordinaattori auttoi paljon."
        text = f"{OPEN_QUESTION}\n{answer}\n"
        start = len(OPEN_QUESTION) + 1
        sid = project.add_source(Source(name=name, text=text, kind="survey-answer"),
                                 [Section(start, start + len(answer), "answer", label=OPEN_QUESTION)]).id
        cid = project.add_case(name).id
        project.link_case(cid, sid)
        project.set_attribute("case", cid, "Organisaatio", ORGANISATIONS[i])
        for item, answers in TABLE3_ANSWERS.items():
            project.set_attribute("case", cid, f"{TABLE3_STEM}: {item}", ANSWER_TEXT[answers[i]])
        for item, answers in LIKERT_ANSWERS.items():
            value = "En osaa sanoa" if answers[i] == "?" else answers[i]
            project.set_attribute("case", cid, f"{LIKERT_STEM}: {item}", value)
        for option, chosen in SOURCE_CHOICES.items():
            project.set_attribute("case", cid, f"{SOURCES_STEM}: {option}", (i + 1) in chosen)
        project.add_coding(sid, question_code, start, start + len(answer), origin="autocode")
        if ORGANISATIONS[i] == "TE-toimisto":
            project.add_coding(sid, t1, start, start + 20)
        info["cases"].append(cid)
        info["sources"].append(sid)
    return info
