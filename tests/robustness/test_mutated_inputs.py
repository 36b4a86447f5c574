"""Hostile and broken files: each one is imported or refused with a reason, nothing escapes.

A seeded generator (``hostile_files``) makes a few of every trap — truncated, bit-flipped,
renamed and empty files, decompression bombs, encrypted PDFs, broken cross-reference tables,
TIFFs of hundreds of pages, deeply nested and badly encoded emails, Outlook, WebP and HEIC
files — and each goes through the same intake a drop uses, in a child process that gets at most
20 seconds and 3 GB per file. The case must pass ``visacase check`` afterwards, and the packet is
built from whatever got in. ``scripts/fuzz_import.py`` runs the same with thousands of files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.ingest import sandbox
from desktop_app.services import cases, intake
from desktop_app.store.casefile import CaseFile
from tests.helpers import run_visacase
from tests.robustness import hostile_files
from tests.robustness.import_runner import GRACE, ImportResult, run_imports
from tests.robustness.reasons import is_human

SEED = 20261122
PER_FAMILY = 4
TIME_LIMIT = sandbox.TIME_LIMIT
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inbox")
    made = hostile_files.generate(PER_FAMILY * len(hostile_files.FAMILIES), SEED)
    for file in made:
        (folder / file.name).write_bytes(file.data)
    return [folder / file.name for file in made]


@pytest.fixture(scope="module")
def imported(
    hostile: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[ImportResult]]:
    path = tmp_path_factory.mktemp("case") / "hostile.visacase"
    cases.create_case(path, "Hostile files").close()
    return path, run_imports(path, hostile, limit=TIME_LIMIT)


def test_every_file_is_imported_or_refused_within_its_time_and_memory(
    imported: tuple[Path, list[ImportResult]], hostile: list[Path]
) -> None:
    _, results = imported
    assert {r.path for r in results} == set(hostile)
    for r in results:
        assert r.status in {"added", "duplicate", "refused"}, (r.path.name, r.status)
        assert r.seconds < TIME_LIMIT + GRACE  # the reader's bound, then storing the file
    assert max(r.peak_mb for r in results) < 1500


def test_every_refusal_is_a_sentence_a_person_understands(
    imported: tuple[Path, list[ImportResult]],
) -> None:
    strange = {r.reason for r in imported[1] if r.status == "refused" and not is_human(r.reason)}
    assert not strange, (
        f"new or unclear refusal reasons (add them to reasons.py if fine): {strange}"
    )


def test_the_traps_get_the_reason_they_deserve(imported: tuple[Path, list[ImportResult]]) -> None:
    expected = {
        "empty.": "this file is empty",
        "bomb-": "too large to open safely",
        "encrypted-user.pdf": "password-protected",
        "encrypted-rc4.pdf": "password-protected",
        "pages-no-pages.pdf": "no pages",
    }
    checked = 0
    for result in imported[1]:
        name = result.path.name.split("-", 1)[1]
        for start, reason in expected.items():
            if name.startswith(start):
                assert result.status == "refused" and reason in result.reason, result
                checked += 1
        if name.startswith("whole."):  # every seed is a sound file of a supported format
            assert result.status in {"added", "duplicate"}, result
    assert checked >= 10


def test_every_seed_imports_so_the_traps_start_from_sound_files(
    case: CaseFile, tmp_path: Path
) -> None:
    seeds = hostile_files.seeds()
    for ext, data in seeds.items():
        (tmp_path / f"seed.{ext}").write_bytes(data)
    outcomes = intake.take_in(case, [tmp_path / f"seed.{ext}" for ext in seeds])
    assert {o.path.suffix for o in outcomes if o.status == "added"} >= {f".{e}" for e in seeds}


def test_the_case_is_sound_afterwards_and_a_packet_is_built_or_plainly_refused(
    imported: tuple[Path, list[ImportResult]], tmp_path: Path
) -> None:
    path, results = imported
    assert sum(r.status == "added" for r in results) >= 10
    check = run_visacase("check", path)
    assert check.returncode == 0, check.stdout + check.stderr

    exported = run_visacase("export", path, "-o", tmp_path / "packet.pdf")
    if exported.returncode != 0:
        assert exported.returncode == 2 and exported.stderr.count("\n") == 1, exported.stderr
        assert "Traceback" not in exported.stderr
    else:
        assert (tmp_path / "packet.pdf").stat().st_size > 0
    assert run_visacase("check", path).returncode == 0


def test_the_import_and_add_commands_refuse_what_a_drop_refuses(
    imported: tuple[Path, list[ImportResult]], tmp_path: Path
) -> None:
    """``visacase import`` and ``add`` take the same path as a drop. Import then reads what came
    in, so only the files a drop refused whole are given: reading fax pages is not the point."""
    path = tmp_path / "cli.visacase"
    cases.create_case(path, "Hostile files by command").close()
    statuses: dict[Path, set[str]] = {}
    for r in imported[1]:
        statuses.setdefault(r.path, set()).add(r.status)
    refused = sorted(path for path, seen in statuses.items() if seen == {"refused"})
    answer = run_visacase("import", path, *refused, "--json")
    assert answer.returncode == 2, answer.stderr
    reports = json.loads(answer.stdout)["files"]
    assert sorted(Path(r["file"]).name for r in reports) == [p.name for p in refused]
    for report in reports:
        assert report["status"] == "refused" and is_human(report["reason"]), report

    added = run_visacase("add", path, *refused, "--json")
    assert added.returncode == 1, added.stderr
    for report in json.loads(added.stdout):
        assert report["status"] == "refused" and is_human(report["reason"]), report
    assert run_visacase("check", path).returncode == 0
