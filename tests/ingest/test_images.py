"""Photos and scans are checked once at import and stored ready for the packet: upright, in a
format a PDF can carry, and without EXIF (so no GPS position) whenever they had to change."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from desktop_app.errors import UserFacingError
from desktop_app.ingest import images, sniff
from tests import specimens
from tests.ingest import samples


def _stored(result: images.ImageFile) -> Image.Image:
    assert result.converted is not None
    return Image.open(io.BytesIO(result.converted))


@pytest.mark.parametrize(
    ("pil_format", "fmt", "name"),
    [("HEIF", "heif", "HEIC"), ("WEBP", "webp", "WebP"), ("AVIF", "avif", "AVIF")],
)
def test_phone_formats_become_upright_jpegs_without_exif(
    pil_format: str, fmt: str, name: str
) -> None:
    data = samples.picture(pil_format, orientation=6)
    assert sniff.recognise(data) == fmt

    result = images.read_image(data, fmt)

    stored = _stored(result)
    assert (result.media_type, result.pages, stored.format) == ("image/jpeg", 1, "JPEG")
    assert stored.size == (200, 400)  # turned a quarter, as the phone showed it
    assert dict(stored.getexif()) == {}
    assert result.note == f"converted from {name} to JPEG"


def test_two_heic_photos_with_the_same_pixels_stay_two_documents_once_converted() -> None:
    first = samples.picture("HEIF")
    second = samples.picture("HEIF", xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")  # same pixels
    assert first != second

    converted = [images.read_image(data, sniff.HEIF).converted for data in (first, second)]

    assert converted[0] != converted[1]
    assert converted[0] == images.read_image(first, sniff.HEIF).converted  # same file: same


def test_an_upright_scan_is_kept_byte_for_byte() -> None:
    scan = samples.picture("JPEG")
    result = images.read_image(scan, sniff.JPEG)
    assert (result.media_type, result.pages, result.converted) == ("image/jpeg", 1, None)


def test_a_jpeg_photo_taken_sideways_is_stored_upright_and_loses_its_gps() -> None:
    result = images.read_image(samples.picture("JPEG", orientation=6), sniff.JPEG)
    stored = _stored(result)
    assert stored.size == (200, 400)
    assert b"Exif" not in result.converted  # no APP1 segment: no GPS, no camera serial
    assert result.note == "turned upright as its EXIF orientation asks"


def test_a_png_stays_a_lossless_png_even_when_turned() -> None:
    assert images.read_image(samples.picture("PNG"), sniff.PNG).converted is None
    turned = _stored(images.read_image(samples.picture("PNG", orientation=8), sniff.PNG))
    assert (turned.format, turned.size) == ("PNG", (200, 400))


def test_every_page_of_a_multi_page_tiff_counts() -> None:
    result = images.read_image(samples.tiff(pages=3), sniff.TIFF)
    assert (result.media_type, result.pages, result.converted) == ("image/tiff", 3, None)


def test_a_sideways_multi_page_tiff_is_turned_page_by_page_and_stays_a_tiff() -> None:
    frames = [Image.new("L", (300, 100), shade) for shade in (40, 120, 200)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], tiffinfo={0x0112: 6})

    stored = _stored(images.read_image(out.getvalue(), sniff.TIFF))

    assert (stored.format, stored.n_frames) == ("TIFF", 3)
    for n, shade in enumerate((40, 120, 200)):
        stored.seek(n)
        assert (stored.size, stored.getpixel((0, 0))) == ((100, 300), shade)


def test_a_tiff_with_more_pages_than_a_document_has_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(images, "MAX_PAGES", 2)
    with pytest.raises(UserFacingError, match="this TIFF has 3 pages; VisaCase takes up to 2"):
        images.read_image(samples.tiff(pages=3), sniff.TIFF)


def test_a_truncated_photo_is_refused_now_rather_than_at_export() -> None:
    whole = samples.picture("JPEG", size=(800, 600))
    with pytest.raises(UserFacingError, match=r"^this image is damaged or incomplete$"):
        images.read_image(whole[: len(whole) // 2], sniff.JPEG)


def test_a_decompression_bomb_is_refused_with_a_way_out() -> None:
    small = bytearray(samples.picture("PNG", size=(20, 20)))
    small[16:24] = struct.pack(">II", 20_000, 20_000)  # the header claims 400 megapixels
    small[29:33] = struct.pack(">I", zlib.crc32(small[12:29]))
    with pytest.raises(UserFacingError, match=r"too large to open safely.*normal resolution"):
        images.read_image(bytes(small), sniff.PNG)


def test_a_converted_photo_is_downscaled_to_the_stored_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(images, "MAX_STORED_PIXELS", 20_000)
    stored = _stored(images.read_image(samples.picture("WEBP"), sniff.WEBP))
    assert stored.width * stored.height <= 20_000
    assert stored.width == pytest.approx(2 * stored.height, abs=2)


@pytest.mark.slow
def test_a_200_megapixel_phone_photo_is_taken_and_stored_at_50_megapixels() -> None:
    photo = samples.picture("JPEG", size=(16_000, 12_500))  # a 200 MP sensor's full resolution

    result = images.read_image(photo, sniff.JPEG)

    stored = _stored(result)
    assert (result.media_type, stored.format) == ("image/jpeg", "JPEG")
    assert stored.width * stored.height <= images.MAX_STORED_PIXELS
    assert stored.size == (8_000, 6_250)
    assert result.note == "downscaled from 200 to at most 50 megapixels"
    assert dict(stored.getexif()) == {}


def test_a_jpeg_claiming_more_than_a_phone_can_take_is_refused_as_a_bomb() -> None:
    small = bytearray(samples.picture("JPEG", size=(20, 20)))
    frame = small.index(b"\xff\xc0")
    small[frame + 5 : frame + 9] = struct.pack(">HH", 20_000, 20_000)  # 400 megapixels

    with pytest.raises(UserFacingError, match=r"more than 250 megapixels.*normal resolution"):
        images.read_image(bytes(small), sniff.JPEG)


def test_a_png_bigger_than_pillows_guard_is_still_refused_though_a_jpeg_that_big_is_not() -> None:
    small = bytearray(samples.picture("PNG", size=(20, 20)))
    small[16:24] = struct.pack(">II", 16_000, 12_500)  # 200 megapixels, as the photo above
    small[29:33] = struct.pack(">I", zlib.crc32(small[12:29]))
    with pytest.raises(UserFacingError, match=r"more than 179 megapixels"):
        images.read_image(bytes(small), sniff.PNG)


def test_a_bigtiff_from_a_large_format_scanner_is_taken_as_a_tiff() -> None:
    data = specimens.big_tiff()
    assert sniff.recognise(data) == sniff.TIFF

    result = images.read_image(data, sniff.TIFF)

    assert (result.media_type, result.pages, result.converted) == ("image/tiff", 1, None)
