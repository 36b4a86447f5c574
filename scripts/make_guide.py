"""Write the in-app guide (Help → VisaCase guide) from the README's "Using the app" section.

The README is the one place the guide is written; the app ships a copy as a package resource so
it reads offline, frozen or installed. Screenshots are left out: the guide is shown beside the
real window. Run after changing that section:  ``.venv/bin/python scripts/make_guide.py``
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.gui.dialogs.help_dialogs import GUIDE

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "## Using the app"
_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\n\n?", re.MULTILINE)


def guide_from(readme: str) -> str:
    """The section's text, headed "# Using VisaCase", without its images."""
    start = readme.index(SECTION) + len(SECTION)
    following = readme.find("\n## ", start)
    body = readme[start : following if following >= 0 else len(readme)]
    return "# Using VisaCase\n\n" + _IMAGE.sub("", body).strip() + "\n"


def main() -> None:
    GUIDE.write_text(guide_from(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {GUIDE}")


if __name__ == "__main__":
    main()
