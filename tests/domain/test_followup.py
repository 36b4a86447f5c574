"""The follow-up email's wording follows where the case stands."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.followup import Person, Situation, draft

ANA = Person("Ana Reyes", "AA00B7QPGN", "P4821937A", dt.date(1990, 2, 3))
TODAY = dt.date(2026, 11, 22)


def test_a_case_in_processing_asks_for_an_update_and_counts_the_wait() -> None:
    mail = draft([ANA], "U.S. Embassy Manila", Situation(submitted=dt.date(2026, 9, 2)), TODAY)
    assert mail.subject == "Status inquiry — 221(g) administrative processing — AA00B7QPGN"
    assert "submitted on 02 September 2026, 81 days ago" in mail.body


def test_after_the_year_it_asks_the_post_and_promises_nothing() -> None:
    situation = Situation(submitted=dt.date(2026, 10, 1), reply_missed_on=dt.date(2026, 9, 1))
    mail = draft([ANA], "", situation, TODAY)
    assert mail.subject == (
        "Question about a 221(g) request after the one-year period — AA00B7QPGN"
    )
    assert "the period to respond ended on 01 September 2026" in mail.body
    assert "The requested documents were submitted on 01 October 2026." in mail.body
    assert "whether the requested documents can still be accepted, or whether a new" in mail.body


def test_a_214b_case_writes_about_the_new_application() -> None:
    refused = dt.date(2026, 1, 10)
    before = draft([ANA], "", Situation("214b", refused_214b=refused), TODAY)
    assert before.subject == "Status inquiry — new visa application — AA00B7QPGN"
    assert "I am preparing a new visa application" in before.body
    assert "221(g)" not in before.body

    after = draft([ANA], "", Situation("214b", refused_214b=refused, reapplied=TODAY), TODAY)
    assert "new visa application(s) below, submitted on 22 November 2026" in after.body
    assert "refused under Section 214(b) on 10 January 2026" in after.body
