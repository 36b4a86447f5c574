"""The case's open deadlines as an iCalendar file (RFC 5545) for the user's own calendar.

Each open deadline is an all-day event with a reminder a week before (a day before for one that
is less than a week away). Its UID is derived from the case (the moment it was created, which
survives copies and renames) and the deadline's identity (its key), not from its date, so
importing the file again after the date moved updates the entry instead of adding a second one.
Met, missed and moot deadlines are left out: there is nothing left to be reminded of.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.deadlines import OPEN, Deadline, day
from desktop_app.errors import UserFacingError
from desktop_app.messages import _
from desktop_app.services import cases, timeline
from desktop_app.services.packet_files import check_output
from desktop_app.store.casefile import CaseFile

UID_DOMAIN = "visacase.invalid"


def uid(case_identity: str, deadline: Deadline) -> str:
    digest = hashlib.sha256(f"{case_identity}\0{deadline.key}".encode()).hexdigest()[:24]
    return f"{deadline.key.replace(':', '-')}-{digest}@{UID_DOMAIN}"


def calendar_bytes(case_identity: str, title: str, found: list[Deadline], today: dt.date) -> bytes:
    import icalendar  # a tenth of a second to load: only when a calendar is written

    cal = icalendar.Calendar()
    cal.add("prodid", f"-//VisaCase//VisaCase {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"VisaCase — {title}")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for deadline in (d for d in found if d.state == OPEN and d.due >= today):
        event = icalendar.Event()
        event.add("uid", uid(case_identity, deadline))
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + dt.timedelta(days=1))
        event.add("summary", f"{deadline.label} — {title}")
        event.add(
            "description",
            _("Due {due}: {rule}; {basis}.").format(
                due=day(deadline.due), rule=deadline.rule, basis=deadline.basis
            ),
        )
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add(
            "description",
            _("{label} due {due}").format(label=deadline.label, due=day(deadline.due)),
        )
        before = 7 if deadline.days_left(today) >= 7 else 1
        alarm.add("trigger", dt.timedelta(days=-before))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(case: CaseFile, dest: Path, today: dt.date) -> int:
    """Write the open deadlines to ``dest``; returns how many went in."""
    check_output(case, dest)
    info = cases.get_case_info(case)
    found = timeline.deadlines(case, today)
    data = calendar_bytes(info.created_at.isoformat(), info.title, found, today)
    try:
        dest.write_bytes(data)
    except OSError as exc:
        raise UserFacingError(
            _("Could not write {path}: {error}.").format(path=dest, error=exc.strerror or exc)
        ) from exc
    return data.count(b"BEGIN:VEVENT")
