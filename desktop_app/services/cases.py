"""Creating, opening and describing a case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.case_terms import MIN_PASSPHRASE, REFUSAL_TYPES
from desktop_app.errors import InvalidInputError
from desktop_app.messages import N_, _, translated
from desktop_app.store import casefile, copying
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import CaseInfo

DEADLINE_RULES = ("earliest", "notice_date", "received_date", "application_date")
MAX_RULE_DAYS = 3650
EDITABLE_FIELDS = frozenset(
    {
        "title",
        "post",
        "visa_class",
        "refusal_type",
        "notes",
        "deadline_rule",
        "inquiry_wait_days",
        "followup_interval_days",
        "workbook_answer",
    }
)


@dataclass(frozen=True)
class CaseInfoView:
    title: str
    post: str | None
    visa_class: str | None
    refusal_type: str
    notes: str
    deadline_rule: str
    inquiry_wait_days: int
    followup_interval_days: int
    workbook_answer: str
    created_at: dt.datetime


def create_case(
    path: Path,
    title: str,
    *,
    post: str | None = None,
    visa_class: str | None = None,
    refusal_type: str = "unknown",
    passphrase: str | None = None,
) -> CaseFile:
    """Create a new case file holding one case, and return it open.

    With a ``passphrase`` the whole file is encrypted; without it nobody can open the case, so
    the caller must make sure the user has confirmed it.
    """
    _check_refusal_type(refusal_type)
    if not title.strip():
        raise InvalidInputError(_("A case needs a title, for example the applicant's name."))
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInputError(
            _("Choose a passphrase of at least {n} characters.").format(n=MIN_PASSPHRASE)
        )
    case = casefile.create(Path(path), passphrase=passphrase)
    try:
        with case.session() as s, s.begin():
            s.add(
                CaseInfo(
                    id=1,
                    title=title.strip(),
                    post=post,
                    visa_class=visa_class,
                    refusal_type=refusal_type,
                )
            )
    except BaseException:
        case.close()
        Path(path).unlink(missing_ok=True)
        raise
    return case


def open_case(path: Path, *, read_only: bool = False, passphrase: str | None = None) -> CaseFile:
    """Open an existing case file (upgrading an older one after a backup).

    A protected file without a ``passphrase`` raises ``PassphraseError`` with ``needed`` set, so
    the GUI can ask for it and try again.
    """
    return casefile.open_existing(Path(path), read_only=read_only, passphrase=passphrase)


def save_copy(case: CaseFile, target: Path) -> Path:
    """Save everything the open case holds as the new case file ``target``.

    This reads what is open, not the path: it still works after the case file was deleted or
    replaced behind VisaCase's back (``CaseFileGoneError``), which is when it is needed.
    """
    return copying.save_copy(case, Path(target))


def get_case_info(case: CaseFile) -> CaseInfoView:
    with case.session() as s:
        info = _info(s)
        return CaseInfoView(
            title=info.title,
            post=info.post,
            visa_class=info.visa_class,
            refusal_type=info.refusal_type,
            notes=info.notes,
            deadline_rule=info.deadline_rule,
            inquiry_wait_days=info.inquiry_wait_days,
            followup_interval_days=info.followup_interval_days,
            workbook_answer=info.workbook_answer,
            created_at=info.created_at,
        )


def update_case(case: CaseFile, **fields: object) -> CaseInfoView:
    """Change some of the case's own fields; unknown field names are a programming error."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    if "refusal_type" in fields:
        _check_refusal_type(str(fields["refusal_type"]))
    if "deadline_rule" in fields and fields["deadline_rule"] not in DEADLINE_RULES:
        raise InvalidInputError(
            _("The deadline rule must be one of {rules}.").format(rules=", ".join(DEADLINE_RULES))
        )
    case.require_writable()
    with case.session() as s, s.begin():
        info = _info(s)
        for name, value in fields.items():
            setattr(info, name, value)
    return get_case_info(case)


def set_rules(
    case: CaseFile,
    *,
    deadline_rule: str | None = None,
    inquiry_wait_days: int | None = None,
    followup_interval_days: int | None = None,
) -> CaseInfoView:
    """Change the post's rules for this case; ``None`` leaves a rule as it is.

    Posts differ on when the 221(g) year starts and how long to wait before asking about
    administrative processing (usually 60, 120 or 180 days), so any whole number of days is
    accepted — within ten years, which catches a typed extra zero.
    """
    changes: dict[str, object] = {}
    if deadline_rule is not None:
        changes["deadline_rule"] = deadline_rule
    for name, days, what in (
        ("inquiry_wait_days", inquiry_wait_days, N_("inquiry wait")),
        ("followup_interval_days", followup_interval_days, N_("follow-up interval")),
    ):
        if days is None:
            continue
        if not 1 <= days <= MAX_RULE_DAYS:
            raise InvalidInputError(
                _("The {what} must be between 1 and {most} days, not {days}.").format(
                    what=translated(what), most=MAX_RULE_DAYS, days=days
                )
            )
        changes[name] = days
    return update_case(case, **changes) if changes else get_case_info(case)


def _info(session: Session) -> CaseInfo:
    return session.scalars(select(CaseInfo)).one()


def _check_refusal_type(value: str) -> None:
    if value not in REFUSAL_TYPES:
        raise InvalidInputError(
            _("The refusal type must be one of {types}.").format(types=", ".join(REFUSAL_TYPES))
        )
