"""Import files one by one through the real intake in a child process, each within a time limit.

The child opens the case once, then takes one file path per line on stdin and answers with one
JSON line: the outcomes, the seconds taken and the child's peak memory. The parent waits at most
``limit`` seconds for each answer; a file that takes longer (or crashes the child) is recorded as
``timeout``/``crashed`` and a fresh child goes on with the next file. The child's address space is
capped, so a file that tries to allocate without bound fails inside it instead of taking the
machine down.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 3 << 30

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path

    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
    from desktop_app.services import cases, intake

    case = cases.open_case(Path(sys.argv[1]))
    print("ready", flush=True)
    for line in sys.stdin:
        started = time.perf_counter()
        outcomes = intake.take_in(case, [Path(line.rstrip("\\n"))])
        print(json.dumps({
            "outcomes": [[o.status, o.reason] for o in outcomes],
            "seconds": time.perf_counter() - started,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }), flush=True)
    case.close()
    """
)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: str  # added, duplicate, refused, timeout or crashed (several for a split file)
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
        if self.read_line(60) != "ready":
            raise RuntimeError("the import child did not start")

    def read_line(self, limit: float) -> str | None:
        """The child's next line, or None if it did not come within ``limit`` seconds."""
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], limit)
        if not ready:
            return None
        return self.process.stdout.readline().rstrip("\n")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def run_imports(case_path: Path, files: list[Path], limit: float = 20.0) -> list[ImportResult]:
    """Import each of ``files`` into the case at ``case_path``; the case is closed afterwards."""
    results: list[ImportResult] = []
    child = _Child(case_path)
    try:
        for path in files:
            started = time.perf_counter()
            assert child.process.stdin is not None
            try:
                child.process.stdin.write(f"{path}\n")
                child.process.stdin.flush()
            except BrokenPipeError:
                pass
            line = child.read_line(limit)
            if line:
                answer = json.loads(line)
                results += [
                    ImportResult(path, status, reason, answer["seconds"], answer["peak_mb"])
                    for status, reason in answer["outcomes"]
                ]
                continue
            waited = time.perf_counter() - started
            status = "timeout" if line is None else "crashed"
            child.stop()
            results.append(
                ImportResult(path, status, f"exit code {child.process.returncode}", waited, 0)
            )
            child = _Child(case_path)
    finally:
        assert child.process.stdin is not None
        child.process.stdin.close()
        child.process.wait(timeout=60)
        child.stop()
    return results
