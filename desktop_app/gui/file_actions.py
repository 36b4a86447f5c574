"""New case and Open case: each opens its case in a new window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import UserFacingError
from desktop_app.services import applicants, cases

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

OPEN_WINDOWS: list[MainWindow] = []


def new_case(window: MainWindow) -> MainWindow | None:
    answer = window.dialogs.new_case()
    if answer is None:
        return None
    path = window.dialogs.save_path(
        window.tr("Save the new case as"), f"{answer.title}.visacase", "VisaCase case (*.visacase)"
    )
    if path is None:
        return None
    if path.suffix != ".visacase":
        path = path.with_name(path.name + ".visacase")
    try:
        case = cases.create_case(
            path,
            answer.title,
            post=answer.post or None,
            visa_class=answer.visa_class or None,
            refusal_type=answer.refusal_type,
        )
        is_dv = answer.case_id[:2] != "AA"
        applicants.add_applicant(
            case,
            answer.applicant,
            visa_class=answer.visa_class or None,
            application_id=None if is_dv else answer.case_id or None,
            case_number=answer.case_id if is_dv and answer.case_id else None,
        )
    except UserFacingError as exc:
        window.dialogs.inform(window.tr("New case"), exc.message)
        return None
    return _show(window, case)


def open_case(window: MainWindow, path: Path | None = None) -> MainWindow | None:
    path = path or window.dialogs.open_path(window.tr("Open case"))
    if path is None:
        return None
    try:
        case = cases.open_case(path)
    except UserFacingError as exc:
        window.dialogs.inform(window.tr("Open case"), exc.message)
        return None
    return _show(window, case)


def _show(window: MainWindow, case: cases.CaseFile) -> MainWindow:
    from desktop_app.gui.main_window import MainWindow

    other = MainWindow(case, dialogs=window.dialogs)
    OPEN_WINDOWS.append(other)
    other.destroyed.connect(lambda: OPEN_WINDOWS.remove(other) if other in OPEN_WINDOWS else None)
    other.show()
    return other
