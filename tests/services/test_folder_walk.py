"""Dropped folders are walked once per real file, however many links lead back into them."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop_app.errors import InvalidInputError
from desktop_app.services import folder_walk, intake
from tests.ingest import samples


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(name.encode())


def _names(found: list[Path], root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in found]


def test_a_link_to_its_own_folder_is_not_followed_again(tmp_path: Path) -> None:
    _tree(tmp_path, ["scan.pdf"])
    (tmp_path / "self").symlink_to(".")
    assert _names(folder_walk.walk([tmp_path]), tmp_path) == ["scan.pdf"]


def test_two_loops_end_quickly_with_each_file_once(tmp_path: Path) -> None:
    _tree(tmp_path, ["a/one.pdf", "a/b/two.pdf", "a/b/c/three.pdf"])
    (tmp_path / "a/b/c/up").symlink_to("../..")
    (tmp_path / "a/b/c/top").symlink_to(tmp_path)
    (tmp_path / "a/b/again").symlink_to("c")
    started = time.monotonic()
    found = folder_walk.walk([tmp_path])
    assert time.monotonic() - started < 1
    assert sorted(p.resolve() for p in found) == sorted(
        (tmp_path / n).resolve() for n in ("a/one.pdf", "a/b/two.pdf", "a/b/c/three.pdf")
    )


def test_a_file_reached_twice_is_listed_once(tmp_path: Path) -> None:
    _tree(tmp_path, ["docs/letter.pdf"])
    (tmp_path / "link.pdf").symlink_to(tmp_path / "docs/letter.pdf")
    os.link(tmp_path / "docs/letter.pdf", tmp_path / "hard.pdf")
    assert len(folder_walk.walk([tmp_path])) == 1


def test_only_regular_visible_files_are_listed(tmp_path: Path) -> None:
    _tree(tmp_path, ["a.pdf", ".hidden.pdf", ".git/config"])
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert _names(folder_walk.walk([tmp_path]), tmp_path) == ["a.pdf"]


def test_files_keep_the_order_given_and_folders_their_name_order(tmp_path: Path) -> None:
    _tree(tmp_path, ["z.pdf", "dir/b.pdf", "dir/a.pdf"])
    found = folder_walk.walk([tmp_path / "z.pdf", tmp_path / "dir"])
    assert _names(found, tmp_path) == ["z.pdf", "dir/a.pdf", "dir/b.pdf"]


def test_a_walk_past_the_limit_stops_with_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder_walk, "MAX_FILES", 3)
    _tree(tmp_path, [f"{n}.pdf" for n in range(4)])
    with pytest.raises(InvalidInputError, match="more than 3 files"):
        folder_walk.walk([tmp_path])


def test_a_tree_deeper_than_the_limit_stops_with_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder_walk, "MAX_DEPTH", 3)
    _tree(tmp_path, ["1/2/3/4/deep.pdf"])
    with pytest.raises(InvalidInputError, match="nested more than 3 folders"):
        folder_walk.walk([tmp_path])


def test_importing_a_folder_with_a_loop_takes_its_file_once(case, tmp_path: Path) -> None:
    drop = tmp_path / "inbox/drop"
    drop.mkdir(parents=True)
    (drop / "letter.pdf").write_bytes(samples.pdf())
    (drop / "loop").symlink_to("..")
    outcomes = intake.take_in(case, [drop])
    assert [(o.path.name, o.status) for o in outcomes] == [("letter.pdf", "added")]
