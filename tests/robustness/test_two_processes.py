"""Two VisaCase processes on one case file: the second is told so plainly, the first goes on.

The first process holds the case open for writing (as a case window does). A second ``visacase``
command that wants to change the case gets one line saying the case is open elsewhere, and
changes nothing; one that only reads (``list``, ``check``) gets a read-only view, and so does a
second window (``tests/gui/app/test_welcome.py`` shows the offer). The first process then writes and
closes as if nothing happened.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pikepdf
import pytest

from desktop_app.services import cases, documents, integrity
from tests.helpers import run_visacase

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_app.services import cases, documents

    case = cases.open_case(Path(sys.argv[1]))
    documents.add_document(case, b"first process, before", original_name="before.txt")
    print("holding", flush=True)
    sys.stdin.readline()
    documents.add_document(case, b"first process, after", original_name="after.txt")
    case.close()
    print("closed", flush=True)
    """
)


@pytest.mark.slow
def test_a_second_process_is_told_plainly_and_the_first_is_unharmed(tmp_path: Path) -> None:
    path = tmp_path / "shared.visacase"
    cases.create_case(path, "Shared").close()
    letter = tmp_path / "letter.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(letter)

    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as first:
        assert first.stdin is not None and first.stdout is not None
        assert first.stdout.readline() == "holding\n"

        for change in (("add", path, letter), ("remove", path, "1"), ("applicant", path, "Ana")):
            refused = run_visacase(*change, timeout=60)
            assert refused.returncode == 2
            assert refused.stdout == ""
            assert refused.stderr == (
                "visacase: shared.visacase is already open in another VisaCase window or "
                "command. Close it there first.\n"
            )
        looked = run_visacase("list", path, timeout=60)
        assert looked.returncode == 0 and "before" in looked.stdout
        assert run_visacase("check", path, timeout=60).returncode == 0

        first.stdin.write("go on\n")
        first.stdin.flush()
        assert first.stdout.readline() == "closed\n"
        assert first.wait(timeout=30) == 0

    case = cases.open_case(path)
    try:
        assert [d.original_name for d in documents.list_documents(case)] == [
            "before.txt",
            "after.txt",
        ]
        assert integrity.find_problems(case) == []
    finally:
        case.close()
