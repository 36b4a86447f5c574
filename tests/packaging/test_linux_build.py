"""The built Linux app is the tested app: built from a clean checkout, it runs the whole
command-line workflow and its self-test with nothing from the build machine — no display, nothing
on PATH (so no Python and no Tesseract but the bundled one), a clean HOME. Its .deb installs with
apt, runs the same workflow from /usr/bin/visacase, and removes without a trace.

It builds for real (one to two minutes on two cores), once for the whole module, so it runs only
with VISACASE_BUILD_TEST=1, which ``./dev.sh test`` (and so CI) sets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app import __version__
from desktop_app.gui.app.startup import APP_ID

ROOT = Path(__file__).resolve().parents[2]
OCR_WORD = "EMPLOYMENT"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="builds the Linux app"),
    pytest.mark.skipif(
        os.environ.get("VISACASE_BUILD_TEST") != "1",
        reason="builds the app (1-2 min); set VISACASE_BUILD_TEST=1 or run ./dev.sh test",
    ),
]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of this repository's HEAD, built by build-linux.sh with this Python."""
    top = tmp_path_factory.mktemp("checkout") / "visacase"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(top)], check=True)
    env = {
        **os.environ,
        "VISACASE_PYTHON": sys.executable,
        "PYTHONPATH": str(top),  # the clone's package, not whichever one is installed
        "HOME": str(top.parent),
    }
    built = subprocess.run(
        ["bash", "packaging/build-linux.sh"],
        cwd=top,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    return top


@pytest.fixture(scope="module")
def dist(checkout: Path) -> Path:
    return checkout / "packaging" / "dist"


@pytest.fixture
def bare(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine with nothing installed: no display, no Qt variables, an
    empty PATH and a HOME of its own."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "home").mkdir()
    return {"HOME": str(tmp_path / "home"), "PATH": str(tmp_path / "empty"), "LANG": "C.UTF-8"}


def scan_of_a_letter(path: Path) -> Path:
    image = Image.new("L", (1275, 1650), 250)
    font = ImageFont.load_default(size=48)
    ImageDraw.Draw(image).text((100, 200), f"{OCR_WORD} VERIFICATION LETTER", fill=10, font=font)
    image.save(path, "JPEG", quality=85)
    return path


def run_workflow(program: Path, env: dict[str, str], folder: Path) -> None:
    """What a user does from the command line, each step checked by what it prints."""

    def visacase(*args: object, stdin: str = "") -> str:
        ran = subprocess.run(
            [program, *map(str, args)],
            env=env,
            cwd=folder,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert ran.returncode == 0, f"visacase {args}: {ran.stderr}"
        return ran.stdout

    case = folder / "built.visacase"
    assert visacase("--version") == f"VisaCase {__version__}\n"
    assert all(command in visacase("--help") for command in ("import", "status", "packets"))
    visacase("new", case, "--title", "Built app")
    assert "Ana Cruz" in visacase("applicant", case, "Ana Cruz", "--application-id", "AA00B7QPGN")
    assert "text found" in visacase("import", case, scan_of_a_letter(folder / "scan.jpg"))
    assert OCR_WORD in visacase("search", case, OCR_WORD)  # the bundled Tesseract read it
    visacase("status", "add", case, stdin="Refused\nYour visa application is refused.\n")
    visacase("deadlines", case)
    visacase("export", case, "-o", folder / "packet.pdf")
    assert (folder / "packet.pdf").read_bytes().startswith(b"%PDF-")
    assert visacase("check", case).endswith(": OK\n")
    assert "packet.pdf" in visacase("packets", case)
    self_test = visacase("--self-test")
    assert self_test.startswith("OK VisaCase self-test: create case")
    assert ", read text " in self_test


def test_the_built_binary_runs_the_whole_workflow_on_a_bare_machine(
    dist: Path, bare: dict[str, str], tmp_path: Path
) -> None:
    run_workflow(dist / "VisaCase" / "visacase", bare, tmp_path)


def test_the_built_app_with_no_screen_says_so_and_exits_2(dist: Path, bare: dict[str, str]) -> None:
    ran = subprocess.run(
        [dist / "VisaCase" / "VisaCase"], env=bare, capture_output=True, text=True, check=False
    )
    assert (ran.returncode, ran.stderr.count("\n")) == (2, 1)
    assert ran.stderr.startswith("visacase: no screen found")


def test_the_archive_holds_the_app_its_desktop_files_ocr_and_licences(dist: Path) -> None:
    with tarfile.open(dist / "VisaCase-linux-x86_64.tar.gz") as archive:
        names = set(archive.getnames())
    for expected in (
        "VisaCase/VisaCase",
        "VisaCase/visacase",
        "VisaCase/install.sh",
        f"VisaCase/{APP_ID}.desktop",
        f"VisaCase/{APP_ID}.xml",
        "VisaCase/_internal/LICENSE",
        "VisaCase/_internal/THIRD-PARTY-NOTICES.txt",
        "VisaCase/_internal/resources/icons/visacase-256.png",
        "VisaCase/_internal/tesseract/tesseract",
        "VisaCase/_internal/tesseract/tessdata/eng.traineddata",
        "VisaCase/_internal/tesseract/tessdata/configs/tsv",
        "VisaCase/_internal/desktop_app/store/migrations/env.py",
        "VisaCase/_internal/desktop_app/store/migrations/script.py.mako",
        "VisaCase/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "VisaCase/_internal/PySide6/Qt/plugins/imageformats/libqpdf.so",
        "VisaCase/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    ):
        assert expected in names
    migrations = {p.name for p in (ROOT / "desktop_app/store/migrations/versions").glob("*.py")}
    bundled = {Path(n).name for n in names if "/migrations/versions/" in n}
    assert migrations <= bundled


def test_the_bundled_notices_name_every_shipped_licence(dist: Path) -> None:
    notices = (dist / "VisaCase" / "_internal" / "THIRD-PARTY-NOTICES.txt").read_text()
    normalised = notices.lower().replace("_", "-")
    for component in ("extract-msg", "pyside6-essentials", "pikepdf", "img2pdf", "tesseract"):
        assert component in normalised
    assert "GNU GENERAL PUBLIC LICENSE" in notices  # extract-msg's own text, not just its name


def test_the_bundle_leaves_out_what_the_app_never_uses(dist: Path) -> None:
    files = [p.name for p in (dist / "VisaCase").rglob("*")]
    unused = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Wayland", "libgtk", "libcairo", "tkinter")
    assert [f for f in files if any(u in f for u in unused)] == []
    assert [p for p in (dist / "VisaCase").rglob("__pycache__")] == []  # nothing written by runs


def _as_root() -> list[str] | None:
    """How to run a command as root here: directly, through password-less sudo, or not at all."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], check=False).returncode == 0:
        return ["sudo", "-n"]
    return None


@pytest.fixture(scope="module")
def deb(checkout: Path) -> Path:
    built = subprocess.run(
        ["bash", "packaging/build-deb.sh"],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    return checkout / "packaging" / "dist" / f"visacase_{__version__}_amd64.deb"


@pytest.mark.skipif(_as_root() is None, reason="installing a .deb needs root or password-less sudo")
def test_the_deb_installs_runs_the_workflow_and_removes_without_a_trace(
    deb: Path, bare: dict[str, str], tmp_path: Path
) -> None:
    root = _as_root() or []
    installed = subprocess.run(["dpkg-query", "-W", "visacase"], capture_output=True, check=False)
    assert installed.returncode != 0, "a visacase package is installed already; remove it first"
    apt = [*root, "apt-get", "-o", "DPkg::Lock::Timeout=300", "-y", "-qq"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*apt, "install", str(deb)], env=env, check=True, capture_output=True)
    try:
        listed = subprocess.run(
            ["dpkg", "-L", "visacase"], capture_output=True, text=True, check=True
        )
        files = [Path(p) for p in listed.stdout.splitlines() if not Path(p).is_dir()]
        assert Path("/usr/bin/visacase") in files
        assert Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml") in files
        assert "application/x-visacase:*.visacase" in Path("/usr/share/mime/globs2").read_text()
        run_workflow(Path("/usr/bin/visacase"), bare, tmp_path)
    finally:
        subprocess.run([*apt, "purge", "visacase"], env=env, check=True, capture_output=True)
    assert not Path("/opt/visacase").exists()
    assert [f for f in files if f.exists() or f.is_symlink()] == []
    shared = ("applications", "metainfo", "mime/packages", "icons/hicolor/*/apps", "doc/visacase")
    assert [p for folder in shared for p in Path("/usr/share").glob(f"{folder}/*visacase*")] == []
    assert "visacase" not in Path("/usr/share/mime/globs2").read_text()
