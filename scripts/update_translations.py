"""Refresh the app's translations: extract every string from ``desktop_app/gui`` into the ``.ts``
files translators edit (``pyside6-lupdate``), then compile them into the ``.qm`` files the app
loads (``pyside6-lrelease``). Run after changing any user-visible text; commit both.

Strings that vanished from the code are dropped from the ``.ts`` files (``-no-obsolete``), so a
translation never outlives its English source; new ones arrive marked unfinished, which
``tests/gui/test_translations.py`` refuses. English needs a file too, holding only the plural
forms of messages written with ``%n`` ("%n days" becomes "1 day" or "2 days").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop_app" / "gui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "pt_BR", "zh_CN", "hi", "vi")


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python."""
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_file(language: str) -> Path:
    return FOLDER / f"visacase_{language}.ts"


def extract(language: str, target: Path, cwd: Path = ROOT) -> None:
    """Run lupdate over the GUI sources into ``target`` (relative locations, no obsolete)."""
    command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
    if language == "en":
        command.append("-pluralonly")
    command += ["-target-language", language, *sources(), "-ts", str(target)]
    subprocess.run(command, cwd=cwd, check=True)


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in ("en", *LANGUAGES):
        extract(language, ts_file(language))
        subprocess.run([tool("lrelease"), "-silent", str(ts_file(language))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
