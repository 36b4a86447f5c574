"""Whole cases told step by step, with what must hold after each step (on a fixed clock).

The same journeys drive the command line (tests/cli/test_journeys_cli.py) and the case window
(tests/gui/case_window/test_journeys_window.py). Each step runs ``visacase`` commands (``CASE``
stands for the case file, ``PDF`` for a one-page PDF), then says, as of ``today``: each
applicant's phase and its days, the state of every deadline there is (by key), and words the
reasons, the status bar, the command's output or the follow-up draft must contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.domain.test_ceac import LONG_REFUSED, SHORT_REFUSED

Command = tuple[str, ...]
ISSUED = "Status: Issued\nYour visa is in final processing."
LABELS = {
    "reply": "221(g) reply",
    "inquiry": "Inquiry about processing",
    "followup": "Next follow-up",
}


def page(last_updated: str) -> str:
    """A whole CEAC page whose only change from one paste to the next is "Case Last Updated"."""
    return (
        "Nonimmigrant Visa (NIV)\nApplication ID or Case Number: AA00B7QPGN\n"
        f"Case Created: 10-Jan-2026\nCase Last Updated: {last_updated}\nStatus:\n{LONG_REFUSED}"
        "\nClose Print"
    )


def status(on: str, text: str, applicant: str = "1") -> tuple[Command, str]:
    return ("status", "add", "CASE", "--on", on, "--applicant", applicant), text


def event(kind: str, on: str, *more: str) -> tuple[Command, str]:
    return ("event", "add", "CASE", "--kind", kind, "--on", on, *more), ""


def run(*argv: str, stdin: str = "") -> tuple[Command, str]:
    return tuple(argv), stdin


@dataclass(frozen=True)
class Step:
    commands: tuple[tuple[Command, str], ...]
    today: str
    phases: dict[str, tuple[str, int]]
    states: dict[str, str]
    reasons: dict[str, str] = field(default_factory=dict)
    due: dict[str, str] = field(default_factory=dict)
    status_bar: str = ""
    said: str = ""
    """Words the last command prints."""
    followup: tuple[str, ...] = ()
    history: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Journey:
    name: str
    setup: tuple[tuple[Command, str], ...]
    steps: tuple[Step, ...]
    opens_on: str = "Preview"


H1B_DROPBOX = Journey(
    "H-1B dropbox",
    (
        run("new", "CASE", "--title", "H-1B dropbox", "--refusal-type", "221g"),
        run("applicant", "CASE", "Ana Reyes", "--application-id", "AA00B7QPGN"),
    ),
    (
        Step(
            (status("2026-01-05", "Status: Application Received"),),
            "2026-01-06",
            {"Ana Reyes": ("application submitted", 1)},
            {},
            status_bar="No deadline ahead",
        ),
        Step(
            (status("2026-01-09", LONG_REFUSED),),
            "2026-01-10",
            {"Ana Reyes": ("administrative processing", 1)},
            {"inquiry": "open"},
            due={"inquiry": "2026-03-10"},
            status_bar="Inquiry about processing due 10 Mar 2026 — 59 days",
        ),
        Step(
            (
                run("notice", "CASE", "--date", "2026-01-12", "--colour", "pink"),
                run("request", "add", "CASE", "--code", "bank_statements"),
            ),
            "2026-01-13",
            {"Ana Reyes": ("221(g): documents requested", 1)},
            {"reply": "open", "inquiry": "open"},
            reasons={"reply": "still to send: Bank statements"},
            due={"reply": "2027-01-12"},
        ),
        Step(
            (
                run("add", "CASE", "PDF", "--kind", "bank_statement"),
                run("request", "link", "CASE", "1", "1"),
                event("documents_submitted", "2026-01-19", "--applicant", "1"),
            ),
            "2026-01-20",
            {"Ana Reyes": ("documents submitted", 1)},
            {"reply": "met", "inquiry": "open", "followup": "open"},
            reasons={"reply": "documents submitted 19 Jan 2026"},
            due={"inquiry": "2026-03-20", "followup": "2026-02-02"},
            status_bar="Next follow-up due 02 Feb 2026 — 13 days",
        ),
        Step(
            (status("2026-02-02", "Status: Administrative Processing"),),
            "2026-02-10",
            {"Ana Reyes": ("administrative processing", 8)},
            {"reply": "met", "inquiry": "open", "followup": "open"},
            due={"followup": "2026-02-16"},
        ),
        Step(
            (status("2026-02-23", "Status: Approved"),),
            "2026-02-24",
            {"Ana Reyes": ("approved", 1)},
            {"reply": "met", "inquiry": "moot", "followup": "moot"},
            reasons={"inquiry": "visa approved 23 Feb 2026"},
        ),
        Step(
            (status("2026-02-25", ISSUED),),
            "2026-03-01",
            {"Ana Reyes": ("issued", 4)},
            {"reply": "met", "inquiry": "moot", "followup": "moot"},
            reasons={"inquiry": "visa issued 25 Feb 2026", "followup": "visa issued 25 Feb 2026"},
            status_bar="No deadline ahead — 221(g) reply met — documents submitted 19 Jan 2026",
            followup=("Follow-ups no longer apply: visa issued 25 Feb 2026.",),
            history={
                "Ana Reyes": (
                    ("application submitted", 4),
                    ("administrative processing", 3),
                    ("221(g): documents requested", 7),
                    ("documents submitted", 14),
                    ("administrative processing", 21),
                    ("approved", 2),
                    ("issued", 4),
                )
            },
        ),
    ),
)

STATUS_FLAP = Journey(
    "status flap",
    (run("new", "CASE", "--title", "Flap"), run("applicant", "CASE", "Ben Ito")),
    (
        Step(
            (status("2026-03-01", "Status: Application Received"),),
            "2026-03-01",
            {"Ben Ito": ("application submitted", 0)},
            {},
        ),
        Step(
            (status("2026-03-03", SHORT_REFUSED),),
            "2026-03-03",
            {"Ben Ito": ("refused: see the letter", 0)},
            {},
        ),
        Step(
            (event("email_sent", "2026-03-04", "--note", "Asked what the letter means"),),
            "2026-03-04",
            {"Ben Ito": ("refused: see the letter", 1)},
            {"followup": "open"},
            due={"followup": "2026-03-18"},
        ),
        Step(
            (status("2026-03-06", "Status: Approved"),),
            "2026-03-07",
            {"Ben Ito": ("approved", 1)},
            {"followup": "moot"},
            reasons={"followup": "visa approved 06 Mar 2026"},
            history={
                "Ben Ito": (
                    ("application submitted", 2),
                    ("refused: see the letter", 3),
                    ("approved", 1),
                )
            },
        ),
    ),
)

ADMIN_PROCESSING = Journey(
    "administrative processing, only Case Last Updated moves",
    (
        run("new", "CASE", "--title", "Admin"),
        run("applicant", "CASE", "Chen Wu", "--application-id", "AA00B7QPGN"),
        run("notice", "CASE", "--date", "2026-01-12", "--admin-only"),
    ),
    (
        Step(
            (run("status", "add", "CASE", stdin=page("12-Jan-2026")),),
            "2026-01-20",
            {"Chen Wu": ("administrative processing", 8)},
            {"reply": "moot", "inquiry": "open"},
            reasons={"reply": "administrative processing only: no reply is due"},
            due={"inquiry": "2026-03-13"},
        ),
        Step(
            (run("status", "add", "CASE", stdin=page("10-Feb-2026")),),
            "2026-02-15",
            {"Chen Wu": ("administrative processing", 34)},
            {"reply": "moot", "inquiry": "open"},
            said="last updated: 2026-02-10",
        ),
        Step(
            (run("status", "add", "CASE", stdin=page("20-Mar-2026")),),
            "2026-03-25",
            {"Chen Wu": ("administrative processing", 72)},
            {"reply": "moot", "inquiry": "open"},
            reasons={"inquiry": "you may ask about processing now"},
            status_bar="Inquiry about processing from 13 Mar 2026 — you may ask about processing",
        ),
        Step(
            (event("email_sent", "2026-03-26", "--note", "Status inquiry"),),
            "2026-03-27",
            {"Chen Wu": ("administrative processing", 74)},
            {"reply": "moot", "inquiry": "met", "followup": "open"},
            reasons={"inquiry": "inquiry sent 26 Mar 2026"},
            due={"followup": "2026-04-09"},
        ),
    ),
)

LATE_APPLICANT = Journey(
    "a late applicant",
    (
        run("new", "CASE", "--title", "Late", "--refusal-type", "221g"),
        run("applicant", "CASE", "Dana Cruz"),
        run("notice", "CASE", "--date", "2024-03-01"),
        run("request", "add", "CASE", "--code", "police_certificate"),
    ),
    (
        Step(
            (),
            "2024-03-02",
            {"Dana Cruz": ("221(g): documents requested", 1)},
            {"reply": "open", "inquiry": "open"},
            reasons={"reply": "still to send: Police certificate"},
        ),
        Step(
            (),
            "2025-03-02",
            {"Dana Cruz": ("221(g): documents requested", 366)},
            {"reply": "missed", "inquiry": "open"},
            reasons={"reply": "the due date passed; still to send: Police certificate"},
            status_bar="221(g) reply MISSED — was due 01 Mar 2025, 1 day ago",
            followup=("Question about a 221(g) request after the one-year period",),
        ),
        Step(
            (
                run("add", "CASE", "PDF", "--kind", "police_certificate"),
                run("request", "link", "CASE", "1", "1"),
                event("documents_submitted", "2025-03-20"),
            ),
            "2025-03-21",
            {"Dana Cruz": ("documents submitted", 1)},
            {"reply": "missed", "inquiry": "open", "followup": "open"},
            reasons={
                "reply": "documents submitted 20 Mar 2025, 19 days after the due date: ask the "
                "post whether it took them"
            },
            said="19 days after the 221(g) reply was due (01 Mar 2025); it is recorded all the",
            status_bar="221(g) reply MISSED — was due 01 Mar 2025, 20 days ago",
            followup=("can still be accepted, or whether a new application is needed",),
        ),
    ),
)

SPLIT_FAMILY = Journey(
    "a family with split outcomes",
    (
        run("new", "CASE", "--title", "Lind family", "--refusal-type", "221g"),
        run("applicant", "CASE", "Eva Lind"),
        run("applicant", "CASE", "Finn Lind"),
        run("notice", "CASE", "--date", "2026-04-01"),
        event("documents_submitted", "2026-04-10"),
    ),
    (
        Step(
            (),
            "2026-04-11",
            {"Eva Lind": ("documents submitted", 1), "Finn Lind": ("documents submitted", 1)},
            {"reply": "met", "inquiry": "open", "followup": "open"},
        ),
        Step(
            (status("2026-05-01", ISSUED, "1"),),
            "2026-05-02",
            {"Eva Lind": ("issued", 1), "Finn Lind": ("documents submitted", 22)},
            {"reply": "met", "inquiry": "open", "followup": "open"},
            reasons={
                "inquiry": "Eva Lind: visa issued 01 May 2026; still waiting: Finn Lind "
                "(documents submitted)"
            },
        ),
        Step(
            (status("2026-05-03", LONG_REFUSED, "2"),),
            "2026-05-04",
            {"Eva Lind": ("issued", 3), "Finn Lind": ("administrative processing", 1)},
            {"reply": "met", "inquiry": "open", "followup": "open"},
            reasons={"followup": "still waiting: Finn Lind (administrative processing)"},
        ),
        Step(
            (status("2026-07-15", ISSUED, "2"),),
            "2026-07-16",
            {"Eva Lind": ("issued", 76), "Finn Lind": ("issued", 1)},
            {"reply": "met", "inquiry": "moot", "followup": "moot"},
            reasons={
                "inquiry": "Eva Lind: visa issued 01 May 2026; Finn Lind: visa issued 15 Jul 2026"
            },
        ),
    ),
)

REAPPLICATION_214B = Journey(
    "a 214(b) reapplication",
    (
        run("new", "CASE", "--title", "Gita", "--refusal-type", "214b"),
        run("applicant", "CASE", "Gita Rao", "--application-id", "AA00C4XYZ9"),
    ),
    (
        Step(
            (
                event("interview", "2026-01-10", "--applicant", "1"),
                event("refusal_214b", "2026-01-10", "--applicant", "1"),
            ),
            "2026-01-11",
            {"Gita Rao": ("refused under 214(b)", 1)},
            {},
            status_bar="No deadline ahead",
            followup=("new visa application", "refused under Section 214(b) on 10 January 2026"),
        ),
        Step(
            (event("email_sent", "2026-01-15", "--note", "Asked about reapplying"),),
            "2026-01-16",
            {"Gita Rao": ("refused under 214(b)", 6)},
            {"followup": "moot"},
            reasons={"followup": "refused under 214(b) 10 Jan 2026"},
        ),
        Step(
            (event("dropbox", "2026-06-01", "--applicant", "1"),),
            "2026-06-02",
            {"Gita Rao": ("application submitted", 1)},
            {"followup": "open"},
            due={"followup": "2026-06-04"},
            followup=(
                "Status inquiry — new visa application — AA00C4XYZ9",
                "submitted on 01 June 2026",
            ),
        ),
        Step(
            (status("2026-06-20", ISSUED),),
            "2026-06-21",
            {"Gita Rao": ("issued", 1)},
            {"followup": "moot"},
            reasons={"followup": "visa issued 20 Jun 2026"},
        ),
    ),
    opens_on="214(b) workbook",
)

LEAP_DAY_SLIP = Journey(
    "a slip dated 29 February",
    (
        run("new", "CASE", "--title", "Leap", "--refusal-type", "221g"),
        run("applicant", "CASE", "Hana Sato"),
        run("notice", "CASE", "--date", "2024-02-29"),
    ),
    (
        Step(
            (),
            "2025-02-28",
            {"Hana Sato": ("221(g): documents requested", 365)},
            {"reply": "open", "inquiry": "open"},
            due={"reply": "2025-02-28"},
            status_bar="221(g) reply due 28 Feb 2025 — today",
        ),
        Step(
            (),
            "2025-03-01",
            {"Hana Sato": ("221(g): documents requested", 366)},
            {"reply": "missed", "inquiry": "open"},
            status_bar="221(g) reply MISSED — was due 28 Feb 2025, 1 day ago",
        ),
    ),
)

JOURNEYS = (
    H1B_DROPBOX,
    STATUS_FLAP,
    ADMIN_PROCESSING,
    LATE_APPLICANT,
    SPLIT_FAMILY,
    REAPPLICATION_214B,
    LEAP_DAY_SLIP,
)
