"""The packet's assembly in a child process: the same answers and the same errors as in-process,
and a cancel that ends the child at once."""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from pathlib import Path

import pytest

from desktop_app.errors import UserFacingError
from desktop_app.packet.assembly_process import STOPPED, InChild
from desktop_app.packet.build import ExportCancelledError
from desktop_app.packet.sources import UnplaceableError, stage


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_calls_run_in_one_child_that_ends_with_the_block() -> None:
    with InChild() as run:
        first, second = run(os.getpid), run(os.getpid)
        assert first == second != os.getpid()
    assert _gone(first)


def test_a_document_that_cannot_be_placed_is_named_as_it_would_be_in_process(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture at all")
    args = ({7: broken}, "letter", tmp_path)
    with pytest.raises(UnplaceableError) as here:
        stage(*args, titles={7: "Bank statement"})
    with InChild() as run, pytest.raises(UnplaceableError) as there:
        run(stage, *args, titles={7: "Bank statement"})
    assert there.value.message == here.value.message
    assert "“Bank statement” (document 7)" in there.value.message
    assert there.value.document_id == 7


def test_cancelling_kills_the_child_while_it_works() -> None:
    looks: list[str] = []

    def cancelled() -> bool:
        """Once the long call is asked for: False as it starts, True at the first look after."""
        if looks:
            looks.append("look")
        return len(looks) > 2

    with InChild(cancelled) as run:
        pid = run(os.getpid)
        looks.append("armed")
        with pytest.raises(ExportCancelledError):
            run(time.sleep, 60)
        assert _gone(pid)


def test_a_child_that_dies_is_a_clear_message_not_a_hang() -> None:
    with InChild() as run, pytest.raises(UserFacingError) as stopped:
        run(os._exit, 3)
    assert stopped.value.message == STOPPED


def test_a_bug_in_the_child_comes_back_with_its_traceback() -> None:
    with InChild() as run, pytest.raises(RuntimeError, match="ValueError: invalid literal"):
        run(int, "seven")


def asking(pages: int) -> Generator[str, int, list[int]]:
    """Asks for each page's number, as a build asks for its output names."""
    numbers = []
    for page in range(pages):
        numbers.append((yield f"page {page}?"))
    return numbers


def test_a_call_that_asks_is_answered_here_as_it_goes() -> None:
    asked: list[object] = []

    def answer(question: object) -> int:
        asked.append(question)
        return len(asked) * 100

    with InChild(answer=answer) as run:
        assert run(asking, 2) == [100, 200]
    assert asked == ["page 0?", "page 1?"]


def test_an_answer_that_refuses_ends_the_child_with_that_refusal() -> None:
    def answer(question: object) -> int:
        raise ExportCancelledError("The export was cancelled; nothing was written.")

    with InChild(answer=answer) as run:
        pid = run(os.getpid)
        with pytest.raises(ExportCancelledError):
            run(asking, 2)
        assert _gone(pid)
