"""A bounded child process answers each request in time or is ended, together with every
process it started, and the next request gets a fresh child."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Generator

import pytest

from desktop_app.child_process import BoundedChild, ChildCancelledError, ChildTooSlowError
from tests.processes import alive_in_group, gone_soon, needs_proc


class Sleeper:
    """Starts ``sleep`` as a program of its own and waits for it, as the reader waits for
    Tesseract; a request of ``"hello"`` is answered at once."""

    def __call__(self, request: object) -> object:
        if request == "hello":
            return "hello back"
        subprocess.run(["sleep", str(request)], check=True)
        return "slept"


class Counter:
    """Asks its parent for the next number ``request`` times, and answers with their sum."""

    def __call__(self, request: object) -> Generator[object, object, object]:
        total = 0
        for asked in range(int(request)):  # type: ignore[call-overload]
            total += int((yield f"number {asked}?"))  # type: ignore[call-overload]
        return total


def test_an_answer_within_the_time_allowed_comes_back() -> None:
    child = BoundedChild(Sleeper, (), 1 << 30, 60)
    try:
        child.send("hello")
        assert child.receive(time.monotonic() + 30) == "hello back"
    finally:
        child.kill()


@needs_proc
def test_a_child_past_its_time_is_ended_with_the_program_it_started() -> None:
    child = BoundedChild(Sleeper, (), 1 << 30, 60)
    try:
        child.send(60)
        group = child.pid
        assert group is not None
        with pytest.raises(ChildTooSlowError):
            child.receive(time.monotonic() + 1.0)
        assert gone_soon(group) == []

        child.send("hello")  # a fresh child takes the next request
        assert child.receive(time.monotonic() + 30) == "hello back"
        assert child.pid != group
    finally:
        child.kill()


@needs_proc
def test_cancelling_ends_the_child_and_the_program_it_started() -> None:
    child = BoundedChild(Sleeper, (), 1 << 30, 60)
    child.send(60)
    group = child.pid
    assert group is not None
    with pytest.raises(ChildCancelledError):
        child.receive(time.monotonic() + 30, cancelled=lambda: "sleep" in alive_in_group(group))
    assert gone_soon(group) == []


def test_a_child_asks_its_parent_on_the_way_to_its_answer() -> None:
    child = BoundedChild(Counter, (), 1 << 30, 60)
    asked: list[object] = []

    def reply(question: object) -> int:
        asked.append(question)
        return 10 * len(asked)

    try:
        assert child.converse(3, reply, time.monotonic() + 30) == 10 + 20 + 30
        assert asked == ["number 0?", "number 1?", "number 2?"]
        assert child.converse(0, reply, time.monotonic() + 30) == 0  # the same child goes on
    finally:
        child.kill()


def test_a_reply_that_fails_ends_the_child_waiting_for_it() -> None:
    child = BoundedChild(Counter, (), 1 << 30, 60)

    def reply(question: object) -> int:
        raise LookupError(question)

    try:
        with pytest.raises(LookupError, match="number 0"):
            child.converse(2, reply, time.monotonic() + 30)
        assert child.pid is None
    finally:
        child.kill()
