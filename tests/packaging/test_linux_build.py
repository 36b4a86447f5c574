"""The Linux app builds from a clean checkout, and the built binary passes its own self-test
with nothing from the build machine: no display, no Tesseract on PATH, no Python.

It builds for real (about 70 s on two cores, plus a PyInstaller install the first time), so it
runs only with VISACASE_BUILD_TEST=1, which ``./dev.sh test`` (and so CI) sets.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="builds the Linux app"),
    pytest.mark.skipif(
        os.environ.get("VISACASE_BUILD_TEST") != "1",
        reason="builds the app (~70 s); set VISACASE_BUILD_TEST=1 or run ./dev.sh test",
    ),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/dist of a fresh clone of this repository's HEAD, built by build-linux.sh."""
    checkout = tmp_path_factory.mktemp("checkout") / "visacase"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(checkout)], check=True)
    if importlib.util.find_spec("PyInstaller") is None:
        pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
        build_tools = pyproject["project"]["optional-dependencies"]["build"]
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *build_tools], check=True)
    env = {**os.environ, "VISACASE_PYTHON": sys.executable, "HOME": str(checkout.parent)}
    built = subprocess.run(
        ["bash", "packaging/build-linux.sh"],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    return checkout / "packaging" / "dist"


@pytest.mark.parametrize("name", ["VisaCase", "visacase"])
def test_the_built_binary_passes_its_self_test_on_a_bare_machine(
    dist: Path, tmp_path: Path, name: str
) -> None:
    bare = {"HOME": str(tmp_path), "PATH": str(tmp_path), "LANG": "C.UTF-8"}  # no DISPLAY, no Qt
    result = subprocess.run(
        [dist / "VisaCase" / name, "--self-test"],
        env=bare,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK VisaCase self-test: create case")
    assert ", read text " in result.stdout  # the bundled Tesseract read the scan


def test_the_archive_holds_the_app_its_desktop_files_and_ocr(dist: Path) -> None:
    with tarfile.open(dist / "VisaCase-linux-x86_64.tar.gz") as archive:
        names = set(archive.getnames())
    for expected in (
        "VisaCase/VisaCase",
        "VisaCase/visacase",
        "VisaCase/install.sh",
        "VisaCase/visacase.desktop",
        "VisaCase/visacase-mime.xml",
        "VisaCase/_internal/resources/icons/visacase-256.png",
        "VisaCase/_internal/tesseract/tesseract",
        "VisaCase/_internal/tesseract/tessdata/eng.traineddata",
        "VisaCase/_internal/desktop_app/store/migrations/env.py",
        "VisaCase/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "VisaCase/_internal/PySide6/Qt/plugins/imageformats/libqpdf.so",
        "VisaCase/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    ):
        assert expected in names


def test_the_bundle_leaves_out_what_the_app_never_uses(dist: Path) -> None:
    files = [p.name for p in (dist / "VisaCase").rglob("*")]
    unused = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Wayland", "libgtk", "libcairo", "tkinter")
    assert [f for f in files if any(u in f for u in unused)] == []
