"""A case leaves nothing behind: after a whole session, the only files are the ones you chose.

The workflow runs on a passphrase-protected case with its own home, config, data, cache and
temporary folders. Documents are staged in temporary files while they are read and exported;
afterwards those folders must be empty, and beside the case there must be no lock, journal,
backup or half-written packet — only the case file and the packet you asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import pikepdf
import pytest

from tests.helpers import run_visacase
from tests.ingest.test_exif import phone_photo

PASSPHRASE = "correct horse battery"


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.slow
def test_a_protected_case_leaves_no_copies_or_leftovers(tmp_path: Path) -> None:
    home, temp, work, inbox = (tmp_path / name for name in ("home", "tmp", "work", "inbox"))
    for folder in (home, temp, work, inbox):
        folder.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(temp),
        "VISACASE_PASSPHRASE": PASSPHRASE,
    }
    letter = pikepdf.new()
    letter.add_blank_page()
    letter.save(inbox / "letter.pdf")
    (inbox / "photo.jpg").write_bytes(phone_photo())
    case = work / "protected.visacase"

    for step in (
        ("new", case, "--title", "Protected", "--protect"),
        ("import", case, inbox / "letter.pdf", inbox / "photo.jpg"),
        ("export", case, "-o", work / "packet.pdf"),
        ("check", case),
    ):
        done = run_visacase(*step, env=env, timeout=300)
        assert done.returncode == 0, (step[0], done.stderr)

    assert _files(temp) == []
    assert _files(home) == []
    assert _files(work) == ["packet.pdf", "protected.visacase"]
