"""What goes to a PDF print queue: exactly the chosen pages of the packet, as one PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop_app.errors import UserFacingError
from desktop_app.services.printing import (
    PrintCancelledError,
    chosen_pages,
    page_count,
    page_list,
    write_pages,
)


def _source(path: Path, first: int, pages: int) -> Path:
    canvas = Canvas(str(path), invariant=1)
    for n in range(first, first + pages):
        canvas.drawString(72, 700, f"packet page {n}")
        canvas.showPage()
    canvas.save()
    return path


def _text(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page.strip() for page in text.split("\f") if page.strip()]


def test_no_range_means_every_page() -> None:
    assert chosen_pages([], 4) == (1, 2, 3, 4)


def test_ranges_are_kept_in_order_once_each_and_cut_at_the_last_page() -> None:
    assert chosen_pages([(2, 3), (3, 4), (6, 99)], 7) == (2, 3, 4, 6, 7)


def test_a_range_wholly_past_the_end_says_how_many_pages_there_are() -> None:
    with pytest.raises(UserFacingError, match="has 14 pages; choose pages between 1 and 14"):
        chosen_pages([(20, 25)], 14)


def test_a_page_list_reads_like_a_print_dialog_range() -> None:
    assert page_list((2, 3, 4, 7, 9, 10)) == "2–4, 7, 9–10"
    assert page_list((5,)) == "5"


def test_the_chosen_pages_of_a_split_packet_become_one_pdf(tmp_path) -> None:
    parts = [_source(tmp_path / "part1.pdf", 1, 2), _source(tmp_path / "part2.pdf", 3, 3)]
    reported: list[tuple[int, int]] = []

    job = write_pages(
        parts, (2, 3), tmp_path / "job.pdf", lambda *step: reported.append(step), lambda: False
    )

    assert page_count(parts) == 5
    assert _text(job) == ["packet page 2", "packet page 3"]
    assert reported == [(1, 2), (2, 2)]


def test_a_job_of_some_pages_carries_only_what_those_pages_use(tmp_path) -> None:
    canvas = Canvas(str(tmp_path / "in.pdf"), invariant=1)
    for n in range(3):
        canvas.drawString(72, 700, f"page {n + 1}")
        if n == 2:  # only the last page is heavy
            canvas.drawString(72, 650, "x" * 4000)
        canvas.showPage()
    canvas.save()

    job = write_pages(
        [tmp_path / "in.pdf"], (1,), tmp_path / "job.pdf", lambda *_: None, lambda: False
    )

    assert job.stat().st_size < (tmp_path / "in.pdf").stat().st_size / 2
    with pikepdf.open(job) as pdf:
        assert len(pdf.pages) == 1


def test_cancelling_stops_before_anything_is_sent(tmp_path) -> None:
    done: list[int] = []

    with pytest.raises(PrintCancelledError):
        write_pages(
            [_source(tmp_path / "in.pdf", 1, 4)],
            (1, 2, 3, 4),
            tmp_path / "job.pdf",
            lambda n, _: done.append(n),
            lambda: bool(done),
        )

    assert done == [1]
    assert not (tmp_path / "job.pdf").exists()


def test_an_unreadable_packet_is_a_message(tmp_path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"not a pdf")

    with pytest.raises(UserFacingError, match="could not be read"):
        page_count([tmp_path / "broken.pdf"])
