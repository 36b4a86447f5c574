"""``install.sh`` (shipped in the Linux app folder) puts VisaCase in the applications menu with
its icon, makes ``.visacase`` files open in it and adds the ``visacase`` command; --uninstall
takes all of that back."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.gui.app.startup import APP_ID
from desktop_app.gui.icons import ICONS_DIR, SIZES, icon_path

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux app folder's script")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An unpacked app folder (in a folder with a space) whose program just echoes its args."""
    app = tmp_path / "My Apps" / "VisaCase"
    shutil.copytree(ICONS_DIR, app / "_internal" / "resources" / "icons")
    for name in ("install.sh", f"{APP_ID}.desktop", f"{APP_ID}.xml"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, app)
    program = app / "VisaCase"
    program.write_text('#!/bin/sh\necho "VisaCase $*"\n')
    program.chmod(0o755)
    return app


def install(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(
        ["sh", str(bundle / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_adds_the_menu_entry_icons_file_type_and_command(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result = install(bundle, home)
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [str(bundle / "VisaCase"), "%f"]
    assert f"Icon={APP_ID}\n" in entry and "MimeType=application/x-visacase;" in entry
    for size in SIZES:
        folder = data / "icons" / "hicolor" / f"{size}x{size}"
        assert (folder / "apps" / f"{APP_ID}.png").read_bytes() == icon_path(size).read_bytes()
        assert (folder / "mimetypes" / "application-x-visacase.png").exists()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").exists()
    if shutil.which("update-mime-database"):
        assert "application/x-visacase:*.visacase" in (data / "mime" / "globs2").read_text()
    command = home / ".local" / "bin" / "visacase"
    ran = subprocess.run([command, "--self-test"], capture_output=True, text=True, check=True)
    assert ran.stdout == "VisaCase --self-test\n"


def test_uninstall_removes_what_install_added(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    install(bundle, home)
    result = install(bundle, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert not list((data / "icons").rglob("*.png"))
    assert not (home / ".local" / "bin" / "visacase").exists()
    assert bundle.joinpath("VisaCase").exists()
