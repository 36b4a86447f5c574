"""What the built app carries besides Python and Qt: Tesseract and its English data, per system.

Scans are read by the ``tesseract`` program, so every build (Linux, Windows, macOS) ships it in
``_internal/tesseract`` with ``tessdata/eng.traineddata`` and the configs pytesseract asks for;
``entry.py`` puts that folder first on PATH. The spec calls these functions; they are plain
functions of the system name so the tests can evaluate the Windows and macOS branches on Linux.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

LINUX, WINDOWS, MACOS = "linux", "win32", "darwin"
TARGET = "tesseract"


class NoTesseract(SystemExit):
    """The build machine has no Tesseract with English data: the app would not read scans."""


def find_tesseract(system: str) -> Path:
    """The tesseract program on PATH, else where the usual installers put it."""
    found = shutil.which("tesseract")
    if found:
        return Path(found)
    if system == WINDOWS:
        program_files = os.environ.get("PROGRAMFILES", r"C:\Program Files")
        candidates = [Path(program_files) / "Tesseract-OCR" / "tesseract.exe"]
    elif system == MACOS:
        candidates = [Path("/opt/homebrew/bin/tesseract"), Path("/usr/local/bin/tesseract")]
    else:
        candidates = [Path("/usr/bin/tesseract")]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise NoTesseract(f"the build needs Tesseract with English data; none found for {system}")


def tessdata_dir(program: Path) -> Path:
    """Where that Tesseract keeps ``eng.traineddata``: beside it (Windows), in ``share/tessdata``
    (Homebrew) or in ``share/tesseract-ocr/N/tessdata`` (Debian and Ubuntu)."""
    prefix = program.resolve().parent
    candidates = [prefix / "tessdata", prefix.parent / "share" / "tessdata"]
    candidates += sorted((prefix.parent / "share" / "tesseract-ocr").glob("*/tessdata"))
    if os.environ.get("TESSDATA_PREFIX"):
        candidates.insert(0, Path(os.environ["TESSDATA_PREFIX"]))
    for candidate in candidates:
        if (candidate / "eng.traineddata").is_file():
            return candidate
    raise NoTesseract(f"{program} has no eng.traineddata (looked in {candidates})")


Entries = list[tuple[str, str]]


LANGUAGES = ("eng", "spa", "por", "chi_sim", "hin", "vie", "ara", "osd")
"""English, which the build cannot do without, then the data of the posts' other languages
(``domain.post_locale``) and script detection, each where the build machine has it."""


def tesseract_parts(system: str, program: Path) -> tuple[Entries, Entries]:
    """PyInstaller ``binaries`` and ``datas`` entries for the program and its language data.

    On Linux and macOS the program goes in as a binary, so PyInstaller collects the libraries it
    links against (and on macOS rewrites their paths). On Windows the installer's folder already
    holds every DLL the program needs; they are copied beside it, where Windows looks first.
    """
    tessdata = tessdata_dir(program)
    data_target = f"{TARGET}/tessdata"
    datas = [
        (str(tessdata / f"{lang}.traineddata"), data_target)
        for lang in LANGUAGES
        if lang == "eng" or (tessdata / f"{lang}.traineddata").is_file()
    ]
    datas += [
        (str(tessdata / sub), f"{data_target}/{sub}")
        for sub in ("configs", "tessconfigs")
        if (tessdata / sub).is_dir()
    ]
    if system == WINDOWS:
        dlls = sorted(program.parent.glob("*.dll"))
        return [], [(str(program), TARGET), *((str(dll), TARGET) for dll in dlls), *datas]
    return [(str(program), TARGET)], datas
