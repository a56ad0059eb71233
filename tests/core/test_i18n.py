"""Core messages are translatable in the GUI but stay plain English strings for the CLI, JSON and
tests: ``N_`` returns a ``str`` that also carries its template and parameters."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from tyokyky_qda.core.errors import ImportFailed, UserError
from tyokyky_qda.core.i18n import Message, N_, message_of
from tyokyky_qda.core.model import Section, Source


def test_a_message_is_its_english_text():
    m = N_("{code}: applied to {share:.1%} of units", code="Tavoitteet/T1", share=0.0712)
    assert m == "Tavoitteet/T1: applied to 7.1% of units"
    assert isinstance(m, str) and isinstance(m, Message)
    assert m.template == "{code}: applied to {share:.1%} of units"
    assert m.params == {"code": "Tavoitteet/T1", "share": 0.0712}
    assert json.dumps({"warnings": [m]}) == '{"warnings": ["Tavoitteet/T1: applied to 7.1% of units"]}'
    assert f"⚠ {m}" == "⚠ Tavoitteet/T1: applied to 7.1% of units"


def test_without_parameters_braces_are_literal():
    assert N_("case_name must contain {id}") == "case_name must contain {id}"


def test_copies_and_pickles_keep_the_template():
    m = N_("no source with id {id}", id=7)
    for other in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert other == m and other.template == m.template and other.params == {"id": 7}


def test_exceptions_print_english_and_keep_the_message():
    exc = UserError(N_("a case named {name!r} exists already", name="H1"))
    assert str(exc) == "a case named 'H1' exists already"
    assert message_of(exc).template == "a case named {name!r} exists already"
    assert message_of(ValueError("plain")) == "plain" and not isinstance(message_of(ValueError("x")), Message)


def test_agreement_warnings_read_as_before(project):
    sid = project.add_source(Source(name="s", text="A" * 1000, kind="text"), [Section(0, 1000, "paragraph")]).id
    code = project.add_code("Harvinainen").id
    project.add_coding(sid, code, 0, 20, coder="A")
    project.add_coding(sid, code, 5, 20, coder="B")
    from tyokyky_qda.analysis.agreement import compute_agreement

    warnings = compute_agreement(project, ["A", "B"])["warnings"]
    assert warnings == [
        "overall: codes cover 2.0% of the (unit, code) decisions, so percent agreement mostly measures agreement "
        "on uncoded text",
        "Harvinainen: applied to 2.0% of units; percent agreement is dominated by uncoded text — read kappa/alpha "
        "instead"]
    assert all(isinstance(w, Message) for w in warnings)
    with pytest.raises(UserError) as caught:
        compute_agreement(project, ["A", "Z"])
    assert str(caught.value) == "no coder named Z (coders: A, B)"


def test_import_report_messages_stay_english_in_json(project, tmp_path):
    from tyokyky_qda.ingest.registry import import_paths

    srt = tmp_path / "haastattelu.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:03,000\nH1: Yhteistyö parani.\n\n2\nrikki\nteksti\n", encoding="utf-8")
    empty = tmp_path / "tyhja.txt"
    empty.write_text("", encoding="utf-8")
    report = import_paths(project, [srt, empty])
    data = json.loads(json.dumps(report.as_dict()))
    assert [w["message"] for w in data["warnings"]] == ["1 block(s) without a valid timing line skipped"]
    assert [f["error"] for f in data["failed"]] == ["the file is empty"]
    assert isinstance(report.warnings[0]["message"], Message) and isinstance(report.failed[0]["error"], Message)


def test_nested_reasons_stay_messages():
    exc = ImportFailed(N_("corrupt or truncated {what} ({error})", what=N_("Word document"), error="bad zip"))
    assert str(exc) == "corrupt or truncated Word document (bad zip)"
    assert isinstance(message_of(exc).params["what"], Message)


def test_reports_written_by_the_core_use_the_finnish_catalogue():
    from tyokyky_qda.core.i18n import N_, catalogue, in_language

    warning = N_("{code}: applied to {share:.1%} of units; percent agreement is dominated by "
                 "uncoded text — read kappa/alpha instead", code="Tavoitteet/T1", share=0.028)
    assert catalogue("fi") and catalogue("en") == {}
    finnish = in_language(warning, "fi")
    assert finnish.startswith("Tavoitteet/T1: koodattu 2,8\u00a0%") and "kappa" in finnish
    assert in_language(warning, "en") == str(warning)
    assert in_language("plain text", "fi") == "plain text"
