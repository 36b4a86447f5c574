"""Real-world files through import *and* export: what import takes, the packet must hold.

    .venv/bin/python scripts/corpus_run.py FOLDER [--limit N] [--batch N] [--seconds S]

Every regular file under FOLDER (test files of PDF, image and email projects, say) is imported
into a scratch case in batches, as a drop of several files is; then every PDF or picture that
was taken in is exported alone as a packet, plainly and once more with a size budget (which
makes the packet rewrite its images). A worker process does the work and reports each step
before it starts it, so the parent can bound each step (``--seconds``) and name the file that
overran: a hang. Prints the counts — imported, refused (with reasons), refused although a
reference reader (PDFium, poppler, Pillow, Python's email) opens the file, crashes, hangs,
export failures — then lists each crash, hang and failure. Exits 1 if there was any.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import multiprocessing
import subprocess
import sys
import tempfile
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PACKABLE = ("application/pdf", "image/")
BUDGET = 300_000


def main() -> int:
    args = _arguments()
    files = sorted(p for p in Path(args.folder).rglob("*") if p.is_file() and not p.is_symlink())
    files = files[: args.limit] if args.limit else files
    results: list[tuple[str, str, str]] = []
    pending = list(files)
    while pending:
        batch, pending = pending[: args.batch], pending[args.batch :]
        results += _run_batch(batch, args.seconds)
        print(f"{len(files) - len(pending)}/{len(files)} files", file=sys.stderr, flush=True)
    _report(results)
    return 1 if any(r[1] in ("crash", "hang", "export failed") for r in results) else 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--batch", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=90.0, help="bound of one step")
    return parser.parse_args()


def _run_batch(batch: list[Path], seconds: float) -> list[tuple[str, str, str]]:
    """(file, outcome, detail) for each file of ``batch``; a worker that overruns a step is
    ended, that step's file is a hang, and the rest of the batch goes to a fresh worker."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    worker = context.Process(target=_work, args=(theirs, [str(p) for p in batch]))
    worker.start()
    theirs.close()
    results: list[tuple[str, str, str]] = []
    current = str(batch[0])
    while True:
        if not ours.poll(seconds * (len(batch) if current == "import" else 1)):
            if current != "import" or len(batch) == 1:
                name = str(batch[0]) if current == "import" else current
                results.append((name, "hang", f"no answer within {seconds:.0f} s"))
            break
        try:
            message = ours.recv()
        except EOFError:
            results.append((current, "crash", "the worker process died"))
            break
        if message[0] == "start":
            current = message[1]
        elif message[0] == "result":
            results.append(message[1])
        else:
            break
    worker.kill()
    worker.join()
    done = {r[0] for r in results}
    rest = [p for p in batch if str(p) not in done]
    if rest and len(rest) < len(batch):
        results += _run_batch(rest, seconds)
    elif rest and len(batch) > 1:  # the import of the batch itself failed: file by file
        for path in batch:
            results += _run_batch([path], seconds)
    return results


def _work(conn: Connection, paths: list[str]) -> None:
    from desktop_app.domain.packet_options import PacketOptions
    from desktop_app.errors import UserFacingError
    from desktop_app.services import cases, documents, export, intake

    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        case = cases.create_case(Path(tmp) / "corpus.visacase", title="Corpus")
        conn.send(("start", "import"))
        try:
            outcomes = intake.take_in(case, [Path(p) for p in paths])
        except Exception:
            if len(paths) == 1:
                conn.send(("result", (paths[0], "crash", _last_line())))
            conn.send(("end",))
            return
        for outcome in outcomes:
            if outcome.inside is not None:
                continue
            detail = outcome.reason if outcome.status == "refused" else outcome.note
            status = outcome.status
            reader = _reference_reader(outcome.path) if status == "refused" else ""
            if reader and _damaged(detail):
                status, detail = "refused, a reader opens it", f"{detail} [{reader} opens it]"
            if status != "added":
                conn.send(("result", (str(outcome.path), status, detail)))
        media = {d.id: d.media_type for d in documents.list_documents(case)}
        for outcome in outcomes:
            if outcome.status != "added" or outcome.inside is not None:
                continue
            doc = outcome.document_id
            if doc is None or not media.get(doc, "").startswith(PACKABLE):
                conn.send(("result", (str(outcome.path), "added", "not packable")))
                continue
            conn.send(("start", str(outcome.path)))
            status, detail = "added", outcome.note
            for budget in (None, BUDGET):
                options = PacketOptions(document_ids=(doc,), max_bytes=budget)
                try:
                    export.export_packet(case, Path(tmp) / "p.pdf", options, record=False)
                except UserFacingError as exc:
                    status, detail = "export failed", exc.message
                except Exception:
                    status, detail = "crash", "export: " + _last_line()
            conn.send(("result", (str(outcome.path), status, detail)))
        case.close()
    conn.send(("end",))


def _damaged(reason: str) -> bool:
    """Whether a refusal says the file is broken, rather than of a kind VisaCase does not take."""
    return "not supported" not in reason and not reason.startswith("this is ")


def _last_line() -> str:
    return traceback.format_exc().strip().splitlines()[-1]


def _reference_reader(path: Path) -> str:
    """Which of PDFium, poppler, Pillow or Python's email makes something of the file, if any."""
    if b"%PDF-" in path.read_bytes()[:1024]:
        return "PDFium" if _pdfium_opens(path) else "poppler" if _poppler_opens(path) else ""
    if _pillow_opens(path):
        return "Pillow"
    return "Python's email" if _is_email(path) else ""


def _pdfium_opens(path: Path) -> bool:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf) > 0 and pdf[0].render(scale=0.1) is not None
        finally:
            pdf.close()
    except Exception:
        return False


def _poppler_opens(path: Path) -> bool:
    try:
        done = subprocess.run(
            ["pdftoppm", "-f", "1", "-l", "1", "-r", "10", str(path)],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout)


def _pillow_opens(path: Path) -> bool:
    from PIL import Image

    try:
        with Image.open(path) as img:
            img.load()
    except Exception:
        return False
    return True


def _is_email(path: Path) -> bool:
    message = email.message_from_bytes(path.read_bytes()[: 1 << 20], policy=email.policy.compat32)
    return (
        bool(message["From"])
        and bool(message["Date"] or message["Subject"])
        and not any("Header" in type(d).__name__ for d in message.defects)
    )


def _report(results: list[tuple[str, str, str]]) -> None:
    counts = Counter(status for _, status, _ in results)
    print(f"\n{len(results)} files")
    for status, n in counts.most_common():
        print(f"{n:>7}  {status}")
    for status in ("refused", "refused, a reader opens it"):
        print(f"\nreasons ({status}):")
        reasons = Counter(detail for _, s, detail in results if s == status)
        for reason, n in reasons.most_common():
            print(f"{n:>7}  {reason[:150]}")
    for status in ("crash", "hang", "export failed", "refused, a reader opens it"):
        listed = [(f, d) for f, s, d in results if s == status]
        if listed:
            print(f"\n{status}:")
            for name, detail in listed:
                print(f"  {name}\n      {detail[:200]}")


if __name__ == "__main__":
    sys.exit(main())
