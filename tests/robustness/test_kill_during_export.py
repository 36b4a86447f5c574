"""Killing VisaCase while it imports and exports never leaves half a packet or half a document.

A child process imports 8-page PDFs and exports the packet over and over, saying which step it
is starting. Each round kills it with SIGKILL at a random moment inside one of the two steps —
half the rounds inside an import, half inside an export — then checks the case file: sound,
every document whole (8 pages, bytes matching their checksum), and the packet at the destination
either absent or a whole PDF. ``VISACASE_KILLS=200`` runs a longer version.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pikepdf
import pytest

from desktop_app.services import cases, documents, integrity

KILLS = int(os.environ.get("VISACASE_KILLS", "20"))
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
        print("import", flush=True)
        intake.take_in(case, [source])
        print("export", flush=True)
        export.export_packet(case, folder / "packet.pdf")
        print("done", flush=True)
    """
)


def _kill_inside(step: str, args: list[str], rng: random.Random) -> None:
    """Start the worker, let it finish 0-1 rounds, then kill it a moment after ``step`` starts."""
    rounds = rng.randint(0, 1)
    with subprocess.Popen(
        [sys.executable, "-c", WORKER, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        assert child.stdout is not None
        seen = 0
        while seen <= rounds:
            line = child.stdout.readline()
            assert line, "the worker died before it was killed"
            seen += line.strip() == step
        time.sleep(rng.uniform(0, 0.05 if step == "import" else 0.3))
        child.send_signal(signal.SIGKILL)


def _assert_whole(path: Path, packet: Path) -> None:
    case = cases.open_case(path)
    try:
        assert integrity.find_problems(case) == []
        for doc in documents.list_documents(case):
            with pikepdf.open(
                documents.write_document_bytes(case, doc.id, path.with_suffix(".pdf"))
            ) as pdf:
                assert doc.page_count == len(pdf.pages) == 8
    finally:
        case.close()
    if packet.exists():
        assert packet.read_bytes().rstrip().endswith(b"%%EOF")
        with pikepdf.open(packet) as pdf:
            assert len(pdf.pages) >= 8


@pytest.mark.slow
def test_sigkill_during_import_and_export_leaves_only_whole_files(tmp_path: Path) -> None:
    path = tmp_path / "kill.visacase"
    cases.create_case(path, "Kill test").close()
    rng = random.Random(8)

    for round_no in range(KILLS):
        step = ("import", "export")[round_no % 2]
        _kill_inside(step, [str(path), str(tmp_path), str(round_no)], rng)
        _assert_whole(path, tmp_path / "packet.pdf")

    assert (tmp_path / "packet.pdf").exists()
