"""Removing what a photo says about its owner — GPS position, camera, serial numbers, names —
without touching a single pixel.

A JPEG is a row of segments. The picture lives in the quantisation and Huffman tables, the frame
header and the entropy-coded scans; EXIF (camera, GPS, owner, thumbnail), XMP, Photoshop/IPTC
captions, comments and makers' own APPn blocks are segments of their own beside it, and phones
append more after the end-of-image marker (a second picture, a "motion photo" video). Dropping
those segments and that tail is lossless: the remaining bytes decode to exactly the same pixels,
so a scan can still go into a packet byte for byte, just without the metadata. Re-encoding
(what Pillow would do) would lose quality and size for nothing.

Kept: JFIF (APP0), the colour profile (APP2 ``ICC_PROFILE``) and Adobe's colour transform flag
(APP14), since without them colours change. Orientation is lost with EXIF, so strip only
pictures that are already upright (import turns the others upright).
"""

from __future__ import annotations

import re

SOI, EOI, SOS = 0xD8, 0xD9, 0xDA
STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and the restart markers carry no length
KEPT_APPS = {0xE0: b"", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
NAMES = {0xE1: "EXIF/XMP", 0xED: "Photoshop/IPTC", 0xFE: "comment"}


class DamagedJpegError(ValueError):
    """The bytes are not a JPEG whose segments can be followed to the end of the picture."""


_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The same picture without EXIF, XMP, IPTC, comments, makers' blocks or trailing data."""
    segments = _segments(data)
    dropped = [
        (start, end) for marker, start, end in segments if _is_metadata_at(data, marker, start)
    ]
    if not dropped and segments and segments[-1][2] >= len(data.rstrip(b"\x00")):
        return data  # a clean scan, the usual case: no copy
    kept = [data[:2]]
    kept += [data[start:end] for _marker, start, end in segments if (start, end) not in dropped]
    return b"".join(kept)


def metadata_segments(data: bytes) -> list[str]:
    """What metadata a JPEG carries, e.g. ``["EXIF/XMP", "comment"]``; empty when clean."""
    found = [
        NAMES.get(marker, f"APP{marker - 0xE0}")
        for marker, start, _end in _segments(data)
        if _is_metadata_at(data, marker, start)
    ]
    if _end_of_image(data) < len(data.rstrip(b"\x00")):
        found.append("data after the picture")
    return found


def _is_metadata_at(data: bytes, marker: int, start: int) -> bool:
    """Whether the segment at ``start`` is metadata; only its first bytes are looked at."""
    return _is_metadata(marker, data[start : start + 32])


def _is_metadata(marker: int, segment: bytes) -> bool:
    if marker == 0xFE:
        return True
    if not 0xE0 <= marker <= 0xEF:
        return False
    signature = KEPT_APPS.get(marker)
    return signature is None or not segment[4:].startswith(signature)


def _end_of_image(data: bytes) -> int:
    ends = [end for marker, _start, end in _segments(data) if marker == EOI]
    return ends[-1] if ends else len(data)


def _segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of every segment after SOI up to and including EOI.

    A scan's entropy-coded data belongs to its SOS segment; it runs until the next marker that is
    neither a stuffed ``FF 00`` nor a restart marker.
    """
    if data[:2] != b"\xff\xd8":
        raise DamagedJpegError("not a JPEG")
    segments = []
    pos = 2
    while pos < len(data):
        start = pos
        if data[pos] != 0xFF:
            raise DamagedJpegError(f"no marker at byte {pos}")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes before a marker
            pos += 1
        if pos >= len(data):
            break
        marker = data[pos]
        pos += 1
        if marker == EOI:
            segments.append((marker, start, pos))
            break
        if marker not in STANDALONE:
            if pos + 2 > len(data):
                raise DamagedJpegError("a segment is cut off")
            pos += int.from_bytes(data[pos : pos + 2], "big")
        if marker == SOS:
            pos = _end_of_scan(data, pos)
        segments.append((marker, start, min(pos, len(data))))
    return segments


def _end_of_scan(data: bytes, pos: int) -> int:
    """Where the marker after a scan starts: an FF that is not stuffing (FF 00), a restart marker
    or a fill byte. Searched in C, since a scan is most of a JPEG's bytes."""
    found = _NEXT_MARKER.search(data, pos)
    return found.start() if found else len(data)
