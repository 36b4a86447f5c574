"""A photo loses its GPS position, camera and owner, and keeps every pixel and its colours."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from desktop_app.ingest.exif import DamagedJpegError, metadata_segments, strip_jpeg_metadata

MAKE, MODEL, ARTIST, GPS_IFD = 0x010F, 0x0110, 0x013B, 0x8825
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>/home/maria/Pictures</dc:creator></x:xmpmeta>'
)


def phone_photo(**save: object) -> bytes:
    """A JPEG as a phone writes it: EXIF with GPS, camera and owner, XMP, a comment, and a
    "motion photo" tail after the end of the picture."""
    img = Image.effect_mandelbrot((320, 240), (-2, -1.5, 1, 1.5), 60).convert("RGB")
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[ARTIST] = "Pixel", "Pixel 9 Pro", "Maria Santos"
    exif[GPS_IFD] = {1: "N", 2: (14.0, 35.0, 50.0), 3: "E", 4: (121.0, 0.0, 0.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes(), xmp=XMP, comment=b"IMG_0042 Maria", **save)
    return out.getvalue() + b"MotionPhoto_Data" + b"\x00" * 64


@pytest.mark.parametrize(
    "options",
    [{}, {"progressive": True}, {"quality": 30, "subsampling": 0}, {"restart_marker_blocks": 2}],
    ids=["baseline", "progressive", "low-quality", "restart-markers"],
)
def test_stripping_removes_gps_camera_owner_and_keeps_every_pixel(options: dict) -> None:
    photo = phone_photo(**options)
    assert metadata_segments(photo) == ["EXIF/XMP", "EXIF/XMP", "comment", "data after the picture"]

    clean = strip_jpeg_metadata(photo)

    assert metadata_segments(clean) == []
    for secret in (b"Exif", b"Pixel 9", b"Maria", b"/home/maria", b"MotionPhoto"):
        assert secret not in clean
    with Image.open(io.BytesIO(clean)) as stripped, Image.open(io.BytesIO(photo)) as original:
        assert not stripped.getexif()
        assert stripped.tobytes() == original.tobytes()
    assert clean.endswith(b"\xff\xd9")


def test_the_compressed_picture_itself_is_not_touched() -> None:
    photo = phone_photo()
    scan = photo[photo.index(b"\xff\xda") : photo.rindex(b"\xff\xd9") + 2]
    assert scan in strip_jpeg_metadata(photo)


def test_the_colour_profile_survives() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    clean = strip_jpeg_metadata(phone_photo(icc_profile=profile))
    with Image.open(io.BytesIO(clean)) as img:
        assert img.info["icc_profile"] == profile


def test_a_clean_scan_comes_out_byte_for_byte() -> None:
    out = io.BytesIO()
    Image.new("L", (200, 300), 230).save(out, "JPEG")
    assert strip_jpeg_metadata(out.getvalue()) == out.getvalue()


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7", b"\xff\xd8\xff\xe1\x7f"])
def test_what_is_not_a_followable_jpeg_is_refused(data: bytes) -> None:
    with pytest.raises(DamagedJpegError):
        strip_jpeg_metadata(data)
