"""The 214(b) workbook's readiness: what blocks a new application and what deserves a thought."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain import workbook
from desktop_app.domain.workbook import Change, readiness

TODAY = dt.date(2026, 11, 22)
ALL = frozenset(workbook.KEYS)
PROMOTED = Change(1, "Promoted to branch manager in May 2026", (4,))
HOUSE = Change(2, "Bought a flat in Quezon City", ())
ANSWER = "Since March I manage the Cebu branch and own my flat, so my life is firmly here."


def _ready(done=ALL, changes=(PROMOTED,), answer=ANSWER, **kw) -> workbook.Readiness:
    options = {"refusal_type": "214b", "refused_on": dt.date(2026, 1, 10), "today": TODAY} | kw
    return readiness(done, list(changes), answer, **options)


def test_the_six_points_follow_the_brief_in_order() -> None:
    assert workbook.KEYS == (
        "refusal_type",
        "root_cause",
        "what_changed",
        "ds160_consistent",
        "evidence",
        "answer",
    )
    assert all(p.hint for p in workbook.POINTS)


def test_a_complete_workbook_is_ready_with_nothing_to_warn_about() -> None:
    assert _ready() == workbook.Readiness(True, (), ())


def test_not_ready_while_nothing_changed_has_evidence() -> None:
    result = _ready(changes=(HOUSE,))
    assert not result.ready
    assert result.blockers == ("nothing changed has evidence",)


def test_each_change_without_evidence_is_named_once_some_have_it() -> None:
    assert _ready(changes=(PROMOTED, HOUSE)).blockers == (
        "no evidence yet for: Bought a flat in Quezon City",
    )


def test_missing_data_is_named_instead_of_the_bare_point() -> None:
    result = _ready(done=frozenset(), changes=(), answer=" ")
    assert result.blockers == (
        "not done: Refusal type identified",
        "not done: Honest root cause written down",
        "nothing is written down as changed since the refusal",
        "not done: New DS-160 checked for consistency",
        "not done: Evidence of each change gathered",
        "no one-sentence answer yet",
    )


def test_reapplying_weeks_later_with_nothing_proven_gets_a_gentle_warning() -> None:
    soon = _ready(changes=(HOUSE,), refused_on=TODAY - dt.timedelta(days=8))
    assert soon.warnings == (
        "The refusal was only 8 days ago. Reapplying soon with nothing really changed "
        "generally ends the same way.",
    )
    proven = _ready(refused_on=TODAY - dt.timedelta(days=30))
    assert proven.warnings == (
        "The refusal was only 30 days ago. Make sure the changes are real and settled, "
        "not just planned.",
    )
    assert _ready(refused_on=TODAY - dt.timedelta(days=workbook.RECENT_REFUSAL_DAYS)).warnings == ()


@pytest.mark.parametrize(
    ("refusal_type", "words"),
    [("221g", "not a final decision"), ("unknown", "not recorded as 214(b)"), ("214b", None)],
)
def test_the_refusal_type_of_the_case_is_questioned_when_it_is_not_214b(
    refusal_type: str, words: str | None
) -> None:
    warnings = _ready(refusal_type=refusal_type).warnings
    assert (words is None and warnings == ()) or (len(warnings) == 1 and words in warnings[0])


@pytest.mark.parametrize(
    "answer",
    [
        "I was promoted. I bought a flat.",
        " ".join(["word"] * (workbook.MAX_ANSWER_WORDS + 1)) + ".",
    ],
)
def test_an_answer_longer_than_one_sentence_is_flagged_but_does_not_block(answer: str) -> None:
    result = _ready(answer=answer)
    assert result.ready
    assert result.warnings == ("Keep the answer to one sentence of at most 40 words.",)


def test_the_reminders_say_the_prior_refusal_must_be_disclosed() -> None:
    assert any("must disclose the prior refusal" in r for r in workbook.REMINDERS)
    assert "not legal advice" in workbook.NOTICE


def test_abbreviations_do_not_count_as_sentences() -> None:
    answer = "Since 2025 I run the U.S. Embassy canteen in Manila, a 5-year contract."
    assert _ready(answer=answer).warnings == ()


def test_a_pasted_answer_becomes_one_line() -> None:
    assert workbook.tidy_answer("  I now run\nthe Cebu branch.\n") == "I now run the Cebu branch."
