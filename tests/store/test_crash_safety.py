"""A case file survives ``kill -9`` at any moment: each change is there whole, or not at all."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from desktop_app.services import cases, documents, events, integrity
from tests.helpers import kill_after_lines

WRITER = textwrap.dedent(
    """
    import datetime as dt, os, sys
    from pathlib import Path
    from desktop_app.services import cases, documents, events

    case = cases.open_case(Path(sys.argv[1]))
    rounds = int(sys.argv[2])
    for n in range(10_000):
        doc = documents.add_document(
            case, os.urandom(600_000), original_name=f"scan-{rounds}-{n}.jpg", kind="bank_statement"
        )
        events.record_event(case, "note", dt.date(2024, 1, 1), document_id=doc.id, note=str(n))
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_killing_a_writer_at_random_moments_never_damages_the_case(tmp_path: Path) -> None:
    path = tmp_path / "crash.visacase"
    cases.create_case(path, "Crash test").close()
    rng = random.Random(20261122)
    committed = 0

    for round_no in range(20):
        lines = rng.randint(1, 3)
        kill_after_lines(WRITER, [str(path), str(round_no)], lines)
        committed += lines

        case = cases.open_case(path)
        try:
            assert integrity.find_problems(case) == []
            docs = documents.list_documents(case)
            notes = events.list_events(case)
            assert len(docs) >= committed
            assert all(d.size == 600_000 for d in docs)
            assert {e.document_id for e in notes} <= {d.id for d in docs}
        finally:
            case.close()
