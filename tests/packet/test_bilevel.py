"""Which scans may become black and white, and the Group 4 data they become."""

from __future__ import annotations

import io

from PIL import Image, ImageChops

from desktop_app.packet.bilevel import is_text_only, middle_share, otsu, to_bilevel
from tests.packet.scans import gray, photo_scan, text_scan


def test_a_page_of_words_on_grainy_paper_is_text_only() -> None:
    assert is_text_only(gray(text_scan(1)))


def test_a_photo_is_not_text_only() -> None:
    assert not is_text_only(gray(photo_scan()))


def test_a_picture_on_a_page_of_text_keeps_the_page_from_black_and_white() -> None:
    page = gray(text_scan(2, picture=True))
    split = otsu(page.histogram())
    assert middle_share(page.histogram(), split.band) < 0.06  # the page as a whole looks like text
    assert not is_text_only(page)  # but one region of it is a picture


def test_otsu_puts_the_threshold_between_ink_and_paper() -> None:
    histogram = [0] * 256
    histogram[40], histogram[45], histogram[220], histogram[230] = 50, 50, 800, 100
    split = otsu(histogram)
    assert 45 <= split.threshold < 220
    assert round(split.low, 1) == 42.5
    assert 220 < split.high < 230
    assert split.band[0] > split.low and split.band[1] < split.high


def test_group4_data_is_one_strip_of_the_thresholded_page() -> None:
    page = gray(text_scan(3))
    bits = to_bilevel(page)
    with Image.open(io.BytesIO(bits.tiff)) as tiff:
        assert tiff.info["compression"] == "group4"
        assert len(tiff.tag_v2[273]) == 1  # a single strip, as PDF needs
        assert (tiff.size, tiff.mode) == ((bits.width, bits.height), "1")
        threshold = otsu(page.histogram()).threshold
        expected = page.point(lambda v: 255 if v > threshold else 0, mode="1")
        assert ImageChops.difference(tiff.convert("L"), expected.convert("L")).getbbox() is None
    assert bits.data in bits.tiff
    assert len(bits.data) * 5 < len(text_scan(3))
