"""``CaseFile.action()``: the services called inside one user action commit together or not at
all, on the thread that runs the action."""

from __future__ import annotations

import threading

import pytest

from desktop_app.errors import CaseFileReadOnlyError
from desktop_app.services import applicants, cases
from desktop_app.store.casefile import CaseFile


class HalfwayError(RuntimeError):
    pass


def test_a_failure_after_two_services_undoes_both(case: CaseFile) -> None:
    with pytest.raises(HalfwayError), case.action():
        cases.update_case(case, title="Renamed")
        applicants.add_applicant(case, "Ana Reyes")
        raise HalfwayError
    assert cases.get_case_info(case).title == "Test case"
    assert applicants.list_applicants(case) == []


def test_without_a_failure_everything_is_saved_once_the_action_ends(case: CaseFile) -> None:
    with case.action():
        cases.update_case(case, title="Renamed")
        with case.action():  # a service that is an action itself joins the outer one
            applicants.add_applicant(case, "Ana Reyes")
        assert [p.name for p in applicants.list_applicants(case)] == ["Ana Reyes"]
    case.close()
    with cases.open_case(case.path, read_only=True) as reopened:
        assert cases.get_case_info(reopened).title == "Renamed"
        assert [p.name for p in applicants.list_applicants(reopened)] == ["Ana Reyes"]


def test_another_thread_is_not_drawn_into_the_action(case: CaseFile) -> None:
    seen: list[str] = []
    with case.action():
        cases.update_case(case, title="Renamed")
        other = threading.Thread(target=lambda: seen.append(cases.get_case_info(case).title))
        other.start()
        other.join()
    assert seen == ["Test case"]  # the other thread reads what is committed, not the action


def test_a_read_only_case_refuses_an_action(case: CaseFile) -> None:
    case.close()
    with (
        cases.open_case(case.path, read_only=True) as reader,
        pytest.raises(CaseFileReadOnlyError),
        reader.action(),
    ):
        pytest.fail("a read-only case ran an action")
