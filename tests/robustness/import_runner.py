"""Import files through the real intake in a child process, each file within a time limit.

The child opens the case once, then takes batches of file paths (a JSON list per line on stdin)
and imports each batch with one ``intake.take_in`` call, as a drop of several files does. It
reports every file as it finishes (a progress line with the seconds that file took) and the
outcomes at the end of the batch, with the peak memory of itself and its reader processes. The
parent waits at most ``limit`` seconds for each file, plus ``GRACE``: ``limit`` is the bound the
reader itself keeps (it refuses a file that takes longer), and a file the reader gives up on is
then still to be answered, after a fresh reader has started — waiting exactly ``limit`` raced the
reader's own bound, and on a busy machine lost whole batches of files the reader was about to
refuse. A file that takes longer than that, or that kills the child, is recorded as
``timeout``/``crashed`` (the rest of its batch as ``lost``) and a fresh child goes on with the
next batch. The child's address space is capped too, so a file that tries
to allocate without bound fails inside it instead of taking the machine down.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 3 << 30
BATCH = 10
GRACE = 10.0

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path

    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
    from desktop_app.services import cases, intake

    def say(**answer):
        print(json.dumps(answer), flush=True)

    def peak_mb():
        who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        return max(resource.getrusage(w).ru_maxrss for w in who) / 1024

    case = cases.open_case(Path(sys.argv[1]))
    say(ready=True)
    for line in sys.stdin:
        clock = [time.perf_counter()]
        def progress(done, total):
            now = time.perf_counter()
            say(done=done, seconds=now - clock[0])
            clock[0] = now
        batch = [Path(p) for p in json.loads(line)]
        answers, top = [], batch[0]
        for o in intake.take_in(case, batch, progress=progress):
            top = o.path if o.path in batch else top  # an attachment follows its email
            answers.append([str(top), o.status, o.reason])
        say(outcomes=answers, peak_mb=peak_mb())
    case.close()
    """
)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: str  # added, duplicate, refused; timeout, crashed or lost when something went wrong
    reason: str
    seconds: float
    peak_mb: float


class _Child:
    def __init__(self, case_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(case_path), str(MEMORY_LIMIT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        if self.answer(120) != {"ready": True}:
            raise RuntimeError("the import child did not start")

    def answer(self, limit: float) -> dict | None:
        """The child's next answer; None if none came within ``limit`` seconds or it died."""
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], limit)
        line = self.process.stdout.readline() if ready else ""
        return json.loads(line) if line else None

    def send(self, paths: list[Path]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps([str(p) for p in paths]) + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def _run_batch(child: _Child, batch: list[Path], limit: float) -> list[ImportResult]:
    """One result per outcome; if the child overran or died, the culprit and the rest."""
    child.send(batch)
    seconds: list[float] = []
    while True:
        answer = child.answer(limit + GRACE if len(seconds) < len(batch) else 60)
        if answer is None:
            return _failed(child, batch, seconds, limit)
        if "done" in answer:
            seconds.append(answer["seconds"])
            continue
        taken = dict(zip(batch, seconds, strict=True))
        return [
            ImportResult(Path(p), status, reason, taken[Path(p)], answer["peak_mb"])
            for p, status, reason in answer["outcomes"]
        ]


def _failed(
    child: _Child, batch: list[Path], seconds: list[float], limit: float
) -> list[ImportResult]:
    timed_out = child.process.poll() is None
    child.stop()
    status = "timeout" if timed_out else "crashed"
    culprit = batch[len(seconds)]
    why = f"exit code {child.process.returncode}"
    return [
        *(
            ImportResult(p, "lost", "its batch failed", s, 0)
            for p, s in zip(batch, seconds, strict=False)
        ),
        ImportResult(culprit, status, why, limit + GRACE if timed_out else 0, 0),
        *(ImportResult(p, "lost", "its batch failed", 0, 0) for p in batch[len(seconds) + 1 :]),
    ]


def run_imports(case_path: Path, files: list[Path], limit: float = 20.0) -> list[ImportResult]:
    """Import ``files`` into the case at ``case_path`` in batches; the case is closed after."""
    results: list[ImportResult] = []
    child = _Child(case_path)
    try:
        for start in range(0, len(files), BATCH):
            batch = _run_batch(child, files[start : start + BATCH], limit)
            results += batch
            if child.process.poll() is not None:
                child = _Child(case_path)
    finally:
        if child.process.stdin is not None:
            child.process.stdin.close()
        child.process.wait(timeout=60)
        child.stop()
    return results
