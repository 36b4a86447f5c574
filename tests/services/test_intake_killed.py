"""An import killed at any moment leaves a sound case: the files it had committed are there whole,
including those whose pages were still only in the write-ahead log when it was killed, and
those a checkpoint beside the import was copying.

The importer here commits after every file, so that each file's progress line means it is
committed and checkpoints run beside the import from its first file on."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desktop_app.services import cases, documents, integrity
from desktop_app.store import blobs
from tests.helpers import kill_after_lines
from tests.ingest import samples

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from desktop_app.services import cases, intake

    intake.COMMIT_EVERY = 0
    case = cases.open_case(Path(sys.argv[1]))
    files = sorted(Path(sys.argv[2]).iterdir())
    intake.take_in(case, files, progress=lambda done, total: print(done, flush=True))
    print("imported", flush=True)
    time.sleep(600)  # killed here, its case never closed
    """
)


def _drop(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        picture = samples.picture("JPEG", size=(1200 + n, 1600))
        (folder / f"scan-{n:02d}.jpg").write_bytes(picture)
    return folder


def _stored_whole(path: Path) -> int:
    case = cases.open_case(path)
    try:
        assert integrity.find_problems(case) == []
        views = documents.list_documents(case)
        with case.session() as s:
            assert all(blobs.verify(s, view.sha256) for view in views)
        return len(views)
    finally:
        case.close()


@pytest.mark.slow
def test_an_import_killed_once_it_has_finished_keeps_every_file(tmp_path: Path) -> None:
    path = tmp_path / "killed.visacase"
    cases.create_case(path, "Killed").close()
    drop = _drop(tmp_path / "drop", 12)

    kill_after_lines(IMPORTER, [str(path), str(drop)], 12 + 1)

    assert _stored_whole(path) == 12


@pytest.mark.slow
@pytest.mark.parametrize("files_done", [1, 5, 9])
def test_an_import_killed_halfway_leaves_a_sound_case(tmp_path: Path, files_done: int) -> None:
    path = tmp_path / "killed.visacase"
    cases.create_case(path, "Killed").close()
    drop = _drop(tmp_path / "drop", 12)

    kill_after_lines(IMPORTER, [str(path), str(drop)], files_done)

    assert files_done <= _stored_whole(path) <= 12
