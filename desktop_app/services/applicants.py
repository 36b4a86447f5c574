"""The people on a case: a principal applicant and, often, family members."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.domain.case_terms import ROLES
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.messages import _
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Applicant

EDITABLE_FIELDS = frozenset(
    {
        "name",
        "role",
        "visa_class",
        "application_id",
        "case_number",
        "passport_number",
        "date_of_birth",
        "email",
        "phone",
        "position",
    }
)


@dataclass(frozen=True)
class ApplicantView:
    id: int
    name: str
    role: str
    visa_class: str | None
    application_id: str | None
    case_number: str | None
    passport_number: str | None
    date_of_birth: dt.date | None
    email: str
    phone: str
    position: int

    @property
    def numbers(self) -> tuple[str, ...]:
        """Their passport number, application ID and case number, those they have: what a
        masked screen hides."""
        return tuple(n for n in (self.passport_number, self.application_id, self.case_number) if n)

    @classmethod
    def of(cls, row: Applicant) -> ApplicantView:
        return cls(
            id=row.id,
            name=row.name,
            role=row.role,
            visa_class=row.visa_class,
            application_id=row.application_id,
            case_number=row.case_number,
            passport_number=row.passport_number,
            date_of_birth=row.date_of_birth,
            email=row.email,
            phone=row.phone,
            position=row.position,
        )


def add_applicant(
    case: CaseFile,
    name: str,
    *,
    role: str = "principal",
    visa_class: str | None = None,
    application_id: str | None = None,
    case_number: str | None = None,
    passport_number: str | None = None,
    date_of_birth: dt.date | None = None,
) -> int:
    if not name.strip():
        raise InvalidInputError(_("An applicant needs a name."))
    _check_role(role)
    case.require_writable()
    with case.session() as s, s.begin():
        position = s.scalar(select(func.coalesce(func.max(Applicant.position), -1))) + 1
        row = Applicant(
            name=name.strip(),
            role=role,
            visa_class=visa_class,
            application_id=application_id,
            case_number=case_number,
            passport_number=passport_number,
            date_of_birth=date_of_birth,
            position=position,
        )
        s.add(row)
        s.flush()
        return row.id


def list_applicants(case: CaseFile) -> list[ApplicantView]:
    """Principal first, then in the order they were added."""
    with case.session() as s:
        rows = s.scalars(
            select(Applicant).order_by(Applicant.role != "principal", Applicant.position)
        )
        return [ApplicantView.of(row) for row in rows]


def get_applicant(case: CaseFile, applicant_id: int) -> ApplicantView:
    with case.session() as s:
        row = s.get(Applicant, applicant_id)
        if row is None:
            raise NotFoundError(
                _("There is no applicant {id} in this case.").format(id=applicant_id)
            )
        return ApplicantView.of(row)


def update_applicant(case: CaseFile, applicant_id: int, **fields: object) -> ApplicantView:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    if "role" in fields:
        _check_role(str(fields["role"]))
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(Applicant, applicant_id)
        if row is None:
            raise NotFoundError(
                _("There is no applicant {id} in this case.").format(id=applicant_id)
            )
        for name, value in fields.items():
            setattr(row, name, value)
    return get_applicant(case, applicant_id)


def remove_applicant(case: CaseFile, applicant_id: int) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(Applicant, applicant_id)
        if row is None:
            raise NotFoundError(
                _("There is no applicant {id} in this case.").format(id=applicant_id)
            )
        s.delete(row)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidInputError(_("An applicant's role is either principal or dependent."))
