"""Killing VisaCase while it imports and exports never leaves half a packet or half a document."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pikepdf
import pytest

from desktop_app.services import cases, documents, integrity
from tests.helpers import kill_after_lines

WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import pikepdf
    from desktop_app.services import cases, export, intake

    folder = Path(sys.argv[2])
    case = cases.open_case(Path(sys.argv[1]))
    for n in range(1000):
        pdf = pikepdf.new()
        for _ in range(8):
            pdf.add_blank_page()
        source = folder / f"doc-{sys.argv[3]}-{n}.pdf"
        pdf.save(source)
        intake.take_in(case, [source])
        export.export_packet(case, folder / "packet.pdf")
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_during_import_and_export_leaves_only_whole_files(tmp_path: Path) -> None:
    path = tmp_path / "kill.visacase"
    cases.create_case(path, "Kill test").close()
    rng = random.Random(8)
    target = tmp_path / "packet.pdf"

    for round_no in range(20):
        kill_after_lines(WORKER, [str(path), str(tmp_path), str(round_no)], rng.randint(0, 2))

        case = cases.open_case(path)
        try:
            assert integrity.find_problems(case) == []
            assert all(d.page_count == 8 for d in documents.list_documents(case))
        finally:
            case.close()
        if target.exists():
            with pikepdf.open(target) as packet:
                assert len(packet.pages) >= 8
