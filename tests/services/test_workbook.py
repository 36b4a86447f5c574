"""The workbook kept in the case file: ticks, changes with their evidence, the answer."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.services import cases, documents, events, notices, workbook
from desktop_app.store.casefile import CaseFile

TODAY = dt.date(2026, 11, 22)


def _document(case: CaseFile, name: str) -> int:
    return documents.add_document(case, f"%PDF-1.4 {name}".encode(), original_name=name).id


def test_a_new_case_has_six_open_points_and_is_not_ready(case: CaseFile) -> None:
    view = workbook.show(case, TODAY)
    assert [p.done for p in view.points] == [False] * 6
    assert (view.changes, view.answer, view.readiness.ready) == ((), "", False)


def test_ticks_are_kept_and_can_be_taken_back(case: CaseFile) -> None:
    workbook.set_point(case, "root_cause", True)
    workbook.set_point(case, "refusal_type", True)
    workbook.set_point(case, "root_cause", False)

    done = [p.key for p in workbook.show(case, TODAY).points if p.done]
    assert done == ["refusal_type"]


def test_an_unknown_point_is_refused_with_the_known_ones(case: CaseFile) -> None:
    with pytest.raises(InvalidInputError, match="use one of refusal_type, root_cause"):
        workbook.set_point(case, "luck", True)


def test_changes_are_added_reworded_linked_and_removed(case: CaseFile) -> None:
    contract = _document(case, "contract.pdf")
    payslip = _document(case, "payslip.pdf")
    promoted = workbook.add_change(case, "  Promoted\nto manager ")
    flat = workbook.add_change(case, "Bought a flat")

    workbook.edit_change(case, promoted, "Promoted to branch manager in May 2026")
    workbook.link_evidence(case, promoted, payslip)
    workbook.link_evidence(case, promoted, contract)
    workbook.link_evidence(case, promoted, contract)
    workbook.link_evidence(case, flat, payslip)
    workbook.unlink_evidence(case, flat, payslip)

    assert [(c.text, c.evidence) for c in workbook.list_changes(case)] == [
        ("Promoted to branch manager in May 2026", (contract, payslip)),
        ("Bought a flat", ()),
    ]
    workbook.remove_change(case, promoted)
    assert [c.id for c in workbook.list_changes(case)] == [flat]
    assert {d.id for d in documents.list_documents(case)} == {contract, payslip}


def test_removing_a_document_takes_it_out_of_the_evidence(case: CaseFile) -> None:
    payslip = _document(case, "payslip.pdf")
    change = workbook.add_change(case, "New job")
    workbook.link_evidence(case, change, payslip)

    documents.remove_document(case, payslip)

    assert workbook.list_changes(case)[0].evidence == ()


def test_bad_ids_and_empty_text_say_what_is_wrong(case: CaseFile) -> None:
    change = workbook.add_change(case, "New job")
    with pytest.raises(NotFoundError, match="no 'what changed' entry 99"):
        workbook.edit_change(case, 99, "x")
    with pytest.raises(NotFoundError, match="no document 7"):
        workbook.link_evidence(case, change, 7)
    with pytest.raises(InvalidInputError, match="Say what changed"):
        workbook.add_change(case, " \n ")
    workbook.set_point(case, "answer", True)
    point_row = 2
    with pytest.raises(NotFoundError):
        workbook.remove_change(case, point_row)


def test_the_answer_is_kept_on_one_line_and_can_be_cleared(case: CaseFile) -> None:
    assert workbook.set_answer(case, "I now run\nthe Cebu branch.") == "I now run the Cebu branch."
    assert cases.get_case_info(case).workbook_answer == "I now run the Cebu branch."
    assert workbook.set_answer(case, "  ") == ""


def test_a_complete_workbook_is_ready(case: CaseFile) -> None:
    cases.update_case(case, refusal_type="214b")
    for key in ("refusal_type", "root_cause", "what_changed", "ds160_consistent", "evidence"):
        workbook.set_point(case, key, True)
    workbook.set_point(case, "answer", True)
    change = workbook.add_change(case, "Promoted to branch manager")
    workbook.link_evidence(case, change, _document(case, "contract.pdf"))
    workbook.set_answer(case, "I was promoted to manage the branch I work at.")

    readiness = workbook.show(case, TODAY).readiness
    assert (readiness.ready, readiness.blockers, readiness.warnings) == (True, (), ())


def test_the_latest_214b_refusal_dates_the_too_soon_warning(case: CaseFile) -> None:
    cases.update_case(case, refusal_type="214b")
    events.record_event(case, "refusal_214b", dt.date(2026, 3, 1))
    notices.record_notice(case, refusal_type="214b", notice_date=dt.date(2026, 11, 12))
    notices.record_notice(case, refusal_type="221g", notice_date=dt.date(2026, 11, 20))

    warnings = workbook.show(case, TODAY).readiness.warnings
    assert warnings == (
        "The refusal was only 10 days ago. Reapplying soon with nothing really changed "
        "generally ends the same way.",
    )
