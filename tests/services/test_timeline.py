"""The deadlines settle against the requested items, listed once by a caller that has them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop_app.services import notices, timeline
from desktop_app.store.casefile import CaseFile

TODAY = dt.date(2026, 9, 1)


def _reply(found: list) -> tuple[str, str]:
    [reply] = [d for d in found if d.key == "reply"]
    return reply.state, reply.reason


def test_the_requested_items_a_caller_passes_are_the_ones_the_reply_is_settled_against(
    case: CaseFile,
) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18))
    notices.add_requested_item(case, code="other", label="Bank statements")
    listed = notices.list_requested_items(case)
    submitted = [dataclasses.replace(item, submitted_on=TODAY) for item in listed]

    assert timeline.deadlines(case, TODAY, requested=listed) == timeline.deadlines(case, TODAY)
    assert _reply(timeline.deadlines(case, TODAY)) == ("open", "still to send: Bank statements")
    assert _reply(timeline.deadlines(case, TODAY, requested=submitted)) == (
        "met",
        "documents submitted 01 Sep 2026",
    )
