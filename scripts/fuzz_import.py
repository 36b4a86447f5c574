"""The long robustness run: thousands of hostile files through the real import, one at a time.

    .venv/bin/python scripts/fuzz_import.py [COUNT] [SEED]

Generates COUNT files (default 2000) with the same seeded generator as the CI test
(``tests/robustness/hostile_files.py``), imports each in a child process with a 20-second and
3 GB limit, then runs ``visacase check`` and exports a packet from whatever got in. Prints the
outcomes per kind of trap, every reason given, the slowest files, and any failure: a timeout, a
crash, a reason that is not a known sentence, or a case that no longer passes its check. Exits 1
if there was one. A failing file is kept under the printed folder to replay.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.services import cases
from tests.helpers import run_visacase
from tests.robustness import hostile_files
from tests.robustness.import_runner import ImportResult, run_imports
from tests.robustness.reasons import is_human


def _table(results: list[ImportResult], families: dict[str, str]) -> None:
    counts = Counter((families[r.path.name], r.status) for r in results)
    statuses = sorted({status for _, status in counts})
    print(f"\n{'kind of file':<18}" + "".join(f"{s:>11}" for s in statuses))
    for family in sorted({f for f, _ in counts}):
        print(f"{family:<18}" + "".join(f"{counts[family, s]:>11}" for s in statuses))
    print("\nreasons given:")
    for reason, n in Counter(r.reason for r in results if r.status == "refused").most_common():
        print(f"{n:>6}  {reason}")
    print("\nslowest files:")
    for r in sorted(results, key=lambda r: r.seconds, reverse=True)[:10]:
        print(f"{r.seconds:>8.2f} s  {r.peak_mb:>6.0f} MB  {r.status:<9} {r.path.name}")


def main(count: int, seed: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="visacase-fuzz-"))
    inbox = work / "inbox"
    inbox.mkdir()
    made = hostile_files.generate(count, seed)
    for file in made:
        (inbox / file.name).write_bytes(file.data)
    case = work / "fuzz.visacase"
    cases.create_case(case, f"Fuzz {count} files, seed {seed}").close()

    started = time.perf_counter()
    results = run_imports(case, [inbox / f.name for f in made])
    took = time.perf_counter() - started
    _table(results, {f.name: f.family for f in made})

    failures = [
        f"{r.path.name}: {r.status} {r.reason}"
        for r in results
        if r.status not in {"added", "duplicate", "refused"}
        or (r.status == "refused" and not is_human(r.reason))
    ]
    check = run_visacase("check", case, timeout=1800)
    if check.returncode != 0:
        failures.append(f"visacase check: {check.stdout}{check.stderr}")
    export_started = time.perf_counter()
    exported = run_visacase("export", case, "-o", work / "packet.pdf", timeout=1800)
    if exported.returncode not in (0, 2) or "Traceback" in exported.stderr:
        failures.append(f"visacase export: {exported.stderr}")
    export_took = time.perf_counter() - export_started
    print(
        f"\n{len(made)} files in {took:.0f} s; export in {export_took:.0f} s: "
        f"{(exported.stdout or exported.stderr).strip()}"
    )
    print(f"files and case kept in {work}")
    for failure in failures:
        print(f"FAILED {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(main(int(args[0]) if args else 2000, int(args[1]) if len(args) > 1 else 1))
