"""Third-party notices: every distribution VisaCase ships, its licence, and the licence texts.

The built app carries what it was built from, so the build writes this text into the bundle
(``python -m desktop_app.notices OUT``, called by the PyInstaller spec) and Help → About shows that
file. A source checkout has no such file; About then renders the same text from the distributions
installed in its environment. Qt, Tesseract and the PyInstaller bootloader are not Python
distributions that declare their own notices, so they get a fixed paragraph each.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

APP_DISTRIBUTION = "visacase"
FILE_NAME = "THIRD-PARTY-NOTICES.txt"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
RULE = "=" * 78

NON_PYTHON = {
    "Qt 6": "LGPL-3.0-only. The Qt libraries ship as separate shared libraries inside the app's "
    "folder (PySide6/Qt/lib) and can be replaced by another build of the same Qt version. "
    "Qt's source code: https://download.qt.io/official_releases/qt/ ; Help → About Qt shows "
    "Qt's own licence notice.",
    "Tesseract OCR (with Leptonica)": "Tesseract: Apache-2.0, https://github.com/tesseract-ocr/"
    "tesseract . Leptonica: BSD-2-Clause, http://leptonica.org . The English language data "
    "(eng.traineddata, tessdata_fast): Apache-2.0. The program and its libraries ship unchanged "
    "in the app's tesseract folder.",
    "PyInstaller bootloader": "GPL-2.0-or-later with the PyInstaller bootloader exception, "
    "https://github.com/pyinstaller/pyinstaller ; the small program that starts the built app.",
    "Python": "PSF-2.0, https://docs.python.org/3/license.html ; the interpreter and its "
    "standard library.",
}


def shipped_distributions(root: str = APP_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time (extras left out), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = _normal(pending.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another system (e.g. Windows only)
        found[name] = dist
        pending.extend(_runtime_requirements(dist))
    found.pop(_normal(root), None)
    return sorted(found.values(), key=lambda d: _normal(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    """The declared licence: the SPDX expression, else a short License field, else classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 100:
        return declared
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return "; ".join(classifiers) or "see the licence text below"


def render(dists: Iterable[metadata.Distribution] | None = None) -> str:
    """The whole notices text: a summary table, the non-Python parts, then each licence text."""
    dists = shipped_distributions() if dists is None else list(dists)
    lines = [
        "VisaCase third-party notices",
        "",
        "VisaCase is free software under the GNU General Public License, version 3 or later",
        "(see LICENSE). It ships the following components under their own licences.",
        "",
        RULE,
        "Python distributions",
        RULE,
    ]
    lines += [f"{d.metadata['Name']} {d.version}: {licence_of(d)}" for d in dists]
    lines += ["", RULE, "Other components", RULE]
    for name, text in NON_PYTHON.items():
        lines += ["", f"{name}: {text}"]
    for dist in dists:
        for path, text in _licence_texts(dist):
            lines += ["", RULE, f"{dist.metadata['Name']} {dist.version}: {path}", RULE, text]
    return "\n".join(lines).rstrip() + "\n"


def bundled_text(root: Path) -> str:
    """The notices file shipped in ``root`` (the built app), or the text rendered here and now."""
    shipped = root / FILE_NAME
    return shipped.read_text(encoding="utf-8") if shipped.is_file() else render()


def _runtime_requirements(dist: metadata.Distribution) -> Iterator[str]:
    for requirement in dist.requires or []:
        if not re.search(r"\bextra\s*==", requirement):
            yield re.match(r"[A-Za-z0-9._-]+", requirement).group(0)  # type: ignore[union-attr]


def _licence_texts(dist: metadata.Distribution) -> Iterator[tuple[str, str]]:
    for file in dist.files or []:
        if LICENCE_FILE.search(str(file)) and not str(file).endswith((".py", ".pyc", ".html")):
            text = Path(file.locate()).read_text(encoding="utf-8", errors="replace")
            yield str(file), text.strip()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(FILE_NAME)
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
