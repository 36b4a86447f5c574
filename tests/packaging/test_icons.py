"""The app icon: one SVG, drawn at every size the desktops ask for, and shown by the app."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from desktop_app.gui.icons import ICONS_DIR, SIZES, app_icon, icon_path
from scripts.make_icons import make_icons


def test_the_committed_icons_are_what_the_svg_draws_today(qapp, tmp_path: Path) -> None:
    fresh = make_icons(tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in ICONS_DIR.iterdir())
    for size in SIZES:
        with (
            Image.open(icon_path(size)) as committed,
            Image.open(tmp_path / icon_path(size).name) as new,
        ):
            assert committed.size == (size, size)
            difference = ImageStat.Stat(ImageChops.difference(committed, new)).mean
            assert max(difference) < 2, f"{size} px icon is stale: run scripts/make_icons.py"


def test_the_windows_and_macos_icon_files_hold_every_size() -> None:
    with Image.open(ICONS_DIR / "visacase.ico") as ico:
        assert {16, 32, 48, 256} <= {w for w, _ in ico.info["sizes"]}
    with Image.open(ICONS_DIR / "visacase.icns") as icns:
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])


def test_the_app_icon_offers_every_size(qapp) -> None:
    icon = app_icon()
    assert [s.width() for s in icon.availableSizes()] == list(SIZES)
    assert not icon.pixmap(16, 16).isNull()
