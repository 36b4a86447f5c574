"""The Linux desktop files: one app ID names the menu entry, the metainfo, the file type package
and the icon, the AppStream metainfo validates and describes this version."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.gui.app.startup import APP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def test_the_menu_entry_is_named_by_the_app_id_and_shows_its_icon_and_file_type() -> None:
    entry = (LINUX / f"{APP_ID}.desktop").read_text().splitlines()
    assert f"Icon={APP_ID}" in entry
    assert "Exec=visacase %f" in entry
    mime = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    (mime_type,) = mime
    assert f"MimeType={mime_type.get('type')};" in entry


def test_the_metainfo_names_the_app_its_menu_entry_licence_and_this_release() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.find("releases/release").get("version") == __version__
    assert component.findtext("provides/mediatype") == "application/x-visacase"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream (dev.sh)")
def test_appstream_accepts_the_metainfo() -> None:
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", METAINFO],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_validates() -> None:
    checked = subprocess.run(
        ["desktop-file-validate", LINUX / f"{APP_ID}.desktop"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
