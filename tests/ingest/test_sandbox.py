"""Untrusted files are opened in a child process that has a time and a memory bound; a file past
either bound is refused with a reason, and the files after it still open.

The picture used is real and legitimate (58 megapixels, decoded to check it is whole); the
bounds are made small so that it stands in for a file that loops or asks for gigabytes.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.errors import UserFacingError
from desktop_app.ingest import ocr, pdf_file, sandbox
from desktop_app.ingest.opening import OpenedFile
from desktop_app.ingest.sandbox import FileReader
from desktop_app.packet import placing
from tests.ingest import samples, scans
from tests.processes import alive_in_group, gone_soon, needs_proc

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def heavy_picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("heavy") / "scan.png"
    Image.new("RGB", (9000, 6500), (250, 250, 250)).save(path, "PNG", compress_level=1)
    return path


def _small_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "letter.pdf"
    path.write_bytes(samples.pdf(2))
    return path


def test_a_file_that_takes_too_long_is_refused_and_the_next_one_opens(
    heavy_picture: Path, tmp_path: Path
) -> None:
    with FileReader(time_limit=0.05) as reader:
        with pytest.raises(UserFacingError) as refused:
            reader.open(heavy_picture, tmp_path)
        reader.time_limit = sandbox.TIME_LIMIT
        opened = reader.open(_small_pdf(tmp_path), tmp_path)

    assert refused.value.message.startswith("this file took too long to open — it may be damaged")
    assert (opened.media_type, opened.pages) == ("application/pdf", 2)


def test_a_file_that_needs_more_memory_than_allowed_is_refused_and_the_next_one_opens(
    heavy_picture: Path, tmp_path: Path
) -> None:
    with FileReader(memory_limit=250 << 20) as reader:
        with pytest.raises(UserFacingError) as refused:
            reader.open(heavy_picture, tmp_path)
        opened = reader.open(_small_pdf(tmp_path), tmp_path)

    assert refused.value.message.startswith("this file needs more memory to open than VisaCase")
    assert opened.pages == 2


def test_a_batch_goes_on_past_a_file_that_blows_its_bound(
    heavy_picture: Path, tmp_path: Path
) -> None:
    letter = _small_pdf(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    with FileReader(memory_limit=250 << 20) as reader:
        answers = list(reader.open_each([letter, heavy_picture, letter], work))

    assert [path for path, _ in answers] == [letter, heavy_picture, letter]
    first, refused, last = (opened for _, opened in answers)
    assert isinstance(first, OpenedFile) and isinstance(last, OpenedFile)
    assert (first.pages, last.pages) == (2, 2)
    assert first.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert refused == sandbox.TOO_BIG


def test_the_same_picture_opens_within_the_ordinary_bounds(
    heavy_picture: Path, tmp_path: Path
) -> None:
    with FileReader() as reader:
        opened = reader.open(heavy_picture, tmp_path)
    assert (opened.media_type, opened.source) == ("image/png", heavy_picture)


def test_a_converted_picture_comes_back_as_a_file_in_the_work_folder(tmp_path: Path) -> None:
    photo = tmp_path / "photo.heic"
    photo.write_bytes(samples.picture("HEIF"))
    work = tmp_path / "work"
    work.mkdir()
    with FileReader() as reader:
        opened = reader.open(photo, work)
    assert opened.media_type == "image/jpeg"
    assert opened.source.parent == work
    assert opened.source.read_bytes().startswith(b"\xff\xd8\xff")


def test_a_reader_killed_while_opening_a_file_refuses_that_file_and_the_next_one_opens(
    heavy_picture: Path, tmp_path: Path
) -> None:
    with FileReader() as reader:
        reader.open(_small_pdf(tmp_path), tmp_path)  # the reader is up
        killer = threading.Timer(0.2, os.kill, (reader.pid, signal.SIGKILL))  # as the OOM killer
        killer.start()
        with pytest.raises(UserFacingError) as refused:
            reader.open(heavy_picture, tmp_path)
        killer.join()
        opened = reader.open(_small_pdf(tmp_path), tmp_path)

    assert refused.value.message.startswith("this file stopped the reader that opens it")
    assert opened.pages == 2


def test_a_reader_that_went_away_between_files_is_replaced(tmp_path: Path) -> None:
    with FileReader() as reader:
        reader.open(_small_pdf(tmp_path), tmp_path)
        os.kill(reader.pid, signal.SIGKILL)
        os.waitpid(reader.pid, 0)
        assert reader.open(_small_pdf(tmp_path), tmp_path).pages == 2


def test_the_reader_refuses_in_the_language_of_the_app_that_started_it(tmp_path: Path) -> None:
    """A spawned child starts in English; it is handed the parent's language."""
    from desktop_app import messages

    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    messages.use("es")
    with FileReader() as reader, pytest.raises(UserFacingError) as refused:
        reader.open(empty, tmp_path)
    assert refused.value.message == "este archivo está vacío"


@needs_proc
@pytest.mark.skipif(not ocr.available(), reason="needs Tesseract")
def test_a_reader_ended_while_tesseract_reads_for_it_leaves_no_tesseract_behind(
    tmp_path: Path,
) -> None:
    """A Tesseract left running would read on for up to a minute, slowing the next reader and
    making what later OCR returns depend on what ran before."""
    scan = scans.picture_of(["Consular Section, Manila"] * 60, tmp_path / "scan.png")
    with FileReader() as reader:
        reader.open(_small_pdf(tmp_path), tmp_path)  # the reader is up
        group = reader.pid
        assert group is not None

        def tesseract_started() -> bool:
            return "tesseract" in alive_in_group(group)

        found = reader.read_text(scan, "image/png", 1, can_ocr=True, cancelled=tesseract_started)

        assert found is None
        assert gone_soon(group, within=1.0) == []  # killed: gone in milliseconds


def test_the_reader_opens_files_ahead_and_each_files_parts_stay_while_the_caller_holds_it(
    tmp_path: Path,
) -> None:
    """The caller holds the first answer while the reader opens the files after it; every
    repaired copy (each named after "statement.pdf") is still the one of its own file when the
    caller comes to it, however far ahead the reader went."""
    files = []
    for n in range(sandbox.AHEAD + 4):
        folder = tmp_path / "drop" / str(n)
        folder.mkdir(parents=True)
        files.append(folder / "statement.pdf")
        files[-1].write_bytes(b"UPDF-1" + samples.pdf(n + 1)[6:])  # its header lost: repaired
    work = tmp_path / "work"
    work.mkdir()

    def copies() -> int:
        return len(list(work.glob("*/statement.pdf-repaired.pdf")))

    pages_on_disk = []
    with FileReader(placer=placing.for_import) as reader:
        answers = reader.open_each(files, work)
        for n, (_path, opened) in enumerate(answers):
            if n == 0:
                deadline = time.monotonic() + 30
                while copies() < sandbox.AHEAD + 2 and time.monotonic() < deadline:
                    time.sleep(0.01)
                ahead = copies()
            assert isinstance(opened, OpenedFile)
            pages_on_disk.append(pdf_file.page_count(opened.source))

    assert ahead == sandbox.AHEAD + 2  # the one held, AHEAD answered, and one opening
    assert pages_on_disk == list(range(1, len(files) + 1))


def test_a_caller_that_stops_early_leaves_no_feeding_thread_and_the_reader_serves_on(
    tmp_path: Path,
) -> None:
    letter = _small_pdf(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    with FileReader() as reader:
        answers = reader.open_each([letter] * (sandbox.AHEAD * 3), work)
        next(answers)
        answers.close()
        feeding = [t for t in threading.enumerate() if t.name == sandbox.FEEDER]
        assert reader.open(letter, tmp_path).pages == 2
    assert feeding == []


@needs_proc
def test_a_reader_loads_the_heic_library_only_once_a_heic_photo_comes(tmp_path: Path) -> None:
    """Loading it costs the reader 10-20 ms of start-up; most imports bring no HEIC photo."""
    photo = tmp_path / "photo.heic"
    photo.write_bytes(samples.picture("HEIF"))

    def loaded() -> bool:
        return "_pillow_heif" in Path(f"/proc/{reader.pid}/maps").read_text()

    with FileReader() as reader:
        reader.open(_small_pdf(tmp_path), tmp_path)
        before = loaded()
        reader.open(photo, tmp_path)
        after = loaded()

    assert (before, after) == (False, True)


@needs_proc
def test_a_reader_left_waiting_loads_the_email_and_pdf_libraries_before_the_first_pdf_comes(
    tmp_path: Path,
) -> None:
    """Once it is AHEAD files ahead of the caller it would sit idle; the first PDF then finds
    them loaded instead of waiting a fifth of a second."""
    photos = []
    for n in range(sandbox.AHEAD + 2):
        photos.append(tmp_path / f"photo-{n}.jpg")
        photos[-1].write_bytes(samples.picture("JPEG"))
    work = tmp_path / "work"
    work.mkdir()

    def loaded() -> bool:
        return "pikepdf" in Path(f"/proc/{reader.pid}/maps").read_text()

    with FileReader(placer=placing.for_import) as reader:
        answers = reader.open_each(photos, work)
        next(answers)
        deadline = time.monotonic() + 30
        while not loaded() and time.monotonic() < deadline:
            time.sleep(0.01)
        held = loaded()
        rest = list(answers)

    assert held
    assert all(isinstance(opened, OpenedFile) for _path, opened in rest)
    assert len(rest) == len(photos) - 1


def test_a_warm_up_that_cannot_load_a_library_leaves_it_to_the_file_that_needs_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No traceback reaches the app's standard error from the warm-up's thread."""
    escaped: list[object] = []
    monkeypatch.setattr(threading, "excepthook", escaped.append)
    serving = sandbox.Serving(sandbox._Deferred("desktop_app.errors", "no_such_placer"))

    assert serving((sandbox.WARM_UP, None, None)) == ("warm", None)

    for thread in [t for t in threading.enumerate() if t.name == sandbox.WARM_UP]:
        thread.join(10)
    assert escaped == []


def test_a_reader_closed_while_its_files_are_still_being_taken_starts_no_other(
    tmp_path: Path,
) -> None:
    """As when the caller's storing fails and the reader is closed on the way out."""
    letter = _small_pdf(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    reader = FileReader()
    answers = reader.open_each([letter] * (sandbox.AHEAD * 3), work)
    next(answers)

    reader.close()

    assert [t for t in threading.enumerate() if t.name == sandbox.FEEDER] == []
    assert reader.pid is None
    answers.close()
